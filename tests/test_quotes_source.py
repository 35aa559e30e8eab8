"""Who the source of an attribution is (issue 16, source F1): the subject an infinitive
complement shares, a raising verb that has no speaker, and the other speaker rules measured on
PolNeAR train articles 1-120.  Every sentence here is invented for the test."""

from __future__ import annotations

from tests.test_quotes_meaning import quotes_of, said


def test_an_infinitive_complement_shares_its_governors_subject() -> None:
    text = ("Dockworkers in the northern ports are more likely to say that the strike should "
            "go on. The union will have to continue to argue that wages must rise.")
    found = said(quotes_of(text), text)
    assert ("Dockworkers in the northern ports", "say", "that the strike should go on") in found
    assert ("The union", "argue", "that wages must rise") in found


def test_an_object_controls_the_infinitive_not_the_subject() -> None:
    text = "The mayor urged the harbour master to say that the quay was safe."
    found = said(quotes_of(text), text)
    assert ("The mayor", "say", "that the quay was safe") not in found
    assert ("The mayor", "urged", "the harbour master to say that the quay was safe") in found


def test_a_raising_verb_has_no_speaker_and_its_subject_is_content() -> None:
    text = "The harbour figures appear to be fabricated, and the fishermen seem ready to strike."
    found = said(quotes_of(text), text)
    assert ("", "appear", "The harbour figures … to be fabricated") in found
    assert ("", "seem", "the fishermen … ready to strike") in found


def test_a_raising_verb_over_an_attribution_keeps_its_subject_as_speaker() -> None:
    """"She appeared to imply that ...": however it looks, she implies; the subject of a
    raising verb whose complement is a cue word speaks.  The cue runs to the infinitive
    ("appeared to imply") and the content is the infinitive's clause, as PolNeAR marks it."""
    text = "The harbour master appeared to imply that the quay was unsafe."
    found = said(quotes_of(text), text)
    assert ("The harbour master", "appeared to imply", "that the quay was unsafe") in found


def test_an_agentless_passive_is_an_attribution_with_no_speaker() -> None:
    """"is expected to", "it was revealed that", "Asked whether ..., she said": PolNeAR marks
    these with no source; the one asked is not the asker, and the speaker of the main clause
    keeps his own quote."""
    text = ("The ferry company is expected to resume service to the islands on Monday. "
            "It was revealed in March that the harbour master had used a private account. "
            "Asked whether the quay was safe, the harbour master said he had no doubts.")
    found = said(quotes_of(text), text)
    assert ("", "expected", "The ferry company … to resume service to the islands on Monday"
            ) in found
    assert ("", "revealed", "that the harbour master had used a private account") in found
    assert ("", "Asked", "whether the quay was safe") in found
    assert ("the harbour master", "said", "he had no doubts") in found


def test_a_perfect_participle_is_no_passive() -> None:
    """"Having announced that he would retire, ..." is the harbour master's own act, not an
    attribution said by no one."""
    text = "Having announced that he would retire, the harbour master thanked the crews."
    assert not [c for s, c, _ in said(quotes_of(text), text) if s == ""]


def test_a_passive_with_a_mere_thing_or_a_prescription_is_no_attribution() -> None:
    """"Mourners were offered two stamps" names no saying; "New talks should be designed to
    ..." is the writer's own view, not something said by no one."""
    text = ("Mourners were offered two kinds of stamps at the harbour. New talks should be "
            "designed to get the most out of the fishing fleet.")
    assert not [c for s, c, _ in said(quotes_of(text), text) if s == ""]


def test_a_title_case_dateline_with_its_agency_is_no_speaker() -> None:
    text = ("Bergen (AFP) – Labour leader Erna Dahl has taken a swipe at her rival Jon Berg’s "
            "stance on fishing, saying that “bombastic comments” do more harm than good.")
    found = said(quotes_of(text), text)
    assert [s for s, _c, c in found if "harm" in c] == ["Labour leader Erna Dahl"]


def test_a_party_and_state_in_brackets_is_no_dateline() -> None:
    """The hyphen of "(D-NY)" is no dateline's dash: the senator speaks, as herself."""
    text = "Sen. Erna Dahl (D-NY) told reporters that the quay was safe."
    quotes = [q for q in quotes_of(text) if "quay" in q.content_text(text)]
    assert [(q.speaker.text, q.speaker.actor) for q in quotes if q.speaker] == [
        ("Sen. Erna Dahl", "person:erna-dahl")
    ]


def test_a_place_a_comma_parts_from_the_verb_is_not_its_subject() -> None:
    text = ("Speaking at a town hall event in Salem, New Hampshire, Dahl went after Berg, "
            "calling him “a total stiff.”")
    found = said(quotes_of(text), text)
    assert [s for s, _c, c in found if "stiff" in c] == ["Dahl"]


def test_the_benchmark_joins_one_attributions_speakers() -> None:
    """Two Quotes for "A and B both said" are one PolNeAR attribution whose source spans both,
    not a match and a false alarm."""
    from tests.test_benchmark_gate import _script

    text = "Erna Dahl and Jon Berg both said the quay was safe."
    quotes = [q for q in quotes_of(text) if "quay" in q.content_text(text)]
    assert len(quotes) == 2
    atts = _script("quotes_polnear").attributions(quotes)
    assert len(atts) == 1
    assert sorted(text[a:b] for a, b in atts[0].source) == ["Erna Dahl", "Jon Berg"]


