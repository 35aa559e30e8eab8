"""Countries as news text names them: common names, demonyms, capitals used as metonyms.

pycountry knows the ISO names ("Iran, Islamic Republic of") but not how reporters write
("Tehran said", "Iranian officials", "the Islamic Republic", "U.S."), so those forms are kept here.
Codes are ISO 3166-1 alpha-3; international organisations use PLOVER/CAMEO-style IGO codes.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry

# Forms that pycountry's lookup misses or gets wrong, mapped to alpha-3.
_ALIASES: dict[str, str] = {
    "america": "USA",
    "united states of america": "USA",
    "u.s.": "USA",
    "u.s.a.": "USA",
    "us": "USA",
    "usa": "USA",
    "the states": "USA",
    "britain": "GBR",
    "great britain": "GBR",
    "u.k.": "GBR",
    "uk": "GBR",
    "england": "GBR",
    "scotland": "GBR",
    "wales": "GBR",
    "northern ireland": "GBR",
    "russia": "RUS",
    "iran": "IRN",
    "islamic republic": "IRN",
    "islamic republic of iran": "IRN",
    "persia": "IRN",
    "syria": "SYR",
    "north korea": "PRK",
    "south korea": "KOR",
    "korea": "KOR",
    "vietnam": "VNM",
    "laos": "LAO",
    "palestine": "PSE",
    "palestinian territories": "PSE",
    "gaza": "PSE",
    "west bank": "PSE",
    "taiwan": "TWN",
    "moldova": "MDA",
    "bolivia": "BOL",
    "venezuela": "VEN",
    "tanzania": "TZA",
    "czech republic": "CZE",
    "turkey": "TUR",
    "ivory coast": "CIV",
    "holland": "NLD",
    "the netherlands": "NLD",
    "burma": "MMR",
    "congo": "COD",
    "drc": "COD",
    "vatican": "VAT",
    "the vatican": "VAT",
    "kosovo": "XKX",
    "uae": "ARE",
    "u.a.e.": "ARE",
    "emirates": "ARE",
    "saudi": "SAU",
    "macedonia": "MKD",
    "swaziland": "SWZ",
    "cape verde": "CPV",
    "east timor": "TLS",
    "brunei": "BRN",
}

# Names we show, where the ISO name is not what a reader expects.
_DISPLAY: dict[str, str] = {
    "USA": "United States",
    "GBR": "United Kingdom",
    "RUS": "Russia",
    "IRN": "Iran",
    "SYR": "Syria",
    "PRK": "North Korea",
    "KOR": "South Korea",
    "VNM": "Vietnam",
    "LAO": "Laos",
    "PSE": "Palestine",
    "TWN": "Taiwan",
    "MDA": "Moldova",
    "BOL": "Bolivia",
    "VEN": "Venezuela",
    "TZA": "Tanzania",
    "TUR": "Turkey",
    "CIV": "Ivory Coast",
    "COD": "DR Congo",
    "VAT": "Vatican",
    "XKX": "Kosovo",
    "ARE": "United Arab Emirates",
    "CZE": "Czech Republic",
    "MKD": "North Macedonia",
    "FSM": "Micronesia",
    "BRN": "Brunei",
}

# Adjectives and people-nouns.  Plural forms ("Iranians") are handled by stripping a final -s.
_DEMONYMS: dict[str, str] = {
    "american": "USA",
    "iranian": "IRN",
    "persian": "IRN",
    "french": "FRA",
    "british": "GBR",
    "english": "GBR",
    "scottish": "GBR",
    "german": "DEU",
    "russian": "RUS",
    "chinese": "CHN",
    "japanese": "JPN",
    "korean": "KOR",
    "north korean": "PRK",
    "south korean": "KOR",
    "indian": "IND",
    "pakistani": "PAK",
    "afghan": "AFG",
    "iraqi": "IRQ",
    "syrian": "SYR",
    "israeli": "ISR",
    "palestinian": "PSE",
    "saudi": "SAU",
    "emirati": "ARE",
    "qatari": "QAT",
    "yemeni": "YEM",
    "omani": "OMN",
    "kuwaiti": "KWT",
    "bahraini": "BHR",
    "jordanian": "JOR",
    "lebanese": "LBN",
    "egyptian": "EGY",
    "libyan": "LBY",
    "tunisian": "TUN",
    "algerian": "DZA",
    "moroccan": "MAR",
    "turkish": "TUR",
    "greek": "GRC",
    "italian": "ITA",
    "spanish": "ESP",
    "portuguese": "PRT",
    "dutch": "NLD",
    "belgian": "BEL",
    "swiss": "CHE",
    "austrian": "AUT",
    "swedish": "SWE",
    "norwegian": "NOR",
    "danish": "DNK",
    "finnish": "FIN",
    "polish": "POL",
    "ukrainian": "UKR",
    "belarusian": "BLR",
    "hungarian": "HUN",
    "romanian": "ROU",
    "bulgarian": "BGR",
    "serbian": "SRB",
    "croatian": "HRV",
    "czech": "CZE",
    "slovak": "SVK",
    "irish": "IRL",
    "canadian": "CAN",
    "mexican": "MEX",
    "brazilian": "BRA",
    "argentine": "ARG",
    "argentinian": "ARG",
    "chilean": "CHL",
    "colombian": "COL",
    "venezuelan": "VEN",
    "peruvian": "PER",
    "cuban": "CUB",
    "australian": "AUS",
    "nigerian": "NGA",
    "kenyan": "KEN",
    "ethiopian": "ETH",
    "somali": "SOM",
    "sudanese": "SDN",
    "south african": "ZAF",
    "indonesian": "IDN",
    "malaysian": "MYS",
    "filipino": "PHL",
    "vietnamese": "VNM",
    "thai": "THA",
    "taiwanese": "TWN",
    "armenian": "ARM",
    "azerbaijani": "AZE",
    "georgian": "GEO",
    "kazakh": "KAZ",
    "uzbek": "UZB",
    "bangladeshi": "BGD",
    "nepali": "NPL",
    "sri lankan": "LKA",
    "burmese": "MMR",
    "new zealander": "NZL",
    "icelandic": "ISL",
    "estonian": "EST",
    "latvian": "LVA",
    "lithuanian": "LTU",
    "slovenian": "SVN",
    "albanian": "ALB",
    "cypriot": "CYP",
    "maltese": "MLT",
    "luxembourgish": "LUX",
    "ghanaian": "GHA",
    "senegalese": "SEN",
    "malian": "MLI",
    "congolese": "COD",
    "rwandan": "RWA",
    "ugandan": "UGA",
    "tanzanian": "TZA",
    "zimbabwean": "ZWE",
    "angolan": "AGO",
    "mozambican": "MOZ",
    "cameroonian": "CMR",
    "chadian": "TCD",
    "nicaraguan": "NIC",
    "guatemalan": "GTM",
    "honduran": "HND",
    "salvadoran": "SLV",
    "panamanian": "PAN",
    "bolivian": "BOL",
    "ecuadorian": "ECU",
    "uruguayan": "URY",
    "paraguayan": "PRY",
    "haitian": "HTI",
    "dominican": "DOM",
    "jamaican": "JAM",
}

# Less common demonyms, and ethnic names only where one state is their clear home in news
# usage ("Ibo elders"); older state names ("Soviet", "Kampuchean") go to the successor.
_DEMONYMS.update(
    {
        "serb": "SRB",
        "serbs": "SRB",
        "kosovar": "SRB",
        "kosovars": "SRB",
        "croat": "HRV",
        "croats": "HRV",
        "bosnian": "BIH",
        "bosnians": "BIH",
        "kampuchean": "KHM",
        "cambodian": "KHM",
        "cambodians": "KHM",
        "kyrgyz": "KGZ",
        "liberian": "LBR",
        "liberians": "LBR",
        "eritrean": "ERI",
        "burundian": "BDI",
        "ivorian": "CIV",
        "azeri": "AZE",
        "azeris": "AZE",
        "chechen": "RUS",
        "chechens": "RUS",
        "tajik": "TJK",
        "turkmen": "TKM",
        "nepalese": "NPL",
        "laotian": "LAO",
        "philippine": "PHL",
        "phillippines": "PHL",
        "mongolian": "MNG",
        "macedonian": "MKD",
        "macedonians": "MKD",
        "montenegrin": "MNE",
        "slovene": "SVN",
        "moldovan": "MDA",
        "zambian": "ZMB",
        "namibian": "NAM",
        "nigerien": "NER",
        "guinean": "GIN",
        "timorese": "TLS",
        "ibo": "NGA",
        "igbo": "NGA",
        "hausa": "NGA",
        "yoruba": "NGA",
        "soviet": "RUS",
        "kampuchea": "KHM",
        "turk": "TUR",
        "turks": "TUR",
    }
)

# Capitals and seats of government, which news uses for the government itself ("Tehran said").
CAPITALS: dict[str, str] = {
    "washington": "USA",
    "tehran": "IRN",
    "paris": "FRA",
    "london": "GBR",
    "berlin": "DEU",
    "moscow": "RUS",
    "beijing": "CHN",
    "tokyo": "JPN",
    "seoul": "KOR",
    "pyongyang": "PRK",
    "new delhi": "IND",
    "islamabad": "PAK",
    "kabul": "AFG",
    "baghdad": "IRQ",
    "damascus": "SYR",
    "jerusalem": "ISR",
    "riyadh": "SAU",
    "abu dhabi": "ARE",
    "doha": "QAT",
    "sanaa": "YEM",
    "amman": "JOR",
    "beirut": "LBN",
    "cairo": "EGY",
    "ankara": "TUR",
    "athens": "GRC",
    "rome": "ITA",
    "madrid": "ESP",
    "lisbon": "PRT",
    "brussels": "BEL",
    "the hague": "NLD",
    "bern": "CHE",
    "vienna": "AUT",
    "stockholm": "SWE",
    "oslo": "NOR",
    "copenhagen": "DNK",
    "helsinki": "FIN",
    "warsaw": "POL",
    "kyiv": "UKR",
    "kiev": "UKR",
    "minsk": "BLR",
    "budapest": "HUN",
    "bucharest": "ROU",
    "ottawa": "CAN",
    "mexico city": "MEX",
    "brasilia": "BRA",
    "buenos aires": "ARG",
    "havana": "CUB",
    "caracas": "VEN",
    "canberra": "AUS",
    "nairobi": "KEN",
    "addis ababa": "ETH",
    "pretoria": "ZAF",
    "jakarta": "IDN",
    "kuala lumpur": "MYS",
    "manila": "PHL",
    "hanoi": "VNM",
    "bangkok": "THA",
    "taipei": "TWN",
    "dublin": "IRL",
    "tripoli": "LBY",
    "khartoum": "SDN",
    "muscat": "OMN",
    "kuwait city": "KWT",
    "manama": "BHR",
    "tel aviv": "ISR",
    "new york": "USA",
    "biarritz": "FRA",
    "geneva": "CHE",
}

# International organisations: name and acronym forms → (code, display name).
IGOS: dict[str, tuple[str, str]] = {
    "united nations": ("IGOUNO", "United Nations"),
    "un": ("IGOUNO", "United Nations"),
    "u.n.": ("IGOUNO", "United Nations"),
    "united nations general assembly": ("IGOUNO", "United Nations General Assembly"),
    "united nations security council": ("IGOUNO", "United Nations Security Council"),
    "security council": ("IGOUNO", "United Nations Security Council"),
    "european union": ("IGOEEC", "European Union"),
    "eu": ("IGOEEC", "European Union"),
    "e.u.": ("IGOEEC", "European Union"),
    "nato": ("IGOWSTNAT", "NATO"),
    "north atlantic treaty organization": ("IGOWSTNAT", "NATO"),
    "group of seven": ("IGOG7", "Group of Seven"),
    "group of 7": ("IGOG7", "Group of Seven"),
    "g7": ("IGOG7", "Group of Seven"),
    "g-7": ("IGOG7", "Group of Seven"),
    "group of 20": ("IGOG20", "Group of 20"),
    "g20": ("IGOG20", "Group of 20"),
    "g-20": ("IGOG20", "Group of 20"),
    "international atomic energy agency": ("IGOUNOIAE", "International Atomic Energy Agency"),
    "iaea": ("IGOUNOIAE", "International Atomic Energy Agency"),
    "opec": ("IGOOPC", "OPEC"),
    "african union": ("IGOAFRAFU", "African Union"),
    "arab league": ("IGOARL", "Arab League"),
    "world bank": ("IGOWBK", "World Bank"),
    "international monetary fund": ("IGOIMF", "International Monetary Fund"),
    "imf": ("IGOIMF", "International Monetary Fund"),
    "world health organization": ("IGOUNOWHO", "World Health Organization"),
    "who": ("IGOUNOWHO", "World Health Organization"),
    "world trade organization": ("IGOWTO", "World Trade Organization"),
    "wto": ("IGOWTO", "World Trade Organization"),
}

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
    """Country whose capital (or a well-known city of) the name is."""
    return CAPITALS.get(_THE.sub("", _key(name)))


def igo(name: str) -> tuple[str, str] | None:
    """(code, display name) of an international organisation, or None."""
    key = _key(name)
    return IGOS.get(key) or IGOS.get(_THE.sub("", key))


def place_code(name: str) -> str | None:
    """Country code for any place name we know: a country, a demonym or a capital."""
    return country_code(name) or capital_code(name) or demonym_code(name)
