"""Build ``src/newsdesk/knowledge/data/plover-verb-synonyms.json`` from WordNet 3.0.

Usage::

    .venv/bin/python benchmarks/build_verb_synonyms.py [--wordnet /usr/share/wordnet]
        [--senses 1] [--target-senses 2] [--check]

The file maps every single-word WordNet verb the PLOVER lexicon (``plover-lexicon.json``) does
not know to the lexicon verbs it shares a synset with, so that the coder can try a lexicon
verb's senses on a verb it has never seen ("shelled" reads as "bombard": WordNet puts both in
"attack with artillery"), as event-coding dictionaries (PETRARCH's among them) were grown
through WordNet synsets.  Only the verb's first ``--senses`` senses are read (WordNet lists a
lemma's senses most frequent first, ``index.verb``), and a synset counts for a lexicon verb only
among that verb's own first ``--target-senses`` senses, so that a rare sense of either word
("strike" as a labour walkout, "fire" as dismissing) does not carry the other's event.  The
targets are listed in the order found: the verb's senses first to last, each synset's words in
WordNet's order.

WordNet is read here only, never at run time: the data files of WordNet 3.0 (Debian's
``wordnet-base``: ``index.verb`` and ``data.verb``) are simple text, parsed below without any
library.  The same WordNet and lexicon give the same file byte for byte; ``--check`` compares the
committed file with a fresh build and exits 1 when they differ.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet_files import WORDNET, reached, read_index, read_synsets, write_or_check

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "src" / "newsdesk" / "knowledge" / "data" / "plover-lexicon.json"
OUT = ROOT / "src" / "newsdesk" / "knowledge" / "data" / "plover-verb-synonyms.json"
SENSES = 2
TARGET_SENSES = 3
HYPERNYMS = 1
_LEMMA = re.compile(r"^[a-z]+(?:-[a-z]+)?$")  # one word as spaCy lemmatises it


def lexicon_verbs(path: Path = LEXICON) -> set[str]:
    return set(json.loads(path.read_text(encoding="utf-8"))["verbs"])


def synonyms(known: Iterable[str], wordnet: Path = WORDNET, senses: int = SENSES,
             target_senses: int = TARGET_SENSES, hypernyms: int = HYPERNYMS,
             ) -> dict[str, list[str]]:
    """Each WordNet verb outside ``known`` -> the verbs of ``known`` that share one of its first
    ``senses`` synsets, that synset being among their own first ``target_senses``; with
    ``hypernyms`` 1 a direct hypernym's words count too (after the synset's own), with 2 a
    hypernym's hypernym's as well."""
    known = set(known)
    index = read_index(wordnet, "verb")
    synsets = read_synsets(wordnet, "verb")
    ranked = {verb: set(index[verb][:target_senses]) for verb in known if verb in index}
    found: dict[str, list[str]] = {}
    for lemma in sorted(index):
        if lemma in known or not _LEMMA.match(lemma):
            continue
        targets: list[str] = []
        for place in reached(index[lemma], synsets, senses, hypernyms):
            for word in synsets[place][0]:
                if word in ranked and place in ranked[word] and word not in targets:
                    targets.append(word)
        if targets:
            found[lemma] = targets
    return found


def payload(found: dict[str, list[str]], senses: int, target_senses: int,
            hypernyms: int) -> str:
    hypernym = {0: "", 1: " (or that synset's direct hypernym)"}.get(
        hypernyms, f" (or a hypernym up to {hypernyms} levels above it)")
    about = {
        "verbs": "WordNet 3.0 verbs the PLOVER lexicon (plover-lexicon.json) does not know -> "
                 "the lexicon verbs WordNet puts in one of the verb's first "
                 f"{senses} synset(s){hypernym}, that synset among the lexicon verb's own "
                 f"first {target_senses}, in the order found.  Built by "
                 "benchmarks/build_verb_synonyms.py; the coder tries a verb the lexicon lacks "
                 "with its targets' senses, and the learned model decides.",
    }
    data = {"about": about, "verbs": found}
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--wordnet", type=Path, default=WORDNET)
    parser.add_argument("--senses", type=int, default=SENSES)
    parser.add_argument("--target-senses", type=int, default=TARGET_SENSES)
    parser.add_argument("--hypernyms", type=int, default=HYPERNYMS,
                        help="levels of hypernyms whose words count too (0: none)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true",
                        help="compare the committed file with a fresh build")
    args = parser.parse_args(argv)
    if not (args.wordnet / "data.verb").exists():
        print(f"WordNet not found at {args.wordnet}", file=sys.stderr)
        return 2
    found = synonyms(lexicon_verbs(), args.wordnet, args.senses, args.target_senses,
                     args.hypernyms)
    text = payload(found, args.senses, args.target_senses, args.hypernyms)
    return write_or_check(args.out, text, args.check,
                          f"{len(found)} verbs, {sum(len(v) for v in found.values())} targets")


if __name__ == "__main__":
    sys.exit(main())
