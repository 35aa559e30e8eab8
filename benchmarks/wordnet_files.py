"""WordNet 3.0's data files as the offline table builders read them (``build_verb_synonyms.py``,
``build_attribution_synonyms.py``): Debian's ``wordnet-base`` ships ``index.<pos>`` and
``data.<pos>`` as plain text, parsed here without a library.  Nothing at run time reads WordNet.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")


def read_index(wordnet: Path, pos: str) -> dict[str, list[str]]:
    """Lemma -> its synset offsets, most frequent sense first (``index.<pos>``)."""
    senses: dict[str, list[str]] = {}
    for line in (wordnet / f"index.{pos}").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(" "):
            continue  # the licence header
        parts = line.split()
        lemma, count, pointers = parts[0], int(parts[2]), int(parts[3])
        offsets = parts[4 + pointers + 2:]
        assert len(offsets) == count, line
        senses[lemma] = offsets
    return senses


def read_synsets(wordnet: Path, pos: str) -> dict[str, tuple[list[str], list[str]]]:
    """Synset offset -> (its words in WordNet's order, lower case, without an adjective's
    "(a)" marker; its direct hypernyms, instance hypernyms included)."""
    synsets: dict[str, tuple[list[str], list[str]]] = {}
    for line in (wordnet / f"data.{pos}").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith(" "):
            continue
        fields = line.split(" | ", 1)[0].split()
        offset, count = fields[0], int(fields[3], 16)
        words = [re.sub(r"\(.*\)$", "", fields[4 + 2 * n]).lower() for n in range(count)]
        at = 4 + 2 * count
        pointers = int(fields[at])
        hypernyms = [fields[at + 1 + 4 * n + 1] for n in range(pointers)
                     if fields[at + 1 + 4 * n] in ("@", "@i")]
        synsets[offset] = (words, hypernyms)
    return synsets


def reached(offsets: list[str], synsets: dict[str, tuple[list[str], list[str]]],
            senses: int, hypernyms: int) -> list[str]:
    """The synsets a lemma's first ``senses`` senses reach, in order: each sense's synset, then
    its hypernyms ``hypernyms`` levels up (1: direct ones; 2: their hypernyms too)."""
    places: list[str] = []
    for offset in offsets[:senses]:
        places.append(offset)
        level = [offset]
        for _ in range(hypernyms):
            level = [h for o in level for h in synsets[o][1]]
            places += level
    return places


def write_or_check(out: Path, text: str, check: bool, summary: str) -> int:
    """Write a built table, or with ``check`` say whether the file on disk is the same build
    (exit status 0) or not (1): the builders' one way to end."""
    if check:
        same = out.exists() and out.read_text(encoding="utf-8") == text
        print(f"{out}: {'up to date' if same else 'differs from a fresh build'}")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}: {summary}", file=sys.stderr)
    return 0
