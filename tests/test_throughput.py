"""`newsdesk bench`: both sides timed on the same texts, ratios, bad inputs reported."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsdesk import ingest
from newsdesk.cli import app
from newsdesk.model import Article
from newsdesk.throughput import measure, report
from tests.conftest import SAMPLES

runner = CliRunner()


def _sample_articles() -> list[Article]:
    return [
        item
        for path in ingest.iter_input_paths([str(SAMPLES / "articles")])
        for item in ingest.read_path(path, None, ingest.Overrides())
        if isinstance(item, Article)
    ]


def test_bench_json_times_bare_and_full_on_one_and_two_processes() -> None:
    result = runner.invoke(
        app, ["bench", str(SAMPLES / "articles"), "--processes", "2", "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    figures = json.loads(result.stdout)
    articles = _sample_articles()
    assert figures["articles"] == len(articles) == 5
    assert figures["words"] == sum(len(a.text.split()) for a in articles)
    assert figures["failures"] == 0
    assert [(r["what"], r["processes"]) for r in figures["rates"]] == [
        ("bare", 1),
        ("full", 1),
        ("bare", 2),
        ("full", 2),
    ]
    for rate in figures["rates"]:
        assert rate["seconds"] > 0
        assert rate["articles_per_second"] == rate["articles"] / rate["seconds"]
    ratios = figures["ratio_full_over_bare"]
    assert set(ratios) == {"1", "2"}
    # Extraction only adds work to the same parse: full cannot beat bare by much on any machine.
    assert all(0 < ratio < 1.5 for ratio in ratios.values())
    assert figures["peak_rss_mb"] > 100  # spaCy and its model are loaded
    assert figures["peak_worker_rss_mb"] > 0  # two processes ran in forked workers


def test_bench_reports_a_bad_input_and_times_the_rest(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text("{not json", encoding="utf-8")
    good = tmp_path / "note.txt"
    good.write_text(
        "The harbour board said on Tuesday that dredging would start in May.\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["bench", str(bad), str(good), "--processes", "1"])
    assert result.exit_code == 1
    assert str(bad) in result.stderr and "error" in result.stderr
    assert "full / bare" in result.stdout
    assert "1 articles" in result.stdout


def test_report_lays_out_each_process_count_with_its_ratio() -> None:
    bench = measure(_sample_articles()[:2], [1], rounds=2)
    assert bench.rounds == 2 and bench.articles == 2
    text = report(bench, "two samples")
    lines = text.splitlines()
    assert lines[0].startswith("newsdesk bench: 2 articles")
    assert "best of 2 round(s)" in lines[0]
    assert [line.split()[0] for line in lines[2:5]] == ["bare", "full", "full"]
    assert lines[4].split()[-1] == f"{bench.ratio(1):.2f}"
    assert lines[-1].startswith("peak RSS: this process ")
