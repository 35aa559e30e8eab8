"""The rule lemmatizer's word lists as sets.

spaCy's English lemmatizer checks each candidate lemma ("rallies" → "rally") against the
known words of its part of speech, and the model ships those as lists (57,000 nouns), so every
check is a linear scan: an eighth of the parse on a fresh process, before its lemma cache
warms.  Membership is the only use made of them, so answering it from a set gives the same
lemmas.  The lists stay lists (``KnownWords``), so the pipeline still saves with ``to_disk``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


class KnownWords(list[str]):
    """A word list that answers ``in`` from a set, as the lemmatizer only asks membership."""

    def __init__(self, words: list[str]) -> None:
        super().__init__(words)
        self._members = frozenset(words)

    def __contains__(self, word: object) -> bool:
        return word in self._members


def index_known_words(nlp: Language) -> bool:
    """Give the lemmatizer's ``lemma_index`` lists a set for membership; False if there is
    nothing to do."""
    from spacy.pipeline import Lemmatizer

    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return False
    if "lemma_index" not in lemmatizer.lookups.tables:
        return False
    table = lemmatizer.lookups.get_table("lemma_index")
    changed = False
    for key, words in list(table.items()):
        if isinstance(words, list) and not isinstance(words, KnownWords):
            table[key] = KnownWords(words)
            changed = True
    return changed
