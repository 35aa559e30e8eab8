"""A state of emergency declared over a disaster: "the governor declared a state of emergency
as the slick neared the coast", "three states have declared a state of emergency" after a
sentence telling of the hurricane.

The lexicon codes a state of emergency COERCE martial-law, as the manual's mode says ("impose
state of emergency or martial law"), and that stands where an emergency is declared over
unrest ("Ethiopia declared a state of emergency in two regions").  The manual also says that
states of emergency in relation to natural disasters are generally not COERCE absent evidence
of their use as a repressive tactic: such a declaration releases funds and troops for relief,
no one is coerced.  The evidence of a disaster is a word of one (``lexicon.DISASTER_NOUNS``) in
the sentence or the one before it, where coverage names what the emergency is about; martial
law is never a disaster measure and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.extract.events.clauses import objects_of
from newsdesk.knowledge import lexicon

# the word that makes a martial-law sense a state of emergency ("a state of emergency",
# "imposed emergency rule")
_EMERGENCY = "emergency"


def _names_emergency(token: Token) -> bool:
    """The trigger noun's phrase ("a state of emergency") or, for a verb, its object's
    ("imposed emergency rule") holds "emergency"."""
    phrases = [token] if token.pos_ == "NOUN" else objects_of(token)
    return any(t.lower_ == _EMERGENCY for p in phrases for t in p.subtree)


def _window(token: Token) -> list[Token]:
    """The tokens of the trigger's sentence and of the sentence before it."""
    sent = token.sent
    start = sent.start
    if start > 0:
        start = token.doc[start - 1].sent.start
    return list(token.doc[start:sent.end])


def over_disaster(token: Token) -> bool:
    """Whether the martial-law event at ``token`` is a state of emergency declared where a
    disaster is named (this sentence or the one before)."""
    if not _names_emergency(token):
        return False
    return any(t.pos_ == "NOUN" and (t.lemma_.lower() in lexicon.DISASTER_NOUNS or
                                     t.lower_ in lexicon.DISASTER_NOUNS)
               for t in _window(token))
