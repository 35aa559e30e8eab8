"""Shared fixtures: the parsed seed story is expensive, so it is built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "seed-story"
SAMPLES = ROOT / "samples"
WAPO = "wapo-2019-08-27-talks-with-iran-coming-soon.txt"
NYT = "nyt-2019-08-29-iran-hierarchy-talks-inevitable.txt"


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    if not (SEED / WAPO).exists():
        pytest.skip(f"seed story not found at {SEED} (../shared is absent)")
    return SEED
