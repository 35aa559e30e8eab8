"""Events stage: PLOVER types, participants, flags and times on short sentences of our own,
and the acceptance events of the seed story."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from newsdesk import annotate
from newsdesk.extract.actors import extract_actors
from newsdesk.extract.events import RECODES, code_events, group_actor
from newsdesk.extract.events.clauses import elaborated_clause, subjects_of
from newsdesk.extract.reading import Reading
from newsdesk.knowledge import plover
from newsdesk.model import Actor, Article, Event, Extraction, Region, Span, TimeExpr, article_id
from newsdesk.pipeline import merge_actors

PUBLISHED = date(2019, 8, 29)


def _time(text: str, phrase: str, value: str, granularity: str,
          modifier: str | None = None) -> TimeExpr:
    start = text.index(phrase)
    return TimeExpr(phrase, start, start + len(phrase), value, granularity, "test",
                    modifier=modifier)


def _duration(text: str, phrase: str, value: str, granularity: str) -> TimeExpr:
    start = text.index(phrase)
    return TimeExpr(phrase, start, start + len(phrase), value, granularity, None,
                    kind="duration", modifier="approx")


def _events(text: str, times: list[TimeExpr] | None = None,
            published: date | None = PUBLISHED, article: Article | None = None) -> list[Event]:
    doc = annotate.parse(text)
    art = article or Article(id=article_id(text), text=text, published=published)
    actors, mentions = extract_actors(doc, art)
    return code_events(Reading.of(doc, art, actors, mentions, times or [])).events


def _one(text: str, event_type: str, **kwargs: object) -> Event:
    found = [e for e in _events(text, **kwargs) if e.type == event_type]  # type: ignore[arg-type]
    assert len(found) == 1, (text, _events(text))
    return found[0]


# ------------------------------------------------------------------ the sixteen types

TYPE_CASES = [
    ("Germany offered to mediate between Armenia and Azerbaijan.", "AGREE", None,
     ["country:DEU"], []),
    ("Kenya met Uganda in Nairobi.", "CONSULT", None, ["country:KEN", "country:UGA"], []),
    ("Brazil praised the ceasefire agreement.", "SUPPORT", None, ["country:BRA"], []),
    ("The Chilean government reversed itself on the mining ban.", "CONCEDE", None,
     ["country:CHL"], []),
    ("Kenya cooperated with Uganda on border security.", "COOPERATE", None, ["country:KEN"],
     ["country:UGA"]),
    ("Japan provided emergency aid to Tonga.", "AID", None, ["country:JPN"], ["country:TON"]),
    ("Russia withdrew its troops from Moldova.", "RETREAT", "withdraw", ["country:RUS"],
     ["country:MDA"]),
    ("Canada urged India to release the detained journalists.", "REQUEST", "yield",
     ["country:CAN"], ["country:IND"]),
    ("Poland accused Belarus of staging the border crisis.", "ACCUSE", "allege",
     ["country:POL"], ["country:BLR"]),
    ("Egypt rejected Ethiopia's proposal.", "REJECT", None, ["country:EGY"], ["country:ETH"]),
    ("Turkey threatened to expel the Swedish ambassador.", "THREATEN", "expel",
     ["country:TUR"], ["country:SWE"]),
    ("Thousands of farmers protested in Paris against the French government.", "PROTEST",
     "demo", ["group:farmers"], ["country:FRA"]),
    ("Norway imposed sanctions on Belarus.", "SANCTION", "discontinue", ["country:NOR"],
     ["country:BLR"]),
    # aimed at nobody named, so at the state where (or near which) it happens
    ("China deployed warships near Taiwan.", "MOBILIZE", "weapons", ["country:CHN"],
     ["country:TWN"]),
    ("Venezuela arrested two American journalists.", "COERCE", "arrest", ["country:VEN"],
     ["group:american-journalists"]),
    ("Syrian forces shelled a village.", "ASSAULT", "heavy-weapons",
     ["group:syrian-forces"], []),
]


@pytest.mark.parametrize(("text", "event_type", "mode", "actors", "recipients"), TYPE_CASES)
def test_each_plover_type(text: str, event_type: str, mode: str | None, actors: list[str],
                          recipients: list[str]) -> None:
    events = _events(text)
    assert [e.type for e in events] == [event_type]
    event = events[0]
    assert event.mode == mode
    assert event.actors == actors
    assert event.recipients == recipients
    assert not (event.negated or event.hypothetical or event.future or event.historical)
    assert event.cameo == plover.cameo_root(event_type, mode)
    assert event.intensity == plover.intensity(event_type, mode)
    assert text[event.evidence.start:event.evidence.end] == text


def test_cases_cover_all_sixteen_types() -> None:
    assert sorted({case[1] for case in TYPE_CASES}) == sorted(plover.TYPES)


def test_a_government_protesting_is_an_accusation() -> None:
    event = _one("France protested the Italian decision.", "ACCUSE")
    assert event.mode == "disapprove"
    assert event.actors == ["country:FRA"]


def test_location_of_a_meeting() -> None:
    event = _one("Kenya met Uganda in Nairobi.", "CONSULT")
    assert event.location is not None and "nairobi" in event.location.lower()


# ------------------------------------------------------------------ precision


@pytest.mark.parametrize("text", [
    "The committee met the deadline.",
    "Kenya released a statement on the talks.",
    "Chile seized the opportunity.",
    "Peru struck a balance between growth and prudence.",
    "The notion of engaging with Chile has faded.",
    "Chile considered the demand.",
])
def test_no_event_from_a_sense_we_do_not_code(text: str) -> None:
    assert _events(text) == []


def test_the_content_of_an_event_is_not_a_second_event() -> None:
    events = _events("Turkey threatened to expel the Swedish ambassador.")
    assert [e.type for e in events] == ["THREATEN"]  # no COERCE/SANCTION for the expulsion


def test_purpose_infinitive_is_not_reported() -> None:
    events = _events("Prime Minister Jacinda Ardern traveled to Japan to meet business leaders.")
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "visit")]
    assert events[0].recipients == ["country:JPN"]


# ------------------------------------------------------------------ flags


def test_negated() -> None:
    event = _one("Peru did not sign the treaty.", "SUPPORT")
    assert event.negated and not event.hypothetical


def test_conditional_and_modal_are_hypothetical() -> None:
    events = _events("If Chile offers guarantees, Bolivia would negotiate with Chile.")
    agree = _one("If Chile offers guarantees, Bolivia would negotiate with Chile.", "AGREE")
    consult = next(e for e in events if e.type == "CONSULT")
    assert agree.hypothetical and agree.actors == ["country:CHL"]
    assert consult.hypothetical and consult.actors == ["country:BOL", "country:CHL"]


def test_expected_to_is_future() -> None:
    event = _one("Mexico is expected to impose tariffs on Canada.", "SANCTION")
    assert event.future and not event.hypothetical
    assert event.actors == ["country:MEX"] and event.recipients == ["country:CAN"]


def test_future_cooperation_is_a_commitment() -> None:
    # The manual: cooperative acts announced for the future are coded AGREE.
    event = _one("Spain will send aid to Morocco.", "AGREE")
    assert event.recipients == ["country:MAR"]


def test_historical_from_the_event_time() -> None:
    text = "Iraq invaded Kuwait in 1990."
    event = _one(text, "ASSAULT", times=[_time(text, "1990", "1990", "year")])
    assert event.historical and event.time == "1990" and not event.time_approximate
    assert event.actors == ["country:IRQ"] and event.recipients == ["country:KWT"]


def test_no_date_in_the_text_leaves_the_event_undated() -> None:
    # The publication date is when it was reported, not when it happened.
    event = _one("Iraq invaded Kuwait.", "ASSAULT")
    assert (event.time, event.time_granularity, event.time_approximate) == (None, None, False)
    assert not event.historical and event.kind == "occurred"


def test_time_modifying_an_argument_does_not_date_the_event() -> None:
    text = "Chile abandoned the 2010 agreement with Peru."
    event = _one(text, "SANCTION", times=[_time(text, "2010", "2010", "year")])
    assert event.time is None and not event.historical


# ------------------------------------------------------------------ kinds of event

@pytest.mark.parametrize(("text", "event_type", "kind"), [
    ("Ecuador expelled the Colombian ambassador.", "SANCTION", "occurred"),
    ("Ecuador will expel the Colombian ambassador.", "SANCTION", "expected"),
    ("Ecuador is expected to expel the Colombian ambassador.", "SANCTION", "expected"),
    ("If the talks fail, Ecuador could expel the Colombian ambassador.", "SANCTION",
     "hypothetical"),
    ("Ecuador has always criticised Colombia over the border.", "ACCUSE", "standing"),
    ("Norway routinely sends aid to Malawi.", "AID", "standing"),
    ("A Danish group that supports the treaty held a rally.", "SUPPORT", "standing"),
    ("Ecuador is negotiating with Colombia over the border.", "CONSULT", "ongoing"),
])
def test_event_kinds(text: str, event_type: str, kind: str) -> None:
    assert _one(text, event_type).kind == kind


def test_an_act_dated_after_publication_is_expected() -> None:
    """"The governor ordered two inspectors to visit the plant on Friday" in a Thursday report:
    the visit is tomorrow's, so it is expected, not something that occurred; the same sentence
    with last Friday's date tells of a visit made."""
    text = "The governor ordered two inspectors to visit the plant on Friday."
    ahead = _one(text, "CONSULT", times=[_time(text, "on Friday", "2019-08-30", "day")])
    assert (ahead.kind, ahead.future, ahead.time) == ("expected", True, "2019-08-30")
    done = _one(text, "CONSULT", times=[_time(text, "on Friday", "2019-08-23", "day")])
    assert (done.kind, done.future) == ("occurred", False)


def test_a_precedent_is_history_recalled() -> None:
    text = "Ecuador expelled the Colombian ambassador in 1995."
    event = _one(text, "SANCTION", times=[_time(text, "1995", "1995", "year")])
    assert event.kind == "precedent" and event.historical and event.time == "1995"


# ------------------------------------------------------------------ dating rules

def test_clause_time_dates_its_own_clause_only() -> None:
    # "on Monday" belongs to the talks, not to the seizure the next clause reports.
    text = "Peru met Chile on Monday, and Bolivia later seized a Chilean ship."
    events = _events(text, times=[_time(text, "on Monday", "2019-08-26", "day")])
    meeting = next(e for e in events if e.type == "CONSULT")
    seizure = next(e for e in events if e.type == "COERCE")
    assert meeting.time == "2019-08-26"
    assert seizure.time is None


def test_a_time_in_a_relative_clause_dates_that_clause_only() -> None:
    """"Peru met Chile, which had seized a ship last week, and signed a treaty": last week is
    when the ship was seized; the treaty, a clause with no subject of its own, is not dated by
    it (the Coast Guard "worked with BP, which operated the rig that sank last week, to deploy
    booms and set fires" had its fires dated to the week before)."""
    text = "Peru met Chile, which had seized a ship last week, and signed a treaty."
    events = _events(text, times=[_time(text, "last week", "2019-W34", "week")])
    times = {e.type: e.time for e in events}
    assert times == {"CONSULT": None, "COERCE": "2019-W34", "SUPPORT": None}, events


def test_a_purpose_clause_time_dates_the_act_it_serves() -> None:
    """"Police fired shots to disperse protesters in the square on Monday": the parser hangs
    the day on the purpose clause; the shots were fired then. A verb's complement keeps its
    own time ("agreed to hold talks on Monday" may be an agreement of last week)."""
    text = "Police fired shots to disperse protesters in the main square on Monday."
    event = _one(text, "ASSAULT", times=[_time(text, "on Monday", "2019-08-26", "day")])
    assert event.time == "2019-08-26"
    text = "Peru agreed to hold talks with Chile on Monday."
    events = _events(text, times=[_time(text, "on Monday", "2019-09-02", "day")])
    agreed = [e for e in events if e.type in ("AGREE", "COOPERATE")]
    assert agreed and all(e.time is None for e in agreed if e.trigger.start
                          == text.index("agreed")), events


def test_saying_day_does_not_date_what_was_said() -> None:
    text = "Bolivia said on Tuesday that it had seized a Chilean ship."
    event = _one(text, "COERCE", times=[_time(text, "on Tuesday", "2019-08-27", "day")])
    assert event.time is None


def test_recent_weeks_is_an_interval_ending_at_publication() -> None:
    text = "In recent weeks Ghana has expelled two Togolese diplomats."
    times = [_duration(text, "recent weeks", "PXW", "week")]
    event = _one(text, "SANCTION", times=times)
    assert event.time == "PXW/2019-08-29" and event.time_approximate
    assert event.kind == "occurred" and not event.historical


def test_a_clear_anchor_in_the_sentence_before() -> None:
    text = ("Tension along the border has grown in recent weeks. "
            "Ghana has expelled two Togolese diplomats and closed a crossing.")
    times = [_duration(text, "recent weeks", "PXW", "week")]
    event = _one(text, "SANCTION", times=times)
    assert event.time == "PXW/2019-08-29"


def test_a_bare_time_phrase_on_a_verb_anchors_the_next_sentence() -> None:
    # "earlier this week" is the parser's npadvmod of "hinted": adverbial on a verb, so it
    # dates the next sentence's undated act ("reversed itself within a day" names no date).
    text = ("Ghana hinted at a truce with Togo earlier this week. "
            "Ghana expelled two Togolese diplomats within a day.")
    start = text.index("earlier this week")
    times = [TimeExpr("earlier this week", start, start + 17, "2019-08-26/2019-08-28", "day",
                      "test", kind="range")]
    expelled = [e for e in _events(text, times=times) if e.type == "SANCTION"]
    assert [e.time for e in expelled] == ["2019-08-26/2019-08-28"]


def test_the_publication_year_before_is_no_anchor() -> None:
    """ "... will pay no dividend this year. Ghana expelled two diplomats after talks": the
    year the piece was written in says nothing of when the next sentence's act happened."""
    text = ("The mining firm will pay its shareholders no dividend this year. "
            "Ghana expelled two Togolese diplomats after talks in Accra.")
    event = _one(text, "SANCTION", times=[_time(text, "this year", "2019", "year")])
    assert event.time is None
    earlier = ("The mining firm paid its shareholders no dividend in 2017. "
               "Ghana expelled two Togolese diplomats after talks in Accra.")
    event = _one(earlier, "SANCTION", times=[_time(earlier, "in 2017", "2017", "year")])
    assert event.time == "2017"


def test_a_time_of_a_subordinate_clause_before_is_no_anchor() -> None:
    """ "... the first talks since the border closed on March 3. Ghana expelled ...": the
    time dates the closing, not what the next sentence tells."""
    text = ("The meeting was the first since the border closed on March 3. "
            "Ghana expelled two Togolese diplomats after the talks.")
    event = _one(text, "SANCTION", times=[_time(text, "March 3", "2019-03-03", "day")])
    assert event.time is None


