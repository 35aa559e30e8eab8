"""Attributions the stage used to miss (issue 16, recall): each test is one construction, on
sentences invented for it."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from newsdesk import annotate
from newsdesk.annotate import truecase
from newsdesk.extract import quotes_model
from tests.test_quotes_meaning import quotes_of, said


def test_an_agentless_passive_cue_is_a_quote_without_a_speaker() -> None:
    # The ones expecting, revealing or asking are not named: no speaker, and the passive's
    # subject stays in what was expected.
    text = ("The governor is expected to sign the water bill on Friday. "
            "It was revealed on Tuesday that the council had spent the reserve fund. "
            "The mayor was asked about the bridge repairs at the hearing.")
    found = said(quotes_of(text), text)
    assert ("", "expected", "The governor … to sign the water bill on Friday") in found
    assert ("", "revealed", "that the council had spent the reserve fund") in found
    assert ("", "asked", "the bridge repairs") in found
    # A passive act is no attribution, with or without an agent.
    text = "The old ferry was sold to a company in Oslo last spring."
    assert said(quotes_of(text), text) == []


def test_an_opening_asked_is_a_question_without_a_speaker() -> None:
    text = ("Asked whether the bridge would reopen, the engineer said only that repairs were "
            "under way.")
    found = said(quotes_of(text), text)
    assert ("", "Asked", "whether the bridge would reopen") in found
    assert ("the engineer", "said", "only that repairs were under way") in found
    text = "The coach smiled when asked about his contract."
    assert said(quotes_of(text), text) == [("", "asked", "his contract")]


def test_taking_a_side_on_a_name_is_an_attribution() -> None:
    # "side_verbs": support, back, vote (for), congratulate ... on a mere name or thing, where
    # a plain act with a thing ("greeted the ambassador") stays out.
    # (Opened by "In the poll," the sentence is the poll's: test_quotes_nested.py.)
    text = ("Last week forty percent of voters would vote for Mayor Okafor. "
            "The minister greeted the ambassador at the airport.")
    assert said(quotes_of(text), text) == [("forty percent of voters", "vote", "Mayor Okafor")]


def test_a_paragraph_ending_with_a_colon_introduces_the_quotation_after_it() -> None:
    text = ("After the vote, the harbour board released a short statement:\n\n"
            "“We regret the delay and will reopen the pier as soon as the repairs are done.”\n\n"
            "Wait, it gets worse:\n\n"
            "“The pier will stay closed all summer.”\n")
    found = said(quotes_of(text), text)
    assert ("the harbour board", "released", "We regret the delay and will reopen the pier as "
            "soon as the repairs are done.") in found
    assert not [s for s, _c, c in found if "all summer" in c and s == "it"]


def test_an_attitude_adjective_attributes_its_object() -> None:
    # "attitude_adjectives": the copula's subject holds the attitude; a mere property with a
    # preposition ("full of") is none.
    text = ("The fishermen have been critical of the new quota system. "
            "The harbour was full of boats.")
    assert said(quotes_of(text), text) == [
        ("The fishermen", "critical", "the new quota system")]


def test_a_clause_split_in_two_by_the_parser_is_reported_whole() -> None:
    # The parser reads "do" and "know" as two complements of "say", side by side.
    text = ("About a fifth of the voters say they don’t yet know enough about Ms. Lund to "
            "form an opinion.")
    assert said(quotes_of(text), text) == [(
        "About a fifth of the voters", "say",
        "they don’t yet know enough about Ms. Lund to form an opinion")]


def test_an_answer_is_what_was_said_not_the_question_before_it() -> None:
    text = "Asked if the pier should close, about half of the fishermen said so."
    assert said(quotes_of(text), text) == [
        ("", "Asked", "if the pier should close"), ("about half of the fishermen", "said", "so")]


def test_a_thing_ends_before_the_occasion_hung_on_it() -> None:
    # The parser hangs "in her opening statement" on "caucuses", inside the content "her
    # wins ...": the occasion of the saying is cut off; a clause keeps it.
    from newsdesk import annotate
    from newsdesk.extract.quotes import _before_occasion

    doc = annotate.parse("Ms. Vance touted her wins in the caucuses in her opening statement.")
    start = next(t.i for t in doc if t.text == "her")
    assert doc[start : _before_occasion(doc, start, len(doc) - 1)].text == (
        "her wins in the caucuses")
    doc = annotate.parse("The mayor said she would open the new pier at a rally.")
    start = next(t.i for t in doc if t.text == "she")
    assert _before_occasion(doc, start, len(doc) - 1) == len(doc) - 1


def test_a_governor_of_phase_or_success_is_no_cue() -> None:
    # grammar.ASPECTUAL_GOVERNORS with an infinitive narrate what the subject does ("continues
    # to grow", "managed to pull", "used to sell"): no attribution; the verb it governs is
    # still a cue of its own ("continued to insist that ..."), and "continued:" still frames.
    text = ("The mayor's lead in the polls continues to grow after the debate. "
            "The firefighters managed to pull the driver out of the car. "
            "Local farmers used to sell their milk to the cooperative. "
            "The treasurer continued to insist that the accounts were sound.")
    assert said(quotes_of(text), text) == [
        ("The treasurer", "insist", "that the accounts were sound")]
    text = "The coach continued: the team will train twice a day."
    assert said(quotes_of(text), text) == [
        ("The coach", "continued", "the team will train twice a day")]


def test_only_a_strong_cue_makes_a_speakerless_passive() -> None:
    # "designed to" is a rare cue's passive: what the terminal was built for, said by no one;
    # "is expected to" (a strong cue) stays a quote without a speaker.
    text = ("The new ferry terminal was designed to handle twice the traffic of the old one. "
            "The governor is expected to sign the water bill on Friday.")
    assert said(quotes_of(text), text) == [
        ("", "expected", "The governor … to sign the water bill on Friday")]


def test_a_verb_of_saying_inside_what_another_reports_is_no_quote_of_its_own() -> None:
    # The outer frame reports the inner one's words; PolNeAR marks the outer attribution.
    # "according to" frames the whole sentence, whatever the parser makes its root.
    text = ("The mayor said the treasurer had told her the fund was empty. "
            "According to the survey, most residents say they want a new bridge. "
            "The pilot said the runway was clear. The controller said it was not.")
    assert said(quotes_of(text), text) == [
        ("The mayor", "said", "the treasurer had told her the fund was empty"),
        ("the survey", "According to", "most residents say they want a new bridge"),
        ("The pilot", "said", "the runway was clear"),
        ("The controller", "said", "it was not"),
    ]


def test_a_first_act_between_speaker_and_cue_is_an_attribution_of_its_own() -> None:
    # "Wilson praised the senator's record and said ...", "Berg endorsed the mayor, saying
    # ...": the frame from speaker to cue held the first verb phrase, so the learned stage
    # never saw it; it is the speaker's first attribution, and a plain act stays none.
    text = ("The harbour master praised the new ferry schedule and said the pier would "
            "reopen in May. Councillor Berg endorsed the mayor on Friday, saying she had kept "
            "the budget in order. The pilot greeted the minister and said the crossing was "
            "calm.")
    found = said(quotes_of(text), text)
    assert ("The harbour master", "praised", "the new ferry schedule") in found
    assert ("The harbour master", "said", "the pier would reopen in May") in found
    assert ("Councillor Berg", "endorsed", "the mayor") in found
    assert ("Councillor Berg", "saying", "she had kept the budget in order") in found
    assert not [c for _s, c, _t in found if c == "greeted"]


def test_a_passive_verb_of_saying_with_its_agent_is_an_attribution() -> None:
    # "The meeting was first reported by Politico": no frame of reported speech reads a
    # passive, and the learned stage left verbs of saying to the frames; the agent speaks
    # and the subject is what was said.  A passive act with an agent stays none.
    text = ("The plan to close the pier was first reported by the Harbour Gazette. "
            "The old ferry was sold by the council.")
    assert said(quotes_of(text), text) == [
        ("the Harbour Gazette", "reported", "The plan to close the pier")]


def test_a_governor_of_effort_attributes_only_through_a_cue() -> None:
    # "sought to calm his supporters", "struggled to win the south": an attempt at an act is
    # no attribution; "is trying to show that ..." still is, its infinitive being a cue.
    text = ("The harbour master sought to calm the fishermen after the storm. "
            "The union struggled to win the vote in the north. "
            "The mayor is trying to show that the budget is balanced.")
    assert said(quotes_of(text), text) == [
        ("The mayor", "trying", "to show that the budget is balanced")]


def test_a_verb_of_saying_with_its_topic_does_not_report_the_rest_of_its_sentence() -> None:
    # "In a later vote, he warned of the dangers ...": the frame named its topic, so the
    # words before its comma are the writer's scene, not what was said; a time or a channel
    # after the verb ("warned on Monday") names no topic.
    text = ("In a later speech, the harbour master warned of the risks of a winter crossing. "
            "The pier is unsafe, the harbour master warned on Monday.")
    found = said(quotes_of(text), text)
    assert ("the harbour master", "warned", "the risks of a winter crossing") in found
    assert ("the harbour master", "warned", "The pier is unsafe") in found
    assert not [c for _s, _c, c in found if c == "In a later speech"]


def test_a_topic_after_an_accepted_cue_is_kept_as_its_content() -> None:
    # "focused on Trump", "his assessment of the real estate magnate": a mere thing after a
    # topic preposition is what the cue is about, kept without the thing threshold; a thing
    # after another preposition ("relies on" aside) or an act's object stays out.
    text = ("In her speech, the mayor focused on the harbour repairs. "
            "The board's assessment of the new pier was harsh. "
            "The ferry relies on a single engine. The minister greeted the ambassador.")
    assert said(quotes_of(text), text) == [
        ("the mayor", "focused", "the harbour repairs"),
        ("The board", "assessment", "the new pier")]


def test_a_verb_no_lexicon_knows_frames_a_quotation_by_its_layout() -> None:
    """"“This is wonderful news!” beamed Rosa Lindqvist", "“...,” the harbour master grinned",
    "The mayor thundered: “...”": a quotation closing on a comma, question or exclamation mark
    with only a verb and its subject after it, or a verb ending on a colon before one, is a
    frame whatever the verb (manner of speaking is an open class)."""
    text = ("“This is wonderful news for the town!” beamed Rosa Lindqvist, who runs the ferry "
            "kiosk. “We will rebuild the pier by June,” the harbour master grinned. "
            "The mayor thundered: “This bridge will be finished by spring.”")
    found = said(quotes_of(text), text)
    assert ("Rosa Lindqvist", "beamed", "This is wonderful news for the town!") in found
    assert ("the harbour master", "grinned", "We will rebuild the pier by June,") in found
    assert ("The mayor", "thundered", "This bridge will be finished by spring.") in found


def test_a_verb_before_a_comma_frames_the_quotation_that_ends_its_sentence() -> None:
    """"The ferry captain snapped, “...”", "After the vote, the harbour master shot back,
    “...”": a subject and a verb (with its particle) before a comma that a quotation of a
    whole sentence opens right after, the quotation running to the sentence's end, frame it
    as a colon does, whatever the verb; a clause opening the sentence is only when."""
    text = ("The ferry captain snapped, “Nobody asked the crew about the timetable.” "
            "After the vote, the harbour master shot back, “We could have waited for the "
            "money.”")
    found = said(quotes_of(text), text)
    assert ("The ferry captain", "snapped", "Nobody asked the crew about the timetable.") in found
    assert ("the harbour master", "shot", "We could have waited for the money.") in found
    # A fragment the writer's clause goes on after, or one opening on a small letter, is
    # no utterance of the verb's subject.
    text = ("The new skipper arrived, “Ready for anything,” and left the dock at noon. "
            "The old skipper retired, “a tired man” by all accounts.")
    assert said(quotes_of(text), text) == []


def test_a_verb_with_work_of_its_own_frames_no_quotation() -> None:
    # A verb with an object of its own after the quotation is an act, not a frame.
    text = "“It was a long day,” the porter carried the bags upstairs."
    assert said(quotes_of(text), text) == []


def test_a_sure_cue_with_no_speaker_in_reach_is_a_quote_without_a_speaker() -> None:
    # "The plan is widely seen as a breakthrough": the cue model is sure of the cue (above
    # its thing threshold) but the speaker finder reaches no one (a passive with no agent);
    # what was said is still attributed, to no one named.  ("is now assured of winning" and
    # "will informally be dubbed" passed here before the cue model was refitted on words
    # standing free of gold content; it is now less sure of both, below that threshold.)
    text = "The plan is widely seen as a breakthrough for the harbour."
    assert said(quotes_of(text), text) == [
        ("", "seen", "The plan … as a breakthrough for the harbour")]
    # A bare verb opening its sentence speaks to the reader: no one is quoted.
    text = "Call it a comeback for the harbour."
    assert said(quotes_of(text), text) == []


def test_a_verb_with_a_speech_act_object_attacks_its_target() -> None:
    # "speech_act_nouns" as the object of any verb, light or not, known to the cue lexicon or
    # not: verb, noun and preposition are the cue, the preposition's object the content.
    text = ("The mayor unleashed withering attacks against the harbour board. "
            "The governor avoided direct criticism of the harbour master. "
            "The fishermen aimed repeated swipes at the new quota system.")
    found = said(quotes_of(text), text)
    assert ("The mayor", "unleashed withering attacks against", "the harbour board") in found
    assert ("The governor", "avoided direct criticism of", "the harbour master") in found
    assert ("The fishermen", "aimed repeated swipes at", "the new quota system") in found
    # The verb must still pass the cue model: the refitted one rejects "took" (0.17 against
    # a threshold of 0.2).  Letting a speech-act object pass without it was measured and
    # dropped: tuning fold overlap F1 +0.1, held-out fold overlap and source F1 -0.1 each.
    text = "The fishermen took repeated swipes at the new quota system."
    assert said(quotes_of(text), text) == []
    # A time is no target.
    text = "She escalated her criticism on Tuesday."
    assert said(quotes_of(text), text) == []


def test_a_verb_of_feeling_gives_its_object_the_attitude() -> None:
    # "grammar.EXPERIENCER_VERBS": the object feels it (the source), the subject is what it
    # is about (the content); not with a particle ("rattled off") nor a "with" of the cause.
    text = "The new quota worried several fishermen in the harbour town."
    assert ("several fishermen in the harbour town", "worried", "The new quota") in said(
        quotes_of(text), text)
    text = "The clerk rattled off the names of the winners."
    assert not [c for s, _c, c in said(quotes_of(text), text) if s == "the names of the winners"]
    text = "Berg angered the fishermen with his comments on the quota."
    assert not [s for s, _c, _t in said(quotes_of(text), text) if s == "the fishermen"]


def test_a_time_after_an_according_to_source_is_the_frames() -> None:
    # "..., according to a Gazette poll last week.": the time closes the frame, and what was
    # reported is the clause before it.
    text = ("Some 59 percent of residents view the mayor unfavorably, according to a Gazette "
            "poll last week.")
    assert ("a Gazette poll", "according to", "Some 59 percent of residents view the mayor "
            "unfavorably") in said(quotes_of(text), text)


def test_a_cue_noun_after_with_is_said_by_the_subject_of_its_verb() -> None:
    # "stirred controversy with an assertion that ...": the noun has no owner of its own
    # ("her assertion"), the subject of the verb its "with" hangs on made it.
    text = ("Last spring the senator stirred controversy with an assertion that the harbour "
            "was unsafe. "
            "The mayor ended her speech with a claim that the ferry would be free by summer. "
            "The ferry sailed with a crew of twelve.")
    found = said(quotes_of(text), text)
    assert ("the senator", "assertion", "that the harbour was unsafe") in found
    assert ("The mayor", "claim", "that the ferry would be free by summer") in found
    assert not [f for f in found if "crew" in f[2]]


def test_a_weak_verb_with_an_attribution_noun_of_the_lexicon_carries_its_act() -> None:
    # "VERB + NOUN + preposition + target": an ``attribution_nouns`` noun that the cue model's
    # lexicon knows as a cue often enough ("question", "hope"), object of a verb that is no
    # strong cue itself, is a speech act or stance the verb carries out, as the hand-written
    # speech-act nouns are; the preposition's object is what it is about.
    text = ("The councillor has raised questions about the mayor's travel budget. "
            "The ferry captain has pinned her hopes on the new harbour wall.")
    found = said(quotes_of(text), text)
    assert ("The councillor", "raised questions about", "the mayor's travel budget") in found
    assert ("The ferry captain", "pinned her hopes on", "the new harbour wall") in found
    # A strong cue keeps its whole object; a "to" after such a noun is a recipient.
    text = "The senator denounced the council's handling of the budget."
    assert ("The senator", "denounced", "the council's handling of the budget") in said(
        quotes_of(text), text)
    text = "The council filed its annual complaints to the regional office."
    assert said(quotes_of(text), text) == []


def test_a_stance_received_from_others_is_theirs_about_the_subject() -> None:
    # "SUBJECT drew / won / received STANCE from HOLDER": the "from" phrase holds the stance
    # (the speaker) and the subject is what it is about (the content), the roles of a verb of
    # saying turned round; a participle clause after the holder is an attribution of its own.
    text = ("The harbour plan has drawn sharp criticism from local fishermen. "
            "The new mayor is winning praise from the shop owners on Main Street.")
    found = said(quotes_of(text), text)
    assert ("local fishermen", "drawn sharp criticism", "The harbour plan") in found
    assert ("the shop owners on Main Street", "winning praise", "The new mayor") in found
    text = "Okafor drew strong support from the older voters backing the ferry levy."
    found = said(quotes_of(text), text)
    assert ("the older voters", "drew strong support", "Okafor") in found
    # No stance, no attribution: crowds and letters are things received.
    text = ("The museum drew large crowds from the suburbs. "
            "The ferry company received a letter from the council.")
    assert said(quotes_of(text), text) == []


def test_a_that_clause_hung_deep_in_an_adjunct_is_what_was_told() -> None:
    # "CUE OBJECT PREP NOUN ... NOUN that CLAUSE": the parser hangs a complementiser's clause
    # on a noun of the adjunct; it is what was told, and a quoted word before the cue is then
    # no quotation of the cue's ("hailed the vote as “wonderful,” telling reporters ...").
    text = ("Okafor has hailed the harbour vote as “wonderful,” telling reporters during a "
            "visit to Bergen on Friday that she thinks the result is “a fine thing.”")
    found = said(quotes_of(text), text)
    assert ("Okafor", "telling", "that she thinks the result is “a fine thing.”") in found
    assert ("Okafor", "hailed", "the harbour vote as “wonderful,”") in found
    # Deeper, through the noun of an appositive in an adjunct of the object (the parse as the
    # parser makes it on longer sentences, built by hand): "telling shoppers at a cafe in
    # Leeds, a breakfast spot, that she needs them".
    import spacy
    from spacy.tokens import Doc

    from newsdesk.extract.quotes import _clause_in_adjunct

    vocab = spacy.blank("en").vocab

    words = ["Okafor", "is", "telling", "shoppers", "at", "a", "cafe", "in", "Leeds", ",", "a",
             "breakfast", "spot", ",", "that", "she", "needs", "them", "."]
    heads = [2, 2, 2, 2, 3, 6, 4, 6, 7, 8, 12, 12, 8, 12, 16, 16, 12, 16, 2]
    deps = ["nsubj", "aux", "ROOT", "dobj", "prep", "det", "pobj", "prep", "pobj", "punct",
            "det", "compound", "appos", "punct", "mark", "nsubj", "relcl", "dobj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT",
           "DET", "NOUN", "NOUN", "PUNCT", "SCONJ", "PRON", "VERB", "PRON", "PUNCT"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    clause = _clause_in_adjunct(doc[2])
    assert clause is not None and clause.text == "needs"
    # A "that" clause of a verb in the adjunct is that verb's: "said, before clarifying that".
    words = ["He", "said", "so", "before", "clarifying", "that", "she", "won", "."]
    heads = [1, 1, 1, 1, 3, 7, 7, 4, 1]
    deps = ["nsubj", "ROOT", "advmod", "prep", "pcomp", "mark", "nsubj", "ccomp", "punct"]
    pos = ["PRON", "VERB", "ADV", "ADP", "VERB", "SCONJ", "PRON", "VERB", "PUNCT"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _clause_in_adjunct(doc[1]) is None


def test_an_according_to_frame_set_off_by_a_dash_a_bracket_a_colon_or_a_quotation() -> None:
    # The frame's clause ends at a dash, a bracket or a colon as at a comma or a full stop,
    # and a quotation closing with its comma before "according to" is what was reported.
    text = ("The new ferry will cost $4 million, according to the harbour office - twice what "
            "the council had planned.")
    assert ("the harbour office", "according to", "The new ferry will cost $4 million") in said(
        quotes_of(text), text)
    text = ("The old ferries (nine in ten of them were built before 1990, according to the "
            "port's figures) will be sold in spring.")
    assert ("the port's figures", "according to",
            "nine in ten of them were built before 1990") in said(quotes_of(text), text)
    text = ("The crossing was calm. (According to the harbour office, it keeps no record of "
            "late ferries.)")
    assert ("the harbour office", "According to", "it keeps no record of late ferries") in said(
        quotes_of(text), text)
    text = ("According to the Harbour Gazette: “The ferry will run twice a day from May, and "
            "the fares will stay the same.”")
    assert [t for s, c, t in said(quotes_of(text), text)
            if s == "the Harbour Gazette" and c == "According to" and "twice a day" in t]
    text = ("“The pier is unsafe and must stay closed until the repairs are done,” according to "
            "a notice posted by the harbour office.")
    assert [t for s, c, t in said(quotes_of(text), text)
            if c == "according to" and "must stay closed" in t]


def test_an_according_to_frame_with_no_comma_before_reports_its_clause() -> None:
    # "the mayor leads by nine points according to a Gazette poll": with no comma,
    # what was reported is the clause since the last comma; an opening frame runs over the
    # words the parser hangs on it ("a Gazette poll out Thursday") to its comma.
    text = ("Entering the final week, the mayor leads her rival by nine points according to a "
            "Gazette poll, but the race is far from over.")
    assert ("a Gazette poll", "according to", "the mayor leads her rival by nine points") in said(
        quotes_of(text), text)
    text = ("According to a Gazette poll out Thursday, the mayor and her rival each have the "
            "support of 40 percent of voters.")
    assert [t for s, c, t in said(quotes_of(text), text) if c == "According to"
            and t.startswith("the mayor and her rival each have the support")]


def test_an_according_to_source_ends_at_a_spaced_dash() -> None:
    # "according to the Harbour Institute - half of what ...": the parser may make the
    # aside after the dash the object of "to"; the source is the name before the dash, and
    # an unspaced hyphen stays inside a name.
    text = ("Mrs. Berg's whole plan would cost only $1 million over the decade, according to the "
            "Harbour Institute - half of what the council spends on roads.")
    assert ("the Harbour Institute", "according to",
            "Mrs. Berg's whole plan would cost only $1 million over the decade") in said(
        quotes_of(text), text)
    text = ("Nine in ten voters view her unfavorably, according to a Gazette-Radio North poll "
            "last week - the same as her rival.")
    assert ("a Gazette-Radio North poll", "according to",
            "Nine in ten voters view her unfavorably") in said(quotes_of(text), text)


def test_the_learned_stage_leaves_according_to_to_the_rules() -> None:
    # Where the rules find no content for an "according to" frame, the learned stage read
    # "according" as a verb with its clause's subject as the source ("The fares" said "by a
    # third"); no such attribution is made.
    text = "The fares will rise - according to the harbour office and the council - by a third."
    assert not [s for s, c, _t in said(quotes_of(text), text) if c == "according"]


def test_a_closing_frame_set_off_by_a_dash_or_a_bracket_reports_its_clause() -> None:
    # "CLAUSE, X said - ASIDE": a dash after a closing frame ends its clause as a full stop
    # does; a frame inside a bracket reports the bracket's words, not the sentence's.
    text = ("The ferry will run twice a day from May, the harbour master said - a first for the "
            "island.")
    assert ("the harbour master", "said", "The ferry will run twice a day from May") in said(
        quotes_of(text), text)
    text = ("The old pier (it will be safe again by June, the engineers say) is closed to "
            "walkers.")
    assert ("the engineers", "say", "it will be safe again by June") in said(
        quotes_of(text), text)


def test_a_report_in_an_adverbial_clause_after_a_comma_or_dash_is_a_second_report() -> None:
    # "says A — asserting B", "A, he said, because he said B": PolNeAR marks the second
    # report apart, and the first content ends before its clause.
    text = ("The harbour master says the pier will reopen in May — insisting that the "
            "repairs are on budget.")
    found = said(quotes_of(text), text)
    assert [(c, r) for _s, c, r in found] == [
        ("says", "the pier will reopen in May"),
        ("insisting", "that the repairs are on budget")]
    text = ("The pier will reopen in May, the engineer said on Monday, because he said the "
            "steel had arrived.")
    assert said(quotes_of(text), text) == [
        ("the engineer", "said", "The pier will reopen in May"),
        ("he", "said", "the steel had arrived")]
    # A clause of time stays in what was said, and so does what a poll reports.
    text = "The farmer said he kept waiting until the minister said the rain would come."
    assert said(quotes_of(text), text) == [
        ("The farmer", "said", "he kept waiting until the minister said the rain would come")]


def test_a_predicative_adjective_with_a_complement_is_a_cue_of_the_cue_model() -> None:
    # "is eager to", "are not confident that": the adjective is a candidate of the learned
    # cue model, the copula's subject holds the attitude, and a denied one keeps its copula
    # and "not" in the cue.  "was able to", "is likely to" narrate what can or will happen.
    text = ("The harbour master is eager to reopen the pier before the summer. "
            "The fishermen are not confident that the pier will reopen in May. "
            "The ferry was able to dock at noon. "
            "The council is likely to approve the plan.")
    found = said(quotes_of(text), text)
    assert ("The harbour master", "eager", "to reopen the pier before the summer") in found
    assert ("The fishermen", "are not confident", "that the pier will reopen in May") in found
    assert not [c for _s, _cue, c in found if "dock" in c or "approve" in c]



def test_a_cue_with_no_speaker_found_has_a_threshold_of_its_own(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """"Harbour plan unveiled. Warns that the old pier will close in May.": where the speaker
    finder reaches no one, a cue the model is sure enough of is an attribution said by no one
    named; how sure is the artefact's ``speakerless_threshold`` (issue 16, twenty-first round),
    no longer the thing threshold; an older artefact without one keeps the thing threshold."""
    text = "Harbour plan unveiled. Warns that the old pier will close in May."
    models = quotes_model.load()
    assert models is not None
    for threshold, found in ((0.0, 1), (1.01, 0)):
        # Only this threshold moves; the thing threshold stays the artefact's.
        lenient = dataclasses.replace(models, speakerless_threshold=threshold)
        monkeypatch.setattr(quotes_model, "load", lambda path=None, m=lenient: m)
        quotes = quotes_of(text)
        assert len(quotes) == found
        if found:
            (quote,) = quotes
            assert quote.speaker is None
            assert quote.cue is not None and quote.cue.lemma == "warn"
    monkeypatch.undo()
    raw = json.loads(quotes_model.MODEL_PATH.read_text(encoding="utf-8"))
    raw["cue"].pop("speakerless_threshold", None)
    raw["cue"]["thing_threshold"] = 0.7
    older = tmp_path / "older.json"
    older.write_text(json.dumps(raw), encoding="utf-8")
    loaded = quotes_model.load(older)
    assert loaded is not None and loaded.speakerless_threshold == 0.7


def test_a_title_case_headline_is_parsed_in_the_case_of_running_text() -> None:
    # The tagger reads every capitalised word of a headline as a name, so "Endorses" was no
    # verb and the headline's attribution was lost; parsed in running case, it is found, and
    # the Doc keeps the article's own words.
    text = ("Village Council Endorses New Ferry Timetable\n\n"
            "The village council met on Tuesday in Kilmore. The new ferry timetable starts in "
            "June, and the ferry company has hired two more crew.")
    assert said(quotes_of(text), text) == [
        ("Village Council", "Endorses", "New Ferry Timetable")]
    text = ("FERRY CREW DENOUNCES NEW ROTA\n\n"
            "The ferry crew met on Tuesday in Kilmore. The new rota starts in June.")
    assert said(quotes_of(text), text) == [("FERRY CREW", "DENOUNCES", "NEW ROTA")]
    text = ("Mayor Okafor Blasts Harbour Board Over Pier Delays\n\n"
            "Mayor Okafor spoke in Dunmore on Monday. The pier has been closed since the storm.")
    doc = annotate.parse(text)
    assert doc.text == text and doc[2].text == "Blasts" and doc[2].pos_ == "VERB"


def test_a_title_line_takes_the_case_its_words_have_in_the_body() -> None:
    known = {"blast", "blasts", "board", "pier", "delay", "delays", "over"}.__contains__
    text = ("Mayor Okafor Blasts Harbour Board Over Pier Delays\n\n"
            "Mayor Okafor spoke on Monday. The board said the pier delays were set by Harbour "
            "officials.")
    seen = truecase.view(text, known)
    assert len(seen) == len(text)
    # "board", "pier", "delays" are lower case in the body, "Okafor" and "Harbour" capitalised
    # there; "Blasts", never in the body, is a known word; "Mayor" opens the line.
    assert seen.split("\n")[0] == "Mayor Okafor blasts Harbour board over pier delays"
    assert seen.split("\n", 1)[1] == text.split("\n", 1)[1]
    # A line in running case, or one with a lower-case word of four letters, is left alone.
    plain = "The mayor Blasts the board.\n\nThe board met."
    assert truecase.view(plain, known) == plain


def test_a_headline_names_its_speaker_before_an_audience_venue_or_topic() -> None:
    # A headline shortens "X told Y:", "X said at Y:", "X said of Y:" to a name with a
    # preposition before the colon, and may open with a rubric ("EXCLUSIVE –"): the name
    # speaks the words after the colon.
    body = ("\n\nMayor Okafor spoke to the crews at the quay in Dunmore on Monday. The pier has "
            "been closed since the storm.")
    for headline, who, words in [
        ("Mayor Okafor to Ferry Crews: The pier will reopen in May.", "Mayor Okafor",
         "The pier will reopen in May."),
        ("Senator Lund at Harbour Forum: the repairs are running late.", "Senator Lund",
         "the repairs are running late."),
        ("Okafor on the Pier Repairs: ‘We Will Be Ready by May.’", "Okafor",
         "We Will Be Ready by May."),
        ("EXCLUSIVE – Mayor Okafor: Do Not Trust the Harbour Board.", "Mayor Okafor",
         "Do Not Trust the Harbour Board."),
    ]:
        text = headline + body
        found = said(quotes_of(text), text)
        assert [(s, c) for s, c, w in found if w.strip("‘’") == words.strip("‘’")] == [
            (who, ":")], (headline, found)
    # Not a line of the body: "Follow ... on Twitter:", "Still to come:" say nothing.
    text = ("Harbour works near the end\n\nThe pier has been closed since the storm.\n\n"
            "Follow Ann Berg on Twitter: @annberg for the latest news.\n\n"
            "Still to come: results from the northern ports and the islands.")
    assert [c for _s, c, _w in said(quotes_of(text), text) if c == ":"] == []


def test_an_object_with_an_as_predicate_is_a_small_clause_not_a_thing() -> None:
    # "see X as Y", "regards X as Y": the object and its predicate state a view (X is Y), so a
    # cue with no verb after it still reports one; an adjective after "as" is a predicate
    # wherever the parser hangs it.
    for text, who, cue, content in [
        ("Many islanders see the harbour master as a friend of the fishing fleet.",
         "Many islanders", "see", "the harbour master as a friend of the fishing fleet"),
        ("Most ferry workers see the new timetable as unfair.", "Most ferry workers", "see",
         "the new timetable as unfair"),
        ("The captain regards the storm season as the hardest test of the crew.",
         "The captain", "regards", "the storm season as the hardest test of the crew"),
    ]:
        assert said(quotes_of(text), text) == [(who, cue, content)], text
    # A word that is a cue in few of its uses keeps the thing check: a role given to a thing
    # ("used the pier as a car park") or to the subject ("entered the market as a newcomer")
    # states no one's view.
    for text in ["The council used the old pier as a car park.",
                 "The ferry company entered the market as a newcomer."]:
        assert said(quotes_of(text), text) == [], text


def test_a_verb_no_lexicon_knows_that_judges_its_object_through_as_is_read_as_a_cue() -> None:
    # "skewered X as naive": a verb that gives its object an adjective through "as" judges it,
    # so the cue model reads a verb it has never seen in that frame as one of the attribution
    # verbs, as a quotation's layout lets a verb of manner of speaking frame it.
    for text, who, cue, content in [
        ("Columnists skewered the harbour plan as naive.", "Columnists", "skewered",
         "the harbour plan as naive"),
        ("Rivals tarred the mayor as reckless before the vote.", "Rivals", "tarred",
         "the mayor as reckless"),
    ]:
        assert said(quotes_of(text), text) == [(who, cue, content)], text
    # A noun after "as" may be a role, not a judgement.
    text = "The crew repainted the old ferry as a floating café."
    assert said(quotes_of(text), text) == []


def test_an_as_frame_reports_the_clause_it_is_set_in() -> None:
    # "As X said, CLAUSE": the "as" clause hangs on the main verb as an adverbial, so the
    # verb of saying has no complement of its own; what it reports is the clause around it,
    # whether the frame opens it, sits inside it or closes it.
    text = "As the mayor said, the ferry has not run since May."
    found = said(quotes_of(text), text)
    assert found == [("the mayor", "said", "the ferry has not run since May")], found
    text = "The ferry, as the harbour master noted on Friday, has not run since May."
    found = said(quotes_of(text), text)
    assert found == [("the harbour master", "noted",
                      "The ferry … has not run since May")], found
    text = "The ferry has not run since May, as the Harbour Gazette reported."
    found = said(quotes_of(text), text)
    assert found == [("the Harbour Gazette", "reported", "The ferry has not run since May")], found
    # A verb with a complement of its own reports that ("as she said that ...").
    text = "The pier stayed shut as the mayor said that repairs would take a year."
    found = said(quotes_of(text), text)
    assert found == [("the mayor", "said", "that repairs would take a year")], found

def test_an_according_to_frame_set_after_a_conjunction_reports_only_the_clause_it_opens() -> None:
    # "In so doing, the administration legitimizes unfair complaints ..., even though,
    # according to Allen, the White House probably couldn't do much ...": the frame interrupts
    # the clause "even though" opens, and reports that clause alone, not the writer's main
    # clause before the conjunction; a predicate sharing the subject before the conjunction
    # keeps both sides.
    text = ("In doing so, the council angers the fishermen, even though, according to Berg, the "
            "harbour could not do much to help them.")
    assert ("Berg", "according to", "the harbour could not do much to help them") in said(
        quotes_of(text), text), said(quotes_of(text), text)
    text = ("The mayor says the pier is safe, but, according to the harbour office, it will "
            "close in May.")
    assert ("the harbour office", "according to", "it will close in May") in said(
        quotes_of(text), text), said(quotes_of(text), text)
    text = ("The ferry passed its trials and, according to the harbour office, needs no more "
            "repairs.")
    assert ("the harbour office", "according to",
            "The ferry passed its trials … needs no more repairs") in said(
        quotes_of(text), text), said(quotes_of(text), text)
    text = ("The new ferry, according to the harbour office, will cost $4 million.")
    assert ("the harbour office", "according to", "The new ferry … will cost $4 million") in said(
        quotes_of(text), text), said(quotes_of(text), text)
