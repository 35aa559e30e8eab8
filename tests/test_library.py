"""The Python API on real input: the samples, through extract, a store and its tables.

``newsdesk.extract_many`` must give ``newsdesk extract``'s very records; every record and row
keeps offsets that index its article; the tables' columns are the README's, in DataFrames and
Arrow tables alike; filters choose what they say; ``export`` round-trips through Parquet.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import warnings
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import newsdesk
from newsdesk.cli import app
from newsdesk.library.reference import reference
from newsdesk.library.store import TABLES
from tests.conftest import ROOT, SAMPLES

runner = CliRunner()
ARTICLES, META = SAMPLES / "articles", SAMPLES / "meta.jsonl"
TEXT = (
    "Portugal's foreign minister, Ana Duarte, accused Spain on Monday of breaking the "
    "Albufeira Convention. Her government would ask the European Commission to step in, "
    "she said.\n\n"
    '"We have waited long enough," Ms. Duarte told reporters in Lisbon.\n'
)
ARROW = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(),
         "BOOLEAN": pa.bool_(), "DATE": pa.date32()}


def arrow_type(sql: str) -> pa.DataType:
    if sql.endswith("[]"):
        return pa.list_(arrow_type(sql[:-2]))
    return ARROW[sql]


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def extracted() -> list[newsdesk.Extraction]:
    return newsdesk.extract_many(Path(ARTICLES), meta=META)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> newsdesk.Store:
    opened = newsdesk.open(tmp_path_factory.mktemp("lib") / "story.duckdb")
    done = opened.ingest(Path(ARTICLES), meta=META)
    assert len(done.stored) == 5 and not done.errors
    return opened


# ------------------------------------------------------------------ the package


def test_import_newsdesk_loads_no_heavy_module() -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), *sys.path])}
    code = (
        "import sys, newsdesk; heavy = ('spacy', 'duckdb', 'pandas', 'pyarrow', 'trafilatura',"
        " 'newsdesk.library'); print([m for m in heavy if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_every_public_name_resolves() -> None:
    for name in newsdesk.__all__:
        assert getattr(newsdesk, name) is not None
    assert set(newsdesk.__all__) <= set(dir(newsdesk))
    with pytest.raises(AttributeError):
        _ = newsdesk.no_such_name


# ------------------------------------------------------------------ extraction


def test_extract_many_is_the_commands_output(extracted: list[newsdesk.Extraction]) -> None:
    code, out, err = run("extract", str(ARTICLES), "--meta", str(META))
    assert code == 0, err
    lines = [json.dumps(ex.to_json(), ensure_ascii=False, sort_keys=True) for ex in extracted]
    assert lines == out.splitlines()
    assert len(lines) == 5


def test_extract_of_a_text_is_the_command_reading_it() -> None:
    code, out, err = run("extract", "-", "--published", "2025-03-10", "--outlet", "The Daily",
                         input=TEXT)
    assert code == 0, err
    expected = json.loads(out)
    expected["article"]["path"] = None  # stdin is "-"; a text given to the API has no name
    ex = newsdesk.extract(TEXT, published="2025-03-10", outlet="The Daily")
    assert ex.to_json() == expected
    assert ex.article.published == date(2025, 3, 10) and ex.article.outlet == "The Daily"
    assert {"person:ana-duarte", "country:ESP"} <= {a.id for a in ex.actors}
    assert any(q.kind == "direct" and q.speaker and q.speaker.actor == "person:ana-duarte"
               for q in ex.quotes)
    assert any(e.type == "ACCUSE" and e.time == "2025-03-10" for e in ex.events)


def test_offsets_hold_for_every_record(extracted: list[newsdesk.Extraction]) -> None:
    checked = 0
    for ex in [*extracted, newsdesk.extract(TEXT)]:
        text = ex.text
        assert text == ex.article.text
        for q in ex.quotes:
            for piece in q.content:
                assert q.start <= piece.start < piece.end <= q.end
            assert text[q.start : q.end].startswith(text[q.content[0].start : q.content[0].end])
            for part in (q.speaker, q.cue):
                if part is not None:
                    assert text[part.start : part.end] == part.text
            checked += 1
        for t in ex.times:
            assert text[t.start : t.end] == t.text
        for m in ex.mentions:
            assert text[m.start : m.end] == m.text
        for a in ex.actors:
            assert all(0 <= s.start < s.end <= len(text) for s in a.mentions)
            for title in a.titles:
                assert 0 <= title.start < title.end <= len(text)
        for e in ex.events:
            assert (e.start, e.end) == (e.evidence.start, e.evidence.end)
            assert text[e.start : e.end].strip()
            if e.trigger is not None:
                assert e.start <= e.trigger.start < e.trigger.end <= e.end
            checked += 1
    assert checked > 50


def test_bad_input_raises_warns_or_is_ignored(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    with pytest.raises(newsdesk.InputError, match=r"missing\.txt"):
        newsdesk.extract(missing)
    with pytest.raises(newsdesk.InputError, match=r"missing\.txt"):
        newsdesk.extract_many([TEXT, missing])
    with pytest.warns(UserWarning, match=r"missing\.txt"):
        found = newsdesk.extract_many([TEXT, missing], errors="warn")
    assert len(found) == 1
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(newsdesk.extract_many([missing, TEXT], errors="ignore")) == 1
    with pytest.raises(ValueError, match="not a date"):
        newsdesk.extract(TEXT, published="10 March")
    with pytest.raises(ValueError, match="genre"):
        newsdesk.extract(TEXT, genre="blog")
    with pytest.raises(newsdesk.InputError, match="characters"):
        newsdesk.extract("word " * 250_000)
    with pytest.raises(TypeError):
        newsdesk.extract_many([b"bytes are not a source"])  # type: ignore[list-item]


def test_read_text_marks_layout_and_keeps_the_text() -> None:
    page = "The Daily Courier\nOpinion\nWhy the river matters\n\n" + TEXT
    article = newsdesk.read_text(page, published=date(2025, 3, 11), name="column.txt")
    assert article.text == page and article.path == "column.txt"
    assert article.genre == "opinion" and article.published == date(2025, 3, 11)
    assert article.published_source == "option"


# ------------------------------------------------------------------ the store's tables


def test_readme_holds_the_column_reference() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("<!-- columns:")
    held = readme[readme.index("\n", start) + 1 : readme.index("<!-- /columns -->")]
    assert held == reference(), "run `python -m newsdesk.library` and paste it into README.md"


@pytest.mark.parametrize("name", list(TABLES))
def test_frames_have_the_documented_columns(store: newsdesk.Store, name: str) -> None:
    table = store.table(name)
    documented = [c.name for c in table.columns]
    assert documented == [f.name for f in dataclasses.fields(TABLES[name][0])]
    assert len(table) > 0
    frame = table.df()
    assert list(frame.columns) == documented and len(frame) == len(table)
    arrow = table.arrow()
    assert arrow.schema.names == documented
    for column in table.columns:
        assert arrow.schema.field(column.name).type == arrow_type(column.sql), column.name
        if column.sql == "DATE":
            assert str(frame[column.name].dtype).startswith("datetime64")
    assert arrow.to_pylist()[0] == dataclasses.asdict(table[0])


@pytest.mark.parametrize("name", [n for n in TABLES if n != "stories"])
def test_an_empty_table_keeps_its_columns(store: newsdesk.Store, name: str) -> None:
    table = store.table(name, outlet="No Such Outlet")
    assert len(table) == 0
    frame, arrow = table.df(), table.arrow()
    assert list(frame.columns) == [c.name for c in table.columns] and frame.empty
    assert [arrow.schema.field(c.name).type for c in table.columns] == [
        arrow_type(c.sql) for c in table.columns
    ]


def test_rows_keep_their_offsets(store: newsdesk.Store) -> None:
    texts = {a.id: a.text for a in store.articles()}
    quotes = store.quotes()
    for q in quotes:
        source = texts[q.article_id]
        assert all(source[s:e] in q.text for s, e in q.content)
        assert source[q.start : q.end].startswith(source[q.content[0][0] : q.content[0][1]])
        if q.speaker_text is not None:
            assert source[q.speaker_start : q.speaker_end] == q.speaker_text
        if q.cue is not None:
            assert source[q.cue_start : q.cue_end] == q.cue
    for e in store.events():
        assert texts[e.article_id][e.start : e.end] == e.sentence
    for g in store.gdelt_events():
        assert texts[g.article_id][g.start : g.end] == g.sentence
    for m in store.mentions():
        assert texts[m.article_id][m.start : m.end] == m.text
    for t in store.times():
        assert texts[t.article_id][t.start : t.end] == t.text
    assert len(quotes) > 30


def test_ids_are_linked_so_tables_join(store: newsdesk.Store) -> None:
    actors = {a.id: a for a in store.actors()}
    speakers = {q.speaker_id for q in store.quotes() if q.speaker_id}
    assert speakers and speakers <= set(actors)
    assert {q.speaker for q in store.quotes() if q.speaker_id} == {
        actors[s].name for s in speakers
    }
    for e in store.events():
        for ident, name in zip(e.actors + e.recipients, e.actor_names + e.recipient_names,
                               strict=True):
            assert ident in actors or ident.startswith("country:"), ident
            assert name == (actors[ident].name if ident in actors else name)
    duarte = actors["person:ana-duarte"]
    assert duarte.articles == 5 and duarte.kind == "person" and duarte.titles


def test_filters_choose_what_they_say(store: newsdesk.Store) -> None:
    [story] = store.stories()
    assert store.story(story.label) == story == store.story(story.id)
    by_label = store.quotes(story=story.label)
    assert len(by_label) == len(store.quotes(story=story)) == len(store.quotes())
    meridian = store.quotes(outlet="meridian daily")
    assert meridian and {q.outlet for q in meridian} == {"Meridian Daily"}
    later = store.events(since="2025-03-12", until=date(2025, 3, 13))
    assert later and all(date(2025, 3, 12) <= e.published <= date(2025, 3, 13) for e in later)
    duarte = store.quotes(actor="Ana Duarte")
    assert duarte and duarte.rows == store.quotes(actor="person:ana-duarte").rows
    assert {q.speaker_id for q in duarte} == {"person:ana-duarte"}
    direct = store.quotes(actor="ana duarte", kind="direct")
    assert direct and all(q.kind == "direct" for q in direct) and len(direct) < len(duarte)
    conflict = store.events(type=["protest", "ACCUSE"])
    assert {e.type for e in conflict} == {"PROTEST", "ACCUSE"}
    involving = store.events(actor="Spain")
    assert involving and all("country:ESP" in e.actors + e.recipients for e in involving)
    assert {a.id for a in store.articles(actor="Rui Falcão")} < {a.id for a in store.articles()}
    people = store.actors(kind="person")
    assert people and {a.kind for a in people} == {"person"}
    one = store.actors(outlet="Northern Review")
    assert all(a.articles == 1 for a in one) and len(one) < len(store.actors())
    assert {g.event_id for g in store.gdelt_events(type="PROTEST")} == {
        f"{e.article_id}-{e.n}" for e in store.events(type="PROTEST")
    }
    with pytest.raises(ValueError, match="no story"):
        store.quotes(story="no such story")
    with pytest.raises(ValueError, match="not a date"):
        store.events(since="last week")
    with pytest.raises(ValueError, match="no table"):
        store.table("opinions")


def test_claims_and_stances_are_the_records_extract_gives(
    store: newsdesk.Store, extracted: list[newsdesk.Extraction]
) -> None:
    """The rows carry the very records ``extract`` makes (read back from the store), with
    offsets that index the article and ids linked like the other tables'."""
    texts = {a.id: a.text for a in store.articles()}
    actors = {a.id for a in store.actors()}
    records = {ex.article.id: ex for ex in extracted}
    claims, stances = store.claims(), store.stances()
    assert len(claims) == sum(len(ex.claims) for ex in extracted) > 50
    assert len(stances) == sum(len(ex.stances) for ex in extracted) > 5
    for c in claims:
        source, record = texts[c.article_id], records[c.article_id].claims[c.n]
        assert source[c.start : c.end] == c.sentence
        assert (c.start, c.end, c.predicate, c.polarity, c.modality, c.kind, c.topic) == (
            record.start, record.end, record.predicate.text, record.polarity, record.modality,
            record.kind, record.topic,
        )
        assert source[c.predicate_start : c.predicate_end] == c.predicate
        if c.subject is not None:
            assert source[c.subject_start : c.subject_end] == c.subject
        assert c.numbers == [source[n.start : n.end] for n in record.numbers]
        assert c.number_values == [n.value for n in record.numbers]
        assert set(c.actors) <= actors | {a for a in c.actors if a.startswith("country:")}
    assert any(c.numbers for c in claims) and {c.kind for c in claims} >= {"report"}
    for s in stances:
        source, record = texts[s.article_id], records[s.article_id].stances[s.n]
        assert source[s.start : s.end] == s.sentence
        assert source[s.cue_start : s.cue_end] == s.cue
        assert [source[a:b] for a, b in s.condition_spans] == s.conditions
        assert (s.topic, s.polarity, s.said, s.reported) == (
            record.topic, record.polarity, record.said, record.reported,
        )
        if s.holder_id is not None and not s.holder_id.startswith("country:"):
            assert s.holder_id in actors
    assert any(s.polarity == "conditional" and s.conditions for s in stances)


