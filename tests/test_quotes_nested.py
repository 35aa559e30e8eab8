"""A report inside a report (issue 16): "the mayor said the engineers had told her ...".

What the engineers said is known only through the mayor, so it stays inside her content, and
the inner verb of saying makes no quote of its own: one attribution per token, as PolNeAR
annotates (its README: each token belongs to at most one attribution).  Every sentence here is
invented for the test."""

from __future__ import annotations

from tests.test_quotes_meaning import quotes_of, said


def test_a_nested_report_is_the_outer_frames_content() -> None:
    text = ("The mayor said that the engineers had told her the bridge was safe. "
            "Officials said the minister claimed that the budget was balanced. "
            "According to the report, the general said the troops would stay.")
    found = said(quotes_of(text), text)
    assert ("The mayor", "said", "that the engineers had told her the bridge was safe") in found
    assert ("Officials", "said", "the minister claimed that the budget was balanced") in found
    assert ("the report", "According to", "the general said the troops would stay") in found
    assert len(found) == 3, found


def test_a_saying_inside_a_finding_is_the_findings_content() -> None:
    # "A poll showed that N percent said ...": the rules frame "said" before the learned
    # stage reads "showed"; the respondents' saying is part of what the poll found
    # (``quotes._findings_report``), as PolNeAR marks it.
    text = ("The harbour survey showed that 54 percent of fishermen said they would vote "
            "for the mayor.")
    found = said(quotes_of(text), text)
    assert found == [("The harbour survey", "showed",
                      "that 54 percent of fishermen said they would vote for the mayor")], found
    text = "A study by the port authority found that most residents say the pier is unsafe."
    found = said(quotes_of(text), text)
    assert found == [("A study by the port authority", "found",
                      "that most residents say the pier is unsafe")], found
    # A person's own saying stays hers: no verb of findings governs it.
    text = "The mayor said that 54 percent of fishermen would vote for her."
    found = said(quotes_of(text), text)
    assert found == [("The mayor", "said", "that 54 percent of fishermen would vote for her")]


def test_an_opening_in_a_poll_reports_the_sentence() -> None:
    # "In a poll ..., CLAUSE" is read as "According to the poll, CLAUSE" (``quotes._in_poll``),
    # and a saying of the respondents inside it is part of what the poll reports.
    text = ("In a Harbour Gazette poll released Monday, 50 percent of fishermen backed the "
            "mayor while 40 percent chose her rival. "
            "In the poll, forty percent of voters said they would vote for Mayor Okafor.")
    found = said(quotes_of(text), text)
    assert found == [
        ("a Harbour Gazette poll released Monday", "In",
         "50 percent of fishermen backed the mayor while 40 percent chose her rival"),
        ("the poll", "In", "forty percent of voters said they would vote for Mayor Okafor"),
    ], found
    # A finder of its own in the clause reports it.
    text = "In a poll of 800 fishermen, the Harbour Institute found that most want a new pier."
    found = said(quotes_of(text), text)
    assert found == [("the Harbour Institute", "found", "that most want a new pier")], found
    # Not a poll, or not an opening set off by a comma: the sentence is not reported.
    text = ("In the harbour, forty boats stayed at anchor. "
            "Forty percent of voters in the poll said they would vote for Mayor Okafor.")
    found = said(quotes_of(text), text)
    assert found == [("Forty percent of voters in the poll", "said",
                      "they would vote for Mayor Okafor")], found


def test_quoted_as_saying_is_the_quoting_papers() -> None:
    text = "The Gazette quoted a harbour worker as saying the pier was unsafe."
    found = said(quotes_of(text), text)
    assert found == [("The Gazette", "quoted", "a harbour worker as saying the pier was unsafe")]


def test_a_saying_in_a_clause_of_circumstance_is_not_an_acts_content() -> None:
    # A weak learned cue ("trying") would hold a "when" clause whose own cue the model is
    # surer of; the learned stage reads outermost first and skips what is held, so the
    # inner saying was lost inside the act's content (``quotes._surer_inner``).
    text = ("The reporter was trying insistently to ask a question about the ferry when the "
            "mayor shot back that the reporter had not been called on. "
            "The anchor was trying to ask the senator about the shipyard when she shot back "
            "that the question was unfair.")
    found = said(quotes_of(text), text)
    assert found == [
        ("the mayor", "shot", "that the reporter had not been called on"),
        ("she", "shot", "that the question was unfair"),
    ], found
    # A participle sharing the act's subject has no subject of its own: the act keeps it.
    text = ("The reporter was trying insistently to ask a question about the ferry while "
            "shouting that the mayor had not answered.")
    found = said(quotes_of(text), text)
    assert found == [("The reporter", "trying", "to ask a question about the ferry while "
                      "shouting that the mayor had not answered")], found


