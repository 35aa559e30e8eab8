"""Temporal expressions: the resolution arithmetic (pure) and detection over parsed text."""

from __future__ import annotations

import itertools
import re
from datetime import date
from pathlib import Path

import pytest

from newsdesk import annotate
from newsdesk.extract.timeparse import first_week_of_month, resolve
from newsdesk.extract.times import clause_tense, extract_times
from newsdesk.model import Article, Region, TimeExpr

TUE = date(2019, 8, 27)  # a Tuesday
THU = date(2019, 8, 29)  # a Thursday
WED = date(2019, 8, 28)  # a Wednesday


# --- resolution: value, granularity, kind, modifier -------------------------------------------


@pytest.mark.parametrize(
    ("expression", "published", "tense", "value", "granularity"),
    [
        # weekdays: tense decides the direction; the publication day itself counts
        ("Monday", TUE, "past", "2019-08-26", "day"),
        ("on Monday", TUE, "past", "2019-08-26", "day"),
        ("on Tuesday", THU, "past", "2019-08-27", "day"),
        ("on Friday", WED, "past", "2019-08-23", "day"),
        ("on Friday", WED, "future", "2019-08-30", "day"),
        ("on Friday", WED, "present", "2019-08-30", "day"),
        ("on Tuesday", TUE, "past", "2019-08-27", "day"),
        ("on Tuesday", TUE, "future", "2019-08-27", "day"),
        ("last Thursday", TUE, "past", "2019-08-22", "day"),
        ("last Thursday", THU, "past", "2019-08-22", "day"),
        # one to three days back, "last" names the week before: that close is "on Tuesday"
        ("last Tuesday", THU, "past", "2019-08-20", "day"),
        ("last Monday", TUE, "past", "2019-08-19", "day"),
        ("this past Tuesday", THU, "past", "2019-08-27", "day"),
        ("last Friday", TUE, "past", "2019-08-23", "day"),  # four days back: the latest
        # a day without its year is the one within a month of publication, whatever the tense
        ("June 21", date(2010, 6, 16), "past", "2010-06-21", "day"),
        ("on 21 June", date(2010, 6, 16), "past", "2010-06-21", "day"),
        ("April 20", date(2011, 1, 10), "past", "2010-04-20", "day"),
        ("by December 31", date(2010, 6, 16), "present", "2010-12-31", "day"),  # a deadline
        ("on 19 October", date(2015, 8, 25), "past", "2015-10-19", "day"),  # 55 days on
        ("on 30 June", date(2015, 8, 25), "future", "2015-06-30", "day"),  # 56 days back
        ("on 29 October", date(2015, 8, 25), "past", "2014-10-29", "day"),  # 65 days on
        ("December 31", date(2010, 6, 16), "present", "2009-12-31", "day"),
        ("next Monday", date(2019, 12, 30), "past", "2020-01-06", "day"),
        ("Saturday night", TUE, "past", "2019-08-24", "day"),
        # relative days
        ("yesterday", TUE, "past", "2019-08-26", "day"),
        ("today", TUE, "present", "2019-08-27", "day"),
        ("tomorrow", date(2019, 12, 31), "future", "2020-01-01", "day"),
        ("two days ago", date(2020, 1, 1), "past", "2019-12-30", "day"),
        ("3 days ago", TUE, "past", "2019-08-24", "day"),
        # weeks (ISO), including across a year boundary
        ("earlier this week", date(2019, 8, 27), "past", "2019-08-26", "day"),  # Monday alone
        ("earlier this week", date(2019, 8, 26), "past", "2019-W35", "week"),  # none before
        ("last week", date(2020, 1, 3), "past", "2019-W52", "week"),
        ("next week", date(2019, 12, 27), "future", "2020-W01", "week"),
        ("in two weeks", TUE, "future", "2019-W37", "week"),
        ("by the first week of September", THU, "future", "2019-W36", "week"),
        ("the last week of August", THU, "past", "2019-W35", "week"),
        # months
        ("last month", date(2020, 1, 3), "past", "2019-12", "month"),
        ("this month", TUE, "past", "2019-08", "month"),
        ("In early August", THU, "past", "2019-08", "month"),
        ("late March", TUE, "past", "2019-03", "month"),
        ("in March", TUE, "future", "2020-03", "month"),
        # a month without its year within two months of publication is that one, whatever the
        # tense: a writer names a month ten months back with its year or "last"
        ("until October", date(2015, 8, 4), "past", "2015-10", "month"),
        ("in September", date(2015, 8, 4), "past", "2015-09", "month"),
        ("in June", date(2015, 8, 4), "future", "2015-06", "month"),
        ("in January", date(2015, 11, 20), "past", "2016-01", "month"),
        ("in December", date(2016, 1, 20), "future", "2015-12", "month"),
        ("in November", date(2015, 6, 20), "past", "2014-11", "month"),  # five months ahead
        ("last October", date(2015, 8, 4), "past", "2014-10", "month"),
        # "this November" is the year of publication's, whatever the clause's tense
        ("this November", TUE, "past", "2019-11", "month"),
        ("this January", TUE, "past", "2019-01", "month"),
        ("this past November", TUE, "past", "2018-11", "month"),
        ("by March of next year", TUE, "future", "2020-03", "month"),
        ("March 2019", None, "past", "2019-03", "month"),
        ("August 2019", TUE, "future", "2019-08", "month"),
        # seasons and quarters
        ("spring 2018", None, "past", "2018-SP", "season"),
        ("the summer of 2010", None, "past", "2010-SU", "season"),
        ("last summer", TUE, "past", "2018-SU", "season"),
        ("this summer", TUE, "past", "2019-SU", "season"),
        ("last winter", TUE, "past", "2018-WI", "season"),
        ("Q3 2019", None, "past", "2019-Q3", "quarter"),
        ("the third quarter of 2019", None, "past", "2019-Q3", "quarter"),
        ("the first quarter of this year", TUE, "past", "2019-Q1", "quarter"),
        ("the fourth quarter of last year", TUE, "past", "2018-Q4", "quarter"),
        ("the second quarter of next year", TUE, "future", "2020-Q2", "quarter"),
        # years, decades, centuries
        ("last year", THU, "past", "2018", "year"),
        ("next year", TUE, "future", "2020", "year"),
        ("in 1981", None, "past", "1981", "year"),
        ("of 1979", THU, "past", "1979", "year"),
        ("mid-2018", TUE, "past", "2018", "year"),
        ("two years ago", date(2020, 2, 1), "past", "2018", "year"),
        ("the 1990s", TUE, "past", "199X", "decade"),
        ("the early '80s", None, "past", "198X", "decade"),
        ("the next decade", THU, "future", "202X", "decade"),
        ("this decade", TUE, "past", "201X", "decade"),
        ("the 20th century", None, "past", "19XX", "century"),
        # explicit days, read with dateparser
        ("Aug. 27, 2019", None, "past", "2019-08-27", "day"),
        ("27 August 2019", None, "past", "2019-08-27", "day"),
        ("Sept. 3", TUE, "past", "2019-09-03", "day"),  # a week on: the near one, any tense
        ("Oct. 3", TUE, "past", "2019-10-03", "day"),  # five weeks on: the near one too
        ("Nov. 5", TUE, "past", "2018-11-05", "day"),  # ten weeks on: tense decides
        ("Sept. 3", TUE, "future", "2019-09-03", "day"),
        ("27 August", TUE, "future", "2019-08-27", "day"),
        ("Monday, Aug. 26", TUE, "past", "2019-08-26", "day"),
        ("2019-08-27", None, "past", "2019-08-27", "day"),
    ],
)
def test_resolved_dates(
    expression: str, published: date | None, tense: str, value: str, granularity: str
) -> None:
    result = resolve(expression, published, tense)
    assert (result.value, result.granularity) == (value, granularity)
    assert result.kind == "date"
    expected_anchor = f"published:{published.isoformat()}" if published else "absolute"
    absolute = re.search(r"\d{4}|'\d0s|century", expression) and "next" not in expression
    assert result.anchor == ("absolute" if absolute else expected_anchor)


