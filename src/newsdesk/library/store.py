"""``newsdesk.open``: a store for Python users, answering in tables.

The store keeps each article's records with the article's own actor ids; a query reads the
story asked for (or the whole store), links actor ids across those articles as a briefing does,
and answers a ``Table`` of rows (``rows.py``).  Filters on outlet and publication dates choose
articles after linking, so an actor's id does not change with the filter; filters on an actor
or a type choose rows.  Writing goes through ``service.ingest_into``, the path of
``newsdesk ingest``: one transaction per article, stories formed as articles arrive.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from newsdesk.ingest.errors import InputError
from newsdesk.library import gdelt, rows
from newsdesk.library.extraction import (
    Errors,
    Source,
    on_error,
    read_sources,
    sources_of,
)
from newsdesk.library.rows import (
    ActorRow,
    ArticleRow,
    ClaimRow,
    EventRow,
    Linked,
    MentionRow,
    QuoteRow,
    StanceRow,
    StoryRow,
    TimeRow,
)
from newsdesk.library.table import Table
from newsdesk.model import Article, Extraction
from newsdesk.service import Watcher

if TYPE_CHECKING:
    from newsdesk.store import Store as Held
    from newsdesk.synthesize.briefing_types import Briefing

Names = str | Iterable[str] | None
Day = date | str | None
StoryKey = str | StoryRow | None
_Row = TypeVar("_Row", ActorRow, MentionRow, QuoteRow, ClaimRow, StanceRow)  # kept by actor, kind


@dataclass(frozen=True)
class Ingested:
    """What ``Store.ingest`` did: article ids stored and already held, inputs refused."""

    stored: tuple[str, ...]
    duplicates: tuple[str, ...]
    errors: tuple[InputError, ...]


class _Policy(Watcher):
    def __init__(self, failed: Callable[[InputError], None]) -> None:
        self.failed = failed

    def error(self, error: InputError) -> None:
        self.failed(error)


def _names(value: Names) -> set[str] | None:
    if value is None:
        return None
    return {value.casefold()} if isinstance(value, str) else {v.casefold() for v in value}


def _day(value: Day, name: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name} {value!r} is not a date (YYYY-MM-DD)") from None


@dataclass(frozen=True)
class _Scope:
    """Which articles count: outlet and publication days (an undated article is left out by
    a date bound)."""

    outlets: set[str] | None
    since: date | None
    until: date | None

    def keeps(self, article: Article) -> bool:
        if self.outlets is not None and (article.outlet or "").casefold() not in self.outlets:
            return False
        day = article.published
        if self.since is not None and (day is None or day < self.since):
            return False
        return not (self.until is not None and (day is None or day > self.until))


class Store:
    """A newsdesk store (a DuckDB file), read and written from Python.

    Open one with ``newsdesk.open(path)``; close it (or use ``with``) so that other processes
    can open the file: DuckDB lets one process hold it at a time.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        from newsdesk.store import Store as Held

        self._held = Held(Path(path) if path is not None else None)
        self.path: Path = self._held.path

    @classmethod
    def over(cls, held: Held) -> Store:
        """This API over a store the caller opened (the CLI, which reports its errors)."""
        store = cls.__new__(cls)
        store._held, store.path = held, held.path
        return store

    def close(self) -> None:
        self._held.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<newsdesk.Store {self.path}>"

    # ------------------------------------------------------------ writing

    def ingest(
        self,
        sources: Source | Iterable[Source],
        *,
        meta: str | os.PathLike[str] | None = None,
        published: Day = None,
        outlet: str | None = None,
        genre: str | None = None,
        story: str | None = None,
        processes: int | None = None,
        errors: Errors = "raise",
    ) -> Ingested:
        """Read, extract and store articles, as ``newsdesk ingest`` does.

        Sources and metadata as for ``newsdesk.extract_many``; ``story`` files the articles
        under that label instead of letting them find their story.  Each article is stored in
        one transaction (a text already held is skipped), so with ``errors="raise"`` the
        articles before the bad input stay stored.
        """
        from newsdesk.service import ingest_into

        items = read_sources(
            sources_of(sources), meta=meta, published=published, outlet=outlet, genre=genre
        )
        outcome = ingest_into(self._held, items, story, processes, _Policy(on_error(errors)))
        return Ingested(
            tuple(ex.article.id for ex in outcome.stored),
            tuple(outcome.duplicates),
            tuple(outcome.errors),
        )

    # ------------------------------------------------------------ stories and briefings

    def stories(self) -> Table[StoryRow]:
        """Every story, in the order they started."""
        return Table("stories", StoryRow, rows.story_rows(self._held.stories()))

    def story(self, key: str | StoryRow) -> StoryRow:
        """A story by id or label; ``ValueError`` if none has it."""
        ident = self._story_id(key)
        return next(s for s in self.stories() if s.id == ident)

    def briefing(self, story: StoryKey = None, *, words: int = 120) -> Briefing:
        """The briefing of a story as ``newsdesk brief --format json`` gives it (a dict): by
        default the only story, or every article when the store holds several."""
        from newsdesk.synthesize import stored

        held = self._held.stories()
        ident = self._story_id(story)
        chosen = next((s for s in held if s.id == ident), None) if ident else None
        if story is None and len(held) == 1:
            chosen = held[0]
        found = stored.load(self._held, chosen)
        if not found.extractions:
            raise ValueError(f"{self.path}: no articles stored")
        return stored.briefing(found, words)

    # ------------------------------------------------------------ tables

    def articles(
        self,
        *,
        story: StoryKey = None,
        actor: Names = None,
        outlet: Names = None,
        since: Day = None,
        until: Day = None,
        copies: bool = False,
    ) -> Table[ArticleRow]:
        """Articles by publication day, with their text; copies only with ``copies=True``.

        ``actor`` keeps the articles that mention that actor (an id or a name)."""
        ident = self._story_id(story)
        extractions = self._held.extractions(ident)
        copy_of: dict[str, str] = {}
        if copies:
            for original, held in self._held.copies(ident).items():
                for art in held:
                    copy_of[art.id] = original
                    found = self._held.extraction(art.id)
                    if found is not None:
                        extractions.append(found)
        linked = Linked.of(extractions) if actor is not None else Linked(extractions)
        match = _matcher(linked, actor)
        scope = self._scope(outlet, since, until)
        kept = [
            ex
            for ex in extractions
            if scope.keeps(ex.article)
            and (match is None or any(m.actor and match(m.actor) for m in ex.mentions))
        ]
        kept.sort(key=_by_date)
        return Table("articles", ArticleRow, rows.article_rows(kept, copy_of))

    def actors(
        self,
        *,
        story: StoryKey = None,
        actor: Names = None,
        outlet: Names = None,
        since: Day = None,
        until: Day = None,
        kind: Names = None,
    ) -> Table[ActorRow]:
        """The actors of a story (or of the store), most mentioned first, with their titles.

        With ``outlet``, ``since`` or ``until``, the counts and titles are those of the chosen
        articles, and actors they do not mention are left out."""
        linked = self._scoped(story, outlet, since, until)
        found = _kept(rows.actor_rows(_counted(linked)), linked, actor, kind, lambda r: [r.id])
        return Table("actors", ActorRow, found)

    def mentions(
        self,
        *,
        story: StoryKey = None,
        actor: Names = None,
        outlet: Names = None,
        since: Day = None,
        until: Day = None,
        kind: Names = None,
    ) -> Table[MentionRow]:
        """Every place an article names or refers to an actor."""
        linked = self._scoped(story, outlet, since, until)
        found = _kept(rows.mention_rows(linked), linked, actor, kind, lambda r: [r.actor])
        return Table("mentions", MentionRow, found)

    def quotes(
        self,
        *,
        story: StoryKey = None,
        actor: Names = None,
        outlet: Names = None,
        since: Day = None,
        until: Day = None,
        kind: Names = None,
    ) -> Table[QuoteRow]:
        """Who said what: every quote and attribution, in article order.

        ``actor`` keeps the quotes whose speaker resolves to that actor; ``kind`` is
        ``direct``, ``indirect`` or ``mixed``."""
        linked = self._scoped(story, outlet, since, until)
        found = _kept(rows.quote_rows(linked), linked, actor, kind, _speaker)
        return Table("quotes", QuoteRow, found)

    def times(
        self,
        *,
        story: StoryKey = None,
        outlet: Names = None,
        since: Day = None,
        until: Day = None,
        kind: Names = None,
    ) -> Table[TimeRow]:
        """Every time expression with its resolved value."""
        linked = self._scoped(story, outlet, since, until)
        kinds = _names(kind)
        found = [r for r in rows.time_rows(linked) if kinds is None or r.kind in kinds]
        return Table("times", TimeRow, found)

    def events(
        self,
        *,
        story: StoryKey = None,
        actor: Names = None,
        outlet: Names = None,
        since: Day = None,
        until: Day = None,
        type: Names = None,
    ) -> Table[EventRow]:
        """PLOVER events, in article order.

        ``actor`` keeps the events it takes part in (as actor or recipient); ``type`` is a
        PLOVER type or several (``"PROTEST"``)."""
        linked = self._scoped(story, outlet, since, until)
        keep = _event_filter(linked, actor, type)
        return Table("events", EventRow, [r for r in rows.event_rows(linked) if keep(r)])

    def claims(
        self,
        *,
        story: StoryKey = None,
        actor: Names = None,
        outlet: Names = None,
        since: Day = None,
        until: Day = None,
        kind: Names = None,
    ) -> Table[ClaimRow]:
        """Claims, one proposition each, in article order (the comparison's units).

        ``actor`` keeps the claims that actor voices, is the subject of or names; ``kind`` is
        ``report``, ``evaluation`` or ``prescription``."""
        linked = self._scoped(story, outlet, since, until)
        found = _kept(rows.claim_rows(linked), linked, actor, kind, _claim_actors)
        return Table("claims", ClaimRow, found)

    def stances(
        self,
        *,
        story: StoryKey = None,
        actor: Names = None,
        outlet: Names = None,
        since: Day = None,
        until: Day = None,
        kind: Names = None,
    ) -> Table[StanceRow]:
        """Stances, in article order: who is for or against what, on which conditions.

        ``actor`` keeps the stances that actor holds; ``kind`` is a polarity, ``for``,
        ``against`` or ``conditional``."""
        linked = self._scoped(story, outlet, since, until)
        found = _kept(rows.stance_rows(linked), linked, actor, kind, _holder, _polarity)
        return Table("stances", StanceRow, found)

    def gdelt_events(
        self,
        *,
        story: StoryKey = None,
        actor: Names = None,
        outlet: Names = None,
        since: Day = None,
        until: Day = None,
        type: Names = None,
    ) -> Table[gdelt.GdeltRow]:
        """The same events in a layout like GDELT's event table (one row per event)."""
        linked = self._scoped(story, outlet, since, until)
        keep = _event_filter(linked, actor, type)
        paired = zip(rows.event_rows(linked), gdelt.gdelt_rows(linked), strict=True)
        return Table("gdelt", gdelt.GdeltRow, [g for e, g in paired if keep(e)])

    def table(self, name: str, **filters: Any) -> Table[Any]:
        """A table by its name (``TABLES``), with the filters its method takes."""
        if name not in TABLES:
            raise ValueError(f"no table {name!r}: one of {', '.join(TABLES)}")
        method: Callable[..., Table[Any]] = getattr(self, TABLES[name][1])
        return method(**filters)

    # ------------------------------------------------------------ helpers

    def _story_id(self, story: StoryKey) -> str | None:
        if story is None:
            return None
        key = story.id if isinstance(story, StoryRow) else story
        found = self._held.find_story(key)
        if found is None:
            raise ValueError(f"{self.path}: no story {key!r} (see Store.stories())")
        return found.id

    def _scope(self, outlet: Names, since: Day, until: Day) -> _Scope:
        return _Scope(_names(outlet), _day(since, "since"), _day(until, "until"))

    def _scoped(self, story: StoryKey, outlet: Names, since: Day, until: Day) -> Linked:
        """The story's extractions linked together, then only the articles in scope."""
        scope = self._scope(outlet, since, until)
        linked = Linked.of(self._held.extractions(self._story_id(story)))
        kept = [ex for ex in linked.extractions if scope.keeps(ex.article)]
        return Linked(kept, linked.roster, linked.by_id, linked.names)


