"""Actors of one article: who is named, as what, and which names are the same entity.

spaCy's small English model finds most names but labels them inconsistently ("Rouhani" as an
organisation, "Biarritz" as a person, "Kayhan" as a place) and never says who a person is.  This
stage repairs labels with evidence from the whole article, merges name variants ("Mr. Rouhani",
"Rouhani", "Hassan Rouhani"), and reads titles and roles from the four ways news writes them:
before the name ("French President Emmanuel Macron"), after it with "of" ("President Hassan
Rouhani of Iran"), as an appositive ("Abbas Abdi, a onetime leader of ...") and as a role
phrase introducing the name ("Iran's foreign minister, Mohammad Javad Zarif").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsdesk.extract.timeparse import MONTH_ABBREV, MONTHS
from newsdesk.ingest.furniture import caps_heading_end, lead_parts
from newsdesk.ingest.outlets import known_outlet
from newsdesk.knowledge import geo, grammar, lexicon, people, roles
from newsdesk.model import Actor, Article, EntityKind, Mention, Span, Title

_LOCATION_LABELS = frozenset({"GPE", "LOC", "FAC"})
_QUOTE_CHARS = frozenset({'"', "“", "”", "‘", "’", "'", "«", "»"})


@dataclass
class _Cand:
    """A mention candidate before clustering."""

    start: int  # token indices into the doc, name only (no honorific, title or possessive)
    end: int
    kind: EntityKind
    name: str
    honorific: str | None = None
    country: str | None = None
    display: str | None = None  # canonical display name from a knowledge table
    key: str | None = None  # fixed actor id for countries and IGOs
    governs: bool = False  # a bare surname naming a government: "the Obama administration"
    leads: bool = False  # a full name after a head of government's title: "President X Y"


@dataclass
class _Cluster:
    kind: EntityKind
    names: list[str] = field(default_factory=list)
    cands: list[_Cand] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    affiliation: str | None = None
    gender: str | None = None
    display: str | None = None
    key: str | None = None

    @property
    def best_name(self) -> str:
        """The longest name the text gives, in its ordinary case where it has one: a page
        that sets a byline in capitals ("ISABELLE JEANSON, MEDECINS SANS FRONTIERES") names
        the person "Isabelle Jeanson" below it, and a person only ever named in capitals is
        shown title-cased ("MARTIN HARRISON" → "Martin Harrison")."""
        if self.display:
            return self.display
        name = max(self.names, key=lambda n: (not _shouted(n), len(n.split()), len(n), n))
        if self.kind == "person" and _shouted(name):
            return " ".join(w.capitalize() if len(w) > 1 else w for w in name.split())
        return name


def _shouted(name: str) -> bool:
    """A name set in capitals, not an acronym: at least one all-capital word of four letters
    or more ("JEANSON"; not "MSF", "UN")."""
    return any(len(w) >= 4 and w.isalpha() and w.isupper() for w in name.split())


def slug(name: str) -> str:
    """A stable id fragment for a name: lower case ASCII words joined by hyphens."""
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "x"


def actor_id(kind: str, name: str, key: str | None = None) -> str:
    return f"{kind}:{key}" if key else f"{kind}:{slug(name)}"


def extract_actors(doc: Doc, article: Article) -> tuple[list[Actor], list[Mention]]:
    """Actors named in the article's body, with their mentions, titles, country and sector."""
    cands = _candidates(doc, article)
    _mark_offices(doc, cands)
    clusters = _cluster(cands)
    _join_acronyms(doc, article, clusters)
    _join_initialisms(clusters)
    for cluster in clusters:
        _read_roles(doc, cluster)
    _inherit_countries(doc, clusters)
    _inherit_organisations(clusters)
    _state_of_georgia(doc, clusters)
    return _to_actors(doc, clusters)


# words that show the Caucasian republic is meant wherever "Georgia" stands
_CAUCASUS_WORDS = frozenset({"tbilisi", "georgian", "georgians", "abkhazia", "ossetia",
                             "caucasus", "saakashvili"})


def _state_of_georgia(doc: Doc, clusters: list[_Cluster]) -> None:
    """"a professor of marine sciences at the University of Georgia" in coverage that names
    Louisiana and Florida: where an article places things in the United States and names
    neither the republic itself nor anything of the Caucasus, the Georgia inside a name or a
    title is the American state, so what it gives a person or an organisation is the United
    States (the gazetteer reads a lone "Georgia" as the country, its usual sense in news)."""
    if not any("GEO" in c.countries for c in clusters):
        return
    if any(c.kind == "country" and c.key == "GEO" for c in clusters) or \
            any(t.lower_ in _CAUCASUS_WORDS for t in doc):
        return
    american = any((c.kind == "country" and c.key == "USA") or
                   (c.kind == "location" and "USA" in c.countries) for c in clusters)
    if not american:
        return
    for cluster in clusters:
        if cluster.kind in ("person", "org", "group"):
            cluster.countries = ["USA" if c == "GEO" else c for c in cluster.countries]


# ---------------------------------------------------------------- candidates


# Month names and their abbreviations: one before a day's number ends no name.
_MONTH_WORDS = frozenset(MONTHS) | frozenset(MONTH_ABBREV)


def _month_before_day(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a month's name before a day's number ("June 23")."""
    return (doc[i].lower_.rstrip(".") in _MONTH_WORDS and i + 1 < len(doc)
            and doc[i + 1].like_num)


# Parts of speech no name ends on, when written in lower case ("... press corp is").
_NO_NAME_ENDS = frozenset({"AUX", "VERB", "ADP", "SCONJ", "ADV", "DET", "PRON", "PART", "CCONJ"})


def _strip(ent: SpacySpan) -> tuple[int, int, str | None, list[Token]]:
    """Name boundaries without a leading "the", honorific or title, or a trailing possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while end > start and doc[end - 1].text in grammar.POSSESSIVE_ENDINGS:
        end -= 1
    while ent.label_ == "PERSON" and end - start > 1 and (
            doc[end - 1].is_punct or doc[end - 1].is_lower) and doc[end - 1].text != "." \
            and doc[end - 2].whitespace_:  # "Jae-hyun" is one name
        end -= 1  # "on behalf of David Cameron - and Downing Street": no name ends so
    while end - start > 1 and doc[end - 1].is_lower and doc[end - 1].pos_ in _NO_NAME_ENDS:
        end -= 1  # "the press corp is waiting", "in the press corp since": a verb or a
        # preposition the model ran into an organisation's name after a word in lower case
    while end - start > 1 and _month_before_day(doc, end - 1):
        end -= 1  # "AP June 23, 2010: This image ...": a credit run into a caption's date
    honorific = None
    inner_titles: list[Token] = []
    while start < end - 1:
        low = doc[start].lower_
        if low == "the":
            start += 1
        elif doc[start].text in _LEADING_MARKS:
            start += 1  # "-- Ana Lund, PhD, has written ...": an author's note opens on a dash
        elif low in roles.HONORIFICS:
            honorific = low
            start += 1
        elif ent.label_ == "PERSON" and low in roles.TITLE_WORDS and doc[start].is_title:
            inner_titles.append(doc[start])
            start += 1
        elif ent.label_ == "PERSON" and doc[start].pos_ == "VERB" and end - start > 2:
            start += 1  # "Asking Tony Hayward about ...": the verb the model ran into the name
        elif ent.label_ == "PERSON" and doc[start].pos_ == "ADV" and doc[start].lower_.endswith(
                "ly") and doc[start].is_sent_start:
            start += 1  # "Thankfully Obama is in office": a sentence adverb, no given name
        elif ent.label_ == "PERSON" and (doc[start].tag_ == "IN" or (
                low in grammar.SENTENCE_PREPOSITIONS and doc[start].is_sent_start)) \
                and doc[start + 1].is_title and low not in grammar.PLACE_OPENING_PREPOSITIONS:
            start += 1  # "Behind Hayward, five screens streamed video": a preposition (one of
            # where, "Near Kalmaro, ...", opens a place: ``_opening_place_preposition``)
        elif low in grammar.NAME_RUN_INS and doc[start + 1].is_title:
            start += 1  # "Neither Allen nor BP": a sentence's first word run into the name
        else:
            break
    return start, end, honorific, inner_titles


# Dashes and bullets a line may open on, which the model runs into the name after them.
_LEADING_MARKS = frozenset({"-", "--", "---", "—", "–", "_", "*", "•", "·"})


def _location_surfaces(doc: Doc) -> set[str]:
    return {e.text for e in doc.ents if e.label_ in _LOCATION_LABELS}


def _division_placed(doc: Doc) -> set[str]:
    """Names a division noun places, whatever the model's label ("Buras, a village on the
    east bank" tagged an organisation): a place at their other mentions too ("a meeting in
    Buras on Thursday" tagged a person)."""
    return {e.text for e in doc.ents if e.label_ in ("PERSON", "ORG")
            and _placed_by_division(doc, e.start, e.end)}


def _craft_names(doc: Doc) -> set[str]:
    """Names written just before a noun of a craft ("the BP-operated Deepwater Horizon rig",
    ``lexicon.CRAFT_NOUNS``), which the model often reads as a person's, and their last words
    (the short name: "the Horizon disaster", then "Deepwater Horizon")."""
    names = {_craft_span(doc, e).text for e in doc.ents if _beside_craft_noun(doc, e)}
    return names | {name.split()[-1] for name in names}


# Letters in brackets that may abbreviate a phrase: "(BOP)", "(ROVs)".
_ABBREVIATION = re.compile(r"[A-Z]{2,6}s?")
_ABBREVIATED_WORDS = 6  # "lower marine riser package (LMRP)": the longest phrase looked at


def _thing_acronyms(doc: Doc) -> set[str]:
    """Acronyms the article defines after words in lower case: "the blowout preventer (BOP)",
    "remotely operated vehicles (ROVs)".  Their first letter opens one of the words before
    the bracket and their last opens the noun right before it (the definition pattern of
    Schwartz and Hearst 2003, loosened to first and last initials: "BOP" keeps the "o" of
    "blowout"), and no word of the phrase is an organisation's noun ("the northern water
    authority (NWA)" is a body).  A name is capitalised, so such letters abbreviate a device,
    a substance or a practice: the model's organisation "BOP", there and wherever the article
    uses the letters again ("the BOP failed"), is none.  A credit after a phrase it does not
    abbreviate ("a flooded road (AP)") is not taken."""
    found: set[str] = set()
    for token in doc:
        i = token.i
        if token.text != "(" or i < 1 or i + 2 >= len(doc) or doc[i + 2].text != ")":
            continue
        acronym = doc[i + 1].text
        if not _ABBREVIATION.fullmatch(acronym):
            continue
        letters = acronym.rstrip("s").lower()
        words = []
        for j in range(i - 1, max(-1, i - 1 - _ABBREVIATED_WORDS * 2), -1):
            if doc[j].text == "-" and not doc[j].whitespace_:
                continue  # "blow-out preventer (BOP)"
            if not (doc[j].is_alpha and doc[j].is_lower) or doc[j].pos_ in (
                    "DET", "PRON", "ADP", "CCONJ", "AUX", "PART"):
                break
            words.append(doc[j])
            if len(words) == _ABBREVIATED_WORDS:
                break
        if not words or words[0].pos_ not in ("NOUN", "PROPN") or \
                words[0].lower_[0] != letters[-1]:
            continue
        if not any(w.lower_[0] == letters[0] for w in words[1:] or words):
            continue
        if any(w.lemma_.lower() in lexicon.ORGANISATION_NOUNS or w.lower_ in
               lexicon.ORGANISATION_NOUNS for w in words):
            continue
        found.update({acronym, acronym.rstrip("s")})
    return found


def _storm_names(doc: Doc) -> set[str]:
    """Names given to a weather system: the words after a noun of one that opens the entity or
    comes right before it ("Tropical Storm Maria", "hurricane Bruno"; ``lexicon.STORM_NOUNS``).
    The model reads such a name as a person's, and the name alone later ("Maria had winds of
    60 mph") as the same person's: the storm is neither a person nor an organisation."""
    names: set[str] = set()
    for ent in doc.ents:
        words = list(ent)
        while words and (words[0].lower_ in lexicon.STORM_NOUNS or words[0].lower_ in
                         ("tropical", "the")):
            words = words[1:]
        if not words or not words[-1].is_title:
            continue
        opened = len(words) < len(ent) and ent[len(ent) - len(words) - 1].lower_ in \
            lexicon.STORM_NOUNS
        before = ent.start > 0 and doc[ent.start - 1].lower_ in lexicon.STORM_NOUNS and \
            doc[ent.start - 1].pos_ in ("NOUN", "PROPN")
        if opened or before:
            names.add(doc[words[0].i : words[-1].i + 1].text)
    return names


def _named_storm(name: str, storms: set[str]) -> bool:
    words = name.split()
    while words and words[0].lower() in lexicon.STORM_NOUNS | {"tropical"}:
        words = words[1:]
    return bool(words) and " ".join(words) in storms


def _craft_span(doc: Doc, ent: SpacySpan) -> SpacySpan:
    """The craft's whole name where the model left its first words out of the entity: "the
    Deepwater Horizon rig" with only "Horizon" tagged (a place, as often as not)."""
    start = ent.start
    while start > ent.sent.start and doc[start - 1].pos_ == "PROPN" and \
            doc[start - 1].is_title and doc[start - 1].ent_iob_ == "O" and \
            doc[start - 1].lower_ not in roles.TITLE_WORDS and \
            doc[start - 1].lower_ not in roles.HONORIFICS:
        start -= 1
    return doc[start : ent.end]


_LISTED_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "PRODUCT", "NORP", "WORK_OF_ART"})
_LIST_INTRODUCERS = frozenset({"including", "like"})


def _listed_organisation(doc: Doc, ent: SpacySpan) -> _Cand | None:
    """A name in a list that a plural noun of organisations heads, in apposition or after
    "including" or "such as" ("cases against oil companies BP, Transocean, Halliburton and
    Cameron", "contractors including Transocean and Halliburton", "firms such as Amoco and
    Arco"), is an organisation, whatever the model tagged it: "Transocean" and "Halliburton"
    were places, and "Cameron" (the maker of the blowout preventer) a person the figures
    list then made Britain's prime minister."""
    if ent.label_ not in _LISTED_LABELS:
        return None
    token = ent.root
    for _ in range(len(doc)):  # up the list's conjuncts to its first member
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
    if token.tag_ not in _PROPER_TAGS:
        return None  # "newspapers, a former party chairman, Lord Tebbit, and ...": no list of names
    head = token.head
    such_as = head.lower_ == "as" and (any(c.lower_ == "such" for c in head.children) or (
        head.i > 0 and doc[head.i - 1].lower_ == "such"))
    if token.dep_ == "pobj" and (head.lower_ in _LIST_INTRODUCERS or such_as):
        head = head.head
    elif token.dep_ == "appos" and token.left_edge.i > 0:
        # the noun right before the list, where the parser hung the list on the noun phrase
        # the noun's phrase modifies ("the suits against drilling companies Norvik, ...")
        head = doc[token.left_edge.i - 1] if doc[token.left_edge.i - 1].tag_ == "NNS" else head
    else:
        return None
    if head.tag_ != "NNS" or head.lemma_.lower() not in (
            lexicon.ORGANISATION_NOUNS | lexicon.COMPANY_NOUNS | lexicon.BUSINESS_NOUNS):
        return None
    return _Cand(ent.start, ent.end, "org", _clean_name(ent.text))


def _craft_cand(doc: Doc, ent: SpacySpan) -> _Cand | None:
    """A name the model read as a person's, a place or a facility, right beside a noun of a
    craft ("the Deepwater Horizon rig", "the tanker Sea Empress"), is the craft, which acts as
    its crew or owner does; a place the gazetteer knows, a sea or a parish stays a place ("a
    Louisiana rig", "a Gulf of Mexico oil rig")."""
    if ent.label_ not in ("PERSON", "LOC", "FAC", "PRODUCT") or not _beside_craft_noun(doc, ent):
        return None
    span = _craft_span(doc, ent)
    words = {t.lower_ for t in span}
    if geo.place_code(span.text) or geo.country_code(span.text) or geo.place_code(ent.text) or \
            words & lexicon.WATER_BODY_WORDS or words & lexicon.DIVISION_NOUNS or \
            doc[span.start].lower_ in roles.HONORIFICS:
        return None
    return _Cand(span.start, span.end, "org", _clean_name(span.text))


