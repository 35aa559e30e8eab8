"""A short list of public figures that news names by surname alone.

"President Trump" or "Mr. Macron" rarely carry a first name, yet a reader expects one canonical
entry.  The list is small on purpose: it resolves surnames only when the text itself offers no
other person with that surname, and it never adds an actor the text does not mention.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    country: str
    sector: str
    gender: str  # "m" or "f": lets "Mr." and "Ms." pick between namesakes


FIGURES: tuple[Figure, ...] = (
    Figure("Donald Trump", "USA", "GOV", "m"),
    Figure("Joe Biden", "USA", "GOV", "m"),
    Figure("Barack Obama", "USA", "GOV", "m"),
    Figure("Hillary Clinton", "USA", "GOV", "f"),
    Figure("Bill Clinton", "USA", "GOV", "m"),
    Figure("Mike Pence", "USA", "GOV", "m"),
    Figure("Mike Pompeo", "USA", "GOV", "m"),
    Figure("John Bolton", "USA", "GOV", "m"),
    Figure("Kamala Harris", "USA", "GOV", "f"),
    Figure("Emmanuel Macron", "FRA", "GOV", "m"),
    Figure("Angela Merkel", "DEU", "GOV", "f"),
    Figure("Boris Johnson", "GBR", "GOV", "m"),
    Figure("Theresa May", "GBR", "GOV", "f"),
    Figure("Vladimir Putin", "RUS", "GOV", "m"),
    Figure("Xi Jinping", "CHN", "GOV", "m"),
    Figure("Shinzo Abe", "JPN", "GOV", "m"),
    Figure("Narendra Modi", "IND", "GOV", "m"),
    Figure("Benjamin Netanyahu", "ISR", "GOV", "m"),
    Figure("Recep Tayyip Erdogan", "TUR", "GOV", "m"),
    Figure("Hassan Rouhani", "IRN", "GOV", "m"),
    Figure("Ali Khamenei", "IRN", "GOV", "m"),
    Figure("Mohammad Javad Zarif", "IRN", "GOV", "m"),
    Figure("Kim Jong-un", "PRK", "GOV", "m"),
    Figure("Bashar al-Assad", "SYR", "GOV", "m"),
    Figure("Justin Trudeau", "CAN", "GOV", "m"),
    Figure("Volodymyr Zelensky", "UKR", "GOV", "m"),
    Figure("Jimmy Carter", "USA", "ELI", "m"),
    Figure("Ronald Reagan", "USA", "ELI", "m"),
    Figure("Ruhollah Khomeini", "IRN", "ELI", "m"),
)


def _surname(name: str) -> str:
    return name.split()[-1].lower()


_BY_SURNAME: dict[str, list[Figure]] = {}
for _figure in FIGURES:
    _BY_SURNAME.setdefault(_surname(_figure.name), []).append(_figure)
_BY_NAME: dict[str, Figure] = {f.name.lower(): f for f in FIGURES}


def by_name(name: str) -> Figure | None:
    """The figure whose full name this is."""
    return _BY_NAME.get(name.lower())


def by_surname(surname: str, gender: str | None = None) -> Figure | None:
    """The one figure with this surname (and gender, when given); None if none or ambiguous."""
    found = [f for f in _BY_SURNAME.get(surname.lower(), []) if gender in (None, f.gender)]
    return found[0] if len(found) == 1 else None