def _by_date(ex: Extraction) -> tuple[bool, date, str, str]:
    """The store's order: publication day (undated last), outlet, id."""
    art = ex.article
    return (art.published is None, art.published or date.min, art.outlet or "", art.id)


def _matcher(linked: Linked, actor: Names) -> Callable[[str], bool] | None:
    """Whether an actor id is the actor asked for: by id, name or alias, ignoring case."""
    wanted = _names(actor)
    if wanted is None:
        return None

    def match(ident: str) -> bool:
        if ident.casefold() in wanted:
            return True
        entry = linked.actor(ident)
        names = [entry.actor.name, *entry.actor.aliases] if entry else [linked.name(ident) or ""]
        return any(n.casefold() in wanted for n in names)

    return match


def _speaker(row: QuoteRow) -> list[str]:
    return [row.speaker_id] if row.speaker_id is not None else []


def _claim_actors(row: ClaimRow) -> list[str]:
    named = [row.source_id, row.subject_id, *row.actors]
    return [ident for ident in named if ident is not None]


def _kept(
    found: Iterable[_Row],
    linked: Linked,
    actor: Names,
    kind: Names,
    who: Callable[[_Row], list[str]],
    kind_of: Callable[[_Row], str] = lambda row: row.kind,
) -> list[_Row]:
    """The rows of the asked kind (``kind_of``: a stance's is its polarity) whose actors
    (``who``) include the actor asked for."""
    match, kinds = _matcher(linked, actor), _names(kind)
    return [
        row
        for row in found
        if (match is None or any(match(ident) for ident in who(row)))
        and (kinds is None or kind_of(row) in kinds)
    ]


