"""Stories from a stream: near-duplicate detection and incremental clustering, measured.

Usage::

    .venv/bin/python benchmarks/stories_cluster.py [--data PATH] [--copies N] [--shuffles N]
                                                  [--parsed N] [--scale N] [--seed N]

1. **Copies** on PolNeAR (train and dev texts; only the text is read, nothing is parsed).  For
   ``--copies`` seeded articles a copy is injected, made the way syndication and re-posting
   change a text: a new headline, quotes re-typeset (straight ↔ curly), a body sentence dropped,
   a credit sentence added, or all of these at once.  Every text (originals and copies, in a
   seeded shuffled order) goes through the same LSH-banded MinHash lookup the store runs at
   ingest.  Reported: precision and recall of the found pairs against the injected ones, recall
   by kind of change, and the found pairs the injection does not explain checked against the
   exact shingle Jaccard (a pair of PolNeAR articles that really are near-identical is not an
   error of the detector).  Also the exact-Jaccard brute force over every pair, to tell how
   many pairs at or above the threshold the banding misses; and rates: signatures per second,
   signature comparisons (pairs) per second, exact-Jaccard pairs per second.
2. **Clustering** on the only gold there is, the project's own invented stories: the demo
   story in ``samples/``, the three of ``tests/fixtures/stories/`` and the four of
   ``benchmarks/clusters/`` (35 articles, 8 stories; several share dates).
   They are parsed once, then stored in ``--shuffles`` seeded arrival orders through
   ``Store.add``.  Reported: purity, adjusted Rand index against the gold, the share of orders
   whose partition equals the first order's, and the time to place an article.
3. **Chaining and scale** on PolNeAR, which has no story gold: ``--parsed N`` articles through
   the whole pipeline and ``--scale N`` as text only, each placed dated (dates from the file
   names) and undated.  Reported: the number of stories, the largest (all of PolNeAR is
   2015–16 campaign coverage, so a large story means topical chaining), and the cost of
   ``Store.add`` early and late.

Exit status 2 when the PolNeAR data is absent.

Figures (defaults: ``--copies 300 --shuffles 20 --parsed 100 --scale 400 --seed 13``; rates
from a shared 2-core machine, so only their order of magnitude means anything)::

    copies: 924 PolNeAR articles + 300 injected copies
      precision 0.983 against the injected pairs, 1.000 counting the 5 extra pairs found, all
        real near-duplicates in PolNeAR (exact Jaccard 0.88-1.00: articles stored twice, on
        consecutive days)
      recall 0.963: headline 1.000, retypeset 1.000, add sentence 0.983, drop sentence 0.983,
        all four 0.850 (exact Jaccard of injected pairs: min 0.64, median 0.97; most misses are
        short articles the edits took below 0.8, no longer copies by definition)
      brute force: 297 pairs at exact Jaccard >= 0.8, the detector found 293 (the other 4 lost
        to the estimate's spread: 128 permutations give a standard deviation of ~0.035 at 0.8)
      LSH verified 310 candidate pairs of 748,476; ~120-270 signatures/s, ~3,000-8,000
        lookups/s, ~250,000-500,000 signature comparisons (pairs)/s
    clustering: 35 articles, 8 gold stories, 20 arrival orders
      8 stories every time; adjusted Rand index 1.000, purity 1.000; 100% of orders give the
        same partition (45% before stories reached by one article were merged)
      store.add ~75-120 ms an article (parse excluded)
    chaining, PolNeAR (no gold; all 2015-16 campaign coverage)
      100 parsed:     dated 89 stories, largest 5; undated 96, largest 2
      400 text only:  dated 374 stories, largest 10; undated 389, largest 4
      store.add grows from ~100 ms to ~150-220 ms over the run
"""

from __future__ import annotations

import argparse
import copy
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from newsdesk.link import dedupe  # noqa: E402
from newsdesk.model import Article, Extraction, Region, article_id  # noqa: E402
from newsdesk.store import Store  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "polnear"
FIXTURES = ROOT / "tests" / "fixtures" / "stories"
SAMPLES = ROOT / "samples"
CLUSTERS = ROOT / "benchmarks" / "clusters"

# Sentences a re-poster adds; written for this benchmark.
CREDITS = [
    "This article first appeared on a partner site and is republished with permission.",
    "Editor's note: this story has been updated with additional reporting.",
    "Distributed by a news agency for its subscribers.",
    "Sign up for our morning newsletter to get stories like this one in your inbox.",
]
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


# ------------------------------------------------------------------ copies


def retypeset(text: str) -> str:
    """Straight quotes become curly and curly ones straight, as a different CMS would set them."""
    if "“" in text or "’" in text:
        return text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")
    out, opening = [], True
    for char in text:
        if char == '"':
            out.append("“" if opening else "”")
            opening = not opening
        else:
            out.append("’" if char == "'" else char)
    return "".join(out)


