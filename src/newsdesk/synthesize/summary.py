"""A short extractive summary of a set of articles in which every sentence cites its source.

Sentences are taken verbatim from body regions, so a citation (article, start, end) always
points at exactly the sentence shown.  Selection is a greedy centroid-and-redundancy trade-off
(maximal marginal relevance over content words): central sentences first, near repeats skipped,
reporting preferred over opinion, early sentences of an article slightly preferred.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from newsdesk.model import Extraction

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_STOP = frozenset(STOP_WORDS) | {"said", "says", "say"}
OPINION_WEIGHT = 0.6
MIN_WORDS = 8
MAX_WORDS = 60
_FAR = date(9999, 12, 31)  # undated articles sort last


@dataclass(frozen=True)
class Cited:
    """One summary sentence and where it stands."""

    text: str
    article: str
    path: str | None
    outlet: str | None
    start: int
    end: int


def _words(text: str) -> list[str]:
    return [w.lower().strip("'’") for w in _WORD.findall(text) if w.lower() not in _STOP]


def summarize(extractions: list[Extraction], words: int = 120) -> list[Cited]:
    """Up to ``words`` words of cited sentences, in story order (date, then position)."""
    candidates: list[tuple[Extraction, int, int, list[str], float]] = []
    for ex in extractions:
        art = ex.article
        weight = OPINION_WEIGHT if art.genre == "opinion" else 1.0
        for position, span in enumerate(ex.sentences):
            text = art.text[span.start : span.end].strip()
            count = len(text.split())
            if not (MIN_WORDS <= count <= MAX_WORDS) or text.endswith(("?", ":")):
                continue
            lead = 1.0 + 0.3 / (1 + position)
            candidates.append((ex, span.start, span.end, _words(text), weight * lead))
    if not candidates:
        return []
    document_freq: Counter[str] = Counter()
    for *_, toks, _w in candidates:
        document_freq.update(set(toks))
    n = len(candidates)
    centroid: dict[str, float] = {}
    for *_, toks, _w in candidates:
        for tok in toks:
            centroid[tok] = centroid.get(tok, 0.0) + math.log(1 + n / document_freq[tok])

    def relevance(toks: list[str]) -> float:
        if not toks:
            return 0.0
        return sum(centroid.get(t, 0.0) for t in set(toks)) / math.sqrt(len(set(toks)))

    chosen: list[tuple[Extraction, int, int, list[str], float]] = []
    budget = words
    remaining = sorted(candidates, key=lambda c: (c[0].article.id, c[1]))
    while remaining and budget > 0:
        best = None
        best_score = -1.0
        for cand in remaining:
            cand_words = set(cand[3])
            overlap = max(
                (len(cand_words & set(c[3])) / max(1, len(cand_words | set(c[3]))) for c in chosen),
                default=0.0,
            )
            score = relevance(cand[3]) * cand[4] * (1.0 - overlap) ** 2
            if score > best_score:
                best, best_score = cand, score
        if best is None or best_score <= 0:
            break
        remaining.remove(best)
        size = len(best[0].article.text[best[1] : best[2]].split())
        if size > budget and chosen:
            continue
        chosen.append(best)
        budget -= size
    chosen.sort(key=lambda c: (c[0].article.published or _FAR, c[0].article.id, c[1]))
    result = []
    for ex, start, end, _toks, _w in chosen:
        raw = ex.article.text[start:end]
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw) - len(raw.rstrip())
        s, e = start + lead, end - trail
        result.append(
            Cited(ex.article.text[s:e], ex.article.id, ex.article.path, ex.article.outlet, s, e)
        )
    return result
