"""Articles into a store: the one path `ingest`, `POST /articles` and `import-parquet` share.

Read inputs are sorted into new articles, ones the store already holds and input errors; the
new ones go through the per-article stages and into the store, one transaction each.  Whatever
cannot be read, extracted or stored becomes one line (``path: reason``) and the others go on;
a store found damaged on the way stops the run with ``StoreError`` (every article would fail).
The callers differ only in what they show while it runs (a ``Watcher``: stderr and a progress
bar for the CLI, nothing for the web app, which answers with the ``Outcome``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from newsdesk.ingest.errors import InputError
from newsdesk.model import Article, Extraction
from newsdesk.store import Store
from newsdesk.store.schema import damaged, is_damage


class Watcher:
    """What a caller sees while the work goes on; this one sees nothing."""

    def error(self, error: InputError) -> None:
        """An input that was not stored, as soon as it is known."""

    def note(self, article: Article, flag: str) -> None:
        """An article stored with a flag (not English: stored, not parsed)."""

    @contextmanager
    def extracting(self, total: int) -> Iterator[Callable[[], None]]:
        """Around the per-article stages; the callable is called once per article done."""
        yield lambda: None


@dataclass
class Outcome:
    stored: list[Extraction] = field(default_factory=list)  # each with its story set
    duplicates: list[str] = field(default_factory=list)  # ids already stored (or met twice)
    errors: list[InputError] = field(default_factory=list)  # in the order they were met

    def summary(self, store: Store) -> str:
        """The closing line: what this run did, then what the store holds."""
        held = store.stories()
        copies = sum(len(s.copies) for s in held)
        return (
            f"stored {len(self.stored)} new article(s), {len(self.duplicates)} already stored, "
            f"{len(self.errors)} failed; {store.count()} in {store.path} "
            f"({len(held)} stories, {copies} copies)"
        )

    def _fail(self, error: InputError, watcher: Watcher) -> None:
        self.errors.append(error)
        watcher.error(error)


def ingest_into(
    store: Store,
    items: Iterable[Article | InputError],
    label: str | None = None,
    processes: int | None = None,
    watcher: Watcher | None = None,
) -> Outcome:
    """Extract and store the new articles of ``items``; ``label`` forces their story."""
    from newsdesk.pipeline import Failure, is_parseable, process_each

    watcher = watcher or Watcher()
    outcome = Outcome()
    fresh: list[Article] = []
    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputError):
            outcome._fail(item, watcher)
        elif item.id in seen or store.has(item.id):
            outcome.duplicates.append(item.id)
        else:
            seen.add(item.id)
            fresh.append(item)
    with watcher.extracting(len(fresh)) as advance:
        for ex in process_each(fresh, processes):
            if isinstance(ex, Failure):
                outcome._fail(ex.as_error(), watcher)
            else:
                if not is_parseable(ex.article):
                    watcher.note(ex.article, ex.flags[0])
                _add(store, ex, label, outcome, watcher)
            advance()
    _settle(store, outcome)
    return outcome


def add_extractions(
    store: Store,
    extractions: Iterable[Extraction],
    label: str | None = None,
    watcher: Watcher | None = None,
) -> Outcome:
    """Store extractions made elsewhere (a Spark job's tables), in the order given."""
    outcome = Outcome()
    for ex in extractions:
        _add(store, ex, label, outcome, watcher or Watcher())
    _settle(store, outcome)
    return outcome


def _settle(store: Store, outcome: Outcome) -> None:
    """Close the days the articles brought (``Store.settle``): each day is clustered as a batch,
    so an article may leave the story it was first put in; ``stored`` says where it ends."""
    store.settle()
    for ex in outcome.stored:
        ex.article.story = store.story_of(ex.article.id)


def _add(
    store: Store, ex: Extraction, label: str | None, outcome: Outcome, watcher: Watcher
) -> None:
    try:
        added = store.add(ex, label=label)
    except Exception as error:  # one article's failure must not lose the others
        if is_damage(error):  # ... but a store that cannot be read fails every one of them
            raise damaged(store.path, error) from None
        where = ex.article.path or ex.article.id
        outcome._fail(InputError(where, f"not stored ({type(error).__name__}: {error})"), watcher)
        return
    if added:
        outcome.stored.append(ex)
    else:
        outcome.duplicates.append(ex.article.id)