def test_claims_and_stances_filters(store: newsdesk.Store) -> None:
    duarte = store.stances(actor="Ana Duarte")
    assert duarte and {s.holder_id for s in duarte} == {"person:ana-duarte"}
    assert len(duarte) < len(store.stances())
    conditional = store.stances(kind="conditional")
    assert conditional and {s.polarity for s in conditional} == {"conditional"}
    about = store.claims(actor="Ana Duarte")
    assert about and len(about) < len(store.claims())
    assert all(
        "person:ana-duarte" in (c.source_id, c.subject_id, *c.actors) for c in about
    )
    reports = store.claims(kind="report")
    assert reports and {c.kind for c in reports} == {"report"}
    meridian = store.claims(outlet="Meridian Daily")
    assert meridian and {c.outlet for c in meridian} == {"Meridian Daily"}


def test_gdelt_layout(store: newsdesk.Store) -> None:
    from newsdesk.knowledge.plover import QUAD

    events = {f"{e.article_id}-{e.n}": e for e in store.events()}
    actors = {a.id: a for a in store.actors()}
    rows = store.gdelt_events()
    assert len(rows) == len(events)
    quads = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]
    for g in rows:
        e = events[g.event_id]
        assert g.plover_type == e.type and g.event_root_code == e.cameo
        assert quads[g.quad_class - 1] == QUAD[e.type]
        assert g.day == (int(e.date.strftime("%Y%m%d")) if e.date else None)
        assert g.date_added == int(e.published.strftime("%Y%m%d"))
        assert g.source_url == e.url
        first = e.actors[0] if e.actors else None
        assert g.actor1_id == first
        if first in actors:
            a = actors[first]
            assert g.actor1_code == ((a.country or "") + (a.sector or "") or None)
            assert (g.actor1_name, g.actor1_country_code) == (a.name, a.country)
        assert g.actor2_id == (e.recipients[0] if e.recipients else None)
    duarte = actors["person:ana-duarte"]
    coded = [g for g in rows if g.actor1_id == duarte.id]
    assert coded and {g.actor1_code for g in coded} == {f"{duarte.country}{duarte.sector}"}


