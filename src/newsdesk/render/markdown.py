"""The briefing as Markdown: readable in a terminal, a diff, or a notebook.

Every string that comes from an article (titles, outlets, names, quoted words, file names) is
data, not Markdown's to interpret: ``<`` is written ``&lt;`` so that raw HTML in a title
(``<img onerror=...>``) is shown, never run, by a Markdown viewer, and control characters are
dropped so that an escape sequence in a title never reaches a terminal (``safe``).  File names
stand in code spans, where nothing is interpreted, fenced by enough backticks (``code``).
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from newsdesk.render import common
from newsdesk.render.plain import one_line, printable
from newsdesk.synthesize.briefing_types import (
    ActorPositions,
    Briefing,
    Comparison,
    KeyDates,
    QuoteEntry,
    Reference,
    TimelineEntry,
)


def cite(numbers: dict[str, int], citation: Reference) -> str:
    return f"[{numbers[citation['article']]}:{citation['start']}–{citation['end']}]"


def quote_text(quote: QuoteEntry) -> str:
    """Direct quotes in quotation marks; reported speech marked as such, in its own words."""
    if quote["kind"] == "direct":
        return f"“{common.quote_words(quote)}”"
    return f"*{quote['kind']}*: {common.quote_words(quote)}"


T = TypeVar("T")
_TICKS = re.compile("`+")


def safe(value: T, key: str = "") -> T:
    """A copy of the briefing with its strings fit for Markdown (``path`` values only printable:
    they are shown in code spans), each on one line: a sentence a scrape broke over two lines
    ("Sen. Jane Roe, D-Ore." / ", who said ...") would end its list item at the break."""
    found: Any = value
    if isinstance(found, str):
        found = printable(found) if key == "path" else one_line(found).replace("<", "&lt;")
    elif isinstance(found, dict):
        # Keys too: some dicts are keyed by data (a comparison's columns by outlet).
        found = {safe(k): safe(v, k) for k, v in found.items()}
    elif isinstance(found, list):
        found = [safe(v, key) for v in found]
    return found


def code(text: str | None) -> str:
    """``text`` as a code span, fenced by one backtick more than its longest run of them."""
    text = text or ""
    fence = "`" * (max((len(m) for m in _TICKS.findall(text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def render(brief: Briefing) -> str:
    brief = safe(brief)
    numbers = common.source_numbers(brief)
    out: list[str] = []
    out.append(f"# {common.title(brief)}\n")
    out.append(f"{common.coverage_line(brief)}.\n")
    out.append("## Sources\n")
    for art in brief["articles"]:
        label = " (opinion)" if art["genre"] == "opinion" else ""
        out.append(
            f"{numbers[art['id']]}. **{art['outlet'] or 'unknown outlet'}**{label}, "
            f"{art['published'] or 'undated'}: {art['title'] or '(untitled)'} — {code(art['path'])}"
        )
        if art["copies"]:
            out.append(f"   - also carried by: {common.carried_by(art['copies'])}")
    out.append("")
    if brief["flags"]:
        out.append("## Not parsed\n")
        out.extend(f"- {code(f['path'])}: {f['flag']}" for f in brief["flags"])
        out.append("")
    thread = common.thread(brief)
    if thread:
        out.append(f"## Thread: {thread['label']}\n")
        for story in thread["stories"]:
            label = f"**{story['label']}** (this story)" if story["current"] else story["label"]
            out.append(
                f"- {common.story_when(story)}: {label} "
                f"({common.plural(story['articles'], 'article')}, `{story['id']}`)"
            )
        out.append("")
    out.append("## Summary\n")
    for sentence in brief["summary"]:
        refs = " ".join(cite(numbers, c) for c in sentence["citations"])
        mark = f"*{common.PRECEDENT}:* " if sentence["historical"] else ""
        out.append(f"- {mark}{sentence['text']} {refs}")
    out.append("")
    out.append("## Actors\n")
    out.append("| Actor | Kind | Titles | Country | Sector | Articles | Mentions |")
    out.append("|---|---|---|---|---|---|---|")
    for actor in common.people(brief):
        titles = "; ".join(actor["titles"][:3]).replace("|", "/")
        out.append(
            f"| {actor['name']} | {actor['kind']} | {titles} | {actor['country'] or ''} | "
            f"{actor['sector'] or ''} | {actor['articles']} | {actor['mentions']} |"
        )
    places = common.places_line(brief)
    if places:
        out.append("")
        out.append(places)
    out.append("")
    out.append("## Who said what\n")
    for group in brief["quotes"]:
        out.append(f"### {group['speaker']}\n")
        for q in group["quotes"]:
            ref = cite(numbers, common.quote_reference(q))
            where = f"{common.channel_note(q)} — {common.reported_in(q)}"
            out.append(f"- {quote_text(q)}{where} {ref}")
        out.append("")
    attributed = common.attributed(brief)
    if attributed:
        out.append("### Beliefs, intentions and other attributions\n")
        for holder, q in attributed:
            ref = cite(numbers, common.quote_reference(q))
            out.append(f"- **{holder}** {q['cue'] or ''}: {common.quote_words(q)} {ref}")
        out.append("")
    current = [i for i in brief["timeline"] if not i["historical"]]
    history = [i for i in brief["timeline"] if i["historical"]]
    out.append("## Timeline\n")
    out.extend(_timeline_lines(current, numbers))
    if history:
        out.append("\n### Precedents\n")
        out.extend(_timeline_lines(history, numbers))
    out.append("")
    out.extend(_key_date_lines(brief["key_dates"], numbers))
    out.extend(_comparison_lines(brief["comparison"], numbers))
    out.extend(_position_lines(brief["positions"], numbers))
    return "\n".join(out)


def _comparison_lines(comparison: Comparison, numbers: dict[str, int]) -> list[str]:
    out = ["## Outlet comparison\n"]
    note = common.one_outlet_note(comparison)
    if note is not None:
        return [*out, f"{note}\n", *_newer_and_argued(comparison, numbers)]
    heads = [c["id"] for c in comparison["columns"]]
    shared = common.shared_facts(comparison)
    out.append("| Fact | " + " | ".join(h.replace("|", "/") for h in heads) + " |")
    out.append("|---|" + "---|" * len(heads))
    for fact in shared:
        marks = [("✓ " + " ".join(cite(numbers, c) for c in fact["columns"][h]))
                 if h in fact["columns"] else "" for h in heads]  # fmt: skip
        label = fact["label"].replace("|", "/") + (" (same words)" if fact["same_words"] else "")
        out.append(f"| {label} | " + " | ".join(marks) + " |")
    if not shared:
        out.append("| (no fact carried by more than one outlet) |" + " |" * len(heads))
    out.append("")
    for heading, entry, facts in common.single_column_facts(comparison):
        out.append(f"### {heading}: {entry['column']}\n")
        for fact in facts:
            refs = " ".join(cite(numbers, c) for c in common.fact_citations(fact))
            out.append(f"- {fact['label']} {refs}")
        out.append("")
    out.append("### Disagreements\n")
    for item in comparison["disagreements"]:
        sides = "; ".join(
            f"{c['column']}: {', '.join(c['values'])} {cite(numbers, c)}" for c in item["claims"]
        )
        out.append(f"- {common.disagreement_line(item)}: {sides}")
    if not comparison["disagreements"]:
        out.append("- (none found)")
    out.append("")
    return out + _newer_and_argued(comparison, numbers)


def _newer_and_argued(comparison: Comparison, numbers: dict[str, int]) -> list[str]:
    """What each newer article changes, and each opinion column's argument."""
    out: list[str] = []
    for update in comparison["updates"]:
        out.append(f"### Newer: {common.update_heading(update)}\n")
        for change in update["changes"]:
            refs = " ".join(cite(numbers, c) for c in change["citations"])
            out.append(f"- {change['kind']}: {change['text']} {refs}")
        out.append("")
    for argument in comparison["arguments"]:
        if not argument["claims"]:
            continue
        out.append(f"### The argument of {argument['column']}\n")
        for claim in argument["claims"]:
            out.append(f"- *{claim['kind']}*: {claim['label']} {cite(numbers, claim['citation'])}")
        out.append("")
    return out


