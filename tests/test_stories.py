"""Stories from a stream: incremental clustering, order stability, copies, the two commands.

The articles are parsed once per module (the demo story in samples/ and three invented stories
in tests/fixtures/stories/); every test then feeds deep copies of those extractions to fresh
in-memory stores, so arrival order is the only thing that changes.
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
from newsdesk.model import Extraction
from newsdesk.store import Store
from tests.conftest import SAMPLES

FIXTURES = Path(__file__).parent / "fixtures" / "stories"
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


def gold_of(ex: Extraction) -> str:
    """The story an article was written for: its fixture file's prefix, or the demo story."""
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


def originals(parsed: dict[str, Extraction]) -> list[Extraction]:
    return [ex for name, ex in sorted(parsed.items()) if name != "wire-copy.txt"]


def partition(store: Store) -> set[frozenset[str]]:
    return {frozenset(m.id for m in s.members) for s in store.stories()}


def fill(extractions: list[Extraction]) -> Store:
    store = Store(":memory:")
    for ex in extractions:
        assert store.add(copy.deepcopy(ex))
    return store


def test_articles_of_one_event_form_one_story(parsed: dict[str, Extraction]) -> None:
    extractions = originals(parsed)
    gold: dict[str, set[str]] = {}
    for ex in extractions:
        gold.setdefault(gold_of(ex), set()).add(ex.article.id)
    with fill(extractions) as store:
        assert partition(store) == {frozenset(ids) for ids in gold.values()}
        stories = store.stories()
        first = extractions[0].article
        # The first article to arrive names its story.
        assert stories[0].id == clustering.story_id(first.id)
        assert stories[0].label == first.title
        assert not stories[0].labelled
        assert [a.story for a in store.articles()] == [
            next(s.id for s in stories if a.id in {m.id for m in s.members})
            for a in store.articles()
        ]


def test_arrival_order_does_not_change_the_partition(parsed: dict[str, Extraction]) -> None:
    extractions = originals(parsed)
    with fill(extractions) as store:
        expected = partition(store)
    for seed in range(6):
        shuffled = extractions[:]
        random.Random(seed).shuffle(shuffled)
        with fill(shuffled) as store:
            assert partition(store) == expected, f"seed {seed}"
            ids = {s.id for s in store.stories()}
            # Ids follow the first arrival of each story, so they may differ, but stay valid.
            assert all(i.removeprefix("s-") in {m for p in expected for m in p} for i in ids)


def test_same_order_gives_same_ids_and_centroids(parsed: dict[str, Extraction]) -> None:
    extractions = originals(parsed)
    with fill(extractions) as one, fill(extractions) as two:
        assert one.stories() == two.stories()
        query = "SELECT story, key, weight FROM story_keys ORDER BY ALL"
        assert one.con.execute(query).fetchall() == two.con.execute(query).fetchall()


def test_syndicated_copy_is_a_copy_not_a_source(parsed: dict[str, Extraction]) -> None:
    original = parsed["kelvale-ferry-1.txt"]
    wire = parsed["wire-copy.txt"]
    before = dedupe.article_minhash(original.article)
    after = dedupe.article_minhash(wire.article)
    assert before is not None and after is not None
    assert dedupe.jaccard(before, after) >= dedupe.COPY_THRESHOLD
    with fill([*originals(parsed), wire]) as store:
        [ferry] = [s for s in store.stories() if original.article.id in {m.id for m in s.members}]
        assert [(m.id, m.copy_of) for m in ferry.copies] == [(wire.article.id, original.article.id)]
        assert len(ferry.originals) == 3
        assert "Harbour Wire Service" not in ferry.outlets
        copies = store.copies(ferry.id)
        assert {k: [a.id for a in v] for k, v in copies.items()} == {
            original.article.id: [wire.article.id]
        }
        briefed = {ex.article.id for ex in store.extractions(ferry.id)}
        assert wire.article.id not in briefed and original.article.id in briefed
        assert len(store.articles(copies=True)) == len(store.articles()) + 1


