"""The rule lemmatizer's word lists as sets.

spaCy's English lemmatizer checks each candidate lemma ("rallies" → "rally") against the
known words of its part of speech, and the model ships those as lists (57,000 nouns), so every
check is a linear scan: an eighth of the parse on a fresh process, before its lemma cache
warms.  Membership is the only use made of them, so sets give the same lemmas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


def index_known_words(nlp: Language) -> bool:
    """Turn the lemmatizer's ``lemma_index`` lists into sets; False if there is nothing to do."""
    from spacy.pipeline import Lemmatizer

    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return False
    if "lemma_index" not in lemmatizer.lookups.tables:
        return False
    table = lemmatizer.lookups.get_table("lemma_index")
    changed = False
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)
            changed = True
    return changed
