"""Find the temporal expressions of an article's body and normalise them.

Detection is rule-first: the small spaCy model misses bare weekdays, "this weekend" and many
bare years, and sometimes tags numbers that are not times, so a case-aware regular grammar
finds candidates and spaCy's DATE/TIME entities only add what the grammar missed.  Every
candidate must be understood by ``timeparse.recognise`` to be kept, which is what keeps "at
that time", "one-term" or "20 percent" out.  spaCy's parse supplies the one thing the string
cannot: the tense of the clause, which decides whether "on Tuesday" looks back or ahead.

Spans start after any leading preposition ("on Monday" -> "Monday") but keep modifiers
("early August", "the first week of September"); the preposition still informs the value
("by" -> modifier "by", "within" -> an upper bound).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from newsdesk.extract.timeparse import (
    MONTH_ABBREV,
    MONTHS,
    NUMBER_WORDS,
    PREFIXES,
    UNRESOLVED,
    VAGUE_QUANTITIES,
    WEEKDAYS,
    Resolution,
    add_months,
    recognise,
    resolve,
)
from newsdesk.knowledge import grammar
from newsdesk.model import Article, TimeExpr

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["UNRESOLVED", "Resolution", "clause_tense", "extract_times", "resolve"]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WD = "(?-i:" + "|".join(w.capitalize() for w in WEEKDAYS) + ")"
_MON = "(?-i:" + "|".join(m.capitalize() for m in MONTHS) + ")"
_MONAB = "(?-i:" + _alternation([m.capitalize() for m in MONTH_ABBREV]) + r")\.?"
_MONANY = rf"(?:{_MON}|{_MONAB})"
_DAYNUM = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_YEAR4 = r"(?:1\d{3}|20\d{2})(?!\d)"
_TOD = r"(?:\s+(?:morning|afternoon|evening|night))?"
_QUAL = r"(?:(?:last|next|this\s+past|this\s+coming|this|past|coming)\s+)"
_NUM = "|".join(
    [
        r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+and\s+a\s+half",
        r"\d+(?:\.\d+)?",
        r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ]"
        r"(?:one|two|three|four|five|six|seven|eight|nine)",
        _alternation([w for w in NUMBER_WORDS if w not in ("half",)] + list(VAGUE_QUANTITIES)),
        r"half\s+an?",
    ]
)
_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|"
    r"decades?|half[\s-]centur(?:y|ies)|centur(?:y|ies)|millenni(?:um|a))"
)
_UNITS_PLURAL = r"(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)"
QUANTITY_MODIFIERS = ("nearly", "almost", "about", "around", "roughly", "approximately", "some",
                      "circa", "more or less", "less than", "fewer than", "more than",
                      "at least", "up to", "no more than")  # fmt: skip
_PRE = (
    r"(?P<pre>(?:(?:"
    + _alternation([p for p, _ in PREFIXES if p not in QUANTITY_MODIFIERS])
    + r")\s+)*)"
)
_QMOD = r"(?:(?:" + _alternation(list(QUANTITY_MODIFIERS)) + r")\s+)?"
_PART = (
    r"(?:(?:the\s+beginning\s+of|the\s+start\s+of|the\s+first\s+half\s+of|the\s+middle\s+of|"
    r"the\s+end\s+of|the\s+second\s+half\s+of|earlier|later|early|mid|late)(?:\s+|-))?"
)

_CORES: tuple[tuple[str, str], ...] = (
    (
        "explicit",
        rf"(?:{_WD},?\s+)?(?:{_MONANY}\s+{_DAYNUM}(?:,?\s+{_YEAR4})?"
        rf"|(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?{_MONANY}(?:,?\s+{_YEAR4})?)",
    ),
    ("numeric", r"\d{4}-\d{2}-\d{2}(?!\d)|\d{1,2}/\d{1,2}/\d{4}(?!\d)"),
    (
        "week_of_month",
        rf"the\s+(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+week\s+(?:of|in)\s+"
        rf"{_MON}(?:,?\s+{_YEAR4})?",
    ),
    # no day number after the month: in "this March 14, 2019 photo" the "this" is the photo's,
    # and the day written out is the date (the scan moves on to "March 14, 2019")
    ("month", rf"{_QUAL}?{_MON}(?!\s+{_DAYNUM})"
              rf"(?:,?\s+(?:of\s+)?{_YEAR4}|\s+of\s+(?:next|last|this)\s+year)?"),
    (
        "season",
        rf"(?:{_QUAL}|the\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?{_YEAR4})?",
    ),
    (
        "quarter",
        r"(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter"
        r"(?:\s+of\s+(?:this|last|next|the\s+current|the\s+previous|the\s+past)\s+year"
        rf"|(?:\s+of)?(?:\s+{_YEAR4})?)|(?-i:Q[1-4])(?:\s+{_YEAR4})?",
    ),
    (
        "relday",
        r"(?:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|"
        rf"tonight|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening)){_TOD}",
    ),
    ("weekday", rf"{_QUAL}?{_WD}{_TOD}"),
    (
        "unit",
        r"(?:the\s+)?(?:this\s+past|this\s+coming|this|last|next|past|coming|previous|current)"
        r"\s+(?:weekend|week|month|quarter|year|decade|century)|the\s+weekend"
        r"|(?<=of\s)the\s+(?:week|month|year|decade)",
    ),
    (
        "decade",
        r"(?:the\s+)?(?:1\d|20)\d0s|(?:the\s+)?['\u2019]\d0s"
        r"|(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty-first|eighteenth)"
        r"[\s-]century",
    ),
    (
        "set",
        r"(?:every|each)\s+(?:single\s+)?(?:day|week|month|year|decade|morning|night|"
        + "|".join(WEEKDAYS)
        + r")|(?-i:[Aa]nnual(?:ly)?|[Yy]early|[Ww]eekly|[Dd]aily|[Mm]onthly|[Qq]uarterly)"
        r"|(?:once|twice|\w+\s+times)\s+(?:a|an|per|each|every)\s+(?:day|week|month|year)",
    ),
    (
        "quantity",
        r"(?:the\s+)?(?:(?:past|last|previous|next|coming|following|recent|first|final)\s+)?"
        rf"(?:another\s+)?(?:{_NUM})(?:\s+|-)(?:(?:more|other|further)\s+)?{_UNIT}(?:-long)?"
        r"(?:\s+(?:ago|from\s+now))?"
        r"|(?:the\s+)?(?:past|last|previous|next|coming|recent)\s+"
        rf"(?:(?:few|several|many)\s+)?(?:{_UNITS_PLURAL}|half[\s-]century)"
        rf"|{_UNITS_PLURAL}",
    ),
    ("year", rf"(?:the\s+year\s+)?{_YEAR4}"),
)

_CANDIDATE_RE = re.compile(
    r"(?<![\w$£€#.,/'\u2019-])"
    + _PRE
    + r"(?P<span>"
    + _QMOD
    + _PART
    + "(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _CORES)
    + r"))(?![\w%-]|[.,]\d|\s+old\b|\s+(?:percent|per\s+cent)\b)",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['\u2019]s?\b")
_NOW_AFTER = re.compile(r"\s+now\b", re.IGNORECASE)
_PREP_BEFORE = re.compile(
    r"(?<!\w)(?:(?:" + _alternation([p for p, _ in PREFIXES]) + r")\s+)+$", re.IGNORECASE
)
_AMBIGUOUS_MONTHS = {"May", "March"}
_MEASURE_AFTER = re.compile(
    r"\s*-?(?:metres|meters|feet|ft|miles|km|kilometres|kilometers|barrels|bpd|gallons|litres|"
    r"liters|tonnes|tons|acres|people|workers|troops|jobs|vessels|boats)\b",
    re.IGNORECASE,
)
# A time zone or "hours" after a four-digit number makes it a clock time ("at 1930 CDT", "0030
# GMT", "at 0603 local time", "1400 hours"), not a year.
_ZONE_AFTER = re.compile(
    r"\s*(?:(?:GMT|UTC|BST|CET|[ECMP][SD]T|[ECMP]T)\b|(?i:hrs?\b|hours\b|local\s+time\b|h\b)"
    # or the same moment in another zone, bracketed: "by 1100 (1600 GMT)"
    r"|\(\s*\d{1,2}[:.]?\d{2}\s*(?:GMT|UTC|BST|CET|[ECMP][SD]T|[ECMP]T)\b)"
)
# A clock time and zone opening a bracket: "(0030 GMT 2 June)", "(1103 GMT)", the moment just
# named told in another zone, not a second time.
_CONVERSION_BEFORE = re.compile(
    r"\(\s*\d{1,2}[:.]?\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|BST|CET|[ECMP][SD]T|[ECMP]T)"
    r"\s*(?:on\s+)?$"
)
# "(1900 to 2200 EST)", "between 2300 and 0200 GMT": the zone after a range's second clock time
# is the first's too.
_RANGE_ZONE_AFTER = re.compile(r"\s*(?:to|and|-|\u2013)\s*\d{1,2}[:.]?\d{2}" + _ZONE_AFTER.pattern)
# A live page's entry opens on its clock time and a colon ("2140: The minister has finished
# ..."), the BBC's form; a widget's text may come before a stamp on the same line ("Read Berit
# Lund's posts 2128: ...").
_LINE_STAMP = re.compile(r"(?m)^(?:[01]\d|2[0-3])[0-5]\d(?=:[ ])")
_BARE_PLURAL_PREPS = {"within", "for", "over", "in", "after", "before", "since", "some"}

def _verb_tense(verb: Token, depth: int = 0) -> str:
    """Tense of a verb from its auxiliaries and tag; non-finite verbs defer to their head."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    perfect = any(a.lemma_ == "have" for a in aux)
    if words & grammar.MODALS:
        if perfect and words & {"will", "shall", "'ll", "’ll"}:
            return "future"  # "by August 15 oil will have spilled": the future perfect
        if not perfect and (_could_not(verb, words) or _declined_to_say(verb, words)):
            return "past"
        return "past" if perfect else "future"
    head = verb.head
    has_head = head.i != verb.i and head.pos_ in ("VERB", "AUX")
    if "to" in words:  # infinitive: "is expected to announce", "going to meet"
        if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i \
                and depth < 4:
            # an infinitival relative looks ahead of its clause: "the full report, to be
            # released on Tuesday, is likely to ..." written on a Thursday is next Tuesday's;
            # under a past verb ("had no time to rest on Tuesday") the nearest such day; the
            # governor may be an infinitive itself ("had to abandon their attempt to refloat
            # the barge on Thursday"), whose own tense is its chain's: the finite verb's above
            governor = verb_above(verb)
            top = _finite_above(governor) if governor is not None else None
            above = _verb_tense(top, depth + 1) if top is not None else "present"
            return "present" if above == "past" else "future"
        governed = has_head or (head.i != verb.i and head.pos_ == "ADJ")  # "is due to pay"
        if governed and head.lemma_ in grammar.TENSE_FUTURE_GOVERNORS and (
                head.lemma_ not in grammar.PROGRESSIVE_ONLY_GOVERNORS or head.tag_ == "VBG"):
            # "is going to sign on Tuesday", not "went to Lindau to sign"
            if depth < 4 and head.pos_ == "VERB" and _verb_tense(head, depth + 1) == "past":
                # an expectation held before the article: "was expected to begin collecting
                # oil on Sunday night" written on a Monday is the Sunday just gone, not next
                # week's, so the nearest such day (an adjective's schedule, "was due to pay on
                # Monday", keeps looking ahead)
                return "present"
            return "future"
        if governed and head.lemma_ in grammar.DIRECTIVE_GOVERNORS:
            return "present"  # "ordered them to visit the site on Friday": the nearest Friday
        governor = verb_above(verb)
        if governor is not None and depth < 4:
            # what an infinitive names comes after its governor's time: a past governor
            # ("had a jet standing by to fly ... on Saturday") leaves the nearest such day
            above = _verb_tense(governor, depth + 1)
            return "present" if above == "past" else above
        return "future"
    if verb.dep_ == "conj" and verb.tag_ in ("VB", "VBG") and not aux and has_head and depth < 4:
        return _verb_tense(head, depth + 1)  # "would assume office ... and run in November"
    if (verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and not aux and has_head and depth < 4
            and any(c.dep_ in ("aux", "auxpass") for c in head.children)):
        # shared auxiliaries: "said it would be deployed by tomorrow and hooked up to a drill
        # ship over the weekend" is as future as "would be deployed" (the parser often tags
        # such a participle VBD)
        return _verb_tense(head, depth + 1)
    if _future_subordinate(verb, aux, depth):
        return "future"
    if perfect or verb.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in aux):
        if verb.tag_ == "VBN" and any(a.tag_ in ("VBZ", "VBP") for a in aux) and not perfect:
            return "present"  # "is expected", present passive
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in aux):
        return "present"
    if has_head and depth < 4:
        return _verb_tense(head, depth + 1)
    return "present" if verb.tag_ == "VBG" else "past"


