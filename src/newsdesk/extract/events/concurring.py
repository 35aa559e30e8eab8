"""Concurring with a statement: "analysts agreed that the economy was slowing", "the minister
agreed that the figures were worrying".

The PLOVER manual's AGREE is agreeing to do something (to a proposal, a plan, a ceasefire) or
signing an agreement; sharing a view of what is, is no event of the kind.  The lexicon's AGREE
sense of "agree" reads the verb alone, so a that-clause stating a fact was coded as an
agreement.  The verb is read from WordNet (it reaches agree/concur "be in accord",
``plover.CONCURRING_SYNSETS``) and the clause by its grammar: what is agreed is a state of
affairs when its verb has no modal ("would return", "should resume": what the parties will do)
and is no mandative subjunctive ("agreed that the talks be held in Geneva": a decision).
"Agreed to", "agreed on" and "agreed with" have no such clause and stay as they are.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.knowledge import plover

# Penn tags: a modal ("would", "should"), and the base form a mandative subjunctive takes
_MODAL = "MD"
_BASE = "VB"


def _states_what_is(clause: Token) -> bool:
    """Whether the clause headed by ``clause`` states what is: no modal among its auxiliaries,
    not a subjunctive base form."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == _MODAL for a in auxiliaries):
        return False  # "should resume", "would return"
    first = auxiliaries[0] if auxiliaries else clause
    return first.tag_ != _BASE  # "that the talks be held", "that Kenya open its border"


def concurs(token: Token) -> bool:
    """Whether the verb ``token`` concurs with a statement: it reaches a synset of concurring,
    and its only complement is a finite clause that states what is."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    places = plover.VERB_HYPERNYMS.get(token.lemma_.lower(), ())
    if not set(places) & plover.CONCURRING_SYNSETS:
        return False
    if any(c.dep_ in ("xcomp", "dobj", "prep") for c in token.children):
        return False
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(_states_what_is(c) for c in clauses)
