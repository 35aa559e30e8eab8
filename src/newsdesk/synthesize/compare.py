"""Outlet comparison: the story's claims matched across articles, and what the matching shows.

Everything here reads records (``Claim``, ``Stance`` through the positions, ``Article``); nothing
parses.  The steps, each linear in the number of claims or bounded per claim:

1. **Vectors.** Each claim is a TF-IDF vector over its terms (content lemmas with synonyms
   folded, its topic) and its actors (by shared id), unit length: a sparse matrix, rows claims.
2. **Candidates through an index.** For every term only the ``POSTINGS`` claims where it weighs
   most are kept (an impact-ordered inverted index, pruned); a claim's candidates are the claims
   it meets in the postings of its own terms, so each claim is compared with at most
   ``terms × POSTINGS`` others however long the story.  Claims with the same holder and topic
   are candidates too (blocked on that key, ``POSTINGS`` per block), so that two accounts of
   what one actor said on one topic meet even when worded apart.  ``last_comparisons`` counts
   the pairs scored; the tests check it grows linearly.
3. **Agreement.** A candidate pair above ``THRESHOLD`` cosine is one fact only if the claims
   agree: the same holder (when both name one), the same polarity, no number of the same unit
   that differs, no day date that differs.  Each claim joins its best match in each other
   article (best-match edges, closest first), and two claims of one article meet in a fact
   only when they are close themselves (``RELATED``), so loosely related sentences do not
   chain into one fact.
4. **Findings.** Facts every column reports; per column, the few facts only it reports, ranked
   by how much they matter to the story (central to it, early in their article, about its
   main actors, current rather than history, stated rather than supposed); disagreements
   (same holder, topic and predicate with opposite polarity, or one fact with different
   numbers of one measured quantity, or one act of one doer told on two days a week or less
   apart, both before either piece appeared); for opinion columns their argument
   (evaluative and prescriptive claims) apart from the facts; and, for each pair of outlets,
   which piece is newer and what it changes.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
from scipy import sparse

from newsdesk.knowledge import lexicon
from newsdesk.model import Claim, Extraction, iso_day
from newsdesk.synthesize.briefing_types import (
    ActorPositions,
    Argument,
    Change,
    Citation,
    ClaimSide,
    Column,
    Comparison,
    Disagreement,
    OnlyIn,
    Update,
)
from newsdesk.synthesize.briefing_types import Fact as FactEntry
from newsdesk.synthesize.concepts import concepts
from newsdesk.synthesize.timeline import display_name, sort_key

THRESHOLD = 0.35  # cosine at which two agreeing claims state one fact
SENTENCE_THRESHOLD = 0.1  # cosine of the two claims' whole sentences, past which they can be one
_MONEY = frozenset({"$", "€", "£"})
DATE_SLIP_DAYS = 7  # two days this close told of one act are one act misdated, not two acts
RELATED = 0.25  # cosine at which claims are close enough for a number or date to conflict
POSTINGS = 16  # claims kept per term in the candidate index, and per holder-topic block
ONLY_LIMIT = 8  # facts listed per column that only that column reports
SHARED_LIMIT = 30  # facts reported by several columns, most important first
ARGUMENT_LIMIT = 8  # claims of an opinion column's argument
NEW_LIMIT = 3  # new facts listed per newer piece
LABEL_LIMIT = 240
HISTORY_YEARS = 2

last_comparisons = 0  # candidate pairs scored by the last ``match`` (for tests and benchmarks)

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class Item:
    """A claim of the story with the article it comes from."""

    claim: Claim
    article: str
    outlet: str
    column: str
    opinion: bool
    published: str | None
    text: str  # the sentence
    position: int  # the sentence's place among its article's claims (0: the lead)
    order: int
    bounds: tuple[str | None, ...] = ()  # for each of the claim's numbers: "upper", "lower", None

    def citation(self) -> Citation:
        return {"article": self.article, "outlet": self.outlet,
                "start": self.claim.start, "end": self.claim.end}

    def side(self, values: list[str]) -> ClaimSide:
        return {"article": self.article, "outlet": self.outlet, "start": self.claim.start,
                "end": self.claim.end, "column": self.column, "text": self.text,
                "values": values}


def column_of(outlet: str | None, genre: str, path: str | None) -> str:
    """An outlet's reporting and its opinion pages are different columns of the matrix."""
    name = outlet or f"unknown outlet ({path or 'no path'})"
    return f"{name} (opinion)" if genre == "opinion" else name


def items_of(extractions: list[Extraction]) -> list[Item]:
    found: list[Item] = []
    for index, ex in enumerate(extractions):
        art = ex.article
        column = column_of(art.outlet, art.genre, art.path)
        sentences: dict[int, int] = {}
        for n, claim in enumerate(ex.claims):
            position = sentences.setdefault(claim.start, len(sentences))
            found.append(
                Item(claim, art.id, art.outlet or "unknown outlet", column,
                     art.genre == "opinion", iso_day(art.published),
                     " ".join(art.text[claim.start:claim.end].split()), position,
                     index * 100_000 + n,
                     tuple(bound_of(art.text[max(claim.start, number.start - 24):number.start])
                           for number in claim.numbers))
            )
    return found


