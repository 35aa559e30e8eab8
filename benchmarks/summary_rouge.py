"""ROUGE-1/ROUGE-2 recall of the multi-document summary on the project's own news clusters.

Usage::

    .venv/bin/pip install -e '.[dev]'        # rouge-score is a dev extra
    .venv/bin/python benchmarks/summary_rouge.py [--words 100] [--clusters DIR] [--show]

Data: ``benchmarks/clusters/<name>/`` holds 5-6 short invented news articles about one invented
event (several outlets, overlapping facts, one opinion piece, a ``meta.jsonl`` sidecar) and
``references/*.ref``, two ~100-word human summaries written from the facts before the system was
run.  These clusters are the project's own writing and were also used to tune the system, so
the figures are NOT comparable with published DUC 2004 task 2 results (LexRank 36.0/7.5,
centroid 36.4/8.0, submodular 39.2/9.4, DPP 39.9/9.6, ICSISumm 38.4/9.8): the documents are
shorter, fewer and cleaner, and there are two references instead of four.

Scoring follows the DUC 2004 settings of ROUGE-1.5.5 (``-n 2 -m -l 100 -f A``) as far as the
``rouge-score`` package reproduces them: lower-cased alphanumeric tokens, Porter stemming, no
stop-word removal; each summary cut to its first ``--words`` words; recall computed against
each reference and averaged over the references ("-f A"), then averaged over clusters.

Systems, all reading the same body sentences (``newsdesk summarize``'s own loading path):

* ``newsdesk``: ``newsdesk.synthesize.summary.summarize`` (concept coverage, see its docstring);
* ``centroid-v1``: the first version of that module (greedy centroid + MMR), kept verbatim below
  as ``centroid_v1_summarize`` so the comparison does not drift;
* ``lead``: the earliest article's sentences in order (ties by path), cut at ``--words``.

It also checks the citation of every summary sentence (the cited span's text equals the
sentence) on every cluster and, when ``../shared/corpus/seed-story`` exists, on the seed story.
Exit status 1 when a citation check fails, 2 when rouge-score is not installed.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from newsdesk.cli.summarize import read_story, sentence_extractions
from newsdesk.model import Extraction
from newsdesk.synthesize.summary import Cited, summarize

ROOT = Path(__file__).resolve().parents[1]
CLUSTERS = ROOT / "benchmarks" / "clusters"
SEED = ROOT.parent / "shared" / "corpus" / "seed-story"
ANCHORS = "DUC 2004 anchors (not comparable): LexRank 36.0/7.5, centroid 36.4/8.0, " \
    "submodular 39.2/9.4, DPP 39.9/9.6, ICSISumm 38.4/9.8"

# --- baseline: the first version of synthesize/summary.py, kept as it was ------------------

_V1_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_V1_STOP = frozenset(STOP_WORDS) | {"said", "says", "say"}
_V1_FAR = date(9999, 12, 31)


def _v1_words(text: str) -> list[str]:
    return [w.lower().strip("'’") for w in _V1_WORD.findall(text) if w.lower() not in _V1_STOP]


def centroid_v1_summarize(extractions: list[Extraction], words: int = 120) -> list[Cited]:
    """The centroid + MMR baseline (opinion x0.6, slight lead bonus), unchanged from v1."""
    candidates: list[tuple[Extraction, int, int, list[str], float]] = []
    for ex in extractions:
        art = ex.article
        weight = 0.6 if art.genre == "opinion" else 1.0
        for position, span in enumerate(ex.sentences):
            text = art.text[span.start : span.end].strip()
            count = len(text.split())
            if not (8 <= count <= 60) or text.endswith(("?", ":")):
                continue
            lead = 1.0 + 0.3 / (1 + position)
            candidates.append((ex, span.start, span.end, _v1_words(text), weight * lead))
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
    chosen.sort(key=lambda c: (c[0].article.published or _V1_FAR, c[0].article.id, c[1]))
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


def lead_summarize(extractions: list[Extraction], words: int = 100) -> list[Cited]:
    """The earliest article's body sentences in order until the budget is reached."""
    dated = [ex for ex in extractions if ex.sentences]
    first = min(dated, key=lambda ex: (ex.article.published or _V1_FAR, ex.article.path or ""))
    art = first.article
    result: list[Cited] = []
    used = 0
    for span in first.sentences:
        text = art.text[span.start : span.end].strip()
        start = span.start + art.text[span.start : span.end].index(text)
        result.append(Cited(text, art.id, art.path, art.outlet, start, start + len(text)))
        used += len(text.split())
        if used >= words:
            break
    return result


