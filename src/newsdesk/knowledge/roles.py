"""Titles, honorifics and role words, and the PLOVER sector each implies.

Titles are how news text tells a reader who someone is ("First Vice President", "a senior
adviser to", "director of"), and the sector code is what event data needs from them.  The
tables are ``data/roles.json``, lower-case word sequences so that "Foreign Minister" and
"foreign minister" are the same role; ``load_roles`` checks them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsdesk.knowledge import loader

_FILE = "roles.json"
_GENDERS = ("m", "f")


@dataclass(frozen=True)
class Roles:
    honorifics: dict[str, str | None]  # word -> gender it shows, if any
    title_heads: frozenset[str]
    title_modifiers: frozenset[str]
    role_nouns: frozenset[str]
    shared_role_nouns: frozenset[str]  # role nouns an organisation can hold too
    serving_roles: frozenset[str]  # offices that take the sector of the body they serve
    former: re.Pattern[str]
    sectors: tuple[tuple[re.Pattern[str], str], ...]  # in order: the first match wins


def _pattern(file: str, entry: str, alternatives: list[str], tail: str) -> re.Pattern[str]:
    try:
        return re.compile(r"\b(" + "|".join(alternatives) + ")" + tail, re.IGNORECASE)
    except re.error as error:
        raise loader.DataError(file, entry, f"not a regular expression ({error})") from None


def load_roles(data: dict[str, Any], file: str = _FILE) -> Roles:
    """Check ``roles.json``: genders m, f or null; PLOVER sector codes; patterns that compile."""
    from newsdesk.knowledge import plover

    loader.section(file, data, "honorifics", "title_heads", "title_modifiers", "role_nouns",
                   "shared_role_nouns", "serving_roles", "former", "sectors")
    honorifics = loader.mapping(
        file, "honorifics", data["honorifics"],
        lambda key, gender: None if gender is None
        else loader.one_of(file, f"honorifics.{key}", gender, _GENDERS, "gender"),
    )
    heads = loader.words(file, "title_heads", data["title_heads"])
    modifiers = loader.words(file, "title_modifiers", data["title_modifiers"])
    for both in sorted(heads & modifiers):
        raise loader.DataError(file, "title_modifiers", f"{both!r} is a title head already")
    role_nouns = loader.words(file, "role_nouns", data["role_nouns"])
    shared = loader.words(file, "shared_role_nouns", data["shared_role_nouns"])
    for unknown in sorted(shared - role_nouns - heads):
        raise loader.DataError(file, "shared_role_nouns",
                               f"{unknown!r} is neither a role noun nor a title head")
    former = data["former"]
    loader.words(file, "former", former)
    rules = data["sectors"]
    if not isinstance(rules, list) or not rules:
        raise loader.DataError(file, "sectors", "must be a non-empty list")
    sectors: list[tuple[re.Pattern[str], str]] = []
    for n, rule in enumerate(rules):
        where = f"sectors[{n}]"
        loader.record(file, where, rule, {"sector", "words"}, set())
        code = loader.one_of(file, where, rule["sector"], plover.SECTORS, "PLOVER sector")
        alternatives = rule["words"]
        loader.words(file, f"{where}.words", alternatives)
        sectors.append((_pattern(file, where, alternatives, r"\b"), code))
    return Roles(
        honorifics,
        heads,
        modifiers,
        role_nouns,
        shared,
        loader.words(file, "serving_roles", data["serving_roles"]),
        _pattern(file, "former", former, ""),
        tuple(sectors),
    )


_ROLES = load_roles(loader.read(_FILE))

# Words that stand before a name and are not part of it.
HONORIFICS: frozenset[str] = frozenset(_ROLES.honorifics)
MALE_HONORIFICS: frozenset[str] = frozenset(w for w, g in _ROLES.honorifics.items() if g == "m")
FEMALE_HONORIFICS: frozenset[str] = frozenset(
    w for w, g in _ROLES.honorifics.items() if g == "f"
)
# Words that must appear for a run of TITLE_WORDS to count as a title (not "the first").
TITLE_HEADS: frozenset[str] = _ROLES.title_heads
# Single words that can make up a pre-nominal title ("First Vice President", "Foreign Minister").
TITLE_WORDS: frozenset[str] = _ROLES.title_heads | _ROLES.title_modifiers
# Nouns naming a relation to someone ("counterpart", "critic"), in appositives and role phrases.
ROLE_NOUNS: frozenset[str] = _ROLES.role_nouns
# Role nouns and title heads only a person holds: "an administration official" after an
# organisation's name is who spoke, not what the organisation is.
PERSON_ROLE_NOUNS: frozenset[str] = (
    (_ROLES.role_nouns | _ROLES.title_heads) - _ROLES.shared_role_nouns
)


# Nouns for a person beside the role and title words ("a local trader", "one resident").
PERSON_NOUNS: frozenset[str] = ROLE_NOUNS | TITLE_HEADS | frozenset(
    {"activist", "banker", "broker", "dealer", "economist", "expert", "investor", "manager",
     "man", "woman", "officer", "person", "resident", "source", "strategist", "trader",
     "voter", "witness", "worker", "observer", "insider", "consultant", "organizer",
     "organiser", "participant", "campaigner", "protester", "bystander", "survivor",
     "victim", "villager", "passenger", "eyewitness", "refugee", "patient", "farmer",
     "doctor", "nurse"}
)


# Nouns of a government that a head of it names by surname: "the Obama administration", "the
# Merkel government".
GOVERNMENT_NOUNS: frozenset[str] = frozenset(
    {"administration", "government", "presidency", "cabinet", "regime"}
)
# Titles of one who heads a government, right before the name ("President Barack Obama"; "Prime
# Minister" is read from its two words).
LEADER_TITLES: frozenset[str] = frozenset(
    {"president", "premier", "chancellor", "governor", "mayor"}
)


# "president and Chairman of BP America": the body an office is of, at or for, a run of
# capitalised words at the end of the phrase.
_SERVED_BODY = re.compile(
    r"\b(?:of|at|for|to)\s+(?:the\s+)?(?P<body>[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|and))*)$"
)


# "BP's America president", "the company's president": the body an office is of, as the
# possessor that opens the phrase.
_OWNING_BODY = re.compile(r"(?:the\s+)?(?P<body>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*|[a-z]+)['’]s\s")


# "Norlund spokesman", "White House spokesman": the body an office serves, named (with no
# possessive) before the office, written in lower case after it; "a Norlund spokesman" too,
# the article being the office's, not the body's.
_NAMING_BODY = re.compile(
    r"(?:(?:the|an?)\s+)?(?P<body>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)\s+(?=[a-z])"
)
# "BP America President", "Arden Parish President": the office capitalised after the body.
_NAMING_BODY_CAPITALISED = re.compile(
    r"(?:the\s+)?(?P<body>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)\s+(?P<office>[A-Z][a-z]+)$"
)


def sector_of(role: str) -> str | None:
    """PLOVER sector implied by a title or role phrase, or None when it implies none.

    An office that serves a body (``serving_roles``) takes that body's sector when the phrase
    names it and it is no place, no international organisation and no government body:
    "president of BP America" is no government official, nor is "BP's America president" (the
    body the possessor that opens the phrase); "Haiti's president" is."""
    for pattern, code in _ROLES.sectors:
        if pattern.search(role):
            served = _SERVED_BODY.search(role)
            if code == "GOV" and served and pattern.search(role[: served.start()]) and \
                    not pattern.search(served["body"]) and \
                    all(w.lower() in _ROLES.serving_roles for w in pattern.findall(role)):
                return _served_sector(served["body"])
            owner = _OWNING_BODY.match(role)
            if code == "GOV" and owner and not pattern.search(owner["body"]) and all(
                    w.lower() == "president" for w in pattern.findall(role)):
                # "BP's America president" is BP's, "Haiti's president" the state's; not a
                # spokesman or an adviser, who may be a person's ("Ruiz's spokesman")
                owned = _served_sector(owner["body"])
                if owned is not None or owner["body"][:1].isupper():
                    return owned
            named = _NAMING_BODY.match(role)
            if code == "GOV" and named and not pattern.search(named["body"]) and all(
                    w.lower() in _ROLES.serving_roles for w in pattern.findall(role)):
                # "Norlund spokesman" is the company's, "US president" the state's
                return _served_sector(named["body"])
            body = _capitalised_body(role)
            if code == "GOV" and body and not pattern.search(body) and all(
                    w.lower() == "president" for w in pattern.findall(role)):
                # "Norlund America President" is the company's, "US President" the state's,
                # "Arden Parish President" the parish's
                sector = _served_sector(body)
                return "ELI" if sector == "GOV" and _ROLES.former.search(role) else sector
            # A former official is an elite (ELI), not the government of today.
            return "ELI" if code == "GOV" and _ROLES.former.search(role) else code
    return None


def _capitalised_body(role: str) -> str | None:
    """The body named before a capitalised "President" (a company's as often as a state's):
    "BP America" of "BP America President", without the title's own words ("Former",
    "Vice"); None when only those stand before it ("Vice President", "Former President")."""
    found = _NAMING_BODY_CAPITALISED.match(role)
    if found is None or found["office"].lower() != "president":
        return None
    words = found["body"].split()
    while words and (words[0].lower() in TITLE_WORDS or _ROLES.former.match(words[0])):
        words.pop(0)
    return " ".join(words) or None


def has_title_head(words: list[str]) -> bool:
    return any(w.lower() in TITLE_HEADS for w in words)


def _served_sector(body: str) -> str | None:
    """Sector of the body an office serves: government for a place, a state's organ or an
    international organisation, else whatever its name implies (often nothing)."""
    from newsdesk.knowledge import geo, lexicon

    if geo.place_code(body) or geo.national_code(body) or geo.organisation(body):
        return "GOV"
    if body.split()[-1].lower() in lexicon.DIVISION_NOUNS:
        return "GOV"  # "Arden Parish", "Harris County": a division's government
    return sector_of(body)
