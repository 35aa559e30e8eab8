"""The story timeline: which events are items, how they are dated, merged and rendered (on
hand-built records of our own), and the seed story's timeline item by item."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from newsdesk.model import (
    Actor,
    Article,
    Cue,
    Event,
    Extraction,
    Quote,
    Referent,
    Span,
    Speaker,
    TimeExpr,
    article_id,
)
from newsdesk.render import common
from newsdesk.synthesize import briefing, compare, timeline
from newsdesk.synthesize.briefing_types import TimelineEntry


def _report(text: str, outlet: str, published: date, *events: Event) -> Extraction:
    art = Article(
        id=article_id(text + outlet),
        text=text,
        path=f"{outlet}.txt",
        outlet=outlet,
        published=published,
        genre="news",
    )
    return Extraction(art, [], [], [], [], list(events), [Span(0, len(text))])


def _event(kind: str = "occurred", time: str | None = None, **kw: object) -> Event:
    values: dict = {
        "type": "COERCE",
        "mode": "seize",
        "actors": ["country:GHA"],
        "recipients": ["country:TGO"],
        "evidence": Span(0, 20),
        "time": time,
        "time_granularity": "day" if time else None,
        "kind": kind,
        "future": kind == "expected",
        "hypothetical": kind == "hypothetical",
        "historical": kind == "precedent",
    }
    values.update(kw)
    return Event(**values)


TEXT = "Ghana seized a Togolese barge near the border crossing."


def _events_of(items: list[timeline.TimelineItem]) -> list[timeline.TimelineItem]:
    return [i for i in items if i.kind == "event"]


def test_undated_event_is_before_publication_never_on_it() -> None:
    ex = _report(TEXT, "Accra Daily", date(2024, 3, 14), _event())
    [item] = _events_of(timeline.build([ex], {}))
    assert item.value == "../2024-03-14" and item.sort_key == "2024-03-14"
    entry = _entry(item)
    assert common.timeline_when(entry) == "before 2024-03-14"


def test_recent_weeks_reads_as_an_interval_up_to_publication() -> None:
    ex = _report(TEXT, "Accra Daily", date(2024, 3, 14),
                 _event(time="PXW/2024-03-14", time_approximate=True))
    [item] = _events_of(timeline.build([ex], {}))
    assert timeline.interval(item.value) == (date(2024, 1, 18), date(2024, 3, 14))
    assert common.timeline_when(_entry(item)).startswith("recent weeks up to 2024-03-14")


@pytest.mark.parametrize("kind", ["hypothetical", "standing"])
def test_hypothetical_and_standing_events_are_no_items(kind: str) -> None:
    ex = _report(TEXT, "Accra Daily", date(2024, 3, 14), _event(kind))
    assert _events_of(timeline.build([ex], {})) == []


def test_expected_event_is_marked_and_ongoing_is_an_item() -> None:
    ex = _report(TEXT, "Accra Daily", date(2024, 3, 14),
                 _event("expected", time="2024-03-20"),
                 _event("ongoing", type="CONSULT", mode=None, recipients=[]))
    items = _events_of(timeline.build([ex], {}))
    expected = next(i for i in items if i.event_key and i.event_key[0] == "COERCE")
    ongoing = next(i for i in items if i.event_key and i.event_key[0] == "CONSULT")
    assert expected.expected and common.timeline_when(_entry(expected)) == "2024-03-20, expected"
    assert not ongoing.expected and ongoing.value == "../2024-03-14"


def test_an_undated_expected_event_is_after_publication_never_before_it() -> None:
    """ "UN security forces would accompany US troops", "the committee will probe the
    situation": an expected event the text does not date lies after the article's
    publication, "after 2024-03-14, expected", not "before 2024-03-14, expected"."""
    ex = _report(TEXT, "Accra Daily", date(2024, 3, 14), _event("expected"))
    [item] = _events_of(timeline.build([ex], {}))
    assert item.value == "2024-03-14/.." and item.sort_key == "2024-03-14"
    assert timeline.interval(item.value) == (date(2024, 3, 14), date.max)
    assert common.timeline_when(_entry(item)) == "after 2024-03-14, expected"


def test_precedent_goes_to_its_own_list_with_its_own_date() -> None:
    ex = _report(TEXT, "Accra Daily", date(2024, 3, 14), _event("precedent", time="2023"))
    [item] = _events_of(timeline.build([ex], {}))
    assert item.historical and item.value == "2023"  # coded as history, though only a year ago


def test_two_outlets_one_event_one_item() -> None:
    # One outlet dates the seizure, the other does not: one item, the stated date, both cited.
    a = _report(TEXT, "Accra Daily", date(2024, 3, 14), _event(time="2024-03-12"))
    b = _report("Togo said Ghanaian police took one of its barges.", "Lome Post",
                date(2024, 3, 15), _event(actors=["country:GHA"], recipients=[]))
    [item] = _events_of(timeline.build([a, b], {}))
    assert item.value == "2024-03-12"
    assert item.outlets == ["Accra Daily", "Lome Post"]
    assert common.timeline_outlets(_entry(item)) == "reported by Accra Daily and Lome Post"


def test_different_events_stay_apart() -> None:
    a = _report(TEXT, "Accra Daily", date(2024, 3, 14), _event(time="2024-03-12"))
    b = _report("Togo seized a Ghanaian barge.", "Lome Post", date(2024, 3, 15),
                _event(time="2024-03-13", actors=["country:TGO"], recipients=["country:GHA"]))
    c = _report("Ghana seized another barge the week after.", "Accra Daily", date(2024, 3, 28),
                _event(time="2024-03-20"))
    assert len(_events_of(timeline.build([a, b, c], {}))) == 3


def _with_actors(ex: Extraction, *actors: Actor) -> Extraction:
    ex.actors = list(actors)
    return ex


_PRESIDENT = Actor(id="person:kofi-mensah", name="Kofi Mensah", kind="person", country="GHA",
                   sector="GOV")
_MINISTER = Actor(id="person:ama-boateng", name="Ama Boateng", kind="person", country="GHA",
                  sector="GOV")


def test_a_state_and_its_official_are_one_participant() -> None:
    # "talks with Ghana in 1996" and "Togo negotiated with President Mensah's government".
    a = _report(TEXT, "Accra Daily", date(2024, 3, 14),
                _event("precedent", time="1996", type="CONSULT", mode=None,
                       actors=["country:GHA"], recipients=[]))
    b = _report("Togo negotiated with President Mensah's government.", "Lome Post",
                date(2024, 3, 14),
                _event("precedent", time="1996", type="CONSULT", mode=None,
                       actors=["country:TGO", "person:kofi-mensah"], recipients=[]))
    items = _events_of(timeline.build([a, _with_actors(b, _PRESIDENT)], {}))
    assert len(items) == 1 and len(items[0].citations) == 2


def test_two_officials_of_one_state_are_two_participants() -> None:
    a = _report(TEXT, "Accra Daily", date(2024, 3, 14),
                _event(time="2024-03-12", type="CONSULT", mode=None,
                       actors=["person:kofi-mensah"], recipients=[]))
    b = _report(TEXT, "Lome Post", date(2024, 3, 14),
                _event(time="2024-03-12", type="CONSULT", mode=None,
                       actors=["person:ama-boateng"], recipients=[]))
    items = timeline.build([_with_actors(a, _PRESIDENT), _with_actors(b, _MINISTER)], {})
    assert len(_events_of(items)) == 2


def test_undated_event_does_not_merge_with_a_later_one() -> None:
    # Told as undated on the 14th, it cannot be the seizure of the 20th.
    a = _report(TEXT, "Accra Daily", date(2024, 3, 14), _event())
    b = _report(TEXT, "Lome Post", date(2024, 3, 22), _event(time="2024-03-20"))
    assert len(_events_of(timeline.build([a, b], {}))) == 2


def test_an_undated_event_far_from_its_dated_twin_in_one_article_is_another() -> None:
    """A log of many days: the same kind of seizure told undated in another day's passage is
    not the dated one; told in the same passage it is (a look back at it)."""
    log = ("Ghana seized a Togolese barge on Monday. " + "Talks went on. " * 200
           + "Ghana seized a Togolese barge again.")
    far = len(log) - len("Ghana seized a Togolese barge again.")
    ex = _report(log, "Accra Daily", date(2024, 3, 14),
                 _event(time="2024-03-11", evidence=Span(0, 40)),
                 _event(evidence=Span(far, len(log))))
    assert sorted(i.value for i in _events_of(timeline.build([ex], {}))) == [
        "../2024-03-14", "2024-03-11"]
    near = _report(log, "Accra Daily", date(2024, 3, 14),
                   _event(time="2024-03-11", evidence=Span(0, 40)),
                   _event(evidence=Span(41, 56)))
    assert [i.value for i in _events_of(timeline.build([near], {}))] == ["2024-03-11"]


def _quoted(text: str, quoted: str, kind: str, when: str, value: str) -> Extraction:
    """An article whose one quote holds a time expression in what was said."""
    start = text.index(quoted)
    cue = text.index("said")
    quote = Quote(kind, Speaker("Ama Owusu", 0, 9), Cue("said", "say", cue, cue + 4),  # type: ignore[arg-type]
                  [Span(start, start + len(quoted))])
    at = text.index(when)
    expr = TimeExpr(when, at, at + len(when), value, "year", "test")
    art = Article(id=article_id(text), text=text, path="a.txt", outlet="Accra Daily",
                  published=date(2024, 3, 14), genre="news")
    return Extraction(art, [], [], [quote], [expr], [], [Span(0, len(text))])


def test_a_time_inside_a_direct_quotation_dates_nothing() -> None:
    # The speaker's own words: a time in them is part of what was said.
    text = "Ama Owusu said: “Such a chance will not come again in the next decade.”"
    ex = _quoted(text, "Such a chance will not come again in the next decade.", "direct",
                 "the next decade", "203X")
    assert timeline.build([ex], {}) == []


def test_a_time_in_reported_speech_still_dates_its_sentence() -> None:
    text = "Ama Owusu said the port had reopened in 2023 after repairs."
    ex = _quoted(text, "the port had reopened in 2023 after repairs", "indirect",
                 "2023", "2023")
    [item] = timeline.build([ex], {})
    assert item.value == "2023" and item.kind == "dated"


def test_a_sentence_is_one_item_under_its_narrowest_date_not_again_under_a_wider_one() -> None:
    """"Robot submarines cut small pipes on Monday to prepare to place a valve this week": the
    sentence was listed under the Monday and again under the week that holds it.  The wider
    date adds nothing; a sentence with two dates apart ("closed on Friday ..., fell on
    Tuesday") stays under both."""
    text = ("Divers cut the old cables on Monday to prepare to lay the new line this week. "
            "Shares closed on Friday at 4 euros but fell on Tuesday to 3 euros.")
    times = []
    for words, value, grain in (("Monday", "2024-03-11", "day"), ("this week", "2024-W11", "week"),
                                ("Friday", "2024-03-08", "day"), ("Tuesday", "2024-03-12", "day")):
        at = text.index(words)
        times.append(TimeExpr(words, at, at + len(words), value, grain, "test"))
    art = Article(id=article_id(text), text=text, path="a.txt", outlet="Harbour Post",
                  published=date(2024, 3, 13), genre="news")
    first = text.index("Shares")
    ex = Extraction(art, [], [], [], times, [], [Span(0, first - 1), Span(first, len(text))])
    assert sorted(item.value for item in timeline.build([ex], {})) == [
        "2024-03-08", "2024-03-11", "2024-03-12"]


def test_one_quote_of_two_speakers_is_one_statement_with_its_referents() -> None:
    # "Both said Monday they would ...": one statement of two speakers, its pronoun shown with
    # whom it stands for.
    text = "Ama Owusu and Kofi Mensah both said Monday they would meet again."
    cue = text.index("said")
    content = Span(text.index("they"), len(text) - 1)
    they = text.index("they")
    quotes = [
        Quote("indirect", Speaker(name, text.index(name), text.index(name) + len(name), actor),  # type: ignore[arg-type]
              Cue("said", "say", cue, cue + 4), [content], time="2024-03-11",
              referents=[Referent(they, they + 4, "they", ["person:owusu", "person:mensah"],
                                  "Ama Owusu and Kofi Mensah")])
        for name, actor in (("Ama Owusu", "person:owusu"), ("Kofi Mensah", "person:mensah"))
    ]
    art = Article(id=article_id(text), text=text, path="a.txt", outlet="Accra Daily",
                  published=date(2024, 3, 14), genre="news")
    ex = Extraction(art, [], [], quotes, [], [], [Span(0, len(text))])
    names = {"person:owusu": "Ama Owusu", "person:mensah": "Kofi Mensah"}
    [item] = timeline.build([ex], names)
    assert item.label == ("Ama Owusu and Kofi Mensah said: they [Ama Owusu and Kofi Mensah] "
                          "would meet again")
    assert item.value == "2024-03-11"


def _one_attribution_item(text: str, cue_words: str, content_from: str) -> timeline.TimelineItem:
    """The one timeline item of ``text``: the council's attribution by ``cue_words`` (lemma
    "say" or the cue's own), its content from ``content_from`` to the full stop, on Monday."""
    cue = text.index(cue_words)
    lemma = "say" if "say" in cue_words else cue_words.rstrip("d")
    content = Span(text.index(content_from), len(text) - 1)
    quote = Quote("indirect", Speaker("The council", 0, 11, "org:council"),  # type: ignore[arg-type]
                  Cue(cue_words, lemma, cue, cue + len(cue_words)), [content],
                  time="2024-03-11")
    on = text.index("Monday")
    expr = TimeExpr("Monday", on, on + 6, "2024-03-11", "day", "test")
    art = Article(id=article_id(text), text=text, path="a.txt", outlet="Accra Daily",
                  published=date(2024, 3, 14), genre="news")
    ex = Extraction(art, [], [], [quote], [expr], [], [Span(0, len(text))])
    [item] = timeline.build([ex], {"org:council": "Accra City Council"})
    return item


def test_an_attribution_by_a_verb_other_than_saying_is_no_statement() -> None:
    # "The council on Monday rebuked the ministry": no words were said, so no item reads
    # "the council said: the ministry"; the sentence stays on the timeline as itself.
    text = "The council on Monday rebuked the ministry over the late repairs."
    item = _one_attribution_item(text, "rebuked", "the ministry")
    assert item.kind == "dated" and "said" not in item.label
    assert item.label == text and item.value == "2024-03-11"


def test_a_denied_attribution_is_no_statement_on_the_timeline() -> None:
    # "The council did not say on Monday whether ...": what was withheld is no words of the
    # council's, so no item reads "the council said: whether the pier would reopen"; the
    # sentence stays on the timeline as itself.
    text = "The council did not say on Monday whether the pier would reopen."
    item = _one_attribution_item(text, "did not say", "whether")
    assert "said" not in item.label and item.label == text


def _entry(item: timeline.TimelineItem) -> TimelineEntry:
    """The item as the briefing gives it to the renderers (no mentions: the event's actors)."""
    return briefing._timeline_item(item, {})


# ------------------------------------------------------------------ the seed story


@pytest.fixture(scope="module")
def seed_timeline(seed_dir: Path) -> list[timeline.TimelineItem]:
    from newsdesk.pipeline import process_article

    extractions = []
    for line in (seed_dir / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        meta = json.loads(line)
        text = (seed_dir / meta["path"]).read_text(encoding="utf-8")
        art = Article(id=article_id(text), text=text, path=meta["path"], outlet=meta["outlet"],
                      published=date.fromisoformat(meta["published"]), genre=meta["genre"])
        ex = process_article(art)
        assert isinstance(ex, Extraction)
        extractions.append(ex)
    names = {a.id: a.name for ex in extractions for a in ex.actors}
    return timeline.build(extractions, names, compare.match(extractions).shared())


def test_one_statement_told_by_two_outlets_is_one_item() -> None:
    # The comparison finds the two sentences state one fact; the mayor's other statement of
    # the same day is another item.
    from newsdesk.link.actors import link
    from newsdesk.pipeline import process_many

    gazette = ("Mayor Lena Ortiz said on Monday that the city would reopen the old ferry "
               "terminal next spring. Ortiz also said on Monday that bus fares would stay the "
               "same this year.")
    post = ("The city will reopen the old ferry terminal next spring, Mayor Lena Ortiz said on "
            "Monday, after years of delays caused by flooding.")
    articles = [Article(id=article_id(t), text=t, outlet=o, published=d, genre="news")
                for t, o, d in ((gazette, "Harbor Gazette", date(2024, 5, 8)),
                                (post, "Coastline Post", date(2024, 5, 9)))]
    extractions = list(process_many(articles))
    link(extractions)
    names = {a.id: a.name for ex in extractions for a in ex.actors}
    items = [i for i in timeline.build(extractions, names, compare.match(extractions).shared())
             if i.kind == "statement"]
    ferry = [i for i in items if "ferry" in i.label]
    assert len(ferry) == 1 and ferry[0].outlets == ["Harbor Gazette", "Coastline Post"]
    assert ferry[0].value == "2024-05-06"
    fares = [i for i in items if "bus fares" in i.label]
    assert len(fares) == 1 and fares[0].outlets == ["Harbor Gazette"]
    # without the comparison's facts each article's account stays its own item
    apart = [i for i in timeline.build(extractions, names) if "ferry" in i.label]
    assert len(apart) == 2


def test_seed_monday_openness_is_one_item_of_both_outlets(
        seed_timeline: list[timeline.TimelineItem]) -> None:
    # "Trump and Rouhani both said Monday they were open to meeting" (the Post) and "Rouhani
    # ... indicating he would be willing if it would benefit Iranians" (the Times)
    said = [i for i in seed_timeline if i.kind == "statement" and "open to the idea" in i.label]
    assert len(said) == 1 and said[0].value == "2019-08-26"
    assert set(said[0].outlets) == {"The Washington Post", "The New York Times"}
    assert not [i for i in seed_timeline if "would be willing" in i.label]


def _seed_item(items: list[timeline.TimelineItem], words: str) -> timeline.TimelineItem:
    found = [i for i in items if i.kind == "event" and words in i.label]
    assert found, words
    return found[0]


def test_seed_no_event_is_stamped_with_a_publication_date(
        seed_timeline: list[timeline.TimelineItem]) -> None:
    # 2019-08-29 is stated for no event, nor 2019-08-27 but for the NYT's Tuesday: an event
    # the text does not date is shown before publication.
    for item in _events_of(seed_timeline):
        assert item.value != "2019-08-29", item.label
        if item.value == "2019-08-27":
            assert item.outlets == ["The New York Times"], item.label


def test_seed_rouhani_rejection_dated_by_the_quotation_backing_it(
        seed_timeline: list[timeline.TimelineItem]) -> None:
    # "he rejected an imminent meeting ..., he offered a conditional opening." backed by
    # the next sentence's quotation "..., Mr. Rouhani said on Tuesday."
    rejected = _seed_item(seed_timeline, "REJECT:meet — Hassan Rouhani")
    assert rejected.value == "2019-08-27" and not rejected.historical


def test_seed_recent_weeks_dates_the_drone_and_the_tanker(
        seed_timeline: list[timeline.TimelineItem]) -> None:
    drone = _seed_item(seed_timeline, "ASSAULT:destroy — Iran → United States")
    tanker = _seed_item(seed_timeline, "COERCE:seize — Iran → United Kingdom")
    for item in (drone, tanker):
        assert item.value == "PXW/2019-08-29" and not item.historical


def test_seed_standing_stances_are_off_the_timeline(
        seed_timeline: list[timeline.TimelineItem]) -> None:
    labels = " ".join(i.label for i in _events_of(seed_timeline))
    assert "ACCUSE:disapprove — Ali Khamenei" not in labels  # "has always railed against"
    assert "SUPPORT — United Against Nuclear Iran" not in labels  # "a group that supports"


def test_seed_expected_step_away_from_the_deal(
        seed_timeline: list[timeline.TimelineItem]) -> None:
    step = _seed_item(seed_timeline, "announce a further disengagement")
    assert step.expected and step.value == "2019-W36" and not step.historical


def test_seed_precedents_in_their_own_list(seed_timeline: list[timeline.TimelineItem]) -> None:
    precedents = [i for i in seed_timeline if i.historical]
    years = {i.value for i in precedents}
    assert {"1979", "1981"} <= years
    assert all(not i.historical for i in seed_timeline if i.value.startswith("2019"))
    abandon = _seed_item(seed_timeline, "abandoned Iran’s 2015 nuclear agreement")
    assert abandon.value == "2018" and not abandon.historical
    # "the government reversed itself and conceded ...: the release of American hostages in
    # 1981, ...": the listed act keeps its doer
    release = _seed_item(seed_timeline, "RETREAT:release")
    assert release.value == "1981" and release.label.startswith("RETREAT:release — Iran → ")


def test_seed_zarif_trip_is_one_item(seed_timeline: list[timeline.TimelineItem]) -> None:
    trips = [i for i in _events_of(seed_timeline) if "Zarif toured Europe" in i.label]
    assert len(trips) == 1


def test_seed_talk_about_acts_is_no_item(seed_timeline: list[timeline.TimelineItem]) -> None:
    # Verbs of delivering, teasing, broaching and repeating whose object is a message or an
    # idea, not aid or captives, report no event (the model learns the object, not the verb).
    labels = " ".join(i.label for i in _events_of(seed_timeline))
    for words in ("delivered an important reality check", "teased a possible meeting",
                  "broached the mere possibility", "reiterated his long-standing claim",
                  "gave no indication"):
        assert words not in labels, words


def test_seed_examples_of_past_reversals_are_no_current_item(
        seed_timeline: list[timeline.TimelineItem]) -> None:
    # A "when" clause describing examples the sentence dates 1981, 1988 and 2015.
    current = [i for i in _events_of(seed_timeline) if not i.historical]
    assert not any(i.label.startswith("CONCEDE — Iran:") for i in current)
    assert any(i.label.startswith("CONCEDE — Iran:") for i in seed_timeline if i.historical)


def test_seed_that_time_dates_the_whole_sentence(
        seed_timeline: list[timeline.TimelineItem]) -> None:
    # "At that time, ...": the negotiation and the refusal share the sentence's 1981.
    for item in _events_of(seed_timeline):
        if "negotiated the release of the hostages" in item.label:
            assert item.historical and item.value == "1981", item.label


def test_seed_abandoning_the_deal_is_one_item(
        seed_timeline: list[timeline.TimelineItem]) -> None:
    items = [i for i in _events_of(seed_timeline) if i.label.startswith("SANCTION:withdraw")
             and "Donald Trump" in i.label]
    assert len(items) == 1 and items[0].value == "2018"
    assert items[0].outlets == ["The New York Times", "The Washington Post"]
    assert "→ United States" not in items[0].label


def test_seed_no_item_dated_inside_a_quotation(
        seed_timeline: list[timeline.TimelineItem]) -> None:
    assert not [i for i in seed_timeline if i.value.endswith("X")]  # "the next decade"


def test_seed_no_event_without_a_doer_from_a_policy(
        seed_timeline: list[timeline.TimelineItem]) -> None:
    assert not [i for i in _events_of(seed_timeline) if "— someone → Iran" in i.label]


def test_seed_the_1981_negotiations_are_one_item(
        seed_timeline: list[timeline.TimelineItem]) -> None:
    # Told as "the 1981 hostage negotiations with the United States" and as Iran negotiating
    # with President Carter's administration: a state stands for its president.
    talks = [i for i in _events_of(seed_timeline) if i.label.startswith("CONSULT")
             and i.value == "1981"]
    assert len(talks) == 1 and len(talks[0].citations) == 2


def test_a_range_of_days_reads_as_from_to_and_overlaps_its_days() -> None:
    """"earlier this week" (Monday to Wednesday of a Thursday article) is shown "from to" and
    can be the same moment as a Tuesday another outlet names, but not as the Friday after."""
    ex = _report(TEXT, "Accra Daily", date(2024, 3, 14), _event(time="2024-03-11/2024-03-13"))
    [item] = _events_of(timeline.build([ex], {}))
    assert timeline.interval(item.value) == (date(2024, 3, 11), date(2024, 3, 13))
    assert common.timeline_when(_entry(item)) == "2024-03-11 to 2024-03-13"
    assert timeline.same_window(item.value, "2024-03-12")
    assert not timeline.same_window(item.value, "2024-03-15")


# ------------------------------------------------------------------ real coverage (issue 12)


def _processed(text: str, outlet: str, published: date) -> Extraction:
    from newsdesk.pipeline import process_article

    art = Article(id=article_id(text + outlet), text=text, path=f"{outlet}.txt", outlet=outlet,
                  published=published, genre="news")
    ex = process_article(art)
    assert isinstance(ex, Extraction)
    return ex


def test_a_page_time_stamp_and_its_history_date_nothing() -> None:
    """A date followed by a clock time and a zone ("Wed May 5, 2010 10:27 pm BST", "Thursday 6
    May 2010 17.53 BST") is the page's stamp; "This article was amended on 6 May 2010" and "A
    version appeared on p34 ... on Thursday 6 May 2010" its history: no timeline items.  A
    sentence behind the stamp still dates what it says."""
    text = (
        "KINGSTON | Tue Mar 9, 2021 4:05 pm EST KINGSTON (Wire) -\n"
        "Harbour strike ends Tuesday 9 March 2021 18.20 GMT\n"
        "Wed Mar 10, 2021 1:40 pm EST (Wire) - The dockers went back to work on Monday.\n"
        "This article was amended on 10 March 2021.\n"
        "A version appeared on p12 of the Business section on Wednesday 10 March 2021.\n"
    )
    items = timeline.build([_processed(text, "Wire", date(2021, 3, 10))], {})
    assert [i.value for i in items] == ["2021-03-08"], [(i.value, i.label) for i in items]


def test_a_clock_time_before_a_date_in_a_byline_or_a_comment_dates_nothing() -> None:
    """A blog's byline "Ann Lee | 10:12 UK time, Tuesday, 9 March 2021" and a reader's comment
    "At 11:07 am on 12 Mar 2021, harbourfan wrote: ..." are the page's stamps: neither the
    byline's day nor the comment's words are items of those days.  A clock time inside a
    story's sentence ("closed at 19:30 on Monday") still dates it."""
    text = (
        "Ann Lee | 10:12 UK time, Tuesday, 9 March 2021 The dockers went back to work on Monday.\n"
        "The gates were closed at 19:30 on Friday.\n"
        "At 11:07 am on 12 Mar 2021, harbourfan wrote: The port authority says the strike cost "
        "millions.\n"
        "At 4:55 pm on 13 Mar 2021, Quayside said: I think the union was right. \"the worst "
        "strike in years\" At 5:10 pm on 13 Mar 2021, Docker9 wrote: Quayside is wrong.\n"
    )
    items = timeline.build([_processed(text, "Wire", date(2021, 3, 9))], {})
    assert sorted(i.value for i in items) == ["2021-03-05", "2021-03-08"], [
        (i.value, i.label) for i in items]


def test_a_date_after_publication_is_expected() -> None:
    """ "It should be on the seabed by Saturday" in a Wednesday article, "could be fired up early
    next week": what a date after publication dates has not happened yet."""
    text = (
        "The pump should be in place by Saturday. "
        "The dockers went back to work on Monday. "
        "The crane could be running early next week."
    )
    items = timeline.build([_processed(text, "Wire", date(2021, 3, 10))], {})
    shown = {i.value: i.expected for i in items}
    assert shown == {"2021-03-08": False, "2021-03-13": True, "2021-W11": True}, shown


def test_one_dated_sentence_told_by_two_outlets_is_one_item() -> None:
    """ "BP spokesman John Curry said it would be deployed on the seabed by Thursday" and "John
    Curry, a BP spokesman, said it would be deployed on the seabed by tomorrow" (a Wednesday
    article): one fact of the outlet comparison, one date, one item with both outlets."""
    one = _processed(
        "Harbour officials said the floating crane would be towed into the bay by Thursday. "
        "Dockers in the city voted to end their strike.", "Wire", date(2021, 3, 10))
    two = _processed(
        "The floating crane would be towed into the bay by tomorrow, harbour officials said. "
        "Fishermen complained about the noise of the dredgers.", "Daily", date(2021, 3, 10))
    items = timeline.build([one, two], {}, compare.match([one, two]).shared())
    crane = [i for i in items if "crane" in i.label]
    assert len(crane) == 1 and crane[0].value == "2021-03-11", [(i.value, i.label) for i in crane]
    assert set(crane[0].outlets) == {"Wire", "Daily"}


def test_a_date_naming_a_thing_dates_no_sentence() -> None:
    """ "a worker who survived the April 20 explosion", "failing to prevent the 20 April
    explosion", "since the 22 April explosion": a date between a determiner and its noun names
    the thing; the sentence tells of something else.  "in the 1980s" and "on the 28 April,
    when ..." still date their sentences."""
    text = (
        "The union hired a lawyer for a docker who survived the March 2 fire. "
        "Insurers blamed the owners for failing to prevent the 3 March collapse at the quay. "
        "Its shares have fallen by a third since the 4 March strike vote. "
        "The cranes were last tested on the 28 February, when two failed. "
        "The port was last dredged in the 1980s by a Dutch firm."
    )
    items = timeline.build([_processed(text, "Wire", date(2021, 3, 10))], {})
    assert sorted(i.value for i in items if i.kind == "dated") == ["198X", "2021-02-28"], [
        (i.value, i.label) for i in items]


def test_a_period_naming_a_thing_after_a_or_an_dates_no_sentence() -> None:
    """ "scheduled to make a first-quarter dividend payment on 21 June": after "a" as after
    "the", a time before its noun names what the thing is for (the dividend of the first
    quarter), no time of the sentence, which was an item of the quarter; its own day stays."""
    text = ("The ferry company is due to make a first-quarter dividend payment to its owners on "
            "21 June. The port hired an April 2 survivor of the fire as a pilot.")
    items = timeline.build([_processed(text, "Wire", date(2021, 6, 10))], {})
    assert sorted(i.value for i in items if i.kind == "dated") == ["2021-06-21"], [
        (i.value, i.label) for i in items]


def test_one_event_in_sentences_matched_as_one_fact_is_one_item() -> None:
    """ "Some of the 115 surviving workers ... are suing the company and BP" told by two
    outlets in slightly different words, with no doer found in either: the outlet comparison
    matched the sentences as one fact, so the two events of one type are one item."""
    exs = []
    for outlet, sentence in (
        ("Wire", "Some of the 40 dockers who were on the quay when it collapsed are suing the "
                 "port authority and Harbour Cranes Ltd."),
        ("Daily", "Some of the 40 dockers on the quay when it collapsed are suing the port "
                  "authority and Harbour Cranes."),
    ):
        art = Article(id=article_id(sentence + outlet), text=sentence, path=f"{outlet}.txt",
                      outlet=outlet, published=date(2021, 3, 10), genre="news")
        event = _event(type="ACCUSE", mode="allege", actors=[], recipients=[],
                       evidence=Span(0, len(sentence)))
        exs.append(Extraction(art, [], [], [], [], [event], [Span(0, len(sentence))]))
    shared = [(exs[0].article.id, 0, len(exs[0].article.text), 7),
              (exs[1].article.id, 0, len(exs[1].article.text), 7)]
    items = _events_of(timeline.build(exs, {}, shared))
    assert len(items) == 1 and set(items[0].outlets) == {"Daily", "Wire"}
    apart = _events_of(timeline.build(exs, {}))
    assert len(apart) == 2  # not matched as one fact: two items


def test_a_sentence_of_what_happened_since_a_time_is_dated_from_it_to_publication() -> None:
    """ "Aid has been slow to reach survivors since the first tremor on 12 January", "the cargo
    plane was turned away three times since Sunday": what the sentence tells lies between that
    time and the article, not on the day it names ("2021-03-01 to 2021-03-10"); a time long past
    ("since August 1996") keeps its own date."""
    text = (
        "Ferries have been late every day since the storm on 1 March. "
        "Fares have doubled since the old harbour ferry ran aground on 2 March. "
        "The harbour master has turned away four trawlers since Sunday. "
        "The dockers went back to work on Monday. "
        "Cargo volumes fell to their lowest level since August 1996."
    )
    items = timeline.build([_processed(text, "Wire", date(2021, 3, 10))], {})
    shown = sorted((i.value, i.label.split()[0]) for i in items if i.kind == "dated")
    assert shown == [("1996-08", "Cargo"), ("2021-03-01/2021-03-10", "Ferries"),
                     ("2021-03-02/2021-03-10", "Fares"),
                     ("2021-03-07/2021-03-10", "The"), ("2021-03-08", "The")], shown


def test_a_time_of_the_figure_a_change_is_measured_from_dates_nothing() -> None:
    """"Some 38 percent approve, down from 44 percent approval in mid-May", "support has
    slipped from 64 percent last August to 52 percent now": the poll's timeline showed these
    under May 2010 and August 2009.  A time inside the figure a change is measured from tells
    when that figure held, not when the sentence's news happened; a time of the sentence's own
    still dates it."""
    text = (
        "Approval of the mayor stands at 41 percent, down from 48 percent in early March. "
        "Ridership has slipped from 60,000 a day last autumn to 52,000 now. "
        "Fares rose from two euros to three in 2019. "
        "The council voted on Monday."
    )
    items = timeline.build([_processed(text, "Wire", date(2021, 3, 10))], {})
    shown = sorted((i.value, i.label.split()[0]) for i in items if i.kind == "dated")
    assert shown == [("2019", "Fares"), ("2021-03-08", "The")], shown


def test_a_time_a_comparison_measures_against_dates_nothing() -> None:
    """"the pump was drawing much less water than three days ago", "sales are higher than a
    year earlier", "6 percent less than a year earlier": the time after "than" is when the
    figure compared with held; the sentence tells of now.  "more than a month ago" (a time
    further back) and "no later than Friday" (a deadline) still date the sentence."""
    text = (
        "The pump was drawing much less water than three days ago, the city said. "
        "Ticket sales are higher than they were last year. "
        "The mill made 300 tonnes, 6 percent less than a year earlier. "
        "The flooding began more than a month ago. "
        "The council must vote no later than Friday."
    )
    items = timeline.build([_processed(text, "Wire", date(2021, 3, 10))], {})
    shown = sorted((i.value, i.label.split()[0]) for i in items)
    assert shown == [("2021-02", "The"), ("2021-03-12", "The")], shown


def test_a_time_right_after_the_from_of_a_counted_change_dates_nothing() -> None:
    """"down five points from early last month", "a 38 percent drop from Tuesday's record":
    the time after "from" is when the old figure held, whether the amount of the change
    stands between the verb and "from" or a noun of change ("drop", "rise") carries it."""
    text = (
        "The mayor's rating stood at 45 percent, down six points from late last month. "
        "Ticket sales reached 9,400 on Tuesday, a 20 percent fall from Monday's peak of 11,750. "
        "The council voted on Monday."
    )
    items = timeline.build([_processed(text, "Wire", date(2021, 3, 10))], {})
    shown = sorted((i.value, i.label.split()[0]) for i in items if i.kind == "dated")
    assert shown == [("2021-03-08", "The"), ("2021-03-09", "Ticket")], shown


def test_a_sentence_opening_a_quotation_that_runs_on_dates_nothing() -> None:
    """A quotation that opens a sentence and closes in a later one is a speaker's words,
    whether or not the quote stage found its frame: "today" and "yesterday" in it are the
    speaker's, not days the sentence tells of."""
    text = ('Heavy rain closed the harbour road on Tuesday. "The roads today, sadly, look '
            'much the same as yesterday.\nTraffic will likely be slow," port official Ana '
            'Ruiz said on a call.')
    items = timeline.build([_processed(text, "Wire", date(2021, 3, 10))], {})
    assert not [i for i in items if "roads today" in i.label], [
        (i.value, i.label) for i in items]
    assert [i.value for i in items if "Heavy rain" in i.label] == ["2021-03-09"]


def test_a_sentence_that_tells_nothing_but_its_date_is_no_item() -> None:
    """A photo credit and its date on a line of their own ("AP June 23, 2010:" between two
    captions) tell no news: an item of that day would show only the date."""
    text = ("Photo by AP, March 8, 2021:\n"
            "The ferry line resumed its service on Tuesday after the storm.")
    items = timeline.build([_processed(text, "Wire", date(2021, 3, 10))], {})
    assert [(i.value, i.label.split()[0]) for i in items] == [("2021-03-09", "The")], [
        (i.value, i.label) for i in items]


def test_a_pages_update_stamp_dates_nothing() -> None:
    """ "9 March 2021 Last updated at 10:12 GMT" and "Update March 10 at 3:15 p.m." are when the
    page was last changed, not days of the story, even where the stamp and a headline share a
    sentence with the news; "met on 9 March at 10:30" still dates the meeting."""
    text = (
        "Harbour strike talks 9 March 2021 Last updated at 10:12 GMT The dockers went back to "
        "work on Monday.\n"
        "Inquiries after the strike Update March 10 at 3:15 p.m.\n"
        "The union met the port authority on 9 March at 10:30 to sign the deal.\n"
    )
    items = timeline.build([_processed(text, "Wire", date(2021, 3, 9))], {})
    assert sorted(i.value for i in items) == ["2021-03-08", "2021-03-09"], [
        (i.value, i.label) for i in items]
