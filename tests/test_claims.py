"""Claims and stances as per-article records: read from the parse on sentences we wrote, and
kept whole through the JSON contract, the store (and its migration from schemas 2 and 3) and
tables."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from newsdesk.model import Article, Claim, Extraction, Stance, article_id
from newsdesk.pipeline import process_many
from newsdesk.store import SCHEMA_VERSION, Store
from newsdesk.tables import Origin, extraction_rows, extractions_from_rows


def extract(text: str, published: date = date(2024, 6, 12)) -> Extraction:
    article = Article(id=article_id(text), text=text, outlet="Test Wire", genre="news",
                      published=published)
    [ex] = process_many([article])
    return ex


def claims_of(text: str) -> list[Claim]:
    return extract(text).claims


def one(claims: list[Claim], lemma: str) -> Claim:
    found = [c for c in claims if c.predicate.lemma == lemma]
    assert len(found) == 1, [c.predicate.lemma for c in claims]
    return found[0]


# ------------------------------------------------------------------ claims


def test_subject_predicate_object_time_and_numbers() -> None:
    text = "Mayor Petra Lund signed the water bill on Tuesday, releasing $2.5 billion to 300 farms."
    sign = one(claims_of(text), "sign")
    assert sign.subject is not None and sign.subject.actor == "person:petra-lund"
    assert sign.object is not None and sign.object.text == "the water bill"
    assert (sign.polarity, sign.modality, sign.kind, sign.time) == (
        "positive", "asserted", "report", "2024-06-11")
    release = one(claims_of(text), "release")
    assert sorted((n.value, n.unit) for n in release.numbers) == [(300.0, "farm"),
                                                                 (2.5e9, "$")]


def test_a_multiplier_written_onto_a_figure_multiplies_it() -> None:
    """"40m litres", "£930m" are millions; "a 1,500m deep channel" stays metres."""
    text = ("The tanker has spilled up to 40m litres of diesel into the bay, and the clean-up "
            "has cost £930m so far, the harbour board said.")
    units = sorted((n.value, n.unit) for c in claims_of(text) for n in c.numbers)
    assert (40e6, "litre") in units and (930e6, "£") in units
    text = "Divers reached the wreck, which lies 1,500m deep off the harbour, the board said."
    values = [n.value for c in claims_of(text) for n in c.numbers]
    assert 1.5e9 not in values


def test_a_figure_in_brackets_after_a_figure_is_the_same_figure_converted() -> None:
    """"$350m (£233m)" and "5,000 ft (1,500 m)" state one sum and one depth each."""
    text = ("The leak has cost the harbour board $350m (£233m) so far, and divers worked "
            "5,000 ft (1,500 m) down.")
    units = sorted((n.value, n.unit) for c in claims_of(text) for n in c.numbers)
    assert (350e6, "$") in units and all(u not in ("£", "m") for _, u in units)
    assert not any(v in (233e6, 1500.0) for v, _ in units)


def test_both_ends_of_a_range_count_its_unit() -> None:
    """"12,000 to 19,000 litres a day": 12,000 counts litres a day too, so a report of "at least
    12,000 litres a day" elsewhere agrees with it."""
    text = "The harbour board estimated that 12,000 to 19,000 litres a day are leaking."
    units = sorted((n.value, n.unit) for c in claims_of(text) for n in c.numbers)
    assert (12000.0, "litre/day") in units and (19000.0, "litre/day") in units


def test_a_wire_leads_furniture_alone_is_no_sentence_and_no_claim() -> None:
    """The parser may cut "KESSEL (Reuters) -" off as a sentence: it reports nothing."""
    text = ("Harbour strike will cost the port for years\nKESSEL (Reuters) -\nThe strike at "
            "Kessel harbour will muck up the port finances for years, the board said.")
    ex = extract(text)
    news = text.index("The strike")
    assert all(s.start >= news or text[s.start : s.end].startswith("Harbour")
               for s in ex.sentences)
    assert all(c.start >= news or c.end <= text.index("KESSEL") for c in ex.claims)