@pytest.mark.parametrize(
    ("expression", "published", "modifier"),
    [
        ("In early August", THU, "early"),
        ("mid-2018", TUE, "mid"),
        ("late March", TUE, "late"),
        ("by the first week of September", THU, "by"),
        ("since 1979", None, "after"),
        ("before 2015", None, "before"),
        ("the end of the year", TUE, "late"),
        ("more than 20 years ago", TUE, "before"),
        ("earlier this week", THU, None),
    ],
)
def test_modifiers(expression: str, published: date | None, modifier: str | None) -> None:
    assert resolve(expression, published, "past").modifier == modifier


@pytest.mark.parametrize(
    ("expression", "published", "tense", "value"),
    [
        ("earlier this week", THU, "past", "2019-08-26/2019-08-28"),
        ("later this week", THU, "future", "2019-08-30/2019-09-01"),
        ("earlier this month", THU, "past", "2019-08-01/2019-08-28"),
        ("later this month", date(2019, 12, 27), "future", "2019-12-28/2019-12-31"),
        ("earlier this year", THU, "past", "2019-01-01/2019-08-28"),
    ],
)
def test_one_side_of_the_current_unit_is_a_range(
    expression: str, published: date, tense: str, value: str
) -> None:
    """"Earlier this week" in a Thursday article is Monday to Wednesday, not the ISO week
    (whose Friday to Sunday lie after the article)."""
    result = resolve(expression, published, tense)
    assert (result.kind, result.value, result.granularity) == ("range", value, "day")


def test_weekend_is_a_saturday_sunday_range() -> None:
    looking_back = resolve("this weekend's", TUE, "past")
    assert (looking_back.kind, looking_back.value) == ("range", "2019-08-24/2019-08-25")
    assert resolve("this weekend", TUE, "future").value == "2019-08-31/2019-09-01"
    on_sunday = date(2019, 8, 25)
    assert resolve("this weekend", on_sunday, "future").value == "2019-08-24/2019-08-25"
    assert resolve("last weekend", on_sunday, "past").value == "2019-08-17/2019-08-18"


def test_the_weekend_in_the_present_is_the_nearest_and_this_weekend_the_coming_one() -> None:
    """"The firm, after admitting a failure over the weekend, was trying another method on
    Tuesday": the participle's clause has no tense of its own, and the weekend two days gone
    was put four days ahead as expected.  A bare "the weekend" in the present is the nearest,
    as a weekday is; "this weekend" in the present is still the coming one."""
    assert resolve("the weekend", TUE, "present").value == "2019-08-24/2019-08-25"
    assert resolve("the weekend", date(2019, 8, 29), "present").value == "2019-08-31/2019-09-01"
    assert resolve("this weekend", TUE, "present").value == "2019-08-31/2019-09-01"
    times = _times("The ferry firm, after admitting one of those failures over the weekend, "
                   "was trying another hull patch on Tuesday.", TUE)
    assert ("the weekend", "2019-08-24/2019-08-25") in _pairs(times)


def test_a_record_over_a_span_is_no_date_ahead() -> None:
    """"... falling to its lowest level in 15 months": a superlative or a first measured over
    a span looks back over it; the share price's low was dated fifteen months ahead.  "will
    open in 15 months" still is a date ahead."""
    text = ("Shares in the ferry firm closed lower after falling to their lowest level in 15 "
            "months. It is the first rise in two years. The new terminal will open in 15 months.")
    values = [t.value for t in _times(text, TUE)]
    assert values == ["P15M", "P2Y", "2020-11"], values


@pytest.mark.parametrize(
    ("expression", "published", "tense", "value", "granularity", "modifier", "direction"),
    [
        ("six more years", THU, "present", "P6Y", "year", None, "future"),
        ("for the past 40 years", THU, "present", "P40Y", "year", None, "past"),
        ("for nearly two years now", TUE, "past", "P2Y", "year", "approx", "past"),
        ("in less than a month", TUE, "present", "P1M", "month", "less", "future"),
        ("in recent weeks", THU, "present", "PXW", "week", "approx", "past"),
        ("in the next few months", THU, "future", "PXM", "month", "approx", "future"),
        ("of the last half-century", TUE, "past", "P50Y", "century", None, "past"),
        ("the past year", TUE, "past", "P1Y", "year", None, "past"),
    ],
)
def test_publication_anchored_durations(
    expression: str,
    published: date,
    tense: str,
    value: str,
    granularity: str,
    modifier: str | None,
    direction: str,
) -> None:
    result = resolve(expression, published, tense)
    assert result.kind == "duration"
    assert (result.value, result.granularity) == (value, granularity)
    assert (result.modifier, result.direction) == (modifier, direction)
    assert result.anchor == f"published:{published.isoformat()}"


