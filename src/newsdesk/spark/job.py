"""The driver of ``newsdesk spark``: inputs to RDDs, the per-article stages, Parquet tables out.

Only per-article work runs on the cluster; linking actors across articles, stories and
synthesis stay with the store (``newsdesk import-parquet``), where all articles meet.

Inputs, each classified on its own:

- a local file or directory of article files (text, HTML, JSON, JSON lines, WARC): walked on
  the driver exactly as the CLI walks it, so article paths read the same, and read on the
  workers with the CLI's ``read_path`` (this needs the paths visible to every worker: local
  mode, or a shared file system);
- a Parquet file or dataset (``*.parquet``, or a directory of them): read by Spark, one article
  per row, columns named like JSON lines fields (``text``, ``title``, ``published``...);
- a URI with a scheme (``hdfs://``, ``s3a://``, ``file://``): listed through Hadoop's file
  system, fetched with ``binaryFiles`` and read with ``read_bytes``.

The extraction stage's output is persisted once and split into one Parquet dataset per table
(``tables.SCHEMAS``), so the expensive stage runs once however many tables are written.
"""

from __future__ import annotations

import functools
import os
import re
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from newsdesk import ingest
from newsdesk.spark import tasks
from newsdesk.tables import SCHEMAS, Row

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
PARQUET_SUFFIX = ".parquet"


@dataclass
class JobOptions:
    settings: tasks.ReadSettings = field(
        default_factory=lambda: tasks.ReadSettings(
            None, ingest.Overrides(), ingest.DEFAULT_MAX_BYTES
        )
    )
    partitions: int | None = None  # default: twice the cluster's default parallelism
    overwrite: bool = False


@dataclass
class JobSummary:
    output: str
    counts: dict[str, int]  # rows written per table
    errors: list[Row]  # in input order
    seconds: float

    @property
    def articles(self) -> int:
        return self.counts.get("articles", 0)


LOOPBACK = "127.0.0.1"


def is_local(master: str | None) -> bool:
    """Local mode: ``local[N]``, or no master outside spark-submit (Spark then runs local[*];
    spark-submit hands its Python driver a gateway port, and its master)."""
    if master:
        return master.startswith("local")
    return "PYSPARK_GATEWAY_PORT" not in os.environ


def on_loopback(builder: SparkSession.Builder) -> SparkSession.Builder:
    """Local mode listens on 127.0.0.1 only: the driver and block manager
    (``spark.driver.bindAddress``, ``spark.driver.host``), and the UI, which binds to
    ``SPARK_LOCAL_IP`` (read by the JVM pyspark starts).  Without this Spark takes the address
    of a network interface when the host name resolves to loopback, and listens there."""
    os.environ.setdefault("SPARK_LOCAL_IP", LOOPBACK)
    return builder.config("spark.driver.bindAddress", LOOPBACK).config(
        "spark.driver.host", LOOPBACK
    )


def session(master: str | None = None, app_name: str = "newsdesk") -> SparkSession:
    """A session with quiet logs; ``master`` only when given, so spark-submit's choice holds.
    In local mode nothing listens beyond loopback (``on_loopback``)."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name).config(
        "spark.ui.showConsoleProgress", "false"
    )
    if master:
        builder = builder.master(master)
    if is_local(master):
        builder = on_loopback(builder)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    return spark


def is_remote(source: str) -> bool:
    return bool(_SCHEME.match(source))


def is_parquet(source: str) -> bool:
    """A ``.parquet`` path, or a local directory holding Parquet files and no article file."""
    if source.rstrip("/").casefold().endswith(PARQUET_SUFFIX):
        return True
    if is_remote(source) or not os.path.isdir(source):
        return False
    names = [n for _, _, files in os.walk(source) for n in files]
    has_parquet = any(n.casefold().endswith(PARQUET_SUFFIX) for n in names)
    return has_parquet and not any(ingest.is_article_name(n) for n in names)


def remote_files(spark: SparkSession, source: str) -> list[str]:
    """Article files under a URI, recursively and sorted, as Hadoop's file system names them."""
    jvm = spark.sparkContext._jvm
    assert jvm is not None
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(source)
    fs = path.getFileSystem(conf)
    if not fs.exists(path):
        return []
    named_file = not fs.getFileStatus(path).isDirectory()  # a file named is always read
    listing = fs.listFiles(path, True)
    found: list[str] = []
    while listing.hasNext():
        status = listing.next()
        if named_file or ingest.is_article_name(str(status.getPath().getName())):
            found.append(str(status.getPath().toString()))
    return sorted(found)


