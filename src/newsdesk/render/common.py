"""What the Markdown and HTML renderers say alike: numbering, labels, lines, and which parts
of the briefing each section shows.  Renderers add only their markup (and HTML its escaping).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from newsdesk.model import ArticleRef, and_list
from newsdesk.synthesize.briefing_types import (
    ActorEntry,
    Briefing,
    Citation,
    Comparison,
    Disagreement,
    Fact,
    KeyDateEntry,
    OnlyIn,
    PositionEntry,
    QuoteEntry,
    Reference,
    Shift,
    ThreadStory,
    ThreadView,
    TimelineEntry,
    Update,
)


def source_numbers(brief: Briefing) -> dict[str, int]:
    """Articles numbered in briefing order, so that citations read as [1], [2]."""
    return {a["id"]: n for n, a in enumerate(brief["articles"], start=1)}


def title(brief: Briefing) -> str:
    return f"Briefing: {brief['story']}" if brief["story"] else "Briefing"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def key_date_reach(entry: KeyDateEntry) -> str:
    """'named in 3 articles from 2 outlets; 4 published that day': a day the story was
    reported on but that no article names is said so, not shown as '0 articles'."""
    parts = []
    if entry["articles"]:
        parts.append(
            f"named in {plural(entry['articles'], 'article')}"
            f" from {plural(entry['outlets'], 'outlet')}"
        )
    if entry["published"]:
        parts.append(f"{plural(entry['published'], 'article')} published that day")
    return "; ".join(parts) or "no article names it"


def coverage_line(brief: Briefing) -> str:
    """'5 articles from 4 outlets, 2025-03-10 to 2025-03-13'."""
    dates = brief["dates"]
    span = f"{dates['first']} to {dates['last']}" if dates["first"] else "dates unknown"
    return (
        f"{plural(len(brief['articles']), 'article')} from "
        f"{plural(len(brief['outlets']), 'outlet')}, {span}"
    )


def thread(brief: Briefing) -> ThreadView | None:
    """The story's thread, shown when it holds other stories than this one."""
    found = brief["thread"]
    return found if found and len(found["stories"]) > 1 else None


def story_when(story: ThreadStory) -> str:
    """A thread's story dated as a reader scans it: a day, or first to last day."""
    first, last = story["first"], story["last"]
    return "undated" if first is None else first if first == last else f"{first} to {last}"


def carried_by(copies: list[ArticleRef]) -> str:
    """Copies of a source (syndication, re-posts): its reach, not extra sources."""
    return "; ".join(
        f"{c['outlet'] or 'unknown outlet'} ({c['published'] or 'undated'}, {c['path']})"
        for c in copies
    )


def people(brief: Briefing) -> list[ActorEntry]:
    """The roster without places, which are listed apart."""
    return [a for a in brief["actors"] if a["kind"] != "location"]


# The mark before a summary sentence about a precedent, not the news (the timeline's
# precedents are listed under the same word).
PRECEDENT = "Precedent"


def places_line(brief: Briefing) -> str | None:
    places = [a for a in brief["actors"] if a["kind"] == "location"]
    if not places:
        return None
    labels = [f"{p['name']} ({p['country']})" if p["country"] else p["name"] for p in places]
    return "Places: " + ", ".join(labels) + "."


def channel_note(quote: QuoteEntry) -> str:
    """' (televised speech)', or nothing when the channel is not known."""
    return f" ({quote['channel']})" if quote["channel"] else ""


def reported_in(quote: QuoteEntry) -> str:
    """'reported by Meridian Daily, 2025-03-11': where and when the quote was reported, never
    as when it was said; 'said 2025-03-10, reported by ...' when the text says when, so that a
    remark made on Monday (or in 1988) is never dated by the paper that reported it."""
    reported = (f"reported by {quote['outlet'] or 'unknown outlet'}, "
                f"{quote['published'] or 'undated'}")
    return f"said {shown_date(quote['time'])}, {reported}" if quote["time"] else reported


def quote_words(quote: QuoteEntry) -> str:
    """The quoted text, its pronouns followed by their referents where the text makes them
    clear; a direct quote without the comma its sentence goes on after."""
    return quote["shown"].rstrip(" ,") if quote["kind"] == "direct" else quote["shown"]


def attributed(brief: Briefing) -> list[tuple[str, QuoteEntry]]:
    """Beliefs, intentions and other attributions, each with its holder, in briefing order."""
    return [(group["speaker"], q) for group in brief["attributions"] for q in group["quotes"]]


def quote_reference(quote: QuoteEntry) -> Reference:
    """A quote's citation: from the start of its first content span to the end of its last."""
    return {
        "article": quote["article"],
        "start": quote["content"][0][0],
        "end": quote["content"][-1][1],
    }