@pytest.mark.parametrize(
    ("expression", "value", "modifier"),
    [
        ("within 24 hours", "PT24H", "less"),
        ("eight-year", "P8Y", None),
        ("seven and a half years", "P90M", None),
        ("half an hour", "PT30M", None),
        ("90 minutes", "PT90M", None),
        ("more than a decade", "P10Y", "more"),
    ],
)
def test_free_durations_have_no_anchor(expression: str, value: str, modifier: str | None) -> None:
    result = resolve(expression, THU, "past")
    assert (result.kind, result.value, result.modifier, result.anchor) == (
        "duration",
        value,
        modifier,
        None,
    )


@pytest.mark.parametrize(
    ("expression", "value", "granularity"),
    [
        ("annual", "P1Y", "year"),
        ("every year", "P1Y", "year"),
        ("each week", "P1W", "week"),
        ("every Monday", "XXXX-WXX-1", "day"),
        ("twice a month", "P1M", "month"),
    ],
)
def test_sets(expression: str, value: str, granularity: str) -> None:
    result = resolve(expression, TUE, "present")
    assert (result.kind, result.value, result.granularity, result.anchor) == (
        "set",
        value,
        granularity,
        None,
    )


def test_without_publication_date_relative_values_stay_unknown() -> None:
    for expression in ("Monday", "last year", "earlier this week", "this weekend", "in March"):
        result = resolve(expression, None, "past")
        assert (result.value, result.anchor) == (None, None), expression
    assert resolve("1981", None, "past").value == "1981"
    assert resolve("the past 40 years", None, "past").value == "P40Y"


@pytest.mark.parametrize("expression", ["at that time", "one-term", "20 percent", "year", "the"])
def test_non_times_do_not_resolve(expression: str) -> None:
    assert resolve(expression, TUE, "past").value is None


def test_first_week_of_month_holds_the_first_thursday() -> None:
    # September 2019 starts on a Sunday: that Sunday belongs to August's last week
    assert first_week_of_month(2019, 9) == date(2019, 9, 2)
    # October 2020 starts on a Thursday: the week of 28 September is October's first
    assert first_week_of_month(2020, 10) == date(2020, 9, 28)


def test_bad_tense_is_rejected() -> None:
    with pytest.raises(ValueError):
        resolve("Monday", TUE, "pluperfect")


# --- detection over parsed text ----------------------------------------------------------------


def _times(
    text: str, published: date | None, regions: list[Region] | None = None
) -> list[TimeExpr]:
    article = Article(id="t", text=text, published=published, regions=regions or [])
    return extract_times(annotate.parse(text), article)


def _pairs(times: list[TimeExpr]) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in times]


def test_spans_drop_prepositions_and_keep_modifiers() -> None:
    text = (
        "The port authority said on Monday that dockers would return by the first week of "
        "March. The stoppage has lasted for nearly two months now, and a ballot is due in "
        "less than a month."
    )
    times = _times(text, date(2021, 2, 24))
    assert _pairs(times) == [
        ("Monday", "2021-02-22"),
        ("the first week of March", "2021-W09"),
        ("nearly two months", "P2M"),
        ("less than a month", "P1M"),
    ]
    assert [t.modifier for t in times] == [None, "by", "approx", "less"]
    for t in times:
        assert text[t.start : t.end] == t.text


def test_tense_turns_the_same_weekday_both_ways() -> None:
    text = (
        "The ferry crews stopped work on Friday. Their union says they will stop again on Friday."
    )
    times = _times(text, date(2021, 3, 10))  # a Wednesday
    assert _pairs(times) == [("Friday", "2021-03-05"), ("Friday", "2021-03-12")]


def test_clause_tense_reads_auxiliaries_and_governors() -> None:
    text = "The council is expected to vote by the end of June, the mayor said on Tuesday."
    doc = annotate.parse(text)
    june = text.index("the end of June")
    tuesday = text.index("Tuesday")
    assert clause_tense(doc, june, june + len("the end of June")) == "future"
    assert clause_tense(doc, tuesday, tuesday + len("Tuesday")) == "past"


def test_an_infinitive_under_an_adjective_of_schedule_looks_ahead() -> None:
    """ "was due to pay on Monday": "due" is an adjective, and its infinitive is a schedule;
    "was able to leave on Monday" stays in the past."""
    text = (
        "The insurer was due to pay the first claims on Monday. The crew was able to leave "
        "the platform on Monday."
    )
    times = _times(text, date(2022, 9, 15))  # a Thursday
    assert _pairs(times) == [("Monday", "2022-09-19"), ("Monday", "2022-09-12")]


def test_numbers_and_names_that_are_not_times() -> None:
    text = (
        "At that time the one-term governor promised a 20 percent cut on two parallel tracks. "
        "The army sent 2000 troops. Guards earn $12 an hour. A quarter of the budget went to "
        "schools. Viewers of Russia Today may watch a second debate."
    )
    assert _times(text, date(2021, 5, 5)) == []
    quoted = _times("“Today, we sign,” she said. “Weekly meetings follow.”", date(2021, 5, 5))
    assert _pairs(quoted) == [("Today", "2021-05-05"), ("Weekly", "P1W")]


def test_a_hyphenated_fraction_of_quarters_is_no_time() -> None:
    """ "About three-quarters support the levy": a share of people, not nine months; "for
    three quarters in a row" is still a span of time."""
    text = "About three-quarters support the levy. Sales fell for three quarters in a row."
    assert _pairs(_times(text, date(2021, 5, 5))) == [("three quarters", "P9M")]


def test_bare_years_are_found_in_their_usual_company() -> None:
    text = (
        "The 1987 treaty, signed in 1987 and revised in the spring of 1991, outlived its 2004 "
        "sequel."
    )
    values = [t.value for t in _times(text, date(2021, 5, 5))]
    assert values == ["1987", "1987", "1991-SP", "2004"]


def test_caption_regions_are_ignored() -> None:
    caption = "Delegates arrive at the summit Sunday. (Photo agency)"
    body = "The delegates met on Monday and will meet again next week."
    text = caption + "\n\n" + body
    regions = [Region("caption", 0, len(caption)), Region("body", len(caption) + 2, len(text))]
    times = _times(text, date(2021, 6, 9), regions)
    assert _pairs(times) == [("Monday", "2021-06-07"), ("next week", "2021-W24")]


def test_no_publication_date_keeps_absolute_years_only() -> None:
    times = _times("The envoys met on Monday, as they had in 1981.", None)
    assert [(t.text, t.value, t.anchor) for t in times] == [
        ("Monday", None, None),
        ("1981", "1981", "absolute"),
    ]


