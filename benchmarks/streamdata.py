"""The labelled streams the stories benchmark reads, and their extractions cached under build/.

``benchmarks/streams/{a,b}`` are our own writing (see their README); the UCI headlines are read
from ``../shared`` by path.  Each stream becomes JSON lines (``id``, ``title``, ``outlet``,
``published``, ``url``, ``text`` plus the gold ``story`` and ``thread``), read through the
very JSON-lines reader ``newsdesk ingest`` uses, so a record's ``id`` reaches the article as its
external id.  Parsing is the costly part on a shared two-core machine, so extractions are
computed once per text and kept in ``build/stories_stream/`` (a pickle per stream, keyed by a
hash of the JSON lines and of the source files of the per-article stages).
"""

from __future__ import annotations

import hashlib
import json
import pickle
import re
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsdesk import ingest  # noqa: E402
from newsdesk.model import Extraction  # noqa: E402

STREAMS = ROOT / "benchmarks" / "streams"
SHARED = ROOT.parent / "shared" / "corpus"
UCI = SHARED / "uci-news-stories" / "headlines.jsonl"
CACHE = ROOT / "build" / "stories_stream"

_HEADER = re.compile(r"^== (\d{4}-\d{2}-\d{2}) (\S+)\s*$")
_ARTICLE = re.compile(r"^-- (.+?)(?: \+(\d+))?\s*$")