# --- scoring ----------------------------------------------------------------------------------


@dataclass
class Scores:
    r1: list[float]
    r2: list[float]
    seconds: float = 0.0


def truncate(sentences: list[Cited], words: int) -> str:
    return " ".join(" ".join(c.text for c in sentences).split()[:words])


def citation_errors(sentences: list[Cited], texts: dict[str, str]) -> list[str]:
    return [
        f"{c.path} [{c.start}:{c.end}] does not equal {c.text[:40]!r}"
        for c in sentences
        if texts[c.article][c.start : c.end] != c.text
    ]


System = Callable[[list[Extraction], int], list[Cited]]


def evaluate(
    systems: dict[str, System], folders: list[Path], words: int, rouge: Any, show: bool = False
) -> tuple[dict[str, Scores], list[str]]:
    """Each system's ROUGE recall per cluster (``rouge`` is rouge_score.rouge_scorer), and the
    summary sentences whose citation does not give back their text."""
    scorer = rouge.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    results = {name: Scores([], []) for name in systems}
    bad: list[str] = []
    for folder in folders:
        articles, errors = read_story(str(folder))
        if errors:
            raise SystemExit(f"{folder}: {errors[0]}")
        extractions = sentence_extractions(articles)
        texts = {ex.article.id: ex.article.text for ex in extractions}
        refs = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("references/*.ref"))]
        for name, system in systems.items():
            began = time.perf_counter()
            sentences = system(extractions, words)
            results[name].seconds += time.perf_counter() - began
            bad += citation_errors(sentences, texts)
            summary = truncate(sentences, words)
            scores = [scorer.score(ref, summary) for ref in refs]
            results[name].r1.append(sum(s["rouge1"].recall for s in scores) / len(scores))
            results[name].r2.append(sum(s["rouge2"].recall for s in scores) / len(scores))
            if show:
                print(f"[{folder.name}] {name}: {summary}\n")
    return results, bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--clusters", type=Path, default=CLUSTERS)
    parser.add_argument("--show", action="store_true", help="print each system's summaries")
    args = parser.parse_args()
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        print("rouge-score is not installed: pip install -e '.[dev]'", file=sys.stderr)
        return 2
    systems: dict[str, System] = {
        "newsdesk": summarize,
        "centroid-v1": centroid_v1_summarize,
        "lead": lead_summarize,
    }
    folders = sorted(p for p in args.clusters.iterdir() if (p / "references").is_dir())
    results, bad = evaluate(systems, folders, args.words, rouge_scorer, show=args.show)
    print(f"$ .venv/bin/python benchmarks/summary_rouge.py --words {args.words}")
    print(f"{len(folders)} own clusters ({args.clusters.relative_to(ROOT)}), "
          f"2 references each, ROUGE recall x100, summaries cut at {args.words} words")
    print("per cluster: " + ", ".join(f.name for f in folders))
    print(f"{'system':<12} {'R-1':>6} {'R-2':>6}   per cluster R-1/R-2")
    for name, score in results.items():
        r1 = 100 * sum(score.r1) / len(score.r1)
        r2 = 100 * sum(score.r2) / len(score.r2)
        per = "  ".join(f"{100 * a:.1f}/{100 * b:.1f}" for a, b in zip(score.r1, score.r2,
                                                                       strict=True))
        print(f"{name:<12} {r1:6.1f} {r2:6.1f}   {per}")
    print(ANCHORS)
    bad += seed_check(args.words)
    for line in bad:
        print("CITATION MISMATCH:", line)
    print("citations: all exact" if not bad else f"citations: {len(bad)} mismatched")
    return 1 if bad else 0


def seed_check(words: int) -> list[str]:
    """The seed story's summary, each citation checked against the file as read."""
    if not (SEED / "meta.jsonl").exists():
        print("seed story: absent (../shared/corpus/seed-story), not checked")
        return []
    articles, _errors = read_story(str(SEED))
    extractions = sentence_extractions(articles)
    texts = {ex.article.id: ex.article.text for ex in extractions}
    sentences = summarize(extractions, words)
    bad = citation_errors(sentences, texts)
    print(f"seed story: {len(sentences)} summary sentences, "
          f"{len(sentences) - len(bad)} with exact citations")
    return bad


if __name__ == "__main__":
    sys.exit(main())
