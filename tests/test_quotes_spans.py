"""Where a quote's content starts and ends, and which cues reach one (issue 16, fourth round).
Every sentence here is invented for the test."""

from __future__ import annotations

from tests.test_quotes_meaning import quotes_of, said


def test_a_paragraph_that_is_only_a_quotation_continues_the_speaker() -> None:
    """A paragraph ending with a quotation or its short frame, then a paragraph that is one
    quotation and nothing else: the same speaker goes on.  A paragraph with its own words
    around the quotation stops it."""
    text = ("“We started early,” the coach said. “The players were ready.”\n\n"
            "“Nobody expected the storm to last all night.”\n\n"
            "The match was cancelled. “It was a shame,” the captain said.\n\n"
            "“We will play again in March.”\n\n"
            "The team left the ground. “Fine,” the referee said, walking out of the room.\n\n"
            "“Later.” The bus was waiting.")
    found = said(quotes_of(text), text)
    assert ("the coach", "said", "We started early, … The players were ready. … "
            "Nobody expected the storm to last all night.") in found
    assert ("the captain", "said", "It was a shame, … We will play again in March.") in found
    assert ("the referee", "said", "Fine,") in found


def test_an_opening_according_to_ends_its_source_at_the_comma() -> None:
    """The parser hangs the clause's subject on the source of a long opening "According to":
    the source stops at its comma and the rest of the sentence is the content; a source with
    an appositive keeps it when the clause has its own subject."""
    text = ("According to early results of the exit polls conducted for the Associated Press "
            "by Edison Research, majorities of Democratic voters in Alabama want a continuation "
            "of the current policies. According to John Smith, a senior official, the plan "
            "failed.")
    found = said(quotes_of(text), text)
    assert ("early results of the exit polls conducted for the Associated Press by Edison "
            "Research", "According to", "majorities of Democratic voters in Alabama want a "
            "continuation of the current policies") in found
    assert ("John Smith, a senior official", "According to", "the plan failed") in found


def test_an_occasion_of_the_saying_stays_out_of_the_content() -> None:
    """The part model sees what a preposition's object is ("at a press conference", "on
    Tuesday"): the place or occasion of the saying is no part of what was praised."""
    text = "The governor praised the new budget at a press conference in Albany."
    found = said(quotes_of(text), text)
    assert ("The governor", "praised", "the new budget") in found


def test_a_learned_cue_in_a_bare_frame_quotes_like_a_verb_of_saying() -> None:
    """"“...,” the minister continued. “...”": a verb outside the lexicon of saying that the
    cue model knows as a cue frames the quotation beside it, and the quotation after the
    frame goes on; with an object of its own ("called the plan “...” and threatened") it is
    no bare frame."""
    text = ("“The first loser of such a policy would be the farmers,” the minister continued. "
            "“If the border closes, the harvest rots.”")
    found = said(quotes_of(text), text)
    assert ("the minister", "continued", "The first loser of such a policy would be the "
            "farmers, … If the border closes, the harvest rots.") in found


def test_the_quotation_after_a_frame_with_an_addressee_goes_on() -> None:
    """"“...,” Kaine told the radio station. “...”": the rest of the frame's sentence is
    narration and the quotation after it is the same speaker's; another verb of saying in
    that rest ends the quote."""
    text = ("“The budget is fair, but the timing is wrong,” Mayor Lena Ortiz told the radio "
            "station. “We will vote on it in June.”\n\n"
            "“The bridge will open soon,” the engineer told reporters, and the mayor said the "
            "date was not fixed. “Nobody knows when.”")
    found = said(quotes_of(text), text)
    assert ("Mayor Lena Ortiz", "told", "The budget is fair, but the timing is wrong, … "
            "We will vote on it in June.") in found
    assert ("the engineer", "told", "The bridge will open soon,") in found


