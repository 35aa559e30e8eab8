"""The PLOVER types a verb's meaning can carry: its own lexicon senses and those of the lexicon
verbs WordNet puts beside it.

Where no lexicon sense of the type stands, the learned model decides alone, from the clause's
words, the subject's kind and the verb's WordNet synsets (``features.py``).  Out of the
domain it was trained on, the clause's words can outweigh a verb that says nothing of the
kind: "the company's affiliate hired two lobbyists" came out RETREAT, "the firm assembled a
team of lawyers" AID, "the agency is reporting a rise in arrivals" AID, though nothing in
hiring, assembling or reporting is a retreat or a gift.  The lexicon lists, for some eight
hundred verbs, the types each can carry; the shipped hypernym table
(``plover.VERB_HYPERNYMS``: each verb's first two WordNet senses and their direct hypernyms)
says which verbs mean alike.  A type the verb's meaning can carry is one of its own senses'
(whatever their object conditions: "released a document" may still be the RETREAT that
"released the hostages" is) or of a lexicon verb that shares one of its synsets ("hand out"
and "give" share one, so "handed out blankets" can be AID).  A verb neither table knows
(a misparse, a verb WordNet lacks) is not judged: nothing says what it cannot mean.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from spacy.tokens import Token

from newsdesk.extract.events.clauses import lemmas, objects_of
from newsdesk.extract.events.model import Softmax
from newsdesk.extract.events.senses import phrasal_particle, verb_lemma
from newsdesk.knowledge import plover

# the features that name the verb itself (``features.py``): its lemma and its phrasal form
_OWN = ("l=", "prt=")


def _places(lemma: str, particle: str | None) -> tuple[str, ...]:
    """The synsets of the verb, by its phrasal form first ("step_down", "give_up")."""
    phrasal = f"{lemma}_{particle}" if particle else ""
    return plover.VERB_HYPERNYMS.get(phrasal) or plover.VERB_HYPERNYMS.get(lemma, ())


@lru_cache(maxsize=1)
def synset_types() -> dict[str, frozenset[str]]:
    """WordNet synset → the types of the lexicon senses of the verbs that reach it (a sense
    with a particle through the phrasal verb: "pull out" is not "pull")."""
    found: dict[str, set[str]] = defaultdict(set)
    for lemma, rules in plover.VERBS.items():
        for rule in rules:
            for place in _places(lemma, rule.particle):
                found[place].add(rule.type)
    return {place: frozenset(types) for place, types in found.items()}


def carried_types(token: Token) -> frozenset[str] | None:
    """The types the verb ``token``'s meaning can carry by the lexicon: its own senses' and
    those of the lexicon verbs sharing a synset with it; None when neither table knows it."""
    lemma = verb_lemma(token)
    rules = plover.VERBS.get(lemma, ())
    places = _places(lemma, phrasal_particle(token, rules))
    if not rules and not places:
        return None
    table = synset_types()
    return frozenset({rule.type for rule in rules} |
                     {t for place in places for t in table.get(place, ())})


@lru_cache(maxsize=1)
def object_types() -> dict[str, frozenset[str]]:
    """A word → the types of the lexicon's verb senses that take it as their object, on any
    verb ("water": AID, as "delivered water" and "shipped water" are)."""
    found: dict[str, set[str]] = defaultdict(set)
    for rules in plover.VERBS.values():
        for rule in rules:
            for word in rule.objects or ():
                found[word].add(rule.type)
    return {word: frozenset(types) for word, types in found.items()}


def taken_types(token: Token) -> frozenset[str]:
    """The types the verb's objects are the objects of, in the lexicon's senses of any verb:
    "trucked drinking water to the villages" is the AID that delivering water is, whatever
    "truck" reaches in WordNet."""
    table = object_types()
    return frozenset(t for word in lemmas(objects_of(token)) for t in table.get(word, ()))


def learned_types(model: Softmax, features: list[str]) -> frozenset[str]:
    """The types the model learned the verb itself for: those its lemma or phrasal form
    (features ``l=``, ``prt=``) weighs for, from our own sentences that use it ("blocked the
    resolution" REJECT, "called up reservists" MOBILIZE, which the lexicon's table does not
    list).  Not its WordNet synsets (``vh=``): those are what spread a type from one verb to
    its neighbours, the reach this check holds the model to."""
    own = [f for f in features if f.startswith(_OWN) and "|" not in f]
    return frozenset(model.labels[index] for f in own
                     for index, weight in model.weights.get(f, {}).items() if weight > 0)


def foreign_to_verb(token: Token, event_type: str, learned: frozenset[str]) -> bool:
    """Whether ``event_type`` is one the verb ``token``'s meaning cannot carry ("hired
    lobbyists" as a RETREAT): not one the lexicon reads in it or its WordNet neighbours, nor
    one the model ``learned`` for the verb itself; False for a noun or a verb neither the
    lexicon nor WordNet knows."""
    if token.pos_ not in ("VERB", "AUX") or event_type in learned or \
            event_type in taken_types(token):
        return False
    carried = carried_types(token)
    return carried is not None and event_type not in carried
