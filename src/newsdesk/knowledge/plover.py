"""PLOVER event ontology and the English lexicon that maps predicates onto it.

The ontology (``data/plover.json``: types, modes, scores, CAMEO roots, sectors) follows the
PLOVER manual, draft 2.0, so that the JSON we emit can be compared with any other PLOVER coder.
The lexicon (``data/plover-lexicon.json``) is ours: short lists of verbs and nouns whose sense in
news prose is stable enough to code without a trained model, each with its senses in the order
they are tried.  A predicate that is not listed there produces no event by rule: we prefer
silence to a guess (the learned model may still code it; a verb WordNet puts beside a lexicon
verb, ``data/plover-verb-synonyms.json``, gives it that verb's senses as evidence).  The files
are checked when loaded (``load_ontology``, ``load_lexicon``, ``load_synonyms``): a type or mode
the manual does not define, an unknown word class, a lemma listed twice, stops the import with
a message naming the file and the entry.

Decisions where the manual is more specific than everyday usage (each one is a sense in the
lexicon):

* Actually freeing captives is RETREAT `release`; pardons and amnesties are CONCEDE.
* Inviting someone, offering anything, and promising future cooperation are AGREE; signing or
  finalising an agreement is SUPPORT.
* Leaving or abandoning an agreement, halting talks and recalling diplomats are reductions of an
  existing cooperative relation: SANCTION `withdraw`.  RETREAT `withdraw` is reserved for pulling
  forces out of a place.
* International sanctions are SANCTION `discontinue`.
* Shooting down an aircraft or drone with an unstated weapon is ASSAULT `destroy` (the manual's
  residual mode: the mode names the means, and the drone is the target, not the means).
* Showing off or readying weapons (unveiling a missile system, raising uranium enrichment) is
  MOBILIZE `weapons`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsdesk.knowledge import loader

_ONTOLOGY = "plover.json"
_LEXICON = "plover-lexicon.json"
_CAMEO = re.compile(r"^\d\d$")
_CLASS = re.compile(r"^[A-Z][A-Z_]*$")


@dataclass(frozen=True)
class Mode:
    score: float | None  # None: the type's score applies
    cameo: str | None  # None: the type's root applies


@dataclass(frozen=True)
class EventType:
    quad: str
    score: float
    cameo: str
    modes: dict[str, Mode]


@dataclass(frozen=True)
class Ontology:
    sectors: dict[str, str]  # code -> what it covers
    types: dict[str, EventType]  # in the manual's order


def _score(file: str, entry: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not -10 <= value <= 10:
        raise loader.DataError(file, entry, f"score {value!r} is not a number in -10 .. 10")
    return float(value)


def _cameo(file: str, entry: str, value: Any) -> str:
    if not isinstance(value, str) or not _CAMEO.match(value):
        raise loader.DataError(file, entry, f"CAMEO root {value!r} is not two digits")
    return value


def _sector_code(file: str, entry: str, code: Any) -> str:
    if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
        raise loader.DataError(file, entry, f"{code!r} is no three-letter sector code")
    return code


def load_ontology(data: dict[str, Any], file: str = _ONTOLOGY) -> Ontology:
    """Check ``plover.json``: three-letter sector codes; per type a quad class, a score, a
    CAMEO root and its modes."""
    loader.section(file, data, "sectors", "types")
    sectors = loader.mapping(
        file, "sectors", data["sectors"],
        lambda code, text: loader.text(file, f"sectors.{code}", text), _sector_code,
    )
    raw = data["types"]
    if not isinstance(raw, dict) or not raw:
        raise loader.DataError(file, "types", "must be a non-empty object")
    types: dict[str, EventType] = {}
    for name, entry in raw.items():
        where = f"types.{name}"
        if not re.fullmatch(r"[A-Z]+", name):
            raise loader.DataError(file, where, "a type is an upper-case word")
        loader.record(file, where, entry, {"quad", "score", "cameo", "modes"}, set())
        modes: dict[str, Mode] = {}
        if not isinstance(entry["modes"], dict):
            raise loader.DataError(file, f"{where}.modes", "must be an object")
        for mode, spec in entry["modes"].items():
            at = f"{where}.modes.{loader.word(file, f'{where}.modes', mode)}"
            loader.record(file, at, spec, set(), {"score", "cameo"})
            modes[mode] = Mode(
                _score(file, at, spec["score"]) if "score" in spec else None,
                _cameo(file, at, spec["cameo"]) if "cameo" in spec else None,
            )
        types[name] = EventType(
            loader.one_of(file, where, entry["quad"], _QUADS, "quad class"),
            _score(file, where, entry["score"]),
            _cameo(file, where, entry["cameo"]),
            modes,
        )
    return Ontology(sectors, types)


_QUADS = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
_ONTOLOGY_TABLES = load_ontology(loader.read(_ONTOLOGY))

TYPES: tuple[str, ...] = tuple(_ONTOLOGY_TABLES.types)
MODES: dict[str, tuple[str, ...]] = {
    name: tuple(t.modes) for name, t in _ONTOLOGY_TABLES.types.items()
}
QUAD: dict[str, str] = {name: t.quad for name, t in _ONTOLOGY_TABLES.types.items()}
SECTORS: frozenset[str] = frozenset(_ONTOLOGY_TABLES.sectors)


def intensity(event_type: str, mode: str | None) -> float:
    """The manual's score for the mode when it has one, else the type's."""
    found = _ONTOLOGY_TABLES.types[event_type]
    scored = found.modes.get(mode) if mode is not None else None
    return scored.score if scored is not None and scored.score is not None else found.score


def cameo_root(event_type: str, mode: str | None) -> str:
    """Two-digit CAMEO root code, so that older CAMEO-based tools can read our events."""
    found = _ONTOLOGY_TABLES.types[event_type]
    own = found.modes.get(mode) if mode is not None else None
    return own.cameo if own is not None and own.cameo is not None else found.cameo


# ---------------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Rule:
    """One sense of a predicate, with the argument evidence that selects it.

    ``objects`` lists the lemmas the object head (direct object, passive subject, or for nouns
    the "of" complement) must have; ``preps`` the prepositions one of which must be attached
    (with any complement); ``particle`` a verb particle ("sit down", "pull out").  ``exclude``
    vetoes the rule for object lemmas that change the sense ("meet a deadline").  ``reflexive``
    requires a reflexive object ("reversed itself"); ``intransitive`` that the verb have no
    object and no clausal complement ("demonstrated how the boom works" shows, it does not
    protest).  ``swap`` marks verbs whose grammatical object performs the event ("host": the
    guest is the visitor).  ``gov_ok`` says the subject must be a state or official for the
    rule to apply, ``gov_not`` that it must not be (a government protesting is ACCUSE, a crowd
    protesting is PROTEST).
    """

    type: str
    mode: str | None = None
    objects: frozenset[str] | None = None
    preps: frozenset[str] | None = None
    particle: str | None = None
    exclude: frozenset[str] = frozenset()
    reflexive: bool = False
    swap: bool = False
    needs_object: bool = False
    intransitive: bool = False
    gov_ok: bool = False
    gov_not: bool = False


@dataclass(frozen=True)
class Lexicon:
    classes: dict[str, frozenset[str]]
    verbs: dict[str, tuple[Rule, ...]]
    nouns: dict[str, tuple[Rule, ...]]
    carrier_verbs: frozenset[str]
    threat_contents: tuple[tuple[str, frozenset[str]], ...]
    request_contents: tuple[tuple[str, frozenset[str]], ...]
    state_heads: frozenset[str]
    government_heads: frozenset[str]
    container_heads: frozenset[str]
    membership_heads: frozenset[str]
    taking_part_heads: frozenset[str]
    crowd_nouns: frozenset[str]
    agent_nouns: frozenset[str]
    group_sectors: dict[str, str]
    official_sectors: frozenset[str]
    relief_words: frozenset[str]
    mutual_idioms: dict[str, tuple[Rule, ...]]


_FLAGS = ("reflexive", "swap", "needs_object", "intransitive", "gov_ok", "gov_not")
_WORD_SETS = ("objects", "preps", "exclude")


class _Reader:
    """Checks the lexicon against an ontology, entry by entry."""

    def __init__(self, file: str, ontology: Ontology) -> None:
        self.file = file
        self.ontology = ontology
        self.classes: dict[str, frozenset[str]] = {}

    def word_set(self, entry: str, value: Any) -> frozenset[str]:
        """A word list where "@CLASS" adds a class and "-word" takes a word out, in order."""
        if not isinstance(value, list) or not value:
            raise loader.DataError(self.file, entry, "must be a non-empty list of words")
        found: set[str] = set()
        for item in value:
            if isinstance(item, str) and item.startswith("@"):
                if item[1:] not in self.classes:
                    raise loader.DataError(self.file, entry, f"unknown class {item!r}")
                found |= self.classes[item[1:]]
            elif isinstance(item, str) and item.startswith("-"):
                gone = loader.word(self.file, entry, item[1:])
                if gone not in found:
                    raise loader.DataError(self.file, entry, f"{item!r} takes out nothing")
                found.discard(gone)
            elif loader.word(self.file, entry, item) in found:
                raise loader.DataError(self.file, entry, f"{item!r} is listed already")
            else:
                found.add(item)
        return frozenset(found)

    def event_type(self, entry: str, value: Any) -> str:
        return loader.one_of(self.file, entry, value, self.ontology.types, "PLOVER type")

    def mode(self, entry: str, event_type: str, value: Any) -> str:
        return loader.one_of(
            self.file, entry, value, self.ontology.types[event_type].modes,
            f"{event_type} mode",
        )

    def rule(self, entry: str, spec: Any) -> Rule:
        loader.record(self.file, entry, spec, {"type"},
                      {"mode", "particle", *_WORD_SETS, *_FLAGS})
        event_type = self.event_type(entry, spec["type"])
        sets = {key: self.word_set(f"{entry}.{key}", spec[key])
                for key in _WORD_SETS if key in spec}
        for flag in _FLAGS:
            if flag in spec and spec[flag] is not True:
                raise loader.DataError(self.file, f"{entry}.{flag}", "a flag is true or absent")
        if spec.get("gov_ok") and spec.get("gov_not"):
            raise loader.DataError(self.file, entry, "gov_ok and gov_not exclude each other")
        return Rule(
            event_type,
            self.mode(entry, event_type, spec["mode"]) if "mode" in spec else None,
            sets.get("objects"),
            sets.get("preps"),
            loader.word(self.file, f"{entry}.particle", spec["particle"])
            if "particle" in spec else None,
            sets.get("exclude", frozenset()),
            reflexive="reflexive" in spec,
            swap="swap" in spec,
            needs_object="needs_object" in spec,
            intransitive="intransitive" in spec,
            gov_ok="gov_ok" in spec,
            gov_not="gov_not" in spec,
        )

    def senses(self, table: str, value: Any) -> dict[str, tuple[Rule, ...]]:
        def check(lemma: str, rules: Any) -> tuple[Rule, ...]:
            where = f"{table}.{lemma}"
            if not isinstance(rules, list) or not rules:
                raise loader.DataError(self.file, where, "must list at least one sense")
            found = tuple(self.rule(f"{where}[{n}]", r) for n, r in enumerate(rules))
            for n, sense in enumerate(found):
                if sense in found[:n]:
                    raise loader.DataError(self.file, f"{where}[{n}]", "repeats a sense")
            return found

        return loader.mapping(self.file, table, value, check)

    def contents(self, table: str, value: Any, event_type: str) -> tuple[
            tuple[str, frozenset[str]], ...]:
        if not isinstance(value, list) or not value:
            raise loader.DataError(self.file, table, "must be a non-empty list")
        found = []
        for n, spec in enumerate(value):
            where = f"{table}[{n}]"
            loader.record(self.file, where, spec, {"mode", "words"}, set())
            found.append((self.mode(where, event_type, spec["mode"]),
                          self.word_set(f"{where}.words", spec["words"])))
        return tuple(found)

    def sectors(self, entry: str, value: Any) -> frozenset[str]:
        if not isinstance(value, list) or not value or len(set(map(str, value))) != len(value):
            raise loader.DataError(self.file, entry, "must list distinct sector codes")
        return frozenset(
            loader.one_of(self.file, entry, code, self.ontology.sectors, "PLOVER sector")
            for code in value
        )


def load_lexicon(data: dict[str, Any], ontology: Ontology | None = None,
                 file: str = _LEXICON) -> Lexicon:
    """Check ``plover-lexicon.json`` against the ontology: every type and mode the manual's,
    every @CLASS defined, every word list free of repeats, every sector a PLOVER sector."""
    reader = _Reader(file, ontology or _ONTOLOGY_TABLES)
    loader.section(file, data, "classes", "verbs", "nouns", "carrier_verbs", "threat_contents",
                   "request_contents", "state_heads", "government_heads", "container_heads",
                   "membership_heads", "taking_part_heads", "crowd_nouns", "agent_nouns",
                   "group_sectors", "official_sectors", "relief_words", "mutual_idioms")
    classes = data["classes"]
    if not isinstance(classes, dict) or not classes:
        raise loader.DataError(file, "classes", "must be a non-empty object")
    for name, members in classes.items():
        if not _CLASS.match(name):
            raise loader.DataError(file, f"classes.{name}", "a class name is upper case")
        reader.classes[name] = reader.word_set(f"classes.{name}", members)
    group_sectors: dict[str, str] = {}
    raw = data["group_sectors"]
    if not isinstance(raw, dict) or not raw:
        raise loader.DataError(file, "group_sectors", "must be a non-empty object")
    for code, heads in raw.items():
        where = f"group_sectors.{code}"
        loader.one_of(file, where, code, reader.ontology.sectors, "PLOVER sector")
        for head in sorted(loader.words(file, where, heads)):
            if head in group_sectors:
                raise loader.DataError(file, where, f"{head!r} is {group_sectors[head]} already")
            group_sectors[head] = code
    idioms = reader.senses("mutual_idioms", data["mutual_idioms"])
    for lemma, rules in idioms.items():
        if any(rule.objects is None for rule in rules):
            raise loader.DataError(file, f"mutual_idioms.{lemma}",
                                   "an idiom names the objects that make it")
    return Lexicon(
        dict(reader.classes),
        reader.senses("verbs", data["verbs"]),
        reader.senses("nouns", data["nouns"]),
        loader.words(file, "carrier_verbs", data["carrier_verbs"]),
        reader.contents("threat_contents", data["threat_contents"], "THREATEN"),
        reader.contents("request_contents", data["request_contents"], "REQUEST"),
        loader.words(file, "state_heads", data["state_heads"]),
        loader.words(file, "government_heads", data["government_heads"]),
        loader.words(file, "container_heads", data["container_heads"]),
        loader.words(file, "membership_heads", data["membership_heads"]),
        loader.words(file, "taking_part_heads", data["taking_part_heads"]),
        loader.words(file, "crowd_nouns", data["crowd_nouns"]),
        loader.words(file, "agent_nouns", data["agent_nouns"]),
        group_sectors,
        reader.sectors("official_sectors", data["official_sectors"]),
        loader.words(file, "relief_words", data["relief_words"]),
        idioms,
    )


_LEXICON_TABLES = load_lexicon(loader.read(_LEXICON))

# Verb lemmas and event nouns to their senses, best first.
VERBS: dict[str, tuple[Rule, ...]] = _LEXICON_TABLES.verbs
NOUNS: dict[str, tuple[Rule, ...]] = _LEXICON_TABLES.nouns
CLASSES: dict[str, frozenset[str]] = _LEXICON_TABLES.classes
CARRIER_VERBS: frozenset[str] = _LEXICON_TABLES.carrier_verbs
THREAT_CONTENTS: tuple[tuple[str, frozenset[str]], ...] = _LEXICON_TABLES.threat_contents
REQUEST_CONTENTS: tuple[tuple[str, frozenset[str]], ...] = _LEXICON_TABLES.request_contents
STATE_HEADS: frozenset[str] = _LEXICON_TABLES.state_heads
GOVERNMENT_HEADS: frozenset[str] = _LEXICON_TABLES.government_heads
CONTAINER_HEADS: frozenset[str] = _LEXICON_TABLES.container_heads
MEMBERSHIP_HEADS: frozenset[str] = _LEXICON_TABLES.membership_heads
TAKING_PART_HEADS: frozenset[str] = _LEXICON_TABLES.taking_part_heads
CROWD_NOUNS: frozenset[str] = _LEXICON_TABLES.crowd_nouns
AGENT_NOUNS: frozenset[str] = _LEXICON_TABLES.agent_nouns
# lemmas that make a doer relief workers or a relief body ("a search and rescue team")
RELIEF_WORDS: frozenset[str] = _LEXICON_TABLES.relief_words
GROUP_SECTORS: dict[str, str] = _LEXICON_TABLES.group_sectors
OFFICIAL_SECTORS: frozenset[str] = _LEXICON_TABLES.official_sectors
# "traded blame", "exchanged accusations": verbs whose object makes an idiom of acts done to
# each other, with the senses it takes; every party named is an actor (``senses.verb_senses``)
MUTUAL_IDIOMS: dict[str, tuple[Rule, ...]] = _LEXICON_TABLES.mutual_idioms

# ------------------------------------------------------------------------- verb synonyms

_SYNONYMS = "plover-verb-synonyms.json"


def load_synonyms(data: dict[str, Any], verbs: dict[str, tuple[Rule, ...]],
                  file: str = _SYNONYMS) -> dict[str, tuple[str, ...]]:
    """Check ``plover-verb-synonyms.json`` (built from WordNet by
    ``benchmarks/build_verb_synonyms.py``) against the lexicon's verbs: every key a verb the
    lexicon does not know, every target one it does, listed once."""
    loader.section(file, data, "verbs")

    def check(lemma: str, targets: Any) -> tuple[str, ...]:
        where = f"verbs.{lemma}"
        if lemma in verbs:
            raise loader.DataError(file, where, "the lexicon knows this verb already")
        if not isinstance(targets, list) or not targets:
            raise loader.DataError(file, where, "must list at least one lexicon verb")
        for n, target in enumerate(targets):
            if target not in verbs:
                raise loader.DataError(file, f"{where}[{n}]", f"{target!r} is no lexicon verb")
            if target in targets[:n]:
                raise loader.DataError(file, f"{where}[{n}]", f"{target!r} is listed already")
        return tuple(targets)

    return loader.mapping(file, "verbs", data["verbs"], check)


# A verb the lexicon does not know -> the lexicon verbs WordNet puts in one of its first
# synsets, best first: its senses are tried through theirs (``senses.verb_senses``), and the
# candidate is marked as found by synonym for the learned model.  WordNet is not read at run
# time: the table is built once and shipped.
VERB_SYNONYMS: dict[str, tuple[str, ...]] = load_synonyms(loader.read(_SYNONYMS), VERBS)


# ------------------------------------------------------------------------- verb hypernyms

_HYPERNYMS = "verb-hypernyms.json"
_OFFSET = re.compile(r"^[0-9]{8}$")


def load_hypernyms(data: dict[str, Any], file: str = _HYPERNYMS) -> dict[str, tuple[str, ...]]:
    """Check ``verb-hypernyms.json`` (built from WordNet by
    ``benchmarks/build_verb_hypernyms.py``): every verb maps to WordNet synset offsets, each
    listed once."""
    loader.section(file, data, "verbs")

    def check(lemma: str, places: Any) -> tuple[str, ...]:
        where = f"verbs.{lemma}"
        if not isinstance(places, list) or not places:
            raise loader.DataError(file, where, "must list at least one synset")
        for n, place in enumerate(places):
            if not isinstance(place, str) or not _OFFSET.match(place):
                raise loader.DataError(file, f"{where}[{n}]", f"{place!r} is no synset offset")
            if place in places[:n]:
                raise loader.DataError(file, f"{where}[{n}]", f"{place!r} is listed already")
        return tuple(places)

    return loader.mapping(file, "verbs", data["verbs"], check)


# A verb (or "lemma_particle") -> the WordNet synsets its first two senses and their direct
# hypernyms reach: features of the learned model for a verb the lexicon has no sense for, so
# that what it learns of one verb reaches the verbs WordNet puts beside it.  Built once and
# shipped; WordNet is not read at run time.
VERB_HYPERNYMS: dict[str, tuple[str, ...]] = load_hypernyms(loader.read(_HYPERNYMS))


# WordNet synsets of stopping, reducing, withholding and calling off (``VERB_HYPERNYMS``
# offsets): discontinue/stop/cease, reduce/cut back,
# decrease/lessen, withhold/keep back, restrict/curtail/curb, restrict/restrain, limit/confine,
# postpone, delay, cancel/call off, trash/scrap, discard.  "withheld a loan", "restricted
# exports": such a verb with a thing of cooperation as object reduces that cooperation.  Not
# "end, stop, finish" (02609764) or "end, terminate" (00352826), which "finalise", "complete",
# "conclude" and "settle" reach as hypernyms: concluding a pact is no reduction of it.
STOPPING_SYNSETS: frozenset[str] = frozenset({
    "02680814", "00429060", "00441445", "02213708", "00236592",
    "00233335", "00235368", "02642814", "02641957", "02477755", "02223256", "02222336"})
COOPERATIVE_TYPES: frozenset[str] = frozenset({"AID", "COOPERATE", "AGREE", "SUPPORT", "CONSULT"})

# WordNet synsets of giving up (``VERB_HYPERNYMS`` offsets): abandon/give_up ("give up with
# the intent of never claiming again"), abandon ("forsake, leave behind"), waive/relinquish/
# forgo ("cease to hold or adhere to").  "gave up its part in the mission", "abandoned its
# commitments": such a verb, like one of stopping, with one's taking part in cooperation as
# its object reduces that cooperation (``events/cutting_back.py``).
GIVING_UP_SYNSETS: frozenset[str] = frozenset({"02227759", "02228049", "02534062"})

# WordNet synsets of leaving (``VERB_HYPERNYMS`` offsets): withdraw/retreat/pull_away,
# retire/withdraw ("withdraw from active participation"), leave/depart ("remove oneself from
# an association with or participation in"), leave/go_away, exit/get_out, drop_out,
# retreat/back_out ("make a retreat from an earlier commitment"), secede/splinter, opt_out.
# "withdrew from the alliance", "pulled out of the treaty", "quit the talks": such a verb whose
# object or "from" complement is a thing of cooperation ends it (SANCTION withdraw); from a
# town or a country it stays a retreat.  Not resign/step_down (02382385): an official leaving
# office is RETREAT resign.
LEAVING_SYNSETS: frozenset[str] = frozenset({
    "01994460", "02380027", "02383458", "02009451", "02015616", "01083062", "00799401",
    "02535457", "00679733"})

# WordNet synsets of asking someone to act (``VERB_HYPERNYMS`` offsets): ask ("make a request
# or demand for something to somebody"), urge/press/exhort, beg/implore, plead,
# beseech/entreat, appeal/call_on, petition.  "urged Iran to return to the talks", "asked
# Congress to approve the budget": such a verb with someone named to act in an infinitive is
# a REQUEST of the one asked, whatever the act asked for.  Not request/call_for (00752782) or
# request (00753446), which "order" and "invite" reach as hypernyms: an order of authority
# keeps its complement's type in our annotation, and an invitation is AGREE.
ASKING_SYNSETS: frozenset[str] = frozenset({
    "00752511", "00765667", "00759287", "00759519", "00759675", "00755465", "00754749"})

# WordNet synsets of letting or permitting (``VERB_HYPERNYMS`` offsets): let/allow/permit ("make
# it possible through a specific action or lack of action for something to happen") and
# permit/allow/let/countenance ("consent to, give permission").  "allowed the inspectors to
# visit the plant": such a verb letting a third party act is RETREAT access
# (``events/permitting.py``).  Orders (order/tell/direct) are not here: our annotation codes
# an order of authority by what it orders.
PERMITTING_SYNSETS: frozenset[str] = frozenset({"02423183", "00802336"})

# WordNet synsets of answering (``VERB_HYPERNYMS`` offsets): answer/reply/respond (00815704)
# and respond/react (00717376, which "refuse" and "consent" reach).  "did not respond to
# requests for comment": who answers an act is the one it was aimed at, not its doer.
ANSWERING_SYNSETS: frozenset[str] = frozenset({"00815704", "00717376"})

# WordNet synsets of giving to a cause (``VERB_HYPERNYMS`` offsets): donate/pledge ("give to a
# charity or good cause"), give/gift/present ("give as a present": donate, endow, give away,
# hand out) and chip_in/contribute/kick_in ("contribute to some cause").  "Britons donated
# millions to the appeal", "money was pledged to the appeal": who gives to an event noun
# answers it, as one who replies to it does; not its maker.  Not give/contribute (02199608),
# which "return", "pay" and "offer" reach: "returned to the talks" is taking part in them.
GIVING_SYNSETS: frozenset[str] = frozenset({"02263045", "02200704", "02308759"})

# WordNet synsets of concurring (``VERB_HYPERNYMS`` offsets): agree/concur/concord ("be in
# accord; be in agreement").  "Analysts agreed that the economy was slowing": such a verb with a
# clause stating what is (no modal, no mandative subjunctive) shares a view, no agreement to act
# (``events/concurring.py``).
CONCURRING_SYNSETS: frozenset[str] = frozenset({"00805394"})
