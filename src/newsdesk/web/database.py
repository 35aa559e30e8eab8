"""One store file shared by the threads of a server: cursors for reading, one writer at a time.

DuckDB lets one process hold a database file; inside it, each thread works on a cursor of the
one connection (a connection must not be used by two threads at once).  Readers never take a
lock: DuckDB's MVCC shows each the last commit while an ingest writes.  Writers take ``writing``
so that ingests follow one another, as DuckDB allows one writer and story placement reads what
the previous article wrote.

Briefings of large stories take seconds to build (linking, the comparison, the summary), so
each is kept until the next write changes what the store holds.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from newsdesk.store import Store
from newsdesk.synthesize.briefing_types import Briefing


class Database:
    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._owner = Store(self.path)  # opens, checks and if need be migrates the schema
        try:
            self._owner.verify()  # a damaged store is refused before serving, not answered 500
        except BaseException:
            self._owner.close()
            raise
        self._cursor_lock = threading.Lock()
        self._write_lock = threading.Lock()
        self._build_lock = threading.Lock()
        self._generation = 0
        self._briefings: dict[tuple[str, int, int], Briefing] = {}

    def close(self) -> None:
        """After the write under way, if any: an ingest ends with its days settled
        (``Store.settle``) after its last article is visible, so closing must wait for it."""
        with self._write_lock:
            self._owner.close()

    @contextmanager
    def reading(self) -> Iterator[Store]:
        """A store on a cursor of its own, for one request's reads."""
        with self._cursor_lock:  # creating a cursor touches the shared connection
            store = Store.on_cursor(self._owner.con, self.path)
        try:
            yield store
        finally:
            store.close()

    @contextmanager
    def writing(self) -> Iterator[Store]:
        """The one writer: held for a whole ingest; readers go on meanwhile."""
        with self._write_lock, self.reading() as store:
            try:
                yield store
            finally:
                self._generation += 1

    def briefing(
        self, story: str, words: int, build: Callable[[], Briefing | None]
    ) -> Briefing | None:
        """The story's briefing from ``build``, built once per state of the store."""
        key = (story, words, self._generation)
        found = self._briefings.get(key)
        if found is not None:
            return found
        with self._build_lock:  # two requests for a page being built wait for one build
            found = self._briefings.get(key)
            if found is None:
                found = build()
                if found is not None:
                    self._briefings = {
                        k: v for k, v in self._briefings.items() if k[2] == self._generation
                    }
                    self._briefings[key] = found
        return found