def test_copy_arriving_first_keeps_the_pair_together(parsed: dict[str, Extraction]) -> None:
    """The original is whichever arrived first (a documented limit); the pair is the same."""
    wire = parsed["wire-copy.txt"]
    original = parsed["kelvale-ferry-1.txt"]
    rest = [ex for ex in originals(parsed) if ex is not original]
    with fill([wire, *rest, original]) as store:
        pairs = {(m.id, m.copy_of) for s in store.stories() for m in s.copies}
        assert pairs == {(original.article.id, wire.article.id)}
        ferry = next(s for s in store.stories() if wire.article.id in {m.id for m in s.members})
        assert len(ferry.originals) == 3


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
        labelled = store.find_story("island news")
        assert labelled is not None and labelled.labelled
        assert labelled.id == clustering.story_id(ferry.article.id)
        assert {m.id for m in labelled.members} == {ferry.article.id, museum.article.id}
        assert store.find_story(labelled.id) == labelled
        assert store.find_story("no such story") is None
        assert len(store.stories()) == 2


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


def test_time_term() -> None:
    assert clustering.time_factor(None) == 1.0
    assert clustering.time_factor(0) == 1.0
    week = clustering.time_factor(7)
    assert week == pytest.approx(1 - clustering.TIME_SHARE / 2)
    assert clustering.time_factor(60) < week < 1.0
    assert clustering.days_apart(date(2025, 3, 12), date(2025, 3, 10), date(2025, 3, 14)) == 0
    assert clustering.days_apart(date(2025, 3, 20), date(2025, 3, 10), date(2025, 3, 14)) == 6
    assert clustering.days_apart(None, date(2025, 3, 10), date(2025, 3, 14)) is None


def test_far_apart_dates_weaken_the_match(parsed: dict[str, Extraction]) -> None:
    one, two = parsed["vessa-rail-1.txt"], parsed["vessa-rail-2.txt"]
    centroid = clustering.Centroid("s")
    centroid.absorb(clustering.signature(one))
    near = clustering.signature(two)
    far = clustering.Signature(near.terms, near.actors, date(2026, 3, 11))
    undated = clustering.Signature(near.terms, near.actors, None)
    weights: dict[str, float] = {}
    assert (
        clustering.score(near, centroid, weights).total
        > clustering.score(far, centroid, weights).total
    )
    assert clustering.score(undated, centroid, weights).days is None
    assert (
        clustering.score(undated, centroid, weights).total
        >= clustering.score(near, centroid, weights).total
    )


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
    assert "(3 stories, 1 copies)" in err
    return db


def test_stories_command(cli_store: Path) -> None:
    code, out, err = run("--db", str(cli_store), "stories", "--format", "json")
    assert code == 0, err
    rows = {r["label"]: r for r in json.loads(out)}
    ferry = rows["Ferry runs aground off Kelvale with 212 passengers aboard"]
    assert (ferry["articles"], ferry["copies"]) == (3, 1)
    assert ferry["outlets"] == ["Coastal Times", "Island Courier"]
    assert (ferry["first"], ferry["last"]) == ("2025-03-09", "2025-03-12")
    [wire] = [m for m in ferry["members"] if m["copy_of"]]
    assert wire["outlet"] == "Harbour Wire Service"
    assert {r["articles"] for r in rows.values()} == {3}
    code, out, _err = run("--db", str(cli_store), "stories")
    lines = out.splitlines()
    assert lines[0].split("\t") == ["id", "articles", "copies", "dates", "outlets", "label"]
    row = next(line for line in lines if line.startswith(ferry["id"]))
    assert row.split("\t")[1:4] == ["3", "1", "2025-03-09..2025-03-12"]
    assert any(line.startswith("  copy\t") and wire["id"] in line for line in lines)


