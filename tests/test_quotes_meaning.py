"""Quotes that keep the meaning: a denied or supposed attribution, the writer's inference, a
place as subject, a content cut at a relative pronoun, "as X is suggesting", and anonymous
sources under one heading.  Every sentence here is invented for the test; each shows one
construction the seed story's errors came from."""

from __future__ import annotations

from newsdesk import annotate
from newsdesk.extract.actors import extract_actors
from newsdesk.extract.quotes import extract_quotes
from newsdesk.extract.reading import Reading
from newsdesk.model import Article, Quote, article_id
from newsdesk.synthesize.quote_sources import group_headings
from newsdesk.synthesize.quote_text import cue_shown, is_statement


def quotes_of(text: str) -> list[Quote]:
    article = Article(id=article_id(text), text=text)
    doc = annotate.parse(text)
    actors, mentions = extract_actors(doc, article)
    return extract_quotes(Reading.of(doc, article, actors, mentions, []))


def said(quotes: list[Quote], text: str) -> list[tuple[str, str, str]]:
    return [
        (q.speaker.text if q.speaker else "", q.cue.text if q.cue else "", q.content_text(text))
        for q in quotes
    ]


def test_a_denied_attribution_keeps_its_not_in_the_cue() -> None:
    text = ("The fishing ban has not threatened to ruin the harbour towns. "
            "The minister did not say that the border would reopen in spring.")
    found = said(quotes_of(text), text)
    assert ("The minister", "did not say", "that the border would reopen in spring") in found
    for _speaker, cue, content in found:
        if "ruin" in content or "reopen" in content:
            assert "not" in cue.split(), (cue, content)


def test_a_supposed_attribution_makes_no_quote() -> None:
    text = ("If the cartel wants to raise prices again this winter, the ministers will have "
            "to act quickly.")
    assert not [c for _s, _c, c in said(quotes_of(text), text) if "raise prices" in c]


def test_the_writers_inference_is_no_attribution() -> None:
    text = ("Senator Ana Ruiz changed her vote within a day, suggesting she had been pressured "
            "by the party leaders.")
    assert not [c for _s, _c, c in said(quotes_of(text), text) if "pressured" in c]


def test_a_place_that_proves_is_no_source() -> None:
    text = ("Leaders from forty countries met in Davos on Tuesday. "
            "Davos proves that, for now at least, the bankers still set the agenda.")
    assert not [s for s, _c, c in said(quotes_of(text), text) if "bankers" in c]


def test_a_content_cut_at_a_relative_pronoun_gets_its_antecedent() -> None:
    text = ("Both sides now fear a costly trade war, which Chancellor Greta Olsen has said "
            "she wants to prevent.")
    found = said(quotes_of(text), text)
    assert any(c.startswith("a costly trade war") and c.endswith("she wants to prevent")
               for _s, _c, c in found), found


def test_as_the_speaker_is_suggesting_attributes_the_clause_beside_it() -> None:
    text = ("And if a ceasefire is truly within reach, as the mediator Omar Haddad is "
            "suggesting, it should be verified by outside observers.")
    found = said(quotes_of(text), text)
    assert any("Omar Haddad" in s and c == "a ceasefire is truly within reach"
               for s, _c, c in found), found


def test_an_anonymous_source_chain_is_one_heading() -> None:
    text = (
        "Two officials familiar with the negotiations said the talks had stalled over "
        "fishing rights.\n\n"
        "These officials said the envoy would return to the capital next week.\n\n"
        "They said the dispute could be settled before the summer.\n\n"
        "Local farmers and fishermen said the quotas were unfair.\n\n"
        "Later, local fishermen and farmers said they would protest at the port."
    )
    quotes = quotes_of(text)
    headings = group_headings(quotes)
    by_content = {q.content_text(text): headings.get(n) for n, q in enumerate(quotes)}
    first = "Two officials familiar with the negotiations"
    assert by_content["the talks had stalled over fishing rights"] == first
    assert by_content["the envoy would return to the capital next week"] == first
    assert by_content["the dispute could be settled before the summer"] == first
    assert by_content["the quotas were unfair"] == "Local farmers and fishermen"
    assert by_content["they would protest at the port"] == "Local farmers and fishermen"


def test_a_quote_is_dated_by_its_own_clause_else_undated() -> None:
    from datetime import date

    from newsdesk.extract.times import extract_times

    text = ("In a speech on Monday, Minister Lena Park said the bridge would reopen. "
            "Speaking to farmers on Tuesday, she said the harvest was safe. "
            "Her predecessor, Tomas Berg, said in 1998 that the river was too low. "
            "Park also said the tolls would stay.")
    article = Article(id=article_id(text), text=text, published=date(2031, 5, 9))
    doc = annotate.parse(text)
    actors, mentions = extract_actors(doc, article)
    reading = Reading.of(doc, article, actors, mentions, extract_times(doc, article))
    when = {q.content_text(text): q.time for q in extract_quotes(reading)}
    assert when["the bridge would reopen"] == "2031-05-05"
    assert when["the harvest was safe"] == "2031-05-06"
    assert when["that the river was too low"] == "1998"
    assert when["the tolls would stay"] is None  # not the publication day