def _holder(row: StanceRow) -> list[str]:
    return [row.holder_id] if row.holder_id is not None else []


def _polarity(row: StanceRow) -> str:
    return row.polarity


def _event_filter(linked: Linked, actor: Names, kind: Names) -> Callable[[EventRow], bool]:
    match, types = _matcher(linked, actor), _names(kind)

    def keep(row: EventRow) -> bool:
        if types is not None and row.type.casefold() not in types:
            return False
        return match is None or any(match(a) for a in (*row.actors, *row.recipients))

    return keep


def _counted(linked: Linked) -> Linked:
    """The roster as the chosen articles know it: their articles, mentions and titles."""
    from newsdesk.link.actors import LinkedActor

    kept = {ex.article.id for ex in linked.extractions}
    counts: dict[str, int] = {}
    for ex in linked.extractions:
        for a in ex.actors:
            counts[a.id] = counts.get(a.id, 0) + len(a.mentions)
    roster = []
    for entry in linked.roster:
        articles = [a for a in entry.articles if a in kept]
        if not articles:
            continue
        titles, seen = [], set()
        for article in articles:
            for title in entry.titles_by_article.get(article, []):
                key = " ".join(title.text.lower().split())
                if key not in seen:
                    seen.add(key)
                    titles.append(title)
        actor = entry.actor
        if len(articles) < len(entry.articles):  # titles as the chosen articles give them
            actor = replace(actor, titles=titles)
        roster.append(
            LinkedActor(actor, articles, counts.get(actor.id, 0), entry.titles_by_article)
        )
    roster.sort(key=lambda e: (-e.mention_count, e.actor.id))
    return Linked(linked.extractions, roster, {e.actor.id: e for e in roster}, linked.names)


# Table name → (row class, the Store method that answers it), for ``table`` and ``export``.
TABLES: dict[str, tuple[type, str]] = {
    "articles": (ArticleRow, "articles"),
    "stories": (StoryRow, "stories"),
    "actors": (ActorRow, "actors"),
    "mentions": (MentionRow, "mentions"),
    "quotes": (QuoteRow, "quotes"),
    "times": (TimeRow, "times"),
    "events": (EventRow, "events"),
    "gdelt": (gdelt.GdeltRow, "gdelt_events"),
    "claims": (ClaimRow, "claims"),
    "stances": (StanceRow, "stances"),
}


def filters_of(name: str) -> tuple[str, ...]:
    """The keyword filters a table's method takes (``export`` refuses the others)."""
    import inspect

    method = getattr(Store, TABLES[name][1])
    return tuple(
        p.name for p in inspect.signature(method).parameters.values() if p.kind is p.KEYWORD_ONLY
    )


def open(path: str | os.PathLike[str] | None = None) -> Store:
    """The store at ``path`` (created if absent): else ``$NEWSDESK_DB``, else ``newsdesk.duckdb``
    in the user data directory, as the CLI's ``--db``."""
    return Store(path)
