"""Placing an article costs the same work in a small store as in a large one (counted, not timed).

``Placement.work`` counts what placing reads and compares: index buckets probed, postings and
candidate stories found, the vectors of those stories, pairs scored by the clustering, the
articles of a day read back when it settles, the window articles of threads and their
entries on the new stories' keys, copy candidates.  A stream of
invented articles (no parse: built as extractions directly) is added day after day, and the
count per article late in the stream is compared with the count early in it.  Timing lives in
``benchmarks/stories_stream.py --growth``.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

import pytest

from newsdesk.link import stories as clustering
from newsdesk.model import Article, Extraction, article_id
from newsdesk.store import Store

COUNTED = (
    "buckets probed",
    "postings read",
    "candidate stories",
    "story vectors read",
    "pairs scored",
    "day articles read",
    "thread articles",
    "thread entries",
)
FILLER = "report officials said statement week people according public plan"


def invented(rng: random.Random, n: int, used: set[str]) -> list[str]:
    """Words no other story uses: three consonant-vowel syllables each, none used before."""
    found: list[str] = []
    while len(found) < n:
        word = "".join(rng.choice("bdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3))
        if word not in used:
            used.add(word)
            found.append(word)
    return found


def article(rng: random.Random, words: list[str], day: date, n: int) -> Extraction:
    """One report of a story: a headline and a body drawn from its words and common ones."""
    title = " ".join(rng.sample(words, 4)).capitalize()
    drawn = words + [rng.choice(words) for _ in range(18)] + rng.sample(FILLER.split(), 3)
    rng.shuffle(drawn)  # every word of the story, some twice, and a few common words
    body = " ".join(drawn)
    text = f"{title}\n\n{body} (report {n})."
    art = Article(article_id(text), text, title=title, published=day, external_id=f"x{n}")
    return Extraction(art)


def stream(days: int, stories_a_day: int, seed: int = 3) -> list[Extraction]:
    """Each day a few new stories, each reported twice that day and once the next."""
    rng = random.Random(seed)
    start = date(2024, 1, 1)
    made: list[Extraction] = []
    yesterday: list[list[str]] = []
    used: set[str] = set()
    for d in range(days):
        day = start + timedelta(days=d)
        today = [invented(rng, 12, used) for _ in range(stories_a_day)]
        for words in yesterday:
            made.append(article(rng, words, day, len(made)))
        for words in today:
            for _ in range(2):
                made.append(article(rng, words, day, len(made)))
        yesterday = today
    return made


def work_by_slice(extractions: list[Extraction], days_a_slice: int) -> list[Counter[str]]:
    """The work counted while adding each slice of days (a day settles as the next begins)."""
    slices: list[Counter[str]] = []
    articles: list[int] = []
    with Store(":memory:") as store:
        first = extractions[0].article.published
        assert first is not None
        for ex in extractions:
            assert ex.article.published is not None
            n = (ex.article.published - first).days // days_a_slice
            if n == len(slices):
                slices.append(Counter())
                articles.append(0)
                store.placement.work.clear()
            assert store.add(ex)
            articles[-1] += 1
            slices[-1] = Counter(store.placement.work)
    return [
        Counter({k: v / count for k, v in work.items()})
        for work, count in zip(slices, articles, strict=True)
    ]


def test_work_per_article_does_not_grow_with_the_store(monkeypatch: pytest.MonkeyPatch) -> None:
    """Six slices of 10 days: late in the stream an article costs the work it cost early; no
    count grows with what is stored.  Threads read the articles of the last THREAD_DAYS days
    (here 10, to keep the stream short): that count grows until the window is full, then stays.
    """
    monkeypatch.setattr(clustering, "THREAD_DAYS", 10)
    per = work_by_slice(stream(60, 2), 10)
    assert len(per) == 6
    early, late = per[1], per[5]  # the first slice warms up: its first day has no neighbours
    for key in COUNTED:
        assert early[key] > 0, key  # the stream does exercise it
        assert late[key] <= 1.1 * early[key], (key, early[key], late[key])
    assert per[0]["thread articles"] < early["thread articles"]  # the window filling


def test_a_day_opened_again_clusters_only_its_new_articles() -> None:
    """Batches of one day, each settled (an ingest run per batch): a batch's work does not
    grow with the articles the day already holds, and the day's earlier stories take the
    reports of their events that arrive later."""
    rng = random.Random(5)
    day = date(2024, 3, 4)
    used: set[str] = set()
    stories = [invented(rng, 12, used) for _ in range(30)]
    work: list[int] = []
    n = 0
    with Store(":memory:") as store:
        for batch in range(5):
            store.placement.work.clear()
            for words in stories[batch * 6 : batch * 6 + 6]:  # six new stories a batch
                for _ in range(2):
                    assert store.add(article(rng, words, day, n))
                    n += 1
            if batch:  # and one more report of a story of the first batch
                assert store.add(article(rng, stories[batch], day, n))
                n += 1
            store.settle()
            work.append(
                store.placement.work["day articles read"] + store.placement.work["pairs scored"]
            )
        held = store.stories()
    assert len(held) == 30
    assert sorted(len(s.members) for s in held)[-4:] == [3, 3, 3, 3]
    assert max(work[1:]) <= 1.2 * work[1], work
