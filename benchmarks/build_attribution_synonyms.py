"""Build ``src/newsdesk/knowledge/data/attribution-synonyms.json`` from WordNet 3.0.

Usage::

    .venv/bin/python benchmarks/build_attribution_synonyms.py [--wordnet /usr/share/wordnet]
        [--senses 2] [--target-senses 3] [--hypernyms 0|1]
        [--supersenses verb.cognition,verb.communication,noun.communication] [--check]

The quote cue model reads a rarely seen cue word of the lexicon's ``attribution_verbs`` or
``attribution_nouns`` as its word class (``quotes_model.word_class``), so that a verb of saying
seen twice in train ("quipped") or never ("mused") has the class's evidence.  Those classes were
written by hand; this table grows them through WordNet, as attribution and event lexicons have
been grown (PETRARCH's verb dictionaries among them): every WordNet verb (a phrasal verb as verb
and particle, "cry_out" → "cry out") or noun outside its class that shares one of its first
``--senses`` synsets, or with ``--hypernyms 1`` that synset's direct hypernym, with a class
word, that synset being among the class word's own first ``--target-senses`` ("extol" →
"praise", "foretell" → "predict", "recapitulate" → "summarize"), maps to the class words it
shares them with.  WordNet lists a lemma's senses most frequent first (``index.verb``,
``index.noun``), so a rare sense of either word ("hold" as believing, "bark" as a dog's) does
not carry the other's class.

With ``--supersenses`` a word outside a class whose most frequent sense lies in one of the named
lexicographer files ("supersenses": ``verb.communication``, ``verb.cognition``,
``noun.communication``) joins too, mapped to the file's name.

The project does not read the table: wired into ``quotes_model.word_class`` as a class of its
own or as the hand-written classes, in issue 16's eleventh round, it raised recall on the
tuning fold but lowered the held-out fold's overlap precision in every variant tried, and was
dropped (`docs/rounds/quotes.md`, "Cue words (issue 16, eleventh round)"); it is kept to
rebuild that table.

WordNet is read here only, never at run time: the data files of WordNet 3.0 (Debian's
``wordnet-base``: ``index.verb``, ``data.verb``, ``index.noun``, ``data.noun``) are simple text,
parsed without a library.  The same WordNet and lexicon give the same file byte for byte;
``--check`` compares the committed file with a fresh build and exits 1 when they differ.
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
LEXICON = ROOT / "src" / "newsdesk" / "knowledge" / "data" / "lexicon.json"
OUT = ROOT / "src" / "newsdesk" / "knowledge" / "data" / "attribution-synonyms.json"
SENSES = 2
TARGET_SENSES = 3
HYPERNYMS = 0
# A phrasal verb's particles as the parser marks them (``prt``): "cry out", "talk up".
PARTICLES = frozenset({"out", "up", "off", "in", "down", "on", "back", "over", "away", "about",
                       "around", "forth", "through"})
_WORD = re.compile(r"^[a-z]+$")
# WordNet 3.0's lexicographer files ("supersenses") by number, those this script can name.
LEXNAMES = {9: "noun.cognition", 10: "noun.communication", 12: "noun.feeling",
            31: "verb.cognition", 32: "verb.communication", 37: "verb.emotion"}


def lexfiles(wordnet: Path, pos: str) -> dict[str, int]:
    """Synset offset -> its lexicographer file's number (``data.<pos>``, second field)."""
    found: dict[str, int] = {}
    for line in (wordnet / f"data.{pos}").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith(" "):
            fields = line.split(maxsplit=2)
            found[fields[0]] = int(fields[1])
    return found


def supersense_kin(known: Iterable[str], pos: str, names: Iterable[str],
                   wordnet: Path = WORDNET, senses: int = 1) -> dict[str, list[str]]:
    """Each WordNet ``pos`` word outside ``known`` whose first ``senses`` senses all lie in one
    of the lexicographer files ``names`` ("verb.communication") -> that file's name."""
    known = set(known)
    wanted = {n: name for n, name in LEXNAMES.items() if name in set(names)}
    index = read_index(wordnet, pos)
    files = lexfiles(wordnet, pos)
    found: dict[str, list[str]] = {}
    for lemma in sorted(index):
        word = cue_word(lemma, pos)
        if word is None or word in known:
            continue
        first = [files[o] for o in index[lemma][:senses]]
        if all(f in wanted for f in first):
            kin = found.setdefault(word, [])
            kin += [wanted[f] for f in first if wanted[f] not in kin]
    return found