def test_a_subheading_in_capitals_is_no_stored_sentence() -> None:
    """"NEW CAP FOR THE KESSEL WELL In June, Norlund placed a cap ...": the subheading labels
    the paragraph; a summary or a key date citing it alone cites nothing."""
    text = ("The leak went on.\nNEW CAP FOR THE KESSEL WELL In June, Norlund placed a cap over "
            "the well so the diesel could be collected.")
    ex = extract(text)
    shown = [text[s.start : s.end] for s in ex.sentences]
    assert "NEW CAP FOR THE KESSEL WELL" not in shown
    assert any(s.startswith("In June, Norlund placed a cap") for s in shown)


def test_a_quantity_per_stretch_of_time_is_a_rate_not_a_total() -> None:
    text = ("The broken pipe spilled 40,000 litres of diesel a day into the bay, and the harbour "
            "board said 1.2 million litres had escaped since March.")
    units = sorted((n.value, n.unit) for c in claims_of(text) for n in c.numbers)
    assert (40000.0, "litre/day") in units and (1.2e6, "litre") in units
    text = ("The board may fine the operator $900 a litre, and 30 percent of the diesel was "
            "skimmed a week ago.")
    units = sorted((n.value, n.unit) for c in claims_of(text) for n in c.numbers)
    assert (900.0, "$/litre") in units and (30.0, "percent of diesel") in units


def test_a_negated_act_of_saying_negates_what_it_conveys() -> None:
    text = ("The finance minister Lars Vik gave no indication that lifting the tariffs was "
            "under consideration.")
    (claim,) = claims_of(text)
    assert claim.source is not None and claim.source.actor == "person:lars-vik"
    assert (claim.polarity, claim.topic) == ("negative", "tariffs relief")


def test_as_x_suggests_hands_the_clause_to_x_even_under_if() -> None:
    text = ("If an easing of the curfew is near, as Mayor Petra Lund is suggesting, "
            "shops should plan for longer hours.")
    claims = claims_of(text)
    near = next(c for c in claims if c.topic == "curfews relief")
    assert near.source is not None and near.source.actor == "person:petra-lund"
    assert (near.modality, near.polarity, near.kind) == ("asserted", "positive", "report")
    plan = one(claims, "plan")
    assert (plan.kind, plan.source) == ("prescription", None)


def test_reported_speech_is_its_speakers_and_never_argument() -> None:
    text = "The union said the new rota was unfair to night nurses."
    (claim,) = claims_of(text)
    assert claim.source is not None and claim.source.text == "The union"
    assert claim.kind == "report"


def test_evaluation_and_prescription_in_the_writers_voice() -> None:
    claims = claims_of("The new rota is disastrous for night nurses. "
                       "The hospital must withdraw it before winter.")
    assert one(claims, "be disastrous").kind == "evaluation"
    assert one(claims, "withdraw").kind == "prescription"


def test_evaluative_lexicon_is_read_offline_without_importing_textblob() -> None:
    """The lexicon is a file in textblob's wheel: no NLTK import (seconds), no download."""
    code = ("import sys; from newsdesk.knowledge import evaluative as e; "
            "print(len(e.scores()), e.evaluative('disastrous'), e.evaluative('new'), "
            "any(m.split('.')[0] in ('textblob', 'nltk') for m in sys.modules))")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "NLTK_DATA": "/nonexistent"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, check=True)
    count, disastrous, new, imported = done.stdout.split()
    assert int(count) > 1000
    assert (disastrous, new, imported) == ("True", "False", "False")


def test_modalities() -> None:
    claims = claims_of("The ferry could resume on Friday. The council will vote next week. "
                       "The port did not reopen.")
    assert one(claims, "resume").modality == "possible"
    assert one(claims, "vote").modality == "future"
    assert one(claims, "reopen").polarity == "negative"


