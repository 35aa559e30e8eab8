"""Cutting back or giving up one's part in cooperation: "froze its participation in the talks",
"reduced its commitments under the deal", "curtailed its involvement in the coalition",
"suspended cooperation with the inspectors".

The PLOVER manual's SANCTION is "all reductions in existing, routine, or cooperative
relations", its mode withdraw "withdraw oneself ... from a group, mediation activity,
organization" and discontinue "curtail, decrease, break ... exchanges".  The lexicon's senses
name what is stopped (aid, relations, talks, a treaty), not one's own share in it, so "reduced
its commitments under the accord" falls to the model, which reads the verb alone as a retreat
(troops are what is "reduced" most often) or finds no event.  What decides is the verb's
meaning and its object:

* the verb stops, reduces or gives something up: it reaches one of WordNet's synsets of
  stopping or reducing (``plover.STOPPING_SYNSETS``) or of giving up (``plover.GIVING_UP_SYNSETS``)
  in the shipped ``verb-hypernyms.json``, or the lexicon itself reads it as ending
  cooperation (a SANCTION withdraw or discontinue sense for relations, talks or agreements:
  "froze", "suspended", "halted", whose WordNet sense of stopping lies beyond the two senses
  the table reads);
* its object is one's taking part in, or commitment to, a shared undertaking
  (``plover.TAKING_PART_HEADS``: participation, involvement, commitment ...; SANCTION
  withdraw) or relations themselves (the lexicon's RELATIONS class: SANCTION discontinue).

"Increased its commitments" and "fulfilled its obligations" reach no such synset and stay as
they are; "reduced its troops" has no such object and stays a retreat.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.extract.events.clauses import lemmas, objects_of
from newsdesk.extract.events.senses import phrasal_particle, verb_lemma
from newsdesk.knowledge import plover

_ENDING_MODES = frozenset({"withdraw", "discontinue"})
_COOPERATION = (plover.CLASSES["RELATIONS"] | plover.CLASSES["TALKS"] |
                plover.CLASSES["AGREEMENTS"])


def _lexicon_ends_cooperation(token: Token) -> bool:
    """Whether one of the verb's lexicon senses is SANCTION withdraw or discontinue of
    relations, talks or agreements (its particle, if it names one, present): "froze ties",
    "suspended talks", "broke off relations"."""
    rules = plover.VERBS.get(verb_lemma(token), ())
    particle = phrasal_particle(token, rules)
    return any(r.type == "SANCTION" and r.mode in _ENDING_MODES and
               r.objects is not None and bool(r.objects & _COOPERATION) and
               r.particle in (None, particle) for r in rules)


def cuts_back(token: Token) -> bool:
    """Whether the verb (or its phrasal form: "cut_back", "give_up") stops, reduces or gives
    something up, by WordNet or by the lexicon's own reading of it."""
    lemma, particle = token.lemma_.lower(), phrasal_particle(token)
    places = plover.VERB_HYPERNYMS.get(f"{lemma}_{particle}" if particle else lemma) or \
        plover.VERB_HYPERNYMS.get(lemma, ())
    if set(places) & (plover.STOPPING_SYNSETS | plover.GIVING_UP_SYNSETS):
        return True
    return _lexicon_ends_cooperation(token)


def part_mode(head: Token) -> str | None:
    """The SANCTION mode an object names: one's taking part or commitment is withdrawn
    ("its participation", "its commitments"), relations are discontinued ("cooperation",
    "ties"); anything else None."""
    words = lemmas([head])
    if words & plover.TAKING_PART_HEADS:
        return "withdraw"
    if words & plover.CLASSES["RELATIONS"]:
        return "discontinue"
    return None


def cut_back_part(token: Token) -> str | None:
    """"Serbia froze its participation in the energy talks", "Hungary reduced its commitments
    under the pact": a verb that stops, reduces or gives up, whose object is one's taking part
    in cooperation or relations, is SANCTION; the mode it takes, or None."""
    if token.pos_ not in ("VERB", "AUX") or not cuts_back(token):
        return None
    objects = objects_of(token)
    return part_mode(objects[0]) if objects else None
