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

# English function words (articles, pronouns, prepositions, conjunctions, auxiliaries and
# modal verbs, a few adverbs of degree and place) and the honorifics news style puts before
# names.  Closed-class words only: a content word in this list would vanish from every
# concept.  Contractions lose their apostrophe in tokenising ("don't" -> "don", "t"), so
# their halves are listed.
FUNCTION_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each either else
    ever every few for from further had has have having he her here hers herself him himself
    his how however i if in into is it its itself just may me might more most much must my
    myself neither no nor not now of off on once only or other otherwise our ours ourselves out
    over own same shall she should since so some such than that the their theirs them
    themselves then there these they this those though through thus to too under until up upon
    us very was we were what when where whether which while who whom whose why will with
    within without would yet you your yours yourself yourselves
    s t d ll m re ve don didn doesn isn wasn weren aren won wouldn couldn shouldn hasn haven
    hadn
    mr mrs ms dr
    """.split()
)

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
    function = [w in FUNCTION_WORDS or (w.isdigit() and len(w) == 1) for w in words]
    found = {s for s, skip in zip(stems, function, strict=True) if not skip}
    for i in range(len(words) - 1):
        if not (function[i] and function[i + 1]):
            found.add(f"{stems[i]} {stems[i + 1]}")
    return frozenset(found)


def is_bigram(concept: str) -> bool:
    return " " in concept
