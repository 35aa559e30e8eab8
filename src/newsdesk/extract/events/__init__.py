"""Events of one article: who did what to whom, coded in PLOVER from the dependency parse.

A small lexicon (``knowledge/data/plover-lexicon.json``) says which predicates are events; the
parse says who their arguments are.  The coder is deliberately conservative: a verb it has no
sense for, an event with no identifiable participant, or an event that is only the content of
another one ("agreed to meet", "threatened to withdraw") produces nothing.  What it does report
carries the reading of the clause around it (negation, condition, modality, futurity, reported
speech), because a briefing that turns "Trump did not meet Zarif" into a meeting is worse than
none.

The package is layered; each layer uses only those above it:

* ``clauses``: reading a clause from the parse alone (subjects, objects, negation, modality,
  reported speech); no lexicon, no state;
* ``senses``: matching predicates against the PLOVER lexicon ("withdraw" with a treaty as its
  object is SANCTION, with troops RETREAT); ``groups``: naming unnamed groups from their words;
  ``dating``: the time expression that dates an event;
* ``participants``: the actors an event's arguments stand for, behind one class that owns every
  write of the stage (the groups it builds, the countries it learns);
* ``coder``: building the event, with the manual's recode rules as a named, ordered list.

Participants are actor ids from the actors stage.  Where the text names a country only by an
adjective ("a British tanker") the id ``country:GBR`` is used without creating an actor; the
link stage understands such ids.  Unnamed groups ("Israeli troops", "thousands of
demonstrators") become ``group:<slug>`` actors (``group_actor`` holds the rule), returned beside
the events by ``code_events`` as new records, with copies of known actors whose country only
the event's sentence tells.
"""

from newsdesk.extract.events.coder import RECODES, CodedEvents, Recode, code_events
from newsdesk.extract.events.groups import group_actor

__all__ = ["RECODES", "CodedEvents", "Recode", "code_events", "group_actor"]