# Subordinators of a clause of time or condition whose present stands for the future of the
# clause it hangs from ("will not decide until the board has met on Monday").
_FUTURE_IN_PRESENT_MARKS = (grammar.TIME_MARKS - {"since"}) | {"if", "unless"}


def _future_subordinate(verb: Token, aux: list[Token], depth: int) -> bool:
    """Whether ``verb`` is a present or present perfect in a clause of time or condition under
    a future: "a decision may not be made until after Svanberg has met with Obama on
    Wednesday", "the board will vote once the auditors report on Tuesday".  English puts such
    a clause in the present for what is still to come, so its day is ahead, not the day just
    gone the perfect would name ("stopped work after the mayor had met them on Wednesday"
    stays past)."""
    if verb.dep_ != "advcl" or depth >= 4 or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ == "VBD" or any(a.tag_ in ("VBD", "MD") for a in aux):
        return False
    if verb.tag_ == "VBN" and not any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP")
                                      for a in aux):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _FUTURE_IN_PRESENT_MARKS for c in verb.children):
        return False
    return _verb_tense(verb.head, depth + 1) == "future"


def _could_not(verb: Token, auxiliaries: set[str]) -> bool:
    """Whether a negated "could" reports an ability that failed, which news tells once it is
    past: "On Sunday, some herons couldn't fly away", "could not be reached for comment on
    Friday", "On Thursday the cut could not be finished, engineers said" (of the 8 sentences
    of news-timelines with a weekday and a negated "could", read, each weekday the "could"
    governs is a day gone).  A complement after
    its verb of saying ("warned the ferry could not sail on Friday") is the speaker's forecast
    and a conditional ("... if the wind rises") a possibility: both still look ahead."""
    if "could" not in auxiliaries or not any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.dep_ == "ccomp" and verb.head.i < verb.i:
        return False
    return not _conditioned(verb)


