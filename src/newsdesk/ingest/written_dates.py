"""Full dates as pages write them, in any of the languages dateparser knows.

"26.01.2022", "2022/01/26", "26 | 01 | 2022", "Miércoles, 15 de Abril de 2020", "January 18,
2020", "2020年1月18日": a page that states a day in its visible text says it at day precision,
which a date found only in markup or completed from a bare year ("2020" → 2020-01-01) does not.
``stated_days`` lists every day a text states, in order; numeric dates that could be read day
first or month first give both readings, since the caller only asks whether a day is stated.
Month names come from dateparser's locale data, so no language is singled out here.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from functools import lru_cache

MIN_YEAR = 1995  # as htmldate: the web before that holds few dated articles
MAX_YEAR = 2099
_MONTH_KEYS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_SEP = r"\s{0,2}[-./|]\s{0,2}"
_YMD = re.compile(rf"(?<!\d)(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})(?!\d)")
_DMY = re.compile(rf"(?<!\d)(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}})(?!\d)")
_CJK = re.compile(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, frozenset[int]]:
    """Every month name and abbreviation (three letters or more) in dateparser's locales."""
    from dateparser.languages.loader import default_loader

    found: dict[str, set[int]] = {}
    for locale in default_loader.get_locales():
        for number, key in enumerate(_MONTH_KEYS, 1):
            for word in locale.info.get(key, []):
                folded = word.casefold().rstrip(".")
                if len(folded) >= 3 and all(ch.isalpha() for ch in folded):
                    found.setdefault(folded, set()).add(number)
    return {word: frozenset(months) for word, months in found.items()}


@lru_cache(maxsize=1)
def _word_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = sorted(month_numbers(), key=lambda w: (-len(w), w))
    month = _LETTER_BEFORE + "(" + "|".join(re.escape(w) for w in words) + ")" + _LETTER_AFTER
    day_first = re.compile(
        rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th|er|e|º|°)?\.?\s{{0,3}}(?:de\s+|of\s+)?{month}\.?,?"
        rf"\s{{0,3}}(?:de\s+|del\s+)?(\d{{4}})(?!\d)",
        re.IGNORECASE,
    )
    month_first = re.compile(
        rf"{month}\.?\s{{1,3}}(\d{{1,2}})(?:st|nd|rd|th)?,?\s{{1,3}}(\d{{4}})(?!\d)",
        re.IGNORECASE,
    )
    return day_first, month_first


def _day(year: str | int, month: str | int, day: str | int) -> date | None:
    try:
        found = date(int(year), int(month), int(day))
    except ValueError:
        return None
    return found if MIN_YEAR <= found.year <= MAX_YEAR else None


def stated_days(text: str) -> list[date]:
    """Every full date ``text`` writes out, in order of appearance (both readings of 03/04)."""
    text = unicodedata.normalize("NFKC", text)
    found: list[tuple[int, date]] = []

    def add(at: int, day: date | None) -> None:
        if day is not None:
            found.append((at, day))

    for match in _YMD.finditer(text):
        add(match.start(), _day(match[1], match[2], match[3]))
    for match in _CJK.finditer(text):
        add(match.start(), _day(match[1], match[2], match[3]))
    for match in _DMY.finditer(text):
        add(match.start(), _day(match[3], match[2], match[1]))
        add(match.start(), _day(match[3], match[1], match[2]))
    months = month_numbers()
    day_first, month_first = _word_patterns()
    for match in day_first.finditer(text):
        for number in months.get(match[2].casefold(), ()):
            add(match.start(), _day(match[3], number, match[1]))
    for match in month_first.finditer(text):
        for number in months.get(match[1].casefold(), ()):
            add(match.start(), _day(match[3], number, match[2]))
    found.sort(key=lambda pair: pair[0])
    return list(dict.fromkeys(day for _, day in found))