def new_headline(text: str, n: int) -> str:
    lines = text.split("\n", 1)
    return f"Wire report {n}: what happened and what comes next\n" + (
        lines[1] if len(lines) > 1 else ""
    )


def drop_sentence(text: str, rng: random.Random) -> str:
    head, _, body = text.partition("\n")
    sentences = _SENTENCE.split(body)
    if len(sentences) > 3:
        del sentences[rng.randrange(1, len(sentences) - 1)]
    return head + "\n" + " ".join(sentences)


def add_sentence(text: str, rng: random.Random) -> str:
    return text.rstrip() + "\n\n" + rng.choice(CREDITS) + "\n"


KINDS: dict[str, Callable[[str, int, random.Random], str]] = {
    "headline": lambda t, n, _r: new_headline(t, n),
    "retypeset": lambda t, _n, _r: retypeset(t),
    "drop sentence": lambda t, _n, r: drop_sentence(t, r),
    "add sentence": lambda t, _n, r: add_sentence(t, r),
    "all four": lambda t, n, r: add_sentence(drop_sentence(retypeset(new_headline(t, n)), r), r),
}


def exact_jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0


def bench_copies(data: Path, copies: int, seed: int) -> None:
    paths = sorted((data / "train" / "text").glob("*.txt")) + sorted(
        (data / "dev" / "text").glob("*.txt")
    )
    texts = {p.stem: p.read_text(encoding="utf-8") for p in paths}
    rng = random.Random(seed)
    names = sorted(texts)
    chosen = rng.sample(names, min(copies, len(names)))
    kinds = sorted(KINDS)
    gold: dict[frozenset[str], str] = {}
    for n, name in enumerate(chosen):
        kind = kinds[n % len(kinds)]
        ident = f"copy-{n}:{name}"
        texts[ident] = KINDS[kind](texts[name], n, rng)
        gold[frozenset((name, ident))] = kind
    order = sorted(texts)
    rng.shuffle(order)
    print(f"## Copies: {len(paths)} PolNeAR articles, {len(gold)} injected copies")

    started = time.perf_counter()
    signatures = {k: dedupe.minhash(texts[k]) for k in order}
    sig_seconds = time.perf_counter() - started

    # The store's lookup, in memory: band keys → earlier articles; verify by the estimate.
    bands: dict[tuple[int, int], list[str]] = {}
    found: set[frozenset[str]] = set()
    compared = 0
    started = time.perf_counter()
    for name in order:
        sig = signatures[name]
        if sig is None:
            continue
        keys = list(enumerate(dedupe.band_keys(sig)))
        candidates = sorted({other for key in keys for other in bands.get(key, [])})
        for other in candidates:
            other_sig = signatures[other]
            assert other_sig is not None
            compared += 1
            if dedupe.is_copy(sig, other_sig):
                found.add(frozenset((name, other)))
        for key in keys:
            bands.setdefault(key, []).append(name)
    lookup_seconds = time.perf_counter() - started

    shingles = {k: dedupe.shingles(texts[k]) for k in order}
    true_pos = found & set(gold)
    unexplained = sorted(found - set(gold), key=sorted)
    truly_near = [p for p in unexplained if exact_jaccard(*(shingles[x] for x in p)) >= 0.8]
    print(f"signatures: {len(order) / sig_seconds:,.0f} texts/s ({len(order)} texts)")
    possible = len(order) * (len(order) - 1) // 2
    print(
        f"LSH lookup: {compared:,} candidate pairs verified of {possible:,} possible, "
        f"{len(order) / lookup_seconds:,.0f} texts/s"
    )
    sigs = [s for s in signatures.values() if s is not None][:400]
    started = time.perf_counter()
    pairs = 0
    for a, b in combinations(sigs, 2):
        dedupe.jaccard(a, b)
        pairs += 1
    print(f"signature comparisons: {pairs / (time.perf_counter() - started):,.0f} pairs/s")
    precision = len(true_pos) / len(found) if found else 0.0
    recall = len(true_pos) / len(gold)
    print(f"found {len(found)} pairs; precision {precision:.3f}, recall {recall:.3f} (injected)")
    right = len(true_pos) + len(truly_near)
    print(f"precision counting real near-duplicates as right: {right / len(found):.3f}")
    print(
        f"found pairs not injected: {len(unexplained)}, of which {len(truly_near)} have exact "
        f"Jaccard >= 0.8 (real near-duplicates in PolNeAR)"
    )
    for pair in unexplained[:5]:
        a, b = sorted(pair)
        print(f"  {a}  ~  {b}  exact J {exact_jaccard(shingles[a], shingles[b]):.2f}")
    by_kind = Counter(gold.values())
    hit_kind = Counter(gold[p] for p in true_pos)
    for kind in kinds:
        print(f"  recall, {kind:<14} {hit_kind[kind] / by_kind[kind]:.3f} ({by_kind[kind]})")
    jaccards = sorted(exact_jaccard(*(shingles[x] for x in p)) for p in gold)
    print(
        f"exact Jaccard of injected pairs: min {jaccards[0]:.2f}, median "
        f"{jaccards[len(jaccards) // 2]:.2f}"
    )

    started = time.perf_counter()
    brute = set()
    n_pairs = 0
    usable = [k for k in order if signatures[k] is not None]
    for a, b in combinations(usable, 2):
        n_pairs += 1
        sa, sb = shingles[a], shingles[b]
        small, large = (sa, sb) if len(sa) < len(sb) else (sb, sa)
        if len(small) < 0.8 * len(large):  # Jaccard <= |small| / |large|
            continue
        if exact_jaccard(sa, sb) >= 0.8:
            brute.add(frozenset((a, b)))
    brute_seconds = time.perf_counter() - started
    print(
        f"brute force: {len(brute)} pairs with exact Jaccard >= 0.8 among {n_pairs:,} pairs "
        f"({n_pairs / brute_seconds:,.0f} pairs/s with a size filter); the detector found "
        f"{len(brute & found)} of them, and {len(found - brute)} found pairs are below 0.8 exact"
    )


