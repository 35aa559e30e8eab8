"""The model's attribute rules (tag → part of speech, morphology and lemma exceptions), matched
through an index instead of spaCy's general Matcher.

The English model's ``attribute_ruler`` holds about 180 one- and two-token patterns.  spaCy runs
them through its ``Matcher``, which tries every pattern at every token and calls back into
Python for each ``IN``/``REGEX`` test: a sixth of the whole parse on news text.  Nearly every
pattern begins with a known lower-case form, tag or dependency, so a token only meets the
handful of patterns filed under its own; the two that begin with a regular expression are tried
everywhere, with each distinct form tested once.  The matches are the Matcher's, in its order,
and are applied by the model's own ruler code (``set_annotations``), so the annotations are the
same token for token; ``tests/test_annotate.py`` checks that on real text.  A pattern shape this
index does not know makes ``IndexedAttributes.build`` return ``None``, and the Matcher stays.

``IndexedAttributeRuler`` is that ruler as a spaCy component: the factory
``newsdesk_attribute_ruler`` (registered when this module is imported) makes an
``AttributeRuler`` whose ``match`` goes through the index.  ``annotate.load`` puts it in place of
the model's ``attribute_ruler`` under its own name, so ``nlp.pipe_names`` and ``nlp.config``
say what runs, and it saves and loads its patterns as the stock component does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.pipeline import AttributeRuler

if TYPE_CHECKING:
    from spacy.strings import StringStore
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

FACTORY = "newsdesk_attribute_ruler"

_COLUMNS = ("LOWER", "TAG", "DEP", "IS_SPACE")
Row = tuple[int, ...]
Match = tuple[int, int, int, int]
Test = Callable[[Row], bool]


class UnknownPattern(ValueError):
    """A pattern uses an attribute or operator the index does not implement."""


def _value_test(column: int, value: Any, strings: StringStore) -> Test:
    """A test on one column of a token's row of hashes (booleans are 0 or 1)."""
    if isinstance(value, bool):
        flag = int(value)
        return lambda row: row[column] == flag
    if isinstance(value, str):
        wanted = strings.add(value)
        return lambda row: row[column] == wanted
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op == "IN":
            members = frozenset(strings.add(v) for v in arg)
            return lambda row: row[column] in members
        if op == "NOT_IN":
            outside = frozenset(strings.add(v) for v in arg)
            return lambda row: row[column] not in outside
        if op == "REGEX":
            search = re.compile(arg).search
            seen: dict[int, bool] = {}  # a few thousand distinct forms: test each once

            def matches(row: Row) -> bool:
                key = row[column]
                hit = seen.get(key)
                if hit is None:
                    hit = seen[key] = bool(search(strings[key]))
                return hit

            return matches
    raise UnknownPattern(f"unsupported value {value!r}")


def _token_test(spec: dict[str, Any], strings: StringStore) -> Test:
    tests = []
    for attr, value in spec.items():
        if attr not in _COLUMNS:
            raise UnknownPattern(f"unsupported attribute {attr!r}")
        tests.append(_value_test(_COLUMNS.index(attr), value, strings))
    if len(tests) == 1:
        return tests[0]
    return lambda row: all(test(row) for test in tests)


def _first_keys(spec: dict[str, Any], strings: StringStore) -> tuple[int, list[int]] | None:
    """Where a pattern is filed: under the first column its first token names exactly."""
    for column, attr in enumerate(_COLUMNS):
        value = spec.get(attr)
        if isinstance(value, bool):
            return column, [int(value)]
        if isinstance(value, str):
            return column, [strings.add(value)]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return column, [strings.add(v) for v in value["IN"]]
    return None


@dataclass
class _Pattern:
    attr_id: int
    match_id: int
    tests: list[Test]


