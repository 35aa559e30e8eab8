"""The briefing as one self-contained HTML page: CSS, script and data inline, nothing fetched.

Everything a reader needs is written as plain HTML first (summary, actors, who said what,
timeline, comparison, positions, sources), so the page reads without its script.  The script
(``briefing.js``) then reads the same briefing, embedded as JSON, to add what static HTML
cannot: the cited passage on hover or click of any citation, a time strip and actor filter for
the timeline, the actor network and the positions chart.  Every citation carries its article id
and character offsets as data attributes; the article texts travel in the embedded JSON.

The page must open from a file:// URL with the network off, so nothing may point outside it.
"""

from __future__ import annotations

import json
from functools import cache
from html import escape
from importlib import resources

from newsdesk.render import common
from newsdesk.synthesize.briefing_types import (
    ActorPositions,
    Briefing,
    Comparison,
    Reference,
    ThreadView,
    TimelineEntry,
)

ROSTER_PANEL = 12  # actors listed beside the network; the full roster is further down


@cache
def _asset(name: str) -> str:
    return resources.files("newsdesk.render").joinpath(name).read_text(encoding="utf-8")


def _e(value: object) -> str:
    return escape("" if value is None else str(value))


def embedded_json(brief: Briefing) -> str:
    """The briefing as JSON that cannot end its <script> element early: every < is escaped."""
    text = json.dumps(brief, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _cite(numbers: dict[str, int], citation: Reference) -> str:
    """A citation chip: the source number, with the span the script turns into a passage."""
    n = numbers[citation["article"]]
    start, end = citation["start"], citation["end"]
    return (
        f'<a class="cite" href="#src-{n}" data-article="{_e(citation["article"])}" '
        f'data-start="{start}" data-end="{end}" '
        f'title="source {n}, characters {start}–{end}">[{n}]</a>'
    )


def render(brief: Briefing, story_links: bool = False) -> str:
    """The page; ``story_links`` links the thread's other stories (pages of ``newsdesk serve``)."""
    numbers = common.source_numbers(brief)
    heading = common.title(brief)
    thread = common.thread(brief)
    parts = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # No network: forbid every fetch the page might be tricked into making.
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">",
        f"<title>{_e(heading)}</title><style>{_asset('briefing.css')}</style></head><body>",
        f'<header class="top"><h1>{_e(heading)}</h1><p class="meta">'
        f"{_e(common.coverage_line(brief))}. "
        + ('<a href="#thread">Thread</a> · ' if thread else "")
        + '<a href="#sources">Sources</a> · <a href="#positions">Positions</a> · '
        '<a href="#comparison">Outlet comparison</a> · <a href="#roster">All actors</a>'
        "</p></header>",
        '<main class="dash">',
        _summary(brief, numbers),
        _actors_panel(brief),
        _timeline_panel(brief, numbers),
        _quotes_panel(brief, numbers),
        "</main>",
        _key_dates(brief, numbers),
        _positions(brief["positions"], numbers),
        _comparison(brief["comparison"], numbers),
    ]
    parts.append(_roster(brief))
    if thread:
        parts.append(_thread(thread, story_links))
    parts.append(_sources(brief, numbers))
    parts.append(
        '<aside id="passage" class="passage" role="dialog" aria-label="Cited passage" hidden>'
        '<button type="button" class="close" aria-label="Close">×</button>'
        '<div class="where"></div><div class="text"></div></aside>'
    )
    parts.append(
        f'<script type="application/json" id="briefing-data">{embedded_json(brief)}</script>'
    )
    parts.append(f"<script>{_asset('briefing.js')}</script>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _summary(brief: Briefing, numbers: dict[str, int]) -> str:
    parts = ['<section id="summary" class="panel"><h2>Summary</h2>']
    if not brief["summary"]:
        parts.append("<p>No summary: no body sentence to choose from.</p>")
    parts.append('<ul class="summary">')
    for sentence in brief["summary"]:
        refs = " ".join(_cite(numbers, c) for c in sentence["citations"])
        if sentence["historical"]:
            mark = f'<span class="muted">{common.PRECEDENT}:</span> '
            parts.append(f'<li class="historical">{mark}{_e(sentence["text"])} {refs}</li>')
        else:
            parts.append(f"<li>{_e(sentence['text'])} {refs}</li>")
    parts.append("</ul></section>")
    return "".join(parts)


def _actors_panel(brief: Briefing) -> str:
    """The network (drawn by the script) over the most mentioned actors."""
    top = sorted(common.people(brief), key=lambda a: (-a["mentions"], a["name"]))[:ROSTER_PANEL]
    network = brief["network"]
    parts = [
        '<section id="actors" class="panel"><h2>Actors</h2>',
        f'<div id="network" class="network" data-edges="{len(network["edges"])}">',
    ]
    if not network["edges"]:
        parts.append('<p class="muted">No event between two actors was coded.</p>')
    parts.append('</div><ul class="chips">')
    for a in top:
        where = " · ".join(x for x in (a["country"], a["sector"]) if x)
        titles = "; ".join(a["titles"][:2])
        parts.append(
            f'<li><button type="button" class="actor" data-actor="{_e(a["id"])}" '
            f'title="{_e(titles)}">{_e(a["name"])}'
            f' <span class="muted">{_e(a["kind"])}{" · " + _e(where) if where else ""}'
            f" · {a['mentions']}×</span></button></li>"
        )
    parts.append("</ul></section>")
    return "".join(parts)


def _timeline_panel(brief: Briefing, numbers: dict[str, int]) -> str:
    items = brief["timeline"]
    current = [(n, i) for n, i in enumerate(items) if not i["historical"]]
    history = [(n, i) for n, i in enumerate(items) if i["historical"]]
    parts = [
        '<section id="timeline" class="panel"><h2>Timeline</h2>',
        '<div class="controls" hidden><label>Actor <select id="tl-actor">'
        '<option value="">everyone</option></select></label> '
        '<label><input type="checkbox" class="tl-kind" value="event" checked> events</label> '
        '<label><input type="checkbox" class="tl-kind" value="statement" checked> '
        "statements</label> "
        '<label><input type="checkbox" class="tl-kind" value="dated" checked> '
        "other dated</label></div>",
        '<div id="tl-strip" class="strip"></div>',
        _timeline_list(current, numbers),
    ]
    if history:
        parts.append("<h3>Precedents</h3>")
        parts.append(_timeline_list(history, numbers))
    parts.append("</section>")
    return "".join(parts)


def _timeline_list(items: list[tuple[int, TimelineEntry]], numbers: dict[str, int]) -> str:
    if not items:
        return "<p>No dated items.</p>"
    rows = []
    for n, item in items:
        refs = " ".join(_cite(numbers, c) for c in item["citations"])
        outlets = common.timeline_outlets(item)
        outlets = f' <span class="outlets">{_e(outlets)}</span>' if outlets else ""
        rows.append(
            f'<li class="tl-item k-{_e(item["kind"])}" data-index="{n}" '
            f'data-kind="{_e(item["kind"])}" data-actors="{_e(" ".join(item["actors"]))}">'
            f'<span class="when">{_e(common.timeline_when(item))}</span> '
            f'<span class="gran">{_e(item["granularity"] or "?")}</span> '
            f'<span class="kind">{_e(item["kind"])}</span> {_e(item["label"])} {refs}'
            f"{outlets}</li>"
        )
    return '<ol class="tl-list">' + "".join(rows) + "</ol>"


def _key_dates(brief: Briefing, numbers: dict[str, int]) -> str:
    """The days that matter most, each with the cited sentences on what happened."""
    found = brief["key_dates"]
    parts = ['<section id="key-dates" class="panel"><h2>Key dates</h2>']
    for heading, entries in (
        (None, found["dates"]),
        ("Precedents", found["precedents"]),
        ("Expected", found["expected"]),
    ):
        if heading and entries:
            parts.append(f"<h3>{heading}</h3>")
        if entries:
            parts.append('<ol class="key-dates">')
        for entry in entries:
            reach = common.key_date_reach(entry)
            parts.append(
                f'<li><span class="when">{_e(entry["date"])}</span> '
                f'<span class="muted">{_e(reach)}</span><ul>'
            )
            for s in entry["sentences"]:
                parts.append(f"<li>{_e(s['text'])} {_cite(numbers, s)}</li>")
            parts.append("</ul></li>")
        if entries:
            parts.append("</ol>")
    if not found["dates"]:
        parts.append("<p>No dated day to choose from.</p>")
    parts.append("</section>")
    return "".join(parts)


def _quotes_panel(brief: Briefing, numbers: dict[str, int]) -> str:
    parts = ['<section id="quotes" class="panel"><h2>Who said what</h2>']
    if not brief["quotes"]:
        parts.append("<p>No attributed statement found.</p>")
    for group in brief["quotes"]:
        count = len(group["quotes"])
        parts.append(
            f'<h3>{_e(group["speaker"])} <span class="muted">{count} '
            f'{"quote" if count == 1 else "quotes"}</span></h3><ul class="quotes">'
        )
        for q in group["quotes"]:
            how, where = _e(common.channel_note(q)), _e(common.reported_in(q))
            text = _e(common.quote_words(q))
            body = (
                f"“{text}”"
                if q["kind"] == "direct"
                else f'<span class="kind">{_e(q["kind"])}:</span> {text}'
            )
            ref = _cite(numbers, common.quote_reference(q))
            parts.append(f'<li>{body}{how} <span class="muted">— {where}</span> {ref}</li>')
        parts.append("</ul>")
    attributed = common.attributed(brief)
    if attributed:
        parts.append("<h3>Beliefs, intentions and other attributions</h3><ul class=quotes>")
        for holder, q in attributed:
            ref = _cite(numbers, common.quote_reference(q))
            words = _e(common.quote_words(q))
            parts.append(f"<li><b>{_e(holder)}</b> {_e(q['cue'] or '')}: {words} {ref}</li>")
        parts.append("</ul>")
    parts.append("</section>")
    return "".join(parts)


def _roster(brief: Briefing) -> str:
    parts = [
        '<section id="roster" class="wide"><h2>All actors</h2><table><tr><th>Actor</th>'
        "<th>Kind</th><th>Titles</th><th>Country</th><th>Sector</th><th>Articles</th>"
        "<th>Mentions</th></tr>"
    ]
    for a in common.people(brief):
        parts.append(
            f"<tr><td>{_e(a['name'])}</td><td>{_e(a['kind'])}</td>"
            f"<td>{_e('; '.join(a['titles'][:3]))}</td><td>{_e(a['country'])}</td>"
            f"<td>{_e(a['sector'])}</td><td>{a['articles']}</td><td>{a['mentions']}</td></tr>"
        )
    parts.append("</table>")
    places = common.places_line(brief)
    if places:
        parts.append(f"<p>{_e(places)}</p>")
    parts.append("</section>")
    return "".join(parts)


def _thread(thread: ThreadView, links: bool) -> str:
    """The development this story belongs to: its stories by date, this one marked."""
    parts = [
        f'<section id="thread" class="wide"><h2>Thread: {_e(thread["label"])}</h2>'
        '<ol class="thread">'
    ]
    for story in thread["stories"]:
        label = _e(story["label"])
        if story["current"]:
            label = f"<b>{label}</b> (this story)"
        elif links:
            label = f'<a href="/stories/{_e(story["id"])}">{label}</a>'
        outlets = ", ".join(story["outlets"]) or "unknown outlets"
        parts.append(
            f"<li><time>{_e(common.story_when(story))}</time>: {label} "
            f"<small>{_e(common.plural(story['articles'], 'article'))}: {_e(outlets)}</small></li>"
        )
    parts.append("</ol></section>")
    return "".join(parts)


def _sources(brief: Briefing, numbers: dict[str, int]) -> str:
    parts = ['<section id="sources" class="wide"><h2>Sources</h2><ol>']
    for art in brief["articles"]:
        badge = ' <span class="opinion">opinion</span>' if art["genre"] == "opinion" else ""
        parts.append(
            f'<li id="src-{numbers[art["id"]]}"><b>{_e(art["outlet"] or "unknown outlet")}'
            f"</b>{badge}, {_e(art['published'] or 'undated')}: "
            f"{_e(art['title'] or '(untitled)')} <code>{_e(art['path'])}</code>"
            + (
                f"<br><small>also carried by: {_e(common.carried_by(art['copies']))}</small>"
                if art["copies"]
                else ""
            )
            + "</li>"
        )
    parts.append("</ol>")
    if brief["flags"]:
        parts.append("<h3>Not parsed</h3><ul>")
        parts.extend(
            f"<li><code>{_e(f['path'])}</code>: {_e(f['flag'])}</li>" for f in brief["flags"]
        )
        parts.append("</ul>")
    parts.append("</section>")
    return "".join(parts)


def _comparison(comparison: Comparison, numbers: dict[str, int]) -> str:
    """Coverage matrix with opinion columns shaded apart, then single-outlet facts and conflicts."""
    columns = comparison["columns"]
    parts = ['<section id="comparison" class="wide"><h2>Outlet comparison</h2>']
    note = common.one_outlet_note(comparison)
    if note is not None:
        parts.append(f"<p>{_e(note)}</p>")
        return "".join([*parts, *_newer_and_argued(comparison, numbers), "</section>"])
    parts.append('<table class="matrix"><tr><th>Fact reported by more than one outlet</th>')
    for col in columns:
        badge = ' <span class="opinion">opinion</span>' if col["opinion"] else ""
        parts.append(f"<th>{_e(col['outlet'] or col['id'])}{badge}</th>")
    parts.append("</tr>")
    shared = common.shared_facts(comparison)
    for fact in shared:
        copy = ' <span class="copy">same words</span>' if fact["same_words"] else ""
        parts.append(f"<tr><td>{_e(fact['label'])}{copy}</td>")
        for col in columns:
            cites = fact["columns"].get(col["id"], [])
            mark = "✓ " + " ".join(_cite(numbers, c) for c in cites) if cites else ""
            shade = ' class="op"' if col["opinion"] else ""
            parts.append(f"<td{shade}>{mark}</td>")
        parts.append("</tr>")
    if not shared:
        parts.append(
            f'<tr><td colspan="{len(columns) + 1}">No fact carried by more than one outlet.</td>'
            "</tr>"
        )
    parts.append("</table>")
    for heading, entry, facts in common.single_column_facts(comparison):
        parts.append(f"<details><summary>{heading}: {_e(entry['column'])} "
                     f"({len(facts)})</summary><ul>")  # fmt: skip
        for fact in facts:
            refs = " ".join(_cite(numbers, c) for c in common.fact_citations(fact))
            parts.append(f"<li>{_e(fact['label'])} {refs}</li>")
        parts.append("</ul></details>")
    parts.append("<h3>Disagreements</h3><ul>")
    for item in comparison["disagreements"]:
        sides = "; ".join(
            f"{_e(c['column'])}: {_e(', '.join(c['values']))} {_cite(numbers, c)}"
            for c in item["claims"]
        )
        parts.append(f"<li>{_e(common.disagreement_line(item))}: {sides}</li>")
    if not comparison["disagreements"]:
        parts.append("<li>(none found)</li>")
    parts.append("</ul>")
    parts.extend(_newer_and_argued(comparison, numbers))
    parts.append("</section>")
    return "".join(parts)


def _newer_and_argued(comparison: Comparison, numbers: dict[str, int]) -> list[str]:
    """What each newer article changes, and each opinion column's argument."""
    parts: list[str] = []
    for update in comparison["updates"]:
        parts.append(f"<h3>Newer: {_e(common.update_heading(update))}</h3><ul>")
        for change in update["changes"]:
            refs = " ".join(_cite(numbers, c) for c in change["citations"])
            parts.append(f"<li><b>{_e(change['kind'])}</b>: {_e(change['text'])} {refs}</li>")
        parts.append("</ul>")
    for argument in comparison["arguments"]:
        if not argument["claims"]:
            continue
        parts.append(f"<h3>The argument of {_e(argument['column'])}</h3><ul>")
        for claim in argument["claims"]:
            parts.append(f"<li><i>{_e(claim['kind'])}</i>: {_e(claim['label'])} "
                         f"{_cite(numbers, claim['citation'])}</li>")  # fmt: skip
        parts.append("</ul>")
    return parts


def _positions(actors: list[ActorPositions], numbers: dict[str, int]) -> str:
    parts = [
        '<section id="positions" class="wide"><h2>Positions</h2>'
        '<p class="muted">Over time, per actor: one dot per stated position.</p>',
        '<div id="positions-chart" class="chart"></div>',
    ]
    if not actors:
        parts.append("<p>No stated positions found.</p>")
    for actor in actors:
        parts.append(f"<h3>{_e(actor['name'])}</h3>")
        for issue in actor["issues"]:
            parts.append(f"<p><b>{_e(issue['label'])}</b></p><ul>")
            for p in issue["positions"]:
                line = common.position_line(p)
                parts.append(
                    f'<li class="pol-{_e(p["polarity"])}">{_e(line)} '
                    + " ".join(_cite(numbers, c) for c in [p["citation"], *p["also"]])
                    + "</li>"
                )
            for shift in issue["shifts"]:
                parts.append(
                    f"<li><b>shift</b>: {_e(common.shift_line(shift))} "
                    f"{_cite(numbers, shift['from'])} {_cite(numbers, shift['to'])}</li>"
                )
            parts.append("</ul>")
    parts.append("</section>")
    return "".join(parts)