def test_briefing_is_the_commands(store: newsdesk.Store) -> None:
    code, out, err = run("--db", str(store.path), "brief", "--format", "json")
    assert code == 0, err
    assert store.briefing() == json.loads(out)
    assert store.briefing(store.stories()[0].id) == json.loads(out)


def test_ingest_again_and_bad_input(store: newsdesk.Store, tmp_path: Path) -> None:
    again = store.ingest(Path(ARTICLES), meta=META)
    assert not again.stored and len(again.duplicates) == 5
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    with pytest.warns(UserWarning, match=r"empty\.txt"):
        done = store.ingest([bad, Path(ARTICLES)], meta=META, errors="warn")
    assert [str(e) for e in done.errors] and len(done.duplicates) == 5
    with pytest.raises(newsdesk.InputError, match=r"empty\.txt"):
        store.ingest(bad)


# ------------------------------------------------------------------ export


@pytest.mark.parametrize("name", list(TABLES))
def test_export_round_trips_through_parquet(
    store: newsdesk.Store, name: str, tmp_path: Path
) -> None:
    target = tmp_path / f"{name}.parquet"
    code, _out, err = run("--db", str(store.path), "export", name, "--format", "parquet",
                          "-o", str(target))
    assert code == 0, err
    read = pq.read_table(target)
    table = store.table(name)
    arrow = table.arrow()
    # The same columns, types and values (DuckDB marks a column that holds no null as
    # required in the file, which Arrow reads as "not null": a flag, not a type).
    assert [(f.name, f.type) for f in read.schema] == [(f.name, f.type) for f in arrow.schema]
    assert read.to_pylist() == arrow.to_pylist()
    assert read.to_pylist() == [dataclasses.asdict(r) for r in table]


