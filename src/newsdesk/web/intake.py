"""An upload into the store by the CLI's path: readers, then ``service.ingest_into``.

Runs in a worker thread while holding the database's one writer; readers go on meanwhile.
Messages are the CLI's: ``path: reason`` for an input that cannot be read or extracted.
"""

from __future__ import annotations

from typing import Any

from newsdesk import ingest
from newsdesk.service import Outcome, ingest_into
from newsdesk.web.database import Database
from newsdesk.web.uploads import Upload


def run(db: Database, upload: Upload, max_bytes: int) -> Outcome:
    items = list(ingest.read_bytes(upload.data, upload.name, upload.overrides, max_bytes,
                                   sniff=upload.sniff))  # fmt: skip
    with db.writing() as store:
        # One process: a server thread must not fork the parser into workers.
        return ingest_into(store, items, upload.story, processes=1)


def status(outcome: Outcome) -> int:
    """201 when something was stored, 200 when all was known, 422 when nothing was usable."""
    if outcome.stored:
        return 201
    return 200 if outcome.duplicates and not outcome.errors else 422


def answer(outcome: Outcome) -> dict[str, Any]:
    return {
        "stored": [
            {**ex.article.ref_json(), "story": ex.article.story, "language": ex.article.language,
             "flags": ex.flags}
            for ex in outcome.stored
        ],
        "duplicates": outcome.duplicates,
        "errors": [str(e) for e in outcome.errors],
    }