# ------------------------------------------------------------------ clustering


def adjusted_rand(truth: list[str], found: list[str]) -> float:
    """Hubert and Arabie's ARI over two labelings of the same items."""

    def pairs(n: int) -> float:
        return n * (n - 1) / 2

    table = Counter(zip(truth, found, strict=True))
    sum_cells = sum(pairs(v) for v in table.values())
    sum_truth = sum(pairs(v) for v in Counter(truth).values())
    sum_found = sum(pairs(v) for v in Counter(found).values())
    expected = sum_truth * sum_found / pairs(len(truth))
    maximum = (sum_truth + sum_found) / 2
    return 1.0 if maximum == expected else (sum_cells - expected) / (maximum - expected)


def purity(truth: list[str], found: list[str]) -> float:
    clusters: dict[str, Counter[str]] = {}
    for t, f in zip(truth, found, strict=True):
        clusters.setdefault(f, Counter())[t] += 1
    return sum(c.most_common(1)[0][1] for c in clusters.values()) / len(truth)


def gold_sets() -> list[tuple[str, list[Path], Path]]:
    """(story, article files, sidecar) for every own-written story the project holds."""
    sets = [("tagus", [SAMPLES / "articles"], SAMPLES / "meta.jsonl")]
    for prefix in sorted({p.name.split("-")[0] for p in FIXTURES.glob("*.txt")}):
        sets.append((prefix, sorted(FIXTURES.glob(f"{prefix}-*.txt")), FIXTURES / "meta.jsonl"))
    for folder in sorted(p for p in CLUSTERS.iterdir() if (p / "meta.jsonl").exists()):
        files = sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))
        sets.append((folder.name, files, folder / "meta.jsonl"))
    return sets


def gold_extractions() -> tuple[list[Extraction], dict[str, str]]:
    from newsdesk import ingest
    from newsdesk.pipeline import process_many

    articles: list[Article] = []
    gold: dict[str, str] = {}
    for story, files, meta in gold_sets():
        sidecar = ingest.load_sidecar(meta)
        for path in ingest.iter_input_paths([str(f) for f in files]):
            for item in ingest.read_path(
                path, sidecar, ingest.Overrides(None, None, None), max_bytes=10_000_000
            ):
                if isinstance(item, ingest.InputError):
                    raise SystemExit(f"gold article unreadable: {item}")
                articles.append(item)
                gold[item.id] = story
    return list(process_many(articles)), gold


def within_days(extractions: list[Extraction], rng: random.Random) -> list[Extraction]:
    """Date order, each day's articles shuffled: the order a dated stream arrives in."""
    days: dict[date | None, list[Extraction]] = {}
    for ex in extractions:
        days.setdefault(ex.article.published, []).append(ex)
    order: list[Extraction] = []
    for day in sorted(days, key=lambda d: (d is None, d or date.min)):
        part = days[day][:]
        rng.shuffle(part)
        order.extend(part)
    return order