def _craft_short_names(crafts: set[str]) -> dict[str, str]:
    """The last word of each craft's full name, to that name ("Horizon" -> "Deepwater
    Horizon"), where only one full name ends with it."""
    full = sorted({re.sub(r"^[Tt]he\s+", "", n) for n in crafts if n[:1].isupper()})
    full = [n for n in full if " " in n]
    ends = Counter(n.split()[-1] for n in full)
    return {n.split()[-1]: n for n in full if ends[n.split()[-1]] == 1}


_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _beside_craft_noun(doc: Doc, ent: SpacySpan) -> bool:
    """A craft noun after the name, past one noun of its kind ("the Deepwater Horizon oil
    rig", "the Sea Empress cargo ship"), or a craft noun just before it ("the oil rig Deepwater
    Horizon", "the tanker Sea Empress").  A verb spelt as such a noun is none: "Obama blasted
    U.S. lawmakers" made the president a craft, an organisation in all his article."""
    after = [doc[i] for i in range(ent.end, min(ent.end + 2, len(doc)))]
    if after and after[0].lemma_.lower() in lexicon.CRAFT_NOUNS and \
            after[0].tag_ not in _FINITE_VERB_TAGS:  # "Obama blasted U.S. lawmakers": the verb
        return True
    if len(after) == 2 and after[0].pos_ in ("NOUN", "VERB") and after[0].dep_ == "compound" \
            and after[1].lemma_.lower() in lexicon.CRAFT_NOUNS:
        return True
    if _described_as_craft(doc, ent.end) or _named_after_craft_noun(doc, ent) or \
            _quoted_after_craft_noun(doc, ent):
        return True
    return ent.start > 0 and doc[ent.start - 1].lemma_.lower() in lexicon.CRAFT_NOUNS and \
        doc[ent.start - 1].pos_ == "NOUN"


_OPENING_MARKS = frozenset({'"', "“", "'", "‘"})
_CLOSING_MARKS = frozenset({'"', "”", "'", "’"})


def _quoted_after_craft_noun(doc: Doc, ent: SpacySpan) -> bool:
    """A name in quotation marks right after a craft's noun, a comma between or not, is the
    craft's: 'his 40-foot yacht "Ted" raced', 'on his racing yacht, "Ted", at the regatta'
    (the model read the boat's name as a person's)."""
    before = ent.start - 1
    if before < 1 or ent.end >= len(doc) or doc[before].text not in _OPENING_MARKS or \
            doc[ent.end].text not in _CLOSING_MARKS:
        return False
    noun = doc[before - 1]
    if noun.text == "," and before > 1:
        noun = doc[before - 2]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in lexicon.CRAFT_NOUNS


def _named_after_craft_noun(doc: Doc, ent: SpacySpan) -> bool:
    """Whether the name follows a comma after a craft's noun its determiner opens, naming the
    craft: "the one that sent the original rig, Marlin Explorer, to the bottom", "they reached
    the old tanker, the Bremen Light, near the reef".  Not a clause's subject ("Unloading nets
    from a small boat, Tom Reed, a fisherman, says") nor a word of a longer noun phrase ("even
    after the disaster, the Obama administration did not ..."), not a given name, not a name
    described as something else after it, and not after "of the rig," where the name may as
    well be the owner or captain the phrase began with ("the owner of the rig, Norlund,")."""
    k = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].lower_ == "the" else ent.start
    if k < 3 or doc[k - 1].text != ",":
        return False
    noun = doc[k - 2]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.CRAFT_NOUNS or \
            not any(c.dep_ in ("det", "poss") for c in noun.children):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return False
    if ent.root.dep_ in ("nsubj", "nsubjpass", "compound", "poss", "amod", "nmod") or \
            doc[ent.start].lower_ in people.GIVEN_NAMES:
        return False  # "even after the disaster, the Obama administration did not ...": no craft
    if ent.end < len(doc) and not (doc[ent.end].is_punct or doc[ent.end].pos_ == "ADP"):
        return False  # the name closes its phrase: "the Obama administration" names no craft
    if ent.end + 1 < len(doc) and doc[ent.end].text == "," and \
            doc[ent.end + 1].lower_ in ("a", "an"):
        return _described_as_craft(doc, ent.end)
    return True


_APPOSITION_REACH = 6  # words of a description before its noun: "a rust-edged fishing boat"
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "ROOT"})


