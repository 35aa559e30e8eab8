"""The event coder: from a matched predicate and its clause to a PLOVER event.

For each sentence of the body, the predicates the lexicon matches (``senses``) are built into
events one by one: participants (``participants``), the first sense the participants allow
(``gov_ok`` / ``gov_not``), the reading of the clause (``clauses``: negated, hypothetical,
future), then the recode rules below, in order, then the source and the date (``dating``).

The recode rules are where the manual asks for something other than the verb's own sense
("ready to send aid" is an offer, AGREE; "will extend the curfew" is a threat).  They are a
named, ordered list (``RECODES``): each takes the draft event and returns it changed, or None
when it does not apply, and a later rule sees what an earlier one made of the draft.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsdesk.extract.events import dating
from newsdesk.extract.events.clauses import (
    clause_verb,
    embedded,
    future,
    hypothetical,
    irrealis,
    negated,
    negated_noun,
    objects_of,
    promised,
    subjects_of,
    threat_modal,
    trimmed,
    unique,
    willing,
)
from newsdesk.extract.events.participants import Participants
from newsdesk.extract.events.senses import (
    Found,
    bare_nouns,
    find,
    request_mode,
    threat_mode,
    trigger_span,
)
from newsdesk.extract.reading import Reading
from newsdesk.knowledge import plover
from newsdesk.model import Actor, Event, Span


@dataclass(frozen=True)
class CodedEvents:
    """An article's events, and the actors they name that the actors stage did not give:
    unnamed groups, and known actors with the country an event's clause shows."""

    events: list[Event]
    actors: list[Actor]


@dataclass(frozen=True)
class Draft:
    """An event being coded: its predicate and clause, and what has been decided so far."""

    item: Found
    head: Token  # the verb that carries tense, modality and subject
    nominal: bool
    type: str
    mode: str | None
    actors: list[str]
    recipients: list[str]
    negated: bool
    hypothetical: bool
    future: bool


@dataclass(frozen=True)
class Recode:
    name: str
    rule: Callable[[Draft], Draft | None]


def _request_mode(d: Draft) -> Draft | None:
    """REQUEST and REJECT take their mode from what is asked for or refused."""
    if d.type not in ("REQUEST", "REJECT") or d.mode:
        return None
    return replace(d, mode=request_mode(d.item.token))


def _threat_mode(d: Draft) -> Draft | None:
    """THREATEN takes its mode from what is threatened."""
    if d.type != "THREATEN" or d.mode:
        return None
    return replace(d, mode=threat_mode(d.item.token))


def _protest_in_words(d: Draft) -> Draft | None:
    """"..., a rights group protested": a protest that reports words is an accusation."""
    if d.type != "PROTEST" or d.nominal or not (
            d.head.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "parataxis")
                                              for c in d.head.children)):
        return None
    return replace(d, type="ACCUSE", mode="disapprove")


def _hunger_strike(d: Draft) -> Draft | None:
    if d.type != "PROTEST" or d.mode != "strike" or not any(
            c.lower_ == "hunger" for c in d.item.token.children):
        return None
    return replace(d, mode="hunger")


def _reciprocal_meeting(d: Draft) -> Draft | None:
    """Meetings are reciprocal: everyone met is an actor (a visit keeps its host apart)."""
    if d.type != "CONSULT" or d.mode == "visit":
        return None
    return replace(d, actors=unique(d.actors + d.recipients), recipients=[])


def _reported_promise(d: Draft) -> Draft | None:
    """"Iraq said it would allow": "would" in reported speech is a promise, not a condition."""
    if not (d.hypothetical and promised(d.head)):
        return None
    return replace(d, hypothetical=False, future=True)


_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})


def _offer(d: Draft) -> Draft | None:
    """"ready to contribute troops": declared willingness to cooperate is an offer, AGREE."""
    if not willing(d.head) or d.negated or d.type not in _COOPERATIVE:
        return None
    return replace(d, type="AGREE", mode=None, hypothetical=False, future=False)


_THREAT_MODES: dict[str, dict[str, str]] = {
    "COERCE": {"": "restrict", "arrest": "arrest", "deport": "expel", "seize": "territory"},
    "ASSAULT": {"": "violence"},
}


def _announced_coercion(d: Draft) -> Draft | None:
    """"will extend the curfew", "may halt": coercion or force announced is a threat."""
    if d.negated or d.type not in _THREAT_MODES or not (
            d.future or willing(d.head) or threat_modal(d.head)):
        return None
    modes = _THREAT_MODES[d.type]
    return replace(d, type="THREATEN", mode=modes.get(d.mode or "", modes[""]),
                   hypothetical=False, future=False)


def _refused_concession(d: Draft) -> Draft | None:
    """"would not meet the demands": a concession denied is a rejection."""
    if not d.negated or d.type != "CONCEDE":
        return None
    return replace(d, type="REJECT", mode="yield", negated=False)


def _future_cooperation(d: Draft) -> Draft | None:
    """The manual: future cooperation is a commitment, AGREE."""
    if not d.future or d.negated or d.type not in ("CONSULT", "SUPPORT", "COOPERATE", "AID"):
        return None
    return replace(d, type="AGREE", mode=None, future=False)


