"""Unnamed groups as actors: "Israeli troops", "thousands of demonstrators", "Egyptian officials".

The actors stage lists who is named; events also have participants that are only described.
A described group gets an actor of its own, ``group:<slug>`` of its words, with the country
the phrase names (a demonym, a country, a capital, an organisation) and the PLOVER sector its
head noun gives (``plover.GROUP_SECTORS``); a state's executive ("Egyptian officials") is the
state itself.  These helpers read words only; ``participants`` adds what the article's
mentions say.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsdesk.extract.actors import slug
from newsdesk.knowledge import geo, grammar, lexicon, plover
from newsdesk.model import Actor

_PHRASE_SKIP = frozenset({"relcl", "acl", "advcl", "conj", "cc", "punct", "appos", "parataxis",
                          "det", "predet", "nummod", "quantmod"})


def phrase_words(token: Token) -> list[Token]:
    """The head's own noun phrase: modifiers and "of/in/from" complements, not its clauses.

    A word with a subject or a subordinator of its own heads a clause whatever label the
    parser hung on it: in a scraped headline run into its lead, "BP under pressure as the US
    oil spillage crisis worsens BP is paying ...", "worsens" comes out as an adjective on the
    second "BP", and the crisis it reports is not part of the company's name."""
    found: list[Token] = []
    stack = [token]
    while stack:
        current = stack.pop()
        found.append(current)
        for child in current.children:
            if child.dep_ in _PHRASE_SKIP or _heads_clause(child):
                continue
            if child.dep_ == "prep" and child.lower_ not in grammar.PHRASE_PREPOSITIONS:
                continue
            stack.append(child)
    return sorted(found, key=lambda t: t.i)


