"""Countries as news text names them: common names, demonyms, capitals used as metonyms.

pycountry knows the ISO names ("Iran, Islamic Republic of") but not how reporters write
("Tehran said", "Iranian officials", "the Islamic Republic", "U.S."), so those forms are kept in
``data/places.json``, and the organisations news names in ``data/organisations.json``; both are
checked when loaded (``load_places``, ``load_organisations``).  Codes are ISO 3166-1 alpha-3;
international organisations use PLOVER/CAMEO-style IGO codes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pycountry

from newsdesk.knowledge import loader

_PLACES = "places.json"
_ORGANISATIONS = "organisations.json"
_IGO_CODE = re.compile(r"^IGO[A-Z0-9]+$")
ORGANISATION_CATEGORY = "NGO"  # the code every non-governmental organisation shares


@dataclass(frozen=True)
class Places:
    """The place tables of ``data/places.json``, checked."""

    outside_iso: dict[str, str]
    aliases: dict[str, str]
    display: dict[str, str]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    cities: dict[str, str]
    regions: dict[str, str]


@dataclass(frozen=True)
class Organisation:
    code: str  # IGO... for an intergovernmental body, NGO for any non-governmental one
    name: str
    actor: bool  # the actors stage names it by its code (False: by its own name)
    # a humanitarian body ("the Red Cross", "UNICEF"): its teams sent to a place bring aid
    relief: bool = False


def load_places(data: dict[str, Any], file: str = _PLACES) -> Places:
    """Check ``places.json``: every code an ISO 3166-1 alpha-3 code (or one of
    ``outside_iso``), every key a lower-case form."""
    loader.section(file, data, "outside_iso", "aliases", "display", "demonyms", "capitals",
                   "cities", "regions")

    def user_assigned(file: str, entry: str, code: Any) -> str:
        if not re.fullmatch(r"[A-Z]{3}", str(code)) or pycountry.countries.get(alpha_3=code):
            raise loader.DataError(file, entry, f"{code!r} is no user-assigned alpha-3 code")
        return str(code)

    outside = loader.mapping(
        file, "outside_iso", data["outside_iso"],
        lambda key, name: loader.text(file, f"outside_iso.{key}", name), user_assigned,
    )

    def iso(file: str, entry: str, code: Any) -> str:
        if not _is_code(code, outside):
            raise loader.DataError(file, entry, f"{code!r} is no ISO 3166-1 alpha-3 code")
        return str(code)

    def to_code(table: str) -> Callable[[str, Any], str]:
        return lambda key, code: iso(file, f"{table}.{key}", code)

    return Places(
        outside,
        loader.mapping(file, "aliases", data["aliases"], to_code("aliases")),
        loader.mapping(
            file, "display", data["display"],
            lambda code, name: loader.text(file, f"display.{code}", name), iso,
        ),
        loader.mapping(file, "demonyms", data["demonyms"], to_code("demonyms")),
        loader.mapping(file, "capitals", data["capitals"], to_code("capitals")),
        loader.mapping(file, "cities", data["cities"], to_code("cities")),
        loader.mapping(file, "regions", data["regions"], to_code("regions")),
    )


def _is_code(code: Any, outside: dict[str, str]) -> bool:
    return isinstance(code, str) and (
        code in outside or pycountry.countries.get(alpha_3=code) is not None
    )


def is_country_code(code: str) -> bool:
    """An ISO 3166-1 alpha-3 code, or one of the user-assigned codes newsdesk uses."""
    return _is_code(code, _TABLES.outside_iso)


def load_organisations(data: dict[str, Any], file: str = _ORGANISATIONS
                       ) -> dict[str, Organisation]:
    """Check ``organisations.json`` and index it by form: codes are IGO... or NGO (a category,
    so never an actor's key), and no form names two organisations."""
    loader.section(file, data, "organisations", "national")
    entries = data["organisations"]
    if not isinstance(entries, list) or not entries:
        raise loader.DataError(file, "organisations", "must be a non-empty list")
    by_form: dict[str, Organisation] = {}
    for n, entry in enumerate(entries):
        where = f"organisations[{n}]"
        loader.record(file, where, entry, {"code", "name", "forms"}, {"actor", "relief"})
        code = entry["code"]
        if not isinstance(code, str) or not (
            _IGO_CODE.match(code) or code == ORGANISATION_CATEGORY
        ):
            raise loader.DataError(file, where, f"{code!r} is no IGO... or NGO code")
        actor = entry.get("actor", True)
        if not isinstance(actor, bool) or (actor and code == ORGANISATION_CATEGORY):
            raise loader.DataError(file, where, "only an IGO may be named by its code")
        relief = entry.get("relief", False)
        if not isinstance(relief, bool):
            raise loader.DataError(file, where, "relief is true or false")
        found = Organisation(code, loader.text(file, where, entry["name"]), actor, relief)
        for form in sorted(loader.words(file, f"{where}.forms", entry["forms"])):
            if form.startswith("the "):
                raise loader.DataError(file, f"{where}.forms", f"{form!r}: drop the \"the\"")
            if form in by_form:
                raise loader.DataError(file, f"{where}.forms", f"{form!r} names two entries")
            by_form[form] = found
    return by_form


def load_national(data: dict[str, Any], file: str = _ORGANISATIONS,
                  forms: dict[str, Organisation] | None = None) -> dict[str, str]:
    """Check the ``national`` table of ``organisations.json``: lower-case forms without a
    leading "the", none also an international organisation's, each to an ISO code.  ``forms``
    is the file's organisations when the caller has already checked them."""
    if forms is None:
        forms = load_organisations(data, file)

    def iso(form: str, code: Any) -> str:
        if not _is_code(code, _TABLES.outside_iso):
            raise loader.DataError(file, f"national.{form}", f"{code!r} is no ISO 3166-1 code")
        if form.startswith("the ") or form in forms:
            raise loader.DataError(file, f"national.{form}",
                                   "drop the \"the\"" if form.startswith("the ")
                                   else "an international organisation's form")
        return str(code)

    return loader.mapping(file, "national", data["national"], iso)


_TABLES = load_places(loader.read(_PLACES))
CAPITALS: dict[str, str] = _TABLES.capitals
_ALIASES = _TABLES.aliases
_DISPLAY = {**_TABLES.outside_iso, **_TABLES.display}
_DEMONYMS = _TABLES.demonyms
_CITIES = _TABLES.cities
_REGIONS = _TABLES.regions
_ORGANISATIONS_DATA = loader.read(_ORGANISATIONS)
_ORGANISATION_FORMS = load_organisations(_ORGANISATIONS_DATA)
_NATIONAL = load_national(_ORGANISATIONS_DATA, forms=_ORGANISATION_FORMS)

_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def _key(name: str) -> str:
    name = _POSSESSIVE.sub("", name.strip())
    return " ".join(name.lower().split())


@lru_cache(maxsize=4096)
def country_code(name: str) -> str | None:
    """ISO alpha-3 for a country name as written, or None when it is not a country."""
    key = _key(name)
    bare = _THE.sub("", key)
    for candidate in (key, bare):
        if candidate in _ALIASES:
            return _ALIASES[candidate]
    if len(bare) < 4:  # short strings match too loosely in pycountry ("Fed", "Ed")
        return None
    try:
        found = pycountry.countries.lookup(bare)
    except LookupError:
        return None
    return str(found.alpha_3)


def country_name(code: str) -> str:
    """The name a reader expects for an alpha-3 code."""
    if code in _DISPLAY:
        return _DISPLAY[code]
    found = pycountry.countries.get(alpha_3=code)
    if found is None:
        return code
    return str(getattr(found, "common_name", None) or found.name)


@lru_cache(maxsize=4096)
def demonym_code(word: str) -> str | None:
    """Country of a demonym, adjective or plural: "Iranian", "Iranians", "French" → code."""
    key = _key(word)
    if key in _DEMONYMS:
        return _DEMONYMS[key]
    if key.endswith("s") and key[:-1] in _DEMONYMS:
        return _DEMONYMS[key[:-1]]
    return None


def capital_code(name: str) -> str | None:
    """Country whose capital (or a well-known city of) the name is; "The Hague" keeps its
    article in the table, "the Kremlin"-style articles are dropped for the rest."""
    key = _key(name)
    return CAPITALS.get(key) or CAPITALS.get(_THE.sub("", key)) or CAPITALS.get(f"the {key}")


def city_code(name: str) -> str | None:
    """Country a large city other than the seat of government lies in ("Aleppo", "Karachi"),
    or a region ("Darfur"): where something happens, never the government speaking ("Aleppo
    said" is no state)."""
    key = _THE.sub("", _key(name))
    return _CITIES.get(key) or _REGIONS.get(key)


def region_code(name: str) -> str | None:
    """Country of a region, state or province ("Louisiana", "La.", "Ontario"); None for a
    city or anything else."""
    return _REGIONS.get(_THE.sub("", _key(name)))


def located_code(name: str) -> str | None:
    """Country a city or region lies in, capital or not: "demonstrators in Karachi" are in
    Pakistan, "Darfur rebels" in Sudan."""
    return capital_code(name) or city_code(name)


def organisation(name: str) -> Organisation | None:
    """The international or non-governmental organisation a name is, if we know it.

    A known organ named with its organisation before it is that organ: "U.N. Security
    Council", "UN Security Council" are the Security Council.
    """
    key = _THE.sub("", _key(name))
    found = _ORGANISATION_FORMS.get(_key(name)) or _ORGANISATION_FORMS.get(key)
    if found is not None:
        return found
    words = key.split()
    for size in (2, 1):
        if len(words) <= size:
            continue
        owner = _ORGANISATION_FORMS.get(" ".join(words[:size]))
        if owner is not None and owner.code != ORGANISATION_CATEGORY and owner.actor:
            rest = _ORGANISATION_FORMS.get(" ".join(words[size:]))
            if rest is not None and rest.code == owner.code:
                return rest
    return None


def national_code(name: str) -> str | None:
    """The state a movement, party, armed group, parliament, agency or seat of power named
    without its country belongs to or acts in: "Hamas", "the Taliban", "the Kremlin"."""
    key = _key(name)
    return _NATIONAL.get(key) or _NATIONAL.get(_THE.sub("", key))


def igo(name: str) -> tuple[str, str] | None:
    """(code, display name) of an organisation the actors stage names by its code, or None."""
    found = organisation(name)
    return (found.code, found.name) if found is not None and found.actor else None


def place_code(name: str) -> str | None:
    """Country code for any place name we know: a country, a demonym, a capital or a city."""
    return country_code(name) or capital_code(name) or demonym_code(name) or city_code(name)