@pytest.mark.parametrize(("verb", "dated"), [
    ("has expelled", None), ("is expelling", None), ("expels", None), ("expelled", "2019-04-20"),
])
def test_a_past_day_before_is_no_anchor_for_a_present(verb: str, dated: str | None) -> None:
    """"The administration ordered a halt in new permits after the rig exploded on April 20.
    Some lawmakers have called on the administration to lift the ban": English dates no
    present perfect by a past day, so the call is undated (it was dated April 20); nor a
    present, simple or progressive ("ShelterBox was in Haiti in 2008 after hurricanes. A
    Cornwall-based charity is sending help to Haiti" was dated 2008); "in recent weeks" still
    anchors one (above), and a simple past still takes the day."""
    text = f"The port board halted new permits on April 20. Ghana {verb} two Togolese diplomats."
    event = _one(text, "SANCTION", times=[_time(text, "on April 20", "2019-04-20", "day")])
    assert event.time == dated


def test_a_stretch_since_a_time_before_is_no_anchor_for_a_past_act() -> None:
    """"Carla Mendes has only been in the post since July last year so the move seems a
    little harsh. Tomas Lind, the minister, said that Mendes resigned of her own volition":
    "since" opens a stretch that runs up to now, and the next sentence's past act may fall
    anywhere in it; the resignation is undated (it was dated July, a year early, under the
    timeline's July).  A plain past time still anchors it."""
    tail = " Tomas Lind, the minister, said that Mendes resigned of her own volition."
    text = ("Carla Mendes has only been in the post since July last year so the move seems "
            "a little harsh." + tail)
    since = _time(text, "July last year", "2018-07", "month", "after")
    assert _one(text, "RETREAT", times=[since]).time is None
    plain = "Carla Mendes arrived in the capital in July last year." + tail
    arrived = _time(plain, "July last year", "2018-07", "month")
    assert _one(plain, "RETREAT", times=[arrived]).time == "2018-07"


def test_a_time_inside_a_noun_is_no_anchor() -> None:
    text = ("Relations have been tense since the revolution of 1979. "
            "Ghana has expelled two Togolese diplomats.")
    event = _one(text, "SANCTION", times=[_time(text, "1979", "1979", "year")])
    assert event.time is None and event.kind == "occurred"


def test_a_future_time_is_no_anchor_for_a_past_act() -> None:
    text = ("Ghana is expected to close the border by the first week of September. "
            "Ghana has expelled two Togolese diplomats.")
    times = [_time(text, "by the first week of September", "2019-W36", "week", "by")]
    expelled = [e for e in _events(text, times=times) if e.type == "SANCTION"
                and "expelled" in text[e.trigger.start:e.trigger.end]]  # type: ignore[union-attr]
    assert len(expelled) == 1 and expelled[0].time is None


def test_a_fronted_time_dates_every_clause_of_its_sentence() -> None:
    # "At that time, which ...": the parser hangs the time on the relative clause, yet a
    # time that opens the sentence scopes over all of it, main clause included.
    text = ("Ghana closed the border in 1996. At that time, which also saw a drought, "
            "Ghana negotiated a truce with Togo but delayed signing it, denying Lome a win.")
    times = [_time(text, "in 1996", "1996", "year"), _time(text, "that time", "1996", "year")]
    events = _events(text, times=times)
    talks = next(e for e in events if e.type == "CONSULT")
    assert talks.time == "1996" and talks.kind == "precedent"


def test_an_unfronted_time_still_dates_its_own_clause_only() -> None:
    text = "Peru met Chile, and Bolivia seized a Chilean ship on Monday."
    events = _events(text, times=[_time(text, "on Monday", "2019-08-26", "day")])
    assert next(e for e in events if e.type == "CONSULT").time is None


def test_instances_of_a_list_of_past_examples_are_precedents() -> None:
    # A "when" clause describing examples the sentence lists with long-past years recalls
    # history, even though no single year dates it.
    text = ("Critics cite two occasions when the Kenyan government backed down and reversed "
            "itself: the fuel tax in 1994 and the land law in 2003.")
    times = [_time(text, "in 1994", "1994", "year"), _time(text, "in 2003", "2003", "year")]
    events = [e for e in _events(text, times=times) if e.type == "CONCEDE"]
    assert events and all(e.kind == "precedent" and e.historical for e in events)


def test_acts_listed_after_a_colon_are_done_by_the_clause_they_list() -> None:
    # "times when the junta gave in: the release of ..., ...": the listed acts are the junta's
    # (the parser hangs the list on the first verb or its subject), and the verb that points
    # to the list does not carry its first noun as its own act.
    text = ("Analysts pointed to two times when the junta gave in to pressure: the release of "
            "political prisoners in 1990 and a ceasefire in 1994.")
    times = [_time(text, "in 1990", "1990", "year"), _time(text, "in 1994", "1994", "year")]
    release = _one(text, "RETREAT", times=times)
    assert release.actors == ["group:junta"] and release.time == "1990"
    assert text[release.trigger.start:release.trigger.end] == "release"
    text = ("The ministry listed the occasions on which the rebels backed down: the withdrawal "
            "from the northern towns in 2003.")
    withdrawal = _one(text, "RETREAT", times=[_time(text, "in 2003", "2003", "year")])
    assert withdrawal.actors == ["group:rebels"]
    # a noun inside a new clause after the colon is that clause's, not the list's
    doc = annotate.parse("Officials recalled what the rebels did: the withdrawal from the towns "
                         "in 2003 ended the siege.")
    [noun] = [t for t in doc if t.lower_ == "withdrawal"]
    assert elaborated_clause(noun) is None


def test_a_main_clause_beside_a_past_year_stays_current() -> None:
    text = "Kenya backed down on the fuel tax, its first retreat since the strike ended in 1994."
    event = _one(text, "CONCEDE", times=[_time(text, "in 1994", "1994", "year")])
    assert event.kind == "occurred" and not event.historical


def test_a_recent_year_does_not_make_an_example_a_precedent() -> None:
    text = ("Critics cite two occasions when the Kenyan government backed down: the fuel tax "
            "in 2019 and the land law in 2018.")
    times = [_time(text, "in 2019", "2019", "year"), _time(text, "in 2018", "2018", "year")]
    events = [e for e in _events(text, times=times) if e.type == "CONCEDE"]
    assert events and all(e.kind == "occurred" for e in events)


def test_a_thing_of_the_doers_own_country_is_no_recipient() -> None:
    # What the doer gives up or acts with is its own; its country is not whom the act targets.
    event = _one("Chilean President Gabriel Boric abandoned the Chilean pipeline deal.",
                 "SANCTION")
    assert event.actors == ["person:gabriel-boric"] and event.recipients == []
    other = _one("Chilean President Gabriel Boric abandoned the Peruvian pipeline deal.",
                 "SANCTION")
    assert other.recipients == ["country:PER"]


def test_a_thing_as_subject_is_commentary_not_an_act() -> None:
    # "X's approach has helped Y": what a policy did is no event with an unnamed doer.
    text = "The Danish government's cautious approach has helped Greenland to win more aid."
    assert not [e for e in _events(text) if e.type == "AID" and not e.actors]


def test_a_weapon_as_subject_still_tells_of_an_act() -> None:
    # Owned by nobody, the bomb stands for an attacker the sentence does not name.
    event = _one("A roadside bomb killed four police officers near Kandahar.", "ASSAULT")
    assert event.actors == [] and event.recipients


def test_reported_speech_gives_source_and_pronoun() -> None:
    event = _one("Iranian officials said they might increase uranium enrichment.", "MOBILIZE")
    assert event.hypothetical
    assert event.source == "country:IRN"
    assert event.actors == ["country:IRN"]


@pytest.mark.parametrize("pressure, body", [
    ("Under EU regulatory pressure", "org:IGOEEC"),
    ("Facing heavy U.S. regulatory pressure", "country:USA"),
])
def test_a_name_that_only_modifies_a_noun_is_no_antecedent_of_it(pressure: str,
                                                                 body: str) -> None:
    # "Under EU pressure": the pressure is the EU's; "it" is the company named before (a
    # word inside a compound is an anaphoric island).
    text = (f"Halvorsen Shipping Ltd was fined in Oslo this year. {pressure}, it agreed in "
            "March to create a relief fund for the farmers.")
    event = _one(text, "AGREE")
    assert body not in event.actors


def test_event_json_has_cameo_and_intensity() -> None:
    event = _one("Norway imposed sanctions on Belarus.", "SANCTION")
    data = json.loads(json.dumps(event.to_json()))
    assert data["cameo"] == "16" and data["intensity"] == -6.0
    assert data["type"] == "SANCTION" and data["recipients"] == ["country:BLR"]


# ------------------------------------------------------------------ unnamed groups and countries


def _coded(text: str) -> tuple[list[Event], dict[str, tuple[str | None, str | None]]]:
    doc = annotate.parse(text)
    art = Article(id=article_id(text), text=text, published=PUBLISHED)
    actors, mentions = extract_actors(doc, art)
    coded = code_events(Reading.of(doc, art, actors, mentions))
    return coded.events, {a.id: (a.country, a.sector) for a in coded.actors}


@pytest.mark.parametrize(("phrase", "ident", "country", "sector"), [
    ("Israeli troops", "group:israeli-troops", "ISR", "MIL"),
    ("the demonstrators", "group:demonstrators", None, "CVL"),
    ("hundreds of Serb rebels", "group:serb-rebels", "SRB", "REB"),
    ("Egyptian officials", "country:EGY", "EGY", "GOV"),
])
def test_group_actor_from_a_phrase(phrase: str, ident: str, country: str | None,
                                   sector: str) -> None:
    doc = annotate.parse(phrase)
    span = doc[:]
    if phrase.startswith("hundreds of"):
        span = doc[2:]
    actor = group_actor(span)
    assert actor is not None
    assert (actor.id, actor.country, actor.sector) == (ident, country, sector)


def test_group_actor_refuses_a_thing() -> None:
    assert group_actor(annotate.parse("the annual budget")[:]) is None


def test_crowd_is_a_group_with_country_and_sector() -> None:
    events, extra = _coded("Thousands of Chilean demonstrators marched in Santiago.")
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "demo")]
    assert events[0].actors == ["group:chilean-demonstrators"]
    assert extra == {"group:chilean-demonstrators": ("CHL", "CVL")}


def test_event_noun_when_no_verb_codes() -> None:
    events, extra = _coded("Hundreds of Kenyan students gathered for a rally against the "
                           "government.")
    assert [(e.type, e.mode) for e in events] == [("PROTEST", "demo")]
    assert events[0].actors == ["group:kenyan-students"]
    assert events[0].recipients == ["country:KEN"]  # the sentence's one country
    assert extra["group:kenyan-students"] == ("KEN", "EDU")


def test_residents_take_the_country_they_live_in() -> None:
    events, extra = _coded("Ethnic Hungarians in Romania demanded autonomy from the "
                           "government.")
    assert [e.type for e in events] == ["REQUEST"]
    assert events[0].actors == ["group:ethnic-hungarians"]
    assert extra["group:ethnic-hungarians"] == ("ROU", "CVL")


def test_country_learned_from_an_organisation_name() -> None:
    events, extra = _coded("The Latvian Constitutional Court banned the party.")
    assert [(e.type, e.mode) for e in events] == [("COERCE", "restrict")]
    assert extra["org:latvian-constitutional-court"] == ("LVA", "JUD")


def test_article_country_guards_the_sentence_country() -> None:
    text = ("Chile rejected the Peruvian proposal. Chilean ministers met in Santiago. "
            "Deputy Minister Tomas Varela held a meeting with advisers to discuss trade with "
            "Argentina. The government later reversed itself.")
    events, extra = _coded(text)
    held = next(e for e in events if e.actors == ["person:tomas-varela"])
    assert held.type == "CONSULT"
    assert "person:tomas-varela" not in extra  # Argentina is not his country in a Chile story
    reversal = next(e for e in events if e.type == "CONCEDE")
    assert reversal.actors == ["country:CHL"]  # "the government" of a story about Chile


# ------------------------------------------------------------------ readings of the clause


def test_saying_that_someone_must_act_is_a_request() -> None:
    events = _events("The Kenyan government declared that Uganda must reopen the border.")
    assert [e.type for e in events] == ["REQUEST"]  # the reopening is only its content
    assert events[0].actors == ["country:KEN"] and events[0].recipients == ["country:UGA"]


def test_willingness_to_cooperate_is_an_offer() -> None:
    event = _one("Norway is ready to send medicine to Chad.", "AGREE")
    assert event.actors == ["country:NOR"] and event.recipients == ["country:TCD"]
    assert not event.hypothetical


def test_announced_coercion_is_a_threat() -> None:
    event = _one("Peru will impose a curfew in Lima.", "THREATEN")
    assert event.mode == "restrict" and event.actors == ["country:PER"]


def test_refusing_to_meet_demands_is_a_rejection() -> None:
    event = _one("Peru will not meet the demands of the miners.", "REJECT")
    assert event.mode == "yield" and event.actors == ["country:PER"]


def test_meeting_claims_is_no_meeting() -> None:
    """ "said it was meeting claims by farms and families": claims, like demands and deadlines,
    are met by paying or doing, not by sitting down with anyone."""
    events = _events("Peru said it was meeting claims by farms and families hurt by the flood.")
    assert "CONSULT" not in [e.type for e in events]


def test_a_protest_in_words_is_an_accusation() -> None:
    event = _one("The election was unfair, a Kenyan rights group protested.", "ACCUSE")
    assert event.mode == "disapprove"
    assert event.actors == ["group:kenyan-rights-group"]


# ------------------------------------------------------------------ the ontology module


def test_scores_and_cameo_roots() -> None:
    assert plover.intensity("AID", None) == 10.0
    assert plover.intensity("ASSAULT", "unconventional") == -10.0
    assert plover.intensity("CONSULT", "visit") == 4.0
    assert plover.intensity("ACCUSE", None) < 0
    assert plover.cameo_root("ACCUSE", "investigate") == "09"
    assert plover.cameo_root("ASSAULT", "abduct") == "18"
    assert plover.cameo_root("ASSAULT", "heavy-weapons") == "19"
    assert plover.cameo_root("ASSAULT", "unconventional") == "20"
    assert all(plover.QUAD[t] for t in plover.TYPES)


# ------------------------------------------------------------------ the seed story


def _seed(seed_dir: Path, name: str) -> tuple[str, Article]:
    text = (seed_dir / name).read_text(encoding="utf-8")
    meta = {json.loads(line)["path"]: json.loads(line)
            for line in (seed_dir / "meta.jsonl").read_text().splitlines() if line.strip()}
    article = Article(id=article_id(text), text=text,
                      published=date.fromisoformat(meta[name]["published"]))
    if name.startswith("wapo"):
        article.regions = [Region("body", text.index("At this weekend"),
                                  text.index("Read more:"))]
    return text, article


@pytest.fixture(scope="module")
def nyt(seed_dir: Path) -> tuple[str, list[Event]]:
    name = "nyt-2019-08-29-iran-hierarchy-talks-inevitable.txt"
    text, article = _seed(seed_dir, name)
    times = [
        _time(text, "last year", "2018", "year"),
        _time(text, "In early August", "2019-08", "month", "early"),
        _time(text, "in 1981", "1981", "year"),
        _time(text, "by the first week of September", "2019-W36", "week", "by"),
    ]
    return text, _events(text, times=times, article=article)