def _conditioned(verb: Token) -> bool:
    """Whether ``verb`` carries a condition ("... if the wind rises", "... unless the talks
    resumed"), which makes what it says a possibility, not a thing done."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in
                                         grammar.CONDITION_MARKS for m in c.children)
               for c in verb.children)


def _finite_above(verb: Token) -> Token:
    """The verb that carries the tense of ``verb``'s chain of infinitives: "had" of "had to
    abandon", "forced" of "were forced to halt", "decided" of "decided to give up"; ``verb``
    itself when it is no infinitive."""
    node = verb
    for _ in range(4):
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return node
        above = verb_above(node)
        if above is None:
            return node
        node = above
    return node


def _declined_to_say(verb: Token, auxiliaries: set[str]) -> bool:
    """Whether a negated "would" on a verb of saying in its own clause reports a refusal to
    speak, made before the news tells it: "BP spokesman Ana Berg would not comment Friday
    night on whether ...", "The mayor wouldn't say on Thursday whether ...".  In a
    complement ("said the pilots would not comment ...") it is the future of the past, and
    under a condition ("... unless the talks resumed") a possibility: both are left alone."""
    if not auxiliaries & grammar.PAST_FUTURE_MODALS or verb.lemma_ not in \
            grammar.DECLINED_SPEECH_VERBS or not any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.dep_ not in ("ROOT", "conj"):
        return False
    return not _conditioned(verb)


def verb_above(token: Token) -> Token | None:
    """The nearest verb (or auxiliary) above the token: the one its clause hangs on."""
    node = token
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def clause_tense(doc: Doc, start: int, end: int) -> str:
    """Tense ("past", "present", "future") of the clause governing the characters [start, end).

    News reports the past, so a fragment without a verb (a dateline, a caption) counts as past.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "past"
    if _ahead_of(doc, start, end):
        return "present"  # "said little new ahead of Thursday's vote": this Thursday's
    node: Token = span.root
    for _ in range(16):
        if node.lower_ == "since" and node.dep_ in ("prep", "mark") and node.i < span.start:
            # what "since" opens lies before now, whatever the tense of the clause it hangs
            # from: "will allow the first burn since a blaze on April 28" is the April 28 past
            return "past"
        if (node.lower_ == "for" and node.dep_ == "prep" and node.i < span.start
                and node.head.lemma_ in grammar.SCHEDULING_GOVERNORS):
            # the time something is booked for: "hearings were set for Tuesday" written on a
            # Monday are tomorrow's, so the nearest such day, not the tense of the booking
            return "present"
        if _forecast_for(node):
            # "High seas were forecast through Sunday", written on a Saturday: the day the
            # forecast looks to, the nearest such day, not the tense of the forecast
            return "present"
        if _booked_noun(node):
            # "canceling the president's scheduled visit Wednesday", "called off the planned
            # trip on Tuesday": the day a booked happening was set for, the nearest such day,
            # as a booking's is, whatever the tense of the act on it
            return "present"
        if node.pos_ in ("VERB", "AUX") and not (span.start <= node.i < span.end):
            return _verb_tense(node)
        if node.head.i == node.i:
            break
        node = node.head
    return "past"