def test_a_quoted_term_named_as_someones_is_their_quote() -> None:
    text = ("“Patient courage” was the term preferred by the country’s supreme leader, "
            "Ayatollah Omid Farahani. “Quiet strength” was not the phrase used by the chairman. "
            "The word of the year was chosen by a panel of editors. “Holding firm” was the "
            "slogan used by the strikers after the vote.")
    found = said(quotes_of(text), text)
    assert ("the country’s supreme leader", "preferred", "Patient courage") in found
    assert ("the strikers", "used", "Holding firm") in found
    assert not [c for _s, _c, c in found if "Quiet strength" in c or "word" in c]


def test_a_phrasal_verb_is_a_cue_only_where_it_reports_speech() -> None:
    """"Give up" (relinquish) never reports speech, though "give" now and then heads a cue in
    PolNeAR ("gave a speech"); "point out" does.  The cue model keys a phrasal verb with its
    particle, so the two are told apart by their own uses in train, not by the bare verb's."""
    from newsdesk.extract import quotes_model

    models = quotes_model.load()
    assert models is not None
    gave = "She gave up her seat on the board after the vote."
    doc = annotate.parse(gave)
    verb = next(t for t in doc if t.lower_ == "gave")
    assert quotes_model.cue_key(verb) == "give|up"
    assert "give|up" not in models.cue.lexicon and "point|out" in models.cue.lexicon
    assert quotes_of(gave) == []
    pointed = "He pointed out that the deal had lapsed."
    assert said(quotes_of(pointed), pointed) == [("He", "pointed", "that the deal had lapsed")]


def test_a_content_keeps_its_object_and_a_negated_indication_stays() -> None:
    # "shown flexibility ..., if ...": the object is the proposition, the condition its part;
    # "gave no indication that ...": a denied signal is an attribution with its clause.
    text = ("While the governor has always criticized the union, she has in the past shown "
            "flexibility when all other options were exhausted, if a settlement could be "
            "reached with dignity for both sides. Mr. Halvorsen gave no indication at the "
            "summit that cutting fuel taxes was on the table.")
    found = said(quotes_of(text), text)
    shown = [content for _s, cue, content in found if cue.endswith("shown")]
    assert shown and shown[0].startswith("flexibility"), found
    assert any(speaker == "Mr. Halvorsen" and "fuel taxes was on the table" in content
               for speaker, _c, content in found), found


def test_a_quote_said_earlier_this_week_is_dated_by_those_days() -> None:
    """"earlier this week" in a Friday article is Monday to Thursday: the quote carries that
    range, not the whole ISO week (which ends after the article) and not the publication day."""
    from datetime import date

    from newsdesk.extract.times import extract_times

    text = ("Minister Lena Park said earlier this week that the dam was sound. "
            "On the weekend, the engineers said the spillway needed repairs.")
    article = Article(id=article_id(text), text=text, published=date(2031, 5, 9))
    doc = annotate.parse(text)
    actors, mentions = extract_actors(doc, article)
    reading = Reading.of(doc, article, actors, mentions, extract_times(doc, article))
    when = {q.content_text(text): q.time for q in extract_quotes(reading)}
    assert when["that the dam was sound"] == "2031-05-05/2031-05-08"
    assert when["the spillway needed repairs"] == "2031-05-03/2031-05-04"


def test_a_denial_with_two_objects_withholds_and_reports_no_words() -> None:
    # "denying X an achievement" withholds a thing from X: no quote, and no speaker for it;
    # the same verb with one object or a clause still reports a denial.
    text = ("The regulator delayed the licences, denying Mr. Olsen a victory that could have "
            "helped him win the vote. The harbour master denied that the quay was unsafe.")
    found = said(quotes_of(text), text)
    assert not any("victory" in content for _s, _c, content in found), found
    assert any(speaker == "The harbour master" and "the quay was unsafe" in content
               for speaker, _c, content in found), found


def test_a_speaker_ends_where_its_own_words_end() -> None:
    # The parser hangs the list after the colon on the subject, so the subject's subtree runs
    # over "have pointed"; the speaker is still the subject alone, without the auxiliary.
    text = ("Local fishermen and traders have pointed to two examples when the council gave way "
            "to pressure: the closure of the pier in 1999, consent to the fuel tax in 2004, and "
            "the harbour deal in 2011.")
    assert [s for s, _c, _t in said(quotes_of(text), text)] == ["Local fishermen and traders"]


def test_a_live_blog_time_stamp_is_no_speaker() -> None:
    """ "9.15 am: Did anyone tell the minister about ...": the entry's stamp heads the line,
    and no one said what follows."""
    text = ("Live: the dam hearing\n\nThe minister denies being told to avoid the committee.\n"
            "9.15 am: Did anyone tell the minister about an internal report in May describing "
            "the dam as \"unsafe\"?\n\"No,\" she says.")
    speakers = {s for s, _c, _t in said(quotes_of(text), text)}
    assert "9.15 am" not in speakers
    assert {"The minister", "she"} <= speakers, speakers