def test_a_described_speaker_runs_on_to_its_relative_pronoun() -> None:
    """PolNeAR marks "who" as the source; the span keeps the description too, and the briefing
    shows the description alone."""
    from newsdesk.synthesize.quote_sources import shown_speaker

    text = ("The harbour board hired a veteran lawyer, who said that the quay was unsafe. "
            "The star journalist, who insists that the ferry is late, met the mayor.")
    found = said(quotes_of(text), text)
    assert ("a veteran lawyer, who", "said", "that the quay was unsafe") in found
    assert ("The star journalist, who", "insists", "that the ferry is late") in found
    assert shown_speaker("The star journalist, who") == "The star journalist"
    assert shown_speaker("A campaign aide who") == "A campaign aide"
    assert shown_speaker("who") == "who"


def test_a_name_set_off_just_before_the_cue_speaks() -> None:
    text = ("In a statement to the Herald, his senior adviser, Tom Berg, said that the quay "
            "was safe. Kayhan, a Tehran newspaper close to Mr. Khamenei, asked whether the "
            "ferry would run.")
    found = said(quotes_of(text), text)
    assert ("Tom Berg", "said", "that the quay was safe") in found
    assert ("Kayhan", "asked", "whether the ferry would run") in found


def test_a_speaker_span_has_no_space_at_its_edges() -> None:
    """A non-breaking space is a token of its own; "He\\xa0" was no pronoun to resolve."""
    text = "Tom Berg met the mayor on Monday. He\xa0said that the quay was safe."
    quotes = [q for q in quotes_of(text) if "quay" in q.content_text(text)]
    assert [(q.speaker.text, q.speaker.actor) for q in quotes if q.speaker] == [
        ("He", "person:tom-berg")
    ]


def test_a_question_quoted_in_an_asked_clause_is_not_the_answer() -> None:
    """"Asked whether X “...,” 75 percent said yes": the quoted words are the question, asked
    by no one named; what the respondents said is the answer."""
    text = ("Asked whether the mayor “has the integrity to run the harbour authority,” 75 "
            "percent of fishermen said yes, but 55 percent of all voters said she does not.")
    found = said(quotes_of(text), text)
    assert ("75 percent of fishermen", "said", "yes") in found
    assert [c for s, cue, c in found if cue == "Asked"] == [
        "whether the mayor “has the integrity to run the harbour authority,”"]


def test_a_participle_read_as_the_verb_stays_in_the_subject() -> None:
    """"Large majorities of dockworkers ... going to the polls on Tuesday said ...": the
    parser takes "going" for the clause's verb (the cue its clausal subject); the speaker is
    the whole phrase before the cue, as PolNeAR marks it."""
    text = ("Large majorities of dockworkers in six harbours going to the polls on Tuesday "
            "said they support a ban on night shifts.")
    found = said(quotes_of(text), text)
    assert ("Large majorities of dockworkers in six harbours going to the polls on Tuesday",
            "said", "they support a ban on night shifts") in found
    # The parser may hang the cue on the participle instead ("going" its root, "say" a dep).
    text = ("Majorities of Democrats in five states going to the polls Tuesday say they would "
            "be glad to see the harbour rebuilt.")
    assert ("Majorities of Democrats in five states going to the polls Tuesday", "say",
            "they would be glad to see the harbour rebuilt") in said(quotes_of(text), text)


def test_a_word_standing_for_a_clause_is_what_was_said() -> None:
    """"about half said so", "three-quarters said the same of X": poll answers PolNeAR counts
    as attributions; the question before the frame is no part of the answer, and a content
    cut before a second clause keeps no dangling "and"."""
    text = ("Asked whether the ferry should run at night, about half of the fishermen said so. "
            "Six in 10 fishermen said the mayor is honest, and three-quarters said the same of "
            "the harbour master. Most dockworkers said no.")
    found = said(quotes_of(text), text)
    assert ("about half of the fishermen", "said", "so") in found
    assert ("", "Asked", "whether the ferry should run at night") in found
    assert ("Six in 10 fishermen", "said", "the mayor is honest") in found
    assert ("three-quarters", "said", "the same of the harbour master") in found
    assert ("Most dockworkers", "said", "no") in found


def test_the_one_asked_is_no_speaker_and_a_quoted_clause_lends_no_subject() -> None:
    """"Asked what ..., Berg said" (the parser may tag "Asked" a past tense): Berg answers, he
    does not ask.  "emailed supporters saying: “The struggle continues” and vowing to ...":
    the struggle vows nothing; with no speaker the grammar names, there is no quote."""
    text = ("Asked what qualities he would like the next harbour master to have, Berg said, "
            "“They should know the sea.” The senator emailed supporters saying: “The struggle "
            "continues” and vowing to compete in the final primary.")
    found = said(quotes_of(text), text)
    assert ("", "Asked", "what qualities he would like the next harbour master to have"
            ) in found
    assert not [s for s, cue, _ in found if cue == "vowing" and s == "The struggle"]



