"""Stories from a stream: one event each, formed a day at a time, linked into threads.

A story is one event or development as outlets report it (a bill's committee vote, its floor
vote and its signing are three stories); a thread links the stories of one development over
weeks.  The method is the topic-detection-and-tracking recipe (Yang, Pierce and Carbonell 1998;
Allan et al. 1998) with two choices measured on our own labelled streams
(``benchmarks/stories_stream.py``):

- **An article is a TF-IDF vector** of its headline and lead (``signature``): content words of
  the title, each counted ``TITLE_WEIGHT`` times, and of the first ``LEAD_WORDS`` words of the
  body (the inverted pyramid puts the event there, and a fixed lead keeps long and short
  articles on one scale), plus its actors' ids (``"@person:..."``).  Weights are sublinear
  (1 + log tf); IDF comes from the stream itself (document frequencies of the stored originals)
  and is fixed in an article's vector when it is placed.
- **Closeness is group-average**: the similarity of two clusters is the mean cosine over every
  pair of their members (``similarity``), i.e. the dot product of their summed unit vectors over
  the product of their sizes.  An article therefore joins a story only when it is close to the
  story as a whole; a centroid cosine would let a loose story, whose members point different
  ways, reach further with every member it takes (on the tuning stream the group average gave
  the better B-cubed F1 at every threshold).  Time enters twice: stories more than
  ``QUIET_DAYS`` apart from an article (between date ranges) cannot take it, and each day apart
  takes ``DAY_DECAY`` of the score away.
- **A day is clustered as a batch** (``group_average``): the day's articles, together with the
  stories still open from neighbouring days, are merged pair by pair, closest pair first, while
  the closest pair reaches ``THRESHOLD`` (agglomerative group-average clustering, with stories
  from other days fixed: two of them never merge, so a story is never pulled into another).
  The result depends on the set of the day's articles and not on their order of arrival; ties
  are broken by ids.  The store clusters a day when it closes (see ``link.placement``).

Threads (``thread_for``): a new story joins the thread whose articles of the last
``THREAD_DAYS`` days are closest to it on average, when that reaches ``THREAD_THRESHOLD``;
otherwise it starts a thread.  Threads never change what a story holds.

Undated articles have no time terms: they form stories among undated articles only, at the
stricter ``UNDATED_THRESHOLD`` (without dates, topical coverage of months is one blur).
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from spacy.lang.en.stop_words import STOP_WORDS

from newsdesk.link.dedupe import body_text
from newsdesk.model import Extraction

# Tuned on benchmarks/streams/a and b (our tuning streams; c is held out): see
# benchmarks/stories_stream.py.
TITLE_WEIGHT = 3.0  # a headline word counts as three body words
LEAD_WORDS = 150  # body words read: about the first three paragraphs
THRESHOLD = 0.06  # group-average cosine a story must reach to take an article
QUIET_DAYS = 1  # a story takes articles dated at most this many days from its own dates
DAY_DECAY = 0.2  # share of the score each day apart takes away
UNDATED_THRESHOLD = 0.12
THREAD_THRESHOLD = 0.08  # 0.05 scored 2 points more thread F1 at 0.81 precision, this 0.89
THREAD_DAYS = 60
CANDIDATE_KEYS = 12  # an article looks for stories through its most distinctive keys
ACTOR_KEY = "@"
DENSE_KEY = "~"  # dimensions of a dense vector mixed in (link.embeddings): they link no pair

# Words: letters (2+), or numbers as written ("1.9", "219", "15"): figures name events.
_WORD = re.compile(r"[^\W\d_]{2,}|\d+(?:[.,]\d+)*")

Vector = dict[str, float]


@dataclass(frozen=True)
class Signature:
    """What an article brings to a story: sublinear term weights (no IDF yet) and its date."""

    weights: dict[str, float]
    published: date | None


def story_id(article_id: str) -> str:
    return f"s-{article_id}"


def thread_id(story: str) -> str:
    return "t-" + story.removeprefix("s-")


def words(text: str) -> list[str]:
    """Content words and figures, folded; stop words carry no event."""
    folded = unicodedata.normalize("NFKC", text).lower().replace("’", "'")
    found = []
    for word in _WORD.findall(folded):
        if word[0].isdigit():
            word = word.replace(",", "")
            if len(word) < 2:
                continue
        elif word in STOP_WORDS:
            continue
        found.append(word)
    return found


def lead(text: str, limit: int = LEAD_WORDS) -> str:
    return " ".join(text.split()[:limit])


def signature(ex: Extraction) -> Signature:
    counts: dict[str, float] = {}
    for word in words(ex.article.title or ""):
        counts[word] = counts.get(word, 0.0) + TITLE_WEIGHT
    for word in words(lead(body_text(ex.article))):
        counts[word] = counts.get(word, 0.0) + 1.0
    for actor in ex.actors:
        key = ACTOR_KEY + actor.id
        counts[key] = counts.get(key, 0.0) + max(1, len(actor.mentions))
    weights = {k: 1.0 + math.log(v) for k, v in sorted(counts.items()) if v >= 1.0}
    return Signature(weights, ex.article.published)


def idf(df: int, n: int) -> float:
    """Smoothed IDF: a key no stored article has weighs most, one every article has least."""
    return math.log((1 + n) / (1 + df)) + 1.0


def vector(weights: Mapping[str, float], idf_of: Callable[[str], float]) -> Vector:
    """The unit TF-IDF vector of sublinear weights, keys sorted (sums are then reproducible)."""
    scaled = {k: w * idf_of(k) for k, w in sorted(weights.items())}
    norm = math.sqrt(sum(v * v for v in scaled.values()))
    return {k: v / norm for k, v in scaled.items()} if norm else {}


def candidate_keys(weights: Mapping[str, float], idf_of: Callable[[str], float]) -> list[str]:
    """The article's most distinctive keys: a story of the same event shares one of them."""
    ranked = sorted(weights, key=lambda k: (-weights[k] * idf_of(k), k))
    return ranked[:CANDIDATE_KEYS]


