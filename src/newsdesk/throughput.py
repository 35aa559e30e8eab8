"""How fast the per-article pipeline runs, against bare spaCy parsing of the same texts.

Absolute rates move with the machine and with whatever else it is running, so every figure is
set beside a baseline measured in the same run on the same texts: the very spaCy pipeline
``annotate`` builds (same object, same components, same batch size), parsing with no extraction.
The ratio full / bare is the figure that survives a noisy machine.  Several processes are
measured the way the CLI runs them (``parallel.map_ordered``'s forked pool) for both sides.
Rounds alternate bare and full so that a burst of load hits both; the best round of each counts.
"""

from __future__ import annotations

import functools
import resource
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from newsdesk import annotate
from newsdesk.model import Article
from newsdesk.parallel import map_ordered
from newsdesk.pipeline import Failure, process_article, process_each


@dataclass(frozen=True)
class Rate:
    """One timed pass over the texts."""

    what: str  # "bare" (spaCy parse only) or "full" (every per-article stage)
    processes: int
    seconds: float
    articles: int
    words: int

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


@dataclass(frozen=True)
class Bench:
    articles: int
    words: int
    rounds: int
    rates: list[Rate]  # bare then full, for each process count
    failures: int  # articles a stage failed on in the full runs (they still cost their time)
    peak_rss_mb: float  # this process
    peak_worker_rss_mb: float  # the largest forked worker, 0 without workers

    def ratio(self, processes: int) -> float:
        """Full pipeline throughput as a share of bare parsing, at this process count."""
        bare = self._rate("bare", processes)
        full = self._rate("full", processes)
        return full.articles_per_second / bare.articles_per_second

    def _rate(self, what: str, processes: int) -> Rate:
        return next(r for r in self.rates if r.what == what and r.processes == processes)

    def to_json(self) -> dict[str, Any]:
        counts = sorted({r.processes for r in self.rates})
        return {
            **{k: v for k, v in asdict(self).items() if k != "rates"},
            "rates": [
                {
                    **asdict(r),
                    "articles_per_second": r.articles_per_second,
                    "words_per_second": r.words_per_second,
                }
                for r in self.rates
            ],
            "ratio_full_over_bare": {str(n): self.ratio(n) for n in counts},
        }


def parse_only(texts: list[str]) -> int:
    """A batch of texts through the shared spaCy pipeline and nothing else, cut and parsed as
    the full pipeline cuts and parses them (module-level: pickled to workers)."""
    return sum(len(doc) for doc in annotate.parse_many(texts, len(texts) or 1))


def _bare(texts: list[str], processes: int) -> int:
    return sum(map_ordered(parse_only, annotate.batches(texts), processes))


def _full(articles: list[Article], processes: int) -> int:
    return sum(isinstance(r, Failure) for r in process_each(articles, processes))


def _timed(run: Callable[[], int]) -> tuple[float, int]:
    started = time.perf_counter()
    value = run()
    return time.perf_counter() - started, value


def _mb(kilobytes: int) -> float:
    return kilobytes / 1024  # ru_maxrss is in KiB on Linux


def measure(articles: list[Article], processes: list[int], rounds: int = 1) -> Bench:
    """Bare and full throughput on these articles for each process count, best of ``rounds``."""
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    annotate.load()
    if articles:
        process_article(articles[0])  # warm up the lazily loaded lexicons and quote model
    best: dict[tuple[str, int], float] = {}
    failures = 0
    for _ in range(max(1, rounds)):
        for count in processes:
            seconds, _tokens = _timed(functools.partial(_bare, texts, count))
            best[("bare", count)] = min(best.get(("bare", count), seconds), seconds)
            seconds, failed = _timed(functools.partial(_full, articles, count))
            best[("full", count)] = min(best.get(("full", count), seconds), seconds)
            failures = max(failures, failed)
    rates = [
        Rate(what, count, best[(what, count)], len(articles), words)
        for count in processes
        for what in ("bare", "full")
    ]
    return Bench(
        articles=len(articles),
        words=words,
        rounds=max(1, rounds),
        rates=rates,
        failures=failures,
        peak_rss_mb=_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
        peak_worker_rss_mb=_mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss),
    )


def report(bench: Bench, source: str) -> str:
    """The figures as a small table, ratios under each pair."""
    lines = [
        f"newsdesk bench: {bench.articles} articles, {bench.words:,} words ({source}), "
        f"best of {bench.rounds} round(s)",
        f"{'':22}{'processes':>10}{'articles/s':>12}{'words/s':>10}{'seconds':>9}",
    ]
    names = {"bare": "bare spaCy parse", "full": "full pipeline"}
    for count in sorted({r.processes for r in bench.rates}):
        for rate in (bench._rate("bare", count), bench._rate("full", count)):
            lines.append(
                f"{names[rate.what]:22}{rate.processes:>10}{rate.articles_per_second:>12.2f}"
                f"{rate.words_per_second:>10,.0f}{rate.seconds:>9.1f}"
            )
        lines.append(f"{'full / bare':22}{count:>10}{bench.ratio(count):>12.2f}")
    worker = (
        f", largest worker {bench.peak_worker_rss_mb:.0f} MB" if bench.peak_worker_rss_mb else ""
    )
    lines.append(f"peak RSS: this process {bench.peak_rss_mb:.0f} MB{worker}")
    if bench.failures:
        lines.append(f"({bench.failures} article(s) failed in a stage; their time is counted)")
    return "\n".join(lines) + "\n"
