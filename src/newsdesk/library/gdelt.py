"""Events in the layout of GDELT's event table, for tools and habits built around it.

GDELT 2.0 codes one dyad per row: a date, two actors each with a CAMEO-style code (country,
then role) and name, a CAMEO event code with its root and quad class, a Goldstein score, the
place and the source's URL.  newsdesk's events are PLOVER events with lists of actors and
recipients, a CAMEO root projection and PLOVER's own intensity; this table writes each event
as one such row (the first actor as actor 1, the first recipient as actor 2; the rest stay in
``events``), with GDELT's names in snake case where a column means what GDELT's means, and
PLOVER's type and mode, the sentence and its offsets beside them.  What GDELT has and newsdesk
does not (full CAMEO codes, tone, geocoding, mention counts) is left out rather than faked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Day

from newsdesk.library.columns import column
from newsdesk.library.rows import Linked, event_day, quad_class


@dataclass(frozen=True)
class GdeltRow:
    event_id: str = column("`ARTICLE_ID-N`: the article and the event's place in it")
    day: int | None = column(
        "`YYYYMMDD` of the day the event is dated to (GDELT `Day`); null when its time is "
        "not one day"
    )
    month_year: int | None = column("`YYYYMM` when the time is a day or a month (`MonthYear`)")
    year: int | None = column("the year of the event's time (`Year`)")
    actor1_code: str | None = column(
        "country code then PLOVER sector of the first actor (`PRTGOV`), as CAMEO actor codes "
        "read (`Actor1Code`)"
    )
    actor1_name: str | None = column("its name (`Actor1Name`)")
    actor1_country_code: str | None = column("ISO 3166-1 alpha-3 or IGO code")
    actor1_type1_code: str | None = column("PLOVER sector code (`GOV`, `MIL` …)")
    actor1_id: str | None = column("newsdesk's linked actor id")
    actor2_code: str | None = column("the same for the first recipient (`Actor2Code`)")
    actor2_name: str | None = column("its name")
    actor2_country_code: str | None = column("its country code")
    actor2_type1_code: str | None = column("its sector code")
    actor2_id: str | None = column("its linked actor id")
    event_root_code: str | None = column("two-digit CAMEO root (`EventRootCode`)")
    quad_class: int | None = column(
        "1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict "
        "(`QuadClass`)"
    )
    intensity: float | None = column(
        "PLOVER's conflict–cooperation score, -10 to +10, in the place of `GoldsteinScale`"
    )
    plover_type: str = column("PLOVER event type")
    plover_mode: str | None = column("PLOVER mode")
    negated: bool = column("the text says it did not happen")
    hypothetical: bool = column("conditional or merely possible")
    future: bool = column("announced or expected, not yet done")
    historical: bool = column("a precedent, before the story")
    location: str | None = column("where, as written (`ActionGeo_FullName`)")
    date_added: int | None = column("`YYYYMMDD` of the article's publication (`DATEADDED`)")
    source_url: str | None = column("the article's web address, else its path (`SOURCEURL`)")
    outlet: str | None = column("the article's outlet")
    article_id: str = column("the article")
    start: int = column("offset of the sentence in the article's text")
    end: int = column("its end offset")
    sentence: str = column("the sentence that is the event's evidence: `text[start:end]`")


def _yyyymmdd(day: Day | None) -> int | None:
    return day.year * 10000 + day.month * 100 + day.day if day else None


def _month_year(time: str | None, granularity: str | None) -> int | None:
    if not time or granularity not in ("day", "month"):
        return None
    found = re.match(r"^(\d{4})-(\d{2})", time)
    return int(found.group(1)) * 100 + int(found.group(2)) if found else None


def _year(time: str | None) -> int | None:
    found = re.match(r"^(\d{4})(?![\dX])", time or "")
    return int(found.group(1)) if found else None


def _actor(linked: Linked, ident: str | None) -> tuple[str | None, ...]:
    """(code, name, country, sector, id) of an actor id; all None without one."""
    if ident is None:
        return (None, None, None, None, None)
    entry = linked.actor(ident)
    country = entry.actor.country if entry else None
    sector = entry.actor.sector if entry else None
    kind, _, rest = ident.partition(":")
    if country is None and kind == "country" and len(rest) == 3:
        country = rest  # named only by an adjective ("a Spanish official"): no roster entry
    code = (country or "") + (sector or "")
    return (code or None, linked.name(ident), country, sector, ident)


def gdelt_rows(linked: Linked) -> list[GdeltRow]:
    rows = []
    for ex in linked.extractions:
        art = ex.article
        for n, e in enumerate(ex.events):
            a1 = _actor(linked, e.actors[0] if e.actors else None)
            a2 = _actor(linked, e.recipients[0] if e.recipients else None)
            rows.append(
                GdeltRow(
                    event_id=f"{art.id}-{n}",
                    day=_yyyymmdd(event_day(e.time, e.time_granularity)),
                    month_year=_month_year(e.time, e.time_granularity),
                    year=_year(e.time),
                    actor1_code=a1[0],
                    actor1_name=a1[1],
                    actor1_country_code=a1[2],
                    actor1_type1_code=a1[3],
                    actor1_id=a1[4],
                    actor2_code=a2[0],
                    actor2_name=a2[1],
                    actor2_country_code=a2[2],
                    actor2_type1_code=a2[3],
                    actor2_id=a2[4],
                    event_root_code=e.cameo,
                    quad_class=quad_class(e.type),
                    intensity=e.intensity,
                    plover_type=e.type,
                    plover_mode=e.mode,
                    negated=e.negated,
                    hypothetical=e.hypothetical,
                    future=e.future,
                    historical=e.historical,
                    location=e.location,
                    date_added=_yyyymmdd(art.published),
                    source_url=art.url or art.path,
                    outlet=art.outlet,
                    article_id=art.id,
                    start=e.start,
                    end=e.end,
                    sentence=art.text[e.start : e.end],
                )
            )
    return rows