def test_a_closing_participle_after_a_quotation_is_the_reporters() -> None:
    """"said the plan could be “messy,” adding, “...”": the comma sits inside the closing
    mark, and the one adding is the governor who said it, not the plan."""
    text = ("The governor said the harbour plan could be “messy,” adding, “Democracy is "
            "messy.” Berg told the Herald that the mayor “had a crazy policy of closing the "
            "quay,” adding, “She lost all of the fishermen.”")
    found = said(quotes_of(text), text)
    assert [s for s, cue, _ in found if cue == "adding"] == ["The governor", "Berg"]
    assert ("The governor", "said", "the harbour plan could be “messy,”") in found


def test_according_to_as_a_copulas_complement_attributes_its_subject() -> None:
    """"That's according to the harbour office": the copula's subject (a pronoun standing
    for the figure before it, or a noun phrase) is what the source says, as PolNeAR marks
    it, wherever the parser hangs the subject."""
    text = ("The ferry carried twelve thousand passengers last summer. That’s according to "
            "figures released by the harbour office. The estimate is according to the county. "
            "That is according to Anna Berg.")
    found = said(quotes_of(text), text)
    assert ("figures released by the harbour office", "according to", "That") in found
    assert ("the county", "according to", "The estimate") in found
    assert ("Anna Berg", "according to", "That") in found


def test_a_first_act_the_parser_made_a_complement_lends_its_subject() -> None:
    """"Berg offered ..., then says he will ...": the parser makes the clause before the cue a
    second complement of it; that clause is the speaker's first act, and its subject speaks."""
    text = ("Berg jokingly offered the fisherman a job as harbour pilot, then says he will "
            "welcome advice from anyone who wants to help.")
    found = said(quotes_of(text), text)
    assert ("Berg", "says", "he will welcome advice from anyone who wants to help") in found
    text = ("She criticized the mayor’s record said he “is not going to fix the quay” over "
            "the next four years.")
    speakers = [s for s, c, _ in said(quotes_of(text), text) if c == "said"]
    assert speakers == ["She"]


def test_a_name_hung_on_an_earlier_noun_speaks_for_the_verb_after_it() -> None:
    """"..., at a rally for his wife Labour leader Erna Dahl, former premier Olav Dahl said
    ...": the parser hangs the speaker's name as an appositive on the noun before it and
    leaves the verb of saying with no subject; the name right before the verb speaks."""
    text = ("Monday in Oslo, at a rally for his wife Labour leader Erna Dahl, former premier "
            "Olav Dahl said his wife was ready to govern.")
    found = said(quotes_of(text), text)
    assert ("former premier Olav Dahl", "said", "his wife was ready to govern") in found


def test_a_person_placed_in_an_organisation_by_of_is_the_speaker() -> None:
    text = "Marta Lindqvist of Swedish charity Bistand said the convoy had been delayed."
    quote = quotes_of(text)[0]
    assert quote.speaker is not None and quote.speaker.actor == "person:marta-lindqvist"


def test_a_statement_speaks_for_the_person_it_comes_from() -> None:
    text = ("A statement from Prime Minister Rosa Delgado on Friday said the port would "
            "reopen next week.")
    quote = quotes_of(text)[0]
    assert quote.speaker is not None and quote.speaker.actor == "person:rosa-delgado"


def test_a_subject_does_not_end_on_the_conjunction_before_a_second_subject() -> None:
    # "Aid agencies - and some governments - have complained", as the parser read it on a
    # real page: two subjects of one verb, the first one's subtree running on to "and".
    from spacy.tokens import Doc

    from newsdesk import annotate
    from newsdesk.extract.quotes_speaker import _cut

    words = ["Farm", "unions", "-", "and", "some", "mayors", "-", "have", "complained", "."]
    heads = [1, 8, 1, 1, 5, 8, 8, 8, 8, 8]
    deps = ["compound", "nsubj", "punct", "cc", "det", "nsubj", "punct", "aux", "ROOT", "punct"]
    doc = Doc(annotate.load().vocab, words=words, heads=heads, deps=deps)
    assert doc[0 : _cut(doc, doc[1], doc[8])].text == "Farm unions"


def test_the_name_is_the_speaker_not_a_piece_of_a_hyphenated_word_before_it() -> None:
    for text in ('"We map every report," said Mapline co-founder Erik Hersby.',
                 "Mapline co-founder Erik Hersby said the map had worked."):
        quote = quotes_of(text)[0]
        assert quote.speaker is not None and quote.speaker.actor == "person:erik-hersby", text

def test_a_participle_describing_a_noun_of_people_or_words_speaks_for_it() -> None:
    """"gave $3 million to a group backing the mayor", "emails from staff members suggesting
    that ...", "911 calls saying that ...": a present participle describing a noun of people
    or of words, with no subject of its own, says what they say; the noun phrase is the
    source, as PolNeAR marks it."""
    text = ("The shipping magnate gave two million dollars to a group backing the harbour "
            "mayor. The file included emails from staff members suggesting that the strike "
            "should end. Police received 911 calls saying that shots had been fired near the "
            "pier.")
    found = said(quotes_of(text), text)
    assert ("a group", "backing", "the harbour mayor") in found
    assert ("staff members", "suggesting", "that the strike should end") in found
    assert ("911 calls", "saying", "that shots had been fired near the pier") in found


