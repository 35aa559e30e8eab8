"""What a claim or a stance is about, as one key however the text words it.

Outlets name one thing many ways: "sanctions relief", "lifting or suspending sanctions",
"relief from the sanctions" and "ease the sanctions" are one topic; "a meeting", "meeting" and
"to meet" are another.  ``topic_of`` reads the phrase a token heads and returns the key:

- a measure lifted: a measure noun (``lexicon.MEASURE_NOUNS``) with a removal word
  (``lexicon.REMOVAL_WORDS``) beside it, as head, modifier, compound, object or "of"/"from"
  complement → "<measures> relief";
- through a light noun ("the idea of meeting", "the possibility of talks") to its complement;
- an issue word (``lexicon.ISSUES``: "meet", "meeting", "summit" → "meeting");
- otherwise the noun with its compound modifiers, lemmatised ("regime change").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.knowledge import lexicon, roles

_NOMINAL = ("NOUN", "PROPN")


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _plural(noun: str) -> str:
    return noun if noun.endswith("s") else noun + "s"


def _neighbours(token: Token) -> list[Token]:
    """Words that complete a head: its modifiers, objects, and "of"/"from"/"on" complements,
    across coordination ("lifting or suspending sanctions")."""
    found: list[Token] = []
    for head in [token, *token.conjuncts]:
        for child in head.children:
            if child.dep_ in ("compound", "amod", "dobj", "nsubjpass", "nmod", "poss"):
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ in ("of", "from", "on"):
                found.extend(g for g in child.children if g.dep_ in ("pobj", "pcomp"))
    if token.dep_ in ("compound", "amod", "dobj") or (
        token.dep_ == "pobj" and token.head.lower_ in ("of", "from", "on")
    ):
        found.append(token.head if token.dep_ != "pobj" else token.head.head)
    return found


def relief_of(token: Token) -> str | None:
    """ "sanctions relief", "lifting sanctions", "relief from tariffs" → "sanctions relief"."""
    lemma = _lemma(token)
    near = _neighbours(token)
    if lemma in lexicon.MEASURE_NOUNS:
        if any(_lemma(n) in lexicon.REMOVAL_WORDS for n in near):
            return f"{_plural(lemma)} relief"
        return None
    if lemma in lexicon.REMOVAL_WORDS:
        for n in near:
            if _lemma(n) in lexicon.MEASURE_NOUNS:
                return f"{_plural(_lemma(n))} relief"
    return None


def _complement(token: Token) -> Token | None:
    """The complement a light noun stands for: "the idea of meeting" → meeting."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "to", "for"):
            for g in prep.children:
                if g.dep_ in ("pobj", "pcomp"):
                    return g
    return None


def issue_of(token: Token) -> str | None:
    """The issue an issue word names ("meet", "summit" → "meeting"), but none for a verb whose
    object is a requirement met or owed ("meet its obligations", "met the deadline")."""
    issue = lexicon.ISSUES.get(_lemma(token))
    if issue is not None and token.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and _lemma(c) in lexicon.REQUIREMENT_NOUNS for c in token.children
    ):
        return None
    if issue == "release" and not _frees_people(token):
        return None
    if issue is not None and token.pos_ in ("VERB", "AUX") and _done_by_a_thing(token):
        return None  # "is compromised by storms", "was met by a wall of water": harm, no act
    if issue == "meeting" and token.pos_ in ("VERB", "AUX") and _met_with_a_thing(token):
        return None  # "we're beginning to meet with some success": an outcome, no meeting
    return issue


def _met_with_a_thing(token: Token) -> bool:
    """"meet with some significant success", "was met with fierce opposition": what one meets
    "with" is an outcome or a reception (``lexicon.RECEPTION_NOUNS``), not a party ("met with
    the minister", "will meet with the strikers"); the position listed "for meeting" under a
    chief executive who had reported success (10 such phrases in the corpora)."""
    return any(_lemma(g) in lexicon.RECEPTION_NOUNS for c in token.children
               if c.dep_ == "prep" and c.lower_ == "with"
               for g in c.children if g.dep_ == "pobj")


def _done_by_a_thing(token: Token) -> bool:
    """A passive verb whose agent is a thing, not a person, group or place ("compromised by
    storms"): the issue a verb names is someone's act, which a thing cannot do."""
    if not any(c.dep_ == "auxpass" for c in token.children):
        return False
    agents = [g for c in token.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    return bool(agents) and not any(
        g.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or g.pos_ in ("PRON", "PROPN")
        or _lemma(g) in _DOERS for g in agents)


# Common nouns of people and bodies that do an act: "met by the minister", "negotiated by
# officials", "agreed by the board".
_DOERS: frozenset[str] = (
    roles.PERSON_ROLE_NOUNS | roles.TITLE_WORDS | lexicon.ORGANISATION_NOUNS
    | lexicon.COMPANY_NOUNS | lexicon.SPEAKER_ORGANISATION_NOUNS
    | frozenset({"official", "leader", "government", "delegation", "negotiator", "envoy",
                 "diplomat", "side", "party", "union", "group", "people"})
)


def _frees_people(token: Token) -> bool:
    """A release of people ("release the detained sailors", "the hostages were released"),
    not of a thing ("will release the flow of oil", "turtles were released on a beach"); a
    release with nothing said of what is freed stays one."""
    freed = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    freed += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
              for g in c.children if g.dep_ == "pobj"]
    if not freed:
        return True
    return any(f.ent_type_ in ("PERSON", "NORP") or f.pos_ == "PRON" or f.pos_ == "PROPN"
               or _lemma(f) in lexicon.CAPTIVE_NOUNS for f in freed)


def topic_of(token: Token, depth: int = 0) -> str | None:
    """The topic key of the phrase ``token`` heads, or None for a word that names no topic."""
    relief = relief_of(token)
    if relief is not None:
        return relief
    lemma = _lemma(token)
    if lemma in lexicon.LIGHT_NOUNS and depth < 3:
        inner = _complement(token)
        if inner is not None:
            return topic_of(inner, depth + 1)
    issue = issue_of(token)
    if issue is not None:
        return issue
    if lemma in lexicon.ISSUES and token.pos_ not in _NOMINAL:
        return None  # "meet its obligations": the verb names no topic
    if token.pos_ not in _NOMINAL or not token.is_alpha or token.is_stop:
        return None
    if token.i > 0 and token.doc[token.i - 1].like_num and not token.doc[token.i - 1].whitespace_:
        return None  # the "m" of "$700m": a figure's multiplier, no topic
    compounds = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    words = [_lemma(c) for c in compounds if c.i < token.i] + [lemma]
    return " ".join(words)


def measure_topic(tokens: list[Token]) -> str | None:
    """The first measure lifted among ``tokens`` (a clause's words), for a clause whose subject
    and object name no topic ("sanctions relief of some kind was almost certainly raised")."""
    for token in tokens:
        found = relief_of(token)
        if found is not None:
            return found
    return None