def _forecast_for(node: Token) -> bool:
    """Whether ``node`` hangs (through a preposition or as a bare noun) from a verb of
    forecasting in the passive ("were forecast through Sunday", "is predicted for Monday",
    ``grammar.FORECASTING_VERBS``): the time is the one the thing forecast falls on.  In the
    active the time may be the forecaster's act ("predicted on Monday that ..."): left alone."""
    verb = node.head
    if node.dep_ not in ("prep", "npadvmod") or verb.i >= node.i or verb.pos_ != "VERB":
        return False
    return verb.lemma_.lower() in grammar.FORECASTING_VERBS and any(
        c.dep_ == "auxpass" for c in verb.children)


def _booked_noun(node: Token) -> bool:
    """Whether ``node`` hangs after a noun a participle of booking describes ("the scheduled
    visit Wednesday", "the planned trip on Tuesday", ``grammar.SCHEDULING_GOVERNORS``): the
    time it brings is the time the happening was booked for.  The tagger makes the
    participle an adjective as often ("scheduled", JJ, its lemma unreduced).  A day may also
    name the happening before its noun, the object of a verb of booking ("planned a Sunday
    trip", "scheduled a Friday vote"): the day it was set for too."""
    noun = node.head
    if noun.pos_ != "NOUN":
        return False
    if node.dep_ == "compound" and node.i < noun.i:
        return (noun.dep_ == "dobj" and noun.head.pos_ == "VERB"
                and noun.head.lemma_.lower() in grammar.SCHEDULING_GOVERNORS) or any(
            c.dep_ == "amod" and c.i < node.i and _booking_participle(c) for c in noun.children)
    if noun.i >= node.i or node.dep_ not in ("npadvmod", "prep"):
        return False
    return any(c.dep_ == "amod" and c.i < noun.i and _booking_participle(c) for c in noun.children)


def _booking_participle(word: Token) -> bool:
    low = word.lower_
    stems = {word.lemma_.lower(), low[:-1], low[:-2], low[:-3]} if low.endswith("ed") else set()
    return bool(stems & grammar.SCHEDULING_GOVERNORS)


