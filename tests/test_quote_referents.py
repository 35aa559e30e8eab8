"""Pronouns inside quote texts, shown with their referent where the text makes it clear: the
speaker, two coordinated speakers, a single antecedent in the sentence before; an ambiguous
pronoun left bare.  Every sentence here is invented for the test."""

from __future__ import annotations

from newsdesk import annotate
from newsdesk.extract.actors import extract_actors
from newsdesk.extract.quotes import extract_quotes
from newsdesk.extract.reading import Reading
from newsdesk.model import Article, Quote, article_id
from newsdesk.synthesize.quote_text import shown_text


def quotes_of(text: str) -> list[Quote]:
    article = Article(id=article_id(text), text=text)
    doc = annotate.parse(text)
    actors, mentions = extract_actors(doc, article)
    return extract_quotes(Reading.of(doc, article, actors, mentions, []))


def quote_with(quotes: list[Quote], text: str, words: str) -> list[Quote]:
    found = [q for q in quotes if words in q.content_text(text)]
    assert found, [q.content_text(text) for q in quotes]
    return found


def resolved(quote: Quote, text: str) -> list[tuple[str, str]]:
    """(pronoun as written at its offsets, referent as written) of each referent."""
    return [(text[r.start : r.end], r.referent) for r in quote.referents]


def test_a_pronoun_that_agrees_with_the_speaker_is_the_speaker() -> None:
    text = ("Mayor Karl Lindqvist spoke to reporters at the harbour on Friday. "
            "Mr. Lindqvist repeated that he would not sell the old ferry terminal.")
    (quote,) = quote_with(quotes_of(text), text, "would not sell")
    assert resolved(quote, text) == [("he", "Karl Lindqvist")]
    assert quote.referents[0].actors == [quote.speaker.actor] if quote.speaker else False
    assert shown_text(quote, text, {}) == (
        "that he [Karl Lindqvist] would not sell the old ferry terminal")


def test_they_after_two_coordinated_speakers_is_both() -> None:
    text = ("Chancellor Greta Olsen and her Danish counterpart, Mette Holm, both said on "
            "Tuesday they were ready to reopen the bridge talks.")
    quotes = quote_with(quotes_of(text), text, "ready to reopen")
    assert len(quotes) == 2  # one quote per speaker, the same referent for both
    for quote in quotes:
        assert resolved(quote, text) == [("they", "Greta Olsen and Mette Holm")]
        assert len(quote.referents[0].actors) == 2
    names = {a: n for a, n in zip(quotes[0].referents[0].actors, ("G. Olsen", "M. Holm"),
                                  strict=True)}
    assert shown_text(quotes[0], text, names).startswith("they [G. Olsen and M. Holm] were")


def test_a_pronoun_with_two_fitting_candidates_stays_bare() -> None:
    text = ("Pavel Novak met Tomas Berg in Prague on Monday. "
            "Mr. Novak said Mr. Berg told him he had already signed the contract.")
    # Mr. Novak's saying, and Mr. Berg's telling inside it: in neither is "he" clear.
    for quote in quote_with(quotes_of(text), text, "signed the contract"):
        assert not [p for p, _ in resolved(quote, text) if p == "he"]
        assert "he [" not in shown_text(quote, text, {})


def test_an_object_pronoun_is_never_its_own_clauses_subject() -> None:
    """ "Ruiz said that when the governor visits her state, she plans to press him on the
    dam": "she" is the speaker, but "him" is the object of a verb whose subject she is, so it
    is someone else (else the text would say "herself"): never the speaker."""
    text = ("Senator Karl Lindqvist said that when the governor visits his state on Tuesday, "
            "he plans to press him on why the dam is still closed.")
    (quote,) = quote_with(quotes_of(text), text, "plans to press")
    shown = resolved(quote, text)
    assert ("he", "Karl Lindqvist") in shown
    assert not [r for p, r in shown if p == "him"]


def test_a_speaker_described_not_named_is_a_rival_for_his_or_her() -> None:
    # "a judge" may well be whose decision it is: the one name before it is not clear enough.
    text = ("The government of Prime Minister Karl Lindqvist lost a case in Oslo on Friday. "
            "A judge said he would not suspend his ruling against the ferry levy.")
    (quote,) = quote_with(quotes_of(text), text, "would not suspend")
    assert not any(r.actors for r in quote.referents), resolved(quote, text)


def test_a_span_of_time_or_a_measure_is_nobody_they_could_be() -> None:
    # "80 years ago": years are no one a "they" stands for.
    text = ("The ferry line opened 80 years ago. Its owner, Ivo Marek, says this is the "
            "hardest winter they have had.")
    (quote,) = quote_with(quotes_of(text), text, "hardest winter")
    assert resolved(quote, text) == []


