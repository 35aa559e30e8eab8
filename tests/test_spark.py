"""The Spark job in local mode gives the CLI's records, record for record, and the same store.

Skipped with a message where Java or pyspark is missing.  One small session serves the module.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsdesk import ingest
from newsdesk.cli import app
from newsdesk.link.actors import link
from newsdesk.model import Article
from newsdesk.pipeline import process_many
from newsdesk.tables import extractions_from_rows, read_parquet_tables
from tests.conftest import SAMPLES
from tests.warc_fixture import write_warc

runner = CliRunner()
META = SAMPLES / "meta.jsonl"
HARBOR = SAMPLES / "articles" / "harbor-gazette-2025-03-10.txt"


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    if shutil.which("java") is None:
        pytest.skip("no `java` on PATH: the Spark job needs a JVM (Java 17)")
    pytest.importorskip(
        "pyspark", reason="pyspark is not installed (pip install 'newsdesk[spark]')"
    )
    from pyspark.sql import SparkSession

    from newsdesk.spark.job import on_loopback

    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        on_loopback(SparkSession.builder.master("local[2]"))
        .appName("newsdesk-tests")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("WARN")
    yield session
    session.stop()


def _options(partitions: int) -> Any:
    from newsdesk.spark import job

    settings = job.tasks.ReadSettings(
        ingest.load_sidecar(META), ingest.Overrides(), ingest.DEFAULT_MAX_BYTES
    )
    return job.JobOptions(settings, partitions=partitions)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    # Without Meridian's page: the job keeps a repeated text once, `extract` twice.
    archive = write_warc(tmp_path_factory.mktemp("warc") / "crawl.warc.gz", meridian=False)
    return [str(SAMPLES / "articles"), str(SAMPLES / "bad"), str(archive)]


@pytest.fixture(scope="module")
def job_output(spark: Any, inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    from newsdesk.spark import job

    output = tmp_path_factory.mktemp("spark") / "out"
    summary = job.run(spark, inputs, str(output), _options(partitions=2))
    assert summary.articles == 8  # 5 samples, the French one, a good JSON line, the ferry page
    return output


def test_same_records_as_the_cli(job_output: Path, inputs: list[str]) -> None:
    tables = read_parquet_tables(job_output)
    rebuilt = extractions_from_rows(tables)

    # Per-article records, mentions and sentences included, before linking...
    articles = [
        item
        for path in ingest.iter_input_paths(inputs)
        for item in ingest.read_path(path, ingest.load_sidecar(META))
        if isinstance(item, Article)
    ]
    assert rebuilt == list(process_many(articles))

    # ... and the JSON contract `newsdesk extract` prints, actor ids linked across articles.
    result = runner.invoke(app, ["extract", *inputs, "--meta", str(META)])
    assert result.exit_code == 1  # the bad samples
    cli = [json.loads(line) for line in result.stdout.splitlines()]
    link(rebuilt)
    assert [json.loads(json.dumps(ex.to_json(), sort_keys=True)) for ex in rebuilt] == cli
    assert len(cli) == 8 and sum(len(r["quotes"]) for r in cli) > 10

    # Input errors: the same lines, in the same order.
    reported = [line[len("error: ") :] for line in result.stderr.splitlines()]
    recorded = [f"{row['path']}: {row['reason']}" for row in tables["errors"]]
    assert sorted(recorded) == sorted(reported)
    assert len(recorded) == 4  # empty page, empty file, bad JSON line, the menu page in the WARC


def test_import_gives_the_store_ingest_gives(
    job_output: Path, inputs: list[str], tmp_path: Path
) -> None:
    imported, ingested = tmp_path / "imported.duckdb", tmp_path / "ingested.duckdb"
    done = runner.invoke(app, ["--db", str(imported), "import-parquet", str(job_output)])
    assert done.exit_code == 0, done.stderr
    assert "stored 8 new article(s)" in done.stderr
    done = runner.invoke(app, ["--db", str(ingested), "ingest", "--meta", str(META), *inputs])
    assert done.exit_code == 1 and "stored 8 new article(s)" in done.stderr
    for command in (["stories", "--format", "json"], ["brief", "--format", "json"]):
        a = runner.invoke(app, ["--db", str(imported), *command])
        b = runner.invoke(app, ["--db", str(ingested), *command])
        assert a.exit_code == b.exit_code == 0, a.stderr + b.stderr
        assert json.loads(a.stdout) == json.loads(b.stdout)
    again = runner.invoke(app, ["--db", str(imported), "import-parquet", str(job_output)])
    assert "stored 0 new article(s), 8 already stored" in again.stderr


def test_parquet_rows_uris_and_repeated_texts(spark: Any, tmp_path: Path) -> None:
    from newsdesk.spark import job

    wire = SAMPLES / "articles" / "wire.jsonl"
    spark.read.json(str(wire)).write.parquet(str(tmp_path / "wire.parquet"))
    remote = tmp_path / "remote"
    remote.mkdir()
    shutil.copy(HARBOR, remote / "copy-of-harbor.txt")
    (remote / "empty.txt").write_bytes(b"")
    sources = [str(HARBOR), str(tmp_path / "wire.parquet"), f"file://{remote}"]
    summary = job.run(spark, sources, str(tmp_path / "out"), _options(partitions=2))
    tables = read_parquet_tables(tmp_path / "out")
    rows = sorted(tables["articles"], key=lambda r: (r["source_n"], r["item_n"]))

    from_jsonl = [a for a in ingest.read_path(str(wire)) if isinstance(a, Article)]
    harbor = next(a for a in ingest.read_path(str(HARBOR)) if isinstance(a, Article))
    # The copy under the URI is the same text: kept once, from its first place in the input.
    assert [r["article_id"] for r in rows] == [harbor.id] + [a.id for a in from_jsonl]
    assert rows[0]["path"] == str(HARBOR)
    assert [(r["title"], r["published"], r["outlet"]) for r in rows[1:]] == [
        (a.title, a.published, a.outlet) for a in from_jsonl
    ]
    assert [(e["path"], e["reason"]) for e in summary.errors] == [
        (f"file:{remote}/empty.txt", "empty file")
    ]


def test_an_existing_output_is_refused_before_any_work(
    spark: Any, job_output: Path, inputs: list[str]
) -> None:
    from newsdesk.spark import job

    with pytest.raises(FileExistsError, match="already holds articles, actors"):
        job.run(spark, inputs, str(job_output), _options(partitions=2))


def test_local_mode_listens_on_loopback_only(spark: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsdesk.spark.job import is_local

    conf = spark.sparkContext.getConf()
    assert conf.get("spark.driver.bindAddress") == "127.0.0.1"
    assert conf.get("spark.driver.host") == "127.0.0.1"
    assert os.environ.get("SPARK_LOCAL_IP") == "127.0.0.1"  # the UI binds there
    assert is_local("local[2]") and not is_local("yarn") and not is_local("spark://h:7077")
    monkeypatch.setenv("PYSPARK_GATEWAY_PORT", "1")  # under spark-submit: its master holds
    assert not is_local(None)
    monkeypatch.delenv("PYSPARK_GATEWAY_PORT")
    assert is_local(None)
