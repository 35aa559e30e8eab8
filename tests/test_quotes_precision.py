"""False alarms the stage used to make (issue 16, precision, eleventh round): each test is one
construction, on sentences invented for it."""

from __future__ import annotations

from tests.test_quotes_meaning import quotes_of, said


def test_a_quotation_framed_inside_an_according_to_is_one_attribution() -> None:
    # "“...,” X said, according to Y": X's words reach the text through Y; one attribution,
    # Y's, whose content holds the quotation and its frame (as PolNeAR marks it).
    text = "“We will reopen the pier in May,” the mayor said, according to the Harbour Gazette."
    assert said(quotes_of(text), text) == [
        ("the Harbour Gazette", "according to",
         "“We will reopen the pier in May,” the mayor said")]
    text = ("“The repairs are nearly done,” the engineer told reporters on Friday, according to "
            "a statement from the harbour board.")
    found = said(quotes_of(text), text)
    assert [s for s, _c, _t in found] == ["a statement from the harbour board"]
    # Without "according to" the frame is the quotation's own.
    text = "“We will reopen the pier in May,” the mayor said."
    assert said(quotes_of(text), text) == [
        ("the mayor", "said", "We will reopen the pier in May,")]


def test_a_participle_set_off_after_its_subject_does_not_report_the_main_verb() -> None:
    # "One fisherman, responding to ..., interrupted the meeting": the rest of the sentence
    # is the predicate of the verb the participle hangs on, not what was responded.
    text = "One fisherman, responding to the mayor's account of the storm, interrupted the meeting."
    assert said(quotes_of(text), text) == []
    # A frame opening its sentence still reports the rest of it.
    text = "According to the harbour board, the pier will reopen in May."
    assert said(quotes_of(text), text) == [
        ("the harbour board", "According to", "the pier will reopen in May")]
    text = "Speaking to reporters on Friday, the mayor said the pier would reopen."
    assert said(quotes_of(text), text) == [("the mayor", "said", "the pier would reopen")]


def test_a_clause_of_circumstance_after_a_frame_is_not_what_was_said() -> None:
    # "“...,” the mayor said, as fishermen mended their nets": the "as" clause says when;
    # the quotation before the frame is what was said.
    text = "“The pier is safe,” the mayor said, as a few fishermen mended their nets nearby."
    assert said(quotes_of(text), text) == [("the mayor", "said", "The pier is safe,")]
    text = "“The pier is safe,” the mayor said, while the engineers checked the piles."
    assert said(quotes_of(text), text) == [("the mayor", "said", "The pier is safe,")]
    # A reported clause after the frame stays ("said that ...").
    text = "The mayor said that the pier was safe."
    assert said(quotes_of(text), text) == [("The mayor", "said", "that the pier was safe")]


def test_a_quoted_programme_name_is_not_what_was_said() -> None:
    # "on CNN’s “State of the Union,” while commenting on ...": a quotation right after a
    # possessive or "on" names the programme it was said on; the participle of saying before
    # the frame is about its own topic, not the programme's name.
    text = ("Sunday on Channel 4’s “Morning Harbour,” while commenting on the storm, the "
            "governor said the pier was safe.")
    found = said(quotes_of(text), text)
    assert ("the governor", "said", "the pier was safe") in found
    assert not [c for _s, _c, c in found if "Morning Harbour" in c]


def test_a_thing_described_by_a_relative_clause_is_still_a_thing() -> None:
    # "hired a harbour pilot who worked the docks": an act on a mere thing; the relative
    # clause describes the thing and makes no clause of what was said (issue 16,
    # twenty-second round).
    text = "The mayor hired a harbour pilot who worked the northern docks for twenty years."
    assert said(quotes_of(text), text) == []
    # A relative clause whose verb is itself a cue still carries what was said.
    text = "The board responded with the report the mayor announced on Friday."
    assert said(quotes_of(text), text) == [
        ("The board", "responded", "the report the mayor announced on Friday")]
    text = "The union is standing by an accusation it made last year that the board lied."
    assert [c for _s, _c, c in said(quotes_of(text), text)] == [
        "an accusation it made last year that the board lied"]