def test_the_addressee_of_a_saying_hears_the_participle_and_a_device_speaks_not() -> None:
    """"The senator emailed supporters saying that ...": the supporters are written to, the
    senator says it; "heard on a radio telling the crews ..." gives the radio no words."""
    text = ("The senator emailed supporters saying that the fight goes on. The mayor was "
            "heard on a radio telling the crews that the quay was closed.")
    found = said(quotes_of(text), text)
    assert ("The senator", "saying", "that the fight goes on") in found
    assert not [s for s, _, _ in found if s in ("supporters", "a radio")]


def test_a_participle_coordinated_inside_the_quotation_shares_the_sayers_speaker() -> None:
    """"The senator emailed supporters saying: “The fight goes on” and vowing to compete ...":
    the parser hangs "vowing" on the quoted verb; the one saying vows, and the one saying is
    the senator who emailed, not the supporters written to."""
    text = ("The senator emailed supporters saying: “The fight goes on” and vowing to compete "
            "in the final primary next week.")
    found = said(quotes_of(text), text)
    assert ("The senator", "saying", "The fight goes on") in found
    assert ("The senator", "vowing", "to compete in the final primary next week") in found


def test_a_share_hung_on_a_subjectless_verb_speaks() -> None:
    """"Six in 10 agree, after half said so in May", "most in both towns backed the pier",
    "Less than a third agreed that ...": the parser hangs the share on the verb as a
    modifier; it is the verb's subject, without the clause opener before it."""
    text = ("Six in 10 now trust the harbour board, after half said so in May. Among "
            "fishermen who voted, most in both towns backed the new pier. Less than a third "
            "agreed with the mayor that the ferry should stop running, while 13 percent were "
            "unsure.")
    found = said(quotes_of(text), text)
    assert ("half", "said", "so") in found
    assert ("most in both towns", "backed", "the new pier") in found
    assert [c for s, c, _ in found if s == "Less than a third"] == ["agreed"]


def test_a_passives_by_phrase_hung_on_a_later_word_names_its_agent() -> None:
    """"The mayor has been criticised over the ferry plan by the harbour union", "Lena Ortiz
    has been praised for the plan by Tom Berg": the parser hangs "by" on the noun before it,
    and the passive's agent still speaks; "by the end of the year" names no one."""
    text = ("The mayor has been criticised over the ferry plan by the harbour union. Lena "
            "Ortiz has been praised for the plan by Tom Berg. The quay was closed for repairs "
            "by the end of the year.")
    found = said(quotes_of(text), text)
    # What the criticism was over stays in the content, the agent's "by" phrase does not
    # (``quotes._around_speakers``).
    assert ("the harbour union", "criticised", "The mayor … over the ferry plan") in found
    assert ("Tom Berg", "praised", "Lena Ortiz … for the plan") in found
    assert not [s for s, _, _ in found if "end" in s]


def test_a_participle_the_parser_hangs_elsewhere_still_speaks_for_its_noun() -> None:
    """"There were also emails showing that ...", "was interviewed about the mayor calling the
    pier a disgrace" (a gerund with its own subject), "The proportion of harbour voters
    saying they want ...": the participle describes the emails, the mayor and the voters,
    which the parser leaves to the copula, the preposition and the share."""
    text = ("There were also emails that week showing that the harbour board knew the pier "
            "was unsafe. The harbour master was interviewed about the mayor calling the pier "
            "a disgrace. The proportion of harbour voters saying they want a ban on cruise "
            "ships is as high as two-thirds in Lisbon.")
    found = said(quotes_of(text), text)
    # "that week" says when, not who (a two-word time after the noun is no part of the speaker)
    assert ("emails", "showing", "that the harbour board knew the pier was unsafe") in found
    assert ("the mayor", "calling", "the pier a disgrace") in found
    assert [s for s, c, _ in found if c == "saying"] == ["harbour voters"]


def test_a_question_set_off_between_subject_and_verb_has_no_asker() -> None:
    """"Mr. Berg, asked whether he would run again, said he had not decided": the parser makes
    Mr. Berg the subject of "asked", but he was asked; the question is an attribution with no
    speaker, as "Asked whether ..., he said" is, and he says the rest."""
    text = "Mr. Berg, asked whether he would run again, said he had not decided."
    found = said(quotes_of(text), text)
    assert ("", "asked", "whether he would run again") in found
    assert ("Mr. Berg", "said", "he had not decided") in found


def test_both_after_a_relative_clause_leaves_the_coordinated_speakers() -> None:
    """"Mr. Berg and Ms. Dahl, who have clashed for years, both said ...": with a relative
    clause between, the parser hangs the names on the verb as a modifier and makes "both"
    the subject; the two named speak."""
    text = "Mr. Berg and Ms. Dahl, who have clashed for years, both said the vote was fair."
    found = said(quotes_of(text), text)
    assert sorted(s for s, _, _ in found) == ["Mr. Berg", "Ms. Dahl"]