def test_a_quotation_finishing_the_writers_sentence_is_mixed_with_its_lead_in() -> None:
    """"The people of this town “deserve ...,” she said": the words before a quotation that
    opens mid-sentence are part of what she said; with a verb of saying among them
    ("insisted that he has “...,” claiming") they belong to another frame."""
    text = ("The people of this town “deserve someone who is with them and who fights for "
            "them,” she said. The senator insisted that he has “expanded the party,” claiming "
            "credit for the surge.")
    quotes = quotes_of(text)
    found = said(quotes, text)
    assert ("she", "said", "The people of this town “deserve someone who is with them and who "
            "fights for them,”") in found
    assert [q.kind for q in quotes if q.cue is not None and q.cue.text == "said"] == ["mixed"]
    # The one claiming is the senator who insisted, not the "he" of what he insisted.
    assert ("The senator", "claiming", "expanded the party,") in found


def test_a_frame_asked_about_something_still_lets_the_quotation_go_on() -> None:
    text = ("“It was a long night,” the coach told reporters when asked about the delay. "
            "“We will be ready on Sunday.”")
    assert ("the coach", "told", "It was a long night, … We will be ready on Sunday.") in said(
        quotes_of(text), text)


def test_a_quoted_show_before_a_cue_with_its_own_clause_is_not_the_quote() -> None:
    """"Wednesday on the channel’s “Night Talk,” Ada Brook said if ... it would be ...": the
    cue reports the clause after it; the quoted words before it name the show."""
    text = ("Wednesday on the evening channel’s “Night Talk,” Senator Ada Brook said if the "
            "mayor picked her it would be a strong ticket.\n\n“We will win,” she said on Tuesday.")
    found = said(quotes_of(text), text)
    assert ("Senator Ada Brook", "said", "if the mayor picked her it would be a strong "
            "ticket") in found
    assert not [c for _s, _c, c in found if "Night Talk" in c]
    assert ("she", "said", "We will win,") in found


def test_a_frame_closing_its_paragraph_with_a_comma_quotes_the_next_one() -> None:
    text = ("The speaker was firm. Ryan said,\n\n“Look, these images have no place in a "
            "campaign. The tweet was deleted.”\n\nThe crowd cheered.")
    assert ("Ryan", "said", "Look, these images have no place in a campaign. The tweet was "
            "deleted.") in said(quotes_of(text), text)


def test_a_clause_of_time_with_its_own_saying_stays_in_the_content() -> None:
    """"He said he was undecided until the mayor said she would run": a clause of time is part
    of what he said; "while Y insisted B" is a contrasted attribution of its own."""
    text = ("The farmer said he was undecided about the vote until the mayor said she would run "
            "again.")
    assert ("The farmer", "said", "he was undecided about the vote until the mayor said she "
            "would run again") in said(quotes_of(text), text)


def test_a_closing_relative_clause_leaves_the_content() -> None:
    """"said that ... the budget, which she declared a victory": the relative clause that closes
    the content is the speaker's second attribution or the writer's note on the noun, not part
    of the first (PolNeAR drops it more often than it keeps it)."""
    text = ("The mayor said that the council had finally approved the new budget, which she "
            "declared a victory for the workers. The treasurer said that the city would sell "
            "the old depot, which had stood empty for years.")
    found = said(quotes_of(text), text)
    assert ("The mayor", "said", "that the council had finally approved the new budget") in found
    assert ("The treasurer", "said", "that the city would sell the old depot") in found
    text = "The minister praised Senator Lund, who has led the committee since 2019."
    assert said(quotes_of(text), text) == [("The minister", "praised", "Senator Lund")]