def test_would_in_reported_speech_is_the_future_of_the_past() -> None:
    # "said the city would reopen it" reports "the city will reopen it"; with "if" it stays
    # a condition, and outside reported speech "would" is no future.
    claims = claims_of("The mayor said the city would reopen the ferry terminal next spring. "
                       "The mayor said the city would repave the road if the state paid. "
                       "A new bridge would cost far more.")
    assert one(claims, "reopen").modality == "future"
    assert one(claims, "repave").modality == "hypothetical"
    assert one(claims, "cost").modality == "hypothetical"


# ------------------------------------------------------------------ stances


def stances_of(text: str, published: date = date(2024, 6, 12)) -> list[Stance]:
    return extract(text, published).stances


def test_a_condition_before_its_clause_is_kept_whole() -> None:
    text = ("“If the lenders agreed to wait a year and the court approved the plan, we would "
            "not block the merger,” Mayor Petra Lund said on Tuesday.")
    (stance,) = stances_of(text)
    assert (stance.holder.actor, stance.topic) == ("person:petra-lund", "merger")
    assert stance.polarity == "conditional"
    assert [c.text for c in stance.conditions] == [
        "If the lenders agreed to wait a year and the court approved the plan"]
    assert (stance.said, stance.said_by, stance.reported) == ("2024-06-11", "quote",
                                                              "2024-06-12")


def test_topics_are_normalised_across_wordings() -> None:
    stances = stances_of("Mayor Petra Lund said on Monday that she was open to the idea of "
                         "meeting the strikers. Senator Jon Aas rejected a meeting with them.")
    assert {(s.holder.actor, s.topic, s.polarity) for s in stances} == {
        ("person:petra-lund", "meeting", "for"), ("person:jon-aas", "meeting", "against")}


def test_an_act_its_governor_denies_is_against() -> None:
    """ "failed to offer any new solutions": the offer did not happen."""
    stances = stances_of("Mayor Petra Lund failed to offer any new solutions to the strike. "
                         "Senator Jon Aas offered a solution to the strike.")
    assert {(s.holder.actor, s.polarity) for s in stances} == {
        ("person:petra-lund", "against"), ("person:jon-aas", "for")}


def test_a_relief_fund_and_obligations_met_are_no_sanctions_relief_or_meeting() -> None:
    stances = stances_of(
        "Mayor Petra Lund spoke on Tuesday. \"And I'm absolutely confident Harbour Lines will "
        "be able to meet its obligations to the fishermen and to the town.\" On Wednesday, "
        "Mayor Petra Lund announced that Harbour Lines had agreed to set up a $2 million relief "
        "fund that will be led by the council's auditor. Senator Jon Aas wants to meet the "
        "strikers.")
    topics = {(s.holder.actor, s.topic) for s in stances}
    assert ("person:jon-aas", "meeting") in topics
    assert not [t for h, t in topics if h == "org:harbour-lines"
                and t in ("meeting", "sanctions relief")]


def test_claims_met_and_a_figures_multiplier_name_no_topic() -> None:
    """"has pledged to meet all legitimate claims" meets no one; the "m" of "$700m" is no topic."""
    stances = stances_of("Harbour Lines has pledged to meet all legitimate claims. Harbour "
                         "Lines is seeking up to $700m from the tanker's insurers.")
    assert not [s for s in stances if s.topic in ("meeting", "m")]


def test_responsibilities_met_are_no_meeting() -> None:
    """"we are fully prepared to meet our responsibilities": the governor meets no one."""
    stances = stances_of("\"The company pays for the clean-up, but we are fully prepared to meet "
                         "our responsibilities to every town on the coast,\" Governor Ines Kohl "
                         "said.")
    assert not [s for s in stances if s.topic == "meeting"], stances


def test_a_release_of_a_thing_is_no_stance_for_a_release() -> None:
    """"The Coast Guard said Norlund likely will release the flow again": no one's stance for the
    release of anyone; "said it would release the detained sailors" is."""
    stances = stances_of("The Coast Guard said Norlund likely will release the flow of diesel "
                         "again after the test is done. Turtles were released on a beach, the "
                         "wildlife board said. Mayor Petra Lund said she would release the "
                         "detained sailors.")
    assert [(s.holder.actor, s.topic) for s in stances if s.topic == "release"] == [
        ("person:petra-lund", "release")]