def dot(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b[k] for k, v in a.items() if k in b)


@dataclass
class Cluster:
    """A story as the clustering sees it: the sum of its members' unit vectors, size, dates.

    ``fixed`` clusters are stories of other days: they take articles but never merge.
    """

    id: str
    total: Vector = field(default_factory=dict)
    size: int = 0
    first: date | None = None
    last: date | None = None
    fixed: bool = False

    @classmethod
    def of(
        cls, ident: str, members: Iterable[tuple[Vector, date | None]], fixed: bool = False
    ) -> Cluster:
        cluster = cls(ident, fixed=fixed)
        for vec, day in members:
            cluster.add(vec, day)
        return cluster

    def add(self, vec: Mapping[str, float], day: date | None) -> None:
        for k, v in vec.items():
            self.total[k] = self.total.get(k, 0.0) + v
        self.size += 1
        if day is not None:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)

    def absorb(self, other: Cluster) -> None:
        for k, v in other.total.items():
            self.total[k] = self.total.get(k, 0.0) + v
        self.size += other.size
        for day in (other.first, other.last):
            if day is not None:
                self.first = day if self.first is None else min(self.first, day)
                self.last = day if self.last is None else max(self.last, day)


def days_apart(a: Cluster, b: Cluster) -> int | None:
    """Days between two clusters' date ranges (0 when they overlap); None if either is undated."""
    if a.first is None or a.last is None or b.first is None or b.last is None:
        return None
    return max((a.first - b.last).days, (b.first - a.last).days, 0)


def similarity(a: Cluster, b: Cluster) -> float | None:
    """Group-average cosine with the time decay; None when the two may not be joined."""
    if a.size == 0 or b.size == 0 or (a.fixed and b.fixed):
        return None
    gap = days_apart(a, b)
    if gap is None:
        if (a.first is None) != (b.first is None):  # undated and dated never meet
            return None
        factor = 1.0
    elif gap > QUIET_DAYS:
        return None
    else:
        factor = 1.0 - DAY_DECAY * gap
    return dot(a.total, b.total) / (a.size * b.size) * factor