def bench_clustering(shuffles: int, seed: int) -> None:
    """The gold sets are developments over several days: threads, each of tight stories."""
    started = time.perf_counter()
    extractions, gold = gold_extractions()
    print(
        f"\n## Clustering: {len(extractions)} articles, {len(set(gold.values()))} gold "
        f"developments (parsed in {time.perf_counter() - started:.1f}s)"
    )
    ids = sorted(gold)
    truth = [gold[i] for i in ids]
    rng = random.Random(seed)
    partitions, aris, purities, counts, thread_counts = [], [], [], [], []
    placed = 0.0
    for _ in range(shuffles):
        order = within_days(extractions, rng)
        with Store(":memory:") as store:
            started = time.perf_counter()
            for ex in order:
                store.add(copy.deepcopy(ex))
            store.settle()
            placed += time.perf_counter() - started
            held = store.stories()
            story = {m.id: s.id for s in held for m in s.members}
            thread = {m.id: s.thread or s.id for s in held for m in s.members}
            counts.append(len(held))
            thread_counts.append(len(set(thread.values())))
        found = [story[i] for i in ids]
        partitions.append(frozenset(frozenset(i for i in ids if story[i] == s) for s in set(found)))
        aris.append(adjusted_rand(truth, [thread[i] for i in ids]))
        purities.append(purity(truth, found))
    same = sum(p == partitions[0] for p in partitions) / len(partitions)
    print(f"orders (dates kept, shuffled within days): {shuffles}")
    print(
        f"stories formed: min {min(counts)}, max {max(counts)}; story purity against the "
        f"developments: mean {sum(purities) / len(purities):.3f}, min {min(purities):.3f}"
    )
    print(
        f"threads formed: min {min(thread_counts)}, max {max(thread_counts)}; adjusted Rand "
        f"index of threads: mean {sum(aris) / len(aris):.3f}, min {min(aris):.3f}"
    )
    print(f"orders giving the first order's stories: {same:.0%}")
    print(f"store.add (parse excluded): {1000 * placed / (shuffles * len(extractions)):.1f} ms")


def polnear_articles(data: Path, n: int, seed: int) -> list[Article]:
    paths = sorted((data / "train" / "text").glob("*.txt"))
    articles = []
    for path in random.Random(seed).sample(paths, min(n, len(paths))):
        text = path.read_text(encoding="utf-8")
        head = text.find("\n")
        day = re.search(r"_(\d{4}-\d{2}-\d{2})_", path.name)
        articles.append(
            Article(
                article_id(text),
                text,
                path=path.name,
                title=text[:head],
                published=date.fromisoformat(day.group(1)) if day else None,
                language="en",
                regions=[Region("headline", 0, head), Region("body", head + 1, len(text))]
                if head > 0
                else [],
            )
        )
    return articles


def bench_scale(data: Path, n: int, seed: int, parse: bool) -> None:
    """PolNeAR articles placed dated (from their file names) and undated.

    All of PolNeAR is 2015–16 US campaign coverage: the largest story says how far single-pass
    centroids chain topical articles when little but the same words and people separate them.
    There is no story gold, so this is a measure of chaining and cost, not of quality.
    """
    articles = polnear_articles(data, n, seed)
    how = "parsed (actors)" if parse else "text only (no parse, no actors)"
    started = time.perf_counter()
    if parse:
        from newsdesk.pipeline import process_many

        extractions = list(process_many(articles))
    else:
        extractions = [Extraction(a) for a in articles]
    print(
        f"\n## Scale: {len(articles)} PolNeAR articles, {how}, "
        f"prepared in {time.perf_counter() - started:.0f}s"
    )
    for dated in (True, False):
        with Store(":memory:") as store:
            times = []
            for ex in extractions:
                ex = copy.deepcopy(ex)
                if not dated:
                    ex.article.published = None
                started = time.perf_counter()
                store.add(ex)
                times.append(time.perf_counter() - started)
            store.settle()
            sizes = Counter(len(s.originals) for s in store.stories())
        tenth = max(1, len(times) // 10)
        print(
            f"{'dated' if dated else 'undated'}: {sum(sizes.values())} stories, largest "
            f"{max(sizes)} (sizes {', '.join(f'{k}×{v}' for k, v in sorted(sizes.items()))}); "
            f"store.add {1000 * sum(times[:tenth]) / tenth:.0f} ms (first {tenth}), "
            f"{1000 * sum(times[-tenth:]) / tenth:.0f} ms (last {tenth})"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT)
    parser.add_argument("--copies", type=int, default=300)
    parser.add_argument("--shuffles", type=int, default=20)
    parser.add_argument("--scale", type=int, default=400, help="text-only articles; 0 to skip")
    parser.add_argument("--parsed", type=int, default=100, help="parsed articles; 0 to skip")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    if not (args.data / "train" / "text").is_dir():
        print(
            f"PolNeAR not found at {args.data} (../shared is absent); nothing measured",
            file=sys.stderr,
        )
        return 2
    bench_copies(args.data, args.copies, args.seed)
    bench_clustering(args.shuffles, args.seed)
    if args.parsed:
        bench_scale(args.data, args.parsed, args.seed, parse=True)
    if args.scale:
        bench_scale(args.data, args.scale, args.seed, parse=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
