"""Positions over time: each main actor's stances by topic, when each was held, and its shifts.

Read from records only: the articles' ``Stance`` records (extracted from the parse in
``extract/stances.py``: holder, normalised topic, polarity, whole-clause conditions, when said)
and, for what actors did rather than said, their coded ``Event`` records with a recipient
(cooperating with or acting against someone is a stance toward them: "invited Zarif",
"railed against the United States").

A main actor is one with several statements, stances or events in the story.  A stance is
dated when it was said or held (its quotation's time, a date in its clause, the quote after it
that spells it out); "within 24 hours" of the holder's previous opposite stance on the same
topic resolves against that stance, across the articles; a stance nothing dates stays undated
and is listed with the day it was reported, never plotted as said that day.  A look back at a
stance already reported ("after he broached a meeting, ...") adds no position of its own.
Shifts are changes of polarity between consecutive dated positions on one topic.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from newsdesk.model import ACTOR_TOPIC, Condition, Event, Extraction, Genre, Stance
from newsdesk.synthesize.briefing_types import ActorPositions, Citation, PositionEntry, Shift
from newsdesk.synthesize.timeline import display_name, sort_key

MAIN_ACTORS = 10
MIN_ACTIVITY = 2  # statements, stances and events an actor needs to be a main actor
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Event types that state a stance toward the recipient (agreeing with, backing, rejecting,
# accusing, threatening someone); travel, aid and force are acts, not stances.
_EVENT_STANCE_TYPES = frozenset({"AGREE", "SUPPORT", "REJECT", "ACCUSE", "THREATEN"})


@dataclass
class Position:
    actor: str
    topic: str
    phrase: str
    polarity: str  # for, against, conditional
    word: str
    conditions: list[Condition]
    article: str
    outlet: str | None
    genre: Genre
    start: int
    end: int
    text: str
    reported: str | None
    date: str | None = None
    approximate: bool = False
    dated_by: str = "unknown"  # quote, clause, next quote, relative, event, unknown
    after: int | None = None
    recalled: bool = False
    order: int = 0
    extra: list[str] = field(default_factory=list)
    also: list[Position] = field(default_factory=list)

    @property
    def when(self) -> str:
        """Sort key: when said, else when reported."""
        return sort_key(self.date or self.reported or "9999")


def _from_stance(stance: Stance, ex: Extraction, order: int) -> Position:
    art = ex.article
    return Position(
        actor=stance.holder.actor or "",
        topic=stance.topic,
        phrase=stance.topic_text.text if stance.topic_text else stance.topic,
        polarity=stance.polarity,
        word=stance.cue.text,
        conditions=list(stance.conditions),
        article=art.id,
        outlet=art.outlet,
        genre=art.genre,
        start=stance.start,
        end=stance.end,
        text=" ".join(art.text[stance.start:stance.end].split()),
        reported=stance.reported,
        date=stance.said,
        dated_by=stance.said_by,
        after=stance.after,
        recalled=stance.recalled,
        order=order,
    )


def _from_event(event: Event, actor: str, ex: Extraction, order: int) -> Position | None:
    """An act toward a recipient as a stance toward it ("invited Zarif": for Zarif)."""
    if event.negated or event.hypothetical or event.historical or not event.recipients:
        return None
    if event.type not in _EVENT_STANCE_TYPES or event.intensity is None or event.intensity == 0:
        return None
    art = ex.article
    target = sorted(event.recipients)[0]
    if target == actor:
        return None
    sentence = next((s for s in ex.sentences if s.start <= event.evidence.start < s.end),
                    event.evidence)
    trigger = event.trigger or event.evidence
    return Position(
        actor=actor,
        topic=ACTOR_TOPIC + target,
        phrase=target,
        polarity="for" if event.intensity > 0 else "against",
        word=art.text[trigger.start:trigger.end],
        conditions=[],
        article=art.id,
        outlet=art.outlet,
        genre=art.genre,
        start=sentence.start,
        end=sentence.end,
        text=" ".join(art.text[sentence.start:sentence.end].split()),
        reported=art.published.isoformat() if art.published else None,
        date=event.time if event.time and not event.time_approximate else None,
        dated_by="event" if event.time and not event.time_approximate else "unknown",
        order=order,
    )


def activity(extractions: list[Extraction]) -> Counter[str]:
    """Statements, stances and events per actor: who the story's main actors are."""
    count: Counter[str] = Counter()
    for ex in extractions:
        count.update(q.speaker.actor for q in ex.quotes if q.speaker and q.speaker.actor)
        count.update(s.holder.actor for s in ex.stances if s.holder.actor)
        count.update(a for e in ex.events for a in set(e.actors))
    return count