def _future_in_past(doc: Doc, start: int, end: int) -> bool:
    """A weekday in a future seen from the past: "what the president said he would do on
    Tuesday" in a Wednesday paper is yesterday's, as a Tuesday six days on would be "next
    Tuesday"; so the nearest such day ("said he would resign on Friday" is still ahead).  Only
    for weekdays: a month or a season reported so ("said elections would be held in
    November") looks ahead as far as a plain future does."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    verb = verb_above(span.root)
    if verb is None or verb.dep_ != "ccomp" or verb.head.pos_ != "VERB":
        return False
    words = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return "would" in words and "have" not in words and _verb_tense(verb.head) == "past"


def _ahead_of(doc: Doc, start: int, end: int) -> bool:
    """Whether the time at [start, end) lies inside what "ahead of" names: "The minister said
    little new ahead of Thursday's vote", "Ahead of the hearings on Tuesday and Thursday, the
    senators released a letter".  What "ahead of" names comes after the act, whatever the
    tense of the act's clause: written on a Tuesday, the vote is this Thursday's, not last
    week's, so the day is the nearest such day, as a booking's is (``clause_tense``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    node: Token = span.root
    for _ in range(16):
        if node.lower_ == "ahead" and node.i < span.start:
            return any(c.lower_ == "of" for c in node.children)
        if node.head.i == node.i or (node.pos_ in ("VERB", "AUX") and node.i not in range(
                span.start, span.end)):
            return False
        node = node.head
    return False


def _record_over(doc: Doc, start: int) -> bool:
    """"its lowest level in 15 months", "the first rise in a decade", "the most severe storm in
    years": a superlative or a first measured over a span names the span up to now, never a
    date that far ahead (the share price's low was put on the timeline fifteen months on).
    The parser hangs the "in" on the verb as often as on the noun, so the noun phrase is read
    leftwards from the preposition, up to a verb or a punctuation mark."""
    token = _token_at(doc, start)
    if token is None or token.i < 2:
        return False
    k = token.i - 1
    if doc[k].lower_ not in ("in", "within"):
        return False
    for j in range(k - 1, max(-1, k - _RECORD_REACH), -1):
        word = doc[j]
        if word.pos_ in ("VERB", "AUX") or word.is_punct:
            return False
        if word.tag_ in ("JJS", "RBS") or word.lower_ == "first":
            return True
    return False


_RECORD_REACH = 5  # words of a noun phrase before its "in": "the biggest one-day fall in"


def _anticipated(doc: Doc, start: int, end: int) -> bool:
    """Whether a day's possessive at [start, end) hangs from a preposition that looks ahead
    ("ahead of Tuesday's vote", "prepare for Friday's launch",
    ``grammar.ANTICIPATING_PREPOSITIONS``) or a noun with a future modal over it: a happening
    named by its day under a present-tense verb and neither is one already past ("reports from
    the epicentre of Tuesday's earthquake suggest ...")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True
    node: Token = span.root
    for _ in range(8):
        if node.head.i == node.i or node.head.pos_ in ("VERB", "AUX"):
            return node.lower_ in grammar.ANTICIPATING_PREPOSITIONS
        node = node.head
        if node.lower_ in grammar.ANTICIPATING_PREPOSITIONS and node.dep_ in ("prep", "mark",
                                                                             "advmod"):
            return True
    return True


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _plausible(match: re.Match[str], doc: Doc) -> bool:
    """Reject grammar matches that are names or numbers rather than times."""
    span = match["span"]
    pre = match["pre"].strip().lower()
    if match["month"] and span.strip() in _AMBIGUOUS_MONTHS and not pre:
        return False  # "May" the modal or name, "March" the noun, unless "in May"
    if match["season"] and re.fullmatch(r"(?i)(?:the\s+)?fall", span):
        after = match.string[match.end() : match.end() + 4].lower()
        if after.startswith(" of") or not pre:
            return False  # "the fall of the Berlin Wall"; "fall" the verb
        word = _token_at(doc, match.end() - 4)
        if word is not None and word.pos_ in ("VERB", "AUX"):
            return False  # "the potential for it to fall further"
    if match["season"]:
        word = _token_at(doc, match.start("season"))
        if word is not None and word.pos_ == "VERB" and word.tag_.startswith("VB"):
            return False  # "caused the tank to spring a leak": the verb, no season
    if match["relday"]:
        token = _token_at(doc, match.start("relday"))
        if token is not None and token.i > 0 and doc[token.i - 1].pos_ in ("DET", "ADJ"):
            return False  # "a brighter tomorrow": figurative
    if (match["relday"] or match["set"]) and span[:1].isupper():
        token = _token_at(doc, match.start("span"))
        opening = token is not None and (token.is_sent_start or doc[token.i - 1].is_punct)
        if token is not None and not opening:
            return False  # "Russia Today", "The Daily Beast": part of a name
    bare_unit = match["unit"] and re.match(r"(?i)the\s+(?:week|month|year|decade)$", match["unit"])
    if bare_unit and not re.search(r"(?i)\bof\s+$", span[: -len(match["unit"])]):
        return False  # bare "the year" only counts inside "the end of the year"
    quantity = match["quantity"] or ""
    if re.fullmatch(r"(?i)(?:an?|the)\s+(?:second|minute)", quantity):
        return False  # "a second meeting", "the minute he left"
    if re.fullmatch(r"(?i)(?:an?|one)\s+quarter", quantity) or (
        re.search(r"(?i)quarters?$", quantity) and match.string.startswith(" of", match.end())
    ) or re.search(r"(?i)\w-quarters?$", quantity):
        # "a quarter of the cost", "about three-quarters support a ban": a fraction
        return False
    if re.fullmatch(rf"(?i)an?\s+{_UNIT}", quantity) and re.search(
        r"[\d%]\S*\s+$", match.string[max(0, match.start() - 20) : match.start()]
    ):
        return False  # "$12 an hour", "$500 a month": a rate, not a time
    if (
        match["season"]
        and not pre
        and re.fullmatch(r"(?i)(?:spring|summer|autumn|fall|winter)", match["season"])
    ):
        return False  # "some spring day", "winter coats"
    if match["quantity"] and re.fullmatch(rf"(?i){_UNITS_PLURAL}", match["quantity"]):
        if span != match["quantity"]:
            return False  # "the early years" of something: not a measurable time
        return pre.split(" ")[-1] in _BARE_PLURAL_PREPS if pre else False
    if match["year"] and not match["span"].lower().startswith("the year"):
        year = int(re.sub(r"\D", "", span)[-4:])
        if _MEASURE_AFTER.match(match.string, match.end()):
            return False  # "at 1500 metres water depth", "2000 barrels": a measure
        if _ZONE_AFTER.match(match.string, match.end()) or _RANGE_ZONE_AFTER.match(
            match.string, match.end()
        ):
            return False  # "completed at 1930 CDT", "at 0603 local time": a clock time
        if year < 1900 and not pre:
            return False
        token = _token_at(doc, match.start("span"))
        before = match.string[max(0, match.start() - 4) : match.start()].lower()
        determined = bool(pre) or before.endswith(("the ", "'s ", "\u2019s "))
        if token is not None and not determined and token.dep_ == "nummod":
            head = token.head
            if head.i == token.i + 1 and head.tag_ in ("NNS", "NNPS"):
                return False  # "2000 troops" (a count) — spaCy itself often calls it a DATE
    return True


def _record(article: Article, start: int, end: int, expression: str, tense: str) -> TimeExpr | None:
    resolution = recognise(expression, article.published, tense)
    if resolution is None:
        return None
    return TimeExpr(
        text=article.text[start:end],
        start=start,
        end=end,
        value=resolution.value,
        granularity=resolution.granularity,
        anchor=resolution.anchor,
        kind=resolution.kind,
        modifier=resolution.modifier,
    )


def _context_suffix(text: str, end: int) -> str:
    """'now' after a duration ties it to the publication date ("for two years now")."""
    return " now" if _NOW_AFTER.match(text, end) else ""


def _grammar_times(doc: Doc, article: Article) -> tuple[list[TimeExpr], list[tuple[int, int]]]:
    """Records the grammar accepts, and the spans it looked at and rejected."""
    text = article.text
    found: list[TimeExpr] = []
    rejected: list[tuple[int, int]] = []
    stamped = _clock_stamped(text, article.published)
    for body in article.body:
        for match in _CANDIDATE_RE.finditer(text, body.start, body.end):
            stamp = stamped and bool(match["year"]) and text.startswith(": ", match.end())
            if stamp or not _plausible(match, doc):
                rejected.append(match.span("span"))
                continue
            start, end = match.span("span")
            if re.match(r"(?i)the\s+\S+-", match["span"]):
                start = text.index(" ", start) + 1  # "the 30-second spot": "the" goes with "spot"
            tense = clause_tense(doc, start, end)
            # before a possessive the preposition governs the possessor's head noun, not the
            # time: "after this week's debate" is not "after this week"
            possessive = bool(_POSSESSIVE.match(text, end))
            pre = "" if possessive else match["pre"]
            if possessive and _ahead_of(doc, start, end):
                pre = "ahead of "  # the act comes before "Thursday's vote", as before Thursday
            if possessive and tense == "present" and not _anticipated(doc, start, end):
                tense = "past"  # "the toll from Tuesday's quake is rising", written on a Sunday
            if _record_over(doc, start):
                tense = "past"
            if tense == "future" and match["weekday"] and _future_in_past(doc, start, end):
                tense = "present"
            expression = pre + text[start:end] + _context_suffix(text, end)
            record = _record(article, start, end, expression, tense)
            if record is not None and match["weekday"]:
                record = _in_named_week(text, record, article.published)
            if record is not None:
                found.append(record)
    return found, rejected


# "next week, perhaps on Tuesday", "until this week, possibly Thursday": a weekday set after the
# week it falls in, as an aside that narrows it.
_WEEK_BEFORE_DAY = re.compile(
    r"(?i)\b(?P<which>next|this|last)\s+week\s*,\s*(?:(?:perhaps|possibly|probably|maybe|"
    r"likely|most\s+likely|as\s+early\s+as|as\s+soon\s+as)\s+)?(?:on\s+)?$")
_WEEK_OFFSET = {"next": 1, "this": 0, "last": -1}


def _in_named_week(text: str, record: TimeExpr, published: date | None) -> TimeExpr:
    """A weekday set after the week it falls in: "That operation could start next week,
    perhaps on Tuesday, the company said", written on a Friday, is the Tuesday of next week,
    not the Tuesday just gone that the past "said" made it (a key date of the week before
    publication cited it); the day is that week's whatever the tense."""
    first = record.text.split()[0].lower() if record.text.strip() else ""
    found = _WEEK_BEFORE_DAY.search(text, max(0, record.start - 40), record.start)
    if found is None or published is None or first not in WEEKDAYS:
        return record
    day = WEEKDAYS.index(first)
    monday = published - timedelta(days=published.weekday())
    value = monday + timedelta(weeks=_WEEK_OFFSET[found["which"].lower()], days=day)
    return replace(record, value=value.isoformat(), granularity="day")


def _clock_stamped(text: str, published: date | None) -> bool:
    """Whether the page is a live page whose entries open on the clock time: "2140: The
    minister has finished ...", "2045: ...".  A box of years opens lines the same way ("1989:
    The tanker ran aground."), but lists what has happened: where two or more lines open so
    and one of them is later than the year of publication, the numbers are times of day, and
    so is every four-digit number before ": " on the page ("Read Berit Lund's posts 2128:
    ...")."""
    if published is None:
        return False
    stamps = [int(m.group(0)) for m in _LINE_STAMP.finditer(text)]
    return len(stamps) >= 2 and any(stamp > published.year for stamp in stamps)


def _entity_times(doc: Doc, article: Article, taken: list[tuple[int, int]]) -> list[TimeExpr]:
    """spaCy DATE/TIME entities the grammar neither took nor rejected, if understood."""
    found: list[TimeExpr] = []
    text = article.text
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        start, end = ent.start_char, ent.end_char
        if not article.in_body(start, end):
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        if len(ent) == 1 and re.fullmatch(
            rf"(?i){_UNITS_PLURAL}|spring|summer|autumn|fall|winter", ent.text
        ):
            continue  # a lone "summer" or "years" is only a time after a preposition (grammar)
        inner = _PREP_BEFORE.match(ent.text)  # entity text that starts with a preposition
        pre = inner.group(0) if inner else ""
        start += len(pre)
        before = _PREP_BEFORE.search(text, max(0, start - 40), start)
        context = (before.group(0) if before else "") + pre
        tense = clause_tense(doc, start, end)
        expression = context + text[start:end] + _context_suffix(text, end)
        record = _record(article, start, end, expression, tense)
        if record is not None:
            found.append(record)
    return found


def extract_times(doc: Doc, article: Article) -> list[TimeExpr]:
    """Temporal expressions of the article body, resolved against ``article.published``.

    ``doc`` must be the parse of ``article.text`` (offsets are shared).  Returned records are
    sorted by (start, end) and never overlap.
    """
    grammar, rejected = _grammar_times(doc, article)
    entities = _entity_times(doc, article, [(t.start, t.end) for t in grammar] + rejected)
    found = _shared_years(article.text, sorted(grammar + entities, key=lambda t: (t.start, t.end)))
    found = [t for t in found if not _conversion(article.text, t, found)
             and not _appositive_unit(article.text, t, found)
             and not _in_programme_title(article.text, t)]
    found = _offsets(article.text, found)
    found = _counted_days(doc, article.text, found)
    return sorted(found + _anaphoric_times(doc, article, found), key=lambda t: (t.start, t.end))


_UNIT_NAMES = frozenset({"the year", "the month", "the week", "the day", "the decade"})
_OPENING_MARKS = ('"', "“")
_CLOSING_MARKS = ('"', "”")
_TITLE_REACH = 40


def _in_programme_title(text: str, expr: TimeExpr) -> bool:
    """A time that is a word of a programme's title, quoted after the network's possessive
    or "on" ('said on the network's "This Week"', "told the channel's “Today” show"): the
    title names a show, not the week or the day of publication ("This Week" put a statement
    made on Sunday under the week after).  Every word between the marks is capitalised.  A
    weekday stays: a show named for one airs on it ('speaking on "Fox News Sunday"')."""
    if expr.text.strip().lower() in WEEKDAYS:
        return False
    opening = max(text.rfind(m, max(0, expr.start - _TITLE_REACH), expr.start)
                  for m in _OPENING_MARKS)
    if opening < 1 or "\n" in text[opening : expr.start]:
        return False
    closing = min((at for m in _CLOSING_MARKS
                   if (at := text.find(m, expr.end, expr.end + _TITLE_REACH)) >= 0), default=-1)
    if closing < 0 or "\n" in text[expr.end : closing]:
        return False
    before = text[:opening].rstrip()
    if not (before.endswith(("'s", "’s")) or before.lower().endswith(" on")):
        return False
    words = re.findall(r"[A-Za-z][A-Za-z'’]*", text[opening + 1 : closing])
    return bool(words) and all(w[0].isupper() for w in words)


def _appositive_unit(text: str, expr: TimeExpr, found: list[TimeExpr]) -> bool:
    """"plunged again in 1994, the year the party lost the house": "the year" set beside a
    date by a comma is that date again, described, not the year of publication."""
    if expr.text.lower() not in _UNIT_NAMES:
        return False
    return any(other is not expr and text[other.end : expr.start] in (", ", ",")
               for other in found)


def _conversion(text: str, expr: TimeExpr, found: list[TimeExpr]) -> bool:
    """A date told again in another zone, in brackets after the same moment: "completed at
    1930 CDT on 1 June (0030 GMT 2 June)" names one moment, on 1 June where it happened; the
    bracketed day is no second time."""
    opening = _CONVERSION_BEFORE.search(text, max(0, expr.start - 24), expr.start)
    if opening is None:
        return False
    return any(0 <= opening.start() - other.end <= 3 for other in found if other is not expr)


_OFFSET_BETWEEN = re.compile(r"(?i)\s+(from|after|before)\s+")
_LASTING_BEFORE = re.compile(r"(?i)\b(?:for|over|during)\s+$")
# a bound on the span, in its words or just before them: "more than 30 days from today" is
# any day after, no day of its own
_BOUND = r"(?:(?:more|less|fewer)\s+than|at\s+least|at\s+most|up\s+to|within|over|under)"
_BOUNDED_SPAN = re.compile(rf"(?i)^{_BOUND}\b")
_BOUND_BEFORE = re.compile(rf"(?i)\b{_BOUND}\s+$")
_DURATION_VALUE = re.compile(r"P(\d+)([DWMY])")
_GRANULARITY_RANK = {"day": 0, "month": 1, "year": 2}


def _moved(value: str, granularity: str, amount: int, unit: str) -> tuple[str, str] | None:
    """A day, month or year ``value`` moved by ``amount`` ``unit`` (D, W, M, Y), at the
    coarser of its own granularity and the unit's; None where the value is of another kind."""
    unit_granularity = {"D": "day", "W": "day", "M": "month", "Y": "year"}[unit]
    if granularity not in _GRANULARITY_RANK:
        return None
    out = max(granularity, unit_granularity, key=_GRANULARITY_RANK.__getitem__)
    try:
        if granularity == "day":
            day = date.fromisoformat(value)
        elif granularity == "month":
            day = date(int(value[:4]), int(value[5:7]), 1)
        else:
            day = date(int(value[:4]), 1, 1)
    except ValueError:
        return None
    if unit in ("D", "W"):
        day = day + timedelta(days=amount * (7 if unit == "W" else 1))
    else:
        months = amount * (12 if unit == "Y" else 1)
        y, m = add_months(day.year, day.month, months)
        day = date(y, m, min(day.day, 28))
    text = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}[out]
    return text, out


