"""An upload into the store by the CLI's path: readers, then the pipeline, then ``Store.add``.

Runs in a worker thread while holding the database's one writer; readers go on meanwhile.
Messages are the CLI's: ``path: reason`` for an input that cannot be read or extracted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsdesk import ingest
from newsdesk.model import Article
from newsdesk.web.database import Database
from newsdesk.web.uploads import Upload


@dataclass
class Outcome:
    stored: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def status(self) -> int:
        """201 when something was stored, 200 when all was known, 422 when nothing was usable."""
        if self.stored:
            return 201
        return 200 if self.duplicates and not self.errors else 422

    def to_json(self) -> dict[str, Any]:
        return {"stored": self.stored, "duplicates": self.duplicates, "errors": self.errors}


def run(db: Database, upload: Upload, max_bytes: int) -> Outcome:
    from newsdesk.pipeline import Failure, process_each

    outcome = Outcome()
    fresh: list[Article] = []
    items = list(ingest.read_bytes(upload.data, upload.name, upload.overrides, max_bytes,
                                   sniff=upload.sniff))  # fmt: skip
    with db.writing() as store:
        for item in items:
            if isinstance(item, ingest.InputError):
                outcome.errors.append(str(item))
            elif store.has(item.id) or item.id in {a.id for a in fresh}:
                outcome.duplicates.append(item.id)
            else:
                fresh.append(item)
        # One process: a server thread must not fork the parser into workers.
        for ex in process_each(fresh, processes=1):
            art = ex.article
            where = art.path or art.id
            if isinstance(ex, Failure):
                outcome.errors.append(f"{where}: extraction failed ({ex.reason})")
                continue
            try:
                store.add(ex, label=upload.story)
            except Exception as error:  # as the CLI: one article's failure is reported
                outcome.errors.append(f"{where}: not stored ({type(error).__name__}: {error})")
                continue
            outcome.stored.append(
                {
                    "id": art.id,
                    "story": art.story,
                    "title": art.title,
                    "outlet": art.outlet,
                    "published": art.published.isoformat() if art.published else None,
                    "language": art.language,
                    "flags": ex.flags,
                }
            )
    return outcome