@dataclass
class IndexedAttributes:
    """Finds the attribute ruler's matches with a lookup on each token's form, tag, dependency
    and whether it is white space."""

    tables: list[dict[int, list[_Pattern]]] = field(
        default_factory=lambda: [{} for _ in _COLUMNS]
    )
    anywhere: list[_Pattern] = field(default_factory=list)

    @classmethod
    def build(cls, ruler: AttributeRuler) -> IndexedAttributes | None:
        index = cls()
        strings = ruler.vocab.strings
        try:
            for attr_id, entry in enumerate(ruler.patterns):
                match_id = strings[str(attr_id)]
                specs_list: list[list[dict[str, Any]]] = entry["patterns"]  # type: ignore[assignment]
                for specs in specs_list:
                    tests = [_token_test(s, strings) for s in specs]
                    pattern = _Pattern(attr_id, match_id, tests)
                    keys = _first_keys(specs[0], strings) if specs else None
                    if keys is None:
                        index.anywhere.append(pattern)
                        continue
                    column, values = keys
                    for value in values:
                        index.tables[column].setdefault(value, []).append(pattern)
        except UnknownPattern:
            return None
        return index

    def matches(self, doc: Doc) -> list[Match]:
        """``(attr_id, match_id, start, end)`` sorted as ``AttributeRuler.match`` sorts them."""
        rows: list[Row] = [tuple(r) for r in doc.to_array(list(_COLUMNS)).tolist()]
        found: list[Match] = []
        keyed = [(column, table) for column, table in enumerate(self.tables) if table]
        for start, row in enumerate(rows):
            for column, table in keyed:
                filed = table.get(row[column])
                if filed:
                    self._try(filed, rows, start, found)
            if self.anywhere:
                self._try(self.anywhere, rows, start, found)
        found.sort()
        return found

    @staticmethod
    def _try(
        patterns: list[_Pattern], rows: list[Row], start: int, found: list[Match]
    ) -> None:
        row = rows[start]
        for pattern in patterns:
            tests = pattern.tests
            if not tests[0](row):
                continue
            end = start + len(tests)
            if end == start + 1 or (
                end <= len(rows)
                and all(tests[k](rows[start + k]) for k in range(1, len(tests)))
            ):
                found.append((pattern.attr_id, pattern.match_id, start, end))



class IndexedAttributeRuler(AttributeRuler):
    """The attribute ruler with its matches found by ``IndexedAttributes``.

    The index is built from the patterns on first use and again after patterns change (loading
    a saved pipeline adds them one by one); where it cannot be built the Matcher runs.
    """

    def __init__(self, vocab: Vocab, name: str = FACTORY, **kwargs: Any) -> None:
        super().__init__(vocab, name, **kwargs)
        self._index: IndexedAttributes | None = None
        self._stale = True

    def add(self, patterns: Any, attrs: dict[Any, Any], index: int = 0) -> None:
        super().add(patterns, attrs, index)
        self._stale = True

    def clear(self) -> None:
        super().clear()
        self._stale = True

    @property
    def indexed(self) -> bool:
        """Whether matches come from the index (False: from spaCy's Matcher)."""
        return self._current() is not None

    def _current(self) -> IndexedAttributes | None:
        if self._stale:
            self._index = IndexedAttributes.build(self)
            self._stale = False
        return self._index

    def match(self, doc: Doc) -> list[Match]:
        index = self._current()
        return index.matches(doc) if index is not None else list(super().match(doc))


@Language.factory(
    FACTORY,
    default_config={"validate": False, "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_indexed_attribute_ruler(
    nlp: Language, name: str, validate: bool, scorer: Callable[..., Any] | None
) -> IndexedAttributeRuler:
    return IndexedAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


def replace_ruler(nlp: Language) -> bool:
    """Put an ``IndexedAttributeRuler`` with the model's patterns where its ``attribute_ruler``
    stands, named ``newsdesk_attribute_ruler``; False when the model has no such ruler."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    stock = nlp.get_pipe("attribute_ruler")
    if not isinstance(stock, AttributeRuler) or isinstance(stock, IndexedAttributeRuler):
        return False
    ours = nlp.add_pipe(FACTORY, before="attribute_ruler", config={"validate": stock.validate})
    assert isinstance(ours, IndexedAttributeRuler)
    ours.add_patterns(stock.patterns)
    nlp.remove_pipe("attribute_ruler")
    return True