def test_a_second_verb_in_the_cues_form_ends_the_content() -> None:
    """"said that A had admitted ..., and questioned why ...": the parser hangs "questioned"
    on "admitted", but it takes the cue's form and no subject of its own; it is a second thing
    the speaker did, an attribution of the same speaker.  A verb in the content's own form
    stays ("would repair the bridge and widen the road")."""
    text = ("An official said that the hacker had admitted to a federal crime on camera, and "
            "questioned why he would do so if it was not true. The engineer said that the city "
            "would repair the bridge and widen the road.")
    found = said(quotes_of(text), text)
    assert ("An official", "said", "that the hacker had admitted to a federal crime on "
            "camera") in found
    assert ("An official", "questioned", "why he would do so if it was not true") in found
    assert ("The engineer", "said", "that the city would repair the bridge and widen the "
            "road") in found


def test_a_participle_after_a_quotations_comma_starts_its_own_attribution() -> None:
    """"insisted that she has “rebuilt the harbour,” claiming that ...": the comma sits inside
    the closing mark, and the participle still starts a second attribution."""
    text = ("The governor insisted that he has “expanded the fishing fleet,” claiming that he "
            "is responsible for higher catches in the northern ports.")
    found = said(quotes_of(text), text)
    assert ("The governor", "insisted", "that he has “expanded the fishing fleet,”") in found
    assert ("The governor", "claiming",
            "that he is responsible for higher catches in the northern ports") in found


def test_a_participle_cue_after_a_comma_ends_the_content_before_it() -> None:
    """"X said A, calling B C": a participle after a comma that the cue model knows as a cue
    in a fair share of its uses ("calling", "accusing"), not only a verb of saying
    (", adding that"), starts an attribution of its own; the content before it ends at its
    comma."""
    text = "The mayor said the ferry would run again by May, calling the long delay a disgrace."
    found = said(quotes_of(text), text)
    assert ("The mayor", "said", "the ferry would run again by May") in found


def test_an_attitude_noun_after_a_verb_of_expressing_goes_with_the_cue() -> None:
    """"expressed concern that ...", "voiced her hope that ...": a verb of expressing
    (``expressing_verbs``) with a noun of belief or feeling (``attitude_nouns``) and its
    "that" clause: verb and noun are the cue, the clause is the content."""
    text = ("The harbour master expressed concern that the old pier would collapse in the next "
            "storm. The mayor voiced her hope that the ferry would run again by May.")
    found = said(quotes_of(text), text)
    assert ("The harbour master", "expressed concern",
            "that the old pier would collapse in the next storm") in found
    assert ("The mayor", "voiced her hope", "that the ferry would run again by May") in found


def test_a_raising_verb_reports_through_its_infinitive() -> None:
    """"She appeared to imply that ...", "he seems to feel the case is lost": the cue runs
    from the raising verb to its infinitive, and the infinitive's clause is the content."""
    text = "The ferry captain seems to feel the season is already lost."
    found = said(quotes_of(text), text)
    assert ("The ferry captain", "seems to feel", "the season is already lost") in found


def test_a_closing_appositive_describing_a_noun_is_the_writers_note() -> None:
    """"said the ferry would stop at Lindholm, a village of two hundred people": a closing
    appositive opened by an article describes a noun of the content for the reader, as a
    closing ", which" clause does, and the content ends at its comma; a list the parser took
    for an appositive ("on the harbour, the pier and the ferry") stays whole."""
    text = ("The mayor said the ferry would stop at Lindholm, a village of two hundred people. "
            "The captain said they differ on the harbour, the pier and the ferry schedule.")
    found = said(quotes_of(text), text)
    assert ("The mayor", "said", "the ferry would stop at Lindholm") in found
    assert ("The captain", "said",
            "they differ on the harbour, the pier and the ferry schedule") in found


def test_a_second_act_with_its_own_auxiliary_ends_the_content() -> None:
    """"said that he would offer a prayer for the winner but did not say who it would be",
    "insists the port must grow, and has promised new cranes": a subjectless verb whose
    auxiliary has the cue's form (past "did", present "has"), coordinated with the reported
    verb under another form ("would offer", "must grow"), is a second thing the speaker did;
    the content ends before its link, and the speaker of the cue speaks it."""
    text = ("The bishop said that he would offer a prayer for the new mayor but did not predict "
            "who it would be.")
    found = said(quotes_of(text), text)
    assert ("The bishop", "said", "that he would offer a prayer for the new mayor") in found
    assert not any(cue == "said" and "predict" in content for _who, cue, content in found)


