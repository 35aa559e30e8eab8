"""A dated timeline of a story: events and dated statements in date order, each cited.

Items come from coded events, from quotes that carry a time (when they were said), and from
dated sentences no event covers, so that a reader can check every date against the text; a time
inside a direct quotation is the speaker's words and dates no item.  Only events that occurred, are
under way or are expected (marked as such) are items; hypothetical ones and standing stances or
habits ("has always railed against") are not.  An event the text gives no date is undated and
shown as before its article's publication date ("../2019-08-29", ISO 8601-2's open start), never
as that date; an undated expected one as after it ("2019-08-29/..").  Precedents (an event
coded as history recalled, or dated more than two years before the story's earliest article)
are kept apart from the current story.  One happening is one item: the same event told by two
outlets, or twice in one article, carries every citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from newsdesk.knowledge import geo, grammar, plover
from newsdesk.model import (
    Article,
    Extraction,
    Quote,
    Span,
    TimeExpr,
    and_list,
    time_interval,
)
from newsdesk.synthesize.briefing_types import PathCitation
from newsdesk.synthesize.quote_sources import described_speaker, shown_speaker
from newsdesk.synthesize.quote_text import denies, is_statement, shown_text

HISTORY_YEARS = 2
_CONDITIONAL = re.compile(
    "(?:" + "|".join(sorted(w.capitalize() for w in grammar.CONDITIONAL_OPENERS)) + r")\b"
)
# A date followed by a clock time and a zone is a page's time stamp ("Wed May 5, 2010 10:27 pm
# BST", "Thursday 6 May 2010 17.53 BST", "Thursday, May 6, 2010; 11:30 AM"): the byline, not
# something that happened on that day.
_STAMP = re.compile(
    r"(?:\s+(?-i:Last\s+updated|Updated?)\s+at)?"  # "13 July 2010 Last updated at 09:43 GMT"
    r"\s*[,;]?\s*\d{1,2}[:.]\d{2}\s*(?:(?:[ap]\.?m\.?)\s*(?:[A-Z]{2,4}\b)?|[A-Z]{2,4}\b)",
    re.IGNORECASE,
)
# The page's own history: "This article was amended on 6 May 2010", "A version appeared on p34 of
# the Main section ... on Thursday 6 May 2010", "This article appeared on p21 of ...".
_EDITORIAL = re.compile(
    r"(?i)\b(?:this (?:article|story|report) (?:was|has been) (?:amended|corrected|updated)"
    r"|(?:a version (?:of this (?:article|story) )?|this (?:article|story) )appeared (?:on|in)\b)"
)


# A clock time before a date is a stamp where a byline's bar stands before it ("Maggie Shiels |
# 09:33 UK time, Wednesday, 9 June 2010") or where it opens a reader's comment ("At 11:07 am on
# 09 Jun 2010, Les Acres wrote: ...").
# A date after the page's "Update" or "Updated" is when it was changed: "Update July 13 at 2:50
# p.m.", "Updated: 6 May 2010".
_UPDATE_BEFORE = re.compile(r"\b(?:Last\s+)?(?:Update|Updated|UPDATED|UPDATE):?\s+(?:on\s+)?$")
_CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b|UK\s+time)?\s*,?\s*"
_BYLINE_CLOCK = re.compile(r"\|\s*" + _CLOCK + r"(?:on\s+)?$")
_COMMENT_CLOCK = re.compile(r"(?:(?i:^\s*(?:at\s+)?)|\bAt\s+)" + _CLOCK + r"(?:on\s+)?$")
_COMMENT_AFTER = re.compile(r",?\s*[^\s.:,;]+(?:\s+[^\s.:,;]+){0,3}\s+(?:wrote|said|says)\s*:")


def page_note(text: str, end: int, sentence: Span, start: int | None = None) -> bool:
    """A date ending at ``end`` (and starting at ``start``, if given) is the page's own time
    stamp (a clock time and zone follow it, or a clock time stands before it after a byline's
    bar or opening a reader's comment) or its history ("This article was amended on ..."), not
    a day of the story."""
    if _STAMP.match(text, end) or _EDITORIAL.search(text, sentence.start, sentence.end):
        return True
    if start is None:
        return False
    before = text[max(sentence.start, start - 60) : start]
    if _BYLINE_CLOCK.search(before) or _UPDATE_BEFORE.search(before):
        return True
    return bool(_COMMENT_CLOCK.search(text[sentence.start : start])
                and _COMMENT_AFTER.match(text, end))


@dataclass
class Citation:
    article: str
    outlet: str | None
    path: str | None
    start: int
    end: int

    def to_json(self) -> PathCitation:
        return {
            "article": self.article,
            "outlet": self.outlet,
            "path": self.path,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class TimelineItem:
    value: str  # ISO value as normalised: "2019-08-26", "2019-W35", "2019-08", "1981"
    granularity: str | None
    sort_key: str
    label: str  # what happened, in the article's words or a coded summary
    kind: str  # event, statement, dated
    approximate: bool
    historical: bool
    citations: list[Citation] = field(default_factory=list)
    event_key: tuple[str, tuple[str, ...], tuple[str, ...]] | None = None  # type, who, whom
    expected: bool = False  # an event announced or planned, not yet happened
    speakers: frozenset[str] = frozenset()  # a statement's speakers (actor ids)
    fact: int | None = None  # its sentence's fact in the outlet comparison, if others state it

    @property
    def outlets(self) -> list[str]:
        """The outlets that report the item, in order of citation."""
        return list(dict.fromkeys(c.outlet for c in self.citations if c.outlet))


def display_name(ident: str, names: dict[str, str]) -> str:
    """A reader's name for an actor id, also for ids no article named ("country:GBR")."""
    if ident in names:
        return names[ident]
    kind, _, rest = ident.partition(":")
    if kind == "country" and len(rest) == 3:
        return geo.country_name(rest)
    return rest.replace("-", " ") or ident


# Events the coder reads as not (or not yet, or not once) happening: no timeline items.
_OFF_TIMELINE = frozenset({"hypothetical", "standing"})


def undated(published: date, expected: bool = False) -> str:
    """The value of an event the text does not date: some time before publication, or, for an
    expected one ("UN forces would accompany the convoys"), some time after it
    ("2010-01-20/..", ISO 8601-2's open end)."""
    return f"{published.isoformat()}/.." if expected else f"../{published.isoformat()}"


def open_ended(value: str) -> bool:
    """Whether a value is an undated event's: before publication or, if expected, after."""
    return value.startswith("../") or value.endswith("/..")


def sort_key(value: str) -> str:
    """A string that sorts ISO dates, weeks, months, years and decades chronologically; an
    interval ending on a day ("../2019-08-29", "PXW/2019-08-29") sorts at its end."""
    if value.startswith(("../", "P")) and "/" in value:
        return value.split("/", 1)[1]
    m = re.match(r"^(\d{4})-W(\d{2})", value)
    if m:  # a week sorts at its Monday
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return monday.isoformat()
    if re.match(r"^\d{3}X", value):
        return value[:3] + "0"
    if re.match(r"^\d{2}XX", value):
        return value[:2] + "00"
    return value.split("/")[0]


def _year(value: str) -> int | None:
    m = re.match(r"^(\d{4})", sort_key(value))
    return int(m.group(1)) if m else None


def build(extractions: list[Extraction], names: dict[str, str],
          shared: list[tuple[str, int, int, int]] | None = None) -> list[TimelineItem]:
    """Timeline items of the set, merged where articles report the same thing on the same date.

    ``shared``: (article, start, end, fact) of the sentences the outlet comparison found stated
    by several articles (``compare.Matching.shared``); a statement inside one is that fact."""
    facts: dict[str, list[tuple[int, int, int]]] = {}
    for article, start, end, number in shared or []:
        facts.setdefault(article, []).append((start, end, number))
    dated = [ex.article.published for ex in extractions if ex.article.published]
    story_year = min(dated).year if dated else None
    items: list[TimelineItem] = []
    for ex in extractions:
        art = ex.article
        covered: list[Span] = []
        for event in ex.events:
            if event.negated or event.hypothetical or event.kind in _OFF_TIMELINE:
                continue
            value, grain = event.time, event.time_granularity
            if value is None:
                if art.published is None:
                    continue
                value, grain = undated(art.published, event.kind == "expected"), None
            who = ", ".join(display_name(a, names) for a in event.actors) or "someone"
            whom = ", ".join(display_name(r, names) for r in event.recipients)
            label = f"{event.type}{':' + event.mode if event.mode else ''} — {who}"
            label += f" → {whom}" if whom else ""
            evidence = art.text[event.evidence.start : event.evidence.end].strip()
            key = (event.type, tuple(sorted(event.actors)), tuple(sorted(event.recipients)))
            item = _item(
                value,
                grain,
                f"{label}: {evidence}",
                "event",
                event.time_approximate,
                story_year,
                art,
                event.evidence,
                key,
            )
            item.historical = item.historical or event.kind == "precedent"
            item.expected = event.kind == "expected" or (
                event.kind != "precedent" and _after(value, art.published))
            item.fact = _fact_of(facts, art.id, event.evidence.start, event.evidence.end)
            items.append(item)
            covered.append(event.evidence)
        granularity = {t.value: t.granularity for t in ex.times if t.value}
        for quotes in _said_together(ex.quotes, art.text):
            first = quotes[0]
            who = and_list(list(dict.fromkeys(
                names.get(q.speaker.actor or "",
                          described_speaker(q) or shown_speaker(q.speaker.text))
                for q in quotes if q.speaker is not None)))
            said = shown_text(first, art.text, names).strip().strip('“”"').rstrip(" ,")
            said = f"“{_clip(said)}”" if first.kind == "direct" else _clip(said)
            span = Span(
                min(first.start, first.cue.start if first.cue else first.start),
                max(first.content[-1].end, first.cue.end if first.cue else 0),
            )
            assert first.time is not None  # _said_together keeps dated quotes only
            if _stamped(ex, first.time, span):
                continue  # "At 8:27 pm on 04 Mar 2011, a reader wrote: ...": the page's stamp
            statement = _item(
                first.time,
                granularity.get(first.time),
                f"{who} said: {said}",
                "statement",
                False,
                story_year,
                art,
                span,
            )
            statement.speakers = frozenset(
                q.speaker.actor for q in quotes if q.speaker is not None and q.speaker.actor)
            statement.fact = _fact_of(facts, art.id, span.start, span.end)
            items.append(statement)
            covered.append(span)
        # A speaker's own words are dated when said: a time inside a direct quotation ("this
        # will not come again in the next decade") is part of what was said, not the date of
        # the sentence.  (Reported speech, "police said the march began on Monday", still
        # dates what it reports.)
        spoken = [p for quote in ex.quotes if quote.kind == "direct" for p in quote.content]
        for expr in ex.times:
            if expr.value is None or not expr.dates:
                continue
            if any(p.start <= expr.start and expr.end <= p.end for p in spoken):
                continue
            sentence = next((s for s in ex.sentences if s.start <= expr.start < s.end), None)
            if sentence is None or any(c.overlaps(sentence) for c in covered):
                continue
            if _CONDITIONAL.match(art.text[sentence.start : sentence.end].lstrip()):
                continue  # "If it pays consultants next year": not something that happened
            if _opens_quotation(art.text[sentence.start : sentence.end]):
                continue  # '"The roads today look the same as yesterday.' : someone's words
            if _tells_nothing(art.text, sentence, ex.times):
                continue  # "AP June 23, 2010:" on a line of its own: a credit and its date
            if page_note(art.text, expr.end, sentence, expr.start):
                continue  # the page's time stamp or its history, not the story's
            if _naming(art.text, expr.start, expr.end, expr.text):
                continue  # "survived the April 20 explosion": names a thing, dates no sentence
            if _baseline(art.text, sentence.start, expr.start):
                continue  # "down from 48 percent in early March": when the old figure held
            if _compared(art.text, sentence.start, expr.start):
                continue  # "much less oil than three days ago": when the other figure held
            if any(_narrower(other, expr) for other in ex.times
                   if other is not expr and sentence.start <= other.start < sentence.end):
                continue  # "cut pipes on Monday to prepare ... this week": Monday dates it
            text = art.text[sentence.start : sentence.end].strip()
            value = _since(art.text, expr.start, expr.value, art.published)
            in_text = _item(value, expr.granularity, text, "dated", False, story_year, art,
                          sentence)
            in_text.expected = _after(value, art.published)
            in_text.fact = _fact_of(facts, art.id, sentence.start, sentence.end)
            items.append(in_text)
    return _merge(items, officials_of(extractions))


def _tells_nothing(text: str, sentence: Span, times: list[TimeExpr]) -> bool:
    """Whether a sentence holds nothing but its times and a name or two ("AP June 23, 2010:",
    "Photo by AP, March 8, 2021:"): fewer than two words in lower case and fewer than four
    words in all outside its time expressions, so an item of that day would show only the
    date.  A headline in title case ("Oil Reaches Florida Beaches On Friday") is kept."""
    kept, at = [], sentence.start
    for expr in sorted(times, key=lambda t: t.start):
        if sentence.start <= expr.start and expr.end <= sentence.end and expr.start >= at:
            kept.append(text[at : expr.start])
            at = expr.end
    kept.append(text[at : sentence.end])
    words = re.findall(r"[A-Za-z][A-Za-z'’-]*", " ".join(kept))
    return sum(w[0].islower() for w in words) < 2 and len(words) < 4


def _opens_quotation(sentence: str) -> bool:
    """Whether a sentence opens a quotation it does not close ('"The weather today looks the
    same as yesterday.', the closing mark a sentence or more on): a speaker's words, whether
    or not the quote stage found who spoke them, so their times date nothing."""
    words = sentence.strip()
    if len(words) < 2 or not words[1].isalnum():
        return False  # '" he said on Monday.': a mark that closes what came before
    if words[0] == "“":
        return "”" not in words
    return words[0] == '"' and words.count('"') == 1


def _stamped(ex: Extraction, value: str, span: Span) -> bool:
    """Whether a statement's time is a page's stamp in its sentence (a reader's comment's "At
    11:07 am on 09 Jun 2010, Les Acres wrote:"), which tells when the page took the words, not
    when anything happened."""
    sentence = next((s for s in ex.sentences if s.start <= span.start < s.end), None)
    if sentence is None:
        return False
    return any(
        expr.value == value and sentence.start <= expr.start < sentence.end
        and page_note(ex.article.text, expr.end, sentence, expr.start)
        for expr in ex.times
    )


_DETERMINER_BEFORE = re.compile(r"(?i)(?:^|\W)(?:the|its|their|this|that|a|an)\s+$")
_WORD_AFTER = re.compile(r"\s+[A-Za-z]")


def _naming(text: str, start: int, end: int, expression: str) -> bool:
    """Whether a date stands inside a noun phrase as the name of a thing: between a determiner
    and the noun ("a worker who survived the April 20 explosion", "failing to prevent the 20
    April explosion", "since the 22 April explosion", "in the 2008 election", "to make a
    first-quarter dividend payment").  The sentence
    it sits in tells of something else, so it dates no timeline item; a decade ("in the 1980s")
    or a phrase that carries its own determiner ("the end of June") is not such a name."""
    if re.search(r"\d0s$|\d0's$", expression):
        return False
    if re.match(r"(?i)the\s+\d", expression):  # "the 20 April explosion": its own determiner
        return bool(_WORD_AFTER.match(text, end))
    if re.match(r"(?i)(?:the|this|that)\s", expression):
        return False
    return bool(_DETERMINER_BEFORE.search(text[max(0, start - 12) : start])
                and _WORD_AFTER.match(text, end))


# A change measured from a figure: "down from", "up from", "has slipped from", "rose from",
# "compared with"; then the figure (a number) and what it counts, up to the time.
_CHANGE_FROM = re.compile(
    r"(?i)\b(?:(?:down|up|rose|risen|rising|fell|fallen|falling|dropped|slipped|slid|climbed|"
    r"increased|decreased|declined|jumped|plunged|grew|grown|shrank|shrunk)\s+(?:\w+\s+)?from|"
    r"compared\s+(?:with|to))\s+"
)
# A change counted before its "from", by the verb ("down five points from", "fell 3 percent
# from") or by a noun of change after its amount ("a 38 percent drop from", "a 5% rise from"):
# a time right after "from" is when the old figure held.
_COUNTED_CHANGE_FROM = re.compile(
    r"(?i)(?:\b(?:down|up|rose|risen|fell|fallen|dropped|slipped|slid|climbed|increased|"
    r"decreased|declined|jumped|plunged|grew|grown|shrank|shrunk)\s+(?:[\w.,%-]+\s+){1,3}|"
    r"\b(?:\d[\d.,]*\s*(?:%|percent|per\s+cent|points?)|\w+\s+(?:percent|per\s+cent|points?))"
    r"\s+(?:drop|fall|decline|decrease|rise|increase|jump|gain|slide|plunge)\s+)"
    r"from\s+(?:(?:early|late|mid|the)\s+)?$"
)
_FIGURE_TO_TIME = re.compile(r"(?i)[^;:.!?()]{0,80}?\d[^;:!?()]{0,80}$")


def _baseline(text: str, sentence_start: int, start: int) -> bool:
    """Whether a time sits inside the figure a change is measured from: "stands at 41 percent,
    down from 48 percent in early March", "has slipped from 60,000 a day last autumn to 52,000
    now", "up from 38 percent in May and 22 percent in April".  The time tells when that
    figure held; the sentence's news (the new figure) is of another time.  A comma ends the
    figure unless "and" goes on with another ("..., and 50 percent the week after").  A change
    counted before its "from" ("down five points from early last month", "a 38 percent drop
    from Tuesday's record") holds the time right after "from"."""
    before = text[sentence_start:start]
    if _COUNTED_CHANGE_FROM.search(before[-80:]):
        return True  # "down six points from late last month", "a 20 percent fall from Monday's"
    changes = list(_CHANGE_FROM.finditer(before))
    if not changes:
        return False
    change = changes[-1]
    figure = before[change.end():]
    if re.search(r"\bto\s", figure) or re.search(r",(?=\s)(?!\s+and\s)", figure):
        return False  # "rose from two euros to three in 2019": the time is the change's own
    return bool(_FIGURE_TO_TIME.match(figure))


# "than" right before the time, or before a clause of it with its subject and verb ("than
# three days ago", "than they were last year", "than on Monday"), after a word that makes
# it no quantity or bound of the time itself ("more than a month ago", "no later than Friday")
_THAN_BEFORE = re.compile(
    r"(?i)(?:\b(?P<amount>[\w%'-]+)\s+)?\b(?P<word>[\w'-]+)\s+than\s+(?:(?:it|they|he|she|we|there)\s+"
    r"(?:was|were|did|had|is|are|does|do)\s+)?(?:(?:on|in|at|during)\s+)?$"
)
_THAN_OF_TIME = frozenset({
    "more", "less", "fewer", "over", "under", "longer", "shorter", "later", "earlier", "sooner",
})
# Amounts before "more" or "less" that make it a comparison of figures ("6 percent less than a
# year earlier", "a tenth less than in 2009", "much more than last year"), not a time's bound
_COMPARED_AMOUNTS = frozenset({
    "percent", "cent", "%", "much", "far", "tenth", "third", "quarter", "half", "times",
    "slightly", "significantly", "considerably", "substantially", "even", "still",
})


def _compared(text: str, sentence_start: int, start: int) -> bool:
    """Whether a time is what a comparison measures against: "the tube was capturing much
    less of the oil than three days ago", "sales are higher than they were last year".  The
    time tells when the figure compared with held; the sentence's news is of another time
    (as with ``_baseline``), and so with an amount before "more" or "less" ("6 percent less
    than a year earlier").  Not where "than" makes part of the time: "more than a month ago",
    "no later than Friday"."""
    found = _THAN_BEFORE.search(text[max(sentence_start, start - 60) : start])
    if found is None:
        return False
    amount = (found.group("amount") or "").lower()
    return found.group("word").lower() not in _THAN_OF_TIME or (
        amount in _COMPARED_AMOUNTS or amount[-1:].isdigit())


# "since" right before the time, or opening a short phrase or clause that holds it ("since the
# first tremor on", "since the Deepwater Horizon rig exploded on", "ever since")
_SINCE_BEFORE = re.compile(
    r"(?i)\bsince\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'-]+\s+){0,6}$"
)


def _narrower(inner: TimeExpr, outer: TimeExpr) -> bool:
    """Whether ``inner`` names days strictly inside ``outer``'s ("on Monday" inside "this
    week", "June 1" inside "June"): in one sentence the wider one adds no item of its own,
    only the same sentence again under a vaguer date."""
    if not (inner.dates and outer.dates and inner.value and outer.value):
        return False
    a, b = time_interval(inner.value), time_interval(outer.value)
    return a is not None and b is not None and a != b and b[0] <= a[0] and a[1] <= b[1]


def _since(text: str, start: int, value: str, published: date | None) -> str:
    """What a sentence tells since a time happened between that time and publication: "aid
    has been slow to reach survivors since the first tremor on 12 January" and "turned away
    three times since Sunday" are not things of 12 January or of Sunday, but of the days from
    then to the article ("2010-01-12/2010-01-20").  A time long past, "the lowest close since
    August 1996", stays as it was."""
    span = interval(value)
    if published is None or span is None or not (
            published.year - HISTORY_YEARS <= span[0].year and span[0] < published):
        return value  # "the lowest close since August 1996" stays a look back at 1996
    if not _SINCE_BEFORE.search(text[max(0, start - 48) : start]):
        return value
    return f"{span[0].isoformat()}/{published.isoformat()}"


def _fact_of(facts: dict[str, list[tuple[int, int, int]]], article: str, start: int, end: int
             ) -> int | None:
    """The fact of the outlet comparison whose sentence holds [start, end), if any."""
    return next((number for first, last, number in facts.get(article, [])
                 if first <= start and end <= last), None)


def _after(value: str, published: date | None) -> bool:
    """Whether a date lies wholly after its article's publication, so what it dates is expected,
    not reported: "It should be on the seabed by Saturday" in a Wednesday article, "could be
    fired up early next week"."""
    span = interval(value)
    return bool(published and span and span[0] > published)


def _said_together(quotes: list[Quote], text: str) -> list[list[Quote]]:
    """Dated quotes with a speaker, those of one cue and content as one group: "Trump and
    Rouhani both said Monday they were open to meeting" is one statement of two speakers, not
    two items with the same words.  Only what was said: an attribution by another verb ("the
    judge rebuked the ministry", "the agency posted a spotter") is no statement, and an item
    "the judge said: the ministry" would tell what nobody said; its sentence stays dated as
    itself."""
    groups: dict[tuple[object, ...], list[Quote]] = {}
    for quote in quotes:
        if not quote.time or quote.speaker is None or not _said(quote, text):
            continue
        key = (quote.time, quote.cue.start if quote.cue else None,
               tuple((p.start, p.end) for p in quote.content))
        groups.setdefault(key, []).append(quote)
    return list(groups.values())


def _said(quote: Quote, text: str) -> bool:
    """Whether a quote tells words someone said or wrote: a statement, or reported speech
    under a verb an event is reported by ("indicated he would be willing"); not what someone
    withheld or denied ("did not say on Friday whether ...", "denied on Friday that ...",
    ``quote_text.denies``)."""
    return is_statement(quote, text) or (
        quote.cue is not None and quote.cue.lemma in grammar.REPORTING_VERBS
        and not denies(quote.cue.text, quote.cue.lemma))


def officials_of(extractions: list[Extraction]) -> dict[str, str]:
    """The country each official actor of the set serves (a president, a ministry, an army):
    the state, named as such, stands for them when accounts of one event are compared."""
    return {
        a.id: a.country
        for ex in extractions
        for a in ex.actors
        if a.country and a.kind != "country" and a.sector in plover.OFFICIAL_SECTORS
    }


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _item(
    value: str,
    granularity: str | None,
    label: str,
    kind: str,
    approximate: bool,
    story_year: int | None,
    art: Article,
    span: Span,
    event_key: tuple[str, tuple[str, ...], tuple[str, ...]] | None = None,
) -> TimelineItem:
    year = _year(value)
    historical = bool(story_year and year and year < story_year - HISTORY_YEARS)
    return TimelineItem(
        value,
        granularity,
        sort_key(value),
        label,
        kind,
        approximate,
        historical,
        [Citation(art.id, art.outlet, art.path, span.start, span.end)],
        event_key,
    )


interval = time_interval  # the contract's time values read as days (``model.time_interval``)


def same_window(a: str, b: str, slack_days: int = 1) -> bool:
    """Whether two dates can name the same moment: their spans overlap (two days: give or take
    one, as reports of late-evening events differ)."""
    if a == b:
        return True
    first, second = interval(a), interval(b)
    if first is None or second is None:
        return False
    if first[0] != first[1] or second[0] != second[1]:
        slack_days = 0  # the day's slack is for two days, not for neighbouring months or years
    return (
        first[0].toordinal() - slack_days <= second[1].toordinal()
        and second[0].toordinal() - slack_days <= first[1].toordinal()
    )


def same_event(
    a: tuple[str, tuple[str, ...], tuple[str, ...]],
    b: tuple[str, tuple[str, ...], tuple[str, ...]],
    officials: dict[str, str] | None = None,
) -> bool:
    """Whether two coded events can be one happening: one type, a shared actor, and recipients
    that agree where both name some ("toured Europe" and "traveled to China, Japan").

    A state and one of its officials are one participant ("the 1981 negotiations with the
    United States" and "Iran negotiated with the administration of President Carter"); two
    officials of one state are not (two ministers' meetings stay two).
    """
    if a[0] != b[0] or not _shared(a[1], b[1], officials or {}):
        return False
    return not a[2] or not b[2] or _shared(a[2], b[2], officials or {})


def _shared(first: tuple[str, ...], second: tuple[str, ...], officials: dict[str, str]) -> bool:
    """Whether two participant lists name one participant, a state standing for its officials."""
    if set(first) & set(second):
        return True

    def states(ids: tuple[str, ...]) -> set[str]:
        return {i.split(":", 1)[1] for i in ids if i.startswith("country:")}

    served = {officials[i] for i in second if i in officials}
    served_first = {officials[i] for i in first if i in officials}
    return bool(states(first) & served or states(second) & served_first)


def _one_statement(a: TimelineItem, b: TimelineItem) -> bool:
    """Two articles' accounts of one statement: one fact of the comparison, a shared speaker,
    dates in one window.  Two dated sentences are one item on the same terms, without a speaker:
    "BP spokesman John Curry said it would be deployed on the seabed by Thursday" and "John
    Curry, a BP spokesman, said it would be deployed on the seabed by tomorrow" (a Wednesday
    article), matched as one fact by the outlet comparison; and two events of one type in such
    sentences (``_one_account``)."""
    return (
        a.kind == b.kind
        and a.kind in ("statement", "dated", "event")
        and a.fact is not None
        and a.fact == b.fact
        and (a.kind == "dated" or bool(a.speakers & b.speakers)
             or (a.kind == "event" and _one_account(a, b)))
        and not {c.article for c in a.citations} & {c.article for c in b.citations}
        and same_window(a.value, b.value)
    )


def _one_account(a: TimelineItem, b: TimelineItem) -> bool:
    """Two events of one type in sentences the outlet comparison matched as one fact, with no
    participant that sets them apart: "Some of the 115 surviving workers aboard when it exploded
    are suing the company and BP" and "... who were aboard when it exploded are suing that
    company and BP PLC", where the coder found the doer in neither."""
    if a.event_key is None or b.event_key is None or a.event_key[0] != b.event_key[0]:
        return False
    if a.expected != b.expected or a.historical != b.historical:
        return False
    return not a.event_key[1] or not b.event_key[1] or bool(
        set(a.event_key[1]) & set(b.event_key[1]))


PASSAGE_CHARS = 1500  # about a passage: three or four paragraphs of news


def _apart_in_one_article(a: TimelineItem, b: TimelineItem) -> bool:
    """An undated event far from its twin in one article is another happening, not a look back
    at the same one: a daily log's "the president met with his national security team" on one
    day and on another (fourteen such sentences had gathered on one Thursday) against a report's
    "The talks on Monday ... The talks", told in one passage."""
    if not (open_ended(a.value) or open_ended(b.value)):
        return False
    shared = {c.article for c in a.citations} & {c.article for c in b.citations}
    return bool(shared) and not any(
        abs(x.start - y.start) <= PASSAGE_CHARS
        for x in a.citations for y in b.citations
        if x.article == y.article and x.article in shared
    )


def _precision(item: TimelineItem) -> tuple[bool, bool, int]:
    """How well an item is dated: any stated date beats none, a plain one an approximate."""
    span = interval(item.value)
    width = (span[1].toordinal() - span[0].toordinal()) if span else 10**6
    return (not open_ended(item.value), not item.approximate, -width)


def _merge(items: list[TimelineItem], officials: dict[str, str] | None = None
           ) -> list[TimelineItem]:
    """One item per happening, with every article's citation.

    Events merge when they can be one happening (``same_event``) and their dates fall in one
    window (a day, or a week or month that contains it; an undated event fits any date before
    its article's publication); the most precise date is kept.
    Statements merge when the outlet comparison found their sentences to state one fact, a
    speaker is shared and the dates fall in one window ("Trump and Rouhani both said Monday they
    were open to meeting" and "Rouhani ... indicating he would be willing"); otherwise, as dated
    sentences, only when identical.
    """
    kept: list[TimelineItem] = []
    for item in sorted(
        items, key=lambda i: (i.sort_key, i.citations[0].article, i.citations[0].start)
    ):
        twin = next(
            (
                k
                for k in kept
                if (
                    item.event_key is not None
                    and k.event_key is not None
                    and k.historical == item.historical
                    and k.expected == item.expected
                    and same_event(k.event_key, item.event_key, officials)
                    and same_window(k.value, item.value)
                    and not _apart_in_one_article(k, item)
                )
                or (
                    item.event_key is None
                    and k.event_key is None
                    and (k.value, k.label) == (item.value, item.label)
                )
                or _one_statement(k, item)
            ),
            None,
        )
        if twin is None:
            kept.append(item)
            continue
        twin.citations.extend(c for c in item.citations if c not in twin.citations)
        if _precision(item) > _precision(twin):
            twin.value, twin.granularity, twin.sort_key = (
                item.value,
                item.granularity,
                item.sort_key,
            )
            twin.approximate, twin.label = item.approximate, item.label
    kept.sort(
        key=lambda i: (i.sort_key, i.kind != "event", i.citations[0].article, i.citations[0].start)
    )
    return kept
