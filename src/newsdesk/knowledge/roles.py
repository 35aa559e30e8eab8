"""Titles, honorifics and role words, and the PLOVER sector each implies.

Titles are how news text tells a reader who someone is ("First Vice President", "a senior
adviser to", "director of"), and the sector code is what event data needs from them.  The
lists are deliberately lower-case word sequences so that "Foreign Minister" and "foreign
minister" are the same role.
"""

from __future__ import annotations

import re

# Words that stand before a name and are not part of it.
HONORIFICS: frozenset[str] = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady prof prof. rev rev. mx mx.".split()
)
MALE_HONORIFICS: frozenset[str] = frozenset({"mr", "mr.", "sir", "lord"})
FEMALE_HONORIFICS: frozenset[str] = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady"})

# Words that must appear for a run of TITLE_WORDS to count as a title (not "the first").
TITLE_HEADS: frozenset[str] = frozenset(
    """
    admiral adviser advisor ambassador archbishop attorney ayatollah bishop captain
    cardinal ceo chair chairman chairwoman chancellor cleric col col. colonel commander
    congressman congresswoman dictator director emir emperor envoy gen gen. general gov
    gov. governor hojatoleslam imam judge justice king lawmaker leader major mayor
    minister monarch mullah officer parliamentarian pastor pope premier president prince
    princess queen rabbi rep rep. representative secretary sen sen. senator sheikh speaker
    spokesman spokesperson spokeswoman sultan whip
    """.split()
)

# Other words that may stand inside a pre-nominal title: "First Vice", "Foreign", "Deputy".
_TITLE_MODIFIERS: frozenset[str] = frozenset(
    """
    acting agriculture chief chief-of-staff commerce crown culture defence defense deputy
    economy education energy environment executive finance first foreign former grand
    health home homeland house intelligence interim interior labor labour lt. majority
    minority national nuclear of oil opposition party prime security senate sgt. special
    staff state supreme the trade transport transportation treasury u.s. vice
    """.split()
)
# Single words that can make up a pre-nominal title ("First Vice President", "Foreign Minister").
TITLE_WORDS: frozenset[str] = TITLE_HEADS | _TITLE_MODIFIERS

# Role words → PLOVER sector, checked in order: the first match wins, so specific roles
# ("foreign minister") come before generic ones ("leader").
_SECTOR_RULES: tuple[tuple[str, str], ...] = (
    (
        r"\b(newspaper|journalist|reporter|editor|columnist|correspondent|broadcaster|news agency|"
        r"television|radio|magazine|outlet|mouthpiece)\b",
        "JRN",
    ),
    (r"\b(police|policeman|detective|sheriff|constable)\b", "COP"),
    (r"\b(judge|justice|court|prosecutor|attorney general)\b", "JUD"),
    (
        r"\b(senator|congressman|congresswoman|lawmaker|legislator|parliament|parliamentarian|"
        r"mp|representative|house speaker|speaker of the house|assembly)\b",
        "LEG",
    ),
    (
        r"\b(general|admiral|colonel|commander|army|navy|air force|military|troops|soldier|"
        r"revolutionary guards?|armed forces)\b",
        "MIL",
    ),
    (r"\b(rebel|insurgent|militant|militia)\b", "REB"),
    (r"\b(spy|intelligence)\b", "SPY"),
    (r"\b(ayatollah|supreme leader)\b", "GOV"),
    (r"\b(cleric|imam|rabbi|pope|cardinal|bishop|archbishop|pastor|mullah|church|mosque)\b", "REL"),
    (
        r"\b(president|prime minister|premier|minister|secretary|chancellor|king|queen|emir|"
        r"sultan|governor|mayor|ambassador|envoy|diplomat|official|government|administration|"
        r"ministry|department|cabinet|adviser|advisor|spokesman|spokeswoman|spokesperson|"
        r"embassy|white house|state department|foreign office)\b",
        "GOV",
    ),
    (r"\b(party|faction|reformists?|hard-?liners?|conservatives?)\b", "PTY"),
    (r"\b(opposition|dissident)\b", "OPP"),
    (
        r"\b(university|professor|scholar|student|school|academic|center for|centre for|"
        r"institute|think tank|researcher|analyst)\b",
        "EDU",
    ),
    (r"\b(doctor|hospital|physician|nurse|health)\b", "MED"),
    (r"\b(union|workers|labor|labour)\b", "LAB"),
    (r"\b(company|firm|corporation|ceo|executive|business|bank|investor|chief executive)\b", "BUS"),
    (r"\b(refugee|migrant|displaced)\b", "REF"),
    (
        r"\b(group|organization|organisation|charity|foundation|advocacy|activist|campaign|"
        r"coalition|ngo|movement)\b",
        "SOC",
    ),
    (r"\b(former|onetime|ex-)\b", "ELI"),
)
_FORMER = re.compile(r"\b(former|onetime|one-time|ex-)", re.IGNORECASE)
_COMPILED = tuple((re.compile(p, re.IGNORECASE), code) for p, code in _SECTOR_RULES)


def sector_of(role: str) -> str | None:
    """PLOVER sector implied by a title or role phrase, or None when it implies none."""
    for pattern, code in _COMPILED:
        if pattern.search(role):
            # A former official is an elite (ELI), not the government of today.
            return "ELI" if code == "GOV" and _FORMER.search(role) else code
    return None


def has_title_head(words: list[str]) -> bool:
    return any(w.lower() in TITLE_HEADS for w in words)
