"""Topic signatures against general English (``synthesize.signature``), on sentences of our own."""

from __future__ import annotations

import math

import pytest

from newsdesk.synthesize import signature
from newsdesk.synthesize.concepts import stem, tokens

_STORY = (
    "Water poured over the Kestley weir on Monday and the weir gave way by night. "
    "Engineers at the Kestley weir said the flood gates had jammed. "
    "People living near the weir were moved to a hall in the town."
)


def test_the_likelihood_ratio_is_dunnings_and_only_for_words_used_more_than_english() -> None:
    k, n, p = 4, 100, 0.001
    expected = 2 * (k * math.log(k / (n * p)) + (n - k) * math.log((n - k) / (n * (1 - p))))
    assert signature.likelihood_ratio(k, n, p) == pytest.approx(expected)
    assert signature.likelihood_ratio(1, 100, 0.05) == 0.0  # used less often than English
    assert signature.likelihood_ratio(0, 100, 0.001) == 0.0
    assert signature.likelihood_ratio(3, 3, 0.01) > signature.CUTOFF  # every token the word


def test_the_story_s_own_words_are_its_signature_and_function_words_never() -> None:
    g = signature.scores(tokens(_STORY))
    assert g[stem("weir")] > signature.CUTOFF and g[stem("kestley")] > signature.CUTOFF
    assert g.get(stem("people"), 0.0) < signature.CUTOFF  # used about as often as English does
    assert "the" not in g and "at" not in g


def test_a_word_english_does_not_list_is_as_rare_as_the_floor() -> None:
    assert signature.background("kestleyvale") == signature.FLOOR
    idf = signature.background_idf(tokens(_STORY))
    assert idf[stem("kestley")] > idf[stem("weir")] > idf[stem("town")]
