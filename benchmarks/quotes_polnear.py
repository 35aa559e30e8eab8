"""Score quote extraction and attribution on PolNeAR (train or dev) with its README's metric.

Usage::

    .venv/bin/python benchmarks/quotes_polnear.py --split dev [--skip N] [--limit N] [--errors FILE]
        [--cache FILE]   # a stored parse: score later stages again in seconds

Runs the real pipeline pieces on each article (``annotate.parse_many``, ``reading.read`` for
actors and times, ``extract_quotes``) over an ``Article`` whose whole text is body, then matches
predicted quotes to gold attributions one to one, per article, and micro-averages:

- content exact: the contents, each sentence of each piece trimmed of spaces, quotation marks
  and edge punctuation, then joined, are equal (so a quotation marked as one piece equals the
  same sentences marked as a piece each);
- content overlap: they share at least half of the shorter one's word tokens (by position);
- source / cue: for an overlap match, the predicted speaker (cue) span overlaps the gold one;
  precision over predictions with a speaker (cue), recall over gold attributions with one.

Prints precision, recall and F1 for each, and articles per second with parsing timed apart
from the rest.  The corpus is read from ../shared/corpus/polnear and never copied.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsdesk.model import Quote

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "polnear"
_WORD = re.compile(r"\w+")
_TRIM = " \t\n\"'“”‘’«».,;:!?"
# A sentence's end inside a content: its stop (and a closing mark), then a space.
_SENTENCE_END = re.compile(r"(?<=[.?!])[\"'”’»]?\s+")

Spans = list[tuple[int, int]]


@dataclass
class Attribution:
    """One attribution, gold or predicted, as character spans into the article text."""

    content: Spans
    source: Spans = field(default_factory=list)
    cue: Spans = field(default_factory=list)


@dataclass
class Doc:
    name: str
    text: str
    published: date | None
    gold: list[Attribution]


def parse_ann(path: Path) -> list[Attribution]:
    """Brat standoff: ``T`` spans (maybe discontinuous) tied by ``E`` attribution events."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            label, _, offsets = parts[1].partition(" ")
            pieces = []
            for piece in offsets.split(";"):
                a, b = piece.split()
                pieces.append((int(a), int(b)))
            spans[parts[0]] = (label, pieces)
        elif line.startswith("E"):
            parts = line.split("\t")
            args = [tuple(a.split(":", 1)) for a in parts[1].split()]
            events.append([(r, t) for r, t in args if len(r) and len(t)])
    found: list[Attribution] = []
    for args in events:
        att = Attribution(content=[])
        for role, ref in args:
            if ref not in spans:
                continue
            pieces = spans[ref][1]
            if role.startswith("Content"):
                att.content.extend(pieces)
            elif role.startswith("Source"):
                att.source.extend(pieces)
            elif role.startswith("Cue"):
                att.cue.extend(pieces)
        if att.content:
            att.content.sort()
            found.append(att)
    return found


