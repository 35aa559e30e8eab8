"""What the event-type model reads about one candidate predicate: a bag of string features.

Every feature is a plain word of the parse, never a sentence of the training data: the
predicate's lemma and its arguments' lemmas, the lexicon's senses for it and the type the
precise rules would code, the reading of its clause (negated, future, hypothetical, willing,
reported), what kind of participant its subject is (a state, an official, a crowd, troops),
the lexicon's types of the event nouns that are its object, compounded in its object or its
prepositional complement, the content words of its clause, and for a verb the lexicon has no
sense for the WordNet synsets it reaches (``plover.VERB_HYPERNYMS``, offsets, no text).  The
lexicon's answer is one feature among the others, so the model learns from sentences it was
never tuned on how far to trust it, and still has the words of the clause to go on where the
lexicon is silent.

Conjunctions of the clause reading with the predicate ("will" + "send") carry what the manual
codes differently by tense: cooperative acts announced for the future are AGREE.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from newsdesk.extract.events.clauses import (
    OBJECTS,
    SUBJECTS,
    objects_of,
    particle_of,
    preps_of,
)
from newsdesk.extract.events.senses import noun_rules, phrasal_particle
from newsdesk.knowledge import grammar, plover

_CONTENT_POS = frozenset({"NOUN", "VERB", "ADJ", "PROPN"})
_SKIP_SUBTREE = frozenset({"nsubj", "nsubjpass", "csubj", "parataxis", "punct", "cc"})
# Lexicon word classes by member, for object and complement words.
_CLASS_OF: dict[str, tuple[str, ...]] = {}
for _name, _members in sorted(plover.CLASSES.items()):
    for _member in _members:
        _CLASS_OF[_member] = (*_CLASS_OF.get(_member, ()), _name)


@dataclass(frozen=True)
class ClauseFacts:
    """The clause facts the coder has already read for a candidate."""

    negated: bool
    hypothetical: bool
    future: bool
    willing: bool
    reported: bool
    rule_types: tuple[str, ...]  # the lexicon's senses that the participants allow, in order
    rule_type: str | None  # what the precise rules code (after the recode rules), if anything
    rule_mode: str | None
    subject: str  # state, official, igo, person, group:<sector>, group, pronoun, none
    recipient: bool  # whether a recipient was found
    synonym: str | None = None  # the lexicon verb whose senses the predicate's came from
    # the tokens of a quoted title in the sentence (``clauses.title_tokens``): a name, whose
    # words are no part of the predicate's clause, neither what governs it nor what it holds
    title: frozenset[int] = frozenset()


def _word(token: Token) -> str:
    return token.lemma_.lower()


def _classes(words: Iterable[str]) -> set[str]:
    return {c for w in words for c in _CLASS_OF.get(w, ())}


def _noun_types(token: Token) -> list[str]:
    """The PLOVER types the lexicon gives an event noun (by form, else lemma), whatever its
    objects: "speeded up the withdrawal", "engaged in ethnic cleansing", "remained on alert"
    tell of the noun's event through a verb the lexicon does not know."""
    if token.pos_ != "NOUN":
        return []
    return list(dict.fromkeys(r.type for r in noun_rules(token)))


def _clause_words(head: Token, title: frozenset[int] = frozenset(),
                  limit: int = 40) -> list[str]:
    """Content lemmas of the predicate's clause, without its subject, a parenthetical or the
    words of a quoted title (``title``)."""
    found: list[str] = []
    stack = [c for c in head.children if c.dep_ not in _SKIP_SUBTREE and c.i not in title]
    while stack and len(found) < limit:
        token = stack.pop()
        if token.pos_ in _CONTENT_POS and token.is_alpha:
            found.append(token.lemma_.lower() if token.pos_ != "PROPN" else token.ent_type_
                         or "PROPN")
        stack.extend(c for c in token.children if c.dep_ not in ("punct", "cc")
                     and c.i not in title)
    return found


