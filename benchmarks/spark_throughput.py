"""The Spark job in local mode against the single-process CLI pipeline, on PolNeAR text.

    .venv/bin/python benchmarks/spark_throughput.py --split train --master 'local[2]'

Reads ../shared/corpus/polnear/SPLIT/text, runs the per-article pipeline in this process
(``process_each`` with one process, what `newsdesk extract` does) and the Spark job
(``newsdesk.spark.job.run``: reading, extraction, one Parquet dataset per table), then checks
that the Parquet tables rebuild exactly the single-process extractions, article for article.
Both sides are timed after spaCy is loaded in this process; Spark's time includes its workers
loading spaCy once each, and writing the tables, but not starting the session.  Several
minutes on train (840 articles).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from newsdesk import annotate, ingest
from newsdesk.model import Article, Extraction
from newsdesk.pipeline import process_many
from newsdesk.spark import job
from newsdesk.tables import extractions_from_rows, read_parquet_tables

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "corpus" / "polnear"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=None)
    args = parser.parse_args()
    folder = POLNEAR / args.split / "text"
    if not folder.is_dir():
        sys.exit(f"{folder} not found (../shared is absent)")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)

    articles = [
        item
        for path in ingest.iter_input_paths([str(folder)])
        for item in ingest.read_path(path)
        if isinstance(item, Article)
    ]
    words = sum(len(a.text.split()) for a in articles)
    annotate.load()

    started = time.perf_counter()
    single = list(process_many(articles, processes=1))
    single_seconds = time.perf_counter() - started

    spark = job.session(args.master)
    cores = spark.sparkContext.defaultParallelism
    with tempfile.TemporaryDirectory() as scratch:
        output = str(Path(scratch) / "out")
        summary = job.run(spark, [str(folder)], output, job.JobOptions(partitions=args.partitions))
        rebuilt = extractions_from_rows(read_parquet_tables(output))
    spark.stop()

    first: dict[str, Extraction] = {}
    for ex in single:
        first.setdefault(ex.article.id, ex)  # the job keeps a repeated text once
    expected = list(first.values())
    same = sum(a == b for a, b in zip(rebuilt, expected, strict=False))
    print(f"PolNeAR {args.split}: {len(articles)} articles, {words:,} words")
    print(f"{'':28}{'seconds':>9}{'articles/s':>12}{'words/s':>10}")
    for name, seconds in (
        ("CLI pipeline, 1 process", single_seconds),
        (f"Spark {args.master} ({cores} cores)", summary.seconds),
    ):
        print(
            f"{name:28}{seconds:>9.1f}{len(articles) / seconds:>12.2f}{words / seconds:>10,.0f}"
        )
    print(f"speed-up {single_seconds / summary.seconds:.2f}x")
    print(
        f"records identical to the single-process run: {same} of {len(expected)} articles "
        f"({len(rebuilt)} in the tables, {len(summary.errors)} errors)"
    )


if __name__ == "__main__":
    main()