def _find(text: str, events: list[Event], trigger: str, event_type: str) -> Event:
    found = [e for e in events if e.type == event_type and e.trigger is not None
             and text[e.trigger.start:e.trigger.end].startswith(trigger)]
    assert found, (trigger, [(e.type, text[e.trigger.start:e.trigger.end]) for e in events
                             if e.trigger])
    return found[0]


def test_seed_drone_and_tanker(nyt: tuple[str, list[Event]]) -> None:
    text, events = nyt
    drone = _find(text, events, "downed", "ASSAULT")
    assert drone.actors == ["country:IRN"] and drone.recipients == ["country:USA"]
    tanker = _find(text, events, "seized", "COERCE")
    assert tanker.mode == "seize"
    assert tanker.actors == ["country:IRN"] and tanker.recipients == ["country:GBR"]
    missile = _find(text, events, "unveiled", "MOBILIZE")
    assert missile.mode == "weapons"


def test_seed_sanctions_and_abandonment(nyt: tuple[str, list[Event]]) -> None:
    text, events = nyt
    sanctions = _find(text, events, "reimposed", "SANCTION")
    assert sanctions.actors == ["person:donald-trump"]
    assert sanctions.recipients == ["country:IRN"]
    assert sanctions.time == "2018" and not sanctions.time_approximate
    abandon = _find(text, events, "abandoned", "SANCTION")
    assert abandon.mode == "withdraw" and abandon.actors == ["person:donald-trump"]
    assert abandon.time == "2018"  # not 2015, the agreement's own date
    demand = _find(text, events, "demanded", "REQUEST")
    assert demand.actors == ["person:donald-trump"]  # not "Iranian leaders"


def test_seed_zarif_travels(nyt: tuple[str, list[Event]]) -> None:
    text, events = nyt
    tour = _find(text, events, "toured", "CONSULT")
    assert tour.mode == "visit" and tour.actors == ["person:mohammad-javad-zarif"]
    assert tour.location == "location:europe"
    travel = _find(text, events, "traveled", "CONSULT")
    assert travel.mode == "visit" and not travel.negated
    assert travel.recipients == ["country:CHN", "country:JPN", "country:MYS"]


def test_seed_meetings(nyt: tuple[str, list[Event]]) -> None:
    text, events = nyt
    held = _find(text, events, "held a meeting", "CONSULT")
    assert held.actors == ["person:eshaq-jahangiri"]
    assert held.time == "2019-08" and held.time_granularity == "month"
    missed = _find(text, events, "meet", "CONSULT")
    assert missed.negated
    assert missed.actors == ["person:donald-trump", "person:mohammad-javad-zarif"]
    sit = _find(text, events, "sit down", "CONSULT")
    assert sit.hypothetical and sit.source == "person:emmanuel-macron"


def test_seed_hypothetical_and_future(nyt: tuple[str, list[Event]]) -> None:
    text, events = nyt
    seek = _find(text, events, "seek", "REQUEST")
    assert seek.hypothetical and seek.actors == ["country:IRN"]
    assert seek.recipients == ["country:USA"]
    offers = _find(text, events, "offers", "AGREE")
    assert offers.hypothetical and offers.actors == ["person:donald-trump"]
    disengage = _find(text, events, "announce a further disengagement", "SANCTION")
    assert disengage.future and disengage.mode == "withdraw"
    assert disengage.actors == ["country:IRN"] and disengage.time == "2019-W36"
    enrich = _find(text, events, "increase uranium enrichment", "MOBILIZE")
    assert enrich.hypothetical and enrich.source == "country:IRN"


def test_seed_rouhani(nyt: tuple[str, list[Event]]) -> None:
    text, events = nyt
    rejected = _find(text, events, "rejected", "REJECT")
    assert rejected.mode == "meet" and rejected.actors == ["person:hassan-rouhani"]
    assert rejected.recipients == ["person:donald-trump"]
    offered = _find(text, events, "offered", "AGREE")
    assert offered.actors == ["person:hassan-rouhani"]  # "he", not the nearer "Trump"
    reversed_ = _find(text, events, "reversed", "CONCEDE")
    assert reversed_.actors == ["person:hassan-rouhani"]


def test_seed_historical_release(nyt: tuple[str, list[Event]]) -> None:
    text, events = nyt
    release = _find(text, events, "release", "RETREAT")
    assert release.mode == "release"
    assert release.historical and release.time == "1981"
    assert release.recipients == ["country:USA"]


def test_seed_wapo_invitation(seed_dir: Path) -> None:
    name = "wapo-2019-08-27-talks-with-iran-coming-soon.txt"
    text, article = _seed(seed_dir, name)
    events = _events(text, article=article)
    invite = _find(text, events, "invite", "AGREE")
    assert invite.actors == ["person:emmanuel-macron"]
    assert invite.recipients == ["person:mohammad-javad-zarif"]
    assert invite.time is None  # no date in its sentence: not the publication day
    body = article.body[0]
    assert all(body.start <= e.evidence.start and e.evidence.end <= body.end for e in events)


# ------------------------------------------------------------------ the stage's outputs


def test_events_hand_actors_back_as_new_records() -> None:
    """The actors stage's records stay as they were: learned countries come back as copies."""
    known = Actor("org:latvian-constitutional-court", "Latvian Constitutional Court", "org")
    learned = Actor(known.id, known.name, "org", country="LVA", sector="JUD")
    group = Actor("group:farmers", "farmers", "group", sector="CVL", mentions=[Span(0, 7)])
    actors, mentions = merge_actors("farmers met.", [known], [], [learned, group])
    assert known.country is None and known.sector is None
    assert [(a.id, a.country, a.sector) for a in actors] == [
        ("group:farmers", None, "CVL"), (known.id, "LVA", "JUD")]
    assert [(m.text, m.actor) for m in mentions] == [("farmers", "group:farmers")]


def test_recode_rules_are_named_and_ordered() -> None:
    names = [r.name for r in RECODES]
    assert len(set(names)) == len(names)
    # an offer is read before announced coercion, a refused concession before the future rules
    assert names.index("willingness to cooperate is an offer") < names.index(
        "announced coercion is a threat")
    assert names.index("a refused concession is a rejection") < names.index(
        "future cooperation is a commitment")


# ------------------------------------------------------------------ who can be a doer

@pytest.mark.parametrize("text", [
    "The offer angered the farmers in the north.",
    "One side attacked the other near the bridge.",
    "The reservoir flooded three villages downstream.",
    "A roadside device killed four soldiers near the pass.",
])
def test_a_described_thing_is_no_actor(text: str) -> None:
    """Only people and organisations become group actors: a thing is no doer."""
    for event in _events(text):
        assert all(not a.startswith("group:") or a.split(":", 1)[1] in (
            "farmers", "four-soldiers", "soldiers") for a in event.actors), (text, event)


@pytest.mark.parametrize(("text", "actor"), [
    ("Unknown assailants attacked a police station in the south.", "group:assailants"),
    ("A commission accused the mayor of fraud.", "group:commission"),
])
def test_a_described_group_of_people_is_an_actor(text: str, actor: str) -> None:
    events = _events(text)
    assert events and events[0].actors == [actor], events


def test_the_possessor_of_a_thing_is_not_its_doer() -> None:
    """"Y's appearance heightened speculation": what a thing did is no act of its owner."""
    text = "Chile's decision weakened the position of the other exporters."
    assert not [e for e in _events(text) if "country:CHL" in e.actors]


def test_an_event_noun_subject_keeps_its_possessor() -> None:
    event = _one("Peru's attack killed twelve Chilean soldiers.", "ASSAULT")
    assert event.actors == ["country:PER"]


# ------------------------------------------------------------------ no event where none is told

@pytest.mark.parametrize("text", [
    "The premier's decision merely reinforced the argument of her critics.",
    "The envoy's appearance at the forum heightened speculation about a deal.",
    "The president teased reporters about a possible meeting with his rival.",
    "The cabinet's choice only strengthened the impression of drift.",
    "The minister's tour of the region highlighted how isolated the government has become.",
    "The negotiations have turned into a test of patience for both delegations.",
])
def test_analysis_and_speculation_are_no_events(text: str) -> None:
    """Commentary that uses the lexicon's words ("reinforced", "meeting") reports no event."""
    assert _events(text) == []


def test_the_model_vetoes_a_lexicon_sense_it_is_sure_is_no_event() -> None:
    from newsdesk.extract.events.coder import Decision

    text = "The president teased reporters about a possible meeting with his rival."
    doc = annotate.parse(text)
    art = Article(id=article_id(text), text=text, published=PUBLISHED)
    actors, mentions = extract_actors(doc, art)
    reading = Reading.of(doc, art, actors, mentions, [])
    assert code_events(reading).events == []
    assert [e.type for e in code_events(reading, Decision(veto=None)).events] == ["CONSULT"]


def test_the_quotation_that_backs_an_act_dates_it() -> None:
    # The act is summed up, then quoted: it happened when the quotation was said.
    text = ("For the minister's part, even while she refused a summit with Togo, she offered "
            "a conditional truce. \u201cWe will not sit down until the blockade ends,\u201d "
            "Ms. Varga said on Tuesday.")
    times = [_time(text, "Tuesday", "2019-08-27", "day")]
    dated = [e for e in _events(text, times=times) if e.type in ("REJECT", "AGREE")]
    assert dated and {e.time for e in dated} == {"2019-08-27"}


def test_a_quotation_by_someone_else_dates_nothing() -> None:
    text = ("The ministers refused a summit with Togo. \u201cIt is a trap,\u201d "
            "Ms. Varga said on Tuesday.")
    times = [_time(text, "Tuesday", "2019-08-27", "day")]
    refused = [e for e in _events(text, times=times) if e.type == "REJECT"]
    assert refused and all(e.time is None for e in refused)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Kenya quickened the withdrawal of its police officers from Haiti.", "RETREAT"),
    ("Dutch mediators busied themselves with mediation between the two parties in Brussels.",
     "CONSULT"),
])
def test_a_verb_the_lexicon_does_not_know_takes_the_type_of_its_event_noun(
        text: str, event_type: str) -> None:
    """"quickened the withdrawal", "busied themselves with mediation": the model reads the
    lexicon's types of the object's and the preposition's nouns (features "os=", "ps=")."""
    assert [e.type for e in _events(text)] == [event_type]


@pytest.mark.parametrize(("text", "verb", "feature"), [
    ("The Ghanaian envoy undertook a mediation mission between the two Malian factions.",
     "undertook", "osc=CONSULT"),
    ("The rebels mounted a bombing campaign against the railway.", "mounted", "osc=ASSAULT"),
])
def test_an_event_noun_compounded_in_the_object_is_a_feature(
        text: str, verb: str, feature: str) -> None:
    """"undertook a mediation mission": the object's head names no act, its compound does;
    the model reads the lexicon's types of that noun ("osc=") as it reads the object's own."""
    from newsdesk.extract.events.coder import Coder

    doc = annotate.parse(text)
    art = Article(id=article_id(text), text=text, published=PUBLISHED)
    actors, mentions = extract_actors(doc, art)
    coder = Coder(Reading.of(doc, art, actors, mentions, []))
    found = [c.features for sent in coder.body_sentences()
             for c in coder.candidates(sent, bare=True) if c.item.token.text == verb]
    assert found and feature in found[0]


def test_a_state_of_siege_announced_is_emergency_rule() -> None:
    """"announced a 60-day state of siege": the carrier's object "state" is an event noun
    only with "emergency" or "siege" as its "of" complement ("the state of the economy" is
    none)."""
    event = _one("The Bolivian cabinet announced a 60-day state of siege in the mining region.",
                 "COERCE")
    assert (event.mode, event.actors) == ("martial-law", ["country:BOL"])
    assert plover.NOUNS["state"][0].objects == frozenset({"emergency", "siege"})


@pytest.mark.parametrize(("text", "event_type"), [
    ("The Kenyan court ruled the opposition had been sharing voter data with Uganda.",
     "COOPERATE"),
    ("The Ghanaian judge ruled that Togo had been supplying arms to the rebels.", "AID"),
])
def test_a_lexicon_verb_with_no_sense_here_frames_its_finite_clause(
        text: str, event_type: str) -> None:
    """"ruled (that) Togo had been supplying arms": "rule" codes only "rule out"; with a finite
    clause it reports that clause's event, and is no event the model should guess a type for."""
    assert [e.type for e in _events(text)] == [event_type]


def test_a_mediation_keeps_its_parties_as_recipients() -> None:
    """"busied themselves with mediation between the two parties": meetings are reciprocal,
    but a mediation is done by the mediator to the parties between whom it mediates."""
    event = _one("Dutch mediators busied themselves with mediation between the two parties in "
                 "Brussels.", "CONSULT")
    assert (event.actors, event.recipients) == (["country:NLD"], ["group:parties"])


@pytest.mark.parametrize("text", [
    "The Peruvian bishops appealed for the army to stay out of politics.",
    "Britain is pushing hard for France to back its plan to cut tariffs.",
])
def test_asking_for_someone_to_act_is_a_request_to_them(text: str) -> None:
    """"pushing hard for France to back its plan": the "for ... to" clause is what is asked
    for (the verb's "for" sense) and its subject whom it is asked of; the clause's own act is
    only the request's content."""
    (event,) = _events(text)
    assert event.type == "REQUEST"
    assert event.recipients and event.recipients[0] in ("group:army", "country:FRA")
@pytest.mark.parametrize(("text", "ident", "country"), [
    ("Hundreds of students in Karachi marched against the new fuel tax.",
     "group:students", "PAK"),
    ("Gabonese soldiers detained two journalists on Monday.", "group:gabonese-soldiers", "GAB"),
    ("Burkinabe farmers blocked the highway near the border.", "group:burkinabe-farmers",
     "BFA"),
])
def test_a_group_takes_the_country_of_its_demonym_or_city(text: str, ident: str,
                                                          country: str) -> None:
    """Demonyms of every state and the large cities that are no capital give the group its
    country: "students in Karachi" are in Pakistan."""
    events, extra = _coded(text)
    assert events and events[0].actors == [ident], events
    assert extra[ident][0] == country


def test_the_place_of_an_act_noun_is_no_participant() -> None:
    """"held discussions in Nairobi with ...": the capital says where the talks were, not who took
    part; a demonym before the noun still names its doer ("objected to Egyptian mediation")."""
    events, _ = _coded("The Canadian envoy held discussions in Nairobi with regional leaders.")
    assert [e.type for e in events] == ["CONSULT"]
    assert "country:KEN" not in events[0].actors + events[0].recipients, events
    events, _ = _coded("Ethiopia objected to Egyptian mediation in the dam dispute.")
    assert "country:EGY" in events[0].recipients, events