def test_within_days_and_a_look_back() -> None:
    stances = stances_of("Mayor Petra Lund backed the plan on Monday. She reversed herself "
                         "within two days. After Lund backed the plan, the lenders asked for "
                         "more time.")
    reversal = next(s for s in stances if s.cue.lemma == "reverse")
    assert (reversal.after, reversal.topic, reversal.said) == (2, "plan", None)
    assert [s.recalled for s in stances if s.cue.lemma == "back"] == [False, True]


def test_a_stance_someone_else_questions_or_fears_is_nobodys() -> None:
    # the dockers' doubt about the mayor is not the mayor's stance; her own "rejected" is
    stances = stances_of("Dockers still question whether Mayor Petra Lund truly opposes the "
                         "merger, and worry that she might support a vote on it. Lund "
                         "rejected the merger on Monday.")
    assert [(s.holder.actor, s.topic, s.polarity, s.cue.lemma) for s in stances] == [
        ("person:petra-lund", "merger", "against", "reject")]


def test_what_someone_could_do_in_the_writers_voice_is_no_stance() -> None:
    # the writer supposes what Lund could back; Aas says what he could accept
    stances = stances_of("Having lost the vote, Mayor Petra Lund could back the merger now. "
                         "Senator Jon Aas said he could accept the merger.")
    assert [(s.holder.actor, s.topic) for s in stances] == [("person:jon-aas", "merger")]


def test_nor_and_neither_negate() -> None:
    stances = stances_of("Nor will Mayor Petra Lund accept the merger.")
    assert [(s.holder.actor, s.topic, s.polarity) for s in stances] == [
        ("person:petra-lund", "merger", "against")]
    claims = claims_of("Nor will the port authority accept any funding from the buyer. "
                       "The council will accept neither gifts nor loans.")
    assert [c.polarity for c in claims if c.predicate.lemma == "accept"] == [
        "negative", "negative"]


def test_an_actor_as_topic() -> None:
    (stance,) = stances_of("President Ola Berg has always railed against Norway.")
    assert (stance.topic, stance.polarity) == ("actor:country:NOR", "against")


# ------------------------------------------------------------------ records kept whole

TEXT = ("Mayor Petra Lund said on Monday that she was open to talks with the dockers. "
        "The dockers said 40 ships were waiting offshore.")


def test_claims_and_stances_round_trip_json_store_and_tables(tmp_path: Path) -> None:
    ex = extract(TEXT)
    assert ex.claims and ex.stances
    again = [Claim.from_json(json.loads(json.dumps(c.to_json()))) for c in ex.claims]
    assert again == ex.claims
    with Store(tmp_path / "s.duckdb") as store:
        store.add(ex)
    with Store(tmp_path / "s.duckdb") as store:
        [back] = store.extractions()
    assert (back.claims, back.stances) == (ex.claims, ex.stances)
    tables = extraction_rows(ex, Origin(0, 0))
    assert len(tables["claims"]) == len(ex.claims) and len(tables["stances"]) == len(ex.stances)
    [rebuilt] = extractions_from_rows(tables)
    assert (rebuilt.claims, rebuilt.stances) == (ex.claims, ex.stances)


def _version(store: Store) -> str:
    row = store.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return str(row[0]) if row else ""


def test_schema_3_store_is_migrated_by_reading_its_texts_again(tmp_path: Path) -> None:
    """A store of schema 3 (stories, no claims or stances): its texts are parsed once more."""
    path = tmp_path / "v3.duckdb"
    ex = extract(TEXT)
    with Store(path) as store:
        store.add(ex)
        store.con.execute("DROP TABLE claims; DROP TABLE stances")
        store.con.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    with Store(path) as store:
        assert _version(store) == str(SCHEMA_VERSION) == "4"
        [back] = store.extractions()
    assert (back.claims, back.stances) == (ex.claims, ex.stances)


