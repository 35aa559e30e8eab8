"""Leaving a thing of cooperation: "withdrew from the alliance", "pulled out of the treaty",
"quit the talks", "exited the customs union".

The PLOVER manual codes withdrawing oneself "from a group, mediation activity, organization"
as SANCTION (mode withdraw: a reduction of cooperative relations), and keeps RETREAT
withdraw for a retreat "from territory or [of] forces from an area".  The lexicon's senses
and the model read the verb ("withdrew from", "pulled out of") and often choose the retreat;
what decides is the thing left.  Which verbs leave is read from WordNet
(``plover.LEAVING_SYNSETS`` in the shipped ``verb-hypernyms.json``), not listed; a thing of
cooperation is an agreement or talks (the lexicon's AGREEMENTS and TALKS classes), a body
its members leave (``plover.MEMBERSHIP_HEADS``: "the regional defence alliance", "the
ruling coalition"), or an organisation named ("the International Criminal Court").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.extract.events.clauses import lemmas, objects_of, preps_of, subjects_of
from newsdesk.extract.events.participants import Participants
from newsdesk.extract.events.senses import noun_rules, phrasal_particle
from newsdesk.knowledge import plover, roles

_COOPERATION = plover.CLASSES["AGREEMENTS"] | plover.CLASSES["TALKS"] | plover.MEMBERSHIP_HEADS


def leaves(token: Token) -> bool:
    """Whether the verb (or its phrasal form: "pull_out", "walk_out", "drop_out") reaches
    one of WordNet's synsets of leaving."""
    lemma, particle = token.lemma_.lower(), phrasal_particle(token)
    if particle is None:
        particle = next((c.lower_ for c in token.children
                         if c.dep_ == "prep" and c.lower_ == "out"), None)  # "pulled out of"
    places = plover.VERB_HYPERNYMS.get(f"{lemma}_{particle}" if particle else lemma) or \
        plover.VERB_HYPERNYMS.get(lemma, ())
    return bool(set(places) & plover.LEAVING_SYNSETS)


def left_things(token: Token) -> list[Token]:
    """What the verb leaves: its object ("quit the bloc"), else the complement of "from"
    ("withdrew from the pact") or of "out of" ("pulled out of the coalition").  A verb that
    moves an object of its own ("withdrew its soldiers from the force") leaves nothing: what
    it withdraws decides."""
    objects = objects_of(token)
    if objects:
        return objects
    preps = preps_of(token)
    found = list(preps.get("from", []))
    for out in (c for c in token.children if c.lower_ == "out" and c.dep_ in ("prep", "prt",
                                                                              "advmod")):
        found += preps_of(out).get("of", [])
    return found + preps.get("of", [])


def cooperation(head: Token, people: Participants) -> bool:
    """Whether a noun phrase names a thing of cooperation: an agreement, talks, a body its
    members leave, or an organisation the text names (not a state, a place or a person)."""
    if lemmas([head]) & _COOPERATION or head.lower_ in _COOPERATION:
        return True
    mention = people.mention(head)
    if mention is None or mention.actor is None:
        return False
    actor = people.reading.actor_by_id.get(mention.actor)
    return actor is not None and actor.kind == "org"


def _person(head: Token, people: Participants) -> bool:
    """"The finance minister quit the cabinet": an official leaving is a resignation.  The
    actor the text resolves decides ("Togo", tagged a person by the parser, is a state)."""
    mention = people.mention(head)
    if mention is not None and mention.actor is not None:
        actor = people.reading.actor_by_id.get(mention.actor)
        if actor is not None:
            return actor.kind == "person"
    return head.ent_type_ == "PERSON" or bool(lemmas([head]) & roles.PERSON_NOUNS)


def left_cooperation(token: Token, people: Participants) -> bool:
    """"Ecuador withdrew from the regional defence alliance", "Peru quit the trade bloc": a
    verb of leaving whose object or "from" / "out of" complement is a thing of cooperation,
    done by no person, ends that cooperation (SANCTION withdraw)."""
    if token.pos_ not in ("VERB", "AUX") or not leaves(token):
        return False
    if any(_person(s, people) for s in subjects_of(token)):
        return False
    things = left_things(token)
    return bool(things) and cooperation(things[0], people)


def left_cooperation_noun(token: Token, people: Participants) -> bool:
    """"announced its withdrawal from the regional defence alliance": an event noun the
    lexicon reads as withdrawing from cooperation (one of its senses is SANCTION withdraw,
    though only for the agreements and talks it names), whose "from" complement is a thing
    of cooperation, ends it too."""
    if token.pos_ != "NOUN" or not any(r.type == "SANCTION" and r.mode == "withdraw"
                                       for r in noun_rules(token)):
        return False
    things = preps_of(token).get("from", [])
    return bool(things) and cooperation(things[0], people)
