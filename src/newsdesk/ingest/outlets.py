"""Known outlets: names, spellings, slogans and web domains, in one table.

Masthead recognition, og:site_name normalisation and URL-domain lookup all read this table, so
adding an outlet here teaches every reader at once.  The table is deliberately small: it names
the outlets whose scrapes we see most, not every newspaper in the world.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Outlet:
    name: str  # the canonical name recorded on articles
    aliases: tuple[str, ...] = ()  # other spellings seen in mastheads and site names
    slogans: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()  # registrable domains; subdomains match too
    codes: tuple[str, ...] = ()  # source codes of the LDC's newswire collections ("APW", "NYT")


OUTLETS: tuple[Outlet, ...] = (
    Outlet(
        "The Washington Post",
        ("Washington Post",),
        ("Democracy Dies in Darkness",),
        ("washingtonpost.com",),
    ),
    Outlet(
        "The New York Times",
        ("New York Times", "NYTimes"),
        ("All the News That's Fit to Print", "All the News That’s Fit to Print"),
        ("nytimes.com",),
        ("NYT",),
    ),
    Outlet("The Guardian", ("Guardian",), (), ("theguardian.com", "guardian.co.uk")),
    Outlet("BBC News", ("BBC",), (), ("bbc.co.uk", "bbc.com")),
    Outlet("Reuters", ("Thomson Reuters",), (), ("reuters.com",)),
    Outlet("Associated Press", ("AP News", "The Associated Press"), (), ("apnews.com",),
           ("APW", "APE", "AP")),
    Outlet("CNN", ("CNN Politics",), (), ("cnn.com",)),
    Outlet("Fox News", ("Fox News Channel",), (), ("foxnews.com",)),
    Outlet("Politico", ("POLITICO",), (), ("politico.com", "politico.eu")),
    Outlet("Breitbart", ("Breitbart News",), (), ("breitbart.com",)),
    Outlet(
        "HuffPost",
        ("Huffington Post", "The Huffington Post", "HUFFPOST"),
        (),
        ("huffpost.com", "huffingtonpost.com"),
    ),
    Outlet("USA Today", ("USA TODAY",), (), ("usatoday.com",)),
    Outlet("The Wall Street Journal", ("Wall Street Journal", "WSJ"), (), ("wsj.com",), ("WSJ",)),
    Outlet("The Western Journal", ("Western Journal",), (), ("westernjournal.com",)),
    Outlet("Al Jazeera", ("Al Jazeera English",), (), ("aljazeera.com",)),
    Outlet("Le Monde", (), (), ("lemonde.fr",)),
    Outlet("Financial Times", ("The Financial Times", "FT"), (), ("ft.com",), ("FT",)),
    Outlet("The Economist", ("Economist",), (), ("economist.com",)),
    Outlet("NPR", ("National Public Radio",), (), ("npr.org",)),
    Outlet("Bloomberg", ("Bloomberg News",), (), ("bloomberg.com",)),
    Outlet("Axios", (), (), ("axios.com",)),
    Outlet("The Hill", (), (), ("thehill.com",)),
    Outlet("Los Angeles Times", ("LA Times", "The Los Angeles Times"), (), ("latimes.com",),
           ("LA",)),
    Outlet("Agence France-Presse", ("AFP",), (), ("afp.com",), ("AFP", "AFE")),
    Outlet("Xinhua", ("Xinhua News Agency",), (), ("xinhuanet.com", "news.cn"), ("XIE", "XIN")),
)


def _fold(name: str) -> str:
    return " ".join(name.replace("’", "'").casefold().split())


_BY_NAME: dict[str, Outlet] = {
    _fold(spelling): outlet for outlet in OUTLETS for spelling in (outlet.name, *outlet.aliases)
}


_BY_CODE: dict[str, Outlet] = {code: outlet for outlet in OUTLETS for code in outlet.codes}


def outlet_for_code(code: str) -> Outlet | None:
    """The outlet an LDC newswire source code names ("APW" the Associated Press)."""
    return _BY_CODE.get(code.upper())


def canonical_outlet(name: str) -> str:
    """The table's name for a known spelling ("Washington Post" -> "The Washington Post").

    Unknown names come back stripped but otherwise as given: a site name we do not know is still
    the best outlet name we have.
    """
    known = _BY_NAME.get(_fold(name))
    return known.name if known else " ".join(name.split())


def known_outlet(name: str) -> Outlet | None:
    """The outlet a name is, if the table knows the spelling ("BBC", "the Guardian")."""
    folded = _fold(name)
    return _BY_NAME.get(folded) or _BY_NAME.get(folded.removeprefix("the "))


def masthead_spellings() -> list[tuple[str, Outlet]]:
    """Every spelling, longest first, so "The Washington Post" wins over "Washington Post"."""
    pairs = [(s, o) for o in OUTLETS for s in (o.name, *o.aliases)]
    return sorted(pairs, key=lambda pair: (-len(pair[0]), pair[0]))


def hostname(url: str) -> str | None:
    """The lower-cased host of a URL, without "www."; None when the URL has none."""
    if "//" not in url:
        url = "//" + url
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")


def outlet_for_url(url: str) -> Outlet | None:
    """The known outlet whose domain (or a subdomain of it) serves this URL."""
    host = hostname(url)
    if host is None:
        return None
    for outlet in OUTLETS:
        for domain in outlet.domains:
            if host == domain or host.endswith("." + domain):
                return outlet
    return None