def test_schema_2_store_is_migrated_through_3_to_4(tmp_path: Path) -> None:
    from tests.test_store import write_v2

    path = tmp_path / "v2.duckdb"
    write_v2(path)
    with Store(path) as store:
        assert _version(store) == str(SCHEMA_VERSION)
        found = store.extractions()
    assert len(found) == 3 and all(back.claims for back in found)  # originals; a copy besides
    for back in found:
        assert back.claims == extract_like(back).claims


def extract_like(ex: Extraction) -> Extraction:
    [again] = process_many([ex.article])
    return again


@pytest.mark.parametrize("field", ["claims", "stances"])
def test_the_contract_carries_them(field: str) -> None:
    assert extract(TEXT).to_json()[field]  # type: ignore[literal-required]


def test_a_claim_is_cited_without_the_wire_furniture_run_into_its_lead() -> None:
    text = ("LINDAU | Fri Mar 5, 2021 4:05 pm CET LINDAU (Reuters) - The ferry operator "
            "Seewind agreed on Friday to raise the crews' pay by four percent.")
    claim = one(claims_of(text), "agree")
    assert text[claim.start : claim.end].startswith("The ferry operator Seewind agreed")


def test_a_scheduled_act_or_a_hosted_visitor_is_no_stance() -> None:
    # A daily log: what is scheduled with a plain "will" and whom a leader welcomes as a
    # guest report acts, not positions; "would meet" and "will not meet" are positions.
    text = ("Mayor Ines Kohl will meet with the harbour pilots at the town hall. "
            "Mayor Ines Kohl welcomes Governor Ana Ruiz to Lindau.")
    assert stances_of(text) == []
    text = "Mayor Ines Kohl said she would meet the harbour pilots."
    assert [(s.topic, s.polarity) for s in stances_of(text)] == [("meeting", "for")]
    text = "Mayor Ines Kohl said she will not meet the harbour pilots."
    assert [(s.topic, s.polarity) for s in stances_of(text)] == [("meeting", "against")]


@pytest.mark.parametrize("text", [
    "“Walking away now would be like Mayor Petra Lund rejecting talks with the strikers,” said "
    "Senator Jon Aas.",
    "Mayor Petra Lund refused to discuss sanctions relief with reporters.",
])
def test_an_image_or_a_refusal_to_comment_takes_no_side(text: str) -> None:
    """A clause a comparison holds up ("would be like X rejecting talks") is an image, not
    X's stance; a refusal to discuss sanctions relief takes no side on the relief. A plain
    rejection still does."""
    assert [s.holder.actor for s in stances_of(text)] == []
    (stance,) = stances_of("Senator Jon Aas rejected talks with the strikers.")
    assert (stance.holder.actor, stance.topic, stance.polarity) == (
        "person:jon-aas", "talks", "against")


def test_either_or_alternatives_are_supposed_not_asserted() -> None:
    """"Either the mayor is at fault for the delay or the council was not at fault for the
    flood" asserts neither clause; "The mayor is at fault for the delay" does."""
    alternatives = claims_of("Either the mayor is at fault for the delay or the council was not "
                             "at fault for the flood.")
    assert alternatives and all(c.modality == "hypothetical" for c in alternatives), alternatives
    (plain,) = [c for c in claims_of("The mayor is at fault for the delay.")
                if c.predicate.lemma == "be"]
    assert plain.modality == "asserted"


def test_a_participle_adding_an_outcome_takes_the_time_of_the_clause_it_hangs_on() -> None:
    """"... caused an explosion at the refinery in 2005, killing 15 workers": the count of the
    dead had no time, so the comparison set it against this year's "killing 11 workers" as a
    disagreement.  A participle with no subject of its own that tells what its clause's act
    brought about happened then."""
    text = "Poor upkeep caused a fire at the Halden mill in 2009, killing four workers."
    kill = one(claims_of(text), "kill")
    assert kill.time == "2009", kill