def _announced_retreat(d: Draft) -> Draft | None:
    """An announced retreat is a verbal concession, CONCEDE."""
    if not d.future or d.negated or d.type != "RETREAT":
        return None
    return replace(d, type="CONCEDE", mode=None, future=False)


RECODES: tuple[Recode, ...] = (
    Recode("request mode from what is asked", _request_mode),
    Recode("threat mode from what is threatened", _threat_mode),
    Recode("a protest in words is an accusation", _protest_in_words),
    Recode("a hunger strike", _hunger_strike),
    Recode("a meeting is reciprocal", _reciprocal_meeting),
    Recode("a reported 'would' is a promise", _reported_promise),
    Recode("willingness to cooperate is an offer", _offer),
    Recode("announced coercion is a threat", _announced_coercion),
    Recode("a refused concession is a rejection", _refused_concession),
    Recode("future cooperation is a commitment", _future_cooperation),
    Recode("an announced retreat is a concession", _announced_retreat),
)


def recode(draft: Draft) -> Draft:
    for step in RECODES:
        draft = step.rule(draft) or draft
    return draft


class Coder:
    """Codes the events of one article."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self.participants = Participants(reading)
        self.times = dating.dated(reading.doc, reading.times)

    def code(self) -> CodedEvents:
        article = self.reading.article
        events: list[Event] = []
        for sent in self.reading.doc.sents:
            start, end = trimmed(sent)
            if end <= start or not article.in_body(start, end):
                continue
            found = find(sent)
            triggers = {f.token.i for f in found}
            coded = 0
            for item in found:
                if embedded(item.carrier or item.token, triggers):
                    continue
                event = self.build(sent, item)
                if event is not None:
                    events.append(event)
                    coded += 1
            if coded == 0:
                for item in bare_nouns(sent):
                    event = self.build(sent, item)
                    if event is not None:
                        events.append(event)
                        break
        unique_events: dict[tuple[str, int, int], Event] = {}
        for event in events:
            trigger = event.trigger or event.evidence
            unique_events.setdefault((event.type, trigger.start, trigger.end), event)
        ordered = sorted(unique_events.values(), key=lambda e: (
            e.evidence.start, (e.trigger or e.evidence).start, e.type))
        used = {i for e in ordered for i in (*e.actors, *e.recipients, e.source) if i}
        return CodedEvents(ordered, self.participants.actors(used))

    def build(self, sent: SpacySpan, item: Found) -> Event | None:
        people = self.participants
        head = item.carrier or item.token
        nominal = item.token.pos_ == "NOUN"
        if item.addressee is not None:
            actors = people.ids(subjects_of(head), head)
            recipients = people.ids([item.addressee], head)
        elif nominal and item.carrier is None:
            actors = people.noun_actors(item.token)
            if not actors and item.bare:
                clause = clause_verb(item.token)
                if clause is not None:
                    actors = people.ids(subjects_of(clause), clause)
            recipients = people.noun_recipients(item.token)
        else:
            actors = people.ids(subjects_of(head), head)
            recipients = people.recipients(item.token, nominal)
        if not actors and not nominal and not subjects_of(head) and head.tag_ in ("VB", "VBG") \
                and not any(c.dep_ == "nsubjpass" for c in head.children):
            return None  # "the notion of engaging with Tehran": nobody is said to do it
        official = people.official(actors)
        chosen = [(r, d) for r, d in item.senses
                  if not (r.gov_ok and not official) and not (r.gov_not and official)]
        if not chosen:
            return None
        rule, decisive = chosen[0]
        location = people.location(item.token)
        place_objects = [o for o in objects_of(item.token) if people.is_place(o)]
        if place_objects and location is None:
            location = people.place_id(place_objects[0])
        if rule.swap:
            actors, recipients = recipients, actors
        recipients = [r for r in recipients if r not in actors]

        clause = (clause_verb(item.token) if item.bare else None) or head
        is_hypothetical = hypothetical(clause) or (nominal and irrealis(item.token))
        draft = recode(Draft(
            item, head, nominal, rule.type, rule.mode, actors, recipients,
            negated=negated(clause) or (nominal and negated_noun(item.token)),
            hypothetical=is_hypothetical,
            future=future(clause) and not is_hypothetical,
        ))
        if not draft.actors and not draft.recipients:
            return None
        if location in draft.actors:
            location = None
        source, reported = people.source(head)
        time_value, granularity, approximate = dating.event_time(
            self.times, self.reading.article, sent, item.token, head, reported)
        start, end = trimmed(sent)
        return Event(
            type=draft.type,
            mode=draft.mode,
            actors=draft.actors,
            recipients=draft.recipients,
            evidence=Span(start, end),
            trigger=trigger_span(item, decisive),
            time=time_value,
            time_granularity=granularity,
            time_approximate=approximate,
            location=location,
            negated=draft.negated,
            hypothetical=draft.hypothetical,
            future=draft.future,
            historical=dating.historical(self.reading.article, time_value),
            source=source,
            cameo=plover.cameo_root(draft.type, draft.mode),
            intensity=plover.intensity(draft.type, draft.mode),
        )


def code_events(reading: Reading) -> CodedEvents:
    """The PLOVER events stated in the article's body, in text order, and the actors they
    name beyond the actors stage's."""
    return Coder(reading).code()
