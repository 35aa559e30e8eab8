"""The briefing as Markdown: readable in a terminal, a diff, or a notebook."""

from __future__ import annotations

from typing import Any


def source_numbers(brief: dict[str, Any]) -> dict[str, int]:
    """Articles numbered in briefing order, so that citations read as [1], [2]."""
    return {a["id"]: n for n, a in enumerate(brief["articles"], start=1)}


def cite(numbers: dict[str, int], citation: dict[str, Any]) -> str:
    return f"[{numbers[citation['article']]}:{citation['start']}–{citation['end']}]"


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def coverage_line(brief: dict[str, Any]) -> str:
    return (
        f"{plural(len(brief['articles']), 'article')} from "
        f"{plural(len(brief['outlets']), 'outlet')}"
    )


def carried_by(copies: list[dict[str, Any]]) -> str:
    """Copies of a source (syndication, re-posts): its reach, not extra sources."""
    return "; ".join(
        f"{c.get('outlet') or 'unknown outlet'} "
        f"({c.get('published') or 'undated'}, {c.get('path')})"
        for c in copies
    )


def place_label(place: dict[str, Any]) -> str:
    return f"{place['name']} ({place['country']})" if place["country"] else place["name"]


def quote_text(quote: dict[str, Any]) -> str:
    """Direct quotes in quotation marks; reported speech marked as such, in its own words."""
    text = quote["text"]
    if quote["kind"] == "direct":
        return f"“{text.rstrip(' ,')}”"
    return f"*{quote['kind']}*: {text}"


def render(brief: dict[str, Any]) -> str:
    numbers = source_numbers(brief)
    out: list[str] = []
    title = f"Briefing: {brief['story']}" if brief.get("story") else "Briefing"
    out.append(f"# {title}\n")
    dates = brief["dates"]
    span = f"{dates['first']} to {dates['last']}" if dates["first"] else "dates unknown"
    out.append(f"{coverage_line(brief)}, {span}.\n")
    out.append("## Sources\n")
    for art in brief["articles"]:
        label = " (opinion)" if art["genre"] == "opinion" else ""
        out.append(
            f"{numbers[art['id']]}. **{art['outlet'] or 'unknown outlet'}**{label}, "
            f"{art['published'] or 'undated'}: {art['title'] or '(untitled)'} — `{art['path']}`"
        )
        if art.get("copies"):
            out.append(f"   - also carried by: {carried_by(art['copies'])}")
    out.append("")
    if brief["flags"]:
        out.append("## Not parsed\n")
        out.extend(f"- `{f['path']}`: {f['flag']}" for f in brief["flags"])
        out.append("")
    out.append("## Summary\n")
    for sentence in brief["summary"]:
        refs = " ".join(cite(numbers, c) for c in sentence["citations"])
        out.append(f"- {sentence['text']} {refs}")
    out.append("")
    out.append("## Actors\n")
    out.append("| Actor | Kind | Titles | Country | Sector | Articles | Mentions |")
    out.append("|---|---|---|---|---|---|---|")
    for actor in brief["actors"]:
        if actor["kind"] == "location":
            continue
        titles = "; ".join(actor["titles"][:3]).replace("|", "/")
        out.append(
            f"| {actor['name']} | {actor['kind']} | {titles} | {actor['country'] or ''} | "
            f"{actor['sector'] or ''} | {actor['articles']} | {actor['mentions']} |"
        )
    places = [a for a in brief["actors"] if a["kind"] == "location"]
    if places:
        out.append("")
        out.append("Places: " + ", ".join(place_label(p) for p in places) + ".")
    out.append("")
    out.append("## Who said what\n")
    for group in brief["quotes"]:
        out.append(f"### {group['speaker']}\n")
        for q in group["quotes"]:
            where = f"{q['outlet'] or 'unknown outlet'}, {q['published'] or 'undated'}"
            how = f" ({q['channel']})" if q["channel"] else ""
            ref = cite(
                numbers,
                {"article": q["article"], "start": q["content"][0][0], "end": q["content"][-1][1]},
            )
            out.append(f"- {quote_text(q)}{how} — {where} {ref}")
        out.append("")
    if brief.get("attributions"):
        out.append("### Beliefs, intentions and other attributions\n")
        for group in brief["attributions"]:
            for q in group["quotes"]:
                ref = cite(
                    numbers,
                    {
                        "article": q["article"],
                        "start": q["content"][0][0],
                        "end": q["content"][-1][1],
                    },
                )
                out.append(f"- **{group['speaker']}** {q['cue'] or ''}: {q['text']} {ref}")
        out.append("")
    current = [i for i in brief["timeline"] if not i["historical"]]
    history = [i for i in brief["timeline"] if i["historical"]]
    out.append("## Timeline\n")
    out.extend(_timeline_lines(current, numbers))
    if history:
        out.append("\n### Precedents\n")
        out.extend(_timeline_lines(history, numbers))
    out.append("")
    if "comparison" in brief:
        out.extend(_comparison_lines(brief["comparison"], numbers))
    if "positions" in brief:
        out.extend(_position_lines(brief["positions"], numbers))
    return "\n".join(out)