def articles_rdd(spark: SparkSession, sources: list[str], settings: tasks.ReadSettings) -> RDD[Any]:
    """Every input's articles and input errors as keyed records, numbered in input order."""
    sc = spark.sparkContext
    parts: list[RDD[Any]] = []
    local: list[tuple[int, str]] = []
    source_n = 0
    slices = max(1, sc.defaultParallelism * 4)

    for source in sources:
        if is_parquet(source):
            frame = spark.read.parquet(source)
            read = functools.partial(_read_parquet_partition, settings, source, source_n)
            parts.append(frame.rdd.mapPartitionsWithIndex(read))
            source_n += 1
        elif is_remote(source):
            files = remote_files(spark, source)
            if not files:
                error = ingest.InputError(source, "no such file or no article files")
                parts.append(sc.parallelize([_error(source_n, error)], 1))
                source_n += 1
                continue
            numbers = {path: source_n + i for i, path in enumerate(files)}
            source_n += len(files)
            fetched = sc.binaryFiles(",".join(files), minPartitions=slices)
            parts.append(
                fetched.mapPartitions(functools.partial(tasks.read_fetched, settings, numbers))
            )
        else:
            for path in ingest.iter_input_paths([source]):
                local.append((source_n, path))
                source_n += 1
    if local:
        listed = sc.parallelize(local, min(len(local), slices))
        parts.append(listed.mapPartitions(functools.partial(tasks.read_paths, settings)))
    if not parts:
        return sc.emptyRDD()
    return parts[0] if len(parts) == 1 else sc.union(parts)


def _error(source_n: int, error: ingest.InputError) -> tasks.Keyed:
    origin = tasks.Origin(source_n, 0)
    return (
        f"{tasks.ERROR_KEY}{source_n}:0",
        tasks.error_row("ingest", error.path, error.reason, origin, None),
    )


def _read_parquet_partition(
    settings: tasks.ReadSettings, source: str, source_n: int, index: int, rows: Iterator[Any]
) -> Iterator[tasks.Keyed]:
    return tasks.read_records(settings, source, source_n, index, rows)


def _in_table(table: str, record: tuple[str, Row]) -> bool:
    return record[0] == table


def _row(record: tuple[str, Row]) -> Row:
    return record[1]


def _table_name(record: tuple[str, Row]) -> str:
    return record[0]


def taken_tables(spark: SparkSession, output: str) -> list[str]:
    """The tables OUTPUT already holds, checked before hours of extraction, not after."""
    jvm = spark.sparkContext._jvm
    assert jvm is not None
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    root = jvm.org.apache.hadoop.fs.Path(output)
    fs = root.getFileSystem(conf)
    return [t for t in SCHEMAS if fs.exists(jvm.org.apache.hadoop.fs.Path(root, t))]


def _write_table(
    spark: SparkSession, records: RDD[tuple[str, Row]], table: str, path: str, mode: str
) -> None:
    rows = records.filter(functools.partial(_in_table, table)).map(_row)
    frame = spark.createDataFrame(rows, schema=SCHEMAS[table])
    order = ["source_n", "item_n"] if table in ("articles", "errors") else ["article_id"]
    if "n" in frame.columns:
        order.append("n")
    frame.sortWithinPartitions(*order).write.mode(mode).parquet(path)


def run(spark: SparkSession, sources: list[str], output: str, options: JobOptions) -> JobSummary:
    """Read, extract and write the tables; the per-article stages run once per article."""
    from pyspark import StorageLevel

    started = time.perf_counter()
    taken = [] if options.overwrite else taken_tables(spark, output)
    if taken:
        raise FileExistsError(f"{output} already holds {', '.join(taken)} (--overwrite replaces)")
    sc = spark.sparkContext
    partitions = options.partitions or max(2, sc.defaultParallelism * 2)
    keyed = articles_rdd(spark, sources, options.settings)
    unique = keyed.reduceByKey(tasks.first_in_input, numPartitions=partitions)
    records = unique.mapPartitions(tasks.extract_partition).persist(StorageLevel.MEMORY_AND_DISK)
    mode = "overwrite" if options.overwrite else "errorifexists"
    try:
        # Materialise once, then write the tables as concurrent jobs over the cached records:
        # each write is mostly scheduling latency, and none may recompute the extraction.
        counts = dict(Counter(records.map(_table_name).countByValue()))
        with ThreadPoolExecutor(max_workers=len(SCHEMAS)) as pool:
            writes = [
                pool.submit(_write_table, spark, records, table, f"{output}/{table}", mode)
                for table in SCHEMAS
            ]
            for done in writes:
                done.result()
        errors = records.filter(functools.partial(_in_table, "errors")).map(_row).collect()
    finally:
        records.unpersist()
    errors.sort(key=lambda r: (r["source_n"], r["item_n"]))
    return JobSummary(
        output=output,
        counts={table: int(counts.get(table, 0)) for table in SCHEMAS},
        errors=errors,
        seconds=time.perf_counter() - started,
    )