@pytest.mark.parametrize(("text", "event_type", "recipients"), [
    ("The Turkish foreign minister arrived in Baghdad on Monday.", "CONSULT", ["country:IRQ"]),
    ("The army lifted the curfew in the northern city of Kano on Friday.", "CONCEDE",
     ["country:NGA"]),
    ("Ethiopia has strengthened its forces in Somalia.", "MOBILIZE", ["country:SOM"]),
    ("Thousands of farmers demonstrated in Nairobi against the new land law.", "PROTEST", []),
])
def test_an_act_aimed_at_nobody_named_targets_the_state_where_it_happens(
        text: str, event_type: str, recipients: list[str]) -> None:
    """The host of a visit, the state where a curfew is lifted or troops are sent; a protest
    that names what it is against keeps its place as a place only."""
    events, _ = _coded(text)
    assert [(e.type, e.recipients) for e in events] == [(event_type, recipients)]


@pytest.mark.parametrize(("text", "recipients"), [
    ("Lawyers for the editors demanded that the Kenyan government release the detained "
     "journalists.", ["country:KEN"]),
    ("Ghanaian officials demanded on Monday that Nigeria reopen the border.", ["country:NGA"]),
    ("The opposition insisted on its demand that Malawi's government hold new elections.",
     ["country:MWI"]),
])
def test_a_demand_is_addressed_to_the_subject_of_what_it_asks(text: str,
                                                              recipients: list[str]) -> None:
    events, _ = _coded(text)
    assert [(e.type, e.recipients) for e in events] == [("REQUEST", recipients)]


@pytest.mark.parametrize(("text", "actor", "country"), [
    ("President Julius Nyerere criticised the Ugandan invasion.", "person:julius-nyerere",
     "TZA"),
    ("The Castro government condemned the new embargo.", "person:castro", "CUB"),
])
def test_a_known_leader_gives_the_country(text: str, actor: str, country: str) -> None:
    doc = annotate.parse(text)
    art = Article(id=article_id(text), text=text, published=PUBLISHED)
    actors, _ = extract_actors(doc, art)
    known = {a.id: a.country for a in actors}
    assert known.get(actor) == country, known


@pytest.mark.parametrize(("text", "event_type", "actors", "recipients"), [
    # an attitude participle: the subject holds the attitude ("is opposed to")
    ("Egypt is opposed to Turkish mediation in the border dispute.", "REJECT",
     ["country:EGY"], ["country:TUR"]),
    # an act stands for whoever did it: "attacks by Malian rebels"
    ("Ghana condemned the attacks by Malian rebels.", "ACCUSE", ["country:GHA"],
     ["group:malian-rebels"]),
    # a purpose of protesting names the target, even one of the protesters' own country
    ("Exiled Ethiopian activists began a hunger strike to protest the Kenyan government's "
     "deportation order.", "PROTEST", ["group:exiled-ethiopian-activists"], ["country:KEN"]),
    ("Students boycotted classes to denounce Ugandan police brutality.", "PROTEST",
     ["group:students"], ["country:UGA"]),
])
def test_whom_an_attitude_or_a_protest_is_aimed_at(text: str, event_type: str,
                                                   actors: list[str],
                                                   recipients: list[str]) -> None:
    events, _ = _coded(text)
    assert [(e.type, e.actors, e.recipients) for e in events] == [
        (event_type, actors, recipients)]


@pytest.mark.parametrize(("text", "verb", "doer"), [
    ("Chadian troops were engaged in heavy fighting with rebels near Abeche.", "engaged",
     "group:chadian-troops"),
    ("Sudanese militias were involved in attacks on villages in Chad.", "involved",
     "group:sudanese-militias"),
    ("Serbian police were engaged in a crackdown on protesters in Kosovo.", "engaged",
     "group:serbian-police"),
])
def test_a_participle_of_taking_part_keeps_its_subject_as_doer(text: str, verb: str,
                                                                 doer: str) -> None:
    """"were engaged in fighting", "were involved in attacks": the form of a passive, but the
    subject takes part in the act; it is the doer, not the one acted on (as with "is opposed
    to")."""
    from newsdesk.extract.events.clauses import objects_of
    from newsdesk.extract.events.coder import Coder

    doc = annotate.parse(text)
    art = Article(id=article_id(text), text=text, published=PUBLISHED)
    actors, mentions = extract_actors(doc, art)
    token = next(t for t in doc if t.text == verb)
    assert [t.i for t in subjects_of(token)] == [token.i - 2] and not objects_of(token)
    coder = Coder(Reading.of(doc, art, actors, mentions, []))
    found = [c for sent in coder.body_sentences()
             for c in coder.candidates(sent, bare=False) if c.item.token.i == token.i]
    assert found and found[0].actors == [doer] and doer not in found[0].recipients


def test_an_act_named_by_its_doer_is_aimed_at_the_doer_even_at_home() -> None:
    """"abuses by Peruvian soldiers" stands for the soldiers though Peru investigates them; a
    thing of the doer's own country with no doer named is still no recipient."""
    events, _ = _coded("Peru is investigating abuses by Peruvian soldiers in the highlands.")
    assert [(e.type, e.recipients) for e in events] == [("ACCUSE", ["group:peruvian-soldiers"])]
    events, _ = _coded("Spain's industry ministry cut Spanish fuel subsidies.")
    assert [e.recipients for e in events] == [[]]


def test_a_region_gives_a_group_its_country() -> None:
    """"Darfur rebels" are Sudanese, not of the country that accuses them."""
    events, extra = _coded("Chad accused Darfur rebels of raiding a border village.")
    assert [(e.type, e.recipients) for e in events] == [("ACCUSE", ["group:darfur-rebels"])]
    assert extra["group:darfur-rebels"] == ("SDN", "REB")


def test_a_movement_named_without_its_country_has_one() -> None:
    """"Hezbollah" is Lebanese, whatever other country the sentence names."""
    text = "Hezbollah threatened to strike northern Israel."
    events, _ = _coded(text)
    assert [(e.type, e.actors) for e in events] == [("THREATEN", ["org:hezbollah"])]
    doc = annotate.parse(text)
    actors, _ = extract_actors(doc, Article(id=article_id(text), text=text, published=PUBLISHED))
    assert {a.id: a.country for a in actors}["org:hezbollah"] == "LBN"


def test_where_a_person_is_says_nothing_of_whose_he_is() -> None:
    events, extra = _coded("Egypt refused to receive Sudan's visiting envoy Ahmed Karim in "
                           "Alexandria.")
    assert events and "person:ahmed-karim" in events[0].recipients, events
    assert extra["person:ahmed-karim"][0] == "SDN"


def test_a_crowd_of_no_country_is_of_the_state_where_it_acts() -> None:
    events, extra = _coded("Hundreds of people blocked the main highway in Kano to oppose the "
                           "Ghanaian trade ban.")
    assert [e.actors for e in events] == [["group:people"]]
    assert extra["group:people"] == ("NGA", "CVL")


def test_a_demonym_before_language_names_no_state() -> None:
    events, _ = _coded("Estonia lifted restrictions on the use of the Russian language in "
                       "schools.")
    assert [(e.type, e.recipients) for e in events] == [("CONCEDE", [])]


def test_a_day_the_parser_ran_into_the_name_after_it_still_dates_the_clause() -> None:
    """ "On Thursday BP ordered 60,000 gallons ..., according to Rep. Jerrold Nadler": the parser
    reads "on [Thursday BP]", the day a compound of the name; the day is the preposition's, and
    the preposition hangs on the clause, so it dates the act."""
    text = "On Monday Greenpeace occupied the platform, according to the police."
    [event] = _events(text, times=[_time(text, "Monday", "2019-08-26", "day")])
    assert event.time == "2019-08-26"


def test_beside_an_international_body_the_one_country_named_is_not_its_officials() -> None:
    from newsdesk.pipeline import process_batch

    text = ("Meanwhile, the UN has approved a plan by Secretary General Lars Venn to send more "
            "UN police to Belize.\n"
            "Ousted President Omar Zell has agreed to resign without returning to Belize.")
    [ex] = process_batch([Article(id="a", text=text)])
    assert isinstance(ex, Extraction)
    people = {a.id: a for a in ex.actors if a.kind == "person"}
    assert people["person:lars-venn"].country is None
    assert people["person:lars-venn"].sector == "GOV"
    assert people["person:omar-zell"].country == "BLZ"  # a sentence about one country only


# ------------------------------------------------------------------ the register of real coverage

def test_a_credit_line_is_no_event() -> None:
    """A reporter who "contributed to this report" gives nothing: the lexicon's AID sense of
    "contribute" is vetoed by the model, trained on credit lines of our own."""
    assert _events("Staff writer Lena Berg contributed to this report.") == []


def test_a_conversation_had_with_someone_is_a_consultation() -> None:
    """ "had a conversation with": a verb the lexicon does not know, carrying a talk, is
    CONSULT (the model, trained on "had a telephone conversation with ...")."""
    text = ("The Moroccan envoy had a lengthy conversation with the Algerian foreign minister "
            "about the border.")
    assert [e.type for e in _events(text)] == ["CONSULT"]


def test_a_complaint_lodged_against_a_company_is_an_accusation() -> None:
    """ "lodged a complaint against": a legal accusation in business coverage."""
    _one("Belgian prosecutors lodged a complaint against the chemical company with the court "
         "in Antwerp.", "ACCUSE")


def test_blocking_a_plan_is_a_rejection_and_blocking_a_road_a_protest() -> None:
    """ "blocked the plan to ...": blocking a proposal, bill or effort rejects it (the model,
    trained on such sentences); blocking a road stays the lexicon's protest."""
    _one("Opposition deputies blocked the government's plan to privatise the railways.",
         "REJECT")
    _one("Striking dockers blocked the road to the container terminal.", "PROTEST")


def test_scrapping_a_deal_with_a_state_reduces_relations() -> None:
    """ "scrapped its visa deal with Moscow": ending an agreement with another state is a
    SANCTION (the model, trained on the tenth batch's "scrapped a trade deal with ..."), not
    the RETREAT the model gave before; a company scrapping its own plans is no event."""
    _one("Kazakhstan scrapped its visa deal with Moscow over the dispute.", "SANCTION")
    assert _events("The company scrapped its plans for a new factory in the north.") == []


def test_throwing_weight_behind_a_bid_is_support() -> None:
    """ "threw its weight behind ...": verbal backing is SUPPORT (coded REJECT before the
    tenth batch)."""
    _one("Portugal threw its weight behind the Brazilian bid to host the summit.", "SUPPORT")


def test_a_subject_named_by_a_title_is_the_doer() -> None:
    """ "The Austrian chancellor denounced ...", "Chile's generals rebuffed ...": a title the
    lexicon's lists of people lack still names whoever holds it, so the clause has a doer (the
    noun was taken for a thing before, and the event, with no actor, was dropped), while a
    thing as subject still gives none."""
    denounced = _one("The Austrian chancellor denounced the bombing as an attack on the republic.",
                     "ACCUSE")
    assert denounced.actors == ["country:AUT"]
    rebuffed = _one("Chile's generals rebuffed calls to hand the inquiry to a civilian court.",
                    "REJECT")
    assert rebuffed.actors == ["country:CHL"]
    assert all(not e.actors for e in _events(
        "The dam's collapse killed dozens of villagers downstream."))


def test_an_active_conjunct_of_a_passive_verb_is_done_by_its_subject() -> None:
    """ "The governor has been charged by prosecutors ... and will step down": the one charged
    steps down, not the prosecutors (the conjunct took the passive's agent as its doer before);
    a bare participle sharing the passive ("was detained by police and questioned") keeps the
    agent."""
    text = ("Bolivia's finance minister has been charged by state prosecutors with fraud and "
            "has resigned.")
    resigned = _one(text, "RETREAT")
    assert resigned.actors == ["country:BOL"]
    doc = annotate.parse("The Kenyan activist was detained by police and questioned for hours.")
    [questioned] = [t for t in doc if t.lower_ == "questioned"]
    assert [t.lower_ for t in subjects_of(questioned)] == ["police"]


def test_a_joint_exercise_is_cooperation() -> None:
    """The manual: joint military operations are COOPERATE, single-country exercises MOBILIZE.
    "held joint naval drills" and two states holding an exercise together are COOPERATE (both
    actors); one navy's exercise stays MOBILIZE."""
    joint = _one("Brazil and Portugal held joint naval drills off the Azores last week.",
                 "COOPERATE")
    assert joint.actors == ["country:BRA", "country:PRT"]
    together = _one("Egypt and Greece staged an air exercise over the Mediterranean.", "COOPERATE")
    assert together.actors == ["country:EGY", "country:GRC"]
    _one("The Turkish navy held exercises in the Aegean on Tuesday.", "MOBILIZE")


def test_accepting_demands_is_a_concession() -> None:
    """ "accepted the demands of the striking nurses": giving in to what was demanded is
    CONCEDE (AGREE before, by "accept"'s sense for any object); accepting an offer stays
    AGREE."""
    _one("The Zambian government accepted the demands of the striking nurses.", "CONCEDE")
    _one("Zambia accepted an offer of mediation from the African Union.", "AGREE")


def test_a_past_form_the_parser_lemmatises_wrongly_finds_its_verb() -> None:
    """ "fined": the parser's lemma is "fin", which WordNet's table sends to "equip" (AID,
    left to the model as a synonym's sense); the form without its "d" is the lexicon's
    "fine", whose SANCTION sense stands."""
    from newsdesk.extract.events.senses import verb_senses

    text = "The Indonesian government fined the logging company for clearing the forest."
    [fined] = [t for t in annotate.parse(text) if t.lower_ == "fined"]
    found = verb_senses(fined)
    assert found is not None and found.synonym is None
    assert [rule.type for rule, _ in found.senses] == ["SANCTION"]
    assert [(e.type, e.actors) for e in _events(text)] == [("SANCTION", ["country:IDN"])]


def test_positions_held_by_a_force_are_ground_not_a_stance() -> None:
    """ "attacked rebel positions": positions named by the force that holds them (a military,
    police or rebel noun, or "enemy") are ground, so "attack" is ASSAULT there, where its
    verbal sense (ACCUSE, for "position" among its verbal targets) took them before; a
    stance ("the government's position on taxes") stays a verbal target."""
    from newsdesk.extract.events.senses import verb_senses

    text = "Somali troops attacked militant positions north of the capital."
    [attacked] = [t for t in annotate.parse(text) if t.lower_ == "attacked"]
    found = verb_senses(attacked)
    assert found is not None and [rule.type for rule, _ in found.senses] == ["ASSAULT"]
    _one("The guerrillas attacked enemy positions in the hills overnight.", "ASSAULT")
    _one("The Kenyan opposition attacked the president's position on the land reform.",
         "ACCUSE")


def test_a_unit_of_a_force_is_a_doer() -> None:
    """ "Chadian army units ... clashed": a unit noun (unit, squad, brigade, patrol, ...) with
    a military, police or rebel modifier names people of that force, so it is a doer (the
    clash was dropped before, with neither actor nor recipient); a unit with no force
    ("housing units") stays a thing."""
    from newsdesk.extract.events.groups import unit_sector

    clash = _one("Chadian army units and local militiamen clashed near the Libyan border on "
                 "Friday.", "ASSAULT")
    assert clash.actors == ["country:TCD"]
    text = "Police units detained two hundred students in Dhaka. Two housing units were sold."
    doc = annotate.parse(text)
    units = [t for t in doc if t.lower_ == "units"]
    assert [unit_sector(t) for t in units] == ["COP", None]