def features(token: Token, carrier: Token | None, facts: ClauseFacts) -> list[str]:
    """The features of one candidate: ``token`` is the predicate (a verb or an event noun),
    ``carrier`` the verb that carries an event noun ("launched an attack"), if any."""
    head = carrier or token
    lemma = _word(token)
    # a predicate the parser hangs on a word of a quoted title heads its own clause: the
    # title names a work ("meets on Friday for a session titled: \u201cHave ... Encouraged
    # ...?\u201d" is a meeting, not a clause under "encouraged")
    if head.head.i == head.i or head.head.i in facts.title:
        feats = [f"l={lemma}", f"pos={token.pos_}", f"tag={head.tag_}", "dep=ROOT", "root"]
    else:
        feats = [f"l={lemma}", f"pos={token.pos_}", f"tag={head.tag_}", f"dep={head.dep_}",
                 f"hd={_word(head.head)}|{head.dep_}"]
    if carrier is not None:
        feats += [f"car={_word(carrier)}", f"carl={_word(carrier)}|{lemma}"]
    particle = phrasal_particle(token) if token.pos_ == "VERB" else particle_of(token)
    if particle:
        feats += [f"prt={lemma}_{particle}"]
    objects = objects_of(token)
    object_words = [_word(o) for o in objects]
    for word in object_words:
        feats += [f"o={word}", f"lo={lemma}|{word}"]
    for name in _classes(object_words):
        feats += [f"oc={name}", f"loc={lemma}|{name}"]
    for obj in objects:
        feats += [f"os={t}" for t in _noun_types(obj)]
        # an event noun compounded in the object names the act as well ("undertook a
        # mediation mission", "mounted a bombing campaign", "issued an arrest warrant")
        feats += [f"osc={t}" for c in obj.children if c.dep_ == "compound"
                  for t in _noun_types(c)]
        if obj.ent_type_:
            feats.append(f"oe={obj.ent_type_}")
        for prep, complements in preps_of(obj).items():
            for c in complements:
                feats.append(f"op={prep}|{_word(c)}")
    if any(c.dep_ == "nsubjpass" for c in token.children):
        feats.append("passive")
    if any(c.dep_ in ("dative", "iobj") for c in token.children):
        feats.append("dative")
    for prep, complements in preps_of(token).items():
        feats += [f"p={prep}", f"lp={lemma}|{prep}"]
        words = [_word(c) for c in complements]
        feats += [f"pp={prep}|{w}" for w in words]
        feats += [f"ppc={prep}|{c}" for c in _classes(words)]
        feats += [f"pe={prep}|{c.ent_type_}" for c in complements if c.ent_type_]
        feats += [f"ps={t}" for c in complements for t in _noun_types(c)]
    for child in token.children:
        if child.i in facts.title:
            continue
        if child.dep_ in ("xcomp", "ccomp"):
            inner = _word(child)
            feats += [f"x={inner}", f"lx={lemma}|{inner}"]
            inner_objects = [_word(g) for g in child.children if g.dep_ in OBJECTS]
            feats += [f"xo={w}" for w in inner_objects]
            feats += [f"xoc={c}" for c in _classes(inner_objects)]
        elif child.dep_ == "amod" and token.pos_ == "NOUN":
            feats.append(f"am={_word(child)}")
        elif child.dep_ == "compound":
            feats.append(f"cmp={_word(child)}")
        elif child.dep_ == "poss":
            feats.append("poss")
    subject = [c for c in head.children if c.dep_ in SUBJECTS]
    if subject:
        feats.append(f"sw={_word(subject[0])}")
    feats += [f"w={w}" for w in sorted(set(_clause_words(token, facts.title)))]
    # the lexicon and the precise rules; senses taken through a WordNet synonym are features
    # of their own ("ys=", ...), so that how far they hold is learned apart from the lexicon's
    y = "y" if facts.synonym is not None else ""
    for rule_type in dict.fromkeys(facts.rule_types):
        feats.append(f"{y}s={rule_type}")
    if facts.rule_types:
        feats.append(f"{y}s1={facts.rule_types[0]}")
    else:
        feats.append("nosense")
    if facts.rule_type:
        feats += [f"{y}r={facts.rule_type}", f"{y}rm={facts.rule_type}:{facts.rule_mode or '-'}"]
    if y:
        feats.append("syn")
    # the clause and the participants
    flags = [name for name, on in (("neg", facts.negated), ("hyp", facts.hypothetical),
                                   ("fut", facts.future), ("will", facts.willing),
                                   ("rep", facts.reported)) if on]
    feats += flags
    feats += [f"subj={facts.subject}", f"ls={lemma}|{facts.subject}"]
    if facts.recipient:
        feats.append("recip")
    for flag in flags:
        feats += [f"l={lemma}|{flag}", f"{y}s1={facts.rule_types[0] if facts.rule_types else '-'}"
                  f"|{flag}"]
    if token.lower_ in grammar.REPORTING_VERBS or lemma in grammar.REPORTING_VERBS:
        feats.append("speech")
    # a verb the lexicon has no sense for, which carries no event noun ("stood aside", not
    # "engaged in mediation", whose noun says the act): the WordNet synsets it reaches, so
    # that the model's weights for one verb reach its neighbours
    if token.pos_ == "VERB" and not facts.rule_types and \
            not any(f.startswith(("os=", "ps=")) for f in feats):
        phrasal = f"{lemma}_{particle}" if particle else ""
        places = plover.VERB_HYPERNYMS.get(phrasal) or plover.VERB_HYPERNYMS.get(lemma, ())
        feats += [f"vh={place}" for place in places]
    return feats
