"""Per-article work on several cores, in input order.

Parsing dominates newsdesk's cost and spaCy's own ``n_process`` only spreads the parse, so the
whole per-article function (parse and every extraction stage, over a small batch of articles)
is mapped over a process pool instead.  Workers are forked after the model is loaded, so they
share it instead of loading it again; results come back in input order, which keeps output
deterministic.  Where fork is not available the work runs in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from newsdesk import annotate

In = TypeVar("In")
Out = TypeVar("Out")

def default_processes() -> int:
    """NEWSDESK_PROCESSES, else one process: parallel runs are asked for, never assumed."""
    try:
        return max(1, int(os.environ.get("NEWSDESK_PROCESSES", "1")))
    except ValueError:
        return 1


def map_ordered(
    fn: Callable[[In], Out], items: Iterable[In], processes: int | None = None
) -> Iterator[Out]:
    """``map(fn, items)``, on ``processes`` forked workers when more than one is asked for.

    ``fn`` must be a module-level function (it is pickled by name) whose inputs and outputs
    pickle; the spaCy model is loaded before the fork so that every worker shares it.  Items
    go to workers one at a time (they are already batches), which balances the load at the end.
    """
    count = default_processes() if processes is None else max(1, processes)
    if count == 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(fn, items)
        return
    annotate.load()
    with multiprocessing.get_context("fork").Pool(count) as pool:
        yield from pool.imap(fn, items)