def test_an_antecedent_in_the_previous_sentence_when_it_is_the_only_one() -> None:
    text = ("Senator Ana Ruiz left the chamber before the vote on the water bill. "
            "Her aides said she had been called home to a family emergency.")
    (quote,) = quote_with(quotes_of(text), text, "called home")
    assert resolved(quote, text) == [("she", "Ana Ruiz")]


def test_a_direct_quotation_is_never_about_its_speaker_in_the_third_person() -> None:
    text = ("Coach Mark Ellis praised his new striker, Leo Santos, after the match. "
            "“He has worked harder than anyone this season,” said Mark Ellis.")
    (quote,) = quote_with(quotes_of(text), text, "worked harder")
    assert resolved(quote, text) == [("He", "Leo Santos")]


def test_the_briefing_shows_referents_in_markdown_html_and_json() -> None:
    import json

    from newsdesk.link.actors import link
    from newsdesk.pipeline import process
    from newsdesk.render import html, markdown
    from newsdesk.render import json as json_render
    from newsdesk.synthesize import briefing

    text = ("Chancellor Greta Olsen and her Danish counterpart, Mette Holm, both said on "
            "Tuesday they were ready to reopen the bridge talks.\n")
    article = Article(id=article_id(text), text=text, outlet="The Harbour Post")
    exs = [process(article, annotate.parse(text))]
    brief = briefing.build(exs, link(exs), None, 40)
    shown = "they [Greta Olsen and Mette Holm] were ready to reopen the bridge talks"
    assert shown in markdown.render(brief)
    assert shown in html.render(brief)
    entries = [q for g in json.loads(json_render.render(brief))["quotes"] for q in g["quotes"]]
    assert {q["shown"] for q in entries} == {shown}
    assert all(q["text"].startswith("they were ready") for q in entries)
    assert all(text[r["start"] : r["end"]] == "they" for q in entries for r in q["referents"])


def test_a_reflexive_is_the_subject_of_its_own_clause_not_the_speaker() -> None:
    """"... angry that Governor Keating finds himself at a gala": "himself" is the governor
    (binding theory's principle A), not the chairman who said it; where that subject is no one
    named ("the governor had made himself scarce") the reflexive is left bare; "she wanted to
    excuse herself" is still the speaker."""
    text = ("Party chairman Ralph Dunmore said he was angry that Governor Paul Keating finds "
            "himself at a charity gala while the river floods.")
    (quote,) = quote_with(quotes_of(text), text, "charity gala")
    assert resolved(quote, text) == [("he", "Ralph Dunmore"), ("himself", "Paul Keating")]
    text = "Ralph Dunmore spoke on Monday. He said the governor had made himself scarce."
    (quote,) = quote_with(quotes_of(text), text, "scarce")
    assert resolved(quote, text) == []
    text = "Senator Joan Pike said she wanted to excuse herself from the hearing."
    (quote,) = quote_with(quotes_of(text), text, "excuse")
    assert resolved(quote, text) == [("she", "Joan Pike"), ("herself", "Joan Pike")]


def test_a_person_described_in_what_was_said_is_a_rival_of_the_speaker() -> None:
    """ "The president's comments came as questions were asked about whether he had been
    engaged, says the BBC's Adam Brookes": the correspondent reports on the president, and
    "he" was the correspondent; a person described before the pronoun rivals the speaker as
    a name does."""
    text = ("Mayor Piet Lund toured the harbour on Monday. The mayor's remarks came as "
            "questions grew about whether he had done enough, says the Courier's Tom Berg in "
            "Dunmore.")
    (quote,) = quote_with(quotes_of(text), text, "had done enough")
    assert ("he", "Tom Berg") not in resolved(quote, text), resolved(quote, text)
    own = "Tom Berg said he would stay in Dunmore."
    (quote,) = quote_with(quotes_of(own), own, "would stay")
    assert resolved(quote, own) == [("he", "Tom Berg")]


def test_those_the_speaker_tells_are_no_they_in_the_speakers_own_words() -> None:
    """"Salazar told reporters he was not confident that BP knows what it's doing. 'If we find
    they're not doing what they're supposed to be doing, we'll push them out of the way,'
    Salazar said": "they" was shown as "reporters".  Speaking to them, a speaker calls those
    told "you"; so in a direct quotation a he, she or they stands for no one the object of a
    verb of addressing ("told", "asked", "warned") names.  Outside the marks the told stay
    candidates: "The mayor told the pilots they would be paid"."""
    text = ("Mayor Ann Berg told reporters she was not sure the ferry firm knew its job. "
            "\"If we find they are not doing their work, we will replace them,\" Berg said.")
    (quote,) = quote_with(quotes_of(text), text, "not doing their work")
    assert ("they", "reporters") not in resolved(quote, text), resolved(quote, text)
    told = ("The harbour master met the pilots on Monday. "
            "He told the pilots that they would be paid by Friday.")
    (quote,) = quote_with(quotes_of(told), told, "would be paid")
    assert resolved(quote, told) == [("they", "the pilots")], resolved(quote, told)