def test_records_are_sorted_and_disjoint() -> None:
    text = (
        "Last year the fund grew; in recent weeks it shrank. Yesterday the board met, and "
        "it meets every year in the third quarter."
    )
    times = _times(text, date(2021, 9, 15))
    assert [t.text for t in times] == [
        "Last year",
        "recent weeks",
        "Yesterday",
        "every year",
        "the third quarter",
    ]
    spans = [(t.start, t.end) for t in times]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


# --- the seed story ----------------------------------------------------------------------------

WAPO = "wapo-2019-08-27-talks-with-iran-coming-soon.txt"
NYT = "nyt-2019-08-29-iran-hierarchy-talks-inevitable.txt"


def _wapo_article(seed_dir: Path) -> Article:
    """Body regions by layout: masthead, label+headline and caption come first, "Read more" last."""
    text = (seed_dir / WAPO).read_text(encoding="utf-8")
    paragraphs = list(re.finditer(r"[^\n]+", text))
    end = next(p.start() for p in paragraphs if p.group() == "Read more:")
    regions = [Region("caption", paragraphs[2].start(), paragraphs[2].end())]
    regions.append(Region("body", paragraphs[3].start(), end))
    return Article(id="wapo", text=text, published=TUE, regions=regions)


@pytest.mark.seed
def test_seed_washington_post(seed_dir: Path) -> None:
    article = _wapo_article(seed_dir)
    times = extract_times(annotate.parse(article.text), article)
    assert [(t.text, t.value, t.kind) for t in times] == [
        ("this weekend", "2019-08-24/2019-08-25", "range"),
        ("nearly two years", "P2Y", "duration"),
        ("annual", "P1Y", "set"),
        ("less than a month", "P1M", "duration"),
        ("Monday", "2019-08-26", "date"),
        ("Monday", "2019-08-26", "date"),
        ("2015", "2015", "date"),
        ("the last half-century", "P50Y", "duration"),
    ]
    assert "Sunday" in article.text  # the caption's day is there, but not reporting
    assert times[1].modifier == "approx"
    assert times[4].anchor == "published:2019-08-27"


@pytest.mark.seed
def test_seed_new_york_times(seed_dir: Path) -> None:
    text = (seed_dir / NYT).read_text(encoding="utf-8")
    article = Article(id="nyt", text=text, published=THU)
    times = extract_times(annotate.parse(text), article)
    assert [(t.text, t.value, t.modifier) for t in times] == [
        ("six more years", "P6Y", None),
        ("the past 40 years", "P40Y", None),
        ("earlier this week", "2019-08-26/2019-08-28", None),
        ("24 hours", "PT24H", "less"),
        ("1979", "1979", None),
        ("last year", "2018", None),
        ("2015", "2015", None),
        ("early August", "2019-08", "early"),
        ("the next decade", "202X", None),
        ("recent weeks", "PXW", "approx"),
        ("the next few months", "PXM", "approx"),
        ("the first week of September", "2019-W36", "by"),
        ("weeks", "PXW", "less"),
        ("Tuesday", "2019-08-27", None),
        ("1979", "1979", None),
        ("1981", "1981", None),
        ("eight-year", "P8Y", None),
        ("1988", "1988", None),
        ("2015", "2015", None),
        ("1981", "1981", None),
        ("that time", "1981", None),
    ]
    # "At that time" follows "the 1981 hostage negotiations": it points back at that year.
    that_time = next(t for t in times if t.text == "that time")
    assert that_time.anchor == f"refers:{text.index('the 1981') + 4}-{text.index('the 1981') + 8}"
    durations = {t.text for t in times if t.kind == "duration"}
    assert durations == {
        "six more years",
        "the past 40 years",
        "24 hours",
        "recent weeks",
        "the next few months",
        "weeks",
        "eight-year",
    }


def test_at_that_time_takes_the_date_just_given() -> None:
    from newsdesk import annotate
    from newsdesk.extract.times import extract_times
    from newsdesk.model import Article, article_id

    text = (
        "The two towns signed a water treaty in 1962. At that time, the valley had no dam. "
        "Officials at the time said little."
    )
    article = Article(id=article_id(text), text=text, published=date(2024, 5, 7))
    found = {t.text: t for t in extract_times(annotate.parse(text), article)}
    assert found["that time"].value == "1962"
    assert found["that time"].anchor == f"refers:{text.index('1962')}-{text.index('1962') + 4}"
    assert found["the time"].value == "1962"
    lonely = "At that time, nobody knew."
    alone = Article(id=article_id(lonely), text=lonely, published=date(2024, 5, 7))
    assert extract_times(annotate.parse(lonely), alone) == []


def test_february_29_resolves_to_the_one_leap_year_on_either_side() -> None:
    # A column of 10 January 2016 looking back at "February 29": the only occurrence within a
    # year either way lies ahead, so it is taken even in the past tense; with none, no value.
    assert resolve("February 29", date(2016, 1, 10), "past").value == "2016-02-29"
    assert resolve("February 29", date(2016, 3, 10), "future").value == "2016-02-29"
    assert resolve("February 29", date(2014, 6, 1), "past").value is None


def test_a_verb_sharing_would_is_as_future_as_its_head() -> None:
    """ "said it would be deployed by tomorrow and hooked up to a drill ship over the weekend":
    the second participle shares "would be", so the weekend is the coming one."""
    times = _times(
        "A spokesman said the pump would be lowered by tomorrow and connected to a barge over "
        "the weekend.", date(2021, 3, 10))
    assert _pairs(times) == [("tomorrow", "2021-03-11"), ("the weekend", "2021-03-13/2021-03-14")]


def test_what_since_opens_lies_in_the_past() -> None:
    """ "will allow the first burn since a blaze on April 28": the date after "since" is
    before publication, whatever the tense of the clause it hangs from."""
    times = _times("Calm seas will allow the first dredging since a short trial on April 28 that "
                   "cleared the channel.", date(2021, 5, 5))
    assert ("April 28", "2021-04-28") in _pairs(times)


def test_a_number_before_a_measure_is_no_year() -> None:
    """ "the drilling is taking place at 1500 metres water depth": a depth, not the year 1500;
    "In 1500 the town was founded" is still a year."""
    assert _times("The drilling is taking place at 1500 metres water depth.",
                  date(2010, 5, 14)) == []
    assert _pairs(_times("In 1500 the town was founded.", date(2010, 5, 14))) == [("1500", "1500")]



