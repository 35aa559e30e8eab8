"""A quote's content as a reader sees it out of its article: pronouns with their referents.

Read by the briefing's "who said what", the timeline's statements and the library's quote rows,
so the three show one text.
"""

from __future__ import annotations

from newsdesk.knowledge.grammar import NEGATING_WORDS, QUOTE_VERBS, THING_PREPOSITIONS
from newsdesk.knowledge.lexicon import DENIAL_VERBS
from newsdesk.model import Quote, and_list

_POSSESSIVES = frozenset({"his", "their", "hers"})  # "her" may be either: shown as a name


def shown_text(quote: Quote, text: str, names: dict[str, str]) -> str:
    """The content as a reader should see it out of its article: each pronoun whose referent
    the text makes clear followed by it in brackets ("they [Donald Trump and Hassan Rouhani]
    were open to ..."), under the story's names for the actors."""
    pieces = []
    for span in quote.content:
        out, at = [], span.start
        for ref in sorted(quote.referents, key=lambda r: r.start):
            if not (span.start <= ref.start and ref.end <= span.end):
                continue
            out.append(text[at : ref.end])
            owner = "’s" if ref.text.lower() in _POSSESSIVES else ""  # "his [Trump’s] plan"
            out.append(f" [{_referent_name(ref.actors, ref.referent, names)}{owner}]")
            at = ref.end
        out.append(text[at : span.end])
        pieces.append("".join(out))
    return " … ".join(pieces)


def _referent_name(actors: list[str], written: str, names: dict[str, str]) -> str:
    if not actors or any(a not in names for a in actors):
        return written
    return and_list([names[a] for a in actors])


def is_statement(quote: Quote, text: str | None = None) -> bool:
    """Something said, as opposed to a belief, intention or evidence attributed to someone.

    Quoted words always count; reported speech counts when its cue is a verb of saying
    ("said", "warned", "according to") or it names a channel.  PolNeAR-style attributions
    such as "Biarritz proves that ..." or "the regime wants to ..." are kept apart.
    """
    if quote.kind in ("direct", "mixed"):
        return True
    if quote.cue is not None and denies(quote.cue.text, quote.cue.lemma):
        return False
    if text is not None and thing_asked(quote, text):
        return False
    if quote.channel:
        return True
    if quote.cue is None:
        return False
    return quote.cue.lemma in QUOTE_VERBS or quote.cue.text.lower() == "according to"


def thing_asked(quote: Quote, text: str) -> bool:
    """Whether reported speech gives a thing, not words: its content the object of the cue's
    preposition ("has asked for an additional $12 million", "warned of a storm"), so that
    "who said what", which shows a statement without its cue, would list "$12 million" as the
    asker's words.  It goes among the attributions, shown with the cue and its preposition
    (``cue_shown``).  A question asked ("asked whether ...") and "according to" give words."""
    if quote.kind != "indirect" or quote.cue is None or not quote.content:
        return False
    between = text[quote.cue.end : quote.content[0].start].split()
    return len(between) == 1 and between[0].lower() in THING_PREPOSITIONS and not (
        quote.cue.text.lower().startswith("according"))


def cue_shown(quote: Quote, text: str) -> str | None:
    """The cue as the attributions show it: with the preposition a thing asked for or spoken
    of follows ("asked for: an additional $12 million")."""
    if quote.cue is None:
        return None
    if thing_asked(quote, text):
        return text[quote.cue.start : quote.content[0].start].strip()
    return quote.cue.text


def denies(cue: str, lemma: str) -> bool:
    """Whether a cue withholds or denies what it attributes: denied itself (``denied``), or
    a verb of denial ("denied that the company was not doing enough", ``lexicon.DENIAL_VERBS``),
    whose content, shown without its cue, reads as the speaker's claim, its opposite."""
    return denied(cue) or lemma in DENIAL_VERBS


def denied(cue: str) -> bool:
    """Whether a cue as shown denies the attribution ("has not said", "did not say", "never
    said"; ``extract.quotes`` keeps the auxiliary and "not" in a denied cue): "BP has not said
    how much oil is beneath the seabed" tells what BP withheld, no words of BP's, so it is no
    statement, and the briefing shows it with its cue among the other attributions."""
    return any(w in NEGATING_WORDS or w in ("not", "n't") or w.endswith(("n't", "n’t"))
               for w in cue.lower().split())