def test_a_speakers_own_second_act_after_his_pronoun_ends_the_content() -> None:
    """"says she respects the harbour board and calls it the best ...": a subjectless verb
    of saying or judging ("calls", "accused"), in the cue's own form, coordinated with a
    reported verb whose subject is a pronoun agreeing with the speaker: whichever verb it
    hangs on, its doer is the speaker, so it is the speaker's second act, an attribution of
    its own.  Another subject ("said the skipper attacked the board and accused it ...", the
    one reported may have accused), a verb that is no act of saying ("and visits it"), a
    negated one or one reporting a clause of its own ("and expects to leave") stay in the
    content."""
    text = ("The mayor says she respects the harbour board and calls it the best in the region. "
            "The captain did say he found the ferry comfortable and called its timetable "
            "“a joke.”")
    found = said(quotes_of(text), text)
    assert ("The mayor", "says", "she respects the harbour board") in found
    assert ("The mayor", "calls", "it the best in the region") in found
    assert ("The captain", "say", "he found the ferry comfortable") in found
    kept = ("The pilot said the skipper attacked the board and accused it of lying. "
            "The mayor says she respects the harbour board and visits it every week. "
            "The clerk says he is proud of the vote and expects to win again.")
    found = said(quotes_of(kept), kept)
    assert ("The pilot", "said", "the skipper attacked the board and accused it of lying") in found
    assert ("The mayor", "says", "she respects the harbour board and visits it every week") in (
        found)
    assert ("The clerk", "says", "he is proud of the vote and expects to win again") in found


def test_a_speakers_own_second_act_after_a_chain_of_conjuncts_ends_the_content() -> None:
    """"says she'd sit X down and tell him “...” and tells the crowd ...": the parser hangs
    the speaker's second act on the last of the reported verbs, itself a conjunct of the
    first.  In the cue's form ("tells", like "says") and not in the form of the verb it hangs
    on ("tell", under "'d"), it shares neither that verb's subject nor its auxiliary, so it is
    the speaker's second act even when it reports a clause of its own, with the speaker of
    the cue, not the reported pronoun."""
    text = ("The mayor says she’d sit the minister down and tell him “no more excuses” and "
            "tells the crowd she was the first to ask for a new pier. "
            "The skipper says he would call the minister and tell him “enough” and tells the "
            "harbour board he was right all along.")
    found = said(quotes_of(text), text)
    assert ("The mayor", "says", "she’d sit the minister down and tell him “no more excuses”") in (
        found), found
    assert ("The mayor", "tells", "she was the first to ask for a new pier") in found, found
    assert ("The skipper", "says", "he would call the minister and tell him “enough”") in found
    assert ("The skipper", "tells", "he was right all along") in found, found


def test_a_content_that_starts_inside_a_quotation_runs_to_its_close() -> None:
    """"wrote “I believe the players were tired. They needed ...”": the reported clause
    starts inside the quotation, and the content runs to the closing mark, not only to the
    end of the clause the parser found."""
    text = ("In his letter the coach wrote “I believe the players were tired. They needed a "
            "week off before the final.”")
    found = said(quotes_of(text), text)
    assert any(cue == "wrote" and content.startswith("I believe the players were tired.")
               and "week off before the final" in content for _who, cue, content in found)


def test_a_content_that_is_a_whole_quotation_is_direct() -> None:
    """"wrote “I believe ... before the final.”": a content that is exactly the words of one
    quotation is the speaker's own words, a direct quote; a quotation inside reported words
    ("said that the ferry was “a disgrace ...”") stays mixed."""
    text = ("In his letter the coach wrote “I believe the players were tired. They needed a "
            "week off before the final.” The mayor said that the ferry was “a disgrace to this "
            "town and its people.”")
    kinds = {q.cue.text: q.kind for q in quotes_of(text) if q.cue is not None}
    assert kinds["wrote"] == "direct"
    assert kinds["said"] == "mixed"


