"""Precision of the outlet comparison's shared facts on real coverage, against pairs judged by hand.

Usage::

    .venv/bin/python benchmarks/compare_real_precision.py [--slice tuning|held-out|all]
        [--judgements benchmarks/data/compare_real_judgements.tsv]
        [--corpus ../shared/corpus/news-timelines] [--work DIR] [--unjudged] [--list]

A briefing's outlet comparison says which facts several outlets report.  Readers of real
coverage found rows that set two unrelated sentences side by side (two sentences sharing a
couple of words, one speaker's two different statements), and no benchmark counted them: the
seed story has two articles, and no public corpus pairs news sentences of one story by fact.
So pairs are judged here by hand.

Each slice is whole days of the oil-spill topic of the news-timelines corpus, every article
of them, ingested as ``newsdesk ingest --meta`` does into a store of its own; every story with
articles from two columns or more (an outlet's reporting and its opinion pages are two) is
briefed, and every fact of its comparison with citations in two articles or more gives pairs:
the citation its row shows as its label with each citation in another article.  A pair is
judged ``SAME`` when the two sentences report one fact (one act, statement or state of
affairs; a reader would tick both outlets for it), ``DIFF`` otherwise.  The judgements point
into the corpus by file and character offsets only (no corpus text is kept in the project; the
corpus states no licence): ``slice``, ``file_a``, ``start_a``, ``end_a``, ``file_b``,
``start_b``, ``end_b``, judgement.

Printed per slice: the stories compared, the pairs, those judged, ``SAME``, and precision
(``SAME`` / judged).  Pairs nobody judged are counted apart (``--unjudged`` prints them with
both sentences, to be judged: after a change, new pairs must be judged before the figures
compare).  ``--list`` prints every pair with its judgement.  The stores are kept in ``--work``
under a digest of the code that fills them, so a change to the comparison alone re-briefs
without re-reading the articles.  Exit status 0 with a note when the corpus is absent.

``tuning`` (six days of May and June 2010) is read to find errors; ``held-out`` (four days of
July 2010) is judged but never tuned on.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news-timelines"
JUDGEMENTS = ROOT / "benchmarks" / "data" / "compare_real_judgements.tsv"
TOPIC = "bpoil"
SLICES = {
    "tuning": ["2010-05-12", "2010-05-13", "2010-05-18", "2010-05-19", "2010-06-20",
               "2010-06-21"],
    "held-out": ["2010-07-13", "2010-07-21", "2010-07-22", "2010-07-23"],
}
# The code that fills a store: a change to any of it makes a new store; synthesize/ and the
# renderers only brief what is stored.
_STORE_CODE = ("annotate", "ingest", "extract", "link", "store", "knowledge", "pipeline.py",
               "service.py", "model.py", "spacy_components.py")


@dataclass(frozen=True)
class Pair:
    slice: str
    story: str
    file_a: str
    start_a: int
    end_a: int
    file_b: str
    start_b: int
    end_b: int
    text_a: str
    text_b: str

    @property
    def key(self) -> tuple[str, str, int, int, str, int, int]:
        return (self.slice, self.file_a, self.start_a, self.end_a,
                self.file_b, self.start_b, self.end_b)


def store_fingerprint(days: list[str]) -> str:
    """A digest of the slice's days and of the code that fills a store."""
    src = ROOT / "src" / "newsdesk"
    digest = hashlib.sha256(" ".join(days).encode())
    for name in _STORE_CODE:
        path = src / name
        files = sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if path.is_dir() else [path]
        for f in files:
            digest.update(str(f.relative_to(src)).encode())
            digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


_CLI = "import sys; from newsdesk.cli import main; sys.argv[0] = 'newsdesk'; main()"


def _newsdesk(*args: str) -> str:
    run = subprocess.run([sys.executable, "-c", _CLI, *args], capture_output=True, text=True,
                         cwd=ROOT)
    if run.returncode != 0:
        raise SystemExit(f"newsdesk {' '.join(args[:3])}: {run.stderr.strip()[-400:]}")
    return run.stdout


