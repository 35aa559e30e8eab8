"""Build ``src/newsdesk/knowledge/data/directive-verbs.json`` from WordNet 3.0.

Usage::

    .venv/bin/python benchmarks/build_directive_verbs.py [--wordnet /usr/share/wordnet] [--check]

Object control: "ordered foreign oil companies to clean up", "allowed aid convoys to cross",
"forced the rebels to withdraw".  Whether such a verb is an act of its own (an order, a
permission, a coercion, a request: the controller's event, the object its recipient) or the
frame of a job done for someone ("hired guards to protect the site", "contracted a firm to
build") is a matter of the verb's meaning, read here from WordNet rather than listed by hand.
A verb is directive when the first of its senses that takes WordNet's sentence frame
"Somebody ----s somebody to INFINITIVE" (24) or "Somebody ----s somebody INFINITIVE" (25) is
among its first ``SENSES`` senses (the ones news prose uses) and lies, itself or through its
hypernyms, under one of the ``ROOTS``: asking a person to act (order, tell, direct, instruct,
forbid), demanding, advising and urging (urge, press, exhort), appealing (beg, call on),
inducing (force, compel, coerce, persuade) and permitting (permit, allow, let, authorize).
"hire", "employ", "contract", "retain" reach none of them ("engage or hire for work" has no
such hypernym), nor does "use" ("put into service").  Each verb maps to its root's name, which
the event model reads as a feature, so that what it learns of "urged Japan to" reaches
"exhorted", and of "ordered" what it learns of "instructed".

WordNet is read here only, never at run time.  The same WordNet gives the same file byte for
byte; ``--check`` compares the committed file with a fresh build and exits 1 when they differ.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from wordnet_files import WORDNET, read_frames, read_index, read_synsets, write_or_check

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsdesk" / "knowledge" / "data" / "directive-verbs.json"
SENSES = 5
FRAMES = frozenset({24, 25})
# name -> (lemma, sense number): the synsets a directive sense descends from
ROOTS: dict[str, tuple[str, int]] = {
    "request": ("ask", 2),  # make a request or demand of somebody; order, tell, direct, forbid
    "demand": ("demand", 1),  # request urgently and forcefully; require, expect
    "advise": ("rede", 2),  # give advice to; urge, press, exhort, push
    "appeal": ("appeal", 2),  # request earnestly; beg, implore, call on
    "induce": ("induce", 2),  # cause to do; force, compel, coerce, persuade, encourage
    "permit": ("permit", 1),  # consent to, give permission; authorize, license
    "let": ("let", 1),  # make it possible through a specific action or lack of action; allow
}
_LEMMA = re.compile(r"^[a-z]+(?:-[a-z]+)?(?:_[a-z]+)?$")  # "order", "call_on"


def directive(wordnet: Path = WORDNET) -> dict[str, str]:
    index = read_index(wordnet, "verb")
    synsets = read_synsets(wordnet, "verb")
    frames = read_frames(wordnet, "verb")
    roots = {index[lemma][sense - 1]: name for name, (lemma, sense) in ROOTS.items()}

    def root_of(offset: str) -> str | None:
        seen: set[str] = set()
        level = [offset]
        while level:
            for o in level:
                if o in roots:
                    return roots[o]
            seen.update(level)
            level = [h for o in level for h in synsets[o][1] if h not in seen]
        return None

    table: dict[str, str] = {}
    for verb, offsets in index.items():
        if not _LEMMA.match(verb):
            continue
        first = next((n for n, o in enumerate(offsets) if frames[o][verb] & FRAMES), None)
        if first is None or first >= SENSES:
            continue
        name = root_of(offsets[first])
        if name is not None:
            table[verb] = name
    return dict(sorted(table.items()))


def render(table: dict[str, str]) -> str:
    about = ("WordNet 3.0 verbs whose first sense taking the frame 'Somebody ----s somebody "
             f"(to) INFINITIVE' is among their first {SENSES} and descends from a sense of "
             "asking, demanding, advising, appealing, inducing or permitting -> that root's "
             "name.  Built by benchmarks/build_directive_verbs.py")
    return json.dumps({"about": {"verbs": about}, "verbs": table}, sort_keys=True,
                      indent=0, separators=(",", ":")) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--wordnet", type=Path, default=WORDNET)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not (args.wordnet / "index.verb").exists():
        print(f"WordNet not found at {args.wordnet}", file=sys.stderr)
        return 2
    text = render(directive(args.wordnet))
    return write_or_check(args.out, text, args.check,
                          f"{len(json.loads(text)['verbs'])} verbs")


if __name__ == "__main__":
    sys.exit(main())