def test_a_speaker_does_not_run_on_through_a_first_act() -> None:
    """"One of the Danish nurses we are working with sighed in frustration today and told me
    ...": the parser hangs "sighed" on the subject; the speaker ends before it."""
    text = ("One of the Danish nurses we are working with sighed in frustration today and told "
            "me she had never seen anything like this.")
    speakers = {s for s, _c, _t in said(quotes_of(text), text)}
    assert speakers == {"One of the Danish nurses we are working with"}, speakers


def test_a_crosshead_run_into_the_next_sentence_gives_the_name_the_words() -> None:
    """"Badly managed handouts can mean the weakest go without Maria Lopez, of the charity
    Aid Nord, told the BBC ...": a scrape ran a crosshead into the sentence, and the parser
    gave "told" the crosshead's subject; the name set off before the cue speaks."""
    text = ("Badly managed handouts can mean the weakest go without Maria Lopez, of the charity "
            "Aid Nord, told the BBC the aim was to get food to the right people quickly.")
    speakers = {s for s, _c, _t in said(quotes_of(text), text)}
    assert speakers == {"Maria Lopez"}, speakers


def test_a_caption_run_into_the_speaker_is_cut_off() -> None:
    """"... described as 'historic' in scale Aid agencies say ...": a caption lost its full
    stop; its last word is not part of who speaks.  A name inside the phrase stays ("Senior
    Pentagon officials")."""
    text = ("The damage has been described as 'historic' in scale Aid agencies say the port "
            "is one of the worst they have seen. Senior Pentagon officials said the port was "
            "shut.")
    speakers = {s for s, _c, _t in said(quotes_of(text), text)}
    assert {"Aid agencies", "Senior Pentagon officials"} <= speakers, speakers
    assert not any(s.startswith("scale") for s in speakers)


def test_a_phrase_of_circumstance_before_the_frame_is_not_what_was_said() -> None:
    """"Under pressure from Washington, BP had added a video stream", "With 'top kill' under
    way, Hayward cautioned against ...": a prepositional phrase or an absolute hung on the verb
    before its subject is the writer's circumstance; it was read as the content of a speaker
    who "added" or "cautioned".  A clause before the frame still is ("If the talks fail,
    there will be war, she warned")."""
    text = ("Under pressure from regulators, the firm had added a live camera feed to its "
            "website. With the repair under way, Varga cautioned against reading the plume. "
            "On top of the cost of sealing the well, the firm must contend with angry anglers. "
            "If the talks fail, there will be a strike, Ostrova warned.")
    found = said(quotes_of(text), text)
    contents = [content for _speaker, _cue, content in found]
    assert not any(c.startswith(("Under pressure", "With the repair", "On top of"))
                   for c in contents), found
    assert ("Ostrova", "warned", "If the talks fail, there will be a strike") in found, found


def test_a_denied_attribution_is_no_statement() -> None:
    """"The port authority has not said how much fuel is left in the hull": what a speaker
    withheld is an attribution (its cue keeps "has not"), not words the speaker said, so the
    briefing keeps it out of "who said what", where the cue is not shown and it read as the
    authority's statement.  Said words stay statements, and so does a verb of saying that
    denies nothing ("said it had not ...")."""
    text = ("The port authority has not said how much fuel is left in the hull. "
            "The mayor did not say whether the beach would reopen. "
            "The harbour master said the crew had not left the ship.")
    quotes = quotes_of(text)
    statements = {q.content_text(text) for q in quotes if is_statement(q)}
    assert not any("fuel" in s or "beach" in s for s in statements), statements
    assert "the crew had not left the ship" in statements, statements


def test_a_denial_is_no_statement_of_what_it_denies() -> None:
    """"The ferry operator's chief, Ana Berg, denied that the company was ignoring the
    warnings": the briefing's "who said what" shows a reported statement without its cue, so
    the content read as Berg saying the company was ignoring them, the opposite of what she
    said.  A verb of denial keeps its content among the attributions, shown with its cue."""
    text = ("The ferry operator's chief, Ana Berg, denied that the company was ignoring the "
            "warnings. Berg said the crews had been trained.")
    quotes = quotes_of(text)
    statements = {q.content_text(text) for q in quotes if is_statement(q)}
    assert not any("ignoring" in s for s in statements), statements
    assert any("trained" in s for s in statements), statements


def test_a_thing_asked_for_is_no_statement() -> None:
    """"The ferry company has asked for an additional $12 million to repair the quay": what a
    verb of asking asks for after its "for" is a thing, no words, and "who said what", which
    shows a reported statement without its cue, listed "$12 million" as the company's words.
    It goes among the attributions, shown with its cue and the preposition ("asked for"); a
    question asked ("asked whether ...") is still a statement."""
    text = ("The ferry company has asked for an additional $12 million to repair the quay. "
            "The mayor asked whether the quay was safe.")
    quotes = quotes_of(text)
    statements = {q.content_text(text) for q in quotes if is_statement(q, text)}
    assert statements == {"whether the quay was safe"}, statements
    shown = {cue_shown(q, text) for q in quotes if not is_statement(q, text)}
    assert shown == {"asked for"}, shown