def threshold_for(a: Cluster, threshold: float = THRESHOLD) -> float:
    """``threshold`` for dated clusters; undated ones need as much more as the defaults say."""
    return threshold + (UNDATED_THRESHOLD - THRESHOLD) if a.first is None else threshold


def group_average(
    new: list[Cluster],
    fixed: list[Cluster],
    threshold: float = THRESHOLD,
    work: Counter[str] | None = None,
) -> dict[str, str]:
    """Agglomerative group-average clustering of a day's articles with the open stories.

    ``new`` are single articles (id = article id), ``fixed`` the stories they may join.  The
    closest pair is merged first, while it reaches the threshold; two fixed stories never merge.
    Returns, for each new article, the fixed story it joined or the smallest article id of the
    new cluster it is in.  Only pairs sharing a key are ever compared (others score 0 on
    TF-IDF; the dimensions of a mixed-in dense vector do not count as shared keys); ``work``
    counts them (``pairs scored``).
    """
    nodes: list[Cluster] = []
    labels: list[str] = []  # a fixed story's id, or the smallest article id of a new cluster
    members: list[list[str]] = []
    for cluster in sorted(fixed, key=lambda c: c.id):
        nodes.append(
            Cluster(
                cluster.id,
                dict(cluster.total),
                cluster.size,
                cluster.first,
                cluster.last,
                fixed=True,
            )
        )
        labels.append(cluster.id)
        members.append([])
    for cluster in sorted(new, key=lambda c: c.id):
        nodes.append(
            Cluster(cluster.id, dict(cluster.total), cluster.size, cluster.first, cluster.last)
        )
        labels.append(cluster.id)
        members.append([cluster.id])
    alive = set(range(len(nodes)))
    holding: dict[str, set[int]] = {}
    for i, node in enumerate(nodes):
        for key in node.total:
            if key[:1] != DENSE_KEY:
                holding.setdefault(key, set()).add(i)
    heap: list[tuple[float, int, int]] = []

    def push(i: int) -> None:
        near = {j for key in nodes[i].total for j in holding.get(key, ()) if j != i and j in alive}
        if work is not None:
            work["pairs scored"] += len(near)
        for j in sorted(near):
            score = similarity(nodes[i], nodes[j])
            if score is not None and score >= threshold_for(nodes[i], threshold):
                heapq.heappush(heap, (-score, min(i, j), max(i, j)))

    for i in range(len(nodes)):
        if not nodes[i].fixed:
            push(i)
    while heap:
        _score, i, j = heapq.heappop(heap)
        if i not in alive or j not in alive:
            continue
        keep, gone = (i, j) if nodes[i].fixed or not nodes[j].fixed else (j, i)
        merged = Cluster(
            nodes[keep].id,
            dict(nodes[keep].total),
            nodes[keep].size,
            nodes[keep].first,
            nodes[keep].last,
            nodes[keep].fixed,
        )
        merged.absorb(nodes[gone])
        label = labels[keep] if merged.fixed else min(labels[keep], labels[gone])
        nodes.append(merged)
        labels.append(label)
        members.append(members[keep] + members[gone])
        alive -= {i, j}
        k = len(nodes) - 1
        alive.add(k)
        for key in merged.total:
            if key[:1] != DENSE_KEY:
                holding.setdefault(key, set()).add(k)
        push(k)
    return {article: labels[i] for i in sorted(alive) for article in members[i]}


def thread_for(story: Cluster, threads: Mapping[str, Cluster]) -> str | None:
    """The thread a new story continues: closest on average over its recent articles."""
    best: tuple[float, str] | None = None
    for ident in sorted(threads):
        recent = threads[ident]
        if recent.size == 0:
            continue
        score = dot(story.total, recent.total) / (story.size * recent.size)
        if best is None or score > best[0]:
            best = (score, ident)
    return best[1] if best is not None and best[0] >= THREAD_THRESHOLD else None
