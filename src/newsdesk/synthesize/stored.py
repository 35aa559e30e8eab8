"""The briefing of stored articles: what `newsdesk brief` writes and `newsdesk serve` shows.

Reading the store and building the briefing are apart so that a caller can let go of the store
(or its cursor) before the slow part: linking and the comparison of a large story take
seconds, reading takes milliseconds.  Nothing is parsed here: claims and stances are records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdesk.model import Article, Extraction, iso_day
from newsdesk.store import Store, StoryInfo, ThreadInfo
from newsdesk.synthesize.briefing_types import Briefing, ThreadView


@dataclass
class StoredStory:
    """A story's originals with their extractions, and the copies of each original."""

    label: str | None
    extractions: list[Extraction]
    copies: dict[str, list[Article]] = field(default_factory=dict)
    thread: ThreadView | None = None  # the story's thread: its stories by date


def load(store: Store, story: StoryInfo | None) -> StoredStory:
    """One story's stored results, or every article's when ``story`` is None."""
    ident = story.id if story else None
    return StoredStory(
        story.label if story else None,
        store.extractions(ident),
        store.copies(ident),
        thread_view(store.thread_of(story), story.id) if story else None,
    )


def load_thread(store: Store, thread: ThreadInfo) -> StoredStory:
    """A whole thread's stored results: every story of the development, read as one story
    (a column and a news analysis two days apart are two stories of one thread)."""
    extractions: list[Extraction] = []
    copies: dict[str, list[Article]] = {}
    for story in thread.stories:
        extractions.extend(store.extractions(story.id))
        copies.update(store.copies(story.id))
    return StoredStory(thread.label, extractions, copies, thread_view(thread, ""))


def thread_view(thread: ThreadInfo, current: str) -> ThreadView:
    """The thread view: each story of the development by date, the briefed one marked."""
    return {
        "id": thread.id,
        "label": thread.label,
        "stories": [
            {
                "id": s.id,
                "label": s.label,
                "first": iso_day(s.dates[0]),
                "last": iso_day(s.dates[1]),
                "articles": len(s.originals),
                "outlets": s.outlets,
                "current": s.id == current,
            }
            for s in thread.stories
        ],
    }


def briefing(stored: StoredStory, words: int = 120) -> Briefing:
    """The briefing structure, with each source's copies listed under it (never as sources)."""
    from newsdesk.link.actors import link
    from newsdesk.synthesize.briefing import build

    roster = link(stored.extractions)
    brief = build(stored.extractions, roster, stored.label, words, stored.copies)
    if stored.thread is not None:
        brief["thread"] = stored.thread
    return brief
