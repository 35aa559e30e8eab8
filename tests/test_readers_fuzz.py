"""Property-based fuzzing of the readers (Hypothesis), on top of the fixed cases of
``test_hardening.py``: whatever bytes arrive under whatever name, a reader gives articles or
one-line errors and never raises; what it does read, it reads exactly.

Runs are derandomized (the same examples every run, no example database), so a failure here
reproduces; each property is held to a modest number of examples to keep the suite quick.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk import annotate, ingest
from newsdesk.ingest.jsonl import MAX_JSON_DEPTH, TooDeep, loads, read_jsonl
from newsdesk.ingest.raw import RawArticle
from newsdesk.ingest.text import decode_text, gunzip
from newsdesk.model import Article
from newsdesk.render import markdown
from newsdesk.render.plain import one_line, printable

FUZZ = settings(
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=120,
    suppress_health_check=[HealthCheck.too_slow],
)
NAMES = st.sampled_from(
    ["a.txt", "a.html", "a.json", "a.jsonl", "a.warc", "a.warc.gz", "upload", "x [/b].txt"]
)
# Bytes that look like the inputs readers meet: text, markup, JSON, gzip, with awkward chars.
PIECES = st.sampled_from(
    [b"{", b"}", b"[", b"]", b'"text": ', b'"', b"\n", b"\r\n", b"<html>", b"<p>", b"\x1f\x8b",
     b"WARC/1.0\r\n", b"\xe2\x80\xa8", b"\xc2\x85", b"\x00", b"\xff", b"caf\xc3\xa9 ", b"word "]
)  # fmt: skip
LOOKS_LIKE_INPUT = st.lists(st.one_of(PIECES, st.binary(max_size=12)), max_size=40).map(b"".join)
CONTROL = {chr(c) for c in [*range(0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}


def _one_line_naming(error: ingest.InputError, name: str) -> None:
    text = str(error)
    assert "\n" not in text and "\r" not in text
    assert error.path.startswith(name)


@FUZZ
@given(data=st.one_of(st.binary(max_size=300), LOOKS_LIKE_INPUT), name=NAMES, sniff=st.booleans())
def test_read_bytes_never_raises(data: bytes, name: str, sniff: bool) -> None:
    for item in ingest.read_bytes(data, name, max_bytes=2000, sniff=sniff):
        if isinstance(item, ingest.InputError):
            _one_line_naming(item, name)
        else:
            assert isinstance(item, Article) and item.text.strip()


@FUZZ
@given(data=st.one_of(st.binary(max_size=200), LOOKS_LIKE_INPUT))
def test_decoding_and_gunzip_raise_only_input_errors(data: bytes) -> None:
    for attempt in (lambda: decode_text(data, "x"), lambda: gunzip(b"\x1f\x8b" + data, "x", 500)):
        try:
            attempt()
        except ingest.InputError as error:
            _one_line_naming(error, "x")


# Any character, and often the ones str.splitlines cuts at but JSON Lines does not.
CHARS = st.one_of(st.characters(), st.sampled_from("\u2028\u2029\u0085\x1c\x1d\x1e\r\x0b\x0c"))
TEXTS = st.text(alphabet=CHARS, min_size=1, max_size=80).filter(lambda t: t.strip())
RECORDS = st.lists(
    st.fixed_dictionaries({"text": TEXTS}, optional={"title": st.text(max_size=20)}),
    min_size=1,
    max_size=5,
)


@FUZZ
@given(records=RECORDS, crlf=st.booleans())
def test_json_lines_read_every_record_whole(records: list[dict[str, str]], crlf: bool) -> None:
    """Whatever a string holds (U+2028, U+0085, control characters), each record is one line."""
    end = "\r\n" if crlf else "\n"
    content = "".join(json.dumps(r, ensure_ascii=False) + end for r in records)
    read = list(read_jsonl(content, "f.jsonl"))
    assert [r.text for r in read if isinstance(r, RawArticle)] == [r["text"] for r in records]


def _nest(depth: int, leaf: Any, kinds: list[bool]) -> Any:
    value = leaf
    for n in range(depth):
        value = [value] if kinds[n % len(kinds)] else {"k": value}
    return value


@FUZZ
@given(
    depth=st.integers(0, 2 * MAX_JSON_DEPTH),
    leaf=st.one_of(st.none(), st.integers(), st.text(max_size=10)),
    kinds=st.lists(st.booleans(), min_size=1, max_size=4),
    decoys=st.text(alphabet="[]{}\\\"", max_size=30),
)
def test_nesting_is_bounded_exactly(depth: int, leaf: Any, kinds: list[bool], decoys: str) -> None:
    """Brackets inside strings do not count; the limit is the nesting itself."""
    value = _nest(depth, leaf, kinds)
    content = json.dumps({"decoy": decoys, "v": value})
    levels = depth + 1  # the outer object
    if levels > MAX_JSON_DEPTH:
        try:
            loads(content)
        except TooDeep:
            return
        raise AssertionError(f"{levels} levels were read")
    assert loads(content) == json.loads(content)


@FUZZ
@given(lines=st.lists(st.text(max_size=60), max_size=6))
def test_sidecars_load_or_say_why(lines: list[str], tmp_path_factory: Any) -> None:
    path = Path(tmp_path_factory.mktemp("side")) / "meta.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    try:
        ingest.load_sidecar(path)
    except ingest.InputError as error:
        _one_line_naming(error, str(path))


@FUZZ
@given(
    text=st.text(alphabet=st.sampled_from("ab \n\t.\u2028"), max_size=400),
    size=st.integers(1, 60),
)
def test_pieces_rebuild_the_text(text: str, size: int) -> None:
    parts = annotate.pieces(text, size)
    assert "".join(parts) == text
    assert all(len(p) <= size for p in parts)
    assert all(parts) or parts == [""]


@FUZZ
@given(text=st.text(max_size=80))
def test_printed_text_has_no_control_characters(text: str) -> None:
    assert not CONTROL & (set(printable(text)) - {"\n", "\t"})
    assert not CONTROL & set(one_line(text)) and "\n" not in one_line(text)


@FUZZ
@given(values=st.dictionaries(st.sampled_from(["title", "path", "outlet"]), st.text(max_size=30)))
def test_markdown_strings_carry_no_raw_html(values: dict[str, str]) -> None:
    safe = markdown.safe({"articles": [values]})["articles"][0]
    for key, value in safe.items():
        assert not CONTROL & (set(value) - {"\n", "\t"})
        assert key == "path" or "<" not in value
    fence = markdown.code(values.get("path", ""))
    assert fence.startswith("`") and fence.endswith("`")


def test_gzip_round_trip_under_the_limit() -> None:
    data = b"Ferry back in service.\n" * 10
    assert gunzip(gzip.compress(data), "x", len(data)) == data