def test_the_host_of_talks_is_a_party_to_them() -> None:
    """ "Ghana hosted talks between ...", "Kenya hosted a summit of ...": a meeting noun as the
    object of "host" is a meeting the host holds, CONSULT (the lexicon's one sense of "host",
    a visit the guest pays, leaves out meeting nouns, so these had no event at all); a host
    of a guest is still the guest's visit, and a city hosting games is no event."""
    talks = _one("Ghana hosted talks between the two Togolese factions in Accra on Monday.",
                 "CONSULT")
    assert "country:GHA" in talks.actors
    summit = _one("Kenya hosted a summit of East African leaders in Nairobi on Friday, the "
                  "president's office said.", "CONSULT")
    assert summit.actors == ["country:KEN"]
    visit = _one("Qatar hosted the Iranian foreign minister in Doha on Sunday.", "CONSULT")
    assert (visit.mode, visit.actors, visit.recipients) == (
        "visit", ["country:IRN"], ["country:QAT"])
    assert _events("The city hosted the games in 2012.") == []


def test_an_act_whose_doer_is_not_named_is_aimed_at_the_state_where_it_happens() -> None:
    """ "A bomb hidden in a cart exploded in a crowded market in Kabul": no doer is named and
    nobody it is aimed at, but the act happens in a named state, which is its recipient (as it
    already was for an act with a doer and no target, "lifted the curfew in Kano"); it was
    dropped for having neither actor nor recipient.  With no place it still is."""
    blast = _one("A car bomb exploded outside a police station in Mogadishu on Sunday, killing "
                 "six people, officials said.", "ASSAULT")
    assert (blast.actors, blast.recipients) == ([], ["country:SOM"])
    assert _events("A car bomb exploded outside a police station on Sunday.") == []


def test_calling_off_a_meeting_is_rejecting_it() -> None:
    """ "Israel called off a planned visit by its foreign minister to The Hague": calling off
    a visit, a trip or talks is cancelling a meeting, REJECT (meet), as "cancel" already is;
    calling off anything else (a strike, an offensive) stays CONCEDE."""
    visit = _one("Japan called off the foreign minister's visit to Seoul after the dispute over "
                 "the islands.", "REJECT")
    assert (visit.mode, visit.actors) == ("meet", ["country:JPN"])
    _one("Nigeria called off talks with the rebels on Monday.", "REJECT")
    _one("The unions called off the strike after the government raised wages.", "CONCEDE")


def test_a_regulator_a_watchdog_a_jury_or_a_charity_is_a_doer() -> None:
    """ "Norway's oil regulator suspended drilling ...": an organisation named by a common
    noun of the lexicon's people and organisation heads (``agent_nouns``: now also regulator,
    watchdog, ombudsman, jury, customs, charity) is a doer, not a thing; these acts were
    dropped before, with neither actor nor recipient."""
    condemned = _one("Ghana's media watchdog condemned the arrest of two journalists on "
                     "Monday.", "ACCUSE")
    assert condemned.actors == ["country:GHA"]
    suspended = _one("Kenya's energy regulator suspended the licence of the state power "
                     "company.", "SANCTION")
    assert suspended.actors == ["country:KEN"]


def test_a_warning_of_what_a_thing_will_do_is_a_forecast_not_a_threat() -> None:
    """ "The central bank governor warned that inflation could stay above target": a warning
    whose clause says what a thing will do (active voice, a subject that is no doer) is a
    forecast, no event; a warning of one's own act, of what will be done to someone, or one
    addressed to someone stays THREATEN."""
    assert _events("Hydrologists warned that the river could burst its banks near Dhaka by "
                   "Friday.") == []
    assert _events("The Chilean finance minister warned that the copper price might fall "
                   "further this year.") == []
    _one("Azerbaijan warned that it would respond with force to any new shelling.", "THREATEN")
    addressed = _one("Greece warned Turkey that relations would suffer over the drilling.",
                     "THREATEN")
    assert addressed.recipients == ["country:TUR"]


def test_a_particle_parsed_as_an_adverb_still_makes_the_phrasal_verb() -> None:
    """ "South Korea's justice minister stepped down", "the armoured units pulled back": the
    parser takes the particle of a phrasal verb the lexicon knows for an adverb, and the
    lexicon's phrasal sense (resigning, withdrawing) applies all the same; an adverb no sense
    names keeps the verb's other senses, and one with a source ("stepped down from the stage")
    is a movement left to the model."""
    text = "Chile's finance minister stepped down on Monday after the vote."
    resigned = _one(text, "RETREAT")
    assert resigned.mode == "resign"
    assert resigned.actors == ["country:CHL"]
    assert text[resigned.trigger.start:resigned.trigger.end] == "stepped down"  # type: ignore[union-attr]
    text = "Colombian troops pulled back to their barracks on Friday."
    withdrew = _one(text, "RETREAT")
    assert withdrew.mode == "withdraw"
    assert text[withdrew.trigger.start:withdrew.trigger.end] == "pulled back"  # type: ignore[union-attr]


@pytest.mark.parametrize(("text", "day", "event_type"), [
    ("Local fisheries officials on Tuesday seized two Ugandan trawlers.", "Tuesday", "COERCE"),
    ("Two Kenyan ministers on Monday met the Ugandan envoy in Nairobi.", "Monday", "CONSULT"),
    ("A spokesman for the Kenyan army on Friday accused Uganda of shelling the border.",
     "Friday", "ACCUSE"),
])
def test_a_time_between_the_subject_and_its_verb_dates_the_verb(
        text: str, day: str, event_type: str) -> None:
    """ "Local health officials on Tuesday posted notices", "a statement from the president on
    Tuesday said ... and praised": the parser hangs the time on the subject's noun, but a time
    standing right before the verb is the verb's (no one is "officials on Tuesday")."""
    event = _one(text, event_type, times=[_time(text, day, "2019-08-27", "day")])
    assert event.time == "2019-08-27"


@pytest.mark.parametrize(("text", "day", "event_type"), [
    ("At a rally on Tuesday, the farmers' union accused the ministry of ignoring the drought.",
     "Tuesday", "ACCUSE"),
    ("In two tense meetings on Tuesday, the Kenyan union rejected the railway's offer.",
     "Tuesday", "REJECT"),
    ("During talks in Nairobi on Tuesday, Kenya and Uganda agreed to reopen the border.",
     "Tuesday", "AGREE"),
])
def test_a_time_on_the_happening_a_fronted_phrase_sets_the_act_in_dates_it(
        text: str, day: str, event_type: str) -> None:
    """ "In back-to-back Senate inquiries on Tuesday, lawmakers chastised ...": the day hangs
    on the noun of the opening phrase (the inquiries), and the act happened in them."""
    event = _one(text, event_type, times=[_time(text, day, "2019-08-27", "day")])
    assert event.time == "2019-08-27"


def test_a_bare_day_after_the_verbs_object_dates_the_act() -> None:
    """ "The Kenyan government admitted defeat Saturday in its attempt to ...": the wire writes
    the day bare, and the parser hung it on "defeat", the object; it is the admitting's day."""
    text = "The Kenyan government admitted defeat Saturday in its attempt to reopen the border."
    event = _one(text, "CONCEDE", times=[_time(text, "Saturday", "2019-08-27", "day")])
    assert event.time == "2019-08-27"


def test_a_time_on_a_happening_since_which_the_act_runs_does_not_date_it() -> None:
    text = "Since the vote on Tuesday, the Kenyan union has rejected every offer."
    event = _one(text, "REJECT", times=[_time(text, "Tuesday", "2019-08-27", "day")])
    assert event.time is None


def test_a_time_of_a_noun_after_the_verb_still_dates_nothing() -> None:
    text = "Ecuador expelled the ambassador appointed on Tuesday."
    event = _one(text, "SANCTION", times=[_time(text, "Tuesday", "2019-08-27", "day")])
    assert event.time is None


@pytest.mark.parametrize("text, types", [
    ("The port's crews fought the leak on three fronts.", []),
    ("Firefighters battled the blaze for six hours.", []),
    ("The senator will fight the charges in court.", []),
    ("Rebels fought government troops near the border.", ["ASSAULT"]),
])
def test_fighting_a_hazard_or_a_charge_is_no_assault(text: str, types: list[str]) -> None:
    assert [e.type for e in _events(text)] == types


@pytest.mark.parametrize("text, types", [
    ("As Norlund hacked away at a pipe gushing oil at the bottom of the bay, investors sawed "
     "off 15 percent of the company's market value on Tuesday.", []),
    ("Hackers hacked the harbour authority's website on Tuesday.", ["COERCE"]),
    ("Hackers hacked into the election commission's network.", ["COERCE"]),
    ("Raiders armed with machetes hacked two farmers to death in the village.", ["ASSAULT"]),
])
def test_a_cyber_attack_hacks_or_defaces_a_system(text: str, types: list[str]) -> None:
    assert [e.type for e in _events(text)] == types


@pytest.mark.parametrize("text", [
    "Northwind Energy shares fell 7 percent in Oslo on Thursday.",
    "Shares in Kestrel Mining dropped sharply after the report.",
    "Copper prices retreated for a third day.",
])
def test_a_quantity_a_market_moves_is_no_doer(text: str) -> None:
    """"BP shares fell": the subject is a thing whatever name modifies it, so the company
    does not retreat, and no event is coded."""
    assert _events(text) == []


@pytest.mark.parametrize("text, event_type, recipients", [
    ("Norway is sending planes with relief supplies to Mozambique.", "AID", ["country:MOZ"]),
    ("Chile dispatched two ships carrying medicine to Peru.", "AID", []),
    ("Turkey sent warplanes to Libya.", "MOBILIZE", ["country:LBY"]),
    ("Ethiopia sent troops with tanks into Somalia.", "MOBILIZE", []),
])
def test_what_a_vehicle_carries_decides_and_the_cargo_is_no_recipient(
        text: str, event_type: str, recipients: list[str]) -> None:
    """"sent planes with aid" is aid (the parser often hangs "with" on the verb); what is sent
    (warplanes, troops, tanks) is no one the act is aimed at; where it goes stays."""
    event = _one(text, event_type)
    assert event.recipients[:1] == recipients
    assert not any(r.startswith("group:") for r in event.recipients)


@pytest.mark.parametrize("text, types", [
    ("The trade minister launched a scathing attack on the tariff plan.", ["ACCUSE"]),
    ("Militiamen launched an attack on the river port at dawn.", ["ASSAULT"]),
    ("Shares in Kestrel Mining fell on Monday after Prime Minister Ana Duarte launched her "
     "sharpest attack yet on the company.", ["ACCUSE"]),
])
def test_an_attack_of_words_is_an_accusation(text: str, types: list[str]) -> None:
    """The modifier says what kind of attack; a thing's movement in the main clause ("prices
    slid") does not hide the act told in its adverbial clause."""
    assert [e.type for e in _events(text)] == types


