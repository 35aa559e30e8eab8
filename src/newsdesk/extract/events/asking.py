"""Asking someone to act: "urged Iran to return to the talks", "asked Congress to approve the
budget", "called on the junta to restore civilian rule".

The PLOVER manual reads asking, urging and appealing as REQUEST, whatever the act asked for;
the one asked is the recipient.  The lexicon knows most of these verbs, but some senses need a
preposition ("asked for", "pressed for"), and where none matches the model weighs the verb
alone and may find no event.  Which verbs ask is read from WordNet (``plover.ASKING_SYNSETS``
in the shipped ``verb-hypernyms.json``), not listed; the construction is object control: the
one asked is named as the object (or after "on", "upon", "to", "with": "called on", "appealed
to", "pleaded with") and an infinitive with no subject of its own says what they are to do.
Orders of authority ("ordered the ambassador to leave") and invitations are left as they are.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.extract.events.clauses import objects_of, preps_of
from newsdesk.extract.events.participants import Participants
from newsdesk.knowledge import plover

# prepositions that name the one asked: "called on", "appealed to", "pleaded with"
_ADDRESSEE_PREPOSITIONS = ("on", "upon", "to", "with")
_INFINITIVES = frozenset({"xcomp", "advcl", "ccomp"})


def asks(token: Token) -> bool:
    """Whether the verb (or "call_on", "urge_on") reaches one of WordNet's synsets of asking
    someone to act."""
    lemma = token.lemma_.lower()
    forms = [f"{lemma}_{c.lower_}" for c in token.children
             if c.dep_ in ("prt", "prep") and c.lower_ in _ADDRESSEE_PREPOSITIONS]
    for form in [*forms, lemma]:
        places = plover.VERB_HYPERNYMS.get(form)
        if places:
            return bool(set(places) & plover.ASKING_SYNSETS)
    return False


def infinitive(token: Token) -> Token | None:
    """The verb's infinitive complement with no subject of its own ("to return"): what the
    one asked is to do."""
    for clause in token.children:
        if clause.dep_ not in _INFINITIVES or clause.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children) and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            return clause
    return None


def addressees(token: Token) -> list[Token]:
    """Who is asked: the object, else the complement of "on", "upon", "to" or "with"."""
    objects = objects_of(token)
    if objects:
        return objects
    preps = preps_of(token)
    return [g for p in _ADDRESSEE_PREPOSITIONS for g in preps.get(p, [])]


def asked_to_act(token: Token, people: Participants) -> bool:
    """"Norway urged Iran to return to the talks": a verb of asking with someone (not a thing
    or a place) named to act in an infinitive is a REQUEST."""
    if token.pos_ != "VERB" or not asks(token) or infinitive(token) is None:
        return False
    asked = addressees(token)
    return bool(asked) and not people.is_thing(asked[0]) and not people.is_place(asked[0])