def extract(extractions: list[Extraction]) -> list[Position]:
    """Every position of the story's actors, dated, looks back folded into what they recall."""
    found: list[Position] = []
    for index, ex in enumerate(extractions):
        for n, stance in enumerate(ex.stances):
            if stance.holder.actor and stance.topic:
                found.append(_from_stance(stance, ex, index * 100_000 + n))
        said = {(p.actor, p.start) for p in found if p.article == ex.article.id}
        for n, event in enumerate(ex.events):
            for actor in sorted(set(event.actors)):
                pos = _from_event(event, actor, ex, index * 100_000 + 50_000 + n)
                if pos is not None and (actor, pos.start) not in said:
                    found.append(pos)
    _resolve_relative(found)
    kept = [p for p in found if not (p.recalled and _recalls(p, found))]
    return _one_per_wording(sorted(kept, key=lambda p: (p.actor, p.topic, p.when, p.order)))


def _one_per_wording(positions: list[Position]) -> list[Position]:
    """One entry per stance told in the same words: three updates of one wire story repeat
    "BP admitted it had expressed concern to the UK government"; the first is listed, the
    others cited beside it."""
    first: dict[tuple[str, str, str, str], Position] = {}
    out: list[Position] = []
    for pos in positions:
        key = (pos.actor, pos.topic, pos.polarity, " ".join(pos.text.lower().split()))
        if key in first and first[key].article != pos.article:
            first[key].also.append(pos)
            continue
        first.setdefault(key, pos)
        out.append(pos)
    return out


def _recalls(pos: Position, positions: list[Position]) -> bool:
    """A look back is another account of a stance already listed (same holder, topic and
    side, said no later than the look back was reported)."""
    return any(
        other is not pos and not other.recalled and other.actor == pos.actor
        and other.topic == pos.topic and other.polarity in (pos.polarity, "conditional")
        and other.when <= sort_key(pos.reported or "9999")
        for other in positions
    )


def _resolve_relative(positions: list[Position]) -> None:
    """ "Reversed himself within 24 hours": that long after the stance reversed was taken."""
    for pos in positions:
        if pos.after is None or pos.date:
            continue
        earlier = [
            p.date for p in positions
            if p is not pos and p.actor == pos.actor and p.topic == pos.topic and p.date
            and p.polarity != pos.polarity and _DAY.match(p.date) and not p.approximate
            and (pos.reported is None or p.date <= pos.reported)
        ]
        if earlier:
            day = date.fromisoformat(min(earlier)) + timedelta(days=pos.after)
            pos.date, pos.approximate, pos.dated_by = day.isoformat(), True, "relative"


def _json(pos: Position) -> PositionEntry:
    return {
        "issue": pos.topic,
        "issue_phrase": pos.phrase,
        "polarity": pos.polarity,
        "word": pos.word,
        "conditions": [c.to_json() for c in pos.conditions],
        "date": pos.date,
        "approximate": pos.approximate,
        "dated_by": pos.dated_by,
        "reported": pos.reported,
        "text": pos.text,
        "citation": _citation(pos),
        "also": [_citation(p) for p in pos.also],
        "genre": pos.genre,
    }


def _citation(pos: Position) -> Citation:
    return {"article": pos.article, "outlet": pos.outlet, "start": pos.start, "end": pos.end}


def topic_label(topic: str, names: dict[str, str]) -> str:
    """A topic as a reader names it: the key, or the actor's name for an actor topic."""
    if topic.startswith(ACTOR_TOPIC):
        return display_name(topic[len(ACTOR_TOPIC):], names)
    return topic


def build(extractions: list[Extraction], names: dict[str, str]) -> list[ActorPositions]:
    """Per main actor: positions by topic in date order, and the shifts between them."""
    active = activity(extractions)
    by_actor: dict[str, list[Position]] = defaultdict(list)
    for pos in extract(extractions):
        if active[pos.actor] >= MIN_ACTIVITY:
            by_actor[pos.actor].append(pos)
    ranked = sorted(by_actor.items(), key=lambda kv: (-active[kv[0]], -len(kv[1]), kv[0]))
    out: list[ActorPositions] = []
    for actor, positions in sorted(ranked[:MAIN_ACTORS],
                                   key=lambda kv: display_name(kv[0], names)):
        topics: dict[str, list[Position]] = defaultdict(list)
        for pos in positions:
            topics[pos.topic].append(pos)
        out.append({
            "actor": actor,
            "name": display_name(actor, names),
            "issues": [
                {"issue": topic, "label": topic_label(topic, names),
                 "positions": [_json(p) for p in items], "shifts": _shifts(items)}
                for topic, items in sorted(topics.items(), key=lambda kv: (-len(kv[1]), kv[0]))
            ],
        })
    return out


def _side(pos: Position) -> dict[str, object]:
    return {"polarity": pos.polarity, "date": pos.date, "word": pos.word,
            "article": pos.article, "start": pos.start, "end": pos.end}


def _shifts(items: list[Position]) -> list[Shift]:
    """Changes of side between consecutive dated positions on one topic."""
    dated = [p for p in items if p.date]
    shifts: list[Shift] = []
    for before, after in itertools.pairwise(dated):
        if before.polarity == after.polarity:
            continue
        if sort_key(before.date or "") >= sort_key(after.date or ""):
            continue
        shifts.append({"from": _side(before), "to": _side(after)})  # type: ignore[typeddict-item]
    return shifts