def _described_as_craft(doc: Doc, end: int) -> bool:
    """Whether the name ending at ``end`` is described after a comma by an indefinite noun
    phrase whose noun is a craft's ("Deepwater Horizon, a drilling rig owned by ...", "the
    Marisol, a rust-edged fishing boat"): the words before the noun (modifiers, nouns
    compounded with it) are passed over, so "a ship captain" is a captain.  The parser
    often hangs such a phrase elsewhere than on the name, so the words are read in order; a
    noun that is its clause's subject or object after an opening phrase is no description."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an"):
        return False
    for token in doc[end + 2 : min(len(doc), end + 2 + _APPOSITION_REACH)]:
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("compound", "npadvmod"):
            # "Near Kalmaro, a second platform was evacuated": the clause's own subject
            return token.lemma_.lower() in lexicon.CRAFT_NOUNS and token.dep_ not in _ARGUMENTS
        if token.is_punct and token.text != "-":
            return False
    return False


def _org_surfaces(doc: Doc) -> set[str]:
    """Names the article itself shows to be organisations, whatever the model labelled them.

    Evidence is an appositive headed by an organisation word ("Tejo Vivo, a conservation
    group"), an organisation word just before the name ("drilling firm Transocean"), or a
    majority of ORG labels over PERSON labels for the same words.
    """
    votes: dict[str, int] = defaultdict(int)
    for ent in _transcript_labels_as_persons(doc, list(doc.ents)):
        if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP"):
            continue
        start, end, honorific, _ = _strip(ent)
        if start >= end:
            continue
        name = doc[start:end].text
        if honorific is not None or _placed_by_division(doc, start, end):
            votes[name] -= 3  # "the city of Aux Cayes" tagged ORG is no organisation
        elif _apposition_says_org(doc, end) or _named_as_organisation(doc, start) or \
                _describes_organisation(doc, start, end) or \
                _described_by_relative(doc, start, end):
            votes[name] += 3
        elif ent.label_ in ("GPE", "LOC") and (_who_after(doc, end) or
                                               _in_a_trade_role(doc, start, end)):
            votes[name] += 3  # "BP and Norvald, who owned the rig", "the rig's owners, Norvald"
        elif ent.label_ == "ORG":
            votes[name] += 1
        elif ent.label_ == "PERSON":
            votes[name] -= 1
        elif ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower() in grammar.QUOTE_VERBS:
            votes[name] += 1  # "Transocean said" tagged a place: no place the gazetteer lacks talks
    return {name for name, vote in votes.items() if vote > 0}


def _candidates(doc: Doc, article: Article) -> list[_Cand]:
    places = _location_surfaces(doc) | _division_placed(doc)
    crafts = _craft_names(doc)
    craft_short = _craft_short_names(crafts)
    storms = _storm_names(doc)
    orgs = _org_surfaces(doc)
    ents = _split_run_together(doc)
    # The words of persons' names are read after names run together are split: "downgraded
    # by Tate Norvik has seen ...", a headline run into a caption, gives no person's word
    # "Tate" (the short form of "Tate Ratings") nor "Norvik" (the company).
    person_words = {
        t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e if _name_word(t)
    }
    person_words |= _given_name_surnames(doc)
    short_forms = _organisation_short_forms(doc)
    last_words = _organisation_last_words(doc)
    own_endings = _names_ending_in_s(doc)
    things = _thing_acronyms(doc)
    surnames = _surnames_alone(doc)
    cands: list[_Cand] = []
    taken: set[int] = set()
    furniture = _lead_furniture(doc.text)
    headings = _caps_headings(doc.text)
    for ent in ents:
        if not article.in_body(ent.start_char, ent.end_char):
            continue
        if any(s <= ent.start_char < e < ent.end_char for s, e in furniture):
            continue  # "09:43 GMT Help BP": the model ran the stamp into the news
        if (ent.label_ not in _LOCATION_LABELS or any(c.isdigit() for c in ent.text)) and any(
                s <= ent.start_char < e for s, e in furniture):
            continue  # a dateline's place stays a place, not a stamp's "17:03 GMT Help"
        if ent.label_ not in ("PERSON", *_LOCATION_LABELS) and any(
                s <= ent.start_char < e for s, e in headings):
            continue  # "TALKS STALL OVER PAY OFFER Moreau": no body; a reader's name stays
        cand = _craft_cand(doc, ent) or _listed_organisation(doc, ent) or _classify(
            doc, ent, places, person_words, orgs, crafts, surnames)
        if cand is not None and cand.kind == "person" and _word_read_as_person(ent, person_words):
            continue
        if cand is None or (cand.kind == "org" and cand.name in things):
            continue  # "the blowout preventer (BOP)", "the BOP failed": a device's letters
        if cand.kind in ("person", "org", "location") and cand.honorific is None and \
                _named_storm(cand.name, storms):
            continue  # "Tropical Storm Maria", then "Maria had winds of 60 mph": the storm
        cand = _short_form(cand, short_forms, person_words)
        if cand.kind == "person" and cand.honorific is None and " " not in cand.name and \
                cand.name in last_words and cand.name not in person_words and \
                cand.start > 0 and (doc[cand.start - 1].lower_ == "the" or doc[
                    max(0, cand.start - len(last_words[cand.name].split()) + 1) : cand.end
                ].text == last_words[cand.name]):
            # "The Lakeside Herald ... The Herald reports": no person's name follows "the";
            # nor is the end of the name split off the organisation's ("Lakeside" | "Herald")
            cand = _Cand(cand.start, cand.end, "org", last_words[cand.name])
        if cand.kind == "org" and cand.name in craft_short:
            # "the Horizon" after "the Deepwater Horizon rig": the craft by its short name
            cand = _Cand(cand.start, cand.end, "org", craft_short[cand.name])
        if cand.kind == "org" and cand.name in own_endings:
            cand = _Cand(cand.start, cand.end, "org", cand.name + "'s", cand.honorific,
                         cand.country)  # "Moody's said": the name's own ending
        cands.append(cand)
        taken.update(range(ent.start, ent.end))
    cands.extend(_honorific_names(doc, article, taken))
    cands.extend(_surname_repeats(doc, article, cands, taken))
    cands.extend(_organisation_repeats(doc, article, cands, taken))
    cands.sort(key=lambda c: (c.start, c.end))
    return _one_place_per_name(doc, cands)


def _one_place_per_name(doc: Doc, cands: list[_Cand]) -> list[_Cand]:
    """A place the article once places with its state after a comma ("VENICE, La. --", "in
    Venice, La., on Sunday") is that place at each mention of the name ("here in Venice, the
    last town before the marshes"): the gazetteer's best-known city of the name (Venice,
    Italy) won the count of mentions whenever the state was written only once or only in the
    dateline."""
    qualified: dict[str, str] = {}
    own: dict[int, str] = {}
    for at, cand in enumerate(cands):
        code = _qualifier_country(doc, cand.end) if cand.kind == "location" else None
        if code:
            own[at] = code
            qualified.setdefault(cand.name.lower(), code)
    if not qualified:
        return cands
    return [replace(cand, country=qualified[cand.name.lower()])
            if cand.kind == "location" and at not in own and cand.name.lower() in qualified
            else cand for at, cand in enumerate(cands)]


_PROPER_TAGS = frozenset({"NNP", "NNPS"})


def _name_word(token: Token) -> bool:
    """A word written as a name is: capitalised ("Hayward", "O'Neil", an initial "A."), or
    with a capital inside it too ("McKay", "DeLay", "LeBlanc"), which ``is_title`` refuses;
    not a word in capitals ("JOHN", a label), nor a particle ("de", "van")."""
    text = token.text
    return token.is_title or (text.isalpha() and text[0].isupper() and
                              any(ch.islower() for ch in text[1:]))


# Double quotation marks only: ``_QUOTE_CHARS`` holds the single ones too, which as tokens are
# as often an apostrophe ("the members' vote") and would break the count of marks opened.
_DOUBLE_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "``", "''"})


def _transcript_labels_as_persons(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """``ents`` with each transcript label of a person named in ordinary case (by the model's
    persons of two words or more) tagged a person (``_transcript_label``)."""
    named = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1
             for t in e if _name_word(t)}
    return [SpacySpan(doc, e.start, e.end, label="PERSON")
            if e.label_ != "PERSON" and _transcript_label(doc, e, named) else e for e in ents]


def _transcript_label(doc: Doc, ent: SpacySpan, person_words: set[str]) -> bool:
    """A transcript's label of a turn, in capitals before a colon at a line's start ("HOLM:
    Well, I think ..."), that spells the surname (or the whole name) of a person the article
    names in ordinary case: that person, whatever the model tagged the capitals (an
    organisation, 3 of the anchor's 11 turns in one Fox News transcript)."""
    words = [t.text for t in ent]
    return bool(words) and all(w.isalpha() and w.isupper() and len(w) > 1 for w in words) \
        and (ent.start_char == 0 or doc.text[ent.start_char - 1] == "\n") \
        and ent.end < len(doc) and doc[ent.end].text == ":" \
        and all(w.capitalize() in person_words for w in words)


def _says_i(word: Token) -> bool:
    """The word is the subject of a verb of saying whose sentence quotes an "I" ('"I still
    think the firm can pay," Brandt said'): a speaker of the first person singular, never an
    organisation, whose spokesman would be named.  The "I" must stand inside quotation marks
    (not a reader's "BP announced ... -- I guess"), and the name must be written once in the
    article (a surname the model did not know, not a company named throughout)."""
    if word.dep_ != "nsubj" or word.head.lemma_.lower() not in grammar.QUOTE_VERBS:
        return False
    if word.doc.text.count(word.text) > 1:
        return False
    marks = 0
    for t in word.sent:
        if t.text in _DOUBLE_QUOTE_MARKS:
            marks += 1
        elif t.text == "I" and t.tag_ == "PRP" and marks % 2 == 1:
            return True
    return False


def _word_read_as_person(ent: SpacySpan, person_words: set[str]) -> bool:
    """A capitalised word the model tags a person but its own tagger does not tag a name:
    '"Mornings have really suffered"' (a plural noun), 'How the port is Helping' (a
    participle), '"Proud to announce ..."' (an adjective).  A surname stays where the article
    names the person in full ("Mr Griffiths", "Kate Griffiths ... Griffiths said") or the
    tagger reads the word as a name elsewhere ("Mr. Trump", then "if Trump offers", tagged a
    noun), as does a given name; a word in lower case is no name at all."""
    if ent.label_ != "PERSON" or len(ent) != 1:
        return False
    word = ent[0]
    if word.tag_ in _PROPER_TAGS or word.text in person_words:
        return False
    if any(t.text == word.text and t.tag_ in _PROPER_TAGS for t in word.doc if t.i != word.i):
        return False  # "if Trump offers" (tagged a noun) where "Mr. Trump" is a name elsewhere
    if word.is_title and people.fold(word.text) in people.GIVEN_NAMES:
        return False
    return not (word.i > 0 and word.nbor(-1).lower_ in roles.HONORIFICS)


def _names_ending_in_s(doc: Doc) -> set[str]:
    """Organisations whose name ends in "'s" ("Moody's", "Lloyd's"): a name the model tagged
    an organisation, written with "'s" right before a finite verb ("Moody's said", "Moody's
    expects"), where no possessive can stand (a contraction, "BP's been", takes a participle),
    and never written bare in the article ("That BP's made a mess" beside "BP said": "'s" is
    "has"). The name is given without the ending, as ``_strip`` leaves it."""
    found: set[str] = set()
    bare: set[str] = set()  # names the article writes with no "'s" after them
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        start, end, _, _ = _strip(ent)
        if start >= end:
            continue
        if end >= len(doc) or doc[end].text not in grammar.POSSESSIVE_ENDINGS:
            bare.add(_clean_name(doc[start:end].text))
            continue
        if end >= len(doc) - 1:
            continue
        ending, after = doc[end], doc[end + 1]
        if ending.text.endswith("s") and after.tag_ in ("VBD", "VBZ", "MD"):
            found.add(_clean_name(doc[start:end].text))
    # A name whose "'s" is its own is written with it every time: "Kellan said" beside
    # "Kellan's made a mess" shows a contraction of "has", not the name's ending.
    return found - bare


def _split_run_together(doc: Doc) -> list[SpacySpan]:
    """The model's entities, with two names run together split apart where the article names
    the last one on its own.

    Scraped pages lose the punctuation between a headline, a caption or a credit and the next
    sentence, and the model reads one name across the gap: "... off the coast of Louisiana BP
    has revealed", "Mark Bly BP's head of safety", "(U.S. Coast Guard via AP) BP rolled out",
    "the 650p BP's shares were trading at", "Oil company BP".  Where the entity's tail is a
    name the article gives as an entity of its own, it is split off when what comes before it
    is a place or a name of another kind the article also gives on its own ("Louisiana",
    "Mark Bly": two names), or is no name at all (a lower-case word, a figure, a handle, a
    closing bracket or a colon: dropped), or is a person's full name read with an organisation's
    ("Mark Bly BP").  "Bank of America" (a preposition before the tail)
    and "Hillary Clinton" (the same kind on both sides) stay whole.
    """
    alone: dict[str, list[str]] = defaultdict(list)  # an entity's words -> its labels
    ents = _joined_across_complement(doc, _joined_at_particles(doc))
    ents = _transcript_labels_as_persons(doc, ents)
    for ent in ents:
        alone[ent.text].append(ent.label_)
    found: list[SpacySpan] = []
    for ent in map(lambda e: _name_after_portfolio(doc, e), ents):
        for part in _split_at_of(doc, ent):
            found.extend(_split_at_known_tail(doc, part, alone))
    return found


def _name_after_portfolio(doc: Doc, ent: SpacySpan) -> SpacySpan:
    """A person's name the model read with the portfolio of the title before it: "Secretary
    of the Interior Ken Salazar told reporters", tagged "the Interior Ken Salazar", an
    organisation (7 times in news-timelines).  After a title's head and "of", an organisation
    closed by a known given name and a surname (a middle name or initial between) is that
    person, and the words before the name are the title's, no body.  "the Bank of Lindau"
    (no given name closes it) and "the Anna Reyes Foundation" (no title opens it) stay."""
    if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ != "of" or \
            doc[ent.start - 2].lower_ not in roles.TITLE_HEADS:
        return ent
    for size in (3, 2):
        cut = ent.end - size
        name = doc[cut : ent.end]
        if cut > ent.start and doc[cut].lower_ in people.GIVEN_NAMES and all(
                t.is_title and t.text.rstrip(".").isalpha() for t in name) and \
                any(t.is_title for t in doc[ent.start : cut]):
            return SpacySpan(doc, cut, ent.end, label="PERSON")
    return ent


def _split_at_of(doc: Doc, ent: SpacySpan) -> list[SpacySpan]:
    """A person's name read with the body after "of" ("Charlie Krenock of Greenpeace told
    ..."): the two names before "of" are the person, the capitalised words after it the
    organisation the person is of.  A name of one word before "of" ("Joan of Arc") stays."""
    if ent.label_ != "PERSON":
        return [ent]
    at = next((t.i for t in ent if t.lower_ == "of"), None)
    if at is None or at - ent.start < 2 or at + 1 >= ent.end:
        return [ent]
    if not all(t.is_title for t in doc[ent.start : at]) or not doc[at + 1].text[:1].isupper():
        return [ent]
    return [SpacySpan(doc, ent.start, at, label="PERSON"),
            SpacySpan(doc, at + 1, ent.end, label="ORG")]


_COMPLEMENT_WORDS = frozenset({"for", "of", "on", "the", "and"})


def _joined_across_complement(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """An organisation's name the model cut in two around its complement: "the UN Office" +
    "for the Co-ordination of" + "Humanitarian Affairs".  The first part ends on an
    organisation word ("Office", "Department", ``lexicon.ORGANISATION_NAME_ENDS``), the words
    between open on "for", "of" or "on" and are function words or capitalised (a hyphened
    word's pieces too), at most six, and the second part is an organisation as well ("a grant
    from BP for the Gulf Research Initiative" has no organisation word before "for")."""
    joined: list[SpacySpan] = []
    for ent in ents:
        if joined and ent.label_ == "ORG" and joined[-1].label_ == "ORG":
            first = joined[-1]
            gap = doc[first.end : ent.start]
            if 1 <= len(gap) <= 6 and gap[0].lower_ in ("for", "of", "on") and \
                    first[-1].lower_ in lexicon.ORGANISATION_NAME_ENDS and \
                    all(t.lower_ in _COMPLEMENT_WORDS or t.is_title or t.text == "-" or
                        (k > 0 and gap[k - 1].text == "-") for k, t in enumerate(gap)):
                joined[-1] = SpacySpan(doc, first.start, ent.end, label="ORG")
                continue
            if _complement_goes_on(doc, first, ent):
                joined[-1] = SpacySpan(doc, first.start, ent.end, label="ORG")
                continue
        joined.append(ent)
    return joined


def _complement_goes_on(doc: Doc, first: SpacySpan, second: SpacySpan) -> bool:
    """"the Senate Committee on Homeland Security" + "and" + "Governmental Affairs": the
    model cut a name at the "and" inside its complement, and "Governmental Affairs" was an
    organisation of its own in three articles of a day.  The first part holds an
    organisation word and its complement ("Committee on", "Department of",
    ``lexicon.ORGANISATION_NAME_ENDS``), only "and" parts the two, and the second part is
    words in title case that name no organisation the gazetteer knows and that the article
    never writes but after "and" ("the Department of Energy and Shell" are two where Shell
    is named on its own too)."""
    if second.start != first.end + 1 or doc[first.end].lower_ != "and" or \
            not all(t.is_title for t in second) or geo.organisation(second.text) is not None or \
            doc.text.count(second.text) != doc.text.count("and " + second.text):
        return False
    return any(t.lower_ in ("of", "on", "for") and k > 0 and
               first[k - 1].lower_ in lexicon.ORGANISATION_NAME_ENDS
               for k, t in enumerate(first))


def _joined_at_particles(doc: Doc) -> list[SpacySpan]:
    """The model's entities, with a person's name that ends on a particle joined to the
    person's name right after it: the model tags "Alain Le" and "Roy" apart."""
    ents = list(doc.ents)
    joined: list[SpacySpan] = []
    for ent in ents:
        if joined and ent.label_ == "PERSON" and joined[-1].label_ == "PERSON" and \
                joined[-1].end == ent.start and len(joined[-1]) > 1 and \
                joined[-1][-1].lower_ in grammar.NAME_END_PARTICLES and joined[-1][-1].whitespace_:
            joined[-1] = SpacySpan(doc, joined[-1].start, ent.end, label="PERSON")
            continue
        joined.append(ent)
    return joined


def _split_at_known_tail(doc: Doc, ent: SpacySpan,
                         alone: dict[str, list[str]]) -> list[SpacySpan]:
    if ent.label_ not in ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC") or len(ent) < 2:
        return [ent]
    first = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    last = ent.end - 1 if ent[-1].lower_ in ("'s", "’s") else ent.end
    for cut in range(first + 1, last):
        tail = doc[cut:last]
        labels = alone.get(tail.text)
        if not labels or not doc[cut].text[:1].isupper() or not doc[cut - 1].whitespace_:
            continue
        before = doc[cut - 1]
        if before.is_lower and before.is_alpha and before.lower_ not in lexicon.ORGANISATION_NOUNS:
            return [ent]  # "Bank of America", "Sisters of Mercy": one name
        label = _most_common(labels)
        head = doc[first:cut]
        head_labels = alone.get(head.text) or alone.get(doc[ent.start : cut].text)
        if head_labels:
            head_label = _most_common(head_labels)
            if head_label == label or (ent.label_ == head_label == "PERSON" and "PERSON" in labels):
                # "Hillary Clinton" beside "Hillary" and "Clinton", whatever the model once
                # tagged the surname alone ("... had none Mr Wooldridge was", read as ORG)
                return [ent]
            return [SpacySpan(doc, ent.start, cut, label=head_label),
                    SpacySpan(doc, cut, ent.end, label=label)]
        if geo.place_code(head.text) and label != "GPE":
            return [SpacySpan(doc, ent.start, cut, label="GPE"),
                    SpacySpan(doc, cut, ent.end, label=label)]
        if ent.label_ == "PERSON" != label and head[0].lower_ in people.GIVEN_NAMES and \
                len(head) >= 2 and all(t.is_title for t in head) and \
                not re.fullmatch(r"[A-Z]\.", head[-1].text):
            # "Mark Bly BP's head of safety": a person's full name before the company's; not
            # a given name and a middle initial ("Joe L. Barton"), whose surname follows
            return [SpacySpan(doc, ent.start, cut, label="PERSON"),
                    SpacySpan(doc, cut, ent.end, label=label)]
        if not any(t.is_title and t.is_alpha for t in head) or before.text in (")", ":") or \
                before.lower_ in lexicon.ORGANISATION_NOUNS:
            return [SpacySpan(doc, cut, ent.end, label=label)]
        return [ent]
    return [ent]


def _organisation_short_forms(doc: Doc) -> dict[str, str]:
    """The first word of each organisation the article names in several words, to that name:
    "Taylor Energy ... Taylor's staff", "Goldman Sachs ... Goldman's traders"."""
    found: dict[str, str] = {}
    places = {re.sub(r"^(?:the|The)\s+", "", p) for p in _location_surfaces(doc)}
    for ent in doc.ents:
        words = [t for t in ent if not t.is_punct and t.lower_ != "the"
                 and t.text not in grammar.POSSESSIVE_ENDINGS]  # "Norvald Ltd's rig"
        if ent.label_ == "ORG" and len(words) >= 2 and words[0].is_title and \
                words[0].lower_ not in roles.TITLE_WORDS and not _named_after_place(words, places):
            found.setdefault(words[0].text, " ".join(t.text for t in words))
    return found


def _organisation_last_words(doc: Doc) -> dict[str, str]:
    """The last word of each organisation the article names in several words, to that name,
    where only one such name ends with it: "The Lakeside Herald ... the Herald reports"."""
    full: dict[str, set[str]] = {}
    for ent in doc.ents:
        words = [t for t in ent if not t.is_punct and t.lower_ != "the"
                 and t.text not in grammar.POSSESSIVE_ENDINGS]
        if ent.label_ == "ORG" and len(words) >= 2 and words[-1].is_title:
            full.setdefault(words[-1].text, set()).add(" ".join(t.text for t in words))
    return {last: next(iter(names)) for last, names in full.items() if len(names) == 1}


def _named_after_place(words: list[Token], places: set[str]) -> bool:
    """Whether an organisation's name opens with a place of two words or more the article
    names as a place ("Gulf of Mexico research institute" and "the Gulf of Mexico"): its first
    word alone ("the Gulf") is the place's, no short form of the organisation."""
    return any(" ".join(t.text for t in words[:size]) in places
               for size in range(2, len(words)))


def _short_form(cand: _Cand, short_forms: dict[str, str], person_words: set[str]) -> _Cand:
    """A one-word "person" that opens the name of an organisation the article names in full,
    and that no person's name in the article holds, is that organisation's short form: the
    public-figures list would otherwise make "Taylor's staff" Liberia's former president."""
    if cand.kind == "location" and cand.name in short_forms and not geo.place_code(cand.name) \
            and not geo.demonym_code(cand.name):
        # "Transocean" tagged a place where "Transocean Ltd" is named: the company's short form
        return _Cand(cand.start, cand.end, "org", short_forms[cand.name])
    if cand.kind != "person" or cand.honorific is not None or " " in cand.name or \
            cand.name in person_words or cand.name not in short_forms:
        return cand
    return _Cand(cand.start, cand.end, "org", short_forms[cand.name])


def _lead_furniture(text: str) -> list[tuple[int, int]]:
    """The wire furniture a scrape runs into the start of a paragraph ("WASHINGTON | Wed Jun
    16, 2010 7:59 pm EDT WASHINGTON (Reuters) -"): its capitals name no organisation or
    person (the model read "WASHINGTON" there as one), though its place is a place.  A
    headline a scrape set before the place ("Dome lowered over leaking well ROBERT, Louisiana
    | Fri May 7, 2010 7:40 pm EDT ROBERT, Louisiana (Reuters) - ...", ``lead_parts``) hid the
    furniture after it: "Fri May 7" and the dateline's "ROBERT" were persons and the agency
    an organisation."""
    found: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        headline_end, cut = lead_parts(line) if line[:1].isupper() or line[:1].isdigit() or \
            line.startswith("(") else (None, 0)  # "(AP Photo/Ana Reyes) ..."
        if cut:
            found.append((start + (0 if headline_end is None else headline_end + 1), start + cut))
        start += len(line) + 1
    return found


def _caps_headings(text: str) -> list[tuple[int, int]]:
    """Subheadings in capitals a scrape runs into their paragraph ("RIVER LEVELS STILL RISING
    Moreau told reporters ...", ``furniture.caps_heading_end``): they label what follows and
    name no organisation.  The model tagged such a heading an organisation, which then took the
    surname after it ("RIVER LEVELS STILL RISING Moreau", ``_extend_org``), and the speaker
    of the paragraph's first sentence was that organisation.  A person or a place the model
    finds there stays ("GRETA HOLLOWAY, FIELD NURSE The generator failed ...": a witness's
    name and role set in capitals before the words)."""
    found: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        cut = caps_heading_end(line) if line[:1].isupper() else 0
        if cut:
            found.append((start, start + cut))
        start += len(line) + 1
    return found


def _given_name_surnames(doc: Doc) -> set[str]:
    """Names the model tagged as an organisation but the text shows are a person's: "Paul
    Peachy of Christian Aid said ..." then "Mr Peachy of Christian Aid said ...".  A name of
    two or three capitalised words that opens with a known given name and whose last word
    follows an honorific elsewhere in the article, or stands alone there as a person's name
    ("said lawyer Brent Coon", tagged ORG, then "Coon said", tagged PERSON), gives its words as
    a person's."""
    honorific = _after_honorific(doc)
    alone = _surnames_alone(doc)
    found: set[str] = set()
    for ent in doc.ents:
        words = [t for t in ent if not t.is_punct]
        if (
            ent.label_ == "ORG"
            and 2 <= len(words) <= 3
            and all(t.is_title for t in words)
            and (
                (words[0].lower_ in people.GIVEN_NAMES and words[-1].text in alone)
                # "Lorne Baxter: ..." then "Mr Baxter said": an honorific before the last
                # word shows a person whatever the given name ("Tyrone", in no list)
                or (words[-1].text in honorific and len(words) == 2
                    and words[0].lower_ not in lexicon.ORGANISATION_NOUNS
                    and not geo.place_code(words[0].text))
            )
        ):
            found.update(t.text for t in words)
    return found


def _after_honorific(doc: Doc) -> set[str]:
    """Capitalised words written right after an honorific ("Mr Baxter")."""
    return {doc[t.i + 1].text for t in doc[:-1]
            if t.lower_ in roles.HONORIFICS and doc[t.i + 1].is_title}


def _surnames_alone(doc: Doc) -> set[str]:
    """A person's surname as the article gives it alone: after an honorific ("Mr Baxter"), or
    as a one-word name the model tags a person's ("Baxter said")."""
    return _after_honorific(doc) | {
        e.text for e in doc.ents if e.label_ == "PERSON" and len(e) == 1 and _name_word(e[0])}


def _portfolio_of_title(doc: Doc, start: int, end: int) -> bool:
    """Whether the name is the portfolio of a title before a person's name: "Homeland
    Security Secretary Janet Napolitano", "Interior Secretary Ken Salazar".  The model reads
    "Homeland Security" and "Interior" as organisations, and the roster then lists "Homeland"
    beside the department; the words belong to the person's title.  An acronym or a name with
    an organisation's noun is a body's name in its own right and stays: "EPA Administrator
    Lisa Jackson", "State Department spokesman P.J. Crowley"."""
    words = doc[start:end]
    if any(t.is_upper and len(t) > 1 for t in words) or \
            any(t.lower_ in lexicon.ORGANISATION_NAME_ENDS or t.lower_ in lexicon.ORGANISATION_NOUNS
                for t in words) or geo.igo(words.text) or geo.organisation(words.text):
        return False  # "Arab League Secretary General Chadli Klibi": the League is a body
    i = end
    while i < len(doc) and doc[i].is_title and doc[i].lower_ in roles.TITLE_WORDS and \
            doc[i].ent_type_ != "PERSON":
        i += 1
    return i > end and i < len(doc) and doc[i].ent_type_ == "PERSON" and \
        any(t.lower_ in _PORTFOLIO_HEADS for t in doc[end:i])


# The titles that carry a portfolio before them ("Interior Secretary", "Health Minister");
# a company's name before "Managing Director" is the company's.
_PORTFOLIO_HEADS = frozenset({"secretary", "minister"})


def _left_out_words(doc: Doc, start: int, end: int) -> int:
    """Where an organisation's name starts when the model left its first words out: "the
    Deepwater Horizon leak" with only "Horizon" tagged.  A capitalised proper noun that the
    model tagged nothing, that the parser makes a part of the name (a compound on one of its
    words) and that is no title, honorific or role word is the name's; not a sentence's
    first word, which is capitalised whatever it is ("Bookmaker Paddy Power")."""
    while start > 0:
        word = doc[start - 1]
        if not (word.pos_ == "PROPN" and word.is_title and word.ent_iob_ == "O"
                and word.dep_ == "compound" and start <= word.head.i < end
                and not word.is_sent_start and word.lower_ not in roles.TITLE_WORDS
                and word.lower_ not in roles.HONORIFICS
                and word.lower_ not in roles.PERSON_ROLE_NOUNS):
            break
        start -= 1
    return start


def _listed_with_common_words(doc: Doc, i: int) -> bool:
    """Whether the capitalised word at ``i`` is listed with a word in lower case right after it
    ("Whales, dolphins and tuna all depend ...", "Brown and vivid orange globs ...", "Thick,
    sticky oil ..."): a sentence's first word the model tagged a person, which a name is not
    (names are listed with names, "Brown and Smith said"; an appositive opens on a determiner,
    a number or a title, "Hale, chief executive of ..."; "Hale and colleagues" has a noun of
    persons)."""
    j = i + 1
    if j + 1 >= len(doc) or not (doc[j].text == "," or doc[j].lower_ in ("and", "or")):
        return False
    word = doc[j + 1]
    return word.is_lower and word.is_alpha and word.tag_ in ("JJ", "NN", "NNS") and \
        word.lower_ not in roles.TITLE_WORDS and word.lower_ not in roles.PERSON_ROLE_NOUNS


def _written_in_lower_case_elsewhere(doc: Doc, i: int) -> bool:
    """Whether the capitalised word opening a sentence at ``i`` is written elsewhere in the
    article in lower case ("Sheen is about eight miles off the coast ..."
    and "a silver sheen reached the shore"): a name keeps its capital wherever it stands, so
    the model's person there is the noun.  A given name is left alone ("Will said", "a
    will"), and so is a word capitalised inside a sentence too: a name readers' comments
    also write in lower case ("obama should have ...") is written "Obama" there as well."""
    word = doc[i]
    if not word.is_title or people.fold(word.text) in people.GIVEN_NAMES:
        return False
    if any(t.text == word.text and not t.is_sent_start for t in doc if t.i != i):
        return False
    lower = word.text.lower()
    # the tag of the word in lower case is not asked: the tagger may call it a proper noun
    # too ("with sheen, the leading edge of the slick, forecast ...")
    return any(t.text == lower for t in doc if t.i != i)


def _classify(
    doc: Doc, ent: SpacySpan, places: set[str], person_words: set[str], orgs: set[str],
    crafts: frozenset[str] | set[str] = frozenset(),
    surnames: frozenset[str] | set[str] = frozenset(),
) -> _Cand | None:
    label = ent.label_
    start, end, honorific, _titles = _strip(ent)
    opened = next((i for i in range(start + 1, end) if doc[i].text == "("), None)
    if opened is not None and not any(doc[i].text == ")" for i in range(opened, end)):
        end = opened  # "Blowout Preventer (BOP": the model ran into the acronym's bracket
    if start >= end:
        return None
    if start > 0 and doc[start - 1].is_title and doc[start - 1].ent_iob_ == "O" and \
            geo.place_code(doc[start - 1 : end].text):
        start, label = start - 1, "GPE"  # "Santo" + "Domingo" (tagged a person): the city
    if label == "ORG" and start == ent.start:
        start = _left_out_words(doc, start, end)
    if label == "PERSON" and honorific is None and _opening_place_preposition(doc, start, end):
        start, label = start + 1, "LOC"  # "Near Kalmaro, a platform was evacuated": a place
    name = doc[start:end].text
    if not any(ch.isalpha() for ch in name):
        return None
    if _FIGURE_WITH_UNIT.fullmatch(name):
        return None  # "closed at 390p", "a £10bn dividend": a figure, no name
    if end - start == 1 and name.isupper() and start > 0 and (
            _CLOCK.search(doc[start - 1].text)
            or (name.lower() in lexicon.TIME_ZONES and doc[start - 1].like_num)):
        return None  # "on 00.16 BST", "at 9:36 am EDT", "(1925 GMT)": a zone after its time
    if label == "PERSON" and not any(ch.isupper() for ch in name):
        return None  # "A lorry arrived late": no name is written in lower case
    if label == "PERSON" and end - start == 1 and doc[start].is_sent_start and \
            doc[start].pos_ in ("ADJ", "VERB", "ADV", "DET", "ADP") and \
            doc[start].tag_ not in ("NNP", "NNPS"):
        return None  # "Broken bones are the most common injuries": a sentence's first word
    if label == "PERSON" and end - start == 1 and honorific is None and \
            doc[start].is_sent_start and doc[start].text not in person_words and \
            (_listed_with_common_words(doc, start) or _written_in_lower_case_elsewhere(doc, start)):
        # "Whales, dolphins and tuna ...", "Brown and vivid orange globs ..."; "Sheen is about
        # eight miles off ...", with "a silver sheen" elsewhere
        return None
    if label == "ORG" and end - start == 1 and doc[start].is_sent_start and \
            doc[start].text not in person_words and _written_in_lower_case_elsewhere(doc, start):
        # "Hurricanes also pose a problem." tagged ORG, with "up to 14 hurricanes" elsewhere:
        # the noun opening a sentence, as a person's name above
        return None
    if label == "ORG" and name.islower() and start > 1 and doc[start - 1].lower_ == "of" \
            and doc[start - 2].lower_ in roles.TITLE_HEADS:
        return None  # "the US secretary of state": the title's, no organisation
    if label == "ORG" and end - start > 1 and doc[end - 1].is_title and \
            doc[end - 1].lower_ in lexicon.WATER_BODY_WORDS and doc[end - 1].lower_ != "channel":
        label = "LOC"  # "into the Prince William Sound": a sea, bay or sound is a place
    last = doc[end - 1].text.rstrip(".")
    if label == "PERSON" and end - start > 1 and honorific is None and \
            last.lower() in lexicon.LEGAL_FORMS and (len(last) >= 3 or last.isupper()):
        label = "ORG"  # "licensed to Kestrel Plc" tagged a person: a company's legal form
    if label == "PERSON" and end - start > 1 and honorific is None and doc[end - 1].is_title \
            and doc[end - 1].lower_ in lexicon.WATER_BODY_WORDS and \
            doc[end - 1].lower_ != "channel" and doc[start].lower_ not in people.GIVEN_NAMES \
            and not any(t.text.rstrip(".") in _SHIP_PREFIXES for t in doc[max(0, start - 1):end]):
        label = "LOC"  # "the delicate Tallow Bay" tagged a person ("Michael Bay" and "HMS
        # Largs Bay", a ship, are no place)
    if label == "PERSON" and honorific is None and _described_as_place(doc, start, end):
        label = "LOC"  # "Tallow Key, a barrier island between ...": a place, tagged a person
    if label == "ORG" and _portfolio_of_title(doc, start, end):
        return None  # "Interior Secretary Ken Salazar": the title's portfolio, no organisation
    if label != "PERSON" and name.split()[-1].lower() in lexicon.DOCUMENT_WORDS:
        return None
    if end - start > 1 and doc[end - 1].is_title and doc[end - 1].lower_ in lexicon.PROGRAMME_WORDS:
        return None  # "told BBC One's Andrew Marr Show" tagged a person: the programme, no one
    shared = _shared_surname(doc, start, end)
    if shared is not None:
        return _Cand(start, end, "person", f"{name} {shared}")
    if label in ("PERSON", "PRODUCT") and doc[start].text.rstrip(".") in _SHIP_PREFIXES:
        return _Cand(start, end, "org", _clean_name(name))  # "USS Carl Vinson": a ship's crew
    if label == "PERSON" and start > 0 and doc[start - 1].text.rstrip(".") in _SHIP_PREFIXES:
        return _Cand(start - 1, end, "org", _clean_name(doc[start - 1 : end].text))
    if label == "PERSON" and _placed_by_of(doc, start):
        label = "ORG"  # "Paul Peachy of Christian Aid": whom a person is "of" is no person
    if label == "ORG" and end - start == 1 and name in person_words:
        label = "PERSON"  # "Rouhani" tagged ORG where "Hassan Rouhani" is a person
    if label == "PERSON" and honorific is None and known_outlet(name) is not None and \
            not any(t.text in person_words for t in doc[start:end]):
        label = "ORG"  # "he told Politico in an interview": an outlet the table knows ("Michael
        # Bloomberg" then "Bloomberg said" is the person)
    if label == "ORG" and end - start > 1 and doc[end - 1].text in person_words and all(
            t.lower_ in roles.TITLE_WORDS for t in doc[start : end - 1]):
        # "Rear Adm Watson said" tagged ORG where "Rear Adm James Watson" is a person: titles
        # and a surname of the article's persons ("General Motors" has no such surname)
        start, label, name = end - 1, "PERSON", doc[end - 1].text
    # "Hayward needs to say ..." tagged a place where "Tony Hayward" is a person: a word of a
    # person's full name here that no gazetteer knows as a place is that person's surname.
    persons_surname = end - start == 1 and name in person_words and \
        not geo.place_code(name) and not geo.country_code(name)
    if label in ("GPE", "LOC") and persons_surname and \
            not (start > 0 and doc[start - 1].lower_ in _PLACE_PREPOSITIONS):
        label = "PERSON"
    if label == "PERSON" and end - start == 1 and name in places and honorific is None \
            and not persons_surname:
        label = "GPE"  # "Biarritz" tagged PERSON where it is a place elsewhere
    if label == "PERSON" and honorific is None and name.split()[-1] in crafts:
        # "the Deepwater Horizon rig": a craft acts as its crew or owner does, as a ship named
        # with its prefix does ("USS Carl Vinson"), never as a person
        return _Cand(start, end, "org", _clean_name(name))
    if label == "PERSON" and honorific is None and geo.place_code(name):
        label = "GPE"
    if label in ("PERSON", "ORG") and honorific is None and _placed_by_division(doc, start, end):
        label = "GPE"  # "president of Plaquemines parish", "the fishing town of Cordova"
    if label == "PERSON" and honorific is None and start > 0 and (
            (doc[start - 1].lower_ in _PLACE_PREPOSITIONS and _located_after(doc, end)) or
            (doc[start - 1].lower_ == "to" and _located_after(doc, end, compass=True))):
        label = "GPE"  # "a port in Cap Haitien, in northern Haiti": a place placed in another
    if label == "PERSON" and honorific is None and _where_from(doc, start):
        label = "GPE"  # "Barbara Jones, from Milton Keynes, said": a person is from a place
    if label == "PERSON" and honorific is None and end - start == 1 and \
            name not in person_words and doc[start].lower_ not in people.GIVEN_NAMES and \
            _origin_before_occupation(doc, end):
        label = "GPE"  # "Wiltshire firefighter Dan Cooke": where the firefighter serves
    if label == "PERSON" and honorific is None and end - start == 1 and start >= 2 and \
            doc[start - 1].text == "," and doc[start - 2].ent_type_ in ("GPE", "LOC") and \
            _qualifier_country(doc, start - 1):
        label = "GPE"  # "Tampa, Fla, before ...": the state a place lies in, not a person
    if label in ("PERSON", "ORG") and honorific is None and _base_before_based(doc, end):
        label = "GPE"  # "Oslo-based Halvorsen Shipping": where a company is based is a place
    surname_of_person = end - start == 1 and name in person_words
    surname_alone = end - start >= 2 and doc[end - 1].text in surnames
    if label == "PERSON" and honorific is None and name in orgs and not surname_of_person and \
            not surname_alone:
        label = "ORG"  # "Tejo Vivo, a conservation group" (not "Lorne Baxter, a crane
        # operator", then "Baxter said": a noun of a company's as often as a person's)
    if label == "PERSON" and honorific is None and _named_as_organisation(doc, start):
        label = "ORG"  # "Irish charity Goal", "the aid group Mercy Corps"
    if label == "ORG" and 2 <= end - start <= 3 and all(
        t.text in person_words for t in doc[start:end]
    ) and (doc[start].lower_ in people.GIVEN_NAMES or surname_alone):
        label = "PERSON"  # "Paul Peachy" tagged ORG where "Mr Peachy" is the same person
    if label == "ORG" and end - start == 2 and _named_after_occupation(doc, start, end):
        label = "PERSON"  # "BBC business correspondent Maryam Moshiri": a person's two names
    if label == "ORG" and end - start == 1 and _says_i(doc[start]):
        label = "PERSON"  # '"I still think ...," Brandt said': no organisation says "I"
    if honorific is None and start > 0 and doc[start - 1].lower_ in roles.HONORIFICS:
        honorific = doc[start - 1].lower_  # "Mr" + "Ban": the model left the honorific out
    if label == ent.label_ in ("GPE", "LOC", "NORP") and name in orgs and \
            not geo.place_code(name) and \
            not geo.country_code(name) and not geo.demonym_code(name):
        label = "ORG"  # "Halliburton" tagged a place where "cement contractor Halliburton" is
    if label in ("ORG", "PERSON") and end - start == 1 and geo.demonym_code(name) and \
            doc[start].tag_ in ("NNP", "NNPS", "NNS", "NN") and geo.organisation(name) is None \
            and doc[start].dep_ not in ("amod", "compound", "nmod", "conj") and \
            not any(c.dep_ == "conj" for c in doc[start].children):  # "Kazakh and Chinese firms"
        label = "NORP"  # "The first Briton confirmed dead" tagged ORG: one of a nation's people
    if label == "ORG" and honorific is None and geo.country_code(name) and \
            not _named_as_organisation(doc, start):
        label = "GPE"  # "sending food to Mozambique" tagged ORG: a country's own name
    if label == "PERSON" and honorific is None:
        unit = _titled_unit_of_next_person(doc, start, end)
        if unit is not None:  # "Sea Wolf Capt." + "Ana Dahl": the ship she commands
            return _Cand(start, unit, "org", _clean_name(doc[start:unit].text))
    if label == "PERSON":
        return _Cand(start, end, "person", _clean_name(name), honorific)
    if label in ("ORG", "NORP", "GPE", "LOC", "FAC"):
        found = geo.igo(name)
        if found:
            return _Cand(start, end, "org", found[1], display=found[1], key=found[0])
    if label == "ORG" and end < len(doc) and doc[end].ent_type_ == "PERSON" and all(
            t.lower_ in roles.TITLE_WORDS for t in doc[start:end]):
        return None  # "Secretary of State Hillary Clinton": "State" is her title's, no body
    while label == "ORG" and end - start > 1 and end < len(doc) and doc[end - 1].is_title and \
            doc[end - 1].lower_ in roles.TITLE_WORDS and _title_head_at(doc, end):
        end -= 1  # "BP Managing Director Bob Dudley": the title runs on past the ORG the model saw
    name = doc[start:end].text
    if label == "ORG":
        start, end = _extend_org(doc, start, end)
        named = _person_after_title(doc, start, end)
        if named is not None:
            return _Cand(named, end, "person", _clean_name(doc[named:end].text))
        name = _clean_name(doc[start:end].text)
        found = geo.igo(name)
        if found:
            return _Cand(start, end, "org", found[1], display=found[1], key=found[0])
        return _Cand(start, end, "org", name)
    if label == "GPE":
        code = geo.country_code(name)
        if code:
            return _Cand(
                start, end, "country", name, country=code, display=geo.country_name(code), key=code
            )
        if _apposition_says_org(doc, end) or _named_as_organisation(doc, start) or \
                _describes_organisation(doc, start, end):
            return _Cand(start, end, "org", _clean_name(name))
        return _Cand(start, end, "location", _clean_name(name),
                     country=_qualifier_country(doc, end) or geo.located_code(name))
    if label in ("LOC", "FAC"):
        return _Cand(start, end, "location", _clean_name(name),
                     country=_qualifier_country(doc, end) or geo.located_code(name))
    if label == "NORP":
        token = doc[end - 1]
        code = geo.demonym_code(name)
        # "the Iranians" acts as a country; "Iranian officials" only describes officials.
        if code and token.tag_ in ("NNPS", "NNS") and token.dep_ != "amod":
            return _Cand(
                start, end, "country", name, country=code, display=geo.country_name(code), key=code
            )
    return None


# A figure with its unit's letters run onto it: "390p", "10bn", "15m", "3.5kg".
_FIGURE_WITH_UNIT = re.compile(r"[£$€]?\d[\d.,]*[a-z]{1,3}")

# Prepositions before a place ("in Houston", "near Hayward"): there a name is no person.
_PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "from", "outside", "across", "around",
                                 "into", "toward", "towards", "through"})

# Ship prefixes: a named vessel acts as its navy or owner does, never as a person.
_CLOCK = re.compile(r"^(?:\d{1,2}[.:]\d{2}|[ap]\.?m\.?)$", re.IGNORECASE)
_SHIP_PREFIXES = frozenset({"USS", "USNS", "HMS", "HMCS", "HMAS", "RFA", "INS", "MV", "RV"})


def _placed_by_division(doc: Doc, start: int, end: int) -> bool:
    """A name just before a division noun or after one and "of": "Plaquemines parish", "the
    fishing town of Cordova", "the Delmas area of Port-au-Prince"; or set beside one by a
    comma and "a": "Buras, a village on the east bank", "Skarvik, a small fishing port"."""
    return (end < len(doc) and doc[end].lower_ in lexicon.DIVISION_NOUNS) or (
        start > 1 and doc[start - 1].lower_ == "of"
        and doc[start - 2].lower_ in lexicon.DIVISION_NOUNS) or _division_beside(doc, end)


def _division_beside(doc: Doc, end: int) -> bool:
    """", a village on ...", ", a small fishing town.": a comma, "a" or "an", up to two words
    in lower case and a division noun heading the phrase (no noun after it: "a port operator"
    is a company)."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an"):
        return False
    for k in range(end + 2, min(end + 5, len(doc))):
        if doc[k].lower_ in lexicon.DIVISION_NOUNS:
            return k + 1 == len(doc) or doc[k + 1].pos_ not in ("NOUN", "PROPN")
        if not (doc[k].is_alpha and doc[k].is_lower) and doc[k].text not in ("-",):
            return False
    return False


def _base_before_based(doc: Doc, end: int) -> bool:
    """A name run onto "-based" ("Oslo-based", "New York-based"): where something is based."""
    return (end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_
            and not doc[end].whitespace_ and doc[end + 1].lower_ == "based")


def _where_from(doc: Doc, start: int) -> bool:
    """A name after "from" that hangs on a person's name: "Barbara Jones, from Milton Keynes,
    feels ...", "Shelane Chapman, from Downham in Kent, said", "Ana Berg from Leeds emails":
    where someone is from is a place (or a body the model would tag ORG), never a person.  A
    thing's "from" ("a letter from Ana Berg") names its sender."""
    if start == 0 or doc[start - 1].lower_ != "from":
        return False
    head = doc[start - 1].head
    if head.i < start - 1 and head.ent_type_ == "PERSON":
        return True
    # set off by a comma after the name, wherever the parser hangs it ("said")
    return start >= 3 and doc[start - 2].text == "," and doc[start - 3].ent_type_ == "PERSON"


_COMPASS = grammar.COMPASS_WORDS


def _located_after(doc: Doc, end: int, compass: bool = False) -> bool:
    """A name followed by where it lies: ", in northern Haiti", ", west of Port-au-Prince",
    ", near Kingston" (a known country or place, by the gazetteer or the model's tag); with
    ``compass``, only a compass point's ("travel to Leogane, about 19km west of ...": a person
    reached "to" may be "in Oslo", never west of it)."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    k = end + 1
    k = _past_distance(doc, k)  # ", about 19km (12 miles) west of Port-au-Prince"
    if doc[k].lower_ in ("in", "near") and k == end + 1 and not compass:
        k += 1
        if k < len(doc) and doc[k].lower_ in _COMPASS:
            k += 1
    elif doc[k].lower_ in _COMPASS and k + 1 < len(doc) and doc[k + 1].lower_ == "of":
        k += 2
    else:
        return False
    return k < len(doc) and doc[k].ent_type_ in ("GPE", "LOC") and doc[k].ent_iob_ == "B"


_ABOUT = frozenset({"about", "some", "around", "roughly", "nearly", "almost", "just"})


def _past_distance(doc: Doc, k: int) -> int:
    """Past a distance before a compass point ("about 19km (12 miles) west of"): where the
    compass word stands, or ``k`` where no distance is there."""
    j = k
    if j < len(doc) and doc[j].lower_ in _ABOUT:
        j += 1
    if j >= len(doc) or (not doc[j].like_num and not doc[j].text[:1].isdigit()):
        return k
    j += 1
    while j < len(doc) and j - k < 10 and doc[j].lower_ not in _COMPASS:
        if doc[j].is_sent_end or doc[j].text in (",", ";"):
            return k
        j += 1
    return j if j < len(doc) and doc[j].lower_ in _COMPASS else k


def _named_after_occupation(doc: Doc, start: int, end: int) -> bool:
    """Two capitalised words the model tagged as an organisation right after a person's
    occupation in lower case ("business correspondent Ana Reyes", "the analyst Tom Berg"): a
    person's names.  A known body, or a name holding an organisation word ("the analyst firm
    Acme Group"), stays one."""
    before = doc[start - 1] if start > 0 else None
    if before is None or not before.is_lower or before.tag_ != "NN":
        return False
    word = before.lower_
    person_noun = word in roles.PERSON_ROLE_NOUNS or (
        roles.sector_of(word) is not None and word not in lexicon.ORGANISATION_NOUNS)
    words = doc[start:end]
    if not person_noun or not all(t.is_title and t.is_alpha for t in words):
        return False
    name = words.text
    return geo.organisation(name) is None and not any(
        t.lower_ in lexicon.ORGANISATION_NOUNS or t.lower_ in lexicon.ORGANISATION_NAME_ENDS
        for t in words)


def _origin_before_occupation(doc: Doc, end: int) -> bool:
    """A single name before an occupation in lower case and a person's name: "Wiltshire
    firefighter Dan Cooke", "Norfolk farmer Ann Reed", "Kent police officer Tom Hale" name where
    the person works, not a second person.  Not a relation ("Obama adviser David Axelrod",
    ``roles.ROLE_NOUNS``, the titles) nor a body a person runs ("the Lind campaign manager Ed
    Roe")."""
    k = end
    nouns = []
    while k < len(doc) and k - end < 2 and doc[k].tag_ == "NN" and doc[k].is_lower:
        nouns.append(doc[k].lower_)
        k += 1
    if not nouns or k >= len(doc) or doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ != "B":
        return False
    relational = roles.ROLE_NOUNS | roles.TITLE_HEADS | roles.GOVERNMENT_NOUNS | {"campaign"}
    return not any(noun in relational for noun in nouns)


def _placed_by_of(doc: Doc, start: int) -> bool:
    """"Paul Peachy of Christian Aid", "Mr Chauzy of the IOM": a name right after a person's
    name and "of" (a "the" between) is where the person works."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].ent_type_ == "PERSON"


def _named_as_organisation(doc: Doc, start: int) -> bool:
    """A name right after a lower-case organisation noun ("of Irish charity Goal", "the aid
    group Mercy Corps", "children's charity Plan") is that organisation's; a title before a
    person's name is capitalised or a role ("the group's leader Ana Ruiz" has "leader")."""
    if start == 0:
        return False
    before = doc[start - 1]
    return (
        before.lower_ in lexicon.ORGANISATION_NOUNS
        and before.text.islower()
        and before.lower_ not in roles.ROLE_NOUNS
        and "\n" not in before.whitespace_
    )


def _qualifier_country(doc: Doc, end: int) -> str | None:
    """The country of the state, province or country written after a place and a comma:
    "Venice, La.", "Paris, Texas", "London, Ontario" are there, whatever city of the name the
    gazetteer knows best."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    for size in (3, 2, 1):
        words = doc[end + 1 : end + 1 + size]
        # a dateline writes the state in capitals too ("VENICE, LA. --"): a region's only, as
        # capitals after a comma are as often an agency or a country's letters ("US")
        capitals = len(words) == size and words[0].is_upper and \
            words[0].text.rstrip(".").isalpha()
        if len(words) < size or not (words[0].is_title or capitals):
            continue
        text = words.text
        after = doc[words.end] if words.end < len(doc) else None
        # "La" + "..": the abbreviation's full stop the tokenizer joined to the sentence's;
        # "Fla" + ",": the abbreviation written without its full stop ("Tampa, Fla, before")
        forms = [text + "."] if after is not None and after.text[:1] in ".," else []
        for form in [*forms, text]:
            code = geo.region_code(form) if capitals else \
                geo.region_code(form) or geo.country_code(form)
            if code:
                return code
    return None


def _opening_place_preposition(doc: Doc, start: int, end: int) -> bool:
    """A name the model ran a sentence's opening preposition of where into, tagging it a
    person ("Off Norland, an offshore platform sank", "Near Kalmaro, a second platform was
    evacuated"): the preposition is no given name, and what it opens is where, a place.  Not
    before a possessive ("Near Kalmaro's port", "In Obama's view") nor a title ("At President
    Dahl's side")."""
    first = doc[start]
    return end - start > 1 and bool(first.is_sent_start) and first.is_title and \
        first.lower_ in grammar.PLACE_OPENING_PREPOSITIONS and \
        doc[start + 1].lower_ not in roles.TITLE_WORDS and \
        not (end < len(doc) and doc[end].text in grammar.POSSESSIVE_ENDINGS) and \
        doc[end - 1].text not in grammar.POSSESSIVE_ENDINGS


def _described_as_place(doc: Doc, start: int, end: int) -> bool:
    """A name described by an apposition after it that a noun of a place heads ("Tallow Key,
    a barrier island between Marsh Point and the state line", "Belle Marais, a fishing village
    on the delta"): a place, whatever the model tagged it.  A person's apposition is headed by
    a person ("Ana Reyes, a town councillor")."""
    root = doc[start:end].root
    return any(
        child.dep_ == "appos" and child.i >= end and child.pos_ == "NOUN"
        and child.text.islower() and child.lemma_.lower() in lexicon.DIVISION_NOUNS
        for child in root.children
    )


def _describes_organisation(doc: Doc, start: int, end: int) -> bool:
    """A name set after an organisation noun it stands for: in apposition ("run by a Swiss
    firm, Norvald.") or as its example ("firms such as Norvald"), however the model labelled
    it; a role noun ("its operator") is no such noun."""
    root = doc[start:end].root
    head = root.head
    if root.dep_ == "appos" and head.i < start:
        noun = head
    elif root.dep_ == "pobj" and head.lower_ == "as" and head.i > 0 and \
            doc[head.i - 1].lower_ == "such" and head.head.i < head.i:
        noun = head.head
    else:
        return False
    return _organisation_noun(noun)


def _organisation_noun(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.text.islower() and \
        noun.lemma_.lower() in lexicon.ORGANISATION_NOUNS and \
        noun.lemma_.lower() not in roles.ROLE_NOUNS


_RELATIVE_REACH = 15  # words back from a name's comma to the relative pronoun


def _described_by_relative(doc: Doc, start: int, end: int) -> bool:
    """A name set off by commas after an organisation's noun and its relative clause: "the
    company that was in charge of the cement job, Norvald, has said ...".  The parser hangs
    the name anywhere but on the noun; the words back to "that", "which" or "who" (no comma
    between) show what it names."""
    if start < 2 or doc[start - 1].text != "," or end >= len(doc) or doc[end].text != ",":
        return False
    sent_start = doc[start].sent.start
    for j in range(start - 2, max(sent_start, start - 2 - _RELATIVE_REACH), -1):
        if doc[j].is_punct:
            return False
        if doc[j].lower_ in ("that", "which", "who") and j - 1 >= sent_start:
            return _organisation_noun(doc[j - 1])
    return False


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    name = re.sub(r"(?:'s|’s)$", "", name)
    return name.strip(" ,.;:\"“”'’")


def _shared_surname(doc: Doc, start: int, end: int) -> str | None:
    """The surname a given name shares with the person named after "and": "Kimberly and Do
    Nguyen", "Bill and Hillary Clinton" (the model reads the lone given name as anything)."""
    if end - start != 1 or doc[start].lower_ not in people.GIVEN_NAMES or \
            end + 2 >= len(doc) or doc[end].lower_ != "and":
        return None
    after = next((e for e in doc.ents if e.start in (end + 1, end + 2)), None)
    if after is None or after.label_ != "PERSON" or not after[-1].is_title or \
            not all(t.is_title for t in doc[end + 1 : after.end]) or after.end - end < 3:
        return None
    return after[-1].text  # "Do Nguyen" or "Nguyen" after an untagged "Do"


def _title_head_at(doc: Doc, i: int) -> bool:
    """A capitalised title head at ``i`` ("Director" of "Managing Director Carl Berg")."""
    return i < len(doc) and doc[i].is_title and doc[i].lower_ in roles.TITLE_HEADS


def _extend_org(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Join a proper noun the model cut off: "United Against Nuclear" + "Iran"; never a
    person's name the model found ("EPA Administrator Lisa Jackson" is no organisation), nor
    a day or a time it found ("The EPA Thursday directed BP to ...")."""
    last = doc[end - 1]
    if last.lower_ == "of" and end < len(doc) and doc[end].pos_ in ("NUM", "PROPN"):
        end += 1  # "Group of" + "7"
        last = doc[end - 1]
    while (
        end < len(doc)
        and last.lower_ not in lexicon.ORGANISATION_NAME_ENDS
        and last.whitespace_ != ""
        and doc[end].is_title
        and doc[end].pos_ == "PROPN"
        and doc[end].ent_type_ != "PERSON"  # "EPA" + "Administrator Lisa Jackson": hers
        and doc[end].ent_type_ not in ("DATE", "TIME")  # "The EPA" + "Thursday directed"
        and "\n" not in last.whitespace_
        and doc[end].lower_ not in roles.TITLE_HEADS  # "Homeland Security" + "Secretary Janet ..."
        # "Norvald" + "Chief Operating Officer Ana Reyes": a title word with its head one or
        # two words on ("Chief Financial Officer", "Vice President") is the person's title
        and not (doc[end].lower_ in roles.TITLE_WORDS and doc[end].is_title and any(
            _title_head_at(doc, k) for k in range(end + 1, end + 3)))
        and not _month_before_day(doc, end)  # "AP" + "June 23": a caption's date
    ):
        end += 1
        last = doc[end - 1]
    return start, _without_title_of_next_person(doc, start, end)


def _person_after_title(doc: Doc, start: int, end: int) -> int | None:
    """Where the person starts in a name the model took whole for an organisation's:
    "Coast Guard Rear Adm. Mary Landry", "Harbour Authority Director Tomas Varga" end with a
    title and a name of two or three words, which is the person (the title and organisation
    before it are read as the person's title).  None when no title stands inside the name
    ("General Motors Co": the title word opens it)."""
    for k in range(end - 3, start, -1):
        if doc[k].lower_ in roles.TITLE_HEADS and doc[k].is_title:
            tail = doc[k + 1 : end]
            if 2 <= len(tail) <= 3 and all(
                t.is_title and t.text[0].isalpha() and t.lower_ not in roles.TITLE_WORDS
                and t.lower_ not in lexicon.ORGANISATION_NAME_ENDS for t in tail
            ):
                return k + 1
            return None
    return None


def _without_title_of_next_person(doc: Doc, start: int, end: int) -> int:
    """"Coast Guard Rear Adm." + "Mary Landry": title words the model ran into the name of an
    organisation belong to the person named right after it; the organisation ends before
    them.  A name ending with such a word and no person after it stays whole ("Office of the
    President").  An abbreviated title's point may stand between ("Coast Guard Capt." +
    "Edwin Stanton": the model reads "Capt" a word of the name, the point a word apart)."""
    if not _person_starts_after(doc, end):
        return end
    cut = end
    while cut - start > 1 and doc[cut - 1].lower_ in roles.TITLE_WORDS and doc[cut - 1].is_title:
        cut -= 1
    return cut if any(doc[k].lower_ in roles.TITLE_HEADS for k in range(cut, end)) else end


def _person_starts_after(doc: Doc, end: int) -> bool:
    """Whether a person the model found starts at ``end``, or right after an abbreviation's
    point glued to the word before ("Capt" "." "Ana Dahl")."""
    if end < len(doc) and doc[end].text == "." and end > 0 and not doc[end - 1].whitespace_:
        end += 1
    return end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B"


def _titled_unit_of_next_person(doc: Doc, start: int, end: int) -> int | None:
    """Where a name the model took for a person's ends when its last word is a capitalised
    title head and a person follows ("Sea Wolf Capt. Ana Dahl", "Norvik CEO Tomas Berg"): the
    words before the title are the ship, unit or firm the person serves, never a person of
    their own.  None when the name does not end so."""
    if end - start < 2 or not (doc[end - 1].is_title or doc[end - 1].is_upper) or \
            doc[end - 1].lower_ not in roles.TITLE_HEADS or not _person_starts_after(doc, end):
        return None
    cut = end - 1
    while cut - start > 1 and doc[cut - 1].lower_ in roles.TITLE_WORDS and doc[cut - 1].is_title:
        cut -= 1
    return cut


def _who_after(doc: Doc, end: int) -> bool:
    """"both BP and Norvald, who owned the rig": a place is never "who"."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who"


def _in_a_trade_role(doc: Doc, start: int, end: int) -> bool:
    """A name a noun of a role in trade describes (``lexicon.TRADE_ROLE_NOUNS``): in
    apposition after it ("Norvald, the operator of the barge") or before it ("the barge's
    owners, Norvald"), or in lower case just before it ("barge owners Norvald").  A place
    owns and operates nothing."""
    def trade(token: Token) -> bool:
        return token.pos_ == "NOUN" and token.text.islower() and \
            token.lemma_.lower() in lexicon.TRADE_ROLE_NOUNS
    after = _appositive_after(doc, end)
    if after is not None and trade(after.root):
        return True
    root = doc[start:end].root
    if root.dep_ == "appos" and root.head.i < start and trade(root.head):
        return True
    return start > 0 and trade(doc[start - 1]) and "\n" not in doc[start - 1].whitespace_


def _apposition_says_org(doc: Doc, end: int) -> bool:
    """ "Kayhan, a Tehran newspaper ..." is an organisation, whatever the model labelled it."""
    phrase = _appositive_after(doc, end)
    if phrase is None:
        return False
    head = phrase.root
    return head.lower_ in lexicon.ORGANISATION_NOUNS and head.lower_ not in roles.ROLE_NOUNS


def _honorific_names(doc: Doc, article: Article, taken: set[int]) -> list[_Cand]:
    """"Mr. Abdi" or "Governor Ana Ruiz" where the model saw no entity at all.

    After an honorific one capitalised word is a name; after a capitalised title head
    ("Governor", "Mayor") two are needed, as "President Trump"-like pairs are left to the
    model and a title before one word is too often something else ("Minister Council").
    """
    found: list[_Cand] = []
    for token in doc[:-1]:
        honorific = token.lower_ in roles.HONORIFICS
        titled = token.is_title and token.lower_ in roles.TITLE_HEADS
        if not (honorific or titled) or token.i in taken:
            continue
        nxt = doc[token.i + 1]
        if nxt.i in taken or not nxt.is_title or nxt.pos_ not in ("PROPN", "NOUN"):
            continue
        if nxt.lower_ in roles.TITLE_WORDS:
            continue  # "Vice President ...": the title goes on
        end = nxt.i + 1
        while end < len(doc) and end not in taken and doc[end].is_title and (
            doc[end].pos_ == "PROPN"
        ):
            end += 1
        if not honorific and (end - nxt.i < 2 or nxt.pos_ != "PROPN"):
            continue
        name = doc[nxt.i : end].text
        if not honorific and geo.place_code(name):
            continue
        if not article.in_body(nxt.idx, doc[end - 1].idx + len(doc[end - 1])):
            continue
        found.append(_Cand(nxt.i, end, "person", name, token.lower_ if honorific else None))
        taken.update(range(token.i if honorific else nxt.i, end))
    return found


def _surname_repeats(
    doc: Doc, article: Article, cands: list[_Cand], taken: set[int]
) -> list[_Cand]:
    """A known surname the model missed on its second or third use ("Varga later left").  The
    tagger reads a surname ending in "s" as a plural noun as often ("'We are doing everything
    we can,' Suttles said"): capitalised inside a sentence, or opening one before a verb of
    saying, such a noun is the surname too (not a common noun opening "Wells in the bay were
    capped"), and one set off by a comma as the subject of a verb of saying further on
    ("Suttles, speaking to reporters ..., said")."""
    surnames = {people.surname(c.name) for c in cands
                if c.kind == "person" and len(c.name.split()) > 1}
    found: list[_Cand] = []
    for token in doc:
        if (
            token.i not in taken
            and token.text in surnames
            and (token.pos_ == "PROPN" or _surname_read_as_noun(doc, token))
            and article.in_body(token.idx, token.idx + len(token))
        ):
            found.append(_Cand(token.i, token.i + 1, "person", token.text))
            taken.add(token.i)
    return found


def _organisation_repeats(
    doc: Doc, article: Article, cands: list[_Cand], taken: set[int]
) -> list[_Cand]:
    """An organisation's one-word name the model tagged once and missed again ("Norvik said on
    Monday ..." tagged, then "Norvik says it will pay ..." at a line's start, or "Energy giant
    Norvik vowed ..." not): a proper noun written as the name is, standing alone (no
    capitalised proper noun beside it, which would make it part of another name, "Norvik
    Plc"), is a mention of it.  Without the mention "the company said" after it went to the
    organisation named before ("a Telemark reporter"), and "Energy giant Norvik" spoke apart
    from Norvik."""
    names = {c.name for c in cands if c.kind == "org" and " " not in c.name and len(c.name) > 1}
    found: list[_Cand] = []
    for token in doc:
        if token.i in taken or token.text not in names or token.pos_ != "PROPN" or \
                not article.in_body(token.idx, token.idx + len(token)):
            continue
        beside = [doc[k] for k in (token.i - 1, token.i + 1) if 0 <= k < len(doc)]
        if any(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.is_sent_start
               and "\n" not in t.whitespace_ + doc[max(0, t.i - 1)].whitespace_
               for t in beside if t.i != token.i):
            continue
        found.append(_Cand(token.i, token.i + 1, "org", token.text))
        taken.add(token.i)
    return found


def _surname_read_as_noun(doc: Doc, token: Token) -> bool:
    if token.pos_ != "NOUN" or not token.is_title:
        return False
    if not token.is_sent_start:
        return True
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.lemma_.lower() in grammar.QUOTE_VERBS:
        return True
    # "Settles, speaking to reporters after ..., said": set off by a comma, the subject of
    # a verb of saying further on
    return following is not None and following.text == "," and token.dep_ == "nsubj" and \
        token.head.lemma_.lower() in grammar.QUOTE_VERBS


# ---------------------------------------------------------------- clustering


def _cluster(cands: list[_Cand]) -> list[_Cluster]:
    """Merge name variants: keyed kinds by key, persons by surname, the rest by name."""
    clusters: list[_Cluster] = []
    by_key: dict[tuple[str, str], _Cluster] = {}
    persons_full: list[_Cluster] = []
    # Full person names first, so that surnames find them wherever they appear.
    ordered = sorted(cands, key=lambda c: (c.kind != "person" or len(c.name.split()) < 2, c.start))
    for cand in ordered:
        if cand.kind == "person":
            cluster = _person_cluster(cand, persons_full)
            earlier = by_key.get(("person-short", cand.name.lower()))
            if earlier is not None and (cluster is None or _introduced_after(cluster, earlier)):
                cluster = earlier
            if cluster is None:
                cluster = _Cluster("person")
                clusters.append(cluster)
                if len(cand.name.split()) >= 2:
                    persons_full.append(cluster)
                else:
                    by_key[("person-short", cand.name.lower())] = cluster
        else:
            ident = (cand.kind, cand.key or cand.name.lower())
            found = by_key.get(ident)
            if found is None:
                found = _Cluster(cand.kind, display=cand.display, key=cand.key)
                by_key[ident] = found
                clusters.append(found)
            cluster = found
            if cand.country:
                cluster.countries.append(cand.country)
        cluster.cands.append(cand)
        cluster.names.append(cand.name)
        if cand.honorific in roles.MALE_HONORIFICS:
            cluster.gender = "m"
        elif cand.honorific in roles.FEMALE_HONORIFICS:
            cluster.gender = "f"
    # Surname-only clusters that match a full name found later still join it.
    for (tag, name), short in list(by_key.items()):
        if tag != "person-short":
            continue
        governs = all(c.governs for c in short.cands)
        target = _match_full(name, short.gender, persons_full, min(c.start for c in short.cands),
                             governs)
        if target is None and any(c.honorific for c in short.cands) and not governs:
            target = _match_family_first(name, persons_full)
        if target is not None and target is not short:
            _merge_into(target, short, clusters)
            target.gender = target.gender or short.gender
    return clusters


def _merge_into(keep: _Cluster, gone: _Cluster, clusters: list[_Cluster]) -> None:
    """One entity's two clusters become ``keep``: ``gone``'s mentions and names join it and
    ``gone`` leaves the list (what else carries over is the caller's to say)."""
    keep.cands.extend(gone.cands)
    keep.names.extend(gone.names)
    clusters.remove(gone)


def _join_acronyms(doc: Doc, article: Article, clusters: list[_Cluster]) -> None:
    """"The World Food Programme (WFP) reports ... The WFP hopes ...": an acronym the article
    defines in brackets after an organisation's name, its letters the initials of the name's
    capitalised words, is that organisation wherever the article uses it (the definition
    pattern of Schwartz and Hearst 2003, kept to exact initials), whether the model tagged it
    or not ("... for Migration (IOM)" and "IOM, working with troops ...")."""
    by_name = {n: c for c in clusters if c.kind == "org" for n in c.names}
    taken = {i for c in clusters for cand in c.cands for i in range(cand.start, cand.end)}
    for cluster in list(clusters):
        if cluster.kind != "org" or cluster not in clusters:
            continue
        for name in list(dict.fromkeys(cluster.names)):
            acronym = _bracketed_acronym(doc, cluster, name)
            if acronym is None:
                continue
            other = by_name.get(acronym)
            if other is not None and other is not cluster and not other.key:
                _merge_into(cluster, other, clusters)
                for n in other.names:
                    by_name[n] = cluster
            for token in doc:
                if (
                    token.text == acronym
                    and token.i not in taken
                    and article.in_body(token.idx, token.idx + len(token))
                ):
                    cluster.cands.append(_Cand(token.i, token.i + 1, "org", acronym))
                    cluster.names.append(acronym)
                    taken.add(token.i)
            by_name[acronym] = cluster


_INITIALISM = re.compile(r"[A-Z](?:[A-Z&.]{0,8}[A-Z])\.?")


def _join_initialisms(clusters: list[_Cluster]) -> None:
    """"The Coastal Safety Board opened an inquiry ... Investigators from the CSB": news
    writes the name once and the initials after it, often with no brackets to define them.
    An organisation named only by capitals ("CSB", "H&F") is the one organisation of the
    article whose capitalised words have those initials ("Hollis & Ferrante" for "H&F"), a
    leading country word aside ("U.S. Coastal Safety Board"); where two have them, it could be
    either and stays apart. Two letters stand for so much that they need a two-word name the
    article wrote first ("British Petroleum, now BP"): "BP" is not "Barataria Pass", a place
    the model took for an organisation further down."""
    for short in [c for c in clusters if c.kind == "org"]:
        if not any(c is short for c in clusters) or \
                not all(_INITIALISM.fullmatch(n) for n in short.names):
            continue
        letters = {n.replace("&", "").replace(".", "") for n in short.names}
        if len(letters) != 1:
            continue
        acronym = letters.pop()
        if not 2 <= len(acronym) <= 6:
            continue
        targets = [c for c in clusters if c is not short and c.kind == "org"
                   and any(_abbreviates(acronym, n) for n in c.names)]
        if len(targets) != 1 or (short.key and targets[0].key and short.key != targets[0].key):
            continue
        if len(acronym) == 2 and _first_at(targets[0]) > _first_at(short):
            continue  # "BP ... at Barataria Pass": two letters abbreviate only what came first
        keep, gone = (short, targets[0]) if short.key and not targets[0].key else \
            (targets[0], short)
        _merge_into(keep, gone, clusters)
        keep.countries.extend(gone.countries)
        keep.display = keep.display or gone.display


def _first_at(cluster: _Cluster) -> int:
    return min(c.start for c in cluster.cands)


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is the initials of ``name``'s capitalised words ("&" and
    lower-case function words aside), with or without a leading country word."""
    words = [w for w in name.split() if w[:1].isupper()]
    variants = [words]
    if words and (_country_word(words[0].rstrip(".")) or _INITIALISM.fullmatch(words[0])):
        variants.append(words[1:])
    return any(len(v) >= 2 and "".join(w[0] for w in v) == acronym
               and (len(acronym) > 2 or len(v) == 2) for v in variants)


def _bracketed_acronym(doc: Doc, cluster: _Cluster, name: str) -> str | None:
    initials = "".join(w[0] for w in name.split() if w[0].isupper())
    if len(initials) < 2:
        return None
    for cand in cluster.cands:
        if cand.name != name:
            continue
        end = cand.end
        if (
            end + 2 < len(doc)
            and doc[end].text == "("
            and doc[end + 2].text == ")"
            and doc[end + 1].text == initials
        ):
            return initials
    return None


def _mark_offices(doc: Doc, cands: list[_Cand]) -> None:
    """Which bare surnames name a government ("the Obama administration's ban", "the Merkel
    government": the surname modifies a noun of government) and which full names follow the
    title of one who heads a government ("President Barack Obama")."""
    for cand in cands:
        if cand.kind != "person":
            continue
        if cand.end - cand.start == 1:
            token = doc[cand.start]
            head = token.head
            cand.governs = (token.dep_ in ("compound", "poss", "nmod", "amod")
                            and head.i > token.i and head.lemma_.lower() in roles.GOVERNMENT_NOUNS)
        elif cand.start > 0:
            before = doc[cand.start - 1].lower_
            cand.leads = before in roles.LEADER_TITLES or (
                before == "minister" and cand.start > 1 and doc[cand.start - 2].lower_ == "prime")


def _governing(cluster: _Cluster) -> bool:
    """A person the article names as the head of a government, or a known figure of one."""
    if any(c.leads for c in cluster.cands):
        return True
    return any((f := people.by_name(n)) is not None and f.sector == "GOV" for n in cluster.names)


def _person_cluster(cand: _Cand, persons_full: list[_Cluster]) -> _Cluster | None:
    parts = cand.name.split()
    if len(parts) >= 2:
        for cluster in persons_full:
            for known in cluster.names:
                known_parts = known.split()
                # "Javad Zarif" is "Mohammad Javad Zarif"; the reverse holds too.
                if _is_suffix(parts, known_parts) or _is_suffix(known_parts, parts):
                    return cluster
        return None
    gender = None
    if cand.honorific in roles.MALE_HONORIFICS:
        gender = "m"
    elif cand.honorific in roles.FEMALE_HONORIFICS:
        gender = "f"
    found = _match_full(cand.name.lower(), gender, persons_full, cand.start, cand.governs)
    if found is None and cand.honorific is not None and not cand.governs:
        found = _match_family_first(cand.name.lower(), persons_full)
    if found is None and cand.honorific is None and not cand.governs:
        found = _match_given_name(cand.name.lower(), persons_full, cand.start)
    return found


def _match_given_name(name: str, persons_full: list[_Cluster], at: int) -> _Cluster | None:
    """"Jeff Childs wrote a detailed analysis ... 'I have concerns about Jeff's analysis'": a
    known given name alone, with no honorific and no surname of the article matching it, is
    the one person the article has named in full with that given name before it; with two
    such names, or none before, no one."""
    if name not in people.GIVEN_NAMES:
        return None
    matches = [
        c for c in persons_full
        if any(len(n.split()) >= 2 and n.split()[0].lower() == name for n in c.names)
    ]
    if len(matches) != 1:
        return None
    starts = [m.start for m in matches[0].cands if len(m.name.split()) >= 2]
    return matches[0] if starts and min(starts) < at else None


def _match_family_first(name: str, persons_full: list[_Cluster]) -> _Cluster | None:
    """"Mr Ban" after "Ban Ki-moon", "Mr Xi" after "Xi Jinping": where the family name comes
    first, the honorific goes with the first word.  Taken only when no full name ends with
    the word, exactly one two-word name begins with it, and the word is no given name ("Mr
    Paul" is not "Paul Peachy")."""
    if name in people.GIVEN_NAMES:
        return None
    matches = [
        c
        for c in persons_full
        if not any(people.surname(n).lower() == name for n in c.names)
        and any(len(n.split()) == 2 and n.split()[0].lower() == name for n in c.names)
    ]
    return matches[0] if len(matches) == 1 else None


def _is_suffix(short: list[str], long: list[str]) -> bool:
    return len(short) <= len(long) and [p.lower() for p in long[-len(short) :]] == [
        p.lower() for p in short
    ]


def _introduced_after(full: _Cluster, short: _Cluster) -> bool:
    """"President Obama signed ... President Obama played golf ... He and first lady Michelle
    Obama were holding a picnic ... President Obama welcomed ...": a surname the writer has
    used alone since well before a full name ending in it was first said keeps its own
    referent; the later full name is someone else of that family."""
    first_full = min(c.start for c in full.cands if len(c.name.split()) >= 2)
    return first_full - min(c.start for c in short.cands) > SURNAME_LOOKAHEAD


#: How far (in tokens, about three sentences) a bare surname may come before the full name
#: it stands for: a headline's or lead's "Obama" before the body's "Barack Obama".
SURNAME_LOOKAHEAD = 80


def _match_full(
    surname: str, gender: str | None, persons_full: list[_Cluster], at: int,
    governs: bool = False,
) -> _Cluster | None:
    """The person a bare surname at token `at` stands for: the full name with that surname
    said most recently before it, else one said just after it (`SURNAME_LOOKAHEAD`).  A
    surname never reaches forward to a full name far below: in a daily log whose every entry
    reads "President Obama signed ..." the one "first lady Michelle Obama" at its end is not
    the president.  Where the surname's gender is known ("Mr Hayward") and one namesake is
    known to have it, namesakes of unknown gender give way: "Mr Hayward" after "Tony
    Hayward ... his wife, Maureen Hayward" is Tony, whose given name says he is a man.
    A surname that names a government (`governs`: "the Obama administration's ban") is only a
    namesake who heads one (`_governing`), wherever in the article that person is named: not
    "First Lady Michelle Obama" just before it."""
    before: list[tuple[int, _Cluster]] = []
    after: list[tuple[int, _Cluster]] = []
    key = people.surname_key(surname)
    namesakes = [c for c in persons_full
                 if any(people.surname_key(people.surname(n)) == key for n in c.names)]
    known = {id(c): c.gender or next(
        (g for g in map(people.given_name_gender, c.names) if g), None) for c in namesakes}
    if governs:
        namesakes = [c for c in namesakes if _governing(c)]
    if gender is not None and any(known[id(c)] == gender for c in namesakes):
        namesakes = [c for c in namesakes if known[id(c)] == gender]
    for c in namesakes:
        if gender is not None and known[id(c)] not in (None, gender):
            continue
        starts = [m.start for m in c.cands if len(m.name.split()) >= 2]
        earlier = [s for s in starts if s <= at]
        if earlier:
            before.append((max(earlier), c))
        elif starts and (governs or min(starts) - at <= SURNAME_LOOKAHEAD):
            after.append((min(starts), c))
    if before:
        return max(before, key=lambda pair: pair[0])[1]
    return min(after, key=lambda pair: pair[0])[1] if after else None


# ---------------------------------------------------------------- titles and roles


def _read_roles(doc: Doc, cluster: _Cluster) -> None:
    if cluster.kind not in ("person", "org", "location"):
        return
    for cand in cluster.cands:
        for title, country in _titles_for(doc, cand, cluster.kind):
            if not any(t.start == title.start and t.end == title.end for t in cluster.titles):
                cluster.titles.append(title)
            if country:
                cluster.countries.append(country)
    cluster.titles = _distinct_titles(cluster.titles)
    for title in cluster.titles:
        code = roles.sector_of(title.text)
        if code:
            cluster.sectors.append(code)
    if cluster.kind == "org" and cluster.key is None:  # IGOs have no national sector
        code = roles.sector_of(cluster.best_name)
        if code:
            cluster.sectors.append(code)
        if not cluster.countries:  # a described base beats a country in the name
            for name in cluster.names:
                inner = _country_in_words(name)
                if inner:
                    cluster.countries.append(inner)


def _distinct_titles(titles: list[Title]) -> list[Title]:
    """One entry per wording (the first place it is said), in text order."""
    seen: set[str] = set()
    kept: list[Title] = []
    for title in sorted(titles, key=lambda t: (t.start, t.end)):
        key = " ".join(title.text.lower().split())
        if key not in seen:
            seen.add(key)
            kept.append(title)
    return kept


def _titles_for(doc: Doc, cand: _Cand, kind: str) -> list[tuple[Title, str | None]]:
    found: list[tuple[Title, str | None]] = []
    if kind == "person":
        before = _title_before(doc, cand.start)
        if before is not None:
            found.append(before)
        of_country = _of_country_after(doc, cand)
        if of_country is not None:
            found.append(of_country)
        intro = _role_phrase_before(doc, cand.start)
        if intro is not None:
            found.append(intro)
    if kind == "org":
        described = _org_described_before(doc, cand.start) or _based_before(doc, cand.start)
        if described is not None:
            found.append(described)
    appositive = _appositive_after(doc, cand.end)
    if appositive is not None and _looks_like_role(appositive, kind):
        found.append((_title(appositive), _country_in_span(appositive)))
    return found


_DESCRIPTION_MAX_WORDS = 3


def _org_described_before(doc: Doc, start: int) -> tuple[Title, str | None] | None:
    """ "British energy giant BP", "US drilling firm Transocean": a nationality opening the
    words in lower case right before a company's name says whose it is, as "French President"
    does for a person.  The words must end in a singular noun and open the phrase (nothing of
    it runs on before the nationality): one company is one "giant" or "firm", and a plural
    there is a headline's verb the tagger read as a noun ("U.S. pressures Norlund over leak",
    "Canada presses ..."), no description."""
    i = start
    while i > 0 and start - i < _DESCRIPTION_MAX_WORDS and doc[i - 1].is_lower and \
            doc[i - 1].is_alpha and doc[i - 1].pos_ in ("NOUN", "ADJ"):
        i -= 1
    if i == start or i == 0 or doc[start - 1].pos_ != "NOUN" or doc[start - 1].tag_ == "NNS":
        return None
    nationality = doc[i - 1]
    code = _country_word(nationality.text) if nationality.text[:1].isupper() else None
    if code is None or (i >= 2 and doc[i - 2].pos_ in ("NOUN", "PROPN", "ADJ")
                        and not doc[i - 2].is_punct):
        return None
    if nationality.ent_iob_ == "I" or (i >= 2 and doc[i - 2].lower_ == "of"):
        return None  # "the Gulf of Mexico disaster Greenpeace ...": the country ends a place's name
    return _title(doc[i - 1 : start]), code


_BASE_MAX_WORDS = 3


def _based_before(doc: Doc, start: int) -> tuple[Title, str | None] | None:
    """ "London-based BP", "the Houston-based drilling firm Transocean": the place a company
    is based in, said right before its name (a description in lower case may come between),
    says whose it is, as a nationality there does."""
    i = start
    while i > 0 and start - i < _DESCRIPTION_MAX_WORDS and doc[i - 1].is_lower and \
            doc[i - 1].is_alpha and doc[i - 1].pos_ in ("NOUN", "ADJ") and \
            doc[i - 1].lower_ != "based":
        i -= 1
    if i < 3 or not _base_before_based(doc, i - 2):
        return None
    end = first = i - 2
    while first > 0 and end - first < _BASE_MAX_WORDS and doc[first - 1].text[:1].isupper() \
            and not doc[first - 1].is_sent_end:
        first -= 1
        code = geo.place_code(doc[first:end].text) or geo.region_code(doc[first:end].text)
        if code:
            return _title(doc[first:start]), code
    return None


def _title(span: SpacySpan, text: str | None = None) -> Title:
    return Title(text or span.text, span.start_char, span.end_char)


def _title_before(doc: Doc, start: int) -> tuple[Title, str | None] | None:
    """ "French President", "First Vice President", "Ayatollah": title words right before."""
    i = start
    country = None
    while i > 0:
        token = doc[i - 1]
        if token.text == "." and i >= 2 and not doc[i - 2].whitespace_ and \
                "\n" not in token.whitespace_ and doc[i - 2].lower_ in roles.TITLE_HEADS and \
                doc[i - 2].is_title:
            i -= 2  # "Capt." read as "Capt" and a point of its own (the parser may end a
            continue  # sentence there): "Coast Guard Capt. Ana Dahl"
        if token.is_sent_end or "\n" in token.whitespace_:
            break
        low = token.lower_
        if low in roles.HONORIFICS:
            i -= 1
            continue
        if token.is_title and low in roles.TITLE_WORDS and low not in ("of", "the"):
            i -= 1
            continue
        if low == "of" and i >= 2 and i < start and doc[i - 2].lower_ in roles.TITLE_HEADS \
                and doc[i - 2].is_title:
            i -= 2  # "Secretary of State Hillary Clinton", "Minister of Oil Bijan Zanganeh"
            continue
        if token.text in ("-", "‐") and not token.whitespace_ and i >= 2 and \
                not doc[i - 2].whitespace_ and doc[i - 2].lower_ in roles.TITLE_WORDS and \
                doc[i - 2].is_title:
            i -= 2  # "Secretary-General Ban Ki-moon": one title, not "General"
            continue
        # "French President", "US President", "Iran President": a country before the title
        code = _country_word(token.text) if token.text[:1].isupper() else None
        if code and i < start and doc[i].lower_ in roles.TITLE_WORDS:
            country = code
            i -= 1
            continue
        lowered = _lower_case_title(doc, i, start)
        if lowered is not None:
            i, country = lowered
        break
    words = [t for t in doc[i:start] if t.lower_ not in roles.HONORIFICS]
    if not words or not roles.has_title_head([t.text for t in words]):
        return None
    first = _portfolio_before(doc, words[0].i)
    whole = _organisation_start(doc, first)
    if whole < first:
        first, country = whole, None  # "BP America President": America is the company's
    span = doc[first : words[-1].i + 1]
    return _title(span), country


def _organisation_start(doc: Doc, i: int) -> int:
    """Where the organisation's name starts when the title's first word is inside it: "White
    House spokesman", "Environmental Protection Agency administrator", "BP America President"
    (the title took "House", "Agency" or "America", a word of a title, of an organisation
    before a title in lower case or of a country, and the name's start stayed out of it).
    Only where that word ends the name and is no title's head: where the model ran the
    title itself into the name ("Coast Guard Rear Adm.", "U.S. Coast Guard Capt."), the
    title is the person's alone."""
    if doc[i].ent_type_ != "ORG" or doc[i].ent_iob_ != "I" or doc[i].lower_ in roles.TITLE_HEADS:
        return i
    if i + 1 < len(doc) and (doc[i + 1].ent_iob_ == "I" or (
            doc[i].lower_ in roles.TITLE_WORDS and doc[i + 1].is_title
            and doc[i + 1].lower_ in roles.TITLE_WORDS)):
        return i  # "Coast Guard Rear Adm.", "Norlund Managing Director": the model ran the
        # capitalised title into the name, which is not the title's
    j = i
    while j > 0 and doc[j].ent_iob_ == "I" and "\n" not in doc[j - 1].whitespace_:
        j -= 1
    return j if doc[j].ent_iob_ == "B" and doc[j].ent_type_ == "ORG" else i


def _lower_case_title(doc: Doc, i: int, start: int) -> tuple[int, str | None] | None:
    """"US president Barack Obama", "French foreign minister Bernard Kouchner": British
    papers write the title in lower case, and after a country's name or adjective it is still
    the title (where it begins and the country), not words that happen to precede a name."""
    j = i
    while j > 0 and doc[j - 1].lower_ in roles.TITLE_WORDS and not doc[j - 1].is_title and \
            doc[j - 1].lower_ not in ("of", "the"):
        j -= 1
    if j == i or j == 0 or not roles.has_title_head([t.text for t in doc[j:start]]):
        return None
    place = doc[j - 1]
    if place.is_sent_end or "\n" in place.whitespace_ or not place.text[:1].isupper():
        return None
    code = _country_word(place.text)
    if code:
        return j - 1, code
    # "Norvik chief executive Ana Reyes", "Norvik spokesman Nils Aas": the company the title
    # is held at, named right before it, is the title's as a portfolio is
    return (j - 1, None) if _organisation_before_title(place) else None


def _organisation_before_title(token: Token) -> bool:
    """Whether a word right before a title in lower case names an organisation: the model's
    organisation, or a proper noun the article gives as one's name elsewhere."""
    if token.ent_type_ == "ORG":
        return True
    return token.pos_ == "PROPN" and any(
        e.label_ == "ORG" and token.text in {t.text for t in e} for e in token.doc.ents)


def _country_word(word: str) -> str | None:
    """The country a word before a title names: an adjective ("French") or a name ("US")."""
    return geo.demonym_code(word) or geo.country_code(word)


def _portfolio_before(doc: Doc, i: int) -> int:
    """"International Development Secretary Douglas Alexander": capitalised words right
    before the title's head (up to three, the model's organisation or no entity at all, no
    country) name the portfolio, and are part of the title."""
    if i == 0 or doc[i].lower_ not in roles.TITLE_HEADS:
        return i
    first = i
    while (
        first > 0
        and i - first < 3
        and doc[first - 1].is_title
        and doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ")
        and doc[first - 1].ent_type_ in ("ORG", "")
        and "\n" not in doc[first - 1].whitespace_
        and not doc[first - 1].is_sent_end
        and not (geo.country_code(doc[first - 1].text) or geo.demonym_code(doc[first - 1].text))
    ):
        first -= 1
    if first > 0 and doc[first - 1].ent_type_ == "ORG" and doc[first].ent_iob_ == "I":
        return i  # the run began inside a longer organisation's name: not a portfolio
    return first


def _of_country_after(doc: Doc, cand: _Cand) -> tuple[Title, str | None] | None:
    """ "President Hassan Rouhani of Iran": the title before the name, the country after."""
    end = cand.end
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    place = doc[end + 1]
    j = end + 1
    if place.lower_ == "the" and j + 1 < len(doc):
        j += 1
    k = j
    while k < len(doc) and doc[k].ent_type_ in ("GPE", "LOC") and doc[k].ent_iob_ != "O":
        k += 1
        if k < len(doc) and doc[k].ent_iob_ == "B":
            break
    if k == j:
        return None
    code = geo.country_code(doc[j:k].text)
    if code is None:
        return None
    before = _title_before(doc, cand.start)
    if before is None:
        return None
    title_text = f"{before[0].text} of {doc[j:k].text}"
    return Title(title_text, before[0].start, doc[k - 1].idx + len(doc[k - 1])), code


def _appositive_after(doc: Doc, end: int) -> SpacySpan | None:
    """The noun phrase after "NAME," that says who NAME is, cut before any relative clause."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    first = doc[end + 1]
    if (
        first.pos_ not in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON")
        or first.text in _QUOTE_CHARS
    ):
        return None
    if first.pos_ == "PRON" and first.tag_ != "PRP$":
        return None
    stop = end + 1
    limit = min(len(doc), end + 30)
    while stop < limit:
        token = doc[stop]
        if token.text in (",", ".", ";", ":", "—", "–", "(", ")"):
            break
        if token.text in _QUOTE_CHARS and token.tag_ != "POS":  # "Farmers' Union" goes on
            break
        if token.lower_ in grammar.CLAUSE_OPENERS and stop > end + 2:
            break
        if token.pos_ in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBG"):
            return None  # a clause, not a description: "Trump, he said"
        if token.pos_ == "VERB" and token.dep_ in ("advcl", "ccomp", "xcomp", "csubj", "ROOT"):
            return None  # a participle's clause: "BP, all the while asserting its authority"
        if "\n" in token.whitespace_:
            stop += 1
            break
        stop += 1
    if stop <= end + 1:
        return None
    span = doc[end + 1 : stop]
    if not any(t.pos_ in ("NOUN", "PROPN") for t in span):
        return None
    return span


def _looks_like_role(span: SpacySpan, kind: str) -> bool:
    """Keep descriptions ("a senior adviser to", "a Tehran newspaper"), drop lists of names."""
    heads = {t.lower_ for t in span if t.pos_ == "NOUN"}
    if span.root.lemma_.lower() in lexicon.CLAIM_NOUNS | lexicon.LIGHT_NOUNS:
        return False  # "... pressure on BP, a theory advanced by Sarah Palin": the clause's
    if kind == "person" and _names_someone_else(span):
        return False
    if _lists_names(span) or _lists_things(span):
        return False
    if kind == "org" and span.root.lower_ in roles.PERSON_ROLE_NOUNS:
        return False  # "the Bureau, an administration official, who asked ..., told Reuters"
    if kind == "person":
        return bool(heads) and (
            bool(heads & roles.ROLE_NOUNS)
            or roles.sector_of(span.text) is not None
            or span[0].lower_ in ("a", "an", "the")
        )
    return bool(heads) and (
        bool(lexicon.ORGANISATION_NOUN.search(span.text)) or span[0].lower_ in ("a", "an")
        # "BP, the British oil giant": a nationality and a noun say whose it is
        or (span[0].lower_ == "the" and span.root.pos_ == "NOUN"
            and any(t.is_title and _country_word(t.text) for t in span[1:]))
    )


def _lists_names(span: SpacySpan) -> bool:
    """The phrase goes on a list of names rather than saying who or what the name is: "BP,
    Transocean and a third firm, Halliburton" (a name with a conjunct of its own), "Breton
    Sound, the Chandeleur Islands and areas directly north"; a name inside a role ("head of
    Exxon and Shell", "Iran's minister") is what the role is of and keeps it."""
    return any(
        e.label_ in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
        and e.root.dep_ not in ("pobj", "poss", "compound", "amod", "nmod")
        and (e.root.dep_ == "conj" or any(c.dep_ == "conj" for c in e.root.children))
        for e in span.ents
    )


def _lists_things(span: SpacySpan) -> bool:
    """The phrase goes on a list of what was named with the name: it ends on its conjunction
    ("for Hayward, his globe-straddling company and, of course, the Gulf") or joins three
    ("ferrying Hayward, a Reuters reporter and photographer and the ABC crew to the ship");
    "the president and chief executive" is one person's two roles."""
    conjunctions = [t for t in span if t.dep_ == "cc" or t.lower_ in ("and", "or")]
    return span[-1].lower_ in ("and", "or") or len(conjunctions) >= 2


def _names_someone_else(span: SpacySpan) -> bool:
    """A person named in the phrase other than as whom a role is of or to: "Vice President Joe
    Biden, Chief of Staff Rahm Emanuel and senior adviser Valerie Jarrett" is the next names
    of a list, not who Biden is; "an adviser to President Barack Obama" keeps its role."""
    return any(e.label_ == "PERSON" and e.root.dep_ not in ("pobj", "poss")
               for e in span.ents)


def _role_phrase_before(doc: Doc, start: int) -> tuple[Title, str | None] | None:
    """ "Iran's foreign minister, Mohammad Javad Zarif": the role phrase the name explains."""
    i = start
    while i > 0 and doc[i - 1].lower_ in roles.HONORIFICS | {"ayatollah"}:
        i -= 1
    if i < 2 or doc[i - 1].text != ",":
        return None
    j = i - 1  # the comma
    k = j
    while k > 0 and j - k < 8:
        token = doc[k - 1]
        if token.is_sent_end and k - 1 < j - 1:
            break
        if (
            token.pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PART")
            or token.text in ("'s", "’s")
            or token.tag_ == "PRP$"
        ):
            k -= 1
            continue
        break
    if k == j:
        return None
    span = doc[k:j]
    nouns = [t for t in span if t.pos_ == "NOUN"]
    if not nouns or nouns[-1].lower_ not in roles.ROLE_NOUNS:
        return None
    # The phrase must end in the role noun: "Iran's supreme leader", not "talks with Iran".
    if span[-1].pos_ != "NOUN":
        return None
    if _role_of_fronted_phrase(doc, nouns[-1], i):
        return None
    # Strip leading words that belong to the preceding clause ("invite Iran's ...").
    while len(span) > 1 and span[0].pos_ in ("VERB", "ADP"):
        span = span[1:]
    return _title(span), _country_in_span(span)


def _role_of_fronted_phrase(doc: Doc, role: Token, start: int) -> bool:
    """Whether the role noun before the comma closes a phrase fronted before the name's own
    clause, whose subject the name is: "In an open letter to the US president, Napier said
    ...", "After meeting the foreign secretary, Lind said ...".  The president is whom Napier
    wrote to, not Napier; a role the name explains is its subject or the name's appositive
    ("The foreign secretary, Ida Vik, said", "talks with Norway's foreign minister, Ida Vik,")."""
    name = doc[start]
    while name.i + 1 < len(doc) and doc[name.i + 1].pos_ == "PROPN" and name.dep_ == "compound":
        name = doc[name.i + 1]
    return name.dep_ in ("nsubj", "nsubjpass") and role.dep_ in ("pobj", "dobj") and \
        name not in role.subtree and role not in name.subtree


def _country_in_span(span: SpacySpan) -> str | None:
    """The first country the phrase names; a place of several words is read whole ("a New
    Jersey senator" is American, not of Jersey); an international body's acronym is the
    body's ("a UN spokeswoman"), and where someone is ("in Geneva") is not whose."""
    for token in span:
        if token.is_upper and len(token) > 1 and token.text not in ("U.S.",):
            body = geo.igo(token.text)
            if body:
                return body[0]
        if not token.is_title and not (token.is_upper and len(token) > 1) and \
                token.text not in ("U.S.",):
            continue  # a word in lower case, or a capital alone
        if _located(token):
            continue  # "the deputy commander for relief operations in Haiti": where, not whose
        if _acted_on(token, span):
            continue  # "an official ... visiting Haiti", "sending assistance to Haiti"
        if _in_sea_name(token.doc, token.i, token.i + 1):
            continue  # "the Institute for Gulf of Mexico Studies": a sea is no state's
        place = next((e for e in span.ents if e.start <= token.i < e.end
                      and e.label_ in ("GPE", "LOC", "NORP") and len(e) > 1), None)
        if place is not None:
            code = geo.place_code(place.text)
            if code:
                return code
            continue
        if _demonym_as_noun(token):
            continue  # "a crabber from Welsh": a town's name (or a language), not a Welshman
        code = geo.demonym_code(token.text) or geo.country_code(token.text)
        if code:
            return code
    for ent in span.ents:
        if any(_demonym_as_noun(t) for t in ent):
            continue
        if _located(ent.root) or _acted_on(ent.root, span):
            continue  # "a spokeswoman in Geneva" works there, for no state of its own
        if _in_sea_name(span.doc, ent.start, ent.end):
            continue
        if ent.label_ in ("GPE", "NORP"):
            code = geo.place_code(ent.text)
            if code:
                return code
    return None


def _acted_on(token: Token, span: SpacySpan) -> bool:
    """Whether a name in a title hangs on a participle of the title before it: what the role
    acts on ("an official ... visiting Haiti", "an organisation sending assistance to Haiti"),
    not whose the role is."""
    node = token
    while node.head.i != node.i and span.start <= node.head.i < span.end:
        node = node.head
        if node.tag_ in ("VBG", "VBN") and node.pos_ == "VERB" and node.i < token.i:
            return True  # not "a New York-based group", whose base is whose it is
    return False


def _demonym_as_noun(token: Token) -> bool:
    """Whether a nationality word stands as the object of a preposition ("from Welsh",
    "translated into French"): there it is a noun, a place's name or a language, and says
    nothing of whose the phrase is; the adjective ("a Welsh crabber") does."""
    return (token.dep_ == "pobj" and geo.country_code(token.text) is None
            and geo.demonym_code(token.text) is not None)


def _located(token: Token) -> bool:
    """Whether a name is where something is ("in Geneva", "at the port of Haifa")."""
    root = token
    while root.dep_ == "compound" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ in ("in", "at", "near")


def _country_in_words(name: str) -> str | None:
    for size in (3, 2, 1):
        words = name.split()
        for i in range(len(words) - size + 1):
            code = geo.country_code(" ".join(words[i : i + size]))
            if code and not _names_sea(words, i, i + size):
                return code
    return None


def _names_sea(words: list[str], start: int, end: int) -> bool:
    """Whether ``words[start:end]`` are part of a sea's name: after a capitalised water word
    and "of" ("Gulf of Mexico", "Sea of Japan") or before one ("South China Sea", "Irish
    Sea").  A gulf or a sea belongs to no state (``lexicon.WATER_BODY_WORDS``)."""
    def water(word: str) -> bool:
        return word[:1].isupper() and word.lower() in lexicon.WATER_BODY_WORDS

    after_of = start >= 2 and words[start - 1].lower() == "of" and water(words[start - 2])
    return after_of or (end < len(words) and water(words[end]))


def _in_sea_name(doc: Doc, start: int, end: int) -> bool:
    """``_names_sea`` on the tokens ``doc[start:end]``, reading only the words around them."""
    low = max(0, start - 2)
    return _names_sea([t.text for t in doc[low : end + 1]], start - low, end - low)


def _inherit_countries(doc: Doc, clusters: list[_Cluster]) -> None:
    """ "an adviser to Mr. Jahangiri" works for Mr. Jahangiri's country."""
    by_name: dict[str, _Cluster] = {}
    for cluster in clusters:
        if cluster.kind == "person":
            for name in cluster.names:
                by_name[people.surname(name).lower()] = cluster
    for cluster in clusters:
        if cluster.countries or cluster.kind != "person":
            continue
        for title in cluster.titles:
            match = re.search(
                r"\b(?:to|of|for)\s+(?:Mr\.|Ms\.|Mrs\.|Dr\.)?\s*([A-Z][\w'-]+)", title.text
            )
            if match:
                boss = by_name.get(match.group(1).lower())
                if boss is not None and boss is not cluster and boss.countries:
                    cluster.countries.append(_most_common(boss.countries))
                    cluster.affiliation = boss.best_name


def _inherit_organisations(clusters: list[_Cluster]) -> None:
    """ "a spokeswoman for Tejo Vivo" belongs to Tejo Vivo: its sector, country and name.

    A role word's generic sector ("spokeswoman" reads as government) is wrong when the title
    names the organisation the person works for, so the organisation's sector wins.
    """
    orgs = [c for c in clusters if c.kind == "org"]
    for cluster in clusters:
        if cluster.kind != "person":
            continue
        employer = next(
            (org for title in cluster.titles if (org := _named_org(title.text, orgs))), None
        )
        if employer is None:
            continue
        cluster.affiliation = employer.best_name
        if employer.sectors:
            cluster.sectors.insert(0, employer.sectors[0])
        if employer.countries and not cluster.countries:
            cluster.countries.append(_most_common(employer.countries))


def _named_org(title: str, orgs: list[_Cluster]) -> _Cluster | None:
    for org in orgs:
        for name in org.names:
            if re.search(rf"\b(?:of|for|at|to|with)\s+(?:the\s+)?{re.escape(name)}\b", title):
                return org
    return None


def _most_common(values: list[str]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for v in values:
        counts[v] += 1
    return max(sorted(counts), key=lambda v: counts[v])


# ---------------------------------------------------------------- output


def _to_actors(doc: Doc, clusters: list[_Cluster]) -> tuple[list[Actor], list[Mention]]:
    actors: list[Actor] = []
    mentions: list[Mention] = []
    text = doc.text  # rebuilt from every token on each access: read it once
    for cluster in clusters:
        name = cluster.best_name
        country = _most_common(cluster.countries) if cluster.countries else None
        sector = cluster.sectors[0] if cluster.sectors else None
        if cluster.kind == "person":
            figure = people.by_name(name)
            if figure is None and len(name.split()) == 1:
                figure = people.by_surname(name, cluster.gender)
            if figure is not None:
                name = figure.name
                country = country or figure.country
                sector = sector or figure.sector
            elif len(name.split()) == 1:
                country = country or people.surname_country(name, cluster.gender)
        if cluster.kind == "org" and country is None:
            # "Hamas", "the Taliban", "the Kremlin": named without their country
            country = next((c for c in map(geo.national_code, [name, *sorted(cluster.names)])
                            if c), None)
        if cluster.kind == "country":
            sector = None
        ident = actor_id(cluster.kind, name, cluster.key)
        spans = sorted(
            {
                Span(doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1]))
                for c in cluster.cands
            }
        )
        aliases = sorted({n for n in cluster.names if n != name})
        affiliation = cluster.affiliation
        if affiliation is None and country and cluster.kind in ("person", "org"):
            affiliation = geo.country_name(country) if len(country) == 3 else None
        actors.append(
            Actor(
                ident,
                name,
                cluster.kind,
                aliases,
                list(cluster.titles),
                affiliation,
                country,
                sector,
                spans,
            )
        )
        for span in spans:
            mentions.append(
                Mention(span.start, span.end, text[span.start : span.end], cluster.kind, ident)
            )
    actors = _merge_same_id(actors)
    actors.sort(key=lambda a: a.id)
    mentions.sort(key=lambda m: (m.start, m.end))
    return actors, mentions


def _merge_same_id(actors: list[Actor]) -> list[Actor]:
    """Two clusters can reach one id through the gazetteer ("Trump" and "Donald Trump")."""
    merged: dict[str, Actor] = {}
    for actor in actors:
        kept = merged.get(actor.id)
        if kept is None:
            merged[actor.id] = actor
            continue
        kept.aliases = sorted(set(kept.aliases) | set(actor.aliases))
        kept.titles = sorted(kept.titles + actor.titles, key=lambda t: (t.start, t.end))
        kept.mentions = sorted(set(kept.mentions) | set(actor.mentions))
        kept.country = kept.country or actor.country
        kept.sector = kept.sector or actor.sector
        kept.affiliation = kept.affiliation or actor.affiliation
    return list(merged.values())