def shared_facts(comparison: dict[str, Any]) -> list[dict[str, Any]]:
    """Facts more than one column carries: the rows of the coverage table."""
    return [f for f in comparison["facts"] if len(f["columns"]) > 1]


def fact_refs(numbers: dict[str, int], fact: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for col in sorted(fact["columns"]) for c in fact["columns"][col]]


def _comparison_lines(comparison: dict[str, Any], numbers: dict[str, int]) -> list[str]:
    out = ["## Outlet comparison\n"]
    columns = comparison["columns"]
    facts = {f["id"]: f for f in comparison["facts"]}
    shared = shared_facts(comparison)
    heads = [c["id"] for c in columns]
    out.append("| Fact | " + " | ".join(h.replace("|", "/") for h in heads) + " |")
    out.append("|---|" + "---|" * len(heads))
    for fact in shared:
        marks = [("✓ " + " ".join(cite(numbers, c) for c in fact["columns"][h]))
                 if h in fact["columns"] else "" for h in heads]  # fmt: skip
        out.append(f"| {fact['label'].replace('|', '/')} | " + " | ".join(marks) + " |")
    if not shared:
        out.append("| (no fact carried by more than one outlet) |" + " |" * len(heads))
    out.append("")
    for entry in comparison["only"]:
        if not entry["facts"]:
            continue
        title = "Argued only in opinion" if entry["opinion"] else "Reported only by"
        out.append(f"### {title}: {entry['column']}\n")
        for ident in entry["facts"]:
            fact = facts[ident]
            refs = " ".join(cite(numbers, c) for c in fact_refs(numbers, fact))
            out.append(f"- {fact['label']} {refs}")
        out.append("")
    out.append("### Disagreements\n")
    for item in comparison["disagreements"]:
        sides = "; ".join(
            f"{c['column']}: {', '.join(c['values'])} {cite(numbers, c)}" for c in item["claims"]
        )
        out.append(f"- {item['kind']} ({item['about']}): {sides}")
    if not comparison["disagreements"]:
        out.append("- (none found)")
    out.append("")
    return out


def position_line(position: dict[str, Any]) -> str:
    """'2019-08-26 — conditional (teased): "…" — if it would benefit Iranians'."""
    when = position["date"] or "undated"
    when += " (approx.)" if position["approximate"] else ""
    conditions = "; ".join(c["text"] for c in position["conditions"])
    tail = f" — condition: {conditions}" if conditions else ""
    label = " [opinion]" if position["genre"] == "opinion" else ""
    stance = f"**{position['polarity']}** ({position['word']})"
    return f"{when} — {stance}{tail}: {position['text']}{label}"


def _position_lines(actors: list[dict[str, Any]], numbers: dict[str, int]) -> list[str]:
    out = ["## Positions\n"]
    if not actors:
        out.append("- (no stated positions found)\n")
    for actor in actors:
        out.append(f"### {actor['name']}\n")
        for issue in actor["issues"]:
            out.append(f"**{issue['label']}**\n")
            for p in issue["positions"]:
                out.append(f"- {position_line(p)} {cite(numbers, p['citation'])}")
            for shift in issue["shifts"]:
                a, b = shift["from"], shift["to"]
                out.append(
                    f"- shift: {a['polarity']} ({a['word']}, {a['date']}) → "
                    f"{b['polarity']} ({b['word']}, {b['date']}) "
                    f"{cite(numbers, a)} {cite(numbers, b)}"
                )
            out.append("")
    return out


def _timeline_lines(items: list[dict[str, Any]], numbers: dict[str, int]) -> list[str]:
    lines = []
    for item in items:
        approx = " (approx.)" if item["approximate"] else ""
        refs = " ".join(cite(numbers, c) for c in item["citations"])
        lines.append(
            f"- **{item['value']}**{approx} ({item['granularity'] or '?'}): {item['label']} {refs}"
        )
    return lines or ["- (no dated items)"]