def test_a_bare_season_in_the_present_simple_is_a_habit_not_a_date() -> None:
    """"Crews heat the sheds in winter" is every winter; "froze in winter" and "this winter"
    keep their dates."""
    assert resolve("winter", TUE, "present").value is None
    assert resolve("winter", TUE, "past").value == "2018-WI"
    assert resolve("this winter", TUE, "present").value is not None


def test_this_season_is_the_nearest_one_whatever_the_tense() -> None:
    """"this autumn" is the nearest autumn: "the row has grown as parties jostle ahead of this
    autumn's council elections" in a June article (a past clause) is the coming autumn, not
    last year's; "this spring" in June is the spring just gone, whatever the tense."""
    june = date(2021, 6, 15)
    assert resolve("this autumn", june, "past").value == "2021-FA"
    assert resolve("this autumn", june, "present").value == "2021-FA"
    assert resolve("this spring", june, "future").value == "2021-SP"
    text = ("The row has grown as parties jostled to look tough on the port operator ahead of "
            "this autumn's council elections.")
    assert _pairs(_times(text, june)) == [("this autumn", "2021-FA")]


def test_a_day_or_month_takes_the_year_written_after_it() -> None:
    """"On 22 June last year" is a day of last year, not one within a month of publication;
    "in March and August 2006" puts both months in 2006."""
    text = ("On 22 June last year, harbour engineers warned that the quay wall might collapse. "
            "Storms in March and August 2006 had already cracked it.")
    assert _pairs(_times(text, date(2010, 5, 30))) == [
        ("22 June last year", "2009-06-22"),
        ("March", "2006-03"),
        ("August 2006", "2006-08"),
    ]


def test_a_clock_time_with_its_zone_is_no_year_and_its_conversion_no_second_day() -> None:
    """"at 1930 CDT" and "at 0545 local time" are clock times, not the years 1930 and 545; "on 4
    March (0130 GMT 5 March)" tells one moment in two zones: one day, 4 March."""
    text = ("The valve was closed at 1930 CDT on 4 March (0130 GMT 5 March). The ferry sank at "
            "0545 local time (1045 GMT), the coastguard said. By 1100 (1600 GMT) the pier was "
            "full.")
    assert _pairs(_times(text, date(2021, 3, 10))) == [("4 March", "2021-03-04")]


def test_a_live_pages_clock_stamps_are_no_years() -> None:
    """A live page stamps each entry with the clock time and a colon ("2140: The minister has
    finished ...", once in a line after a widget's text, "Read Berit Lund's posts 2128: ..."):
    where a stamp opening a line is later than the year of publication, no chronology can
    have written it, and every such stamp of the page is a time of day, not a year to put on
    the timeline.  A year named in an entry stays a year, and a box of years before the
    publication ("1989: The tanker ran aground.") keeps them."""
    text = ("2140: The minister has finished speaking in the harbour chamber.\n"
            "2132: Read Berit Lund's posts 2128: Lund writes that the plan is too vague.\n"
            "2045: The dispute began in 1998 with a ferry strike.\n"
            "1958: Viewers in Bergen have been writing in all evening.\n")
    assert _pairs(_times(text, date(2011, 3, 10))) == [("1998", "1998")]
    box = ("1989: The tanker ran aground off the cape.\n"
           "1994: The port reopened to ferries.\n"
           "2008: The new terminal opened.\n")
    assert [v for _, v in _pairs(_times(box, date(2011, 3, 10)))] == ["1989", "1994", "2008"]


def test_a_day_named_ahead_of_a_past_act_is_the_nearest_such_day() -> None:
    """"The minister said little new ahead of Thursday's vote", written on a Tuesday: what
    "ahead of" names comes after the act, whatever the act's tense, so the vote is this
    Thursday's, not last week's, and the act comes before it; "Ahead of the hearings on
    Tuesday and Thursday, the senators released a letter" names today and this Thursday.  A
    day the past act itself took ("The ferry sank on Thursday") stays last Thursday."""
    tuesday = date(2011, 3, 8)
    vote = _times("The minister said little that was new ahead of Thursday's vote on the harbour.",
                  tuesday)
    assert [(t.text, t.value, t.modifier) for t in vote] == [("Thursday", "2011-03-10", "before")]
    hearings = _times("Ahead of the hearings on Tuesday and Thursday, the two senators released "
                      "a letter.", tuesday)
    assert _pairs(hearings) == [("Tuesday", "2011-03-08"), ("Thursday", "2011-03-10")]
    auction = _times("Fishermen protested at the quay ahead of Friday's auction.", tuesday)
    assert _pairs(auction) == [("Friday", "2011-03-11")]
    assert _pairs(_times("The ferry sank on Thursday, the coastguard said.", tuesday)) == [
        ("Thursday", "2011-03-03")]


def test_a_clock_range_before_its_zone_is_no_year() -> None:
    """"between 2300 and 0200 GMT (1900 to 2200 EST)": the zone after the range's second time
    is the first's too; neither is a year."""
    text = "The website will carry the debate live between 2300 and 0200 GMT (1900 to 2200 EST)."
    assert _pairs(_times(text, date(2011, 3, 10))) == []


def test_in_the_days_of_a_named_span_is_no_date_ahead() -> None:
    """"In the 85 days of the leak, 180m litres are estimated to have escaped": a span the
    text names, not a day 85 days after publication ("in 85 days" is one)."""
    span = _times("In the 85 days of the leak, 180m litres are estimated to have escaped.",
                  date(2010, 7, 16))
    assert [(t.text, t.kind) for t in span] == [("the 85 days", "duration")]
    ahead = _times("The port will reopen in 85 days, the board said.", date(2010, 7, 16))
    assert [(t.text, t.value) for t in ahead] == [("85 days", "2010-10-09")]


def test_a_time_a_thing_is_scheduled_for_is_the_nearest_such_day() -> None:
    """ "Two hearings were set for Tuesday" in a Monday article are tomorrow's hearings (the
    past tense is the scheduling's); written on a Thursday, the Tuesday just gone."""
    text = ("Two Senate hearings were set for Tuesday, and a House hearing was scheduled for "
            "Wednesday. The crew left the platform on Tuesday.")
    monday = _times(text, date(2022, 9, 12))
    assert _pairs(monday) == [("Tuesday", "2022-09-13"), ("Wednesday", "2022-09-14"),
                              ("Tuesday", "2022-09-06")]
    thursday = _times(text, date(2022, 9, 15))
    assert _pairs(thursday)[:2] == [("Tuesday", "2022-09-13"), ("Wednesday", "2022-09-14")]


