"""Build ``src/newsdesk/knowledge/data/verb-hypernyms.json`` from WordNet 3.0.

Usage::

    .venv/bin/python benchmarks/build_verb_hypernyms.py [--wordnet /usr/share/wordnet] [--check]

The file maps every WordNet verb (one word, or a phrasal verb as ``lemma_particle``) to the
synsets its first two senses reach: each sense's own synset, then its direct hypernyms
(``wordnet_files.reached(..., senses=2, hypernyms=1)``), as WordNet's byte offsets in
``data.verb``.  The event model reads them as features (``vh=``) of a verb the lexicon has no
sense for, so that what it learns of "stepped down" from our sentences also reaches "stood
aside" ("resign" and "leave office" share a synset and a hypernym), a verb it has never seen in
training.  Only synsets that two verbs or more reach are kept (a synset reached by one verb
alone teaches the model nothing that the verb's own lemma does not).

WordNet is read here only, never at run time.  The same WordNet gives the same file byte for
byte; ``--check`` compares the committed file with a fresh build and exits 1 when they differ.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet_files import WORDNET, reached, read_index, read_synsets, write_or_check

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsdesk" / "knowledge" / "data" / "verb-hypernyms.json"
SENSES = 2
HYPERNYMS = 1
_LEMMA = re.compile(r"^[a-z]+(?:-[a-z]+)?(?:_[a-z]+)?$")  # "resign", "step_down"


def hypernyms(wordnet: Path = WORDNET) -> dict[str, list[str]]:
    index = read_index(wordnet, "verb")
    synsets = read_synsets(wordnet, "verb")
    reach = {verb: list(dict.fromkeys(reached(offsets, synsets, SENSES, HYPERNYMS)))
             for verb, offsets in index.items() if _LEMMA.match(verb)}
    shared = Counter(o for places in reach.values() for o in places)
    table = {verb: [o for o in places if shared[o] >= 2] for verb, places in reach.items()}
    return {verb: places for verb, places in sorted(table.items()) if places}


def render(table: dict[str, list[str]]) -> str:
    about = ("WordNet 3.0 verbs (phrasal ones as lemma_particle) -> the synsets (data.verb "
             f"offsets) their first {SENSES} senses and those senses' direct hypernyms reach, "
             "only synsets reached by two verbs or more.  Built by "
             "benchmarks/build_verb_hypernyms.py")
    return json.dumps({"about": {"verbs": about}, "verbs": table}, sort_keys=True,
                      separators=(",", ":")) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--wordnet", type=Path, default=WORDNET)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not (args.wordnet / "index.verb").exists():
        print(f"WordNet not found at {args.wordnet}", file=sys.stderr)
        return 2
    text = render(hypernyms(args.wordnet))
    return write_or_check(args.out, text, args.check,
                          f"{len(json.loads(text)['verbs'])} verbs, {len(text) // 1024} KiB")


if __name__ == "__main__":
    sys.exit(main())