def shared_facts(comparison: Comparison) -> list[Fact]:
    """Facts more than one column carries: the rows of the coverage table."""
    return [f for f in comparison["facts"] if len(f["columns"]) > 1]


def one_outlet_note(comparison: Comparison) -> str | None:
    """What the comparison says when the story has one column only (every article from one
    outlet, one kind of piece): there is nothing to compare, and "reported only by" it would
    be every fact of the story."""
    columns = comparison["columns"]
    if len(columns) != 1:
        return None
    name = columns[0]["outlet"] or columns[0]["id"]
    pieces = plural(len(columns[0]["articles"]), "article")
    return f"All {pieces} of the story come from {name}: there is no other outlet to compare."


def single_column_facts(comparison: Comparison) -> Iterator[tuple[str, OnlyIn, list[Fact]]]:
    """(heading, column, its facts) for each column that alone reports some fact: its few
    most important, in order of importance (none when the story has one column only)."""
    if len(comparison["columns"]) < 2:
        return
    facts = {f["id"]: f for f in comparison["facts"]}
    for entry in comparison["only"]:
        if entry["facts"]:
            yield "Reported only by", entry, [facts[ident] for ident in entry["facts"]]


def disagreement_line(item: Disagreement) -> str:
    """'polarity (Donald Trump on sanctions relief)'."""
    return f"{item['kind']} ({item['about']})"


def update_heading(update: Update) -> str:
    """'The New York Times, 2019-08-29, is 2 days newer than The Washington Post, 2019-08-27'."""
    new, old = update["newer"], update["older"]
    days = plural(update["days"], "day")
    return (
        f"{new['outlet'] or 'unknown outlet'}, {new['published']}, is {days} newer than "
        f"{old['outlet'] or 'unknown outlet'}, {old['published']}"
    )


def fact_citations(fact: Fact) -> list[Citation]:
    """Every claim of a fact, column by column."""
    return [c for col in sorted(fact["columns"]) for c in fact["columns"][col]]


def position_line(position: PositionEntry, strong: Callable[[str], str] = str) -> str:
    """'2019-08-26 — conditional (teased): "…" — if it would benefit Iranians'."""
    when = shown_date(position["date"]) if position["date"] else (
        f"undated (reported {position['reported'] or 'undated'})"
    )
    when += " (approx.)" if position["approximate"] else ""
    conditions = "; ".join(c["text"] for c in position["conditions"])
    tail = f" — condition: {conditions}" if conditions else ""
    label = " [opinion]" if position["genre"] == "opinion" else ""
    stance = f"{strong(position['polarity'])} ({position['word']})"
    return f"{when} — {stance}{tail}: {position['text']}{label}"


def shift_line(shift: Shift) -> str:
    """'conditional (teased, 2019-08-26) → against (ruled out, 2019-08-27)'."""
    a, b = shift["from"], shift["to"]
    return (
        f"{a['polarity']} ({a['word']}, {shown_date(a['date'])}) → "
        f"{b['polarity']} ({b['word']}, {shown_date(b['date'])})"
    )


_UNITS = {"D": "day", "W": "week", "M": "month", "Y": "year"}


_DAY_RANGE = re.compile(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}")


def shown_date(value: str | None) -> str:
    """An ISO value as a reader reads it: a range of days ("earlier this week", Monday to
    Wednesday) as "2019-08-26 to 2019-08-28"; any other value as it is ("None" when none, as
    an f-string shows it)."""
    if value is None:
        return str(value)
    return value.replace("/", " to ") if _DAY_RANGE.fullmatch(value) else value


def timeline_when(item: TimelineEntry) -> str:
    """A timeline item's date as a reader reads it: "2019-08-26", "before 2019-08-29" for an
    event the text does not date ("after 2019-08-29" if expected), "recent weeks up to
    2019-08-29", "2019-08-26 to 2019-08-28", "2019-W36, expected"."""
    value = item["value"]
    if value.startswith("../"):
        when = f"before {value[3:]}"
    elif value.endswith("/.."):
        when = f"after {value[:-3]}"
    else:
        m = re.fullmatch(r"P(\d+|X)([DWMY])/(.+)", value)
        if m:
            unit = _UNITS[m.group(2)]
            count = "recent" if m.group(1) == "X" else m.group(1)
            plural = "" if m.group(1) == "1" else "s"
            when = f"{count} {unit}{plural} up to {m.group(3)}"
        else:
            when = shown_date(value)
    if item["approximate"]:
        when += " (approx.)"
    if item["expected"]:
        when += ", expected"
    return when


def timeline_outlets(item: TimelineEntry) -> str:
    """"reported by The New York Times and The Washington Post" when more than one reports it."""
    outlets = item["outlets"]
    if len(outlets) < 2:
        return ""
    return "reported by " + and_list(outlets)
