"""ROUGE-1/ROUGE-2 recall of the multi-document summary against the centroid and lead baselines.

Usage::

    .venv/bin/pip install -e '.[dev]'        # rouge-score is a dev extra
    nice .venv/bin/python benchmarks/summary_rouge.py [--words 100] [--part tune|held|all]
        [--clusters DIR] [--timelines DIR | --no-timelines] [--wrap N] [--show] [--cache DIR]

``--set NAME=VALUE`` sets a constant of ``newsdesk.synthesize.summary`` for the run (an
ablation: ``--set LEAD_BONUS=0 --part tune``); repeat it for several.

``--cache DIR`` keeps the parsed timeline articles in DIR (a pickle named by a digest of the
code that reads and parses them), so a second run that changes only the summary takes about
a minute of parsing less than nine: the way to iterate on the tuning part.

Two sets of clusters, each run through ``newsdesk summarize``'s own loading path (the ingest
readers, the spaCy sentence split and the time expressions of ``extract``):

* **Own clusters** (``--clusters``, default ``benchmarks/clusters``): a folder per story with
  article files, a ``meta.jsonl`` sidecar and ``references/*.ref`` (the layout a DUC-style
  set needs to be run here too).  Ours are 4 invented stories of 5-6 short articles with two
  references each; they were used to develop earlier versions, so they flatter the system,
  and four clusters are too few to tell systems apart (one cluster moves a mean by a point).
* **Timeline clusters** (``--timelines``, default ``../shared/corpus/news-timelines``), built
  at run time and never copied: for every date of a journalist's timeline, the topic's
  articles published that day and the next (at most 10, by file name, as DUC's 10-article
  clusters) form a cluster, and each timeline's sentences for that date are one reference
  (PTB tokenisation undone).  bpoil (the 2010 oil spill: BBC, Fox News, The Guardian, Reuters,
  The Washington Post; five timelines) gives 102 clusters, haiti (BBC only) 11.  **Tuning**
  uses only the earlier half of the bpoil dates (to 2010-06-25: 51 clusters); the later half
  (51) and haiti are **held out**: nothing was set on them.  The references are short (a
  timeline entry, about 55 words, sometimes with the headline of a linked article) and the
  inputs are scraped pages (captions, bylines and comments run into the text), so the figures
  are lower than they would be on cleaner data and sit closer together; the paired standard
  error of a difference between two systems is printed beside it.

``--wrap N`` re-wraps every article's lines at N columns before reading (in a temporary
folder), as wire copy is archived (DUC's newswire is broken near column 70, mid-sentence): the
summary must cite whole sentences all the same.

Scoring follows the DUC 2004 settings of ROUGE-1.5.5 (``-n 2 -m -l 100 -f A``) as far as the
``rouge-score`` package reproduces them: lower-cased alphanumeric tokens, Porter stemming, no
stop-word removal; each summary cut to its first ``--words`` words; recall computed against
each reference and averaged over the references ("-f A"), then averaged over clusters.  The
published DUC 2004 figures (LexRank 36.0/7.5, centroid 36.4/8.0, submodular 39.2/9.4, DPP
39.9/9.6, ICSISumm 38.4/9.8) are on other data and cannot be set beside these.

Systems, all reading the same extractions:

* ``newsdesk``: ``newsdesk.synthesize.summary.summarize`` (concept coverage solved exactly,
  see its docstring);
* ``centroid``: the first version of that module (greedy centroid + MMR), kept verbatim below
  as ``centroid_v1_summarize`` so the comparison does not drift;
* ``lead``: the earliest article's sentences in order (ties by path), cut at ``--words``.

It also checks the citation of every summary sentence (the cited span's text equals the
sentence) on every cluster and, when ``../shared/corpus/seed-story`` exists, on the seed story.
Exit status 1 when a citation check fails, 2 when rouge-score is not installed.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import math
import pickle
import re
import statistics
import sys
import tempfile
import textwrap
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from newsdesk.cli.summarize import read_story, sentence_extractions
from newsdesk.model import Article, Extraction
from newsdesk.synthesize import summary as summary_module
from newsdesk.synthesize.summary import Cited, summarize

ROOT = Path(__file__).resolve().parents[1]
CLUSTERS = ROOT / "benchmarks" / "clusters"
SHARED = ROOT.parent / "shared" / "corpus"
TIMELINES = SHARED / "news-timelines"
SEED = SHARED / "seed-story"
MAX_ARTICLES = 10  # as DUC 2004's clusters
MIN_ARTICLES = 3
TUNING_TOPIC = "bpoil"  # its earlier half of dates is the tuning part

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


# --- clusters ---------------------------------------------------------------------------------


@dataclass
class Cluster:
    name: str
    part: str  # "own", "tune" or "held"
    extractions: list[Extraction]
    references: list[str]


def own_clusters(folder: Path) -> list[Cluster]:
    found = []
    for path in sorted(p for p in folder.iterdir() if (p / "references").is_dir()):
        articles, errors = read_story(str(path))
        if errors:
            raise SystemExit(f"{path}: {errors[0]}")
        refs = [r.read_text(encoding="utf-8") for r in sorted(path.glob("references/*.ref"))]
        found.append(Cluster(path.name, "own", sentence_extractions(articles), refs))
    return found


_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
        "``": '"', "''": '"'}


def detokenise(sentence: str) -> str:
    """A timeline sentence as written: PTB bracket tokens back to brackets."""
    for token, mark in _PTB.items():
        sentence = sentence.replace(token, mark)
    return sentence


def timeline_plan(root: Path) -> list[tuple[str, str, list[dict[str, Any]], list[str]]]:
    """(topic, date, the cluster's sidecar entries, references) for every usable gold date."""
    plan = []
    for topic_dir in sorted(p for p in (root / "gold").iterdir() if p.is_dir()):
        topic = topic_dir.name
        meta = [json.loads(line) for line in
                (root / "input" / topic / "meta.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
        by_day: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for entry in meta:
            by_day[entry["published"]].append(entry)
        refs: dict[str, list[str]] = defaultdict(list)
        for timeline in sorted(topic_dir.glob("*.json")):
            for day, sentences in json.loads(timeline.read_text(encoding="utf-8")).items():
                refs[day].append(" ".join(detokenise(s) for s in sentences))
        for day in sorted(refs):
            following = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
            members = [
                *sorted(by_day[day], key=lambda e: e["path"]),
                *sorted(by_day[following], key=lambda e: e["path"]),
            ][:MAX_ARTICLES]
            if len(members) >= MIN_ARTICLES:
                plan.append((topic, day, members, refs[day]))
    return plan


# The code a cached parse depends on: a change to any of these files makes a new cache.
_PARSE_CODE = ("annotate", "ingest", "extract/times.py", "extract/timeparse.py", "pipeline.py",
               "cli/summarize.py", "spacy_components.py")


def parse_fingerprint(wrap: int | None) -> str:
    """A digest of the code that reads and parses the articles (and of ``--wrap``)."""
    src = ROOT / "src" / "newsdesk"
    digest = hashlib.sha256(f"wrap={wrap}".encode())
    for name in _PARSE_CODE:
        path = src / name
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for f in files:
            digest.update(str(f.relative_to(src)).encode())
            digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


def timeline_clusters(
    root: Path, part: str, wrap: int | None, cache: Path | None = None
) -> list[Cluster]:
    """The timeline clusters of ``part``, each read from a temporary folder of its files.

    With ``cache``, the parsed articles are kept in a pickle there, named by a digest of the
    parsing code (``parse_fingerprint``), so a later run that only changes the summary skips
    the parse (nine of its ten minutes).
    """
    plan = timeline_plan(root)
    tuning = [p for p in plan if p[0] == TUNING_TOPIC]
    cut = tuning[len(tuning) // 2][1]  # the first held-out date of the tuning topic
    parsed: dict[str, Extraction] = {}
    store = cache / f"timelines-{parse_fingerprint(wrap)}.pickle" if cache else None
    if store is not None and store.exists():
        with store.open("rb") as handle:
            parsed = pickle.load(handle)  # our own file, written below
    known = len(parsed)
    clusters = []
    began = time.perf_counter()
    for n, (topic, day, members, refs) in enumerate(plan, 1):
        which = "tune" if topic == TUNING_TOPIC and day < cut else "held"
        if part not in ("all", which):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            for entry in members:
                text = (root / "input" / topic / entry["path"]).read_text(encoding="utf-8")
                if wrap:
                    text = "\n".join(textwrap.fill(line, wrap) for line in text.split("\n"))
                (Path(tmp) / entry["path"]).write_text(text, encoding="utf-8")
            sidecar = "".join(json.dumps(e) + "\n" for e in members)
            (Path(tmp) / "meta.jsonl").write_text(sidecar, encoding="utf-8")
            articles, errors = read_story(tmp)
        if errors:
            raise SystemExit(f"{topic} {day}: {errors[0]}")
        new = [a for a in articles if a.id not in parsed]
        for ex in sentence_extractions(new):
            parsed[ex.article.id] = ex
        clusters.append(Cluster(f"{topic} {day}", which, [_as(parsed[a.id], a) for a in articles],
                                refs))
        print(f"\r  read {n}/{len(plan)} timeline dates, {len(parsed)} articles parsed, "
              f"{time.perf_counter() - began:.0f} s", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    if store is not None and len(parsed) > known:
        store.parent.mkdir(parents=True, exist_ok=True)
        with store.open("wb") as handle:
            pickle.dump(parsed, handle)
    return clusters


def _as(ex: Extraction, article: Article) -> Extraction:
    """A parsed article as this cluster read it (same text, so the same spans)."""
    return dataclasses.replace(ex, article=article)


# --- scoring ----------------------------------------------------------------------------------

System = Callable[[list[Extraction], int], list[Cited]]


def truncate(sentences: list[Cited], words: int) -> str:
    return " ".join(" ".join(c.text for c in sentences).split()[:words])


def citation_errors(sentences: list[Cited], texts: dict[str, str]) -> list[str]:
    return [
        f"{c.path} [{c.start}:{c.end}] does not equal {c.text[:40]!r}"
        for c in sentences
        if texts[c.article][c.start : c.end] != c.text
    ]


def score(
    clusters: list[Cluster], systems: dict[str, System], words: int, show: bool
) -> tuple[dict[str, list[tuple[float, float]]], dict[str, float], list[str]]:
    """Per system, each cluster's (R-1, R-2) recall x100; seconds per system; citation errors."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in systems}
    seconds = dict.fromkeys(systems, 0.0)
    bad: list[str] = []
    for cluster in clusters:
        texts = {ex.article.id: ex.article.text for ex in cluster.extractions}
        for name, system in systems.items():
            began = time.perf_counter()
            sentences = system(cluster.extractions, words)
            seconds[name] += time.perf_counter() - began
            bad += citation_errors(sentences, texts)
            if sum(len(c.text.split()) for c in sentences) > words and name == "newsdesk":
                bad.append(f"{cluster.name}: newsdesk summary over {words} words")
            summary = truncate(sentences, words)
            scores = [scorer.score(ref, summary) for ref in cluster.references]
            results[name].append((
                100 * statistics.mean(s["rouge1"].recall for s in scores),
                100 * statistics.mean(s["rouge2"].recall for s in scores),
            ))
            if show:
                print(f"[{cluster.name}] {name}: {summary}\n")
    return results, seconds, bad


def table(title: str, clusters: list[Cluster], results: dict[str, list[tuple[float, float]]],
          seconds: dict[str, float]) -> None:
    refs = sum(len(c.references) for c in clusters)
    print(f"{title}: {len(clusters)} clusters, {refs} references")
    print(f"  {'system':<10} {'R-1':>6} {'R-2':>6}   s/cluster")
    for name, rows in results.items():
        r1 = statistics.mean(r[0] for r in rows)
        r2 = statistics.mean(r[1] for r in rows)
        print(f"  {name:<10} {r1:6.2f} {r2:6.2f}   {seconds[name] / len(rows):.2f}")
    if len(clusters) > 1 and "centroid" in results:
        for name in ("newsdesk", "lead"):
            print(f"  {name} - centroid: " + ", ".join(
                f"R-{k + 1} {_paired(results[name], results['centroid'], k)}" for k in (0, 1)))


def _paired(a: list[tuple[float, float]], b: list[tuple[float, float]], k: int) -> str:
    """Mean paired difference and its standard error."""
    diffs = [x[k] - y[k] for x, y in zip(a, b, strict=True)]
    return f"{statistics.mean(diffs):+.2f} ± {statistics.stdev(diffs) / math.sqrt(len(diffs)):.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--clusters", type=Path, default=CLUSTERS)
    parser.add_argument("--timelines", type=Path, default=TIMELINES)
    parser.add_argument("--no-timelines", action="store_true", help="own clusters only")
    parser.add_argument("--part", choices=("tune", "held", "all"), default="all",
                        help="which timeline clusters: the tuning half, the held-out ones, both")
    parser.add_argument("--wrap", type=int, default=None,
                        help="hard-wrap the timeline articles at this many columns")
    parser.add_argument("--show", action="store_true", help="print each system's summaries")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="set a constant of newsdesk.synthesize.summary (an ablation)")
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep the parsed timeline articles in this folder between runs")
    args = parser.parse_args()
    try:
        import rouge_score  # noqa: F401
    except ImportError:
        print("rouge-score is not installed: pip install -e '.[dev]'", file=sys.stderr)
        return 2
    for assignment in args.set:
        name, _, value = assignment.partition("=")
        if not hasattr(summary_module, name) or not name.isupper():
            parser.error(f"--set {assignment}: no constant {name} in the summary module")
        setattr(summary_module, name, type(getattr(summary_module, name))(value))
    systems: dict[str, System] = {
        "newsdesk": summarize,
        "centroid": centroid_v1_summarize,
        "lead": lead_summarize,
    }
    command = " ".join(["$ nice .venv/bin/python benchmarks/summary_rouge.py", *sys.argv[1:]])
    print(command)
    print(f"ROUGE recall x100 (rouge-score, Porter stemming), summaries cut at {args.words} words")
    bad: list[str] = []
    own = own_clusters(args.clusters)
    results, seconds, errors = score(own, systems, args.words, args.show)
    bad += errors
    table(f"own clusters ({args.clusters.name}; development data)", own, results, seconds)
    print("  per cluster R-1/R-2: " + "; ".join(
        f"{c.name} " + " ".join(f"{results[n][i][0]:.1f}/{results[n][i][1]:.1f}" for n in systems)
        for i, c in enumerate(own)))
    if args.no_timelines:
        pass
    elif not (args.timelines / "gold").is_dir():
        print(f"timeline clusters: absent ({args.timelines}), not run")
    else:
        clusters = timeline_clusters(args.timelines, args.part, args.wrap, args.cache)
        wrapped = f", articles wrapped at {args.wrap} columns" if args.wrap else ""
        for part in ("tune", "held"):
            chosen = [c for c in clusters if c.part == part]
            if not chosen:
                continue
            results, seconds, errors = score(chosen, systems, args.words, args.show)
            bad += errors
            if part == "tune":
                last = max(c.name.split()[1] for c in chosen)
                title = f"timeline clusters, TUNING part ({TUNING_TOPIC} to {last}{wrapped})"
            else:
                title = f"timeline clusters, HELD-OUT part (the later dates and the rest{wrapped})"
            table(title, chosen, results, seconds)
            for topic in sorted({c.name.split()[0] for c in chosen}):
                subset = [i for i, c in enumerate(chosen) if c.name.startswith(topic + " ")]
                if len(subset) < len(chosen):
                    print(f"    {topic} ({len(subset)}): " + ", ".join(
                        f"{name} " + "/".join(
                            f"{statistics.mean(results[name][i][k] for i in subset):.2f}"
                            for k in (0, 1))
                        for name in systems))
    bad += seed_check(args.words, args.show)
    for line in bad:
        print("CITATION MISMATCH:", line)
    print("citations: all exact" if not bad else f"citations: {len(bad)} mismatched")
    return 1 if bad else 0


def seed_check(words: int, show: bool) -> list[str]:
    """The seed story's summary, each citation checked against the file as read."""
    if not (SEED / "meta.jsonl").exists():
        print("seed story: absent (../shared/corpus/seed-story), not checked")
        return []
    articles, _errors = read_story(str(SEED))
    extractions = sentence_extractions(articles)
    texts = {ex.article.id: ex.article.text for ex in extractions}
    sentences = summarize(extractions, words)
    bad = citation_errors(sentences, texts)
    history = sum(c.historical for c in sentences)
    print(f"seed story: {len(sentences)} summary sentences, "
          f"{len(sentences) - len(bad)} with exact citations, {history} marked history")
    if show:
        for c in sentences:
            print(f"  [{c.outlet} {c.start}-{c.end}{' history' if c.historical else ''}] {c.text}")
    return bad


if __name__ == "__main__":
    sys.exit(main())