def merged(*tables: dict[str, list[str]]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for table in tables:
        for word, targets in table.items():
            kin = found.setdefault(word, [])
            kin += [t for t in targets if t not in kin]
    return dict(sorted(found.items()))


def cue_word(lemma: str, pos: str) -> str | None:
    """A WordNet lemma as the cue model keys it: one word, or for a verb a word and its
    particle ("cry_out" → "cry out"); None for any other lemma."""
    parts = lemma.split("_")
    if not all(_WORD.match(p) for p in parts):
        return None
    if len(parts) == 1:
        return parts[0]
    if pos == "verb" and len(parts) == 2 and parts[1] in PARTICLES:
        return " ".join(parts)
    return None


def synonyms(known: Iterable[str], pos: str, wordnet: Path = WORDNET, senses: int = SENSES,
             target_senses: int = TARGET_SENSES, hypernyms: int = HYPERNYMS,
             ) -> dict[str, list[str]]:
    """Each WordNet ``pos`` word outside ``known`` -> the words of ``known`` that share one of
    its first ``senses`` synsets (with ``hypernyms`` 1, or that synset's direct hypernym), that
    synset being among their own first ``target_senses``."""
    known = set(known)
    index = read_index(wordnet, pos)
    synsets = read_synsets(wordnet, pos)
    ranked: dict[str, set[str]] = {}
    for lemma, offsets in index.items():
        word = cue_word(lemma, pos)
        if word in known:
            ranked.setdefault(word, set()).update(offsets[:target_senses])
    found: dict[str, list[str]] = {}
    for lemma in sorted(index):
        word = cue_word(lemma, pos)
        if word is None or word in known:
            continue
        targets: list[str] = []
        for place in reached(index[lemma], synsets, senses, hypernyms):
            for member in synsets[place][0]:
                target = cue_word(member, pos)
                if target in ranked and place in ranked[target] and target not in targets:
                    targets.append(target)
        if targets:
            found.setdefault(word, [])
            found[word] += [t for t in targets if t not in found[word]]
    return dict(sorted(found.items()))


def payload(verbs: dict[str, list[str]], nouns: dict[str, list[str]], senses: int,
            target_senses: int, hypernyms: int) -> str:
    hypernym = " (or that synset's direct hypernym)" if hypernyms else ""
    place = (f"one of the word's first {senses} WordNet 3.0 synset(s){hypernym}, that synset "
             f"among the class word's own first {target_senses}, or whose first sense lies in "
             "the lexicographer file named as its target")
    about = {
        "verbs": "WordNet verbs outside attribution_verbs (lexicon.json), a phrasal verb as verb "
                 "and particle -> the attribution verbs that share " + place + ".  Built by "
                 "benchmarks/build_attribution_synonyms.py; the cue model reads such a verb, "
                 "when rare in train, as the verb class's WordNet kin.",
        "nouns": "WordNet nouns outside attribution_nouns -> the attribution nouns that share "
                 + place + "; read as the noun class's WordNet kin.",
    }
    data = {"about": about, "nouns": nouns, "verbs": verbs}
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--wordnet", type=Path, default=WORDNET)
    parser.add_argument("--senses", type=int, default=SENSES)
    parser.add_argument("--target-senses", type=int, default=TARGET_SENSES)
    parser.add_argument("--hypernyms", type=int, default=HYPERNYMS, choices=(0, 1),
                        help="whether a synset's direct hypernym counts too")
    parser.add_argument("--supersenses", default="",
                        help="comma-separated lexicographer files (verb.communication, ...) "
                        "whose words join too, when their first sense lies in one")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true",
                        help="compare the committed file with a fresh build")
    args = parser.parse_args(argv)
    if not (args.wordnet / "data.verb").exists():
        print(f"WordNet not found at {args.wordnet} (Debian: apt-get install wordnet-base)",
              file=sys.stderr)
        return 2
    lexicon = json.loads(LEXICON.read_text(encoding="utf-8"))
    verbs = synonyms(lexicon["attribution_verbs"], "verb", args.wordnet, args.senses,
                     args.target_senses, args.hypernyms)
    nouns = synonyms(lexicon["attribution_nouns"], "noun", args.wordnet, args.senses,
                     args.target_senses, args.hypernyms)
    names = [n for n in args.supersenses.split(",") if n]
    for name in names:
        if name not in LEXNAMES.values():
            parser.error(f"unknown lexicographer file {name!r}")
    verbs = merged(verbs, supersense_kin(lexicon["attribution_verbs"], "verb", names,
                                         args.wordnet))
    nouns = merged(nouns, supersense_kin(lexicon["attribution_nouns"], "noun", names,
                                         args.wordnet))
    text = payload(verbs, nouns, args.senses, args.target_senses, args.hypernyms)
    return write_or_check(args.out, text, args.check, f"{len(verbs)} verbs, {len(nouns)} nouns")


if __name__ == "__main__":
    sys.exit(main())
