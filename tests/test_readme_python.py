"""The README's "Python" section is the API's documentation: its examples run as written, in
order, in one namespace (as a notebook runs them), and every name it shows exists."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

import newsdesk
from tests.conftest import ROOT, SAMPLES

README = ROOT / "README.md"


def python_section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("\n## Python\n")
    return text[start : text.index("\n## ", start + 1)]


def examples() -> list[str]:
    return re.findall(r"```python\n(.*?)```", python_section(), re.DOTALL)


def test_the_section_has_the_examples_the_issue_asks_for() -> None:
    code = "\n".join(examples())
    assert len(examples()) >= 4
    for shown in ("newsdesk.open(", ".quotes(story=", "value_counts(", "groupby(\"date\")",
                  "nlp.add_pipe(\"newsdesk_quotes\")", "newsdesk.extract("):
        assert shown in code, shown


def test_examples_run_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "samples").symlink_to(SAMPLES, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "readme"}
    for n, block in enumerate(examples(), 1):
        exec(compile(block, f"README.md, Python example {n}", "exec"), namespace)
    printed = capsys.readouterr().out
    # What the examples say they do happened: five sample articles stored, one story, the
    # top speakers and the events per day printed, a Parquet file written, quotes in the doc.
    done = namespace["done"]
    assert isinstance(done, newsdesk.Ingested) and len(done.stored) == 5 and not done.errors
    assert "Ana Duarte" in printed and "2025-03-12" in printed
    assert (tmp_path / "protests.parquet").stat().st_size > 0
    doc = namespace["doc"]
    assert doc._.quotes and doc._.events  # type: ignore[attr-defined]
    ex = namespace["ex"]
    assert isinstance(ex, newsdesk.Extraction) and ex.quotes and ex.events


def _has(owner: object, name: str) -> bool:
    if hasattr(owner, name):
        return True
    return dataclasses.is_dataclass(owner) and name in {f.name for f in dataclasses.fields(owner)}


def test_every_name_the_section_shows_exists() -> None:
    section = python_section()
    shown = set(re.findall(r"`(?:[^`]*\W)?newsdesk\.(\w+)", section))
    assert {"extract", "extract_many", "open", "read_text", "InputError"} <= shown
    missing = sorted(n for n in shown if n not in {"spacy_components", "library"}
                     and not hasattr(newsdesk, n))
    assert not missing, f"the README shows newsdesk.{missing} that do not exist"
    assert set(newsdesk.__all__) >= {n for n in shown if n[0].isupper()}
    owners = {"Store": newsdesk.Store, "Table": newsdesk.Table, "Extraction": newsdesk.Extraction}
    for owner, attribute in re.findall(r"`(Store|Table|Extraction)\.(\w+)", section):
        assert _has(owners[owner], attribute), f"{owner}.{attribute}"
    for name in re.findall(r"`newsdesk\.(\w+Row)`", section):
        assert dataclasses.is_dataclass(getattr(newsdesk, name))