def test_a_connective_opening_the_sentence_is_the_writers() -> None:
    """"Even so, the harbour made a profit, according to its accounts", "In fact, neither
    plan would help the fishermen, analysts say": a connective with its comma that opens the
    sentence (``grammar.CONNECTIVES``) links it to the writer's sentence before and is no
    part of what the source said."""
    text = ("The season was poor. Even so, the harbour made a profit in March, according to its "
            "annual accounts. In fact, neither plan would help the fishermen, analysts say.")
    found = said(quotes_of(text), text)
    assert ("its annual accounts", "according to", "the harbour made a profit in March") in found
    assert ("analysts", "say", "neither plan would help the fishermen") in found


def test_a_new_clause_after_comma_but_ends_the_content() -> None:
    """"said that the pier is unsafe, and the harbour board has closed it": a
    clause coordinated with the reported one after ", but" or ", and", with a subject of its
    own, is the writer's next statement; ", and that ..." (a second reported clause) and a
    comma inside a quotation stay in the content."""
    text = ("The inspector said that the pier is unsafe, and the harbour board has closed it. "
            "The mayor said the pier was unsafe, and that the ferry would stop until May.")
    found = said(quotes_of(text), text)
    assert ("The inspector", "said", "that the pier is unsafe") in found
    assert ("The mayor", "said",
            "the pier was unsafe, and that the ferry would stop until May") in found


def test_a_coordinated_attribution_of_thought_ends_the_content() -> None:
    """"said nothing had changed since May and the auditors agreed that ...": a verb of
    attribution with a subject and a clause of its own, coordinated with the reported clause,
    is the writer's next attribution, with or without a comma, as "X argued A, while Y
    insisted B" is; a plain second fact stays in the content."""
    text = ('A ferry spokesman said "nothing has changed" since Friday and auditors agreed that '
            "by any measure the firm could pay its debts. The mayor said the pier was shut and "
            "the ferry was late.")
    found = said(quotes_of(text), text)
    spokesman = [content for who, _, content in found if who == "A ferry spokesman"]
    assert len(spokesman) == 1 and spokesman[0].endswith("since Friday")
    assert ("auditors", "agreed", "that by any measure the firm could pay its debts") in found
    assert ("The mayor", "said", "the pier was shut and the ferry was late") in found


def test_a_participle_of_saying_after_the_cue_joins_it() -> None:
    """"responded, saying ...", "replied on Monday, saying that ...": a content that opens
    with a participle of saying hung on the cue is the participle's clause, and the
    participle joins the cue; it makes no second quote."""
    text = ("The harbour master responded, saying the pier would be repaired by May. "
            "The council replied on Monday, saying that the budget was already spent.")
    found = said(quotes_of(text), text)
    assert ("The harbour master", "responded, saying",
            "the pier would be repaired by May") in found
    assert ("The council", "replied on Monday, saying",
            "that the budget was already spent") in found
    assert len(found) == 2


def test_a_light_verb_with_a_speech_act_noun_takes_the_noun_into_the_cue() -> None:
    """"made no mention of X", "launched an attack against X", "renewed calls for X", "made
    the case that ...": a light verb (``light_verbs``) whose object names a speech act
    (``speech_act_nouns``) carries it out; verb, noun and preposition are the cue and what
    they are about is the content.  A noun of a stance ("expressed her support for X") stays
    in the content, as PolNeAR marks it.  (A content with no verb, "made no mention of the
    ferry", is kept only when the cue model is sure, as for any weak cue.)"""
    text = ("In her speech the mayor made no mention of the plan to close the harbour. The "
            "union launched a fierce attack against the plan to close the harbour. The captain "
            "made the case that the old pier should close. The mayor expressed her support for "
            "the new ferry.")
    found = said(quotes_of(text), text)
    assert ("the mayor", "made no mention of", "the plan to close the harbour") in found
    assert ("The union", "launched a fierce attack against",
            "the plan to close the harbour") in found
    assert ("The captain", "made the case", "that the old pier should close") in found
    assert ("The mayor", "expressed", "her support for the new ferry") in found