def test_a_description_before_a_set_off_name_is_the_frames_not_the_content() -> None:
    """"The plan is dead, a spokesman for the board, Tom Berg, said.": the speaker is the
    name, and the description it is set off from belongs to the frame, not to what was said
    (nor is it the content of "A spokesman for the board, Tom Berg, declined to comment")."""
    text = ("The plan is dead, a spokesman for the board, Tom Berg, said. A spokesman for the "
            "harbour, Lena Ortiz, declined to comment.")
    found = said(quotes_of(text), text)
    assert ("Tom Berg", "said", "The plan is dead") in found
    assert not [c for _, _, c in found if "spokesman" in c]


def test_a_shared_speaker_is_no_part_of_the_second_acts_frame() -> None:
    """"The mayor thanked the crews and said the pier would reopen in May": "said" shares the
    mayor with "thanked", but its frame is "said" alone, so "thanked the crews" is still an
    attribution of its own (before, the frame ran from "The mayor" to "said" and held it)."""
    text = ("The mayor thanked the crews and said the pier would reopen in May. The harbour "
            "master praised the divers and said the quay was safe.")
    found = said(quotes_of(text), text)
    assert ("The mayor", "thanked", "the crews") in found
    assert ("The mayor", "said", "the pier would reopen in May") in found
    assert ("The harbour master", "praised", "the divers") in found
    assert ("The harbour master", "said", "the quay was safe") in found


def test_the_clause_a_participle_shares_its_subject_with_is_no_content() -> None:
    """"Lena Ortiz has won the vote in Porto, adding to her wins in Faro": the clause before
    the participle is the speaker's own act; no content holds its speaker's words."""
    text = "Lena Ortiz has won the vote in Porto, adding to her wins in Faro and Braga."
    for speaker, _, content in said(quotes_of(text), text):
        assert not speaker or speaker not in content


def test_a_gerund_in_a_preposition_of_several_words_shares_the_main_subject() -> None:
    """"In addition to stating that the pier was unsafe, the harbour master has vowed ...":
    the gerund's subject is the main clause's, through "in addition to" as through "after"."""
    text = ("In addition to stating that the pier was unsafe, the harbour master has vowed "
            "to close it.")
    found = said(quotes_of(text), text)
    assert ("the harbour master", "stating", "that the pier was unsafe") in found
    assert ("the harbour master", "vowed", "to close it") in found


def test_a_relative_clause_on_the_speaker_keeps_its_own_attribution() -> None:
    """"Lena Ortiz, who endorsed the mayor last year, said the pier was safe": the relative
    clause lies inside the frame of "said", but its "endorsed the mayor" is an attribution of
    its own, with the relative pronoun as speaker standing for Lena Ortiz."""
    text = "Lena Ortiz, who endorsed the mayor last year, said the pier was safe."
    found = said(quotes_of(text), text)
    assert ("who", "endorsed", "the mayor") in found
    assert ("Lena Ortiz", "said", "the pier was safe") in found


def test_a_text_put_out_by_its_subject_speaks_for_the_one_issuing_it() -> None:
    """"The harbour board issued a statement saying that ...", "put out a press release
    saying ...": a participle of saying on a text its subject puts out is the issuer's
    saying, as PolNeAR marks it; a text that reaches its subject ("Police received 911 calls
    saying ...") still speaks itself."""
    text = ("The harbour board issued a statement saying that the quay would reopen on Monday. "
            "The port authority put out a press release saying that the ferries would run "
            "again. Police received 911 calls saying that shots had been fired near the pier.")
    found = said(quotes_of(text), text)
    assert ("The harbour board", "saying", "that the quay would reopen on Monday") in found
    assert ("The port authority", "saying", "that the ferries would run again") in found
    assert ("911 calls", "saying", "that shots had been fired near the pier") in found
    assert not [s for s, _, _ in found if s in ("a statement", "a press release")]


def test_a_closing_participle_shares_the_subject_above_a_reported_clause() -> None:
    """"Clinton has said that she deleted the files, deeming them personal", "Berg denied the
    notion that a shakeup is coming, explaining that ...": a closing participle the parser
    hangs on the verb of a reported clause or of a clause completing a noun is the act of the
    subject above it, not of the clause's own subject."""
    text = ("The skipper has said that he sold the boat in May, calling the deal a relief. "
            "The chairman dismissed claims that the harbour board is hiding its losses, saying "
            "the books are open to all. Olsen denied the notion that a shakeup of the crew is "
            "coming, explaining that he was unaware of the report.")
    found = said(quotes_of(text), text)
    assert ("The skipper", "calling", "the deal a relief") in found
    assert ("The chairman", "saying", "the books are open to all") in found
    assert ("Olsen", "explaining", "that he was unaware of the report") in found


def test_a_verb_of_saying_after_a_passive_shares_its_subject() -> None:
    """"Mr. Berg was forced into a rare retreat and said that ...": a verb of saying
    coordinated after a passive verb has the passive's subject as its speaker."""
    text = ("By noon, Mayor Berg was forced into a rare retreat and said that her words had "
            "been twisted. Harbour officials were angered by the deal and predicted it would "
            "hurt the fleet.")
    found = said(quotes_of(text), text)
    assert ("Mayor Berg", "said", "that her words had been twisted") in found
    assert ("Harbour officials", "predicted", "it would hurt the fleet") in found


