"""`newsdesk spark`: the per-article stages on Spark, Parquet tables out (the `spark` extra).

Input errors and articles a stage failed on are reported one line each, as `extract` reports
them, and are kept in the `errors` table; the exit code is then 1.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Annotated

import typer

from newsdesk.cli.app import (
    FAILED,
    UNUSABLE,
    GenreOption,
    MaxMbOption,
    OutletOption,
    PublishedOption,
    app,
    err,
    load_sidecar,
    max_bytes,
    metadata_overrides,
)


@app.command("spark")
def spark_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Inputs (files, directories, Parquet, URIs such as hdfs://...), then OUTPUT, "
            "the directory that gets one Parquet dataset per table.",
            metavar="INPUT... OUTPUT",
        ),
    ],
    master: Annotated[
        str | None,
        typer.Option(
            help="Spark master URL (local[2], spark://host:7077, yarn); default: "
            "spark-submit's, else local[*]."
        ),
    ] = None,
    meta: Annotated[
        Path | None, typer.Option("--meta", help="Sidecar JSON lines with per-file metadata.")
    ] = None,
    outlet: OutletOption = None,
    published: PublishedOption = None,
    genre: GenreOption = None,
    max_mb: MaxMbOption = 20.0,
    partitions: Annotated[
        int | None,
        typer.Option(help="Partitions for the extraction stage (default: 2 x the cores)."),
    ] = None,
    overwrite: Annotated[bool, typer.Option(help="Replace OUTPUT's tables if present.")] = False,
) -> None:
    """Ingest, annotate and extract on Spark; write articles, actors, mentions, quotes, times,
    events, sentences and errors as Parquet (load them with `newsdesk import-parquet`)."""
    if importlib.util.find_spec("pyspark") is None:
        err.print("error: pyspark is not installed (pip install 'newsdesk[spark]')")
        raise typer.Exit(UNUSABLE)
    from newsdesk.spark import job

    if len(paths) < 2:
        err.print("error: give at least one INPUT and then the OUTPUT directory")
        raise typer.Exit(UNUSABLE)
    *sources, output = paths
    settings = job.tasks.ReadSettings(
        load_sidecar(meta, sources),
        metadata_overrides(outlet, published, genre),
        max_bytes(max_mb),
    )
    spark = job.session(master)
    try:
        summary = job.run(spark, sources, output, job.JobOptions(settings, partitions, overwrite))
    except FileExistsError as error:
        err.print(f"error: {error}")
        raise typer.Exit(UNUSABLE) from None
    except Exception as error:  # Spark reports an existing output or a lost cluster this way
        first = str(error).strip().splitlines()[0] if str(error).strip() else ""
        err.print(f"error: the Spark job failed ({type(error).__name__}: {first})")
        raise typer.Exit(UNUSABLE) from None
    finally:
        spark.stop()
    for row in summary.errors:
        err.print(f"error: {row['path']}: {row['reason']}", markup=False, highlight=False)
    counts = ", ".join(f"{summary.counts[t]} {t}" for t in summary.counts if t != "errors")
    err.print(
        f"{summary.articles} article(s) extracted, {len(summary.errors)} failed, in "
        f"{summary.seconds:.1f} s; tables in {output}: {counts}"
    )
    if summary.errors:
        raise typer.Exit(FAILED)
