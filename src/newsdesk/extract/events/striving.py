"""Fighting to do something: "volunteers are fighting to contain the oil", "the union fought to
keep the plant open", "the company is battling to save its reputation".

The lexicon's ASSAULT senses of "fight" and "battle" read combat: "rebels fought government
troops", "fighters battled militants in the town", where the verb has the one fought as its
object or after "with" or "against".  With no one fought and an infinitive as its complement,
the verb means striving to bring something about, which is no act of force.  What is striven
for is its own clause, coded on its own verb where it is an event ("troops fought to retake the
airport" keeps the taking of the airport), so nothing the sentence reports is lost.
"""

from __future__ import annotations

from spacy.tokens import Token

# prepositions that bring in the one fought ("fought with the police", "battled against rebels")
_OPPONENT_PREPOSITIONS = frozenset({"with", "against"})


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def strives(token: Token) -> bool:
    """Whether the verb ``token`` strives for something: no object, no opponent after "with"
    or "against", and an infinitive after it ("fighting to contain"; the parser also hangs
    "fought to keep the plant open" on the verb as a clause of purpose)."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("dobj", "obj") for c in token.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in _OPPONENT_PREPOSITIONS for c in token.children):
        return False
    return any(c.dep_ in ("xcomp", "advcl") and _infinitive(c) for c in token.children)