@dataclass(frozen=True)
class Record:
    """One article of a labelled stream, as a JSON line plus its gold labels."""

    id: str
    title: str
    outlet: str
    published: date
    text: str
    url: str
    story: str
    thread: str

    def line(self) -> str:
        return json.dumps(
            {
                "id": self.id,
                "title": self.title,
                "outlet": self.outlet,
                "published": self.published.isoformat(),
                "url": self.url,
                "text": self.text,
            },
            ensure_ascii=False,
        )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def read_stream(folder: Path) -> list[Record]:
    """The records of one stream (format in ``benchmarks/streams/README.md``), in date order.

    Within a day, records keep the order they are written in; callers that need another
    arrival order shuffle within days themselves.
    """
    records: list[Record] = []
    thread = story = ""
    day: date | None = None
    current: list[str] = []
    outlet, offset = "", 0

    def flush() -> None:
        if not current:
            return
        assert day is not None, f"{folder}: an article before any story header"
        published = day + timedelta(days=offset)
        n = sum(1 for r in records if r.story == story) + 1
        title, paragraphs = current[0], current[1:]
        records.append(
            Record(
                id=f"{folder.name}-{story}-{n}",
                title=title,
                outlet=outlet,
                published=published,
                text="\n\n".join(paragraphs),
                url=f"https://{_slug(outlet)}.example/{published.isoformat()}/{_slug(title)[:60]}",
                story=story,
                thread=thread,
            )
        )
        current.clear()

    for path in sorted(folder.glob("*.txt")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if not line:
                continue
            if line.startswith("== "):
                flush()
                found = _HEADER.match(line)
                assert found, f"{path}: bad story header {line!r}"
                day, story = date.fromisoformat(found.group(1)), found.group(2)
            elif line.startswith("= "):
                flush()
                thread = line[2:].strip()
            elif line.startswith("-- "):
                flush()
                found = _ARTICLE.match(line)
                assert found, f"{path}: bad article line {line!r}"
                outlet, offset = found.group(1), int(found.group(2) or 0)
            else:
                current.append(line)
        flush()
    return sorted(records, key=lambda r: r.published)  # stable: written order within a day


def read_uci(limit: int | None = None) -> list[Record]:
    """UCI headlines in their stream order; the headline is the text (there is no body)."""
    records = []
    with UCI.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if limit is not None and n >= limit:
                break
            row = json.loads(line)
            records.append(
                Record(
                    id=row["id"],
                    title=row["title"],
                    outlet=row["outlet"],
                    published=date.fromisoformat(row["published"]),
                    text=row["title"],
                    url=row["url"],
                    story=row["gold"],
                    thread=row["category"],
                )
            )
    return records


def _code_hash() -> str:
    """Source of the per-article stages: a change there invalidates cached extractions."""
    digest = hashlib.sha256()
    src = ROOT / "src" / "newsdesk"
    for folder in ("ingest", "annotate", "extract", "knowledge"):
        for path in sorted((src / folder).rglob("*.py")):
            digest.update(path.read_bytes())
    digest.update((src / "pipeline.py").read_bytes())
    digest.update((src / "model.py").read_bytes())
    return digest.hexdigest()[:12]


def extractions(name: str, records: list[Record], processes: int = 2) -> list[Extraction]:
    """Each record read as ``newsdesk ingest`` reads a JSON line and extracted, in order.

    Cached in ``build/stories_stream/NAME-HASH.pickle``; texts seen twice are extracted once
    and returned once per record (deep copies are the caller's business).
    """
    from newsdesk.pipeline import process_many

    lines = "\n".join(r.line() for r in records) + "\n"
    key = hashlib.sha256((lines + _code_hash()).encode("utf-8")).hexdigest()[:16]
    CACHE.mkdir(parents=True, exist_ok=True)
    cached = CACHE / f"{name}-{key}.pickle"
    if cached.exists():
        with cached.open("rb") as handle:
            found: list[Extraction] = pickle.load(handle)
        return found
    source = CACHE / f"{name}.jsonl"
    source.write_text(lines, encoding="utf-8")
    articles = []
    for item in ingest.read_path(
        str(source), None, ingest.Overrides(None, None, None), max_bytes=1 << 30
    ):
        assert not isinstance(item, ingest.InputError), item
        articles.append(item)
    unique = {a.id: a for a in articles}
    done = {ex.article.id: ex for ex in process_many(list(unique.values()), processes)}
    result = []
    for art in articles:
        ex = done[art.id]
        if ex.article.external_id != art.external_id:  # the same text under two records
            ex = pickle.loads(pickle.dumps(ex))
            ex.article.external_id, ex.article.path = art.external_id, art.path
            ex.article.url, ex.article.title = art.url, art.title
            ex.article.outlet, ex.article.published = art.outlet, art.published
        result.append(ex)
    for old in CACHE.glob(f"{name}-*.pickle"):
        old.unlink()
    with cached.open("wb") as handle:
        pickle.dump(result, handle)
    return result


# ------------------------------------------------------------------ the growth stream


def read_polnear_leads(words: int = 100) -> list[Record]:
    """PolNeAR's articles (train and dev), each cut to its headline and first ~``words`` words.

    A lead keeps what placement reads (the headline and the opening paragraphs) at a fraction
    of a whole article's parse.  Each lead is its own story: PolNeAR has no story labels.
    """
    polnear = SHARED / "polnear"
    records = []
    for split in ("train", "dev"):
        for path in sorted((polnear / split / "text").glob("*.txt")):
            head, _, body = path.read_text(encoding="utf-8").partition("\n")
            kept: list[str] = []
            for paragraph in (p.strip() for p in body.splitlines()):
                if paragraph and sum(len(k.split()) for k in kept) < words:
                    kept.append(paragraph)
            if not kept:
                continue
            ident = f"polnear-{split}-{path.stem}"
            url = f"https://polnear.example/{ident}"
            text = "\n\n".join(kept)
            records.append(
                Record(ident, head.strip(), "polnear", date(2016, 1, 1), text, url, ident, ident)
            )
    return records


_WORD_RUN = re.compile(r"[A-Za-z]+")


def _shift(word: str, k: int) -> str:
    return "".join(
        chr((ord(c) - base + k) % 26 + base) for c in word for base in (65 if c < "a" else 97,)
    )


def disguise_text(text: str, k: int) -> str:
    """Every letter of every word that is not a stop word moved ``k`` places in the alphabet.

    The text keeps its length, so every offset an extraction holds still points at the same
    word; its words become new words (``Senate`` with k=1 is ``Tfobuf``), consistently, so that
    the articles of one story in one round still share their words, and a round shares none
    with another: it reads like coverage of other events, and it is not a copy for MinHash.
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    if k == 0:
        return text
    return _WORD_RUN.sub(
        lambda m: m.group(0) if m.group(0).lower() in STOP_WORDS else _shift(m.group(0), k), text
    )


def _renamed(value: object, names: dict[str, str]) -> object:
    """A copy of a record tree with every string that is an actor id renamed."""
    import dataclasses

    if isinstance(value, str):
        return names.get(value, value)
    if isinstance(value, list):
        return [_renamed(v, names) for v in value]
    if isinstance(value, dict):
        return {k: _renamed(v, names) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _renamed(getattr(value, f.name), names)
                   for f in dataclasses.fields(value) if f.init}  # fmt: skip
        return dataclasses.replace(value, **changes)
    return value


def disguised(ex: Extraction, k: int, ident: str, published: date) -> Extraction:
    """Round ``k``'s copy of an extraction: its text disguised (``disguise_text``), actor ids
    renamed alike, its own content id, external id and date; no parse needed."""
    from newsdesk.model import article_id

    names = {}
    for actor in ex.actors:
        kind, sep, rest = actor.id.partition(":")
        names[actor.id] = kind + sep + _shift_all(rest, k) if sep else _shift_all(actor.id, k)
    copy = _renamed(ex, names) if k else pickle.loads(pickle.dumps(ex))
    assert isinstance(copy, Extraction)
    art = copy.article
    art.text = disguise_text(art.text, k)
    art.title = disguise_text(art.title, k) if art.title else art.title
    art.id = article_id(art.text)
    art.external_id, art.published = ident, published
    art.url, art.path = f"https://growth.example/{ident}", None
    return copy


def _shift_all(text: str, k: int) -> str:
    return _WORD_RUN.sub(lambda m: _shift(m.group(0), k), text)


@dataclass(frozen=True)
class Pool:
    """The distinct parsed texts a growth stream is made of, each with its gold story."""

    extractions: list[Extraction]
    stories: list[str]
    sources: Counter[str]


def growth_pool(processes: int = 2) -> Pool:
    """UCI headlines, our streams a, b and c, PolNeAR leads: each parsed once (cached).

    Each source keeps its own order (the UCI file and our streams are in date order, so a
    story's articles stay near each other) and the sources are interleaved evenly.  A text met
    twice is kept once.
    """
    sources: dict[str, list[Record]] = {"uci": read_uci()}
    for name in ("a", "b", "c"):
        sources[name] = read_stream(STREAMS / name)
    sources["polnear"] = read_polnear_leads()
    ranked: list[tuple[float, str, int, Extraction, str]] = []
    for name, records in sources.items():
        found = extractions(name if name != "polnear" else "polnear-leads", records, processes)
        for j, (record, ex) in enumerate(zip(records, found, strict=True)):
            gold = f"{name}:{record.story}"
            ranked.append(((j + 0.5) / len(records), name, j, ex, gold))
    ranked.sort(key=lambda r: (r[0], r[1], r[2]))
    seen: set[str] = set()
    kept, stories, counts = [], [], Counter[str]()
    for _pos, name, _j, ex, gold in ranked:
        if ex.article.id in seen:
            continue
        seen.add(ex.article.id)
        kept.append(ex)
        stories.append(gold)
        counts[name] += 1
    return Pool(kept, stories, counts)


def growth_stream(pool: Pool, n: int, start: date = date(2021, 1, 1), days: int = 365
                  ) -> tuple[list[Extraction], list[str]]:  # fmt: skip
    """N articles made of the pool, round after round (round k disguised by k), dated evenly
    across ``days`` from ``start`` in stream order; with each article's gold story."""
    made, gold = [], []
    size = len(pool.extractions)
    for i in range(n):
        k, j = divmod(i, size)
        day = start + timedelta(days=i * days // n)
        made.append(disguised(pool.extractions[j], k, f"g{i:06d}", day))
        gold.append(f"{pool.stories[j]}~{k}")
    return made, gold
