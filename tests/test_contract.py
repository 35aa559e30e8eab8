"""The JSON contract of `newsdesk extract`: the schema file is generated from the records, real
output validates against it, and each record's from_json reads its own to_json back."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.model import Actor, Article, Event, Quote, TimeExpr
from newsdesk.schema import SCHEMA_FILE, render
from tests.conftest import SAMPLES

jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is a dev extra")


def _extract(*args: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(app, ["extract", *args, "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def samples() -> list[dict[str, Any]]:
    return _extract(str(SAMPLES / "articles"), "--meta", str(SAMPLES / "meta.jsonl"))


@pytest.fixture(scope="module")
def validator() -> Any:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_file_is_current() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == render(), (
        "extract.schema.json is stale: run `python -m newsdesk.schema`"
    )


def _check(validator: Any, lines: list[dict[str, Any]]) -> None:
    assert lines
    for line in lines:
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(line)]
        assert not errors, (line["article"]["path"], errors[:3])


def test_samples_validate(validator: Any, samples: list[dict[str, Any]]) -> None:
    _check(validator, samples)
    assert sum(len(x["quotes"]) for x in samples) > 5 and sum(len(x["events"]) for x in samples)


@pytest.mark.seed
def test_seed_story_validates(validator: Any, seed_dir: Path) -> None:
    _check(validator, _extract(str(seed_dir), "--meta", str(seed_dir / "meta.jsonl")))


def test_schema_refuses_what_the_contract_does_not_say(
    validator: Any, samples: list[dict[str, Any]]
) -> None:
    line = next(x for x in samples if x["quotes"] and x["actors"] and x["events"])
    for break_it in (
        lambda x: x["quotes"][0].pop("kind"),
        lambda x: x["quotes"][0].update(kind="rumour"),
        lambda x: x["actors"][0].update(nickname="x"),
        lambda x: x["events"][0].update(evidence=[1, 2, 3]),
        lambda x: x["article"].update(genre="satire"),
    ):
        broken = copy.deepcopy(line)
        break_it(broken)
        assert not validator.is_valid(broken)


def test_every_record_reads_back_its_own_json(samples: list[dict[str, Any]]) -> None:
    for line in samples:
        article = Article.from_json(line["article"], line["text"])
        assert article.header_json() == line["article"]
        assert [Actor.from_json(a).to_json() for a in line["actors"]] == line["actors"]
        assert [Quote.from_json(q).to_json() for q in line["quotes"]] == line["quotes"]
        assert [TimeExpr.from_json(t).to_json() for t in line["times"]] == line["times"]
        assert [Event.from_json(e).to_json() for e in line["events"]] == line["events"]