def _offsets(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """A span of time counted from a date names the date it reaches: "must report nine months
    from Friday" is due nine months after that Friday, "opened two weeks after 3 March" on 17
    March.  One expression, the date moved by the span; the date alone is only its anchor.
    A span with "for" before it is how long something lasts from the date ("ran for three
    days from Monday"), and the date stays."""
    out: list[TimeExpr] = []
    i = 0
    while i < len(found):
        here = found[i]
        after = found[i + 1] if i + 1 < len(found) else None
        span = _DURATION_VALUE.fullmatch(here.value or "") if here.kind == "duration" else None
        between = _OFFSET_BETWEEN.fullmatch(text, here.end, after.start) \
            if after is not None and after.start >= here.end else None
        before = text[max(0, here.start - 16) : here.start]
        lasting = _LASTING_BEFORE.search(before) or _BOUND_BEFORE.search(before) or \
            _BOUNDED_SPAN.search(here.text)
        if span is not None and between is not None and after is not None and not lasting \
                and after.kind == "date" and after.value is not None:
            amount = int(span.group(1)) * (-1 if between.group(1).lower() == "before" else 1)
            moved = _moved(after.value, after.granularity or "", amount, span.group(2))
            if moved is not None:
                out.append(replace(after, text=text[here.start : after.end], start=here.start,
                                   value=moved[0], granularity=moved[1], modifier=None))
                i += 2
                continue
        out.append(here)
        i += 1
    return out


_RELATIVE_YEAR = re.compile(r"(?i)(?:last|this|next) year")
_COORDINATED = re.compile(r"(?i)\s*(?:,|and|or|,\s*and|,\s*or)\s*")


def _with_year(value: str, year: str) -> str | None:
    """``value`` (a day or a month) moved into ``year``; None where no such day exists."""
    moved = year + value[4:]
    if len(moved) == 10:
        try:
            date.fromisoformat(moved)
        except ValueError:
            return None
    return moved


def _shared_years(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """A day or month written without its year takes the year the next expression gives it.

    "On 22 June last year": the day is of last year (one expression, "22 June last year", not
    a day within a month of publication and a separate year); "in March and August 2006":
    both months are of 2006, not March of the publication year.
    """
    out: list[TimeExpr] = []
    i = 0
    while i < len(found):
        here = found[i]
        after = found[i + 1] if i + 1 < len(found) else None
        bare = (here.kind == "date" and here.granularity in ("day", "month")
                and here.value is not None and (here.anchor or "").startswith("published:"))
        if bare and after is not None and after.value is not None and after.kind == "date":
            between = text[here.end : after.start]
            assert here.value is not None
            if after.granularity == "year" and not between.strip() and \
                    _RELATIVE_YEAR.fullmatch(after.text):
                value = _with_year(here.value, after.value[:4])
                if value is not None:
                    out.append(replace(here, text=text[here.start : after.end], end=after.end,
                                       value=value, anchor=after.anchor))
                    i += 2
                    continue
            if after.granularity in ("day", "month") and after.anchor == "absolute" and \
                    _COORDINATED.fullmatch(between):
                value = _with_year(here.value, after.value[:4])
                if value is not None:
                    out.append(replace(here, value=value, anchor="absolute"))
                    i += 1
                    continue
        out.append(here)
        i += 1
    return out


_ANAPHORIC = re.compile(r"\b(?:at|by|since)\s+((?:that|the)\s+time)\b|\b(back then)\b", re.I)
ANAPHORA_SENTENCES = 2


def _anaphoric_times(doc: Doc, article: Article, found: list[TimeExpr]) -> list[TimeExpr]:
    """ "At that time" means the last date the text gave, if it gave one just before.

    The value is copied from the nearest dated expression in the same or the previous
    ``ANAPHORA_SENTENCES`` sentences, and the anchor names that expression ("refers:S-E"), so
    a reader can check the link.  With no such date the phrase stays out: nothing is guessed.
    """
    starts = [s.start_char for s in doc.sents]
    out: list[TimeExpr] = []
    for match in _ANAPHORIC.finditer(article.text):
        group = 1 if match.group(1) else 2
        start, end = match.start(group), match.end(group)
        if not article.in_body(start, end) or any(t.start < end and start < t.end for t in found):
            continue
        here = max((i for i, s in enumerate(starts) if s <= start), default=0)
        window = starts[max(0, here - ANAPHORA_SENTENCES)]
        prior = [
            t
            for t in found
            if window <= t.start and t.end <= start and t.dates
        ]
        if not prior:
            continue
        ref = prior[-1]
        out.append(
            TimeExpr(
                article.text[start:end],
                start,
                end,
                ref.value,
                ref.granularity,
                f"refers:{ref.start}-{ref.end}",
                "date",
                ref.modifier,
            )
        )
    return out


# A day counted from the day the story just gave: "On Sunday, the mayor spoke ... Speaking the
# next day, the governor said ...", "The ferry sank on 3 April. The following day, ...".
_COUNTED_DAY = re.compile(r"(?i)the\s+(?P<way>next|following|previous)\s+day")


def _counted_days(doc: Doc, text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """ "The next day", "the following day" and "the previous day" count from the last day
    the text named in the same or the previous ``ANAPHORA_SENTENCES`` sentences, not from the
    publication day: "On Sunday, X spoke ... Speaking the next day, Y said", in a Thursday's
    paper, is Monday, not Friday.  The anchor names that day ("refers:S-E").  With no day
    named before, a past "the next day" names none (it is some day after something untold);
    elsewhere the reading from publication stays ("results are due the next day")."""
    starts = [s.start_char for s in doc.sents]
    out: list[TimeExpr] = []
    for here in found:
        counted = _COUNTED_DAY.fullmatch(here.text)
        if counted is None:
            out.append(here)
            continue
        at = max((i for i, s in enumerate(starts) if s <= here.start), default=0)
        window = starts[max(0, at - ANAPHORA_SENTENCES)]
        prior = [t for t in out if window <= t.start and t.end <= here.start and t.dates
                 and t.granularity == "day" and t.value is not None and len(t.value) == 10]
        if prior:
            ref = prior[-1]
            step = -1 if counted["way"].lower() == "previous" else 1
            day = date.fromisoformat(ref.value or "") + timedelta(days=step)
            out.append(replace(here, value=day.isoformat(), granularity="day", kind="date",
                               anchor=f"refers:{ref.start}-{ref.end}", modifier=None))
        elif clause_tense(doc, here.start, here.end) != "past":
            out.append(here)
    return out
