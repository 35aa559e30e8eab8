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
    {
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "dr",
        "dr.",
        "sir",
        "dame",
        "lord",
        "lady",
        "prof",
        "prof.",
        "rev",
        "rev.",
        "mx",
        "mx.",
    }
)
MALE_HONORIFICS: frozenset[str] = frozenset({"mr", "mr.", "sir", "lord"})
FEMALE_HONORIFICS: frozenset[str] = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady"})

# Single words that can make up a pre-nominal title ("First Vice President", "Foreign Minister").
TITLE_WORDS: frozenset[str] = frozenset(
    {
        "president",
        "vice",
        "first",
        "prime",
        "minister",
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
        "energy",
        "economy",
        "trade",
        "health",
        "justice",
        "secretary",
        "state",
        "general",
        "attorney",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "crown",
        "emperor",
        "sheikh",
        "emir",
        "sultan",
        "ayatollah",
        "grand",
        "supreme",
        "leader",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "congressman",
        "congresswoman",
        "speaker",
        "governor",
        "gov.",
        "mayor",
        "ambassador",
        "envoy",
        "special",
        "deputy",
        "chief",
        "commander",
        "admiral",
        "gen.",
        "col.",
        "colonel",
        "major",
        "lt.",
        "captain",
        "sgt.",
        "judge",
        "pope",
        "cardinal",
        "archbishop",
        "bishop",
        "rabbi",
        "imam",
        "pastor",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "former",
        "acting",
        "interim",
        "national",
        "security",
        "adviser",
        "advisor",
        "executive",
        "officer",
        "ceo",
        "lawmaker",
        "parliamentarian",
        "premier",
        "dictator",
        "monarch",
        "cleric",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "mullah",
        "hojatoleslam",
        "homeland",
        "labor",
        "labour",
        "agriculture",
        "education",
        "commerce",
        "treasury",
        "transport",
        "transportation",
        "culture",
        "intelligence",
        "oil",
        "environment",
        "home",
        "nuclear",
        "chief-of-staff",
        "staff",
        "of",
        "the",
        "u.s.",
        "house",
        "senate",
        "majority",
        "minority",
        "whip",
        "party",
        "opposition",
    }
)

# Words that must appear for a run of TITLE_WORDS to count as a title (not "the first").
TITLE_HEADS: frozenset[str] = frozenset(
    {
        "president",
        "minister",
        "secretary",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "sheikh",
        "emir",
        "sultan",
        "ayatollah",
        "leader",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "congressman",
        "congresswoman",
        "speaker",
        "governor",
        "gov.",
        "mayor",
        "ambassador",
        "envoy",
        "commander",
        "admiral",
        "gen.",
        "general",
        "col.",
        "colonel",
        "major",
        "captain",
        "judge",
        "justice",
        "pope",
        "cardinal",
        "archbishop",
        "bishop",
        "rabbi",
        "imam",
        "pastor",
        "chairman",
        "chairwoman",
        "chair",
        "director",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "adviser",
        "advisor",
        "officer",
        "ceo",
        "lawmaker",
        "premier",
        "cleric",
        "sen",
        "rep",
        "gov",
        "gen",
        "col",
        "mullah",
        "hojatoleslam",
        "whip",
        "monarch",
        "dictator",
        "attorney",
        "parliamentarian",
    }
)

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


def is_title_word(word: str) -> bool:
    return word.lower() in TITLE_WORDS


def has_title_head(words: list[str]) -> bool:
    return any(w.lower() in TITLE_HEADS for w in words)
