"""The briefing as one self-contained HTML page: no scripts, no external assets, all escaped.

Citations link to the article's source list entry and show the character span, so a reader can
find the sentence in the original text.
"""

from __future__ import annotations

from html import escape
from typing import Any

from newsdesk.render.markdown import (
    carried_by,
    cite,
    coverage_line,
    fact_refs,
    place_label,
    position_line,
    shared_facts,
    source_numbers,
)

_CSS = """
body{font:16px/1.5 Georgia,serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif}h2{border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%;font-size:14px}td,th{border:1px solid #ddd;padding:4px}
th{background:#f4f4f4;text-align:left}.cite{color:#666;font-size:12px;text-decoration:none}
.opinion{background:#fff3cd;padding:0 4px;border-radius:3px;font-size:12px}
.kind{color:#666;font-style:italic}.approx{color:#a60}
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def _cite(numbers: dict[str, int], citation: dict[str, Any]) -> str:
    n = numbers[citation["article"]]
    return f'<a class="cite" href="#src-{n}">{_e(cite(numbers, citation))}</a>'


def render(brief: dict[str, Any]) -> str:
    numbers = source_numbers(brief)
    parts: list[str] = []
    title = f"Briefing: {brief['story']}" if brief.get("story") else "Briefing"
    parts.append(
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>"
    )
    parts.append(f"<h1>{_e(title)}</h1>")
    dates = brief["dates"]
    span = f"{dates['first']} to {dates['last']}" if dates["first"] else "dates unknown"
    parts.append(f"<p>{_e(coverage_line(brief))}, {_e(span)}.</p><h2>Sources</h2><ol>")
    for art in brief["articles"]:
        badge = ' <span class="opinion">opinion</span>' if art["genre"] == "opinion" else ""
        parts.append(
            f'<li id="src-{numbers[art["id"]]}"><b>{_e(art["outlet"] or "unknown outlet")}'
            f"</b>{badge}, {_e(art['published'] or 'undated')}: "
            f"{_e(art['title'] or '(untitled)')} <code>{_e(art['path'])}</code>"
            + (
                f"<br><small>also carried by: {_e(carried_by(art['copies']))}</small>"
                if art.get("copies")
                else ""
            )
            + "</li>"
        )
    parts.append("</ol>")
    if brief["flags"]:
        parts.append("<h2>Not parsed</h2><ul>")
        parts.extend(
            f"<li><code>{_e(f['path'])}</code>: {_e(f['flag'])}</li>" for f in brief["flags"]
        )
        parts.append("</ul>")
    parts.append("<h2>Summary</h2><ul>")
    for sentence in brief["summary"]:
        refs = " ".join(_cite(numbers, c) for c in sentence["citations"])
        parts.append(f"<li>{_e(sentence['text'])} {refs}</li>")
    parts.append(
        "</ul><h2>Actors</h2><table><tr><th>Actor</th><th>Kind</th><th>Titles</th>"
        "<th>Country</th><th>Sector</th><th>Articles</th><th>Mentions</th></tr>"
    )
    for a in brief["actors"]:
        if a["kind"] == "location":
            continue
        parts.append(
            f"<tr><td>{_e(a['name'])}</td><td>{_e(a['kind'])}</td>"
            f"<td>{_e('; '.join(a['titles'][:3]))}</td><td>{_e(a['country'])}</td>"
            f"<td>{_e(a['sector'])}</td><td>{a['articles']}</td><td>{a['mentions']}</td></tr>"
        )
    parts.append("</table>")
    places = [a for a in brief["actors"] if a["kind"] == "location"]
    if places:
        parts.append(f"<p>Places: {_e(', '.join(place_label(p) for p in places))}.</p>")
    parts.append("<h2>Who said what</h2>")
    for group in brief["quotes"]:
        parts.append(f"<h3>{_e(group['speaker'])}</h3><ul>")
        for q in group["quotes"]:
            ref = _cite(
                numbers,
                {"article": q["article"], "start": q["content"][0][0], "end": q["content"][-1][1]},
            )
            how = f" ({_e(q['channel'])})" if q["channel"] else ""
            where = f"{_e(q['outlet'] or 'unknown outlet')}, {_e(q['published'] or 'undated')}"
            text = _e(q["text"].rstrip(" ,") if q["kind"] == "direct" else q["text"])
            body = (
                f"“{text}”"
                if q["kind"] == "direct"
                else (f'<span class="kind">{_e(q["kind"])}:</span> {text}')
            )
            parts.append(f"<li>{body}{how} — {where} {ref}</li>")
        parts.append("</ul>")
    if brief.get("attributions"):
        parts.append("<h3>Beliefs, intentions and other attributions</h3><ul>")
        for group in brief["attributions"]:
            for q in group["quotes"]:
                ref = _cite(
                    numbers,
                    {
                        "article": q["article"],
                        "start": q["content"][0][0],
                        "end": q["content"][-1][1],
                    },
                )
                parts.append(
                    f"<li><b>{_e(group['speaker'])}</b> {_e(q['cue'] or '')}: "
                    f"{_e(q['text'])} {ref}</li>"
                )
        parts.append("</ul>")
    parts.append("<h2>Timeline</h2>")
    parts.append(_timeline([i for i in brief["timeline"] if not i["historical"]], numbers))
    history = [i for i in brief["timeline"] if i["historical"]]
    if history:
        parts.append("<h3>Precedents</h3>")
        parts.append(_timeline(history, numbers))
    if "comparison" in brief:
        parts.append(_comparison(brief["comparison"], numbers))
    if "positions" in brief:
        parts.append(_positions(brief["positions"], numbers))
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _timeline(items: list[dict[str, Any]], numbers: dict[str, int]) -> str:
    if not items:
        return "<p>No dated items.</p>"
    rows = []
    for item in items:
        approx = ' <span class="approx">(approx.)</span>' if item["approximate"] else ""
        refs = " ".join(_cite(numbers, c) for c in item["citations"])
        rows.append(
            f'<li><b>{_e(item["value"])}</b>{approx} <span class="kind">'
            f"{_e(item['granularity'] or '?')}</span>: {_e(item['label'])} {refs}</li>"
        )
    return "<ul>" + "".join(rows) + "</ul>"


def _comparison(comparison: dict[str, Any], numbers: dict[str, int]) -> str:
    """Coverage table with opinion columns shaded apart, then single-outlet facts and conflicts."""
    columns = comparison["columns"]
    facts = {f["id"]: f for f in comparison["facts"]}
    parts = ["<h2>Outlet comparison</h2><table><tr><th>Fact</th>"]
    for col in columns:
        badge = ' <span class="opinion">opinion</span>' if col["opinion"] else ""
        parts.append(f"<th>{_e(col['outlet'] or col['id'])}{badge}</th>")
    parts.append("</tr>")
    for fact in shared_facts(comparison):
        parts.append(f"<tr><td>{_e(fact['label'])}</td>")
        for col in columns:
            cites = fact["columns"].get(col["id"], [])
            mark = "✓ " + " ".join(_cite(numbers, c) for c in cites) if cites else ""
            parts.append(f"<td>{mark}</td>")
        parts.append("</tr>")
    parts.append("</table>")
    for entry in comparison["only"]:
        if not entry["facts"]:
            continue
        title = "Argued only in opinion" if entry["opinion"] else "Reported only by"
        parts.append(f"<h3>{title}: {_e(entry['column'])}</h3><ul>")
        for ident in entry["facts"]:
            fact = facts[ident]
            refs = " ".join(_cite(numbers, c) for c in fact_refs(numbers, fact))
            parts.append(f"<li>{_e(fact['label'])} {refs}</li>")
        parts.append("</ul>")
    parts.append("<h3>Disagreements</h3><ul>")
    for item in comparison["disagreements"]:
        sides = "; ".join(
            f"{_e(c['column'])}: {_e(', '.join(c['values']))} {_cite(numbers, c)}"
            for c in item["claims"]
        )
        parts.append(f"<li>{_e(item['kind'])} ({_e(item['about'])}): {sides}</li>")
    if not comparison["disagreements"]:
        parts.append("<li>(none found)</li>")
    parts.append("</ul>")
    return "".join(parts)


def _positions(actors: list[dict[str, Any]], numbers: dict[str, int]) -> str:
    parts = ["<h2>Positions</h2>"]
    if not actors:
        parts.append("<p>No stated positions found.</p>")
    for actor in actors:
        parts.append(f"<h3>{_e(actor['name'])}</h3>")
        for issue in actor["issues"]:
            parts.append(f"<p><b>{_e(issue['label'])}</b></p><ul>")
            for p in issue["positions"]:
                line = position_line(p).replace("**", "")
                parts.append(f"<li>{_e(line)} {_cite(numbers, p['citation'])}</li>")
            for shift in issue["shifts"]:
                a, b = shift["from"], shift["to"]
                parts.append(
                    f"<li><b>shift</b>: {_e(a['polarity'])} ({_e(a['word'])}, {_e(a['date'])}) → "
                    f"{_e(b['polarity'])} ({_e(b['word'])}, {_e(b['date'])}) "
                    f"{_cite(numbers, a)} {_cite(numbers, b)}</li>"
                )
            parts.append("</ul>")
    return "".join(parts)
