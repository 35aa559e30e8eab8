"""The units a summary is scored on: stemmed word bigrams and content words of a sentence.

Gillick and Favre's concept model (ICSISumm, 2009) counts a summary's worth as the sum of the
distinct *concepts* it covers, a concept being a stemmed word bigram; the bigrams people
agree on are mostly those of names and events ("oil spill", "hun sen", "sanction relief"), so
covering many of them is covering the facts.  A bigram of two function words ("of the") says
nothing about the story and is not a concept.  Content words (one stem, not a function word)
are kept beside the bigrams as weaker concepts: a name that two outlets phrase differently
("Mr. Rouhani", "President Rouhani") shares no bigram but shares the word.

Tokens and stems follow ROUGE's own conventions (lower case, runs of letters and digits, the
Porter stemmer on words longer than three letters), so "covering a concept" means what the
evaluation measures.  The stemmer is Snowball's implementation of the original Porter
algorithm (the ``snowballstemmer`` package: pure Python, a few milliseconds to load, where
NLTK takes seconds to import).
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

from newsdesk.knowledge.grammar import STOP_WORDS

_TOKEN = re.compile(r"[a-z0-9]+")
_STEMMER = snowballstemmer.stemmer("porter")


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """ROUGE's rule: the Porter stem of a word longer than three letters, else the word."""
    return _STEMMER.stemWord(token) if len(token) > 3 else token


def tokens(text: str) -> list[str]:
    """Lower-cased runs of letters and digits, as ROUGE tokenises ("U.S." -> "u", "s")."""
    return _TOKEN.findall(text.lower())


def concepts(text: str) -> frozenset[str]:
    """The sentence's bigram concepts ("oil spill") and content-word concepts ("spill").

    A bigram counts unless both its words are function words; a single word counts unless it
    is a function word or a lone digit.  Bigram keys hold one space, word keys none.
    """
    words = tokens(text)
    stems = [stem(w) for w in words]
    function = [w in STOP_WORDS or (w.isdigit() and len(w) == 1) for w in words]
    found = {s for s, skip in zip(stems, function, strict=True) if not skip}
    for i in range(len(words) - 1):
        if not (function[i] and function[i + 1]):
            found.add(f"{stems[i]} {stems[i + 1]}")
    return frozenset(found)


def is_bigram(concept: str) -> bool:
    return " " in concept


_CASED = re.compile(r"[A-Za-z0-9]+")


def named(text: str) -> frozenset[str]:
    """The concepts of ``text`` that hold a capitalised word other than the sentence's first
    ("Coast Guard", "guard" in "said the Coast Guard"): a name's words, as a reader spots them.

    Tokens are ``tokens``' own (the same runs, before lower-casing); a text whose lower case
    splits otherwise (a rare letter that lower-cases to two) has none.
    """
    cased = _CASED.findall(text)
    words = tokens(text)
    if len(cased) != len(words):
        return frozenset()
    stems = [stem(w) for w in words]
    upper = [i > 0 and w[:1].isupper() for i, w in enumerate(cased)]
    found = {s for s, up, w in zip(stems, upper, words, strict=True) if up and w not in STOP_WORDS}
    for i in range(len(words) - 1):
        if upper[i] or upper[i + 1]:
            found.add(f"{stems[i]} {stems[i + 1]}")
    return frozenset(found)


@lru_cache(maxsize=1)
def function_stems() -> frozenset[str]:
    """The stems of the function words (a concept part that says nothing of the story)."""
    return frozenset(stem(w) for w in STOP_WORDS)
