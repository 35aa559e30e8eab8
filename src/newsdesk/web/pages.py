"""The app's own small pages: the index (stories, search, upload form) and upload results.

The story page itself is the briefing page of ``render/html.py``, the same file
``brief --format html`` writes.
"""

from __future__ import annotations

from html import escape

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from newsdesk.ingest.text import size_text
from newsdesk.model import GENRES
from newsdesk.store import StoryInfo
from newsdesk.web import guard
from newsdesk.web.deps import DB, MaxUpload, PathStory, ReadStore, briefing_of

router = APIRouter(default_response_class=HTMLResponse)


@router.get("/", summary="Stories, search and the upload form")
def index_page(request: Request, store: ReadStore, limit: MaxUpload) -> HTMLResponse:
    """The index; its upload form carries the token of the browser's session (``guard.py``)."""
    sessions: guard.Sessions = request.app.state.sessions
    session, new = sessions.session_of(request)
    page = HTMLResponse(index(store.stories(), limit, sessions.token(session)))
    if new:
        sessions.remember(page, session)
    return page


@router.get("/stories/{story}", summary="The briefing page (404 in JSON for no such story)")
def story_page(story: PathStory, db: DB) -> str:
    from newsdesk.render import html

    return html.render(briefing_of(db, story), story_links=True)


_STYLE = """
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:1.5rem auto;padding:0 1rem;
color:#1d232b}h1{font-size:22px}h2{font-size:16px;margin-top:1.6rem}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #d9dee4;padding:4px 6px;
text-align:left}form.upload{display:grid;grid-template-columns:9rem 1fr;gap:6px 10px}
textarea{width:100%;height:8rem}.err{color:#8c1d17}
"""


def _page(title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}'
        f"</title><style>{_STYLE}</style></head><body>{body}</body></html>\n"
    )


def index(stories: list[StoryInfo], max_upload: int, token: str) -> str:
    rows = []
    for story in stories:
        first, last = story.dates
        when = "undated" if first is None else f"{first} – {last}" if first != last else str(first)
        rows.append(
            f'<tr><td><a href="/stories/{escape(story.id)}">{escape(story.label)}</a></td>'
            f"<td>{len(story.originals)}</td><td>{len(story.copies)}</td><td>{escape(when)}</td>"
            f"<td>{escape(', '.join(story.outlets))}</td></tr>"
        )
    table = (
        "<table><tr><th>Story</th><th>Articles</th><th>Copies</th><th>Dates</th>"
        "<th>Outlets</th></tr>" + "".join(rows) + "</table>"
        if rows
        else "<p>No article stored yet: add one below.</p>"
    )
    genres = "".join(f"<option>{g}</option>" for g in GENRES if g != "unknown") + "\n"
    body = f"""<h1>newsdesk</h1>
<h2>Stories</h2>{table}
<h2>Search articles and quotes</h2>
<form action="/api/search" method="get"><input name="q" required maxlength="200" size="40">
<button>Search</button> <small>(answers JSON)</small></form>
<h2>Add an article</h2>
<form class="upload" action="/articles" method="post" enctype="multipart/form-data">
<input type="hidden" name="{guard.TOKEN_FIELD}" value="{escape(token)}">
<label for="file">File</label><input id="file" type="file" name="file"
 accept=".txt,.text,.html,.htm,.json,.jsonl,.ndjson">
<label for="text">or paste text</label><textarea id="text" name="text"></textarea>
<label for="outlet">Outlet</label><input id="outlet" name="outlet">
<label for="published">Published</label><input id="published" name="published" type="date">
<label for="genre">Genre</label><select id="genre" name="genre"><option value="">(infer)</option>
{genres}</select>
<label for="story">Story label</label><input id="story" name="story"
 placeholder="leave empty to let newsdesk place it">
<span></span><button>Add</button></form>
<p><small>Up to {size_text(max_upload)}; API: <a href="/docs">/docs</a>,
<a href="/openapi.json">/openapi.json</a>.</small></p>"""
    return _page("newsdesk", body)


def upload_failed(status: int, reasons: list[str]) -> str:
    items = "".join(f'<li class="err">{escape(r)}</li>' for r in reasons)
    return _page(
        "Upload refused",
        f"<h1>Upload refused ({status})</h1><ul>{items}</ul><p><a href='/'>Back</a></p>",
    )