def test_a_learned_cue_whose_content_is_a_quotation_goes_on_quoting() -> None:
    """"“...,” she reflected. “...”": a cue the learned stage finds, with a whole quotation
    before it as its content, is a direct quote, and the quotation after its frame goes on
    as after a verb of saying."""
    text = ("“The harbour will never be the same again after the storm,” she reflected. "
            "“We lost everything in one night.”")
    found = said(quotes_of(text), text)
    assert ("she", "reflected", "The harbour will never be the same again after the storm, … "
            "We lost everything in one night.") in found


def test_a_time_right_after_the_cue_dates_the_saying() -> None:
    """"said Tuesday the pier was unsafe", "said last week she had met the minister": a time
    between the cue and the reported clause's subject dates the saying and is no part of the
    content; a time inside the subject ("said Tuesday's vote was ...") stays."""
    text = ("The mayor said Tuesday the pier was unsafe. Ortiz said last week she had met the "
            "minister. Officials said Tuesday's vote was a disaster.")
    found = said(quotes_of(text), text)
    assert ("The mayor", "said", "the pier was unsafe") in found
    assert ("Ortiz", "said", "she had met the minister") in found
    assert ("Officials", "said", "Tuesday's vote was a disaster") in found


def test_made_it_clear_is_the_cue_of_its_clause() -> None:
    """"made it clear that ...", "has made it plain she will not resign": "make" with an
    adjective of showing ("clear", "plain") and a clause; "made (it) clear" is the cue and
    the clause the content."""
    text = ("The harbour master made it clear that he would stay. The mayor has made it plain "
            "she will not resign.")
    found = said(quotes_of(text), text)
    assert ("The harbour master", "made it clear", "that he would stay") in found
    assert ("The mayor", "made it plain", "she will not resign") in found


def test_a_second_infinitive_hung_on_the_cue_stays_in_the_content() -> None:
    """"said the goal was not to “make the harbour great again” but to “make the harbour
    whole again”": an infinitive with no subject and no finite form that the parser hangs
    on the cue is no second act of the speaker's; the content runs through it."""
    text = ("The mayor said the goal was not to “make the harbour great again” but to “make "
            "the harbour whole again.”")
    found = said(quotes_of(text), text)
    assert ("The mayor", "said", "the goal was not to “make the harbour great again” but to "
            "“make the harbour whole again.”") in found


def test_a_speech_act_clause_the_parser_split_runs_through_both_parts() -> None:
    """"made the point that the old pier, battered by ..., would close": the parser hangs the
    clause's start on the noun and its verb on the light verb; the content runs through
    both."""
    text = ("The captain made the point that the old pier, battered even further by the winter "
            "storms of the last decade, would close within a year.")
    found = said(quotes_of(text), text)
    assert ("The captain", "made the point", "that the old pier, battered even further by the "
            "winter storms of the last decade, would close within a year") in found


def test_a_that_clause_hung_on_the_occasion_is_what_was_said() -> None:
    """"said earlier on Friday during a press conference that he may wait ...": the parser
    hangs the "that" clause on the occasion's noun, as a relative clause; its "that" is a
    complementiser, not a relative pronoun, and the clause is what was said."""
    text = ("The fisherman said earlier on Friday during a press conference that he may wait "
            "until the primaries to decide who to back.")
    found = said(quotes_of(text), text)
    assert ("The fisherman", "said",
            "that he may wait until the primaries to decide who to back") in found


