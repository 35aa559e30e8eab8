"""The briefing of stored articles: what `newsdesk brief` writes and `newsdesk serve` shows.

Reading the store and building the briefing are apart so that a caller can let go of the store
(or its cursor) before the slow part: linking and the comparison parse take seconds, reading
takes milliseconds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdesk.model import Article, Extraction
from newsdesk.store import Store, StoryInfo
from newsdesk.synthesize.briefing_types import Briefing


@dataclass
class StoredStory:
    """A story's originals with their extractions, and the copies of each original."""

    label: str | None
    extractions: list[Extraction]
    copies: dict[str, list[Article]] = field(default_factory=dict)


def load(store: Store, story: StoryInfo | None) -> StoredStory:
    """One story's stored results, or every article's when ``story`` is None."""
    ident = story.id if story else None
    return StoredStory(
        story.label if story else None, store.extractions(ident), store.copies(ident)
    )


def briefing(stored: StoredStory, words: int = 120) -> Briefing:
    """The briefing structure, with each source's copies listed under it (never as sources)."""
    from newsdesk.link.actors import link
    from newsdesk.synthesize.briefing import build

    roster = link(stored.extractions)
    return build(stored.extractions, roster, stored.label, words, stored.copies)