@pytest.mark.parametrize("text", [
    "The harbour master warned that dredging the channel remained a slow and costly job.",
    "Several traders warned that this would happen.",
    "The geologist demonstrates how quickly the sand absorbs the fuel.",
    "The salvage crew said it was capturing more oil from the sunken tanker.",
])
def test_warnings_about_a_state_of_affairs_showing_and_collecting_are_no_events(
        text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize("text, types", [
    ("Kestrel said it had captured 12,400 barrels of oil from the broken pipe on Sunday, the "
     "highest amount yet.", []),
    ("The salvage crew collected 300 tonnes of crude from the hull.", []),
    ("Pirates seized two tankers of oil off the coast on Friday.", ["COERCE"]),
])
def test_a_counted_quantity_of_a_substance_collected_is_no_seizure(
        text: str, types: list[str]) -> None:
    """"captured 12,400 barrels of oil": the counted noun only measures its "of" complement,
    which decides the sense as a bare "capturing more oil" does (a substance: nothing is
    seized).  A counted noun the sense itself names ("two tankers of oil") is still seized."""
    assert [e.type for e in _events(text)] == types


@pytest.mark.parametrize("text, event_type", [
    ("Gabon warned that it would expel any foreign trawler found in its waters.", "THREATEN"),
    ("Hundreds of nurses demonstrated outside the health ministry on Friday.", "PROTEST"),
    ("Rebels captured the river town after two days of fighting.", "COERCE"),
])
def test_the_same_words_as_events(text: str, event_type: str) -> None:
    assert [e.type for e in _events(text)] == [event_type]


@pytest.mark.parametrize("text, types", [
    ("Oil from the Sea Empress spill has been found on beaches along more than 60 miles of "
     "coast from Wales to Devon.", []),
    ("The consulate was attacked by a mob on Sunday.", ["ASSAULT"]),
])
def test_a_thing_undergoing_a_verb_the_lexicon_lacks_is_no_act(text: str,
                                                               types: list[str]) -> None:
    assert [e.type for e in _events(text)] == types


@pytest.mark.parametrize("text, actor, recipient", [
    # an office-holder's words: "the company" is the business they hold office in
    ("Harborline Energy cut its forecast. Harborline Energy sold a refinery. Harborline Energy "
     "is in trouble. Jon Hale, chief executive of Pellwood Oil, said the company would sue "
     "Harborline Energy.", "org:pellwood-oil", "org:harborline-energy"),
    ("Harborline Energy cut its forecast. Harborline Energy sold a refinery. Harborline Energy "
     "is in trouble. A Pellwood Oil spokesman said the company would sue Harborline Energy.",
     "org:pellwood-oil", "org:harborline-energy"),
    # an analyst at a bank speaks of the business the article is about, not of the bank
    ("Harborline Energy cut its forecast. Harborline Energy sold a refinery. Dunmore Bank "
     "analyst Jon Hale said the company would sue Pellwood Oil.",
     "org:harborline-energy", "org:pellwood-oil"),
])
def test_the_company_as_a_participant(text: str, actor: str, recipient: str) -> None:
    """"the company" as an event's participant is read as for a speaker
    (``References.company_before``)."""
    (event,) = _events(text)
    assert (event.actors, event.recipients) == ([actor], [recipient])


def test_a_company_in_a_longer_article_takes_no_country_from_its_sentence() -> None:
    """In coverage of a spill off Texas, "Norsk Petro said it would pay for the clean-up" names
    where the company works, not whose it is; "Congress" is a body of the state it names."""
    text = ("Oil from a ruptured well reached the coast of Texas on Monday. "
            "Fishermen in Galveston said their season was over. "
            "Norsk Petro agreed to pay for the clean-up in Texas. "
            "Its chief executive, Lars Brekke, visited Texas on Tuesday. "
            "Congress summoned Mr Brekke to testify in Washington.")
    doc = annotate.parse(text)
    art = Article(id=article_id(text), text=text, published=PUBLISHED)
    actors, mentions = extract_actors(doc, art)
    coded = code_events(Reading.of(doc, art, actors, mentions))
    merged, _ = merge_actors(text, actors, mentions, coded.actors)
    found = {a.name: a.country for a in merged}
    assert found.get("Norsk Petro") is None, found
    assert found.get("Lars Brekke") is None, found
    assert found.get("Congress") == "USA", found


@pytest.mark.parametrize("text, types", [
    ("The port commission meets on Friday for a session titled: \"Have Lax Rules Encouraged "
     "Reckless Dredging?\"", ["CONSULT"]),
    ("The institute released a study entitled \"How Militias Seized the Delta\" on Monday.", []),
    ("Militias seized the delta town on Monday, the study said.", ["COERCE"]),
])
def test_a_quoted_title_reports_no_event(text: str, types: list[str]) -> None:
    assert [e.type for e in _events(text)] == types


# After "titled:" the parser makes the title's verb the sentence's root and hangs the meeting
# on it as a clausal complement ("meets" under "invite"): the model then read the meeting as
# a clause embedded in another verb and gave "no event" past the veto.
_MEETINGS_BEFORE_A_TITLE = [
    ("The harbour board meets on Thursday for a hearing titled: \"Did Weak Checks Invite "
     "Illegal Fishing?\"", "meets"),
    ("The city council meets on Monday for a debate entitled: \"Should Ports Be Closed to "
     "Tankers?\"", "meets"),
    ("The water authority convenes on Wednesday for a panel titled: \"Have Dams Drowned the "
     "Valley?\"", "convenes"),
]


@pytest.mark.parametrize("text, verb", _MEETINGS_BEFORE_A_TITLE)
def test_a_meeting_before_a_quoted_title_is_a_meeting(text: str, verb: str) -> None:
    assert [e.type for e in _events(text)] == ["CONSULT"]


@pytest.mark.parametrize("text, verb", [
    *_MEETINGS_BEFORE_A_TITLE,
    ("Opposition leaders met in Quito on Sunday for a conference titled: \"Who Stole the "
     "Election?\"", "met"),
])
def test_a_quoted_title_governs_nothing_outside_it(text: str, verb: str) -> None:
    """A title names a work: a predicate the parser hangs on one of its words heads its own
    clause, and the title's words are none of the predicate's features."""
    from newsdesk.extract.events.clauses import title_tokens
    from newsdesk.extract.events.coder import Coder

    doc = annotate.parse(text)
    art = Article(id=article_id(text), text=text, published=PUBLISHED)
    actors, mentions = extract_actors(doc, art)
    coder = Coder(Reading.of(doc, art, actors, mentions, []))
    (sent,) = coder.body_sentences()
    title = {doc[i].lemma_.lower() for i in title_tokens(sent)}
    found = [c.features for c in coder.candidates(sent, bare=True)
             if c.item.token.text == verb]
    assert found and {"dep=ROOT", "root"} <= set(found[0]), found
    assert not [f for f in found[0] if f.split("=", 1)[-1].split("|")[-1] in title
                or f.startswith("hd=")], found[0]


@pytest.mark.parametrize("text, types", [
    ("The earthquake killed at least 200,000 people in Peru.", []),
    ("Floods killed 40 people in Assam on Sunday.", []),
    ("Two ferrymen were killed by the typhoon off Luzon.", []),
    ("Three judges were killed when the quake struck the court in Lima.", []),
    ("Homes along the coast were destroyed as the cyclone hit Odisha.", []),
    ("The quake, which struck Peru on Tuesday, was followed by two aftershocks.", []),
    ("The storm that hit Luzon is feared to have killed hundreds of people.", []),
    ("The militia, which attacked Peru on Tuesday, was routed.", ["ASSAULT"]),
    ("Militiamen killed four farmers in the raid on Tuesday.", ["ASSAULT"]),
    ("Militiamen killed four farmers when the storm hit the village.", ["ASSAULT"]),
])
def test_deaths_a_disaster_caused_are_no_assault(text: str, types: list[str]) -> None:
    assert [e.type for e in _events(text)] == types


@pytest.mark.parametrize("text, types", [
    ("Ministers continue to beat a path to the flooded delta.", []),
    ("Relief is dispersed slowly in the camps.", []),
    ("The shipping firm pleaded guilty to two counts of fraud.", []),
    ("The governor pleaded for help from the army.", ["REQUEST"]),
    ("Riot police dispersed the crowd with water cannon.", ["ASSAULT"]),
    ("Guards beat two prisoners with batons.", ["ASSAULT"]),
])
def test_idioms_and_pleas_of_court_are_no_events(text: str, types: list[str]) -> None:
    assert [e.type for e in _events(text)] == types


def _countries(text: str) -> tuple[dict[str, str | None], list[Event]]:
    doc = annotate.parse(text)
    art = Article(id=article_id(text), text=text, published=PUBLISHED)
    actors, mentions = extract_actors(doc, art)
    coded = code_events(Reading.of(doc, art, actors, mentions))
    merged, _ = merge_actors(text, actors, mentions, coded.actors)
    return {a.name: a.country for a in merged}, coded.events


@pytest.mark.parametrize("text", [
    "Norsk Petro blamed its contractors for the leak in the Gulf of Mexico, the company said.",
    "Norsk Petro accused its contractors of negligence in the Persian Gulf on Monday.",
])
def test_a_sea_names_no_country(text: str) -> None:
    """A gulf or a sea belongs to no state, whatever country its name recalls: a one-sentence
    report about a leak in the Gulf of Mexico makes no Mexican company, nor is the Gulf the
    accusation's target."""
    found, events = _countries(text)
    assert found.get("Norsk Petro") is None, found
    assert all(not r.startswith("country:") for e in events for r in e.recipients), events


@pytest.mark.parametrize("sentence", [
    "The Mexican unit of Exxon Mobil accused Halvorsen of negligence.",
    "Halvorsen accused Exxon Mobil's Mexican subsidiary of negligence.",
])
def test_what_a_company_owns_says_nothing_of_whose_the_company_is(sentence: str) -> None:
    """"The Mexican unit of Exxon Mobil", "Exxon Mobil's Mexican subsidiary": the unit is
    Mexican, the company reached through it is not."""
    text = ("Crews worked through the night off the coast. Oil reached the beaches of two states "
            f"on Monday. {sentence} Regulators said they would study the findings. "
            "Fishermen said they were still waiting.")
    found, _ = _countries(text)
    assert found.get("Exxon Mobil") is None, found


def test_a_name_the_model_missed_is_the_actor_it_names_elsewhere() -> None:
    """"BP faces claims" at a paragraph's start, where the model found no entity: the doer is
    the company the article names, not a group of the same words."""
    text = ("Oil giant BP said on Monday that it had capped the well. BP blamed a sequence of "
            "failures for the blast. BP faces claims from fishermen. Officials in Louisiana said "
            "the beaches would reopen. BP rejected the claims.")
    _, events = _countries(text)
    doers = {a for e in events for a in e.actors}
    assert doers == {"org:bp"}, events


def test_the_company_is_the_organisation_named_last() -> None:
    """"Norsk Petro ... The company rejected the claims": the company named before, as "the
    company said" is for a quotation's speaker; with none named it stays a group."""
    text = ("Norsk Petro said on Monday that it had capped the well. Fishermen in Galveston said "
            "their season was over. The company rejected the claims of negligence.")
    _, events = _countries(text)
    assert [(e.type, e.actors) for e in events] == [("REJECT", ["org:norsk-petro"])], events
    _, events = _countries("The company rejected the claims of negligence.")
    assert [e.actors for e in events] == [["group:company"]], events


def test_an_act_a_comparison_holds_up_is_no_act() -> None:
    """"Blaming the crew is like a banker blaming his accountant": the banker blamed no one."""
    events = _events("“Norsk Petro blaming the crew for the leak is like a banker blaming his "
                     "accountant,” said Senator Jon Aas.")
    kinds = {(tuple(e.actors), e.kind) for e in events}
    assert kinds == {(("org:norsk-petro",), "occurred"), ((), "hypothetical")}, kinds


@pytest.mark.parametrize(("text", "verb", "named"), [
    ("Rebel units were engaged in heavy fighting near the airport on Sunday.", "engaged",
     "ASSAULT"),
    ("The ministry has come under sharp criticism in parliament for the delays.", "come",
     "ACCUSE"),
])
def test_a_support_verb_takes_its_type_from_the_event_noun_it_governs(
        text: str, verb: str, named: str) -> None:
    """"were engaged in heavy fighting", "came under criticism": a verb the lexicon has no
    sense for, with an event noun the lexicon knows after "in", "into" or "under", only gives
    the noun its subject; where the model finds an event there, the type is among the
    noun's, however the model ranks the other types (here a near tie it would break to
    RETREAT)."""
    from dataclasses import replace

    from newsdesk.extract.events.coder import Coder

    doc = annotate.parse(text)
    art = Article(id=article_id(text), text=text, published=PUBLISHED)
    actors, mentions = extract_actors(doc, art)
    coder = Coder(Reading.of(doc, art, actors, mentions, []))
    found = [c for sent in coder.body_sentences()
             for c in coder.candidates(sent, bare=True) if c.item.token.text == verb]
    assert found and found[0].rule is None
    near_tie = {"NONE": 0.3, "RETREAT": 0.24, named: 0.23, "AID": 0.23}
    assert coder.event_type(replace(found[0], probabilities=near_tie)) == named
    assert coder.event_type(replace(found[0], probabilities={"NONE": 0.6, named: 0.4})) is None


def test_a_plane_taking_off_between_two_countries_is_no_event() -> None:
    """A jet taking off from one capital for another: the model alone took the verb (which
    the lexicon has no sense for here) as a SANCTION until the training sentences held the
    routine real coverage is full of (issue 12's sixteenth round: crews and staff, vehicles
    and travellers, broadcasts, prizes, services, performances, moods, failures, losses,
    weather)."""
    assert _events("The Indian airline's new jet took off from Delhi for Singapore with the "
                   "minister on board.") == []

def test_a_near_tie_goes_to_the_type_the_lexicon_gives_the_clause() -> None:
    """Issue 12, seventeenth round: where the model decides alone and its two likeliest types
    are within the decision's margin, the one the lexicon gives the candidate or a noun it
    governs wins; otherwise the model's own order stands."""
    from newsdesk.extract.events.coder import Decision, tie_break

    # invented probabilities: ASSAULT and RETREAT within 0.01, the governed noun says ASSAULT
    found = {"NONE": 0.3, "RETREAT": 0.125, "ASSAULT": 0.12, "AID": 0.05}
    assert tie_break(found, {"ASSAULT"}, 0.02) == "ASSAULT"
    assert tie_break(found, {"RETREAT"}, 0.02) is None  # the model's own choice already
    assert tie_break(found, {"ASSAULT", "RETREAT"}, 0.02) is None  # the lexicon says both
    assert tie_break(found, {"AID"}, 0.02) is None  # not one of the two
    assert tie_break(found, {"ASSAULT"}, 0.004) is None  # no tie at this margin
    assert tie_break(found, {"ASSAULT"}, 0.0) is None
    assert Decision().margin > 0


def test_the_lexicon_types_of_a_candidate_include_the_nouns_it_governs() -> None:
    from newsdesk.extract.events.coder import lexicon_types

    assert lexicon_types(["l=wage", "ps=ASSAULT", "os=CONSULT", "osc=AID", "s=REJECT"],
                         ("COERCE",)) == {"ASSAULT", "CONSULT", "AID", "COERCE"}
    assert lexicon_types(["l=wage", "w=war"], ()) == set()


@pytest.mark.parametrize("text", [
    "In Brussels, European Union nations pledged more than 420m euros in aid.",
    "The European Union rejected the proposal in Geneva on Friday.",
])
def test_where_something_is_said_is_no_target(text: str) -> None:
    """A pledge or a rejection made in a capital is aimed at whom it names, not at the host
    state; a visit still is ("arrived in Baghdad")."""
    events = _events(text)
    assert events and all(not e.recipients for e in events), events
    (visit,) = _events("The European Union envoy arrived in Baghdad on Friday.")
    assert visit.recipients == ["country:IRQ"], visit


def test_a_clause_the_parser_hangs_on_a_name_says_nothing_of_its_country() -> None:
    """A scraped headline run into its lead ("Nordvik under pressure as the French gas leak
    crisis worsens Nordvik blamed ..."): the parser makes "worsens" an adjective on the
    second name, and the French crisis it reports does not make the company French."""
    text = ("Nordvik under pressure as the French gas leak crisis worsens Nordvik blamed its "
            "contractors for the leak. Crews worked through the night. "
            "Regulators said they would study the findings. Fishermen said they were still "
            "waiting.")
    found, _ = _countries(text)
    assert found.get("Nordvik") is None, found


def test_a_national_service_named_without_its_country_keeps_its_own() -> None:
    """"The Royal Navy sent a frigate with aid to Haiti": the navy is Britain's, not the
    country of the sentence it acts in (it was American in coverage that named the US
    effort beside it)."""
    text = ("Crews worked through the night off the coast. The Royal Navy sent a frigate with "
            "aid to the United States base on Monday. Officials said more ships would follow. "
            "Fishermen said they were still waiting.")
    found, _ = _countries(text)
    assert found.get("Royal Navy") == "GBR", found


def test_a_country_named_in_someones_quoted_words_is_not_theirs() -> None:
    """"International Development Secretary Douglas Alexander said: 'This ship will ... keep
    Haiti running'" made a British minister Haitian: the country his own words name is what he
    speaks of, not whose he is."""
    text = ("Crews worked through the night in the capital. International Development Secretary "
            "Lars Brekke praised the crews: \"They have kept Haiti running.\" Officials in Haiti "
            "said more ships would follow. Fishermen said they were still waiting.")
    found, events = _countries(text)
    assert found.get("Lars Brekke") is None, found
    assert any(e.actors == ["person:lars-brekke"] for e in events), events


@pytest.mark.parametrize("text", [
    "The Egyptian government scaled back the state of emergency in northern Sinai.",
    "Kenya's interior ministry scaled back the restrictions on night travel along the coast "
    "after the vote passed peacefully.",
    "The Thai government gave way to the rice farmers and dropped the export levy.",
    "The Sri Lankan government gave way to the protesters and withdrew the fertiliser ban.",
])
def test_an_easing_given_way_is_a_concession(text: str) -> None:
    """Easing a restriction or acceding to demands is CONCEDE; the model read "scaled back" as
    COERCE or as nothing and "gave way" as AID until it was trained on six more CONCEDE
    sentences (issue 12's nineteenth round)."""
    assert [e.type for e in _events(text)] == ["CONCEDE"]


def test_a_model_only_event_of_an_unplaced_doer_needs_its_type_over_no_event() -> None:
    """Issue 12, twentieth round: where the model alone finds an event and no doer is a
    political actor (a company or a person known by name alone: no state, international or
    non-governmental organisation, group, sector or country), its type must be more probable
    than "no event", not only "some event" more probable than not.  Main coded the airline's
    staffing as AID; the same act by a ministry, or by the Red Cross, stays an event, and so
    does a company's act the model is sure of."""
    assert _events("Bluewater Airways staffed the relief flight with volunteers.") == []
    ministry = _one("The Portuguese foreign ministry staffed the relief flight with volunteers.",
                    "AID")
    assert ministry.actors == ["country:PRT"]
    assert _one("The Red Cross staffed the relief flight with volunteers.", "AID").actors \
        == ["org:red-cross"]
    _one("Helix Petroleum trucked drinking water to the flooded villages.", "AID")


def test_an_infinitive_hung_on_a_participle_is_not_done_by_its_agent() -> None:
    """ "used her visit to the valley flooded by the river to urge farmers": the parser hangs
    the purpose on "flooded", but a river urges nothing; a participle that takes no infinitive
    of its own leaves the purpose to the clause above, whose subject does it.  One that may
    take one keeps its agent ("chemicals bought by chipmakers to etch wafers")."""
    text = ("Governor Ana Ruiz used her first visit to the valley flooded by the Tisza river to "
            "urge Hungarians to support the local farmers.")
    doc = annotate.parse(text)
    urge = next(t for t in doc if t.lower_ == "urge")
    assert [t.text for t in subjects_of(urge)] == ["Ruiz"]
    events = [e for e in _events(text) if e.type == "REQUEST"]
    assert events and all(e.actors == ["person:ana-ruiz"] for e in events)
    doc = annotate.parse("Seoul curbed exports of solvents used by chipmakers to etch wafers.")
    etch = next(t for t in doc if t.lower_ == "etch")
    assert [t.text for t in subjects_of(etch)] == ["chipmakers"]


@pytest.mark.parametrize(("text", "verb", "chosen", "coded"), [
    ("Sweden withheld a grant of 40 million crowns from Uganda's health ministry.", "withheld",
     "AID", "SANCTION"),
    ("Argentina restricted its beef exports to Chile.", "restricted", "COOPERATE", "SANCTION"),
    ("Canada postponed its planned purchases of Peruvian copper.", "postponed", "COOPERATE",
     "SANCTION"),
    ("Norway called off its joint patrols with the Russian coast guard.", "called", "COOPERATE",
     "SANCTION"),
    ("Ghana and Togo finalised a pact on electricity trade.", "finalised", "SUPPORT", "SUPPORT"),
    ("Sweden delivered a grant of 40 million crowns to Uganda's health ministry.", "delivered",
     "AID", "AID"),
    ("Sweden withheld a grant of 40 million crowns from Uganda's health ministry.", "withheld",
     "SANCTION", "SANCTION"),
])
def test_stopping_a_thing_of_cooperation_reduces_it(text: str, verb: str, chosen: str,
                                                     coded: str) -> None:
    """"withheld a grant", "restricted exports", "called off joint patrols": a verb WordNet
    puts under stopping, reducing, withholding or calling off, whose object the model reads
    as a cooperative act of its own type, reduces that cooperation (SANCTION); concluding a
    pact ("finalised", under "end, terminate" only as a hypernym) and giving are no
    reduction."""
    from newsdesk.extract.events.coder import Coder, _stopped_cooperation

    doc = annotate.parse(text)
    art = Article(id=article_id(text), text=text, published=PUBLISHED)
    actors, mentions = extract_actors(doc, art)
    token = next(t for t in doc if t.text == verb)
    coder = Coder(Reading.of(doc, art, actors, mentions, []))
    found = [c for sent in coder.body_sentences()
             for c in coder.candidates(sent, bare=False) if c.item.token.i == token.i]
    assert found and _stopped_cooperation(found[0], chosen) == coded


@pytest.mark.parametrize(("text", "event_type", "mode"), [
    ("Ecuador withdrew from the regional defence alliance in March.", "SANCTION", "withdraw"),
    ("Paraguay withdrew from the South American trade community after the vote.", "SANCTION",
     "withdraw"),
    ("Peru quit the Andean trade bloc after a dispute over tariffs.", "SANCTION", "withdraw"),
    ("Togo exited the West African monetary union last year.", "SANCTION", "withdraw"),
    ("Hungary withdrew from the International Criminal Court.", "SANCTION", "withdraw"),
    ("Nepalese troops withdrew from the disputed valley after the clashes.", "RETREAT",
     "withdraw"),
    ("The rebels pulled out of the provincial capital on Sunday.", "RETREAT", "withdraw"),
    ("The Kenyan finance minister quit the cabinet over a bribery scandal.", "RETREAT", "resign"),
    ("Uganda withdrew its soldiers from the peacekeeping force.", "RETREAT", "withdraw"),
    ("Ecuador announced its withdrawal from the regional defence alliance.", "SANCTION",
     "withdraw"),
    ("Israel announced the withdrawal of its troops from the border villages.", "RETREAT",
     "withdraw"),
])
def test_leaving_a_thing_of_cooperation_ends_it(text: str, event_type: str, mode: str) -> None:
    """"withdrew from the alliance", "quit the trade bloc", "exited the monetary union": a verb
    WordNet puts under leaving, whose object or "from" complement is an agreement, talks, a
    body its members leave or a named organisation, ends cooperation (the manual's SANCTION
    withdraw), and so does a withdrawal "from" one; leaving ground, an official leaving the
    cabinet and troops withdrawn from a force or from villages stay RETREAT."""
    found = _events(text)
    assert [(e.type, e.mode) for e in found] == [(event_type, mode)], found


@pytest.mark.parametrize("text", [
    "Turkey abandoned its commitment to the ceasefire.",
    "Laos gave up its membership of the trade group.",
    "Malta waived its contribution to the rescue fund.",
    "Greece froze its contributions to the joint fund.",
    "Ethiopia trimmed its obligations under the water accord.",
])
def test_cutting_back_ones_part_in_cooperation_reduces_it(text: str) -> None:
    """"abandoned its commitment", "gave up its membership", "froze its contributions": a verb
    of stopping, reducing or giving up (WordNet, or the lexicon's own reading of "freeze")
    whose object is one's taking part in cooperation is the manual's SANCTION withdraw, not
    a retreat, a resignation or the cooperation itself (main: RETREAT, RETREAT, RETREAT,
    COOPERATE for the first four)."""
    found = _events(text)
    assert [(e.type, e.mode) for e in found] == [("SANCTION", "withdraw")], found


@pytest.mark.parametrize(("text", "verb", "mode"), [
    ("Serbia froze its participation in the energy talks.", "froze", "withdraw"),
    ("Jordan curtailed its cooperation with the tribunal.", "curtailed", "discontinue"),
    ("Norway increased its commitments under the climate pact.", "increased", None),
    ("Spain fulfilled its obligations under the accord.", "fulfilled", None),
    ("Egypt reduced its troops in the peninsula.", "reduced", None),
    ("Cuba renewed its membership of the council.", "renewed", None),
])
def test_what_is_cut_back_and_how(text: str, verb: str, mode: str | None) -> None:
    """The reading needs both halves: a verb that stops, reduces or gives up, and an object
    that is one's taking part (withdraw) or relations (discontinue); commitments increased
    or fulfilled, troops reduced and a membership renewed are no such thing."""
    from newsdesk.extract.events.cutting_back import cut_back_part

    doc = annotate.parse(text)
    assert cut_back_part(next(t for t in doc if t.text == verb)) == mode


@pytest.mark.parametrize(("text", "coded"), [
    ("Iraq allowed inspectors of the International Atomic Energy Agency to visit the reactor.",
     [("RETREAT", "access")]),
    ("Sudan allowed Red Cross aid convoys to enter the camps.", [("RETREAT", "access")]),
    ("Belarus allowed the United Nations envoy to meet the jailed activists.",
     [("RETREAT", "access")]),
    ("Eritrea let the monitors enter the border zone.", [("RETREAT", "access")]),
    ("Chad allowed aid workers to reach the refugees.", [("RETREAT", "access")]),
    ("Zambia allowed the opposition party to hold a rally.", [("CONCEDE", None)]),
    ("The ministry allowed the company to drill in the reserve.", []),
    ("Iran refused to allow the inspectors to visit the plant.", [("REJECT", None)]),
    ("The governor ordered two inspectors to visit the plant.", []),
])
def test_letting_a_third_party_act_gives_access(text: str, coded: list[tuple[str, str | None]]
                                                ) -> None:
    """"allowed inspectors ... to visit", "let the monitors enter": a verb WordNet puts under
    letting or permitting, whose infinitive's doer is a third party the manual names
    (inspectors, monitors, envoys, relief workers), is RETREAT access by the one who permits,
    not the visit itself nor nothing (main: CONSULT, none, CONSULT, none, none for the
    first five); a permission to a party or a company, a refusal and an order stay as they
    are."""
    assert [(e.type, e.mode) for e in _events(text)] == coded


def test_whom_a_permission_lets_in_is_its_recipient() -> None:
    """The one who permits is the actor; the inspectors' agency, let in, the recipient."""
    found = _one("Iraq allowed inspectors of the International Atomic Energy Agency to visit "
                 "the reactor.", "RETREAT")
    assert found.actors == ["country:IRQ"]
    assert found.recipients and found.recipients[0].startswith("org:IGO")


@pytest.mark.parametrize(("text", "event_type", "recipient"), [
    ("The Brazilian president asked Congress to approve the budget.", "REQUEST", True),
    ("The bishops entreated the junta to release the prisoners.", "REQUEST", False),
    ("Rwanda pressed Burundi to reopen the border crossing.", "REQUEST", True),
    ("Qatar invited the two sides to resume negotiations.", "AGREE", False),
])
def test_asking_someone_to_act_is_a_request(text: str, event_type: str, recipient: bool) -> None:
    """"asked Congress to approve the budget", "entreated the junta to release": a verb WordNet
    puts under asking, urging, begging or appealing, with someone named to act in an
    infinitive, is a REQUEST of the one asked (the model, weighing "asked" without "for",
    found no event); an invitation stays AGREE."""
    found = _events(text)
    assert [e.type for e in found] == [event_type], found
    assert bool(found[0].recipients) == recipient


def test_an_order_or_a_thing_pushed_is_no_asking() -> None:
    """Orders of authority are left to their complement ("ordered ... to stop"); a thing
    pushed "to move it" is asked nothing."""
    from newsdesk.extract.events.asking import asks

    doc = annotate.parse("Ghana ordered the mining firms to stop. Workers pushed the cart.")
    ordered = next(t for t in doc if t.lower_ == "ordered")
    assert not asks(ordered)
    assert not any(e.type == "REQUEST"
                   for e in _events("Workers pushed the cart to move it out of the road."))

@pytest.mark.parametrize("text, coded", [
    ("A Norwegian search and rescue team of 40 people flew to the island on Friday.", "AID"),
    ("Dutch charities are scrambling to get food to the flooded region.", "AID"),
    ("The Red Cross was mobilising stocks of blankets and tents in Kenya, she said.", "AID"),
    ("Teams of aid workers from two charities travelled to Sudan on Monday.", "AID"),
    ("The Norwegian foreign minister flew to Sudan on Friday.", "CONSULT"),
    ("The UN aid chief flew to Sudan on Friday.", "CONSULT"),
    ("Red Cross delegates visited the detention camp in Kenya.", "CONSULT"),
    ("Kenya was mobilising its reserve troops along the border.", "MOBILIZE"),
])
def test_relief_workers_sent_or_mobilised_give_aid(text: str, coded: str) -> None:
    """Issue 12, twenty-fourth round: the manual's MOBILIZE raises military or police
    readiness and its CONSULT visit is a meeting; rescue teams, charities and relief bodies
    travelling to a disaster ("a search and rescue team flew to the island") or mobilising
    stocks and staff ("charities are scrambling to get food") provide humanitarian aid.  An
    official's trip, a visit with someone or something visited, and troops stay as they
    are."""
    found = [e.type for e in _events(text)]
    assert found == [coded], (text, found)


@pytest.mark.parametrize("text, coded", [
    ("The BBC spoke to several miners who had been in the pit.", []),
    ("Several miners the Guardian talked to said the pumps had failed.", []),
    ("Reporters from a local newspaper spoke to residents of the village.", []),
    ("The Kenyan president met journalists in Nairobi.", ["CONSULT"]),
    ("Uganda's foreign minister spoke to his Kenyan counterpart on Monday.", ["CONSULT"]),
])
def test_a_news_medium_talking_to_people_is_newsgathering(text: str, coded: list[str]) -> None:
    """Issue 12, twenty-fourth round: "the BBC spoke to several miners", "reporters spoke to
    residents": a news outlet or journalists talking to the people they report on gather the
    news; no consultation of the PLOVER kind.  An official meeting the press, the press as
    the one met, stays a meeting."""
    found = [e.type for e in _events(text)]
    assert found == coded, (text, found)


@pytest.mark.parametrize("text, coded", [
    ("Neither the ministry nor the company responded to requests for comment.", []),
    ("Spokesmen for the firm did not reply to requests for an interview.", []),
    ("Kenya has not yet responded to Uganda's request for the extradition of the suspect.",
     [("REQUEST", ["country:UGA"])]),
])
def test_who_answers_a_request_did_not_make_it(text: str,
                                               coded: list[tuple[str, list[str]]]) -> None:
    """Issue 12, twenty-fourth round: "the company did not respond to requests for comment":
    an event noun that only counts when nothing else in its clause is an event takes the
    clause's subject as its doer ("the rebels launched an attack"), but one who answers,
    replies or responds to it (WordNet's answer/reply/respond and respond/react,
    ``plover.ANSWERING_SYNSETS``) is the one it was made to, not its maker.  A request whose
    maker is named keeps that maker."""
    found = [(e.type, e.actors) for e in _events(text)]
    assert found == coded, (text, found)


@pytest.mark.parametrize("text, coded", [
    ("Security concerns in Kenya have slowed the delivery of food.", []),
    ("Growing concerns in Peru's north have delayed the rebuilding of the port.", []),
    ("The Kenyan envoy said there was deep concern about the safety of the convoy.", []),
    ("The Peruvian minister said there was outrage in the capital over the verdict.", []),
    ("Britons have donated 5 million pounds to the appeal.", []),
    ("The Chilean minister said that so much money had been pledged to the appeal.", []),
    # the noun names its doer, or a verb expresses it: as before
    ("Chile's concerns about the dam have delayed the talks.",
     [("ACCUSE", ["country:CHL"])]),
    ("Kenya expressed concern about the safety of the convoy.",
     [("ACCUSE", ["country:KEN"])]),
    ("Protests by farmers paralysed the Peruvian capital.", [("PROTEST", ["group:farmers"])]),
    # a noun of an act, not of an attitude, keeps the crowd its phrase places
    ("Protests in Kenya turned violent on Monday.", [("PROTEST", ["country:KEN"])]),
    ("The Red Cross launched an appeal for Peru.", [("REQUEST", ["org:red-cross"])]),
])
def test_a_bare_event_noun_is_not_its_own_doer(text: str,
                                               coded: list[tuple[str, list[str]]]) -> None:
    """Issue 12, twenty-seventh round: a bare event noun takes the subject of the nearest
    clause with one as its doer, but "security concerns have slowed the delivery" has the
    attitude noun itself as that subject (what the concern did is told, nobody's voicing it),
    and "said there was concern" is an existential clause whose "there" is no subject, so the
    clause above it gives only who reported it; who gives to an appeal ("donated 5 million
    pounds to the appeal", WordNet's giving to a cause) answers it, as one who responds to it
    does, and did not make it (``events/bare_doers.py``).  A doer the noun names ("Chile's
    concerns", "protests by farmers") or the one who launched it stays."""
    found = [(e.type, e.actors) for e in _events(text)]
    assert found == coded, (text, found)


@pytest.mark.parametrize("text, coded", [
    ("The Evening Courier would like to invite you to have your say on the merger.", []),
    ("The Evening Courier welcomes your comments on the merger.", []),
    # inside quotation marks "you" is whom the speaker addresses
    ("\"Kenya welcomes your proposal,\" President Ruto told the Ugandan president.",
     ["SUPPORT"]),
    ("Kenya invited Uganda to the talks.", ["AGREE"]),
])
def test_an_act_addressed_to_the_reader_is_no_event(text: str, coded: list[str]) -> None:
    """Issue 12, twenty-seventh round: outside quotation marks the second person is the reader;
    an outlet inviting "you" or welcoming "your comments" is no event between actors
    (``events/reader.py``)."""
    assert [e.type for e in _events(text)] == coded, text


@pytest.mark.parametrize("text, coded", [
    ("Irish airlines have begun flying aid to flood-hit Pakistan.", "AID"),
    ("Canada flew food and medicine to Haiti on Sunday.", "AID"),
    ("The Canadian foreign minister flew to Haiti on Sunday.", "CONSULT"),
])
def test_flying_relief_goods_somewhere_is_aid(text: str, coded: str) -> None:
    """Issue 12, twenty-fourth round: "fly" with no object is travel, a visit ("flew to
    Haiti"); with what aid is made of as its object ("flying aid to Pakistan", "flew food and
    medicine to Haiti") it delivers them, as "ship" and "deliver" do: AID."""
    assert [e.type for e in _events(text)] == [coded], text

def test_an_act_stretched_up_to_now_takes_no_past_time_from_the_sentence_before() -> None:
    """ "... spilled off Lindau in 1987 ... Radio Nord said the leak was ten times larger than
    estimates offered so far by Norvik": "so far" stretches the offering up to the time of
    writing, as a present perfect does; the 1987 spill told just before does not date it.
    Without "so far" the past year still anchors a past act (as it did before)."""
    first = "Nearly 2m litres of fuel were spilled off Lindau in 1987 when the tanker ran aground. "
    text = first + ("Radio Nord said the leak was ten times larger than estimates offered so far "
                    "by the coast guard or Norvik.")
    times = [_time(text, "in 1987", "1987", "year")]
    offered = [e for e in _events(text, times=times) if e.trigger.start == text.index("offered")]
    assert offered and all(e.time is None for e in offered), offered


@pytest.mark.parametrize("text", [
    "Marlow Petroleum has assembled a large team of lawyers for its defence.",
    "Last month Kestrel Foods hired a former senator as an adviser.",
    "Halvern Oil brought in a team of consultants from London.",
])
def test_a_type_the_verb_cannot_carry_is_no_event_out_of_domain(text: str) -> None:
    """Issue 12, twenty-sixth round: where the model alone codes a company's hiring or
    assembling a team as AID or RETREAT, the type comes from the clause's other words
    ("former", "team"), not the verb: neither the lexicon's senses of the verb or of its
    WordNet neighbours, nor what the model learned for the verb itself, nor the lexicon's
    senses that take its object carry it.  Out of the domain the model was trained on (the
    doer no political actor) that is no event.  Main coded AID, RETREAT, AID."""
    assert _events(text) == [], (text, _events(text))


def test_what_the_verb_its_object_or_the_doer_supports_stays() -> None:
    """Issue 12, twenty-sixth round: the check leaves alone a type the object supports
    ("trucked drinking water": water is what the lexicon's AID senses deliver) and a
    political doer's act ("the foreign ministry staffed the relief flight", though "staff"
    carries no AID of its own)."""
    _one("Helix Petroleum trucked drinking water to the flooded villages.", "AID")
    _one("The Portuguese foreign ministry staffed the relief flight with volunteers.", "AID")


def test_verb_meaning_tables() -> None:
    """The types a verb's meaning carries: its own senses and its WordNet neighbours' ("hire"
    shares no synset with a verb of RETREAT); the types a word is the object of."""
    from newsdesk.extract.events import verb_meaning

    doc = annotate.parse("The firm hired a lawyer and released the hostages.")
    hired = next(t for t in doc if t.lower_ == "hired")
    released = next(t for t in doc if t.lower_ == "released")
    assert "RETREAT" not in (verb_meaning.carried_types(hired) or frozenset())
    assert "RETREAT" in (verb_meaning.carried_types(released) or frozenset())
    assert verb_meaning.foreign_to_verb(hired, "RETREAT", frozenset())
    assert not verb_meaning.foreign_to_verb(hired, "RETREAT", frozenset({"RETREAT"}))
    assert "AID" in verb_meaning.object_types()["water"]


@pytest.mark.parametrize("text, coded", [
    ("Analysts agreed that the economy was slowing.", []),
    ("The finance minister agreed that the figures were worrying.", []),
    ("Most economists concur that inflation has peaked.", []),
    ("The two ministers agreed that the talks should resume in March.", ["AGREE"]),
    ("Iran and France agreed that inspectors would return to the site.", ["AGREE"]),
    ("The parties agreed that the talks be held in Geneva.", ["AGREE"]),
    ("Kenya agreed to open its border.", ["AGREE"]),
])
def test_concurring_with_a_statement_is_no_agreement(text: str, coded: list[str]) -> None:
    """Issue 12, twenty-sixth round: "analysts agreed that the economy was slowing" shares a
    view; the manual's AGREE is agreeing to act.  A verb of concurring (WordNet agree/concur,
    ``plover.CONCURRING_SYNSETS``) whose clause states what is codes nothing; a clause with a
    modal ("should resume", "would return") or a mandative subjunctive ("be held") is what the
    parties will do, and "agreed to" is as before.  Main coded the first two AGREE."""
    found = [e.type for e in _events(text)]
    assert found == coded, (text, found)


@pytest.mark.parametrize("text, coded", [
    ("Crews and an army of volunteers are fighting to contain the slick.", []),
    ("The dockers' union fought to keep the shipyard open.", []),
    ("Rebels fought government troops near the border on Monday.", ["ASSAULT"]),
    ("Villagers fought with the police outside the mine.", ["ASSAULT"]),
])
def test_fighting_to_do_something_is_no_assault(text: str, coded: list[str]) -> None:
    """A verb of fighting with no one fought (no object, nothing after "with" or "against")
    and an infinitive as its complement strives for something ("fighting to contain the
    slick"); the lexicon's ASSAULT sense read it as combat.  Main coded the first two
    ASSAULT."""
    found = [e.type for e in _events(text)]
    assert found == coded, (text, found)


@pytest.mark.parametrize("text, coded", [
    ("Ines Varga, the port authority's director, speaking to reporters in Faro, said the "
     "dredging would resume on Friday.", []),
    ("Senator Ruth Okafor spoke to journalists after the hearing.", []),
    ("President Lindqvist met with reporters at the palace.", ["CONSULT"]),
    ("The foreign minister spoke with his Spanish counterpart on Monday.", ["CONSULT"]),
])
def test_speaking_to_the_press_is_no_consultation(text: str, coded: list[str]) -> None:
    """Speaking to reporters is making a statement to the news, not a consultation between
    the parties PLOVER's events are between; the reporters were read as the other party of a
    talk.  Meeting them stays, as before, and so does speaking with a counterpart.  Main coded
    the first two CONSULT."""
    found = [e.type for e in _events(text)]
    assert found == coded, (text, found)


@pytest.mark.parametrize("text, coded", [
    ("On Monday, Helix Energy and two drilling contractors traded blame in parliament.",
     [("ACCUSE", "allege")]),
    ("Kenya and Uganda traded accusations over the border clash.", [("ACCUSE", "allege")]),
    ("The Chilean and Peruvian ministers exchanged insults at the summit.",
     [("ACCUSE", "allege")]),
    # what the verb codes alone stands for other objects
    ("Israel traded prisoners with the militant group.", [("RETREAT", "release")]),
    ("Kenya exchanged intelligence with Uganda on the smugglers.", [("COOPERATE", None)]),
])
def test_trading_blame_is_mutual_accusation(text: str,
                                            coded: list[tuple[str, str | None]]) -> None:
    """Issue 12, twenty-eighth round: "traded blame", "exchanged accusations" is an idiom of
    mutual accusation (``plover-lexicon.json`` ``mutual_idioms``), whatever the model makes of
    "traded" alone beside a company and a date.  Main coded the first RETREAT and the second
    COOPERATE, the model's guesses on a verb the lexicon did not know."""
    found = [(e.type, e.mode) for e in _events(text)]
    assert found == coded, (text, found)


def test_mutual_accusation_has_every_party_as_actor() -> None:
    event = _one("Kenya and Uganda traded accusations over the border clash.", "ACCUSE")
    assert event.actors == ["country:KEN", "country:UGA"] and event.recipients == []


@pytest.mark.parametrize("text, coded", [
    ("The governor of Oregon declared a state of emergency on Friday as the slick neared the "
     "coast.", []),
    ("The cyclone flattened hundreds of homes along the coast. Ecuador has declared a state "
     "of emergency.", []),
    ("After the earthquake, Peru imposed a state of emergency in the south.", []),
    # unrest, or no disaster named: the manual's martial-law mode, as before
    ("Ethiopia imposed a state of emergency in two regions after weeks of protests.",
     ["COERCE"]),
    ("Ethiopia declared a state of emergency in two regions.", ["COERCE"]),
    ("The Thai army declared martial law after the floods.", ["COERCE"]),
])
def test_a_state_of_emergency_over_a_disaster_is_no_coercion(text: str,
                                                             coded: list[str]) -> None:
    """Issue 12, twenty-eighth round: the PLOVER manual does not code states of emergency over
    natural disasters as COERCE absent evidence of repression; a disaster named in the sentence
    or the one before (``lexicon.json`` ``disaster_nouns``) says what this one is for.  Main
    coded the first three COERCE martial-law."""
    found = [e.type for e in _events(text)]
    assert found == coded, (text, found)


@pytest.mark.parametrize("text", [
    "Several Peruvian officials said the envoy would not have been dispatched to the regional "
    "meeting without the cabinet's approval.",
    "Police in Lima said the two students were photographed at the protests on Sunday.",
])
def test_the_complement_of_an_agentless_passive_has_no_doer_above(text: str) -> None:
    """Issue 12, twenty-eighth round: a bare event noun that is the complement of a passive with
    no agent ("dispatched to the regional meeting", "photographed at the protests") has no doer
    in the clause above, which names who reported it; main coded the meeting a CONSULT by Peru (the
    officials) and the protests a PROTEST by the police."""
    assert [e for e in _events(text) if e.type in ("CONSULT", "PROTEST") and e.actors] == []


def test_a_negated_counterfactual_passive_makes_its_noun_hypothetical() -> None:
    """The passive's negation and mood are its complement noun's ("would not have been
    dispatched to the meeting"): main read them off the reporting verb, a plain past."""
    from newsdesk.extract.events.bare_doers import reading_clause

    doc = annotate.parse("Officials said the envoy would not have been dispatched to the "
                         "regional meeting.")
    meeting = next(t for t in doc if t.lower_ == "meeting")
    clause = reading_clause(meeting)
    assert clause is not None and clause.lower_ == "dispatched"


@pytest.mark.parametrize("text, coded", [
    ("An engineer told the inquiry he had reported a leak on the platform weeks before the "
     "explosion. The explosion killed nine workers and injured many more.", []),
    ("Six workers were killed in a boiler explosion at a paper factory near Turku on Monday.",
     []),
    ("The collapse of the quarry's dam killed thirty villagers in the valley below.", []),
    ("The government banned deep drilling after an explosion aboard a gas platform in the "
     "North Sea killed nine workers.", ["COERCE"]),
    # a weapon or an attacker named, or no accident: an assault whose doer is not named
    ("A journalist was killed in a car bomb explosion in Beirut.", ["ASSAULT"]),
    ("An explosion killed five soldiers at a checkpoint near Kandahar.", ["ASSAULT"]),
    ("Two soldiers were killed in a suicide blast at the gas plant near Mosul.", ["ASSAULT"]),
])
def test_deaths_in_an_industrial_accident_are_no_assault(text: str, coded: list[str]) -> None:
    """Issue 12, twenty-eighth round: a blast or a failure (``lexicon.json`` ``blast_nouns``)
    whose phrase names an industrial source, or told beside a disaster, with no weapon or
    attacker named, is an accident (``events/accidents.py``).  Main coded the first four
    ASSAULT (the last of them with the government as the killer: the parser hangs "an
    explosion" on "after")."""
    found = [e.type for e in _events(text)]
    assert found == coded, (text, found)


@pytest.mark.parametrize("text, coded", [
    ("Exxon captured 3,100 barrels on Thursday.", []),
    ("Engineers captured 15,000 gallons from the pipe on Monday.", []),
    ("Shell said it captured 40 tonnes in the first week.", []),
    # beings counted, not measured: still an abduction
    ("Rebels captured two soldiers near the border on Monday.", ["ASSAULT"]),
    ("The militia captured 1,500 prisoners last week.", ["ASSAULT"]),
])
def test_capturing_a_measured_amount_is_no_abduction(text: str, coded: list[str]) -> None:
    """Issue 12, twenty-ninth round: an object that is a measured amount ("captured 3,100
    barrels", the entity model's QUANTITY) names no one taken; the abduction sense of
    "capture" asks for a being.  Main coded the first three ASSAULT abduct."""
    found = [e.type for e in _events(text)]
    assert found == coded, (text, found)


@pytest.mark.parametrize(("text", "sector"), [
    ("The water tank withdrew from the site on Monday.", None),
    ("A fuel tank was pulled back from the pier on Tuesday.", None),
    ("The camera helicopter retreated from the coast on Monday.", None),
    # arms named as arms: their crews' force
    ("Syrian tanks withdrew from the town on Monday.", "MIL"),
    ("Battle tanks withdrew from the village on Monday.", "MIL"),
    ("Army helicopters pulled back from the border on Monday.", "MIL"),
    ("Attack helicopters withdrew from the valley on Monday.", "MIL"),
])
def test_a_tank_for_storage_is_no_armoured_force(text: str, sector: str | None) -> None:
    """Issue 12, twenty-ninth round: a piece of military equipment ("tank", "helicopter",
    "jet") stands for its crews' force, but a common noun before it that names no force and
    no use in arms ("a water tank", "a fuel tank", "a camera helicopter") makes it a thing:
    no group, so no doer of a withdrawal.  Main made each a military group."""
    events, sectors = _coded(text)
    groups = [sectors[a][1] for e in events for a in e.actors + e.recipients
              if a.startswith("group:")]
    if sector is None:
        assert groups == [], (text, events)
    else:
        assert groups == [sector], (text, events)