def test_a_typewriter_pair_of_apostrophes_is_a_quotation_mark() -> None:
    """"''We will not rebuild it,'' she said. ''It is too late ...''": some papers (the New
    York Times in PolNeAR) write each double quotation mark as two apostrophes, opening and
    closing alike.  Read as marks, the quotation is a direct quote of its frame, the
    quotation after the frame goes on, and the sentence before the quotation (which the
    parser closes with the opening pair) is no lead-in; a quotation opening mid-sentence
    still takes the words before it."""
    from newsdesk.extract.quotes_marks import find_quotations
    from newsdesk.model import Span

    text = ("The mayor was blunt. ''We will not rebuild the pier,'' she said. ''It is too late "
            "for that. The money is gone.''\n\n"
            "The ferry workers ''deserve a harbour that is safe,'' the union's chairman said.")
    marks = find_quotations(text, [Span(0, len(text))])
    assert [text[q.content.start : q.close] for q in marks] == [
        "We will not rebuild the pier,", "It is too late for that. The money is gone.",
        "deserve a harbour that is safe,"]
    assert all(text[q.open : q.content.start] == "''" == text[q.close : q.end] for q in marks)
    found = said(quotes_of(text), text)
    assert ("she", "said", "We will not rebuild the pier, … It is too late for that. The money "
            "is gone.") in found
    assert ("the union's chairman", "said", "The ferry workers ''deserve a harbour that is "
            "safe,''") in found


def test_mixed_double_marks_pair_by_their_shape() -> None:
    """Pages that mix their double marks ("“...\\"", "\\"...”", "“...,“ said", "”...”") still
    pair them: a mark of another kind closes a quotation where it is shaped as a closer (after
    a word or a stop, before a space, a stop or the line's end), opens one inside it where it
    is shaped as an opener ('"... not about “safety first” anymore ...': a nested quotation,
    not the end), and a stray opener of the same kind still reopens."""
    from newsdesk.extract.quotes_marks import find_quotations
    from newsdesk.model import Span

    cases = {
        "“It is unusual,“ said Ada Berg. “It is hard to do.”": ["It is unusual,",
                                                              "It is hard to do."],
        "Voters would “definitely not support\" him, the poll found.": ["definitely not support"],
        "\"I do not think so,” Berg said.": ["I do not think so,"],
        "aides would not let him ”get close to the plan.” Berg said.": ["get close to the plan."],
        "\"The pier is not about “safety first” anymore. It is a ruin.": [
            "The pier is not about “safety first” anymore. It is a ruin."],
        "“A stray opener here “and the real one.” he said.": ["and the real one."],
    }
    for text, inner in cases.items():
        marks = find_quotations(text, [Span(0, len(text))])
        assert [text[q.content.start : q.close] for q in marks] == inner, text
    text = "“The ferry will not run again this winter,\" the harbour master said."
    assert ("the harbour master", "said", "The ferry will not run again this winter,") in said(
        quotes_of(text), text)


def test_the_object_an_infinitive_is_said_of_stays_in_the_content() -> None:
    """"urged voters to back the pier", "asked the congregation to stand": who is urged or
    asked to act is part of what was urged or asked (PolNeAR keeps such an object about three
    times in four), also where the part model took the infinitive alone."""
    text = ("The pastor asked the congregation to stand for a minute of silence. "
            "The mayor urged them to support another candidate.")
    found = said(quotes_of(text), text)
    assert ("The pastor", "asked", "the congregation to stand for a minute of silence") in found
    assert ("The mayor", "urged", "them to support another candidate") in found


def test_a_content_never_ends_inside_a_hyphenated_word() -> None:
    """The parser cut "co-operate" into three clauses of the cue and the content ended at
    "co"; the written word, and what its second half governs, stay in the content."""
    text = "Norlund said it would co-operate fully with any investigation."
    found = said(quotes_of(text), text)
    assert ("Norlund", "said", "it would co-operate fully with any investigation") in found


