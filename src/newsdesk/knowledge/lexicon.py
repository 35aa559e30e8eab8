"""Open-class word lists the extractors and the story stages read, from ``data/lexicon.json``.

Each list names one concept (organisation nouns, channels of a quotation, stance words, ...);
the file's ``about`` says what each is for.  ``load_lexicon`` checks the file when it is
loaded: lower-case words, none listed twice, every folded term a word.  The closed-class words
(pronouns, modals, verbs of saying) are in ``grammar``, the PLOVER lexicon in ``plover``, and
titles and roles in ``roles``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from newsdesk.knowledge import loader

_FILE = "lexicon.json"
_LISTS = ("organisation_nouns", "organisation_name_ends", "legal_forms",
          "speaker_organisation_nouns", "company_nouns", "business_nouns",
          "public_body_name_ends", "craft_nouns", "storm_nouns", "disaster_nouns",
          "blast_nouns", "industrial_sources", "weapon_words", "arms_modifiers",
          "water_body_words",
          "division_nouns", "time_zones", "captive_nouns",
          "document_words", "programme_words", "channel_words", "claim_nouns", "side_verbs",
          "attitude_adjectives",
          "attitude_nouns", "expressing_verbs", "speech_act_nouns", "light_verbs",
          "inference_verbs",
          "term_nouns", "not_speakers", "inscribed_nouns",
          "stance_for", "stance_against", "light_nouns", "measure_nouns", "removal_words",
          "communication_nouns", "attribution_verbs", "attribution_nouns", "requirement_nouns",
          "reception_nouns", "trade_role_nouns", "issue_verb_other_senses",
          "denial_verbs")
_MAPS = ("issues", "synonyms")


@dataclass(frozen=True)
class Lexicon:
    lists: dict[str, frozenset[str]]
    maps: dict[str, dict[str, str]]


def load_lexicon(data: dict[str, Any], file: str = _FILE) -> Lexicon:
    """Check ``lexicon.json``: word lists without repeats, and word-to-word maps."""
    loader.section(file, data, *_LISTS, *_MAPS)
    lists = {name: loader.words(file, name, data[name]) for name in _LISTS}
    for both in sorted(lists["stance_for"] & lists["stance_against"]):
        raise loader.DataError(file, "stance_against", f"{both!r} is a stance for already")
    # The cue model looks a word up by its lemma, a verb with its particle ("brush off"), and
    # only ever an alphabetic word.
    for name, most in (("attribution_verbs", 2), ("attribution_nouns", 1)):
        for item in sorted(lists[name]):
            if len(item.split()) > most or not item.replace(" ", "").isalpha():
                shape = "a verb and at most its particle" if most > 1 else "one alphabetic word"
                raise loader.DataError(file, name, f"{item!r} is no cue word ({shape})")
    maps: dict[str, dict[str, str]] = {}
    for name in _MAPS:

        def term(key: str, value: Any, name: str = name) -> str:
            return loader.word(file, f"{name}.{key}", value)

        maps[name] = loader.mapping(file, name, data[name], term)
    return Lexicon(lists, maps)


_LEXICON = load_lexicon(loader.read(_FILE))

ORGANISATION_NOUNS: frozenset[str] = _LEXICON.lists["organisation_nouns"]
# The same words as one pattern, to find one inside a longer phrase.
ORGANISATION_NOUN = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in sorted(ORGANISATION_NOUNS)) + r")\b",
    re.IGNORECASE,
)
ORGANISATION_NAME_ENDS: frozenset[str] = _LEXICON.lists["organisation_name_ends"]
# "BP Plc", "Transocean Ltd.": the company's legal form, which no one needs to tell it apart.
LEGAL_FORMS: frozenset[str] = _LEXICON.lists["legal_forms"]
SPEAKER_ORGANISATION_NOUNS: frozenset[str] = _LEXICON.lists["speaker_organisation_nouns"]
CRAFT_NOUNS: frozenset[str] = _LEXICON.lists["craft_nouns"]
DENIAL_VERBS: frozenset[str] = _LEXICON.lists["denial_verbs"]
ISSUE_VERB_OTHER_SENSES: frozenset[str] = _LEXICON.lists["issue_verb_other_senses"]
STORM_NOUNS: frozenset[str] = _LEXICON.lists["storm_nouns"]
DISASTER_NOUNS: frozenset[str] = _LEXICON.lists["disaster_nouns"]
BLAST_NOUNS: frozenset[str] = _LEXICON.lists["blast_nouns"]
INDUSTRIAL_SOURCES: frozenset[str] = _LEXICON.lists["industrial_sources"]
WEAPON_WORDS: frozenset[str] = _LEXICON.lists["weapon_words"]
ARMS_MODIFIERS: frozenset[str] = _LEXICON.lists["arms_modifiers"]
COMPANY_NOUNS: frozenset[str] = _LEXICON.lists["company_nouns"]
BUSINESS_NOUNS: frozenset[str] = _LEXICON.lists["business_nouns"]
PUBLIC_BODY_NAME_ENDS: frozenset[str] = _LEXICON.lists["public_body_name_ends"]
WATER_BODY_WORDS: frozenset[str] = _LEXICON.lists["water_body_words"]
DIVISION_NOUNS: frozenset[str] = _LEXICON.lists["division_nouns"]
TIME_ZONES: frozenset[str] = _LEXICON.lists["time_zones"]
CAPTIVE_NOUNS: frozenset[str] = _LEXICON.lists["captive_nouns"]
DOCUMENT_WORDS: frozenset[str] = _LEXICON.lists["document_words"]
PROGRAMME_WORDS: frozenset[str] = _LEXICON.lists["programme_words"]
CHANNEL_WORDS: frozenset[str] = _LEXICON.lists["channel_words"]
CLAIM_NOUNS: frozenset[str] = _LEXICON.lists["claim_nouns"]
SIDE_VERBS: frozenset[str] = _LEXICON.lists["side_verbs"]
ATTITUDE_ADJECTIVES: frozenset[str] = _LEXICON.lists["attitude_adjectives"]
ATTITUDE_NOUNS: frozenset[str] = _LEXICON.lists["attitude_nouns"]
EXPRESSING_VERBS: frozenset[str] = _LEXICON.lists["expressing_verbs"]
SPEECH_ACT_NOUNS: frozenset[str] = _LEXICON.lists["speech_act_nouns"]
LIGHT_VERBS: frozenset[str] = _LEXICON.lists["light_verbs"]
INFERENCE_VERBS: frozenset[str] = _LEXICON.lists["inference_verbs"]
TERM_NOUNS: frozenset[str] = _LEXICON.lists["term_nouns"]
NOT_SPEAKERS: frozenset[str] = _LEXICON.lists["not_speakers"]
INSCRIBED_NOUNS: frozenset[str] = _LEXICON.lists["inscribed_nouns"]
STANCE_FOR: frozenset[str] = _LEXICON.lists["stance_for"]
STANCE_AGAINST: frozenset[str] = _LEXICON.lists["stance_against"]
LIGHT_NOUNS: frozenset[str] = _LEXICON.lists["light_nouns"]
MEASURE_NOUNS: frozenset[str] = _LEXICON.lists["measure_nouns"]
REMOVAL_WORDS: frozenset[str] = _LEXICON.lists["removal_words"]
COMMUNICATION_NOUNS: frozenset[str] = _LEXICON.lists["communication_nouns"]
# Word classes the cue model backs a rarely seen cue word off to (``quotes_model.word_class``).
ATTRIBUTION_VERBS: frozenset[str] = _LEXICON.lists["attribution_verbs"]
ATTRIBUTION_NOUNS: frozenset[str] = _LEXICON.lists["attribution_nouns"]
ISSUES: dict[str, str] = _LEXICON.maps["issues"]
SYNONYMS: dict[str, str] = _LEXICON.maps["synonyms"]
# "meet its obligations": what an issue verb ("meet") can take without it being the issue.
REQUIREMENT_NOUNS: frozenset[str] = _LEXICON.lists["requirement_nouns"]
# "meet with some success", "met with fierce opposition": an outcome or a reception, no meeting.
RECEPTION_NOUNS: frozenset[str] = _LEXICON.lists["reception_nouns"]
TRADE_ROLE_NOUNS: frozenset[str] = _LEXICON.lists["trade_role_nouns"]