def test_the_future_perfect_looks_ahead_and_fall_the_verb_is_no_season() -> None:
    """ "By August 15, 86 million litres will have spilled" written in June is this August;
    "would have reopened on Monday" stays past; "for it to fall further" is no autumn."""
    text = ("By August 15, some 86 million litres of oil will have spilled into the bay. If the "
            "dam had held, the town would have reopened on Monday. Given the potential for the "
            "shares to fall further, analysts expect a takeover.")
    assert _pairs(_times(text, date(2010, 6, 2))) == [("August 15", "2010-08-15"),
                                                      ("Monday", "2010-05-31")]


def test_september_11_named_as_the_attacks_is_2001() -> None:
    """ "September 11" with no year, far from publication, names the 2001 attacks ("compared
    the strike to September 11", "September 11 victims' families"), not last year's 11
    September; within two months of publication it is the coming day, as any date is."""
    text = ("The mayor compared the strike to September 11. September 11th changed the port "
            "for ever.")
    assert _pairs(_times(text, date(2022, 6, 14))) == [("September 11", "2001-09-11"),
                                                       ("September 11th", "2001-09-11")]
    ahead = _times("The ferry will reopen on September 11.", date(2022, 8, 1))
    assert _pairs(ahead) == [("September 11", "2022-09-11")]
    other = _times("The crews compared it to October 12.", date(2022, 6, 14))
    assert _pairs(other) == [("October 12", "2021-10-12")]


def test_a_day_of_an_ordered_act_is_the_nearest_one() -> None:
    """ "The governor ordered two inspectors to visit the plant on Friday" in a Thursday
    article is tomorrow's visit: the act comes after the order, so the past tense of the order
    does not send its day back a week.  The order's own day keeps the order's tense."""
    text = ("The governor ordered two inspectors to visit the plant on Friday. The governor "
            "asked the mayor on Tuesday to close the beaches.")
    assert _pairs(_times(text, date(2022, 9, 15))) == [("Friday", "2022-09-16"),
                                                       ("Tuesday", "2022-09-13")]


def test_a_day_of_an_act_an_infinitive_names_is_the_nearest_one() -> None:
    """ "The airline said it had a jet standing by to fly to the island on Saturday", written
    on a Friday, is tomorrow's flight: what an infinitive names comes after its governor's
    time, so a past governor does not send the day back a week.  Written on a Monday, the
    Saturday just gone is the nearest."""
    text = ("The airline said it had a jet standing by to fly to the island with supplies on "
            "Saturday.")
    assert _pairs(_times(text, date(2022, 9, 16))) == [("Saturday", "2022-09-17")]
    assert _pairs(_times(text, date(2022, 9, 19))) == [("Saturday", "2022-09-17")]
    went = "The minister went to Lindau to sign the treaty on Tuesday."
    assert _pairs(_times(went, date(2022, 9, 15))) == [("Tuesday", "2022-09-13")]


def test_a_coming_month_or_day_misparsed_into_a_past_clause_is_still_the_coming_one() -> None:
    # a fact box's line with no finite verb counts as past; the parser hangs "finish" on
    # "has abandoned"; both are of the coming autumn in an August article
    text = (
        "Next payment to shareholders to be decided on 19 October. "
        "The ferry company has abandoned plans to reopen the harbour until engineers now "
        "being hired finish the repairs in October, and kept its boats in port."
    )
    values = {t.text: t.value for t in _times(text, date(2015, 8, 25))}
    assert values["19 October"] == "2015-10-19"
    assert values["October"] == "2015-10"



def test_a_season_word_the_tagger_reads_as_a_verb_is_no_season() -> None:
    """"poor upkeep caused the pipeline to spring a leak" was dated spring 2010 on the oil-spill
    timeline.  Any season word read as a verb is the verb, as "fall" already was; the season
    as a noun still counts."""
    text = ("Rust caused the old storage tank to spring a leak. The repairs should be finished "
            "by next spring.")
    assert _pairs(_times(text, date(2010, 6, 10))) == [("next spring", "2011-SP")]


def test_a_day_under_an_expectation_held_in_the_past_is_the_nearest_one() -> None:
    """ "The ferry was expected to sail on Sunday evening" in a Monday article is the Sunday
    just gone: the expectation was held before the article was written, so its day is the
    nearest one, not the Sunday six days ahead.  An expectation held now still looks ahead."""
    text = ("The port said a tug was expected to reach the quay on Sunday evening. "
            "The ferry is expected to sail on Sunday.")
    assert _pairs(_times(text, date(2022, 9, 12))) == [("Sunday evening", "2022-09-11"),
                                                       ("Sunday", "2022-09-18")]
    thursday = _times("The tug was scheduled to arrive on Friday.", date(2022, 9, 15))
    assert _pairs(thursday) == [("Friday", "2022-09-16")]


def test_a_duration_from_a_day_is_the_day_moved_on() -> None:
    """ "The panel must report nine months from Friday" dates the report nine months on, not
    the Friday; "two weeks after 3 March" is 17 March; "three years before 2001" is 1998."""
    text = ("The panel must report to the governor nine months from Friday. "
            "The inquiry opened two weeks after 3 March. The mill closed three years before "
            "2001.")
    times = _times(text, date(2022, 9, 13))
    assert _pairs(times) == [("nine months from Friday", "2023-06"),
                             ("two weeks after 3 March", "2022-03-17"),
                             ("three years before 2001", "1998")]
    assert [t.granularity for t in times] == ["month", "day", "year"]
    ran = _times("The strike ran for three days from Monday.", date(2022, 9, 15))
    assert ("Monday", "2022-09-12") in _pairs(ran)
    # a bound on the span names no day: "more than 30 days from today" is any time after
    bound = _times("Guests due to arrive more than 30 days from today may wait.",
                   date(2022, 9, 15))
    assert not [v for _t, v in _pairs(bound) if v == "2022-10-15"], _pairs(bound)