def load_split(split: str, limit: int | None, skip: int = 0) -> list[Doc]:
    base = CORPUS / split
    meta: dict[str, dict[str, str]] = {}
    with (CORPUS / "metadata.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            meta[row["filename"]] = row
    docs: list[Doc] = []
    for txt in sorted((base / "text").glob("*.txt"))[skip:]:
        anns = sorted((base / "attributions").glob(f"{txt.stem}_*.ann"))
        if not anns:
            continue
        row = meta.get(txt.stem, {})
        first = row.get("annotators", "").split(",")[0].strip()
        chosen = [a for a in anns if a.stem.endswith("_" + first)] or anns
        try:
            published = date.fromisoformat(row.get("publication_date", ""))
        except ValueError:
            published = None
        text = txt.read_text(encoding="utf-8")
        docs.append(Doc(txt.stem, text, published, parse_ann(chosen[0])))
        if limit is not None and len(docs) >= limit:
            break
    return docs


# ---------------------------------------------------------------- scoring


def normalised(text: str, spans: Spans) -> str:
    """Each sentence of each piece trimmed of spaces, quotation marks and edge punctuation,
    then joined: a split quotation's gold pieces carry their marks (“...,” / “...”), predicted
    pieces may not.  Trimming by sentence, not only by piece, makes the measure blind to where
    a content is cut into pieces: PolNeAR's annotators mostly mark a quotation of several
    sentences as one piece ("... in public. And I have ..."), but some mark each sentence as a
    piece of its own, and trimming each of those pieces alone would drop full stops that the
    same words in one piece keep."""
    pieces = (
        sentence.strip(_TRIM)
        for a, b in sorted(spans)
        for sentence in _SENTENCE_END.split(re.sub(r"\s+", " ", text[a:b]))
    )
    return " ".join(p for p in pieces if p)


def words(text: str, spans: Spans) -> set[int]:
    found: set[int] = set()
    for a, b in spans:
        found.update(a + m.start() for m in _WORD.finditer(text[a:b]))
    return found


def overlap_match(w1: set[int], w2: set[int]) -> bool:
    shared = len(w1 & w2)
    return shared > 0 and shared * 2 >= min(len(w1), len(w2))


def spans_overlap(s1: Spans, s2: Spans) -> bool:
    return any(a < d and c < b for a, b in s1 for c, d in s2)


@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    exact: int = 0
    overlap: int = 0
    source_hit: int = 0
    source_pred: int = 0
    source_gold: int = 0
    cue_hit: int = 0
    cue_pred: int = 0
    cue_gold: int = 0


def pair(gold: list[Attribution], pred: list[Attribution], text: str) -> list[tuple[int, int]]:
    """One-to-one overlap matches, greedily by shared words (a gold attribution is claimed once)."""
    gw = [words(text, g.content) for g in gold]
    pw = [words(text, p.content) for p in pred]
    candidates = []
    for i, g in enumerate(gw):
        for j, p in enumerate(pw):
            if overlap_match(g, p):
                candidates.append((-len(g & p), i, j))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return pairs


def score(doc: Doc, pred: list[Attribution], counts: Counts) -> list[tuple[int, int]]:
    text = doc.text
    counts.gold += len(doc.gold)
    counts.pred += len(pred)
    counts.source_gold += sum(1 for g in doc.gold if g.source)
    counts.source_pred += sum(1 for p in pred if p.source)
    counts.cue_gold += sum(1 for g in doc.gold if g.cue)
    counts.cue_pred += sum(1 for p in pred if p.cue)
    gold_exact: dict[str, int] = {}
    for g in doc.gold:
        key = normalised(text, g.content)
        gold_exact[key] = gold_exact.get(key, 0) + 1
    for p in pred:
        key = normalised(text, p.content)
        if gold_exact.get(key, 0) > 0:
            gold_exact[key] -= 1
            counts.exact += 1
    pairs = pair(doc.gold, pred, text)
    for i, j in pairs:
        g, p = doc.gold[i], pred[j]
        counts.overlap += 1
        if g.source and p.source and spans_overlap(g.source, p.source):
            counts.source_hit += 1
        if g.cue and p.cue and spans_overlap(g.cue, p.cue):
            counts.cue_hit += 1
    return pairs


def prf(hit: int, pred: int, gold: int) -> tuple[float, float, float]:
    p = hit / pred if pred else 0.0
    r = hit / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return 100 * p, 100 * r, 100 * f


def figures(c: Counts) -> dict[str, tuple[float, float, float]]:
    """Precision, recall and F1 (x100) of each measure, as the table prints them."""
    return {
        "content exact": prf(c.exact, c.pred, c.gold),
        "content overlap": prf(c.overlap, c.pred, c.gold),
        "source": prf(c.source_hit, c.source_pred, c.source_gold),
        "cue": prf(c.cue_hit, c.cue_pred, c.cue_gold),
    }


# ---------------------------------------------------------------- running the pipeline


def _attribute(
    batch: list[tuple[str, date | None]],
) -> list[tuple[list[Attribution], float, float]]:
    """A batch of articles through parse, actors, times and quotes, as ``pipeline.process_batch``
    cuts and parses them; with the CPU seconds of each part (the parse shared out by length).

    Module-level so that ``newsdesk.parallel.map_ordered`` can run it in worker processes.
    """
    from newsdesk import annotate
    from newsdesk.extract.quotes import extract_quotes
    from newsdesk.extract.reading import read
    from newsdesk.model import Article, article_id

    c0 = time.process_time()
    sdocs = list(annotate.parse_many([text for text, _ in batch], len(batch)))
    parse_cpu = time.process_time() - c0
    total = sum(len(text) for text, _ in batch) or 1
    out = []
    for (text, published), sdoc in zip(batch, sdocs, strict=True):
        c1 = time.process_time()
        article = Article(id=article_id(text), text=text, published=published)
        quotes = extract_quotes(read(sdoc, article))
        atts = attributions(quotes)
        out.append((atts, parse_cpu * len(text) / total, time.process_time() - c1))
    return out


def attributions(quotes: list[Quote]) -> list[Attribution]:
    """Quotes as PolNeAR attributions: the stage gives one Quote per speaker of a coordinated
    subject ("Trump and Ryan both said ...": two Quotes sharing cue and content, so that each
    can be cited), where PolNeAR has one attribution whose source spans both; such Quotes are
    joined back into one attribution with each speaker's span as a piece of its source."""
    joined: dict[tuple[tuple[int, int], ...], Attribution] = {}
    found: list[Attribution] = []
    for q in quotes:
        content = [(s.start, s.end) for s in q.content]
        cue = [(q.cue.start, q.cue.end)] if q.cue else []
        key = tuple(cue + content)
        source = [(q.speaker.start, q.speaker.end)] if q.speaker else []
        if q.cue is not None and key in joined:
            joined[key].source.extend(source)
            continue
        att = Attribution(content=content, source=source, cue=cue)
        joined[key] = att
        found.append(att)
    return found


def predict_cached(
    docs: list[Doc], cache: Path
) -> tuple[list[list[Attribution]], dict[str, float]]:
    """As ``predict`` in this process, over a parse stored in ``cache`` (a spaCy DocBin, written
    on the first run): for scoring changes to the stages after the parse many times quickly.
    The parse is the same as ``predict``'s (same batches), so the figures are the same; speed
    figures exclude the parse."""
    from spacy.tokens import DocBin

    from newsdesk import annotate
    from newsdesk.extract.quotes import extract_quotes
    from newsdesk.extract.reading import read
    from newsdesk.model import Article, article_id

    nlp = annotate.load()
    texts = [d.text for d in docs]
    if cache.exists():
        sdocs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [s.text for s in sdocs] != texts:
            raise SystemExit(f"{cache}: holds another set of articles; delete it or name another")
    else:
        sdocs = [
            s for batch in annotate.batches(texts) for s in annotate.parse_many(batch, len(batch))
        ]
        DocBin(store_user_data=True, docs=sdocs).to_disk(cache)
    c0 = time.process_time()
    t0 = time.perf_counter()
    preds = []
    for doc, sdoc in zip(docs, sdocs, strict=True):
        article = Article(id=article_id(doc.text), text=doc.text, published=doc.published)
        preds.append(attributions(extract_quotes(read(sdoc, article))))
    return preds, {
        "wall": time.perf_counter() - t0,
        "parse_cpu": 0.0,
        "rest_cpu": time.process_time() - c0,
    }


def predict(
    docs: list[Doc], processes: int = 1
) -> tuple[list[list[Attribution]], dict[str, float]]:
    """Predicted attributions per article, the wall time, and CPU seconds for parsing and for
    the rest summed over every process (CPU time shows the cost on a quiet machine when other
    jobs share the cores)."""
    from newsdesk import annotate
    from newsdesk.parallel import map_ordered

    annotate.load()
    cut = list(annotate.batches([(d.text, d.published) for d in docs]))
    t0 = time.perf_counter()
    results = [r for batch in map_ordered(_attribute, cut, processes) for r in batch]
    wall = time.perf_counter() - t0
    return [r[0] for r in results], {
        "wall": wall,
        "parse_cpu": sum(r[1] for r in results),
        "rest_cpu": sum(r[2] for r in results),
    }


def show(text: str, att: Attribution) -> str:
    src = " | ".join(text[a:b] for a, b in att.source)
    cue = " | ".join(text[a:b] for a, b in att.cue)
    return f"[{src}] <{cue}> {normalised(text, att.content)[:200]}"


def write_errors(path: Path, docs: list[Doc], preds: list[list[Attribution]]) -> None:
    """Misses and false alarms, side by side, for reading (never committed: corpus text)."""
    lines: list[str] = []
    for doc, pred in zip(docs, preds, strict=True):
        pairs = pair(doc.gold, pred, doc.text)
        gi = {i for i, _ in pairs}
        pj = {j for _, j in pairs}

        lines.append(f"### {doc.name}")
        for i, g in enumerate(doc.gold):
            if i not in gi:
                lines.append("MISS " + show(doc.text, g))
        for j, p in enumerate(pred):
            if j not in pj:
                lines.append("FALSE " + show(doc.text, p))
        for i, j in pairs:
            g, p = doc.gold[i], pred[j]
            if not (g.source and p.source and spans_overlap(g.source, p.source)):
                lines.append("SRC  gold " + show(doc.text, g) + "\n     pred " + show(doc.text, p))
            elif normalised(doc.text, g.content) != normalised(doc.text, p.content):
                lines.append("SPAN gold " + show(doc.text, g) + "\n     pred " + show(doc.text, p))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--skip", type=int, default=0,
                        help="leave out the first N articles (a fold apart from the tuning one)")
    parser.add_argument("--errors", type=Path, default=None, help="write an error listing here")
    parser.add_argument("--model", type=Path, default=None,
                        help="a quote-model artefact other than the committed one")
    parser.add_argument("--processes", type=int, default=1,
                        help="worker processes, each running whole articles (as ingest does)")
    parser.add_argument("--cache", type=Path, default=None,
                        help="a parse cache for these articles (written if absent; one process; "
                        "speed figures then exclude the parse)")
    args = parser.parse_args(argv)
    if not (CORPUS / args.split / "text").is_dir():
        print(f"PolNeAR not found at {CORPUS} (../shared/corpus/polnear is absent)",
              file=sys.stderr)
        return 2
    docs = load_split(args.split, args.limit, args.skip)
    if args.model is not None:
        from newsdesk.extract import quotes_model

        quotes_model.MODEL_PATH = args.model  # read before the workers fork
        if quotes_model.load() is None:
            print(f"{args.model}: no such model artefact", file=sys.stderr)
            return 2
    if args.cache is not None:
        preds, secs = predict_cached(docs, args.cache)
    else:
        preds, secs = predict(docs, args.processes)
    counts = Counts()
    for doc, pred in zip(docs, preds, strict=True):
        score(doc, pred, counts)
    if args.errors is not None:
        write_errors(args.errors, docs, preds)
    c = counts
    rows = list(figures(counts).items())
    cmd = " ".join(["benchmarks/quotes_polnear.py"] + (argv or sys.argv[1:]))
    print(f"$ .venv/bin/python {cmd}")
    print(f"PolNeAR {args.split}: {len(docs)} articles, {c.gold} gold attributions, "
          f"{c.pred} predicted")
    print(f"{'':16} {'P':>6} {'R':>6} {'F1':>6}")
    for name, (p, r, f) in rows:
        print(f"{name:16} {p:6.1f} {r:6.1f} {f:6.1f}")
    n = len(docs)
    cpu = secs["parse_cpu"] + secs["rest_cpu"]
    share = 100 * secs["parse_cpu"] / cpu if cpu else 0.0
    print(f"speed: {n / secs['wall']:.2f} articles/s end to end, wall clock, "
          f"{args.processes} process(es)")
    print(f"       CPU time summed over processes: parse {secs['parse_cpu']:.1f}s ({share:.0f}%), "
          f"actors+times+quotes {secs['rest_cpu']:.1f}s; {n / cpu:.2f} articles per CPU-second")
    return 0


if __name__ == "__main__":
    sys.exit(main())