def _heads_clause(token: Token) -> bool:
    """A word with a subject or a subordinator of its own (tagged a verb or, as often in
    such runs, a noun: "worsens")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "mark") for c in token.children)


def word_country(word: str) -> str | None:
    """The country a word names: a demonym, a country, a capital, or a city it lies in
    ("protesters in Karachi")."""
    return geo.demonym_code(word) or geo.country_code(word) or geo.located_code(word)


def name_country(name: str) -> str | None:
    """"Latvian Constitutional Court", "Nigerian Union of Teachers": a country in the name."""
    found = geo.organisation(name)
    if found is not None:
        return found.code
    national = geo.national_code(name)
    if national is not None:
        return national
    for word in name.replace("-", " ").split():
        if word[:1].isupper():
            code = word_country(word)
            if code:
                return code
    return None


# "Saudi-led", "Russian-backed": the hyphenated word names the leader or backer, which is the
# country of the group only when it leads it.
_LEADING = frozenset({"led", "run", "headed", "dominated"})


def surface_country(token: Token) -> str | None:
    """The country one capitalised word names by itself: a demonym, a country, a capital; with
    the word before it when the two are one name ("South African", "North Korean")."""
    if not token.text[:1].isupper():
        return None
    if token.head.lemma_.lower() in grammar.LANGUAGE_NOUNS and token.head.i > token.i:
        return None  # "the use of the Russian language in schools": a language, not a state
    water = token.head.head if token.head.lower_ == "of" else token.head
    if water.lower_ in lexicon.WATER_BODY_WORDS and water.i != token.i and water.text[:1].isupper():
        return None  # "the Gulf of Mexico", "the Persian Gulf": a sea belongs to no state
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.text == "-" and not following.whitespace_:
        after = doc[token.i + 2] if token.i + 2 < len(doc) else None
        if after is None or after.lower_ not in _LEADING:
            return None  # "Israeli-occupied", "Syrian-backed": the modifier names someone else
    if token.i > 0 and doc[token.i - 1].text[:1].isupper() and doc[token.i - 1].whitespace_:
        pair = word_country(f"{doc[token.i - 1].text} {token.text}")
        if pair:
            return pair
    if following is not None and following.text[:1].isupper() and token.whitespace_:
        pair = word_country(f"{token.text} {following.text}")
        if pair:
            return pair
    return word_country(token.text)


def phrase_country(
    head: Token, country_of: Callable[[Token], str | None] = surface_country
) -> str | None:
    """Nearest country word of the phrase: the head, its modifiers, then its complements."""
    words = [t for t in phrase_words(head) if t.i != head.i]
    own = country_of(head)
    if own:
        return own
    before = sorted((t for t in words if t.i < head.i), key=lambda t: head.i - t.i)
    after = sorted((t for t in words if t.i > head.i), key=lambda t: t.i)
    for word in [*before, *after]:
        code = country_of(word)
        if code:
            return code
    return None


def group_name(tokens: list[Token], head: Token) -> str:
    words = [t for t in tokens if t.i <= head.i and t.lower_ not in grammar.GROUP_NAME_DROPPED
             and not t.like_num and not t.is_punct]
    return " ".join(t.text for t in words) or head.text


def group_actor(phrase: SpacySpan) -> Actor | None:
    """An actor for an unnamed group written as a noun phrase, or None when it is no group.

    "Israeli troops" → ``group:israeli-troops`` (country ISR, sector MIL); "demonstrators" →
    ``group:demonstrators`` (no country, sector CVL); "Egyptian officials" → the state,
    ``country:EGY`` with sector GOV.  The country comes from the phrase's own words (demonyms,
    country names, capitals, international organisations), the sector from its head noun
    (``plover.GROUP_SECTORS``).  The events stage uses the same rules with the actors stage's
    mentions as extra evidence; a phrase whose head is no group noun and that names no
    country gives None.
    """
    head = phrase.root
    return make_group(group_name(list(phrase), head), head, phrase_country(head))


# nouns of a body of men that say nothing of whose they are until a modifier does
UNIT_HEADS = frozenset({"unit", "units", "squad", "squads", "detachment", "detachments",
                        "contingent", "contingents", "battalion", "battalions", "brigade",
                        "brigades", "regiment", "regiments", "patrol", "patrols"})


def unit_sector(head: Token) -> str | None:
    """"army units", "police squads", "rebel detachments": a unit noun takes the sector of the
    force that its modifier names (None when it names none: "housing units")."""
    if head.lower_ not in UNIT_HEADS:
        return None
    for child in head.children:
        if child.dep_ in ("compound", "amod") and child.i < head.i:
            sector = plover.GROUP_SECTORS.get(child.lower_) or plover.GROUP_SECTORS.get(
                child.lemma_.lower())
            if sector in ("MIL", "COP", "REB"):
                return sector
    return None


# military equipment that stands for its crews' force ("Israeli tanks", "army helicopters")
_EQUIPMENT = frozenset(w for w, code in plover.GROUP_SECTORS.items() if code == "MIL" and (
    w in plover.CLASSES["WEAPONS"] or w in plover.CLASSES["AIRCRAFT"]))


def a_thing(head: Token) -> bool:
    """Equipment a common noun before it makes a thing, not a force: "a storage tank", "the
    steel tank", "a camera helicopter".  A nationality, a name, a force ("army helicopters")
    or a use in arms (``lexicon.ARMS_MODIFIERS``: "battle tanks", "attack helicopters")
    leaves it its crews'."""
    if head.lower_ not in _EQUIPMENT and head.lemma_.lower() not in _EQUIPMENT:
        return False
    for child in head.children:
        if child.dep_ != "compound" or child.i > head.i or child.tag_ not in ("NN", "NNS"):
            continue
        words = {child.lower_, child.lemma_.lower()}
        if child.ent_type_ or any(w in plover.GROUP_SECTORS or w in lexicon.ARMS_MODIFIERS
                                  for w in words):
            continue
        return True
    return False


def make_group(name: str, head: Token, country: str | None) -> Actor | None:
    sector = plover.GROUP_SECTORS.get(head.lower_) or plover.GROUP_SECTORS.get(
        head.lemma_.lower()) or unit_sector(head)
    if sector is not None and a_thing(head):
        sector = None
    if sector is None and country is None:
        return None
    if head.lemma_.lower() in plover.GOVERNMENT_HEADS and country and \
            not country.startswith("IGO"):
        return Actor(id=f"country:{country}", name=geo.country_name(country), kind="country",
                     country=country, sector="GOV")
    return Actor(id=f"group:{slug(name)}", name=name, kind="group", country=country,
                 sector=sector)
