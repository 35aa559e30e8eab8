"""A programme's or a company's title in quotation marks is a name, not words said (issue 16,
thirty-fourth round): each test is one construction, on sentences invented for it."""

from __future__ import annotations

from tests.test_claims import stances_of
from tests.test_quotes_meaning import quotes_of, said


def test_a_title_after_a_verb_of_telling_is_not_the_content() -> None:
    # 'told "Meet the Voters" that ...': the title is whom he told; the words start at "that".
    text = 'Reilly told "Meet the Voters" that he backed the bill.'
    assert [c for _s, _cue, c in said(quotes_of(text), text)] == ["that he backed the bill"]
    # 'told CBS's "Meet the Voters" the firm ...': no closing mark opens the content.
    text = ('Company chief Anna Berg told CBS\'s "Meet the Voters" the firm would know by Friday '
            "whether the cap worked.")
    assert said(quotes_of(text), text) == [
        ("Company chief Anna Berg", "told",
         "the firm would know by Friday whether the cap worked")]


def test_an_outlets_title_after_a_verb_of_telling_is_not_the_quote() -> None:
    # 'told CBS's "Face the Voters" that ...': the parse makes outlet and title what was told;
    # the "that" clause after them is what was said.
    text = ('Company chief Anna Berg told CBS\'s "Face the Voters" that the firm would pay '
            "every claim.")
    assert said(quotes_of(text), text) == [
        ("Company chief Anna Berg", "told", "that the firm would pay every claim")]
    text = ('Company chief Anna Berg told CBS\'s "Face the Voters" on Sunday that the firm '
            "would pay every claim.")
    assert [c for _s, _cue, c in said(quotes_of(text), text)] == [
        "that the firm would pay every claim"]
    # Telling a programme, and nothing else, says nothing.
    text = 'Anna Berg told CBS\'s "Face the Voters."'
    assert said(quotes_of(text), text) == []


def test_a_name_referred_to_in_quotation_marks_is_no_quote() -> None:
    # 'refers to "Western Rail Holdings"': a name mentioned, nothing said.
    text = 'The union refers to "Western Rail Holdings" in its filing.'
    assert said(quotes_of(text), text) == []


def test_speech_in_title_case_stays_speech() -> None:
    # A quotation that opens its sentence, or one sung or chanted, is the words themselves.
    text = '"Absolutely Not," the mayor said.'
    assert said(quotes_of(text), text) == [("the mayor", "said", "Absolutely Not,")]
    text = ('At the picnic, the band leader called the mayor to the stage, singing '
            '"It\'s Our Town."')
    assert [c for _s, cue, c in said(quotes_of(text), text) if cue == "singing"] == [
        "It's Our Town."]


def test_a_programme_title_is_no_position() -> None:
    # 'appeared on NBC's "Meet the Voters"': "Meet" in a title is no stance on meeting.
    text = ('"The cleanup will take all summer," Governor Tom Reilly told NBC\'s '
            '"Meet the Voters."')
    assert [s.topic for s in stances_of(text)] == []
    text = 'Senator Maria Alvarez, also appearing on "Meet the Voters," said she was worried.'
    assert [s.topic for s in stances_of(text)] == []
    # The verb itself still holds one: "agreed to meet" is a position on meeting.
    text = "Senator Maria Alvarez said on Sunday that she wanted to meet the union leaders."
    assert [s.topic for s in stances_of(text)] == ["meeting"]


def test_a_possessed_occasion_is_no_speaker() -> None:
    # "Lund's two-day visit aims to show that ...": the visit says nothing; the writer reads it.
    text = ("Mayor Petra Lund toured the coast. Lund's two-day visit aims to show that the city "
            "is in charge.")
    assert said(quotes_of(text), text) == []
    text = "The union's rally was meant to signal that the strike would go on."
    assert said(quotes_of(text), text) == []
    # An inquiry reports its findings: it stays a source.
    text = "The harbour board's inquiry found that the pier had been badly built."
    assert [s for s, _cue, _c in said(quotes_of(text), text)] == ["The harbour board's inquiry"]


def test_a_title_inside_reported_words_keeps_its_marks() -> None:
    # 'would be the council's "Black Tuesday,"': the title is part of the words reported, and
    # the content keeps its closing mark.
    text = ('The spokesman said he did not think the flood would be the council\'s '
            '"Black Tuesday," and took questions.')
    assert [c for _s, _cue, c in said(quotes_of(text), text)] == [
        'he did not think the flood would be the council\'s "Black Tuesday,"']