_UPPER_BOUND = re.compile(r"\b(?:up to|as (?:much|many|high) as|at most|no more than|"
                          r"a maximum of)\s*[$€£]?\s*$", re.IGNORECASE)
_LOWER_BOUND = re.compile(r"\b(?:at least|more than|over|upwards of|no (?:fewer|less) than|"
                          r"a minimum of)\s*[$€£]?\s*$", re.IGNORECASE)


def bound_of(before: str) -> str | None:
    """Whether a figure is a bound, from the words just before it: "up to 25,000 barrels" is
    at most that many ("upper"), "more than 11 workers" at least ("lower"); None for a figure
    given as it is."""
    if _UPPER_BOUND.search(before):
        return "upper"
    if _LOWER_BOUND.search(before):
        return "lower"
    return None


# ---------------------------------------------------------------- vectors and candidates


def vectors(items: list[Item]) -> sparse.csr_matrix:
    """TF-IDF rows of unit length over terms and actor ids (one matrix for the story)."""
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    counts: list[float] = []
    for i, item in enumerate(items):
        terms = Counter(item.claim.terms)
        for actor in item.claim.actors:
            terms["@" + actor] += 1
        for term, count in terms.items():
            rows.append(i)
            cols.append(vocabulary.setdefault(term, len(vocabulary)))
            counts.append(float(count))
    return _tfidf(counts, rows, cols, len(items), len(vocabulary))


def _tfidf(counts: list[float], rows: list[int], cols: list[int], n: int,
           width: int) -> sparse.csr_matrix:
    """Rows of unit length from (row, column, count) triples, each column weighted by its
    smoothed IDF over the ``n`` rows."""
    matrix = sparse.csr_matrix((counts, (rows, cols)), shape=(n, max(1, width)))
    df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=matrix.shape[1])
    idf = np.log((1 + n) / (1 + df)) + 1.0
    matrix = matrix.multiply(idf[np.newaxis, :]).tocsr()
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)


def sentence_vectors(items: list[Item]) -> sparse.csr_matrix:
    """TF-IDF rows of unit length over each claim's whole sentence: its stemmed content words
    and word bigrams (``concepts``), IDF over the story's claims.

    A claim's own terms are few (its predicate, object and topic: "think", "claim, pay"), so
    two claims of one speaker can be close on them while their sentences say different
    things ("I don't think it's a shakedown" and "I don't think it helps to politicize this
    program"; "wanted to get these claims paid" and "claims could be paid within 30-60
    days").  The sentence says what else each one states."""
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for i, item in enumerate(items):
        for concept in sorted(concepts(item.text)):
            rows.append(i)
            cols.append(vocabulary.setdefault(concept, len(vocabulary)))
    return _tfidf([1.0] * len(rows), rows, cols, len(items), len(vocabulary))


def _pruned(matrix: sparse.csr_matrix, keep: int) -> sparse.csr_matrix:
    """The matrix with, in each column (term), only its ``keep`` largest entries."""
    coo = matrix.tocoo()
    order = np.lexsort((coo.row, -coo.data, coo.col))
    col = coo.col[order]
    starts = np.searchsorted(col, col, side="left")
    rank = np.arange(len(col)) - starts
    chosen = order[rank < keep]
    return sparse.csr_matrix(
        (coo.data[chosen], (coo.row[chosen], coo.col[chosen])), shape=matrix.shape
    )


