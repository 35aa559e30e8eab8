"""A short list of public figures that news names by surname alone.

"President Trump" or "Mr. Macron" rarely carry a first name, yet a reader expects one canonical
entry.  The list is small on purpose: it resolves surnames only when the text itself offers no
other person with that surname, and it never adds an actor the text does not mention.  The
list itself is ``data/figures.json``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from newsdesk.knowledge import loader


@dataclass(frozen=True)
class Figure:
    name: str
    country: str
    sector: str
    gender: str  # "m" or "f": lets "Mr." and "Ms." pick between namesakes


_FILE = "figures.json"
_GENDERS = ("m", "f")


def fold(name: str) -> str:
    """A name as compared: lower case, without accents ("François" is written "Francois")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(c)).lower()


def load_figures(data: dict[str, Any], file: str = _FILE) -> tuple[Figure, ...]:
    """Check ``figures.json``: known country and sector codes, m or f, each name once."""
    from newsdesk.knowledge import geo, plover

    loader.section(file, data, "figures")
    entries = data["figures"]
    if not isinstance(entries, list) or not entries:
        raise loader.DataError(file, "figures", "must be a non-empty list")
    figures: list[Figure] = []
    names: set[str] = set()
    for n, entry in enumerate(entries):
        where = f"figures[{n}]"
        loader.record(file, where, entry, {"name", "country", "sector", "gender"}, set())
        name = loader.text(file, where, entry["name"])
        if fold(name) in names:
            raise loader.DataError(file, where, f"{name!r} listed twice")
        names.add(fold(name))
        if not geo.is_country_code(entry["country"]):
            raise loader.DataError(file, where, f"unknown country {entry['country']!r}")
        figures.append(Figure(
            name,
            str(entry["country"]),
            loader.one_of(file, where, entry["sector"], plover.SECTORS, "sector"),
            loader.one_of(file, where, entry["gender"], _GENDERS, "gender"),
        ))
    return tuple(figures)


FIGURES: tuple[Figure, ...] = load_figures(loader.read(_FILE))


def _surname(name: str) -> str:
    return fold(name.split()[-1])


_BY_SURNAME: dict[str, list[Figure]] = {}
for _figure in FIGURES:
    _BY_SURNAME.setdefault(_surname(_figure.name), []).append(_figure)
_BY_NAME: dict[str, Figure] = {fold(f.name): f for f in FIGURES}


def by_name(name: str) -> Figure | None:
    """The figure whose full name this is."""
    return _BY_NAME.get(fold(name))


def by_surname(surname: str, gender: str | None = None) -> Figure | None:
    """The one figure with this surname (and gender, when given); None if none or ambiguous."""
    found = _namesakes(surname, gender)
    return found[0] if len(found) == 1 else None


def surname_country(surname: str, gender: str | None = None) -> str | None:
    """The country every figure of this surname shares, even when the surname does not say
    which of them is meant ("the Bush administration" is American whichever Bush it was)."""
    countries = {f.country for f in _namesakes(surname, gender)}
    return next(iter(countries)) if len(countries) == 1 else None


def _namesakes(surname: str, gender: str | None) -> list[Figure]:
    return [f for f in _BY_SURNAME.get(fold(surname), []) if gender in (None, f.gender)]


_NAMES_FILE = "given_names.json"


def load_given_names(data: dict[str, Any], file: str = _NAMES_FILE) -> dict[str, str]:
    """Check ``given_names.json``: two lists of lower-case names, none in both."""
    loader.section(file, data, "male", "female")
    male = loader.words(file, "male", data["male"])
    female = loader.words(file, "female", data["female"])
    for both in sorted(male & female):
        raise loader.DataError(file, "female", f"{both!r} is listed as male already")
    return {**{n: "m" for n in male}, **{n: "f" for n in female}}


GIVEN_NAMES: dict[str, str] = load_given_names(loader.read(_NAMES_FILE))


def given_name_gender(name: str) -> str | None:
    """"m" or "f" for a full name whose first word is a given name of one gender ("John
    Podesta" is m); None for one word, or a first name borne by both."""
    words = name.split()
    if len(words) < 2:
        return None
    return GIVEN_NAMES.get(fold(words[0]).rstrip("."))


def load_nicknames(data: dict[str, Any], file: str = "nicknames.json") -> dict[str, str]:
    """Check ``nicknames.json``: familiar form -> formal name, lower-case words, no form that
    is itself a formal name of the table."""
    loader.section(file, data, "forms")

    def formal(key: str, value: Any) -> str:
        return loader.word(file, f"forms.{key}", value)

    forms = loader.mapping(file, "forms", data["forms"], formal)
    for form in sorted(set(forms) & set(forms.values())):
        raise loader.DataError(file, "forms", f"{form!r} is a formal name of the table")
    return forms


NICKNAMES: dict[str, str] = load_nicknames(loader.read("nicknames.json"))


def formal_given_name(word: str) -> str:
    """The formal name a familiar form shortens ("Bob" -> "robert"), else the word itself."""
    low = fold(word).lower().rstrip(".")
    return NICKNAMES.get(low, low)


# Generational suffixes a full name may end with: "Eric H. Holder Jr." is Mr Holder.
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


def surname(name: str) -> str:
    """The family name of a full name as written, past a generational suffix: "Eric H. Holder
    Jr." gives "Holder" (its last word, "Jr.", joined no second mention "Holder")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in _SUFFIXES:
        words.pop()
    return words[-1].rstrip(",") if words else name


_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ul)[-‐](?=\w)", re.IGNORECASE)


def surname_key(surname: str) -> str:
    """A surname as news varies it, for matching: "al-Assad" and "Assad", "al-Megrahi" and
    "Megrahi" are one (the Arabic article is often dropped in a second mention)."""
    return _ARTICLE_PREFIX.sub("", surname.lower())