def test_an_inverted_trailing_frame_reports_the_sentence_before_it() -> None:
    # "..., reported the Gazette.": the parser makes the paper the verb's object and the
    # verb a complement of the clause before; the paper is the outer frame's speaker
    # (``quotes_speaker.trailing_inverted``), as in the uninverted "..., the Gazette reported".
    text = ("The harbour master noted that the pier was unsafe for the ferry, reported the "
            "Harbour Gazette. "
            "The harbour master said the pier was unsafe, the Harbour Gazette reported.")
    found = said(quotes_of(text), text)
    assert found == [
        ("the Harbour Gazette", "reported",
         "The harbour master noted that the pier was unsafe for the ferry"),
        ("the Harbour Gazette", "reported", "The harbour master said the pier was unsafe"),
    ], found
    # A verb whose object may be the one addressed keeps its own speaker.
    text = "“We will rebuild the pier,” Mayor Okafor, 52, told Reuters."
    found = said(quotes_of(text), text)
    assert found == [("Mayor Okafor", "told", "We will rebuild the pier,")], found


def test_a_quotation_inside_an_inverted_trailing_frame_is_the_frames() -> None:
    # "“...,” said A, ..., reports the Gazette.": the parser makes A the subject of
    # "reports" and the paper a modifier after it; the paper's frame holds the quotation
    # and its own frame, which makes no attribution apart (``quotes._reported_through``).
    for text, expected in [
        ("“The pier is not safe for anyone,” said Ann Berg, director of the Harbour Trust, "
         "reports USA Today.",
         ("USA Today", "reports", "The pier is not safe for anyone,")),
        ("“We are not going anywhere,” said Tom Reed, head of the dockers’ union, reports "
         "the Harbour Gazette.",
         ("the Harbour Gazette", "reports", "We are not going anywhere,")),
    ]:
        found = said(quotes_of(text), text)
        assert found == [expected], found


def test_according_to_inside_what_a_verb_of_saying_reports_is_part_of_it() -> None:
    # "The Gazette reported that, according to X, ...": the "according to" phrase sits inside
    # the clause the paper reports, so the paper is the source and the phrase is part of its
    # content; the phrase frames the sentence only where no verb of saying governs it.
    text = ("The Harbour Gazette reported that, according to a review of the port's ledgers, "
            "most of the repair money went to one contractor.")
    found = said(quotes_of(text), text)
    assert found == [("The Harbour Gazette", "reported",
                      "that, according to a review of the port's ledgers, most of the repair "
                      "money went to one contractor")], found
    text = ("According to a review of the port's ledgers, the mayor said most of the repair "
            "money went to one contractor.")
    found = said(quotes_of(text), text)
    assert found == [("a review of the port's ledgers", "According to",
                      "the mayor said most of the repair money went to one contractor")], found
    # Closing the clause, the phrase is the paper's report of what the mayor said.
    text = "The mayor said the pier was safe, according to the Harbour Gazette."
    found = said(quotes_of(text), text)
    assert found == [("the Harbour Gazette", "according to",
                      "The mayor said the pier was safe")], found


def test_a_relative_clause_on_a_learned_cues_speaker_is_an_attribution_of_its_own() -> None:
    # "Okafor, who thinks ..., called ...": the learned stage reads "called" first (nearer the
    # root) and then left its whole frame alone, the speaker's relative clause with it, as
    # the rules' frames no longer do (``quotes._speaker_clauses``); PolNeAR marks the clause's
    # attribution ("who" thinks) beside the outer one.
    text = ("Still, Okafor, who thinks the council made a grab for power with its harbour "
            "policies, called the new budget “much, much better” than the old one. "
            "Berg, who believes the ferry company misled the town, praised the new timetable "
            "on Monday.")
    found = said(quotes_of(text), text)
    assert ("who", "thinks", "the council made a grab for power with its harbour policies") in found
    assert ("Okafor", "called", "the new budget “much, much better” than the old one") in found
    assert ("who", "believes", "the ferry company misled the town") in found
    assert ("Berg", "praised", "the new timetable") in found
    assert len(found) == 4, found


def test_a_noun_summing_up_a_content_with_its_own_speaker_is_an_attribution_apart() -> None:
    # "..., a point she also acknowledged": the writer's note that another speaker (or the
    # same one) said so is no part of what the outer frame reports; PolNeAR ends the content
    # before the comma or dash and marks the relative clause's attribution, the noun for its
    # content (``quotes._before_summing_up``, ``_summed_up``).
    text = ("Aides told the Gazette that the mayor did chime in during the meeting, a point "
            "she also acknowledged to reporters on Friday. "
            "Two fishermen said the harbour master wanted a seat on the board -- something he "
            "denied in an interview.")
    found = said(quotes_of(text), text)
    assert found == [
        ("Aides", "told", "that the mayor did chime in during the meeting"),
        ("she", "acknowledged", "a point"),
        ("Two fishermen", "said", "the harbour master wanted a seat on the board"),
        ("he", "denied", "something"),
    ], found
    # A relative clause with a complement of its own says more than the noun ("a move the
    # council hopes will ..."), and one on a noun inside the clause is part of it.
    text = ("The mayor said the council would vote on the pier next week, a move the "
            "fishermen hope will end the dispute. "
            "The mayor said the council had rejected the plan the fishermen proposed.")
    found = said(quotes_of(text), text)
    assert found == [
        ("The mayor", "said", "the council would vote on the pier next week, a move the "
         "fishermen hope will end the dispute"),
        ("The mayor", "said", "the council had rejected the plan the fishermen proposed"),
    ], found