def candidates(items: list[Item], matrix: sparse.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j, of different articles) to score: through the pruned index, and blocked on
    holder and topic.  At most ``terms × POSTINGS`` (plus ``POSTINGS``) per claim."""
    reach = (matrix @ _pruned(matrix, POSTINGS).T).tocoo()
    parts_left, parts_right = [reach.row], [reach.col]
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        holder, topic = item.claim.holder, item.claim.topic
        if holder and topic:
            blocks[(holder, topic)].append(i)
    for members in blocks.values():
        if len(members) > 1:
            block = np.asarray(members, dtype=np.int64)
            lead = block[:POSTINGS]
            parts_left.append(np.repeat(block, len(lead)))
            parts_right.append(np.tile(lead, len(block)))
    left = np.concatenate(parts_left).astype(np.int64)
    right = np.concatenate(parts_right).astype(np.int64)
    index: dict[str, int] = {}
    article = np.array([index.setdefault(item.article, len(index)) for item in items])
    lo, hi = np.minimum(left, right), np.maximum(left, right)
    keep = article[lo] != article[hi]
    n = len(items)
    codes = np.unique(lo[keep] * n + hi[keep])
    return codes // n, codes % n


def cosines(matrix: sparse.csr_matrix, left: np.ndarray, right: np.ndarray,
            chunk: int = 100_000) -> np.ndarray:
    """The exact cosine of each candidate pair, a chunk of pairs at a time (bounded memory)."""
    found = [np.asarray(matrix[left[k:k + chunk]].multiply(matrix[right[k:k + chunk]])
                        .sum(axis=1)).ravel() for k in range(0, len(left), chunk)]
    return np.concatenate(found) if found else np.zeros(0)


# ---------------------------------------------------------------- agreement


def _days(claim: Claim) -> set[str]:
    return {claim.time} if claim.time and _DAY.match(claim.time) else set()


def _numbers(claim: Claim) -> dict[str, set[float]]:
    found: dict[str, set[float]] = defaultdict(set)
    for number in claim.numbers:
        if number.unit:
            found[number.unit].add(number.value)
    return found


def _same_key(a: Claim, b: Claim) -> bool:
    """One holder (or one voice: "the harbour authority said") on one topic, said by both, or
    done by both with the same predicate: where opposite polarity is a contradiction."""
    if not (a.topic and a.topic == b.topic):
        return False
    if (a.source is None) != (b.source is None):
        return False  # what X said against what X did: not one statement
    if a.source is None:
        return bool(a.holder and a.holder == b.holder and a.predicate.lemma == b.predicate.lemma)
    if a.holder or b.holder:
        # one speaker on one topic, and one thing said of it: "the fund will not be controlled
        # by BP" does not deny "the firm must set up a fund"
        return a.holder == b.holder and _same_predicate(a, b)
    return _voice(a) == _voice(b) and a.predicate.lemma == b.predicate.lemma


def _same_predicate(a: Claim, b: Claim) -> bool:
    return lexicon.SYNONYMS.get(a.predicate.lemma, a.predicate.lemma) == \
        lexicon.SYNONYMS.get(b.predicate.lemma, b.predicate.lemma)


_Figures = dict[str, set[tuple[float, str | None]]]  # unit -> (value, bound)


def _bounded(claim: Claim, bounds: tuple[str | None, ...]) -> _Figures:
    found: _Figures = defaultdict(set)
    for k, number in enumerate(claim.numbers):
        if number.unit:
            found[number.unit].add((number.value, bounds[k] if k < len(bounds) else None))
    return found


def _consistent(x: float, bx: str | None, y: float, by: str | None) -> bool:
    """Whether two figures of one quantity can both hold: equal as either writer may have
    rounded them, or one a bound the other keeps ("up to 25,000" and "12,000 to 19,000")."""
    if _rounds_alike(x, y):
        return True
    return (bx == "upper" and y <= x) or (bx == "lower" and y >= x) or \
        (by == "upper" and x <= y) or (by == "lower" and x >= y)


def _conflicting_numbers(a: Claim, b: Claim, bounds_a: tuple[str | None, ...] = (),
                         bounds_b: tuple[str | None, ...] = ()) -> list[str]:
    """Units whose figures differ beyond rounding: no figure of one claim is a figure of the
    other as either writer may have rounded it ("nearly 5 million barrels" is "4.9 million
    barrels"; "4 million" is not).  Money names no thing counted: two sums conflict only as
    objects of one predicate ("the clean-up has cost $940m" against "BP is seeking $700m from
    insurers" are two sums, not one).  A count of one thing conflicts only where one act or
    state is counted ("11 workers are missing" is no other count of "tourism supports 41,000
    workers"); a rate ("barrels a day") is one measured quantity whatever verb gives it."""
    na, nb = _bounded(a, bounds_a), _bounded(b, bounds_b)
    return sorted(u for u in set(na) & set(nb)
                  if not any(_consistent(x, bx, y, by) for x, bx in na[u] for y, by in nb[u])
                  and (u.split("/")[0] not in _MONEY or a.predicate.lemma == b.predicate.lemma)
                  and (_same_predicate(a, b) or "/" in u))


def _significant(value: float) -> int:
    """Significant digits as written: 4,900,000 has two, 800,000 one, 3.25 three."""
    digits = f"{abs(value):.6f}".replace(".", "").strip("0")
    return max(1, len(digits))


def _rounds_alike(x: float, y: float) -> bool:
    """Equal once the more precise figure is rounded to the other's significant digits."""
    if x == y:
        return True
    if x == 0 or y == 0:
        return False
    coarse, fine = (x, y) if _significant(x) <= _significant(y) else (y, x)
    digits = _significant(coarse)
    return float(f"{fine:.{digits}g}") == coarse


def _voice(claim: Claim) -> str | None:
    """Who says it: the source's actor, its words when it names none ("Iranian analysts"),
    None for the article's own voice."""
    if claim.source is None:
        return None
    return claim.source.actor or claim.source.text.lower()


def _anchored(a: Claim, b: Claim) -> bool:
    """Something both claims are about beyond common words: a named actor (person or
    organisation), or the same topic with the same predicate."""
    named = {x for x in a.actors if x.startswith(("person:", "org:", "group:"))}
    if named & set(b.actors):
        return True
    return bool(a.topic and a.topic == b.topic and a.predicate.lemma == b.predicate.lemma)


def same_holder(a: Claim, b: Claim) -> bool:
    """Holders that can be one: equal, or one named among the other's actors ("Trump and
    Rouhani both said" holds Rouhani too)."""
    if not a.holder or not b.holder or a.holder == b.holder:
        return True
    return a.holder in b.actors and b.holder in a.actors


def agree(a: Claim, b: Claim, bounds_a: tuple[str | None, ...] = (),
          bounds_b: tuple[str | None, ...] = ()) -> bool:
    """Whether two close claims can be one fact: kind, holder and voice, polarity, numbers
    and dates agree."""
    if a.kind != b.kind or a.polarity != b.polarity or not same_holder(a, b):
        return False
    if not _anchored(a, b):
        return False
    if (a.modality == "hypothetical") != (b.modality == "hypothetical"):
        return False  # "if Trump wanted a deal" is not "Trump abandoned the deal"
    va, vb = _voice(a), _voice(b)
    named = bool(a.holder and b.holder)
    if va is not None and vb is not None and va != vb and not (named and same_holder(a, b)):
        return False  # two different people's words
    if (va is None) != (vb is None) and (a.holder or b.holder) and not (
        named and same_holder(a, b)
    ):
        return False
    if _conflicting_numbers(a, b, bounds_a, bounds_b):
        return False
    da, db = _days(a), _days(b)
    return not (da and db and da.isdisjoint(db))


def _settled(claim: Claim) -> bool:
    """Said as so, by the text or by someone: not merely supposed in the writer's voice."""
    return claim.modality != "hypothetical" or claim.source is not None


# ---------------------------------------------------------------- grouping


class _Facts:
    """Facts as they grow, each knowing its claims article by article."""

    def __init__(self, items: list[Item], matrix: sparse.csr_matrix) -> None:
        self.parent = list(range(len(items)))
        self.members: list[dict[str, list[int]]] = [
            {item.article: [i]} for i, item in enumerate(items)]
        self.matrix = matrix

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        first, second = self.members[a], self.members[b]
        for article in first.keys() & second.keys():
            if not self._retold(first[article], second[article]):
                return
        keep, gone = min(a, b), max(a, b)
        self.parent[gone] = keep
        merged = self.members[keep]
        for article, claims in self.members[gone].items():
            merged.setdefault(article, []).extend(claims)
        self.members[gone] = {}

    def _retold(self, these: list[int], those: list[int]) -> bool:
        """Two claims of one article in one fact must tell it twice (a lead and the quotation
        that backs it), not merely sit near a third article's sentence."""
        block = self.matrix[these] @ self.matrix[those].T
        return bool(block.nnz) and float(block.max()) >= RELATED


def group(items: list[Item], left: np.ndarray, right: np.ndarray,
          scores: np.ndarray, matrix: sparse.csr_matrix,
          sentences: np.ndarray | None = None) -> list[list[int]]:
    """Facts: claims joined to their best agreeing match in each other article, the closest
    pairs first; two claims of one article meet in a fact only when they are themselves
    close.  Without that check, forty reports of one day chained through their best matches
    into one "fact" of a hundred sentences (each sentence's best match in some article being
    another's neighbour)."""
    facts = _Facts(items, matrix)
    keep = scores >= THRESHOLD
    if sentences is not None:
        keep &= sentences >= SENTENCE_THRESHOLD
    left, right, scores = left[keep], right[keep], scores[keep]
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for i, j, score in zip(left.tolist(), right.tolist(), scores.tolist(), strict=True):
        if not agree(items[i].claim, items[j].claim, items[i].bounds, items[j].bounds):
            continue
        for a, b in ((i, j), (j, i)):
            key = (a, items[b].article)
            if key not in best or (score, -b) > (best[key][0], -best[key][1]):
                best[key] = (score, b)
    edges = sorted(((score, min(i, j), max(i, j)) for (i, _a), (score, j) in best.items()),
                   key=lambda e: (-e[0], e[1], e[2]))
    for _score, i, j in edges:
        facts.join(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[facts.find(i)].append(i)
    return sorted(groups.values(), key=lambda g: min(items[i].order for i in g))


# ---------------------------------------------------------------- importance


def importance(items: list[Item], matrix: sparse.csr_matrix,
               extractions: list[Extraction]) -> np.ndarray:
    """How much each claim matters to the story, from its records alone.

    Centrality (cosine to the story's centroid), the lead (earlier sentences of an article say
    what is new), the story's main actors (the share of articles naming them), current rather
    than history, and stated rather than supposed.
    """
    if not items:
        return np.zeros(0)
    centroid = np.asarray(matrix.sum(axis=0)).ravel()
    norm = float(np.linalg.norm(centroid)) or 1.0
    central = np.asarray(matrix @ (centroid / norm)).ravel()
    reach: Counter[str] = Counter()
    for ex in extractions:
        reach.update({c for claim in ex.claims for c in claim.actors})
    total = max(1, len(extractions))
    years = [int(i.published[:4]) for i in items if i.published]
    first_year = min(years) if years else None
    found = np.zeros(len(items))
    for k, item in enumerate(items):
        claim = item.claim
        lead = 1.0 / (1.0 + 0.15 * item.position)
        actors = min(1.0, sum(reach[a] / total for a in claim.actors if
                              a.startswith(("person:", "org:"))))
        history = 1.0
        if claim.time and first_year is not None:
            year = sort_key(claim.time)[:4]
            if year.isdigit() and int(year) < first_year - HISTORY_YEARS:
                history = 0.3
        sure = {"asserted": 1.0, "future": 0.9, "possible": 0.7, "hypothetical": 0.5}
        kind = 1.0 if claim.kind == "report" else 0.6
        found[k] = (central[k] + 0.3 * actors) * lead * history * sure[claim.modality] * kind
    return found


# ---------------------------------------------------------------- findings


def _label(text: str) -> str:
    return text if len(text) <= LABEL_LIMIT else text[: LABEL_LIMIT - 1].rstrip() + "…"


def _show(values: set[float]) -> list[str]:
    return sorted(f"{v:g}" for v in values)


def _about(claim: Claim, names: dict[str, str]) -> str:
    """'Donald Trump on sanctions relief', 'the harbour authority on fuel delivery'."""
    if claim.holder:
        who = display_name(claim.holder, names)
    else:
        who = claim.source.text if claim.source is not None else "the article"
    return f"{who} on {claim.topic}" if claim.topic else who


def _told_on_other_days(a: Item, b: Item, score: float) -> bool:
    """One act of one doer told on two days by two outlets: "seized the ferry on Monday"
    against "on Tuesday", stated as done, with one predicate and one polarity, both days
    within a week of each other (a weekday resolved a week apart is the usual slip) and both
    before either article appeared; a day after one article appeared is a later happening
    that article could not report ("seized it again on Wednesday")."""
    ca, cb = a.claim, b.claim
    days_a, days_b = _days(ca), _days(cb)
    if not (days_a and days_b) or not days_a.isdisjoint(days_b) or score < THRESHOLD:
        return False
    if ca.modality != "asserted" or cb.modality != "asserted":
        return False  # "I will meet him" dated the day it was said is no day of the meeting
    if not (ca.holder and ca.holder == cb.holder) or ca.polarity != cb.polarity or \
            ca.predicate.lemma != cb.predicate.lemma:
        return False
    days = sorted(date.fromisoformat(d) for d in days_a | days_b)
    if (days[-1] - days[0]).days > DATE_SLIP_DAYS:
        return False
    published = [p for p in (a.published, b.published) if p]
    return len(published) == 2 and all(days[-1].isoformat() <= p[:10] for p in published)


_PERIOD = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def _period(claim: Claim) -> tuple[date, date] | None:
    """The first and last day of a claim's time when it is a year, a month or a day."""
    found = _PERIOD.match(claim.time or "")
    if found is None:
        return None
    year, month, day = int(found[1]), found[2], found[3]
    if day:
        one = date(year, int(month), int(day))
        return one, one
    if month:
        first = date(year, int(month), 1)
        following = date(year + (first.month == 12), first.month % 12 + 1, 1)
        return first, following - timedelta(days=1)
    return date(year, 1, 1), date(year, 12, 31)


def _dated_long_before(dated: Item, other: Item) -> bool:
    """A claim whose time ended more than a week before the other's article appeared, the
    other undated, or the two times apart: a chronology's "April 25 - the well is leaking 1,000
    barrels a day" and a later report's "5,000 barrels a day are flowing", or "the 2005 blast
    killed 15 workers" and "the explosion killed 11 workers", tell two moments, not one figure
    twice."""
    when = _period(dated.claim)
    if when is None or not other.published:
        return False
    then = _period(other.claim)
    if then is not None:
        return when[1] < then[0] or then[1] < when[0]
    if other.claim.time:
        return False  # a week or a season: not read here
    published = date.fromisoformat(other.published[:10])
    return (published - when[1]).days > DATE_SLIP_DAYS


def disagreements(items: list[Item], left: np.ndarray, right: np.ndarray, scores: np.ndarray,
                  fact_of: dict[int, str], names: dict[str, str]) -> list[Disagreement]:
    """Pairs of claims from different columns that cannot both hold (module docstring, 4)."""
    found: list[Disagreement] = []
    seen: set[tuple[str, str, str, str]] = set()
    keys: dict[tuple[str | None, str | None], int] = {}
    key_of = np.array([keys.setdefault((it.claim.holder or _voice(it.claim), it.claim.topic),
                                    len(keys)) if it.claim.topic else -1 - k
                    for k, it in enumerate(items)], dtype=np.int64)
    if len(left):  # only close pairs, or pairs of one holder on one topic, are read one by one
        keep = (scores >= RELATED) | (key_of[left] == key_of[right])
        left, right, scores = left[keep], right[keep], scores[keep]
    for i, j, score in zip(left.tolist(), right.tolist(), scores.tolist(), strict=True):
        a, b = items[i], items[j]
        if a.column == b.column or a.order > b.order:
            a, b = (b, a) if a.column != b.column else (a, b)
        if a.column == b.column:
            continue
        ca, cb = a.claim, b.claim
        if not (_settled(ca) and _settled(cb)) or ca.kind != "report" or cb.kind != "report":
            continue
        kinds: list[tuple[str, str, list[str], list[str]]] = []
        same_key = _same_key(ca, cb)
        days_a, days_b = _days(ca), _days(cb)
        apart_in_time = bool(days_a and days_b and days_a.isdisjoint(days_b)) or \
            _dated_long_before(a, b) or _dated_long_before(b, a)
        if same_key and ca.polarity != cb.polarity and not apart_in_time:
            kinds.append(("polarity", _about(ca, names),
                          [ca.polarity], [cb.polarity]))
        if score >= THRESHOLD and not apart_in_time and ca.modality == cb.modality and \
                ca.modality != "hypothetical" and \
                (not ca.holder or not cb.holder or ca.holder == cb.holder):
            # of one moment, as measured: not a count that grew, nor "if it stays over 8,000
            # psi" (a threshold someone supposes) against a reading of 6,700, nor what a plan
            # says "can" or "will" be (50,000 barrels a day) against what is (15,000)
            for unit in _conflicting_numbers(ca, cb, a.bounds, b.bounds):
                kinds.append(("number", unit, _show(_numbers(ca)[unit]),
                              _show(_numbers(cb)[unit])))
        if _told_on_other_days(a, b, score):
            kinds.append(("date", _about(ca, names), sorted(days_a), sorted(days_b)))
        for kind, about, va, vb in kinds:
            key = (kind, about, a.article, b.article)
            if key in seen:
                continue
            seen.add(key)
            found.append({"fact": fact_of.get(i, ""), "kind": kind, "about": about,
                          "claims": [a.side(va), b.side(vb)]})
    return found


def _change(kind: str, text: str, citations: list[Citation]) -> Change:
    return {"kind": kind, "text": text, "citations": citations}


def updates(extractions: list[Extraction], facts: list[FactEntry],
            found: list[Disagreement], positions: list[ActorPositions]) -> list[Update]:
    """For each pair of columns' latest pieces: which is newer, and what it changes.

    A piece changes an older one where it reports a shift of position whose earlier side the
    older piece reports (or dates before it) and whose later side only it reports, where the
    two disagree, and where it reports facts the older piece lacks that are dated after it.
    """
    latest: dict[str, Extraction] = {}
    for ex in extractions:
        art = ex.article
        if art.published is None:
            continue
        column = column_of(art.outlet, art.genre, art.path)
        held = latest.get(column)
        if held is None or (art.published, art.id) > (held.article.published, held.article.id):
            latest[column] = ex
    pieces = sorted(latest.values(), key=lambda e: (e.article.published, e.article.id))
    out: list[Update] = []
    for n, newer in enumerate(pieces):
        for older in pieces[:n]:
            if newer.article.published == older.article.published:
                continue
            changes = _changes(older, newer, facts, found, positions)
            if not changes:
                continue
            new, old = newer.article, older.article
            assert new.published is not None and old.published is not None
            out.append({
                "older": old.ref_json(), "newer": new.ref_json(),
                "days": (new.published - old.published).days, "changes": changes,
            })
    return out


def _changes(older: Extraction, newer: Extraction, facts: list[FactEntry],
             found: list[Disagreement], positions: list[ActorPositions]) -> list[Change]:
    old_id, new_id = older.article.id, newer.article.id
    old_day = iso_day(older.article.published) or ""
    changes: list[Change] = []
    for actor in positions:
        for issue in actor["issues"]:
            for shift in issue["shifts"]:
                before, after = shift["from"], shift["to"]
                in_old = before["article"] == old_id or (
                    before["date"] is not None and sort_key(before["date"]) <= old_day)
                if after["article"] == new_id and in_old:
                    changes.append(_change(
                        "shift",
                        f"{actor['name']} on {issue['label']}: {before['polarity']} "
                        f"({before['word']}, {before['date']}) → {after['polarity']} "
                        f"({after['word']}, {after['date']})",
                        [{"article": before["article"], "outlet": None, "start": before["start"],
                          "end": before["end"]},
                         {"article": after["article"], "outlet": None, "start": after["start"],
                          "end": after["end"]}],
                    ))
    for item in found:
        sides = {c["article"] for c in item["claims"]}
        if sides == {old_id, new_id}:
            newest = next(c for c in item["claims"] if c["article"] == new_id)
            changes.append(_change(
                "disagreement", f"{item['kind']} ({item['about']}): {newest['text']}",
                [{"article": c["article"], "outlet": c["outlet"], "start": c["start"],
                  "end": c["end"]} for c in item["claims"]],
            ))
    fresh = 0
    for fact in facts:
        cites = [c for cites in fact["columns"].values() for c in cites]
        if fact["coverage"] != "one" or fact["kind"] != "report" or \
                any(c["article"] != new_id for c in cites):
            continue
        new_day = iso_day(newer.article.published) or ""
        if fact["dates"] and all(_DAY.match(sort_key(d)) and old_day <= sort_key(d) <= new_day
                                 for d in fact["dates"]) and fresh < NEW_LIMIT:
            fresh += 1
            changes.append(_change("new", fact["label"], cites[:1]))
    return changes


@dataclass
class Matching:
    """The story's claims and which of them state one fact (steps 1-3 above)."""

    items: list[Item]
    matrix: sparse.csr_matrix
    left: np.ndarray
    right: np.ndarray
    scores: np.ndarray
    groups: list[list[int]]

    def shared(self) -> list[tuple[str, int, int, int]]:
        """(article, start, end, fact) of every claim whose fact another article states too:
        what the timeline needs to show one statement told by two outlets as one item."""
        found: list[tuple[str, int, int, int]] = []
        for number, members in enumerate(self.groups):
            if len({self.items[i].article for i in members}) > 1:
                found.extend((self.items[i].article, self.items[i].claim.start,
                              self.items[i].claim.end, number) for i in members)
        return sorted(found)


def match(extractions: list[Extraction]) -> Matching:
    """The claims of a story grouped into facts: vectors, candidates, cosines, agreement."""
    global last_comparisons
    items = items_of(extractions)
    matrix = vectors(items) if items else sparse.csr_matrix((0, 1))
    left, right = candidates(items, matrix) if items else (np.zeros(0, int), np.zeros(0, int))
    last_comparisons = len(left)
    scores = cosines(matrix, left, right)
    sentences = cosines(sentence_vectors(items), left, right) if items else np.zeros(0)
    return Matching(items, matrix, left, right, scores,
                    group(items, left, right, scores, matrix, sentences))


def build(extractions: list[Extraction], names: dict[str, str] | None = None,
          positions: list[ActorPositions] | None = None,
          matching: Matching | None = None) -> Comparison:
    """The comparison of a story as a JSON-ready structure, deterministic and sorted
    (``matching``: the story's ``match``, when the caller needs it too)."""
    names = names or {}
    columns: dict[str, Column] = {}
    for ex in extractions:
        art = ex.article
        key = column_of(art.outlet, art.genre, art.path)
        entry = columns.setdefault(
            key,
            {"id": key, "outlet": art.outlet, "opinion": art.genre == "opinion", "articles": []},
        )
        entry["articles"] = sorted(set(entry["articles"]) | {art.id})
    ordered = sorted(columns.values(), key=lambda c: (c["opinion"], c["id"]))
    matched = matching or match(extractions)
    items, matrix, groups = matched.items, matched.matrix, matched.groups
    left, right, scores = matched.left, matched.right, matched.scores
    weight = importance(items, matrix, extractions)
    facts, fact_of = _facts(items, groups, weight, len(ordered), matrix)
    found = disagreements(items, left, right, scores, fact_of, names)
    shown = _shown(facts, ordered, found)
    shared_sentences = {(c["article"], c["start"]) for f in facts if len(f["columns"]) > 1
                        for cs in f["columns"].values() for c in cs}
    # a sentence an opinion piece argues with is its argument, not one of its facts
    shared_sentences |= {(it.article, it.claim.start) for it in items
                         if it.opinion and it.claim.kind != "report"}
    only: list[OnlyIn] = []
    for col in ordered:
        mine = [f for f in facts if f["coverage"] == "one" and col["id"] in f["columns"]
                and f["kind"] == "report" and not any(
                    (c["article"], c["start"]) in shared_sentences
                    for cs in f["columns"].values() for c in cs)]
        if len(ordered) < 2:
            mine = []  # one outlet alone: "reported only by" it would be the whole story
        only.append({"column": col["id"], "opinion": col["opinion"],
                     "facts": [f["id"] for f in _top(mine, ONLY_LIMIT)]})
    return {
        "columns": ordered,
        "facts": [f for f in facts if f["id"] in shown or f["id"] in
                  {i for o in only for i in o["facts"]}],
        "only": only,
        "disagreements": found,
        "arguments": _arguments(items, weight, ordered),
        "updates": updates(extractions, facts, found, positions or []),
        "claims": len(items),
        "comparisons": len(left),
    }


def _facts(items: list[Item], groups: list[list[int]], weight: np.ndarray,
           n_columns: int, matrix: sparse.csr_matrix) -> tuple[list[FactEntry], dict[int, str]]:
    facts: list[FactEntry] = []
    fact_of: dict[int, str] = {}
    labels: set[tuple[str, int]] = set()  # sentences already labelling a fact
    for number, members in enumerate(groups, start=1):
        ident = f"F{number}"
        claims = sorted((items[i] for i in members), key=lambda it: it.order)
        for i in members:
            fact_of[i] = ident
        cols = sorted({it.column for it in claims})
        reporting = [i for i in members if not items[i].opinion] or list(members)
        # two clauses of one sentence can state two facts ("shares fell 6.5% after the Coast
        # Guard said five times as much oil ..."): each fact is labelled by a sentence of its
        # own where it has one, so that no two rows read the same; and by the claim closest
        # to the others (the fact's medoid), not the first told: a lead that joined the fact
        # through one neighbour is no name for it
        centrality = _centrality(reporting, matrix)
        label_item = items[min(reporting, key=lambda i: (
            (items[i].article, items[i].claim.start) in labels, -centrality.get(i, 0.0),
            items[i].order))]
        labels.add((label_item.article, label_item.claim.start))
        coverage = "all" if len(cols) == n_columns and n_columns > 1 else (
            "one" if len(cols) == 1 else "several")
        units: dict[str, set[float]] = defaultdict(set)
        for it in claims:
            for unit, values in _numbers(it.claim).items():
                units[unit] |= values
        kinds = {it.claim.kind for it in claims}
        # one wire story run by two outlets word for word: a copy is no second source
        same_words = len(cols) > 1 and len({_folded(it.text) for it in claims}) == 1
        sources = 1 if same_words else len(cols)
        facts.append({
            "id": ident,
            "label": _label(label_item.text),
            "coverage": coverage,
            "opinion_only": all(it.opinion for it in claims),
            "columns": {col: _distinct([it.citation() for it in claims if it.column == col])
                        for col in cols},
            "numbers": {u: _show(v) for u, v in sorted(units.items())},
            "dates": sorted({it.claim.time for it in claims if it.claim.time}),
            "kind": "report" if "report" in kinds else sorted(kinds)[0],
            "importance": round(float(max(weight[i] for i in members)) *
                                (1 + 0.5 * (sources - 1)), 4),
            "topic": label_item.claim.topic,
            "holder": label_item.claim.holder,
            "same_words": same_words,
        })
    return facts, fact_of


def _folded(sentence: str) -> str:
    """A sentence as a copy keeps it: case, spacing and quotation marks aside."""
    return " ".join(sentence.translate(_QUOTES).casefold().split())


_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def _centrality(rows: list[int], matrix: sparse.csr_matrix) -> dict[int, float]:
    """Each claim's summed cosine to the other claims of its fact, by item index (none for
    fewer than three, where every claim is as central), rounded so that float noise never
    breaks a tie that order should."""
    if len(rows) < 3:
        return {}
    sub = matrix[rows]
    sums = np.asarray((sub @ sub.T).sum(axis=1)).ravel()
    return {row: round(float(value), 9) for row, value in zip(rows, sums, strict=True)}


def _distinct(citations: list[Citation]) -> list[Citation]:
    """Each cited span once: two claims of one sentence ("abandoned the accord, demanded a
    stricter one and reimposed sanctions") are one citation of that sentence."""
    seen: set[tuple[str, int, int]] = set()
    kept: list[Citation] = []
    for cite in citations:
        key = (cite["article"], cite["start"], cite["end"])
        if key not in seen:
            seen.add(key)
            kept.append(cite)
    return kept


def _top(facts: list[FactEntry], limit: int) -> list[FactEntry]:
    """The most important facts, one per cited sentence, in order of importance."""
    chosen: list[FactEntry] = []
    sentences: set[tuple[str, int]] = set()
    for fact in sorted(facts, key=lambda f: (-f["importance"], int(f["id"][1:]))):
        cites = [c for cs in fact["columns"].values() for c in cs]
        keys = {(c["article"], c["start"]) for c in cites}
        if keys & sentences:
            continue
        sentences |= keys
        chosen.append(fact)
        if len(chosen) == limit:
            break
    return chosen


def _shown(facts: list[FactEntry], ordered: list[Column],
           found: list[Disagreement]) -> set[str]:
    shared = [f for f in facts if len(f["columns"]) > 1]
    keep = {f["id"] for f in _top(shared, SHARED_LIMIT)}
    keep |= {d["fact"] for d in found if d["fact"]}
    return keep


def _arguments(items: list[Item], weight: np.ndarray, ordered: list[Column]) -> list[Argument]:
    """Each opinion column's evaluative and prescriptive sentences, in the order argued."""
    out: list[Argument] = []
    for col in ordered:
        if not col["opinion"]:
            continue
        mine = [(k, it) for k, it in enumerate(items) if it.column == col["id"]
                and it.claim.kind != "report"]
        best: dict[tuple[str, int], tuple[float, int, Item]] = {}
        for k, it in mine:
            key = (it.article, it.claim.start)
            if key not in best or weight[k] > best[key][0]:
                best[key] = (float(weight[k]), k, it)
        ranked = sorted(best.values(), key=lambda v: (-v[0], v[2].order))[:ARGUMENT_LIMIT]
        claims = sorted((it for _w, _k, it in ranked), key=lambda it: it.order)
        out.append({
            "column": col["id"],
            "claims": [{"kind": it.claim.kind, "label": _label(it.text),
                        "citation": it.citation()} for it in claims],
        })
    return out