def _position_lines(actors: list[ActorPositions], numbers: dict[str, int]) -> list[str]:
    out = ["## Positions\n"]
    if not actors:
        out.append("- (no stated positions found)\n")
    for actor in actors:
        out.append(f"### {actor['name']}\n")
        for issue in actor["issues"]:
            out.append(f"**{issue['label']}**\n")
            for p in issue["positions"]:
                line = common.position_line(p, strong=lambda s: f"**{s}**")
                refs = " ".join(cite(numbers, c) for c in [p["citation"], *p["also"]])
                out.append(f"- {line} {refs}")
            for shift in issue["shifts"]:
                refs = f"{cite(numbers, shift['from'])} {cite(numbers, shift['to'])}"
                out.append(f"- shift: {common.shift_line(shift)} {refs}")
            out.append("")
    return out


def _key_date_lines(found: KeyDates, numbers: dict[str, int]) -> list[str]:
    """The days that matter most, each with what the cited sentences say happened on it."""
    out = ["## Key dates\n"]
    for heading, entries in (
        (None, found["dates"]),
        ("Precedents", found["precedents"]),
        ("Expected", found["expected"]),
    ):
        if heading and entries:
            out.append(f"### {heading}\n")
        for entry in entries:
            reach = common.key_date_reach(entry)
            out.append(f"- **{entry['date']}** ({reach})")
            for s in entry["sentences"]:
                out.append(f"  - {s['text']} {cite(numbers, s)}")
    if not found["dates"]:
        out.append("- (no dated day to choose from)")
    out.append("")
    return out


def _timeline_lines(items: list[TimelineEntry], numbers: dict[str, int]) -> list[str]:
    lines = []
    for item in items:
        refs = " ".join(cite(numbers, c) for c in item["citations"])
        outlets = common.timeline_outlets(item)
        outlets = f" ({outlets})" if outlets else ""
        lines.append(
            f"- **{common.timeline_when(item)}** ({item['granularity'] or '?'}): "
            f"{item['label']} {refs}{outlets}"
        )
    return lines or ["- (no dated items)"]