def test_a_raising_verb_over_a_mere_known_word_has_no_speaker() -> None:
    """"The donors appear to have ties to ...": a raising verb whose complement is a word the
    cue model merely knows, not a verb reporting a clause nor one mostly used as a cue, says
    how things look to the writer; PolNeAR marks no source, and the subject stays in the
    content.  "seems to feel the season is lost" (a clause reported) keeps its speaker."""
    text = ("The new donors appear to have ties to the fishermen's union. The ferry captain "
            "seems to feel the season is already lost.")
    found = said(quotes_of(text), text)
    assert ("", "appear", "The new donors … to have ties to the fishermen's union") in found
    assert ("The ferry captain", "seems to feel", "the season is already lost") in found


def test_a_subject_set_off_just_before_its_verb_is_the_frames() -> None:
    """"His final verdict: “It's hopeless,” he said.": the parser gives "said" two subjects,
    "verdict" and "he"; the one set off by a closing quotation mark (or a comma) just before
    the verb, with a verb of what was said between the two, is the one speaking.  A list of
    subjects ("45% of voters, 28% of ... say") is no such frame."""
    from spacy.tokens import Doc

    from newsdesk import annotate
    from newsdesk.extract.quotes_speaker import _best_subject

    words = ["His", "final", "verdict", ":", "“", "It", "is", "hopeless", ",", "”", "he", "said",
             "."]
    heads = [2, 2, 11, 2, 2, 6, 11, 6, 11, 11, 11, 11, 11]
    deps = ["poss", "amod", "nsubj", "punct", "punct", "nsubj", "ccomp", "acomp", "punct",
            "punct", "nsubj", "ROOT", "punct"]
    pos = ["PRON", "ADJ", "NOUN", "PUNCT", "PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT",
           "PRON", "VERB", "PUNCT"]
    doc = Doc(annotate.load().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _best_subject(doc, [doc[2], doc[10]], doc[11]).text == "he"
    words = ["Half", "of", "voters", ",", "most", "of", "them", "say", "no", "."]
    heads = [7, 0, 1, 0, 7, 4, 5, 7, 7, 7]
    deps = ["nsubj", "prep", "pobj", "punct", "nsubj", "prep", "pobj", "ROOT", "dobj", "punct"]
    pos = ["NOUN", "ADP", "NOUN", "PUNCT", "ADJ", "ADP", "PRON", "VERB", "PRON", "PUNCT"]
    doc = Doc(annotate.load().vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _best_subject(doc, [doc[0], doc[4]], doc[7]).text == "Half"


def test_a_participle_on_a_subject_or_a_copulas_noun_speaks_for_any_noun() -> None:
    """"Hackers backing the old regime hijacked ...", "There is no public record showing that
    ...": a participle describing a noun that is a subject or a copula's complement speaks
    for it, whatever the noun (PolNeAR marks it as the source)."""
    text = ("There is no public record showing that the harbour fee was ever paid. Hackers "
            "backing the old regime hijacked the port's website last year.")
    found = said(quotes_of(text), text)
    assert ("no public record", "showing", "that the harbour fee was ever paid") in found
    assert ("Hackers", "backing", "the old regime") in found


def test_a_title_the_parser_hung_elsewhere_is_still_the_speakers() -> None:
    # spaCy hangs "Adm." on "found" and starts the subject at "Thad": the title run before
    # the name belongs to the speaker, not to what was said.
    text = ("Crews found debris in the bottom of the relief well, retired Harbour Guard Adm. "
            "Thad Kessling said Friday.")
    assert said(quotes_of(text), text) == [
        ("retired Harbour Guard Adm. Thad Kessling", "said",
         "Crews found debris in the bottom of the relief well")]


def test_a_lists_dash_a_chronologys_date_or_a_stage_direction_is_no_part_of_the_speaker() -> None:
    text = "May 9 - HSB says it might close the pier for a week."  # was "9 - HSB"
    assert said(quotes_of(text), text)[0][0] == "HSB"
    text = 'Kessling (unamused): "It is Thursday, as you all know."'
    assert said(quotes_of(text), text)[0][0] == "Kessling"


def test_a_closing_participle_hung_on_the_quotation_it_opens_speaks_for_the_clause_before() -> None:
    """"The mayor seemed ready to joke, telling the crowd, “Some of us got wet, did you
    notice?”": the parser may hang "telling" on a verb inside the quotation after it, whose
    subject ("Some of us") is what was said; the participle shares the subject of the clause
    it closes.  The misparse is built by hand, as the parser makes it on longer sentences."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from newsdesk.extract.quotes_speaker import _reporter

    words = ["The", "mayor", "seemed", "ready", "to", "joke", ",", "telling", "the", "crowd",
             ",", "“", "Some", "of", "us", "got", "wet", ",", "did", "you", "notice", "?", "”"]
    heads = [1, 2, 2, 2, 5, 3, 2, 15, 9, 7, 15, 15, 15, 12, 13, 20, 15, 20, 20, 20, 2, 20, 20]
    deps = ["det", "nsubj", "ROOT", "acomp", "aux", "xcomp", "punct", "advcl", "det", "dobj",
            "punct", "punct", "nsubj", "prep", "pobj", "advcl", "acomp", "punct", "aux",
            "nsubj", "advcl", "punct", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADJ", "PART", "VERB", "PUNCT", "VERB", "DET", "NOUN",
           "PUNCT", "PUNCT", "DET", "ADP", "PRON", "VERB", "ADJ", "PUNCT", "AUX", "PRON", "VERB",
           "PUNCT", "PUNCT"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert _reporter(doc[7]).text == "seemed"
    # A participle before its clause keeps its head: "The mayor, telling the crowd ..., said".
    words = ["The", "mayor", ",", "telling", "the", "crowd", ",", "said", "no"]
    heads = [1, 7, 1, 1, 5, 3, 1, 7, 7]
    deps = ["det", "nsubj", "punct", "acl", "det", "dobj", "punct", "ROOT", "dobj"]
    pos = ["DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "VERB", "DET"]
    doc = Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)
    assert _reporter(doc[3]).text == "mayor"


def test_the_object_of_a_verb_that_is_no_saying_speaks_its_infinitive() -> None:
    """"The scandal led many fishermen to say that ...", "prompted the dockworkers to argue
    that ...": the object controls the infinitive and is its speaker (not the subject, nor
    no one); a verb of saying with an object keeps the whole as its own content (see
    ``test_an_object_controls_the_infinitive_not_the_subject``)."""
    text = ("The ruling prompted the dockworkers to argue that the law was unfair, and the "
            "strike led many fishermen to say that the board should resign.")
    found = said(quotes_of(text), text)
    assert ("the dockworkers", "argue", "that the law was unfair") in found
    assert ("many fishermen", "say", "that the board should resign") in found


def test_a_speaker_after_a_quotation_read_as_the_verbs_object_speaks() -> None:
    """"“...,” added a retired fisherman.", "“...,” tweeted another.": the parser makes the
    inverted speaker the verb's object; it speaks, and the quotation is its content.  A
    scare-quoted word in a clause of its own ("declares “victory,” dismisses the losses")
    gives the object no voice."""
    text = ("“The harbour is a disgrace,” added a retired fisherman from Dover. "
            "“We will not give up,” tweeted another.")
    found = said(quotes_of(text), text)
    assert ("a retired fisherman from Dover", "added", "The harbour is a disgrace,") in found
    assert ("another", "tweeted", "We will not give up,") in found
    text = "The mayor declares “victory,” dismisses the losses."
    assert not [s for s, _, _ in said(quotes_of(text), text) if "losses" in s]


def test_the_one_things_seem_to_holds_the_view() -> None:
    """"To the harbour master, the pier seemed to be sinking", "Among the fishermen, the plan
    appears to be failing", "is considered an asset, particularly among older voters": a
    raising verb or an agentless passive says how things look, and an experiencer hung on it
    ("to" someone, "among" some people) names whose view it is: the source, outside the
    content (issue 16, twenty-second round).  With no experiencer there is no speaker."""
    text = "To the harbour master, the new pier seemed to be sinking."
    assert said(quotes_of(text), text) == [
        ("the harbour master", "seemed", "the new pier … to be sinking")]
    text = "The pier seemed to the engineers to be sinking."
    assert said(quotes_of(text), text) == [("the engineers", "seemed", "The pier … to be sinking")]
    text = "Among the fishermen, the plan appears to be failing."
    assert said(quotes_of(text), text) == [("the fishermen", "appears", "the plan … to be failing")]
    text = ("The mayor's calm manner is considered an asset for the council, particularly among "
            "older voters who live near the docks.")
    assert said(quotes_of(text), text) == [
        ("older voters who live near the docks", "considered",
         "The mayor's calm manner … an asset for the council")]
    text = "The plan appears to be failing."
    assert said(quotes_of(text), text) == [("", "appears", "The plan … to be failing")]
    # A verb read as no view, merely with no speaker found, needs people to hold one.
    text = "The plan was approved among loud cheers."
    assert [s for s, _c, _t in said(quotes_of(text), text)] == [""]


def test_a_participle_after_the_addressee_of_a_letter_is_the_writers() -> None:
    """"Two councillors have written to Ms Ortiz urging her to close the quay": the parser
    hangs "urging" on "written", with the addressee just before it as if it were a gerund's
    own subject ("interviewed about the mayor calling ..."); the one written to hears the
    words, and the writers urge.  After a preposition no verb of saying takes the gerund
    keeps its own subject ("interviewed about the mayor calling the pier a disgrace")."""
    text = ("Two harbour councillors have written to Ms Ortiz urging her to close the quay "
            "until the repairs are paid for. The harbour master was interviewed about the "
            "mayor calling the pier a disgrace.")
    found = said(quotes_of(text), text)
    assert [s for s, c, _ in found if c == "urging"] == ["Two harbour councillors"]
    assert ("the mayor", "calling", "the pier a disgrace") in found


def test_a_content_the_parser_wraps_around_its_speaker_keeps_the_words_around_him() -> None:
    # "“The ferry is late again,” fisherman Ann Berg, a commuter, said": read as the parser
    # misread such a line on a real page, with the speaker hung inside the reported clause,
    # so that the clause's range holds him.  The content is the words around his phrase,
    # not nothing; a stretch too short to say anything ("by") is not kept.
    from spacy.tokens import Doc

    from newsdesk import annotate
    from newsdesk.extract.quotes import _around_speakers
    from newsdesk.extract.quotes_speaker import Phrase

    words = ["“", "The", "ferry", "is", "late", "again", ",", "”", "fisherman", "Ann", "Berg",
             ",", "a", "commuter", ",", "said", "."]
    heads = [3, 2, 3, 15, 3, 3, 3, 3, 10, 10, 3, 10, 13, 10, 10, 15, 15]
    deps = ["punct", "det", "nsubj", "ccomp", "acomp", "advmod", "punct", "punct", "compound",
            "compound", "npadvmod", "punct", "det", "appos", "punct", "ROOT", "punct"]
    doc = Doc(annotate.load().vocab, words=words, heads=heads, deps=deps)
    berg = Phrase(8, 11, 10)
    found = _around_speakers(doc, doc[15], [(0, 15)], [berg])
    assert [[t.text for t in doc[a:b] if not t.is_punct] for a, b in found] == [
        ["The", "ferry", "is", "late", "again"]]
    # A range clear of the speaker is kept whole.
    assert _around_speakers(doc, doc[15], [(1, 6)], [berg]) == [(1, 6)]
    # "The plan was backed by Ann Berg": the agent's "by" goes with her.
    words = ["The", "plan", "was", "backed", "by", "Ann", "Berg", "."]
    heads = [1, 3, 3, 3, 3, 6, 4, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj", "punct"]
    doc = Doc(annotate.load().vocab, words=words, heads=heads, deps=deps)
    assert _around_speakers(doc, doc[3], [(3, 7)], [Phrase(5, 7, 6)]) == []


def test_an_opening_participle_the_parser_made_the_subject_does_not_speak() -> None:
    """"Responding to calls for the military to take the lead, Adm Mike Mullen, chairman of
    ..., told US media that ...": on a real page the parser made "Responding" the subject of
    "told" and hung the admiral inside its clause, so the speaker was the whole circumstance.
    A participle opening the sentence and set off by a comma is no subject of a saying; the
    name set off before the cue speaks.  The parse is built by hand, as the parser gave it."""
    from spacy.tokens import Doc

    from newsdesk import annotate
    from newsdesk.extract.quotes_speaker import speaker_phrases
    from newsdesk.model import Mention

    words = ["Replying", "to", "calls", ",", "Adm", "Piet", "Varga", ",", "head", "of", "staff",
             ",", "told", "reporters", "that", "navy", "was", "ready", "."]
    heads = [12, 0, 1, 0, 6, 6, 0, 6, 6, 8, 9, 6, 12, 12, 16, 16, 12, 16, 12]
    deps = ["nsubj", "prep", "pobj", "punct", "compound", "compound", "dobj", "punct", "appos",
            "prep", "pobj", "punct", "ROOT", "dobj", "mark", "nsubj", "ccomp", "acomp", "punct"]
    tags = ["VBG", "IN", "NNS", ",", "NNP", "NNP", "NNP", ",", "NN", "IN", "NN", ",", "VBD",
            "NNS", "IN", "NN", "VBD", "JJ", "."]
    doc = Doc(annotate.load().vocab, words=words, heads=heads, deps=deps, tags=tags)
    varga = Mention(doc[5].idx, doc[6].idx + len("Varga"), "Piet Varga", "person",
                    "person:piet-varga")
    (phrase,) = speaker_phrases(doc, doc[12], {5: varga, 6: varga})
    assert doc[phrase.start : phrase.end].text.endswith("Piet Varga"), phrase


def test_a_participle_on_a_passive_verb_is_its_subjects_saying() -> None:
    """"A lawsuit was filed on Monday, alleging that ...": the passive's subject alleges, as
    the subject of an active verb would ("The mayor spoke, insisting that ...").  An agent
    that is a thing changes nothing ("is hemmed in by the budget"); one that can speak may
    own the participle ("was criticized by the harbour union, calling for ...")."""
    text = ("A lawsuit was filed in the county court on Monday, alleging that the harbour board "
            "had hidden the repair costs. The mayor was booed at the meeting, insisting that the "
            "ferry would run on time. In addition to worrying that the quay is unsafe, the "
            "harbour master is hemmed in by the budget. The senator has been criticized by the "
            "harbour union, calling for a ban on trawling.")
    found = said(quotes_of(text), text)
    assert ("A lawsuit", "alleging", "that the harbour board had hidden the repair costs") in found
    assert ("The mayor", "insisting", "that the ferry would run on time") in found
    assert ("the harbour master", "worrying", "that the quay is unsafe") in found
    assert not any(speaker == "The senator" and cue == "calling" for speaker, cue, _ in found)