def slice_store(corpus: Path, name: str, work: Path) -> Path:
    """The slice's store, ingested once per version of the code that fills it."""
    days = sorted(SLICES[name])
    db = work / f"{name}-{store_fingerprint(days)}.duckdb"
    if db.exists():
        return db
    folder = corpus / "input" / TOPIC
    with tempfile.TemporaryDirectory() as tmp:
        meta = Path(tmp) / "meta.jsonl"
        lines = []
        for line in (folder / "meta.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip() and json.loads(line)["published"] in days:
                record = json.loads(line)
                (Path(tmp) / record["path"]).symlink_to(folder / record["path"])
                lines.append(line)
        meta.write_text("\n".join(lines) + "\n", encoding="utf-8")
        work.mkdir(parents=True, exist_ok=True)
        partial = db.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        _newsdesk("--db", str(partial), "ingest", tmp, "--meta", str(meta))
        partial.rename(db)
    return db


def pairs_of(corpus: Path, name: str, work: Path) -> tuple[int, list[Pair]]:
    """(stories compared, the pairs of their shared facts), the comparison built in this
    process from the stored records as ``newsdesk brief --story`` builds it."""
    from newsdesk.store import Store
    from newsdesk.synthesize import stored

    db = slice_store(corpus, name, work)
    found: list[Pair] = []
    compared = 0
    with Store(db) as store:
        stories = sorted(store.stories(), key=lambda s: s.id)
        for story in stories:
            loaded = stored.load(store, story)
            extractions = loaded.extractions
            comparison = stored.briefing(loaded)["comparison"]
            if len(comparison["columns"]) < 2:
                continue
            compared += 1
            articles = {ex.article.id: ex.article for ex in extractions}
            for fact in comparison["facts"]:
                cited = [c for column in sorted(fact["columns"]) for c in fact["columns"][column]]
                first = next((c for c in cited
                              if _shows(articles[c["article"]].text, c, fact["label"])), cited[0])
                for other in cited[1:]:
                    if other["article"] == first["article"]:
                        continue
                    a, b = articles[first["article"]], articles[other["article"]]
                    found.append(Pair(
                        name, story.id, Path(a.path or a.id).name, first["start"], first["end"],
                        Path(b.path or b.id).name, other["start"], other["end"],
                        " ".join(a.text[first["start"]:first["end"]].split()),
                        " ".join(b.text[other["start"]:other["end"]].split())))
    return compared, sorted(set(found), key=lambda p: p.key)


def _shows(text: str, citation: Mapping[str, object], label: str) -> bool:
    """Whether the fact's label (what a reader of the row sees) is this citation's sentence."""
    start, end = citation["start"], citation["end"]
    assert isinstance(start, int) and isinstance(end, int)
    text = " ".join(text[start:end].split())
    return text.startswith(label.rstrip("…").rstrip())


def load_judgements(path: Path) -> dict[tuple[str, str, int, int, str, int, int], str]:
    judged = {}
    if path.exists():
        with path.open(encoding="utf-8") as handle:
            for row in csv.reader(handle, delimiter="\t"):
                if not row or row[0].startswith("#"):
                    continue
                slice_, fa, sa, ea, fb, sb, eb, verdict = row
                if verdict not in ("SAME", "DIFF"):
                    raise SystemExit(f"{path}: judgement {verdict!r} is neither SAME nor DIFF")
                judged[(slice_, fa, int(sa), int(ea), fb, int(sb), int(eb))] = verdict
    return judged


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--slice", choices=[*SLICES, "all"], default="tuning")
    parser.add_argument("--judgements", type=Path, default=JUDGEMENTS)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "compare_real")
    parser.add_argument("--unjudged", action="store_true", help="print the pairs nobody judged")
    parser.add_argument("--list", action="store_true", help="print every pair and its judgement")
    args = parser.parse_args(argv)
    if not (args.corpus / "input" / TOPIC).is_dir():
        print(f"note: {args.corpus} is absent; nothing measured")
        return 0
    judged = load_judgements(args.judgements)
    names = list(SLICES) if args.slice == "all" else [args.slice]
    for name in names:
        compared, pairs = pairs_of(args.corpus, name, args.work)
        verdicts = [judged.get(p.key) for p in pairs]
        same = verdicts.count("SAME")
        known = same + verdicts.count("DIFF")
        share = f"{100 * same / known:.1f}%" if known else "n/a"
        print(f"{name} ({', '.join(SLICES[name])}): {compared} stories compared, {len(pairs)} "
              f"pairs, {known} judged, {same} same fact: precision {share} ({same}/{known}); "
              f"{len(pairs) - known} unjudged")
        for pair, verdict in zip(pairs, verdicts, strict=True):
            if args.list or (args.unjudged and verdict is None):
                print("\t".join(str(x) for x in pair.key) + f"\t{verdict or '?'}")
                print(f"    A: {pair.text_a}\n    B: {pair.text_b}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