def test_brief_one_story_by_label_or_id(cli_store: Path) -> None:
    label = "Astrolabe stolen from Orlin city museum in overnight raid"
    code, out, err = run("--db", str(cli_store), "brief", "--story", label, "--format", "json")
    assert code == 0, err
    brief = json.loads(out)
    assert brief["story"] == label
    assert len(brief["articles"]) == 3
    assert {"Maren Voss", "Aurelie Danson"} <= {a["name"] for a in brief["actors"]}
    assert "Tobias Lindqvar" not in {a["name"] for a in brief["actors"]}
    _code, listing, _err = run("--db", str(cli_store), "stories", "--format", "json")
    ferry = next(r for r in json.loads(listing) if r["copies"])
    code, out, err = run(
        "--db", str(cli_store), "brief", "--story", ferry["id"], "--format", "json"
    )
    assert code == 0, err
    brief = json.loads(out)
    assert len(brief["articles"]) == 3
    copies = {a["id"]: [c["outlet"] for c in a["copies"]] for a in brief["articles"]}
    assert sorted(copies.values()) == [[], [], ["Harbour Wire Service"]]
    assert "Harbour Wire Service" not in brief["outlets"]


def test_brief_without_story_names_the_stories(cli_store: Path) -> None:
    code, out, err = run("--db", str(cli_store), "brief", "--format", "json")
    assert code == 0
    assert "note: 3 stories" in err and "Signalling failure halts trains" in err
    assert len(json.loads(out)["articles"]) == 9
    code, _out, err = run("--db", str(cli_store), "brief", "--story", "nothing like it")
    assert code == 2 and "no story 'nothing like it'" in err


def test_brief_of_a_single_story_store(parsed: dict[str, Extraction], tmp_path: Path) -> None:
    db = tmp_path / "one.duckdb"
    with Store(db) as store:
        for name in ("vessa-rail-1.txt", "vessa-rail-2.txt"):
            store.add(copy.deepcopy(parsed[name]))
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


def test_less_evidence_raises_the_bar(parsed: dict[str, Extraction]) -> None:
    one, two = parsed["vessa-rail-1.txt"], parsed["vessa-rail-2.txt"]
    centroid = clustering.Centroid("s")
    centroid.absorb(clustering.signature(one))
    full = clustering.signature(two)
    words_only = clustering.Signature(full.terms, {}, None)
    weights: dict[str, float] = {}
    complete = clustering.score(full, centroid, weights)
    bare = clustering.score(words_only, centroid, weights)
    assert complete.with_actors and complete.days == 1
    assert complete.threshold == clustering.THRESHOLD
    assert not bare.with_actors and bare.days is None
    assert bare.threshold == pytest.approx(
        clustering.THRESHOLD + clustering.MISSING_TIME + clustering.MISSING_ACTORS
    )
    assert bare.total == pytest.approx(bare.text)
    # A story no article can reach is not chosen, and the best score seen is still reported.
    far = clustering.Centroid("far")
    far.absorb(clustering.signature(parsed["orlin-astrolabe-1.txt"]))
    chosen, seen = clustering.best_of(clustering.scores(full, [far, centroid], weights))
    assert chosen == "s" and seen is not None and seen.joins
    chosen, seen = clustering.best_of(clustering.scores(full, [far], weights))
    assert chosen is None and seen is not None and not seen.joins


def test_an_article_reaching_two_stories_merges_them() -> None:
    """Text only and undated (the strictest bar): a piece covering both events links them."""
    from newsdesk.model import Article, article_id

    def bare(text: str) -> Extraction:
        return Extraction(Article(article_id(text), text))

    ferry = (FIXTURES / "kelvale-ferry-1.txt").read_text(encoding="utf-8")
    museum = (FIXTURES / "orlin-astrolabe-1.txt").read_text(encoding="utf-8")
    one, two, both = bare(ferry), bare(museum), bare(ferry + "\n" + museum)
    with Store(":memory:") as store:
        store.add(one)
        store.add(two)
        assert len(store.stories()) == 2
        store.add(both)
        [merged] = store.stories()
        assert merged.id == clustering.story_id(one.article.id)
        assert {m.id for m in merged.members} == {one.article.id, two.article.id, both.article.id}
        assert not merged.copies
        assert store.find_story(clustering.story_id(two.article.id)) == merged
        assert {a.story for a in store.articles()} == {merged.id}
        size = store.con.execute("SELECT size FROM stories WHERE id = ?", [merged.id]).fetchone()
        assert size == (3,)