def test_what_a_colon_after_the_content_spells_out_is_reported_too() -> None:
    """"noted that his was the only ferry still running: the others had stopped", "is hoping
    to win back riders in towns that lost their service: Lindholm, Brekke and Sola": the words
    after a colon that ends a reported content spell it out, and PolNeAR's content runs on
    through them; a sentence after the colon with a verb of saying of its own is another
    attribution and stays apart."""
    text = ("Okafor noted that his was the only ferry still running in March: the others had "
            "stopped in February. The ferry company is still hoping to win back riders in towns "
            "that lost their service: Lindholm, Brekke and Sola. The mayor said the council had "
            "found a buyer for the pier: He said the sale would close in May.")
    found = said(quotes_of(text), text)
    assert ("Okafor", "noted", "that his was the only ferry still running in March: the others "
            "had stopped in February") in found
    assert ("The ferry company", "hoping", "to win back riders in towns that lost their "
            "service: Lindholm, Brekke and Sola") in found
    assert ("The mayor", "said", "the council had found a buyer for the pier") in found
    assert ("He", "said", "the sale would close in May") in found


def test_a_quotation_a_scrape_broke_at_a_sentence_closes_on_the_next_line() -> None:
    """A scrape that sets each sentence on a line of its own breaks a quotation of two
    sentences in two: '"The best outcome: the dike holds tonight.' / 'The worst: this water
    could stay for weeks," Minister Tomas Berg said ...'.  The second line's first mark,
    shaped as a closer, closes the quotation the line before left open; read alone it opened
    one, and the minister's frame was quoted with "The worst: this water" its speaker (or, the
    marks unpaired, no quote was found at all)."""
    text = ("Villagers on the coast stacked sandbags through the night.\n"
            "\"The best outcome: the dike holds tonight.\n"
            "The worst: this water could stay for weeks,\" Water Minister Tomas Berg said as "
            "he toured the region.\n"
            "The army sent two more units.\n")
    found = said(quotes_of(text), text)
    assert [q for q in found if q[1] == "said"] == [
        ("Water Minister Tomas Berg", "said",
         "The best outcome: the dike holds tonight.\nThe worst: this water could stay for "
         "weeks,")], found


def test_a_participle_after_the_frames_comma_is_no_part_of_what_the_frame_reports() -> None:
    """"The mayor warned against closing the ferry, calling the plan reckless": a participle
    with no subject of its own hung on the cue after a comma is the speaker's next act (a
    saying of its own here), not the clause that "Officials say, ..." reports; the cue keeps
    its own complement.  A clause with its own subject after the comma is still reported."""
    text = ("The mayor warned against closing the ferry, calling the plan reckless. "
            "The harbour master cautioned against new fees, arguing that the fishermen could "
            "not pay them.")
    found = said(quotes_of(text), text)
    assert ("The mayor", "warned", "closing the ferry") in found, found
    assert ("The mayor", "calling", "the plan reckless") in found, found
    assert ("The harbour master", "cautioned", "new fees") in found, found
    assert not any(cue in ("warned", "cautioned") and content.startswith(("calling", "arguing"))
                   for _, cue, content in found), found
    text = "Officials say, the pier is unsafe."
    assert said(quotes_of(text), text) == [("Officials", "say", "the pier is unsafe")]


def test_a_participle_cues_own_second_participle_is_no_part_of_its_content() -> None:
    # "urging voters to see ... and promising to repair ...": the parser hangs "promising" on
    # the infinitive "see", but it is in the cue's form (a participle), not its head's, with
    # no subject of its own, and a verb of saying or judging: the speaker's second act, as
    # for finite cues ("urged ... and proposed"), an attribution PolNeAR marks apart.
    text = ("She closed the rally urging voters to see the larger picture and promising to "
            "repair the harbour wall.")
    assert said(quotes_of(text), text) == [
        ("She", "urging", "voters to see the larger picture"),
        ("She", "promising", "to repair the harbour wall"),
    ]