def test_export_csv_and_jsonl(store: newsdesk.Store, tmp_path: Path) -> None:
    columns = [c.name for c in store.events().columns]
    code, out, err = run("--db", str(store.path), "export", "events", "--type", "PROTEST")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split(",") == columns
    assert len(lines) - 1 == len(store.events(type="PROTEST"))
    code, out, err = run("--db", str(store.path), "export", "quotes", "--format", "jsonl",
                         "--actor", "Ana Duarte", "--type", "direct")
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows == [
        {**dataclasses.asdict(q), "published": q.published.isoformat()}
        for q in store.quotes(actor="Ana Duarte", kind="direct")
    ]
    code, out, err = run("--db", str(store.path), "export", "stances", "--format", "jsonl",
                         "--type", "conditional")
    assert code == 0, err
    assert [json.loads(line)["sentence"] for line in out.splitlines()] == [
        s.sentence for s in store.stances(kind="conditional")
    ]
    code, _out, err = run("--db", str(store.path), "export", "stories", "--actor", "x")
    assert code == 2 and "cannot be filtered by --actor" in err
    code, _out, err = run("--db", str(store.path), "export", "events", "--format", "parquet")
    assert code == 2 and "-o" in err
    code, _out, err = run("--db", str(store.path), "export", "events", "--since", "soon")
    assert code == 2 and "--since" in err
