"""Topic signatures: the words a story uses far more often than English does.

Lin and Hovy (2000) call a word a *signature term* of a set of documents when a likelihood
ratio test (Dunning 1993) says the set uses it more often than a background corpus, at the
chi-square cutoff of 10.83 (p < 0.001).  CLASSY (Conroy et al., among the best DUC 2004
systems) scored sentences by their signature terms; a concept of the summary's coverage model
(``concepts``) that holds none is one a general text would hold as often ("last week", "told
reporters"), so it can be worth less than a concept that names the story.

The background here is general English as the ``wordfreq`` package lists it (a blend of
web, subtitle, news, book and encyclopaedia text): no corpus of our own, so nothing is fitted
to the stories we measure on.  The background is a probability, not a count, so the test is
the one-sample likelihood ratio of the story's ``k`` uses in ``n`` tokens against the
background probability ``p`` (a background so large its own sampling error vanishes):

    G = 2 [k ln(k / np) + (n - k) ln((n - k) / (n (1 - p)))]

counted only where the story uses the word more often than English (``k / n > p``).  Words
are counted by their stem (``concepts.stem``, as concepts are), and a stem's background
probability is the sum of those of the forms the story writes ("spill", "spills",
"spilled").  A word ``wordfreq`` does not list gets ``FLOOR``, about its rarest listed word.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

from newsdesk.synthesize.concepts import function_stems, stem

CUTOFF = 10.83  # chi-square, one degree of freedom, p < 0.001 (Lin and Hovy 2000)
FLOOR = 1e-8  # the background probability of a word wordfreq does not list


@lru_cache(maxsize=65536)
def background(word: str) -> float:
    """The word's frequency in general English (``wordfreq``), at least ``FLOOR``."""
    from wordfreq import word_frequency  # loads its word list (about a second) on first use

    return max(word_frequency(word, "en"), FLOOR)


def likelihood_ratio(k: int, n: int, p: float) -> float:
    """Dunning's G of ``k`` uses in ``n`` tokens against background probability ``p``; 0 where
    the text uses the word no more often than the background does."""
    if k <= 0 or n <= 0 or k / n <= p:
        return 0.0
    rest = 0.0 if k == n else (n - k) * math.log((n - k) / (n * (1.0 - p)))
    return 2.0 * (k * math.log(k / (n * p)) + rest)


def scores(words: Iterable[str]) -> dict[str, float]:
    """Each content stem of ``words`` (lower-cased tokens, ``concepts.tokens``) with its G.

    Function words are never scored: they name no story, however often one uses them."""
    counts = Counter(words)
    total = sum(counts.values())
    function = function_stems()
    uses: Counter[str] = Counter()
    forms: dict[str, float] = defaultdict(float)
    for word, k in counts.items():
        s = stem(word)
        if s in function:
            continue
        uses[s] += k
        forms[s] += background(word)
    return {s: likelihood_ratio(k, total, min(forms[s], 1.0)) for s, k in uses.items()}


def background_idf(words: Iterable[str]) -> dict[str, float]:
    """Each content stem of ``words`` with -log10 of its background probability: how rare
    English finds it (a KL-style weight, once multiplied by the story's own counts)."""
    function = function_stems()
    forms: dict[str, float] = defaultdict(float)
    for word in set(words):
        s = stem(word)
        if s not in function:
            forms[s] += background(word)
    return {s: -math.log10(min(p, 1.0)) for s, p in forms.items()}