def test_a_days_happening_under_a_present_verb_is_past_unless_looked_ahead_to() -> None:
    """"The toll from Tuesday's landslide is rising", written on a Sunday: a happening named by
    its day under a present-tense verb is the Tuesday just gone, not the nearest Tuesday (two
    days ahead); "ahead of Tuesday's vote" and a future verb look ahead."""
    sunday = date(2022, 3, 13)
    text = (
        "The toll from Tuesday's landslide is rising. Early reports from the valley of "
        "Tuesday's landslide suggest the damage is worse. Traders are calm ahead of Tuesday's "
        "vote. Tuesday's summit will settle the matter."
    )
    assert [t.value for t in _times(text, sunday)] == [
        "2022-03-08", "2022-03-08", "2022-03-15", "2022-03-15"]


def test_an_infinitival_relative_looks_ahead_of_its_clause() -> None:
    """"The full report, to be released on Tuesday, is likely to ...", written on a Thursday:
    what is to be done on a weekday is next week's; under a past verb ("had no time to rest on
    Tuesday") it is the nearest such day."""
    thursday = date(2022, 3, 17)
    text = ("The full report, to be released on Tuesday, is likely to call for reform. The "
            "crew had no time to rest on Tuesday.")
    assert [t.value for t in _times(text, thursday)] == ["2022-03-22", "2022-03-15"]


def test_an_infinitival_relative_under_a_past_obligation_is_the_nearest_such_day() -> None:
    """"The salvors had to abandon their attempt to refloat the barge on Thursday evening",
    written on a Friday: the parser hangs the day on the infinitive after the noun, whose
    governor is itself an infinitive under a past verb ("had to", "were forced to", "decided
    to"); that chain is past, so the day is the nearest Thursday, yesterday, not next week's.
    An infinitive under a present clause ("is likely to approve a plan to reopen ...") still
    looks ahead."""
    friday = date(2022, 3, 18)
    for text in ("The salvors had to abandon their attempt to refloat the barge on Thursday "
                 "evening.",
                 "The salvors were forced to halt their effort to refloat the barge on Thursday.",
                 "The salvors decided to give up their bid to refloat the barge on Thursday."):
        assert [t.value for t in _times(text, friday)] == ["2022-03-17"], text
    ahead = "The council is likely to approve a plan to reopen the bridge on Tuesday."
    assert [t.value for t in _times(ahead, friday)] == ["2022-03-22"]


def test_a_qualifier_before_a_month_and_its_day_goes_with_the_noun_after() -> None:
    """ "In this March 14, 2019 photo, ...": the "this" is the photo's, and the date is the
    day written out, not "this March" and a year of its own."""
    text = "In this March 14, 2019 photo, a ferry leaves the harbour at Dunmore."
    assert _pairs(_times(text, date(2021, 6, 1))) == [("March 14, 2019", "2019-03-14")]
    alone = _times("The dock reopened this March after repairs.", date(2021, 6, 1))
    assert _pairs(alone) == [("this March", "2021-03")]


def test_the_next_day_counts_from_the_day_just_named() -> None:
    """ "On Sunday, the mayor spoke ... Speaking the next day, the governor ...", written on a
    Thursday: the day after that Sunday, not the day after publication; "the following day"
    and "the previous day" count from the day just given too.  With no day given before, a
    past "the next day" names none."""
    thursday = date(2024, 5, 9)
    text = ("On Sunday, the mayor spoke at the harbour. Speaking the next day at city hall, "
            "the governor disagreed.")
    found = {t.text: t for t in _times(text, thursday)}
    assert found["the next day"].value == "2024-05-06"
    assert found["the next day"].anchor == f"refers:{text.index('Sunday')}-" \
        f"{text.index('Sunday') + 6}"
    text = ("The ferry sank on 3 April. The following day, divers reached the hull. "
            "The pilot had resigned on 20 April. The previous day, the board had met.")
    assert [(t.text, t.value) for t in _times(text, thursday) if "day" in t.text] == [
        ("The following day", "2024-04-04"), ("The previous day", "2024-04-19")]
    lonely = _times("The governor answered the next day.", thursday)
    assert [t.value for t in lonely if t.text == "the next day"] in ([], [None])


def test_next_weekday_is_that_day_of_next_week() -> None:
    """ "next Thursday" in a Wednesday paper is the Thursday of the week after, as "next week"
    is the week after: tomorrow would be "on Thursday" or "tomorrow".  Said on a Saturday,
    "next Tuesday" is three days on, still the week after."""
    wednesday, saturday = date(2022, 3, 16), date(2022, 3, 19)
    assert resolve("next Thursday", wednesday, "future").value == "2022-03-24"
    assert resolve("next Monday", wednesday, "future").value == "2022-03-21"
    assert resolve("next Tuesday", saturday, "future").value == "2022-03-22"
    assert resolve("this coming Thursday", wednesday, "future").value == "2022-03-17"


def test_a_day_reported_with_would_is_the_nearest_such_day() -> None:
    """ "what the mayor said she would do on Monday", in a Tuesday paper: "would" under a past
    verb of saying is a future seen from the past, so the nearest Monday (yesterday), not the
    one six days on, which the paper would call "next Monday".  A day still ahead stays ahead,
    and "will" keeps looking forward."""
    tuesday = date(2022, 3, 15)
    assert _pairs(_times("That is exactly what the mayor said she would do on Monday, after the "
                         "vote.", tuesday)) == [("Monday", "2022-03-14")]
    assert _pairs(_times("The mayor said she would resign on Friday.", tuesday)) == [
        ("Friday", "2022-03-18")]
    assert _pairs(_times("The mayor said she will visit the depot on Monday.", tuesday)) == [
        ("Monday", "2022-03-21")]


def test_the_year_set_beside_a_date_is_that_date_again() -> None:
    """ "plunged again in 1994, the year the party lost the house": "the year" in apposition
    to a date describes it; it is no second time, least of all the year of publication.  "by
    the end of the year" keeps its own reading."""
    assert _pairs(_times("The index plunged again in 1994, the year the party lost the house.",
                         date(2010, 6, 7))) == [("1994", "1994")]
    assert ("the end of the year", "2010") in _pairs(_times(
        "The index will recover by the end of the year.", date(2010, 6, 7)))


