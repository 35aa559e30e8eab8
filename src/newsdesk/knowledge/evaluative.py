"""Evaluative adjectives: the words that make a sentence judge rather than report.

The lexicon is the subjectivity lexicon of Pattern (De Smedt and Daelemans 2012; public domain,
PDDL), which the ``textblob`` package ships as ``textblob/en/en-sentiment.xml``: about 1,500
English adjectives, each sense hand-tagged with a polarity (-1 to +1) and a subjectivity (0 to
1).  It is read from that file once, found through the installed distribution's file list
(``importlib.metadata``), so textblob is never imported: importing it loads NLTK, which takes
seconds, and nothing here needs NLTK's corpora, which are a separate download.  A word's scores are
the mean over its senses, so a word that is evaluative in one sense only ("new") does not count.

Two thresholds, one per position, because a predicate judges more openly than a modifier:
``as predicate`` ("the record is atrocious", "is important") and ``as modifier`` ("the worst
behaviors", "one of the great sins").  Polarity matters as well as subjectivity: "possible",
"open" and "willing" are subjective but neutral, and report a state rather than a judgement.
"""

from __future__ import annotations

import importlib.metadata
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

PREDICATE = (0.6, 0.3)  # (subjectivity, |polarity|) at least, for a predicate adjective
MODIFIER = (0.7, 0.5)  # the same for an adjective modifying a noun of the clause


SOURCE = "textblob/en/en-sentiment.xml"


@cache
def scores() -> dict[str, tuple[float, float]]:
    """Adjective → (mean subjectivity, mean polarity) over its senses.

    textblob is a declared dependency; if it is missing the claims would silently lose their
    evaluations, so that is an error naming the package, not an empty lexicon.
    """
    try:
        path = Path(str(importlib.metadata.distribution("textblob").locate_file(SOURCE)))
        data = path.read_bytes()
    except (importlib.metadata.PackageNotFoundError, FileNotFoundError) as missing:
        raise RuntimeError(
            f"the evaluative lexicon {SOURCE} was not found: install the 'textblob' package "
            "(a dependency of newsdesk)"
        ) from missing
    senses: dict[str, list[tuple[float, float]]] = {}
    for word in ET.fromstring(data).iter("word"):
        form = (word.get("form") or "").lower()
        if form:
            senses.setdefault(form, []).append(
                (float(word.get("subjectivity") or 0), float(word.get("polarity") or 0))
            )
    return {
        form: (sum(s for s, _ in found) / len(found), sum(p for _, p in found) / len(found))
        for form, found in senses.items()
    }


def _adjective(word: str) -> str:
    """An -ly adverb's adjective ("unfortunately" → "unfortunate"), else the word."""
    table = scores()
    if word.endswith("ly") and word not in table:
        for stem in (word[:-2], word[:-2] + "e", word[:-3] + "y" if word.endswith("ily") else ""):
            if stem in table:
                return stem
    return word


def evaluative(word: str, position: str = "predicate") -> bool:
    """Whether ``word`` (an adjective or its -ly adverb) judges, in a predicate or modifier."""
    found = scores().get(_adjective(word.lower()))
    if found is None:
        return False
    subjectivity, polarity = found
    least, strength = PREDICATE if position == "predicate" else MODIFIER
    return subjectivity >= least and abs(polarity) >= strength
