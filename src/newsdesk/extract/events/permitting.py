"""Letting a third party in: "allowed the inspectors to visit the plant", "let the monitors
enter the province", "permitted aid convoys to cross the border".

The PLOVER manual's RETREAT covers "allowing the entry of observers, peacekeepers, or
humanitarian workers" (mode access: "allow third party (e.g., observers, peacekeepers,
humanitarian workers) access").  The lexicon codes it where the one let in is the verb's
object ("allowed inspectors into the suburb"), but with an infinitive the parser makes that
person the infinitive's subject ("allowed [inspectors to visit two sites]"): no sense of the
verb matches, the verb frames its clause, and the clause is coded instead, the inspectors'
visit as their own CONSULT.  What decides is the verb's meaning and whom it lets act:

* the verb permits: it reaches one of WordNet's synsets of letting or permitting
  (``plover.PERMITTING_SYNSETS``: let/allow/permit "make it possible ... for something to
  happen", permit/allow/let/countenance "consent to, give permission") in the shipped
  ``verb-hypernyms.json``;
* someone is named to act in an infinitive (its subject, or the verb's object with an
  infinitive after it; "let" takes a bare one);
* that someone is a third party the manual names: a head the lexicon's RETREAT access senses
  list (inspectors, observers, monitors, peacekeepers, envoys, journalists, aid) or relief
  workers or a relief body (``relief.relief_phrase``: "Red Cross aid convoys").

Permissions to anyone else ("allowed the opposition party to re-register", "let the company
drill") and orders ("ordered the ambassador to leave", which our annotation codes by what is
ordered) are left as they are.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.extract.events.clauses import lemmas, objects_of
from newsdesk.extract.events.relief import relief_phrase
from newsdesk.extract.events.senses import phrasal_particle
from newsdesk.knowledge import plover

# whom the lexicon's RETREAT access senses let in ("allow", "admit": @DIPLOMATS, inspectors,
# observers, peacekeepers, journalists, aid), read from the lexicon rather than listed again
ACCESS_PARTIES: frozenset[str] = frozenset(
    word for rules in plover.VERBS.values() for rule in rules
    if rule.type == "RETREAT" and rule.mode == "access" and rule.objects
    for word in rule.objects)

_CLAUSES = frozenset({"ccomp", "xcomp"})


def permits(token: Token) -> bool:
    """Whether the verb (or its phrasal form: "let_in") reaches one of WordNet's synsets of
    letting or permitting."""
    lemma, particle = token.lemma_.lower(), phrasal_particle(token)
    places = plover.VERB_HYPERNYMS.get(f"{lemma}_{particle}" if particle else lemma) or \
        plover.VERB_HYPERNYMS.get(lemma, ())
    return bool(set(places) & plover.PERMITTING_SYNSETS)


def _infinitive(clause: Token) -> bool:
    """"to visit", or a bare infinitive ("let the monitors enter")."""
    return clause.pos_ in ("VERB", "AUX") and (
        any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children) or clause.tag_ == "VB")


def permitted(token: Token) -> Token | None:
    """Who is let act: the subject of the verb's infinitive complement ("allowed [inspectors
    to visit]"), else its object when an infinitive follows ("let the monitors enter")."""
    clauses = [c for c in token.children if c.dep_ in _CLAUSES and _infinitive(c)]
    if not clauses:
        return None
    subjects = [c for c in clauses[0].children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return subjects[0]
    objects = objects_of(token)
    return objects[0] if objects else None


def third_party(noun: Token) -> bool:
    """Whether the phrase names a third party the manual's access is given to."""
    return bool(lemmas([noun]) & ACCESS_PARTIES) or relief_phrase(noun)


def let_in(token: Token) -> Token | None:
    """"Iran allowed inspectors of the agency to visit two sites", "Venezuela allowed Red Cross
    aid convoys to cross the bridge": the third party a verb of permitting lets act (RETREAT
    access), or None."""
    if token.pos_ not in ("VERB", "AUX") or not permits(token):
        return None
    party = permitted(token)
    return party if party is not None and third_party(party) else None