def test_an_issue_verb_in_the_passive_with_a_thing_as_agent_names_no_issue() -> None:
    """ "is often compromised by storms": what storms do to a response is harm, no one's
    compromise, so no stance on a deal; "was willing to compromise" still is one."""
    text = ('"In winter, the ability to respond to a spill is often compromised by storms," '
            "Governor Ana Ruiz wrote.")
    assert [(s.holder.actor, s.topic) for s in stances_of(text)] == []
    willing = stances_of("Governor Ana Ruiz said she was willing to compromise.")
    assert [(s.holder.actor, s.topic) for s in willing] == [("person:ana-ruiz", "deal")]


def test_meeting_with_an_outcome_or_a_reception_is_no_meeting() -> None:
    """"we're beginning to meet with some real success", "the plan met with fierce
    opposition": what is met "with" is a thing, an outcome or a reception, and no one is for a
    meeting; "she will meet with the strikers" still is a meeting."""
    outcome = stances_of('"Over the last two days we are beginning to meet with some real '
                         'success," Governor Ana Ruiz said.')
    assert [s for s in outcome if s.topic == "meeting"] == [], outcome
    strikers = stances_of("Governor Ana Ruiz wants to meet with the strikers.")
    assert [(s.holder.actor, s.topic) for s in strikers] == [("person:ana-ruiz", "meeting")]


def test_a_multiplier_written_apart_from_its_figure_still_multiplies_it() -> None:
    """"$4.8 bn" (a page's space between figure and letters) is $4.8 billion, as "$4.8bn" is:
    "bn", "mn" and "tn" are no words of their own; a spaced "m" stays metres."""
    text = "The port authority said on Monday that the dredging had cost $4.8 bn so far."
    values = [n.value for c in claims_of(text) for n in c.numbers]
    assert 4.8e9 in values and 4.8 not in values, values
    text = "Divers reached the wreck, which lies 300 m below the surface, the board said."
    values = [n.value for c in claims_of(text) for n in c.numbers]
    assert 3e8 not in values, values


def test_talking_about_a_thing_is_no_stance_on_talks() -> None:
    """"A spokesman said the mayor was talking about the flood barrier", "Engineers have
    always talked of a bad year, said Ana Ruiz": a verb of talking with what it is about is
    speech about a thing, so neither speaker is for talks; "announced that the unions would
    negotiate" still speaks for talks."""
    about = stances_of("Port spokesman Ole Berg said Mayor Petra Lund was talking about the "
                       "flood barrier that failed.")
    assert [s for s in about if s.topic == "talks"] == [], about
    of = stances_of('Engineers have always talked of "a bad year," said Governor Ana Ruiz.')
    assert [s for s in of if s.topic == "talks"] == [], of
    talks = stances_of("Governor Ana Ruiz announced that the unions would negotiate.")
    assert [s.topic for s in talks] == ["talks"], talks


def test_dealing_with_a_thing_is_no_stance_on_a_deal() -> None:
    """'"We are dealing with a flood of historic size," Governor Ana Ruiz said': handling a
    thing is no deal, so the governor is not for one; "said she would accept the deal" is."""
    dealing = stances_of('"We are dealing with a flood of historic size," Governor Ana Ruiz '
                         "said.")
    assert [s for s in dealing if s.topic == "deal"] == [], dealing
    accept = stances_of("Governor Ana Ruiz said she would accept the deal.")
    assert [s.topic for s in accept] == ["deal"], accept


def test_opening_a_hearing_is_no_stance_but_opening_the_door_to_talks_is() -> None:
    """"Senator Jon Aas, opening a hearing into the sinking, said ...": to open a thing is
    to begin it (a hearing, an inquiry, a session), no stance for it; a stance is being
    open to something, or opening a thing to it ("opened the door to talks")."""
    stances = stances_of("Senator Jon Aas, opening a hearing into the ferry sinking, said the "
                         "owners had ignored the warnings. The council opened an inquiry into "
                         "the collapse. Mayor Petra Lund opened the door to talks with the "
                         "strikers.")
    assert [(s.holder.actor, s.cue.lemma) for s in stances] == [("person:petra-lund", "open")]