def test_a_weekday_under_a_negated_could_is_past_ability_not_a_coming_day() -> None:
    """ "On Sunday, some herons coated in tar couldn't fly away", written on a Monday: what
    someone could not do on a weekday is done with (news does not promise what will fail), so
    the Sunday just gone, not next week's; so too "could not be reached for comment on
    Friday" and a clause fronted before its source ("..., engineers said").  A complement
    after a verb of saying and a conditional still look ahead: "warned the ferry could not
    sail on Friday if the wind rises"."""
    monday = date(2010, 5, 24)
    cases = [
        ("On Sunday, some herons coated in tar couldn't fly away from the lagoon.", "2010-05-23"),
        ("The mayor could not be reached for comment on Friday.", "2010-05-21"),
        ("On Thursday the cut could not be finished, engineers said.", "2010-05-20"),
        ("Officials warned the ferry could not sail on Friday if the wind rises.", "2010-05-28"),
        ("The storm could hit the coast on Friday.", "2010-05-28"),
    ]
    for text, value in cases:
        found = [t.value for t in _times(text, monday)]
        assert found == [value], text


def test_a_weekday_set_after_the_week_it_falls_in_is_that_weeks() -> None:
    """"The crossing could resume next week, perhaps on Tuesday, the ferry company said",
    written on a Friday: the Tuesday is next week's, whatever the tense the "said" lends the
    sentence (it was the Tuesday just gone, a key date before publication); "last week, on
    Tuesday" is the Tuesday of the week before."""
    friday = date(2011, 3, 11)
    text = ("The crossing could resume next week, perhaps on Tuesday, the ferry company said. "
            "The count ended last week, on Tuesday, officials said.")
    days = [p for p in _pairs(_times(text, friday)) if p[0] == "Tuesday"]
    assert days == [("Tuesday", "2011-03-15"), ("Tuesday", "2011-03-01")]


def test_the_day_a_booked_happening_was_set_for_is_the_nearest_such_day() -> None:
    """"The palace announced Sunday that it was canceling the king's scheduled visit Wednesday to
    the coast", written on a Monday: the day a participle of booking's noun takes ("scheduled
    visit Wednesday", "planned trip on Tuesday") is the day the visit was set for, the nearest
    such day, as "set for Tuesday" is, not the Wednesday before the cancelling (the past tense
    of the act on it reached the day).  A day the act itself took stays in the past."""
    monday = date(2011, 3, 7)
    visit = _times("The palace announced Sunday that it was canceling the king's scheduled visit "
                   "Wednesday to the coast.", monday)
    assert _pairs(visit) == [("Sunday", "2011-03-06"), ("Wednesday", "2011-03-09")]
    trip = _times("The ministry said on Friday it had called off the minister's planned trip on "
                  "Tuesday to the border region.", monday)
    assert _pairs(trip) == [("Friday", "2011-03-04"), ("Tuesday", "2011-03-08")]
    assert _pairs(_times("The minister flew to the coast on Wednesday, the palace said.",
                         monday)) == [("Wednesday", "2011-03-02")]


def test_a_time_in_a_programme_title_is_no_time() -> None:
    """'..., Anna Berg said on the network's "This Week."': a show's title quoted after the
    network's possessive (or "on") names the programme, not the week of publication, and the
    statement was put under that week; the channel's "Today" show is no day either.  "this
    week" in running text stays a week, and a show named for a weekday airs on it."""
    monday = date(2011, 3, 7)
    text = ("\"This is like mending a pipe in the dark,\" Anna Berg, head of the port authority, "
            "said on the network's \"This Week.\"\n"
            "\"We will pay,\" Berg told the channel's \"Today\" show on Monday.\n"
            "The report said this week that the port would reopen.\n"
            "Speaking on \"Harbour News Sunday,\" the mayor said the quay was safe.")
    assert _pairs(_times(text, monday)) == [("Monday", "2011-03-07"), ("this week", "2011-W10"),
                                            ("Sunday", "2011-03-06")]


def test_a_weekday_under_a_refusal_to_speak_is_the_day_gone() -> None:
    """"A spokeswoman for the ferry company would not comment Friday night on the cause of the
    fire", written on a Saturday: a refusal to say something is reported once made, so the
    Friday just gone, not next week's (an expected key date).  Under a condition a "would
    not" still looks ahead."""
    saturday = date(2010, 5, 8)
    cases = [
        ("A spokeswoman for the ferry company would not comment Friday night on the cause of "
         "the fire.", "2010-05-07"),
        ("The mayor wouldn't say on Thursday whether the crossing would reopen.", "2010-05-06"),
        ("The crews would not sail on Friday unless the wind dropped.", "2010-05-14"),
    ]
    for text, value in cases:
        found = [t.value for t in _times(text, saturday)]
        assert found == [value], (text, found)


def test_a_day_booked_before_its_noun_or_forecast_is_the_nearest_such_day() -> None:
    """"... and the minister planned a Sunday visit to the harbour", written on a Saturday: a
    day naming the happening before its noun, the object of a verb of booking, is the day it was
    set for, tomorrow, not the Sunday before (the past tense of the planning reached it).  So is
    the day a passive verb of forecasting brings ("Gales were forecast through Sunday"), which
    the forecast looks to.  A forecaster's own act ("predicted on Thursday that ...") and a day
    before a noun no one booked stay in the past."""
    saturday = date(2011, 3, 5)
    visit = _times("Ferries stayed in port, and the minister planned a Sunday visit to the "
                   "harbour.", saturday)
    assert _pairs(visit) == [("Sunday", "2011-03-06")]
    gales = _times("Gales were forecast through Sunday and could close the bridge.", saturday)
    assert _pairs(gales) == [("Sunday", "2011-03-06")]
    act = _times("Forecasters predicted on Thursday that the gales would ease.", saturday)
    assert _pairs(act) == [("Thursday", "2011-03-03")]
    gone = _times("The minister praised the crews after the Friday storm.", saturday)
    assert _pairs(gone) == [("Friday", "2011-03-04")]


def test_a_present_perfect_in_a_clause_of_time_under_a_future_looks_ahead() -> None:
    """"A decision may not be made until after Svanberg has met with Obama at the White
    House on Wednesday", written on a Saturday: the clause of time is in the present perfect
    for what is still to come, and the meeting was dated the Wednesday just gone.  Under a
    future, a present or present perfect after "until", "before", "once", "if" ... looks
    ahead; a past perfect, and a clause under a past, stay past."""
    text = ("A decision may not be made until after the chairman has met the mayor on "
            "Wednesday. The port will not reopen before the inspectors have checked the cranes "
            "on Tuesday. The crews stopped work after the mayor had met them on Wednesday.")
    times = _times(text, date(2021, 3, 13))  # a Saturday
    assert _pairs(times) == [("Wednesday", "2021-03-17"), ("Tuesday", "2021-03-16"),
                             ("Wednesday", "2021-03-10")]
