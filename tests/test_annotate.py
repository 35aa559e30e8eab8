"""The parse: our faster rule lookups give the model's own annotations; batches keep order."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

from newsdesk import annotate
from newsdesk.annotate import attributes
from newsdesk.annotate.attributes import IndexedAttributeRuler
from newsdesk.annotate.lemmas import KnownWords
from newsdesk.model import Article, article_id
from newsdesk.pipeline import Failure, process_batch
from tests.conftest import NYT, WAPO
from tests.test_quotes_meaning import quotes_of

# Our own sentences, chosen to reach the rules' rarer corners: contractions the model lemmatises
# by exception, expletive "there", auxiliaries, "but" as an adverb, blank lines.
AWKWARD = (
    "Y'all ain't gonna believe it, but there is a deal.\n\n"
    "Let's see: the minister hasn't signed and won't sign, she said. "
    "It is nothin' new; I would've told you.  They're gonna wait, gotta wait.\n"
    "There were two rounds, but they got nowhere.   \n"
    "\"Who's next?\" he asked. We'd all but given up."
)


@pytest.fixture(scope="module")
def stock_model() -> Language:
    """The model as shipped: its own attribute ruler (spaCy's Matcher) and lemmatizer lists."""
    return importlib.import_module(annotate.MODEL_PACKAGE).load()


@pytest.fixture(scope="module")
def stock_lemmatizer(stock_model: Language) -> Lemmatizer:
    stock = stock_model.get_pipe("lemmatizer")
    assert isinstance(stock, Lemmatizer)
    return stock


def _before_the_rules(text: str) -> Doc:
    nlp = annotate.load()
    with nlp.select_pipes(disable=[attributes.FACTORY, "lemmatizer", "ner"]):
        return nlp(text)


def _stock_and_indexed(
    text: str, stock_model: Language
) -> tuple[list[tuple[int, ...]], list[tuple[int, ...]]]:
    doc = _before_the_rules(text)
    stock = stock_model.get_pipe("attribute_ruler")
    ours = annotate.load().get_pipe(attributes.FACTORY)
    assert type(stock) is AttributeRuler and isinstance(ours, IndexedAttributeRuler)
    assert ours.indexed
    return stock.match(doc), ours.match(doc)


def _annotations(doc: Doc) -> list[tuple[str, str, str, str]]:
    return [(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def test_indexed_rules_match_exactly_what_the_matcher_matches(stock_model: Language) -> None:
    stock, indexed = _stock_and_indexed(AWKWARD, stock_model)
    assert indexed == stock
    lemma_rules = {attr_id for attr_id, _, start, end in stock if end - start == 2}
    assert lemma_rules, "the two-token rules (y'all, gonna, let's) were reached"


def test_the_indexed_ruler_annotates_as_the_stock_one(stock_model: Language) -> None:
    ours = annotate.load().get_pipe(attributes.FACTORY)
    stock = stock_model.get_pipe("attribute_ruler")
    assert _annotations(ours(_before_the_rules(AWKWARD))) == _annotations(
        stock(_before_the_rules(AWKWARD))
    )


@pytest.mark.seed
def test_indexed_rules_match_the_matcher_on_the_seed_story(
    seed_dir: Path, stock_model: Language
) -> None:
    for name in (WAPO, NYT):
        text = (seed_dir / name).read_text(encoding="utf-8")
        stock, indexed = _stock_and_indexed(text, stock_model)
        assert len(stock) > 1000
        assert indexed == stock


def test_the_indexed_ruler_is_a_pipeline_component_that_saves_its_rules() -> None:
    nlp = annotate.load()
    assert attributes.FACTORY in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    assert nlp.config["components"][attributes.FACTORY]["factory"] == attributes.FACTORY
    ours = nlp.get_pipe(attributes.FACTORY)
    assert isinstance(ours, IndexedAttributeRuler)
    copy = IndexedAttributeRuler(nlp.vocab).from_bytes(ours.to_bytes(exclude=["vocab"]))
    assert copy.patterns == ours.patterns and copy.indexed
    doc = _before_the_rules(AWKWARD)
    assert copy.match(doc) == ours.match(doc)


def test_a_pattern_the_index_does_not_know_falls_back_to_the_matcher() -> None:
    ruler = IndexedAttributeRuler(annotate.load().vocab)
    ruler.add([[{"LOWER": "deal", "OP": "+"}]], {"LEMMA": "agreement"})
    assert not ruler.indexed
    doc = _before_the_rules("There is a deal.")
    assert ruler.match(doc) == AttributeRuler.match(ruler, doc) != []


def _lemmas_both_ways(text: str, stock: Lemmatizer) -> tuple[list[str], list[str]]:
    nlp = annotate.load()
    with nlp.select_pipes(disable=["lemmatizer"]):
        doc = nlp(text)
    ours = nlp.get_pipe("lemmatizer")
    expected = [t.lemma_ for t in stock(doc)]
    return expected, [t.lemma_ for t in ours(doc)]


def test_known_words_as_sets_give_the_shipped_lemmas(stock_lemmatizer: Lemmatizer) -> None:
    ours = annotate.load().get_pipe("lemmatizer")
    assert isinstance(ours, Lemmatizer)
    assert isinstance(ours.lookups.get_table("lemma_index").get("noun"), KnownWords)
    text = AWKWARD + " The rallies ended; ministers were meeting, and the talks had stalled."
    expected, got = _lemmas_both_ways(text, stock_lemmatizer)
    assert got == expected
    assert {"rally", "minister", "meet", "stall"} <= set(got)


@pytest.mark.seed
def test_known_words_as_sets_on_the_seed_story(
    seed_dir: Path, stock_lemmatizer: Lemmatizer
) -> None:
    for name in (WAPO, NYT):
        expected, got = _lemmas_both_ways(
            (seed_dir / name).read_text(encoding="utf-8"), stock_lemmatizer
        )
        assert got == expected


def test_the_shared_pipeline_applies_the_rules() -> None:
    doc = annotate.parse("There is a deal, but they're gonna wait.")
    by_text = {t.text: t for t in doc}
    assert by_text["is"].pos_ == "VERB"  # expletive "there is": a verb, not an auxiliary
    assert by_text["'re"].lemma_ == "be"
    assert [t.lemma_ for t in doc if t.text in ("gon", "na")] == ["go", "to"]


def test_batches_cut_the_same_way_whatever_the_input() -> None:
    assert [len(b) for b in annotate.batches(range(19), 8)] == [8, 8, 3]
    assert list(annotate.batches([], 8)) == []


def test_a_batch_keeps_order_and_skips_what_it_cannot_parse() -> None:
    texts = [
        "The mayor said on Monday that the bridge would reopen.",
        "Le maire a dit lundi que le pont rouvrirait bientôt, selon la mairie de la ville.",
        "\"We are ready,\" the engineer said.",
    ]
    articles = [
        Article(id=article_id(t), text=t, language="fr" if i == 1 else "en")
        for i, t in enumerate(texts)
    ]
    results = process_batch(articles)
    assert [r.article.id for r in results] == [a.id for a in articles]
    assert not any(isinstance(r, Failure) for r in results)
    french = results[1]
    assert not isinstance(french, Failure) and french.flags and not french.quotes
    spoken = results[2]
    assert not isinstance(spoken, Failure)
    [quote] = spoken.quotes
    assert quote.kind == "direct" and quote.speaker is not None
    assert [texts[2][s.start : s.end] for s in quote.content] == ["We are ready,"]
    assert quote.speaker.text == "the engineer"


def test_no_sentence_starts_after_a_titles_abbreviation_or_inside_a_credit() -> None:
    nlp = annotate.load()
    text = ("Photograph: Ola Berg/AP Harbour Adm. Ines Kohl said the pier was shut. "
            "Sen. Paul Roth agreed. The ferry left the U.S. The crew stayed.")
    doc = nlp.get_pipe("newsdesk_paragraphs")(nlp.make_doc(text))
    at = {t.text: t for t in doc}
    assert at["Ines"].is_sent_start is False and at["Paul"].is_sent_start is False
    assert at["Harbour"].is_sent_start is True  # the credit ends where the paragraph begins
    assert doc[-4].text == "The" and doc[-4].is_sent_start is not False  # after "U.S."
    sentences = [s.text for s in annotate.parse(text).sents]
    assert sentences[0] == "Photograph: Ola Berg/AP"


def test_no_sentence_starts_after_a_titles_abbreviation_whose_point_is_split_off() -> None:
    """'"...," said Capt. Ana Dahl, a skipper.': the tokenizer splits the point off some
    abbreviated titles ("Capt" "." "Ana"), and the parser started a sentence at the name,
    leaving the quotation's frame with "Capt" for its speaker.  A name follows a title's
    point as it follows "Adm." kept whole."""
    text = ('Ferries were idle along the fjord on Monday.\n'
            '"The harbour has never been this quiet," said Sgt. Tomas Vik, a pilot in Alta.\n'
            '"We can wait," said Capt. Ola Dahl.\n')
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert sentences[1:] == [
        '"The harbour has never been this quiet," said Sgt. Tomas Vik, a pilot in Alta.',
        '"We can wait," said Capt. Ola Dahl.'], sentences


def test_a_caption_ending_on_the_name_that_opens_the_next_sentence_ends_there() -> None:
    """ "... a headache for Mr Lind Mr Lind pledged to reopen the quay": a caption run into
    the sentence after it, the name doubled at the seam; one name is no "Lind Mr Lind".  A
    name doubled by its nature ("Bora Bora"), never written alone, stays whole."""
    text = ("The strike has become a headache for Mr Lind Mr Lind pledged to reopen the quay "
            "by Friday.\nMr Lind met the pilots.\nThe ferry sailed for Bora Bora on Monday.")
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert sentences == ["The strike has become a headache for Mr Lind",
                         "Mr Lind pledged to reopen the quay by Friday.", "Mr Lind met the pilots.",
                         "The ferry sailed for Bora Bora on Monday."], sentences


def test_a_line_running_on_in_lower_case_continues_its_sentence() -> None:
    """A scrape that broke one sentence over two lines, and lines that truly start anew."""
    text = ('The harbour study, titled "Where Did the Fuel Go?"\n'
            "found a third of it was skimmed.\n"
            "Tanks were emptied.\n"
            "de Vries said the pier was shut\n"
            "and the ferries stayed.")
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert sentences[0] == ('The harbour study, titled "Where Did the Fuel Go?"\n'
                            "found a third of it was skimmed.")
    assert "Tanks were emptied." in sentences
    assert sentences[2].startswith("de Vries said the pier was shut")


def test_a_line_opening_on_a_comma_or_semicolon_continues_the_line_before() -> None:
    """A scrape broke the line after a lawmaker's party and state ("Rep. Carla Mendes, D-Ore."
    / ", chairwoman of ..., said ..."): no sentence opens on a comma or a semicolon, so the
    name and its verb stay one sentence, and the speaker of what was said is the lawmaker, not
    "chairwoman of the House transport panel" nor ", who last week"."""
    text = ("Lawmakers returned to the budget fight on Tuesday.\n"
            "Rep. Carla Mendes, D-Ore.\n"
            ", chairwoman of the House transport panel, said the hearings would begin soon.\n"
            "Sen. Tom Halvorsen (R-Neb.)\n"
            ', who last week warned that the bridge plan "cannot be rushed", has been one of its '
            "biggest critics.\n"
            "The rail unions asked for more time\n"
            "; the ports asked for none.")
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert not any(s[:1] in (",", ";") for s in sentences), sentences
    assert any(s.startswith("Rep. Carla Mendes") and "said the hearings" in s for s in sentences)
    assert any(s.startswith("Sen. Tom Halvorsen") and "warned" in s for s in sentences)
    speakers = {q.cue.text if q.cue else "": q.speaker.text if q.speaker else ""
                for q in quotes_of(text)}
    assert "Mendes" in speakers["said"] and speakers["warned"] == "who", speakers


@pytest.mark.parametrize(("text", "news"), [
    ("BAD WALDSEE, Bavaria | Mon Mar 4, 2024 9:36 am CET BAD WALDSEE, Bavaria (Reuters) - Ines "
     "Kohl, a ferry owner, laughs when asked about the payout. It barely pays the bill.",
     "Ines Kohl, a ferry owner, laughs when asked about the payout."),
    ("Harbour strike widens, ferries stay moored LINDAU | Mon Mar 4, 2024 9:36 am CET LINDAU "
     "(Reuters) - Ferries could stay moored all week, the union said on Monday. More follows.",
     "Ferries could stay moored all week, the union said on Monday."),
])
def test_a_wire_leads_news_is_a_sentence_of_its_own(text: str, news: str) -> None:
    """The place and stamp a scrape runs into a wire story's first line hold no sentence break
    ("Mon" ended one, and "Mar 4, 2024 ... - Ines Kohl ..." began the next), and the news
    begins a sentence of its own after them, as a headline before them ends one."""
    sentences = [s.text for s in annotate.parse(text).sents]
    assert news in sentences
    assert not any(s.endswith("| Mon") for s in sentences)


def test_a_line_broken_inside_a_bracket_goes_on() -> None:
    """A scrape cut the tickers at their full stops: "Norlund Plc (NRL." / "L) (NRL." / "N)
    said ..." is one sentence, not one whose speaker is "N"."""
    text = ("OSLO, March 4 (Reuters) - Norlund Plc (NRL.\nL) (NRL.\nN) said on Monday it had "
            "stopped the leak.\nThe harbour stayed shut.")
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    said = next(s for s in sentences if "said on Monday" in s)
    assert "Norlund Plc (NRL." in said and not said.startswith("N)")
    assert sentences[-1] == "The harbour stayed shut."


def test_a_subheading_in_capitals_run_into_its_paragraph_ends_a_sentence() -> None:
    """"NEW PIER FOR THE FERRIES When engineers ...": the subheading is no part of the news
    sentence after it; "US officials said ..." opens on an acronym, not a subheading."""
    text = ("The pier was shut.\nNEW PIER FOR THE FERRIES When engineers closed the quay, the "
            "ferries moved.\nUS officials said the quay would reopen.\nQUAY WALL REPAIRED In "
            "March, divers sealed the wall.\nNRL CEO Ines Kohl said the ferries were safe.")
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert "When engineers closed the quay, the ferries moved." in sentences
    assert "US officials said the quay would reopen." in sentences
    assert "In March, divers sealed the wall." in sentences
    assert "NRL CEO Ines Kohl said the ferries were safe." in sentences


def test_a_subheading_in_capitals_with_quoted_words_run_into_its_paragraph_ends_a_sentence(
) -> None:
    """'"DEAD ZONE" COULD SPREAD NORTH Fishermen ...': a subheading may quote its own words,
    at its start or inside it; it is still no part of the news sentence after it (the event
    coder read the subheading and the sentence as one)."""
    text = ('The pier was shut.\n"DEAD ZONE" COULD SPREAD NORTH Fishermen have lost half their '
            "catch since the leak began.\nNO SIGN OF 'RED TIDE' In May, divers found clear water.")
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert "Fishermen have lost half their catch since the leak began." in sentences
    assert "In May, divers found clear water." in sentences


def test_a_one_letter_prefix_stays_with_its_word() -> None:
    """"his supervisor e-mailed both firms": one verb, not "e", "-", "mailed"."""
    doc = annotate.parse("Mr Lind said his supervisor e-mailed both firms about the leak.")
    mailed = next(t for t in doc if t.text == "e-mailed")
    assert mailed.pos_ == "VERB" and mailed.head.text == "said"


def test_no_sentence_starts_on_a_lower_case_word_mid_sentence() -> None:
    """The parser cut "... over the top of the Kessel Star" from "well so oil could be
    collected" after a subheading; a word in lower case begins no sentence unless a
    sentence's end or a line break comes before it."""
    nlp = annotate.load()
    text = ("NEW CAP FOR THE WELL In June, Norlund placed a cap over the top of the Kessel Star "
            "well so oil could be collected at the surface.")
    doc = nlp.get_pipe("newsdesk_paragraphs")(nlp.make_doc(text))
    well = next(t for t in doc if t.text == "well")
    assert well.is_sent_start is False


def test_a_subheading_in_capitals_is_one_sentence() -> None:
    """The parser cut "WELL" off "NEW GATE FOR THE FLOODED WELL", and the summary's mending of
    hard-wrapped lines joined it onto the next sentence: the subheading is held whole."""
    text = ("The leak went on.\nNEW GATE FOR THE FLOODED WELL Engineers then bolted a new gate "
            "onto the well.\nThis was a test.")
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert "NEW GATE FOR THE FLOODED WELL" in sentences
    assert "Engineers then bolted a new gate onto the well." in sentences


def test_a_fact_box_run_together_without_full_stops_is_cut_at_each_opening_word() -> None:
    """A scrape joined a fact box's lines with spaces: each line is its own sentence; a
    capital inside a name or after one ("hepatitis A vaccine", "told The Times") is not."""
    doc = annotate.parse(
        "Booms have held although high waves have pushed oil over them Some controlled burning "
        "has taken place, but it fouls the air Thousands of gallons of dispersant were used. "
        "Doctors gave the hepatitis A vaccine to workers, the mayor told The Times on Monday."
    )
    starts = [s.text.split()[0] for s in doc.sents]
    assert starts == ["Booms", "Some", "Thousands", "Doctors"]


def test_the_paragraph_a_pull_quote_was_set_into_starts_a_sentence() -> None:
    doc = annotate.parse('Pilots walked out.\nWe have to hope for the best" End Quote Ana Reyes '
                         "Harbour Trust There is no doubt that the oil is coming out slowly.\n")
    assert [s.text.split()[0] for s in doc.sents] == ["Pilots", "We", "There"]


def test_a_caption_ending_on_a_name_run_into_a_sentence_opening_on_a_pronoun() -> None:
    """"... a helicopter delivering water in Jacmel She said ...": a capitalised "She" right
    after a capitalised word starts a sentence; a title in title case does not split."""
    doc = annotate.parse("Residents crowd around a helicopter delivering water in Jacmel She "
                         "said the aircraft had flown from Florida. The film We Were Soldiers "
                         "opened on Friday.")
    assert [s.text.split()[0] for s in doc.sents] == ["Residents", "She", "The"]


def test_a_caption_ending_on_a_name_run_into_a_sentence_opening_on_the() -> None:
    """"Survivors queue for water in Petionville The main hospital has run out ...": a
    capitalised "The" before a word in lower case, right after a capitalised word, starts a
    sentence; "The Hague" and a paper's name ("joined The Courier in 2001") do not split."""
    doc = annotate.parse("Survivors queue for water in Petionville The main hospital has run "
                         "out of beds. Delegates met in The Hague on Monday. She joined The "
                         "Courier in 2001.")
    assert [s.text.split()[0] for s in doc.sents] == ["Survivors", "The", "Delegates", "She"]


def test_a_caption_run_into_a_sentence_opening_on_an_article_starts_a_sentence() -> None:
    """"... at the port A Royal Navy ship is to sail": a capitalised article after a word in
    lower case, before a name, an acronym, a number or an open-class word, starts a
    sentence a scrape ran into a caption or headline; "Some" before a number after a name."""
    doc = annotate.parse(
        "Rescuers say fuel is running short at the port A Royal Navy ship carrying tents is to "
        "sail on Friday. Officials called this a crisis of regional scale The UN mission has "
        "asked for more trucks. Volunteers say the convoy is running late An 8-year-old "
        "boy was found alive. Nurses worked in the clinic until dawn A cold front is expected "
        "to bring rain. Crowds waited for Mayor Jean Valcourt Some 3,000 blankets arrived. "
        "Survivors dig for food and water Up to 10,000 troops will land by Monday. Families "
        "wait at the gates More than 2,000 tents have arrived. Boats left the quay At least "
        "40 people were rescued."
    )
    assert [s.text.split()[0] for s in doc.sents] == [
        "Rescuers", "A", "Officials", "The", "Volunteers", "An", "Nurses", "A", "Crowds", "Some",
        "Survivors", "Up", "Families", "More", "Boats", "At"]


def test_a_capitalised_article_in_a_name_or_after_a_label_does_not_split() -> None:
    """A letter after a noun it labels ("vitamin A", "plan A"), an article after a verb or a
    preposition that takes it as a title's ("told The BBC", "into The KLM Cup"),
    emphasis in capitals ("owe them A LOT") and "About" in a title in title case ("Forecast About
    2030 Election") do not start a sentence."""
    doc = annotate.parse(
        "Doctors gave the children a vitamin A supplement. Her team drew up a plan A and a "
        "plan B. The trawler was nicknamed A Swan by its crew. A spokesman told The BBC "
        "that the well was shut. His yacht was entered into The KLM Cup. The town "
        "will owe them A LOT of thanks. His post, Pundit Makes Bold Forecast About 2030 Election, "
        "went viral. Her book, Why Prices Go Up To 2030 Levels, sold well."
    )
    assert [s.text.split()[0] for s in doc.sents] == [
        "Doctors", "Her", "The", "A", "His", "The", "His", "Her"]


def test_a_caption_run_into_a_sentence_opening_on_a_preposition_starts_a_sentence() -> None:
    """"... stronger in the future In a statement issued later, the envoy ...": a capitalised
    preposition or subordinator after a word in lower case, before a determiner, a number or a
    capitalised word, starts a sentence a scrape ran into a caption; in a title after a verb's
    past form ("titled After The Flood") or after a preposition it does not."""
    doc = annotate.parse(
        "We believe the valley will come back stronger in the future In a statement issued "
        "later, the envoy confirmed two deaths. Crews lacked the support of local authorities "
        "On Saturday morning, a tremor shook the coast. Her report was titled After The Flood "
        "and sold well. The mayor flew in On the advice of doctors."
    )
    assert [s.text.split()[0] for s in doc.sents] == ["We", "In", "Crews", "On", "Her", "The"]


def test_a_caption_run_into_a_sentence_opening_on_it_if_they_or_also_starts_a_sentence() -> None:
    """A caption run into the paragraph after it with no stop: "... washing up in Lakeside It
    would also study ..." (a capitalised "It" after a name, before a finite verb), "... deal
    with the leak If they are confirmed ..." (a subordinator before a subject pronoun), "...
    in the wetlands Also on Friday, the mayor ..." ("Also" between words in lower case); the
    caption's words went to the sentence's speaker, and a condition to the caption's promise.
    A title's "It" before a capital, and "if" in lower case, stay inside their sentences."""
    doc = annotate.parse(
        "A diver says oil seems to be washing up in Lakeside It would also study the harbour's "
        "safety rules. The ferry company has vowed it will deal with the leak If they are "
        "confirmed as coming from the ferry, the tar balls would mark the leak's farthest "
        "reach. Oil has covered the reeds in the wetlands Also on Friday, the mayor said the "
        "pier would open. Her film Make It Count opened on Friday and she asked if they "
        "would come."
    )
    assert [s.text.split()[0] for s in doc.sents] == [
        "A", "It", "The", "If", "Oil", "Also", "Her"]


def test_a_caption_run_into_a_sentence_opening_on_a_participle_of_saying_starts_it() -> None:
    """"At least 900 tonnes of grain have been lost daily Speaking on Monday, the mayor
    blamed ...": a caption with no stop run into a sentence that opens on a participle of its
    frame ("Speaking", "Writing", "According"), capitalised as no word inside a sentence is;
    the caption opened the mayor's sentence, the summary's item and the quote.  A title's
    participle after a closed-class word ("the Art of Speaking in Public") stays inside."""
    doc = annotate.parse(
        "At least 900 tonnes of grain have been lost daily Speaking on Monday, the mayor blamed "
        "the storm for the losses. Her book The Art of Speaking in Public sold well. Dams "
        "were opened upstream According to the engineers, the river will fall by Sunday."
    )
    assert [s.text.split()[0] for s in doc.sents] == [
        "At", "Speaking", "Her", "Dams", "According"]


def test_a_caption_run_into_a_quotation_with_its_frame_starts_a_sentence() -> None:
    """'... appeal for blankets "We are doing all we can," Ms Lind said.': a quotation closed by
    a comma and its speaker's frame opens a sentence where a caption ending on a word in lower
    case ran into it; a quotation a verb or a noun introduces inside a sentence stays there."""
    doc = annotate.parse(
        'Three mayors appeal for blankets "We are doing all we can," Ms Lind said, adding that '
        'more would come. She then said "We will stay," and left. Locals call the bridge '
        '"The Needle" for its shape.'
    )
    assert [s[0].text for s in doc.sents] == ["Three", '"', "She", "Locals"]


def test_a_closing_mark_after_a_full_stop_ends_its_own_sentence() -> None:
    """'... the crew were doing."' then a new line: the mark closes the quoted sentence; it is
    not a sentence of its own (the pronoun after it would look two sentences back)."""
    doc = annotate.parse(
        'A harbour spokesman said: "The mayor thanks the crew for the work they were doing."\n'
        "He added that the families had been told.\n"
    )
    assert [s.text.strip()[:2] for s in doc.sents] == ["A ", "He"]


@pytest.mark.parametrize("first, lead", [
    ("Governor Ana Berg warned the flood threatened their harvest Heavy rain hampered efforts "
     "to reach the valley, with roads closed.",
     "Heavy rain hampered efforts to reach the valley, with roads closed."),
    ("Aid for the valley Hungry families queued for bread at the depot.",
     "Hungry families queued for bread at the depot."),
])
def test_a_lead_opening_on_a_common_word_glued_onto_a_caption_is_a_sentence(first: str,
                                                                           lead: str) -> None:
    """"... warned the flood threatened their harvest Heavy rain hampered efforts ...": the
    caption ran into the lead on a page's first line, and the governor was quoted saying the
    lead.  A capitalised common noun or adjective opening the subject of a finite verb after a
    noun that closes a phrase is as much a lead's opening as a name is (inside a sentence only
    a name is written with a capital)."""
    sentences = [s.text.strip() for s in annotate.parse(first + "\nThe crews went home.\n").sents]
    assert lead in sentences, sentences
    # an adjective of a people or a compass point is written so inside a sentence too
    whole = "Norway cut the tax, in a move British shareholders greeted with relief."
    assert [s.text for s in annotate.parse(whole).sents] == [whole]


@pytest.mark.parametrize("first, lead", [
    ("The ferry is being towed slowly to the harbour Norlund has replaced the broken hull "
     "plate that failed in March.",
     "Norlund has replaced the broken hull plate that failed in March."),
    ("Mayor backs the pier plan over harbour objections NFC says the pier will open in May.",
     "NFC says the pier will open in May."),
    ("Lindau mourns the crew of the lost boat Mayor Ines Kohl has declared a day of "
     "mourning.", "Mayor Ines Kohl has declared a day of mourning."),
    ("Ferry strike: Norlund hopes to resume sailings 'within two days' Norlund has hired "
     "forty more deckhands.", "Norlund has hired forty more deckhands."),
    ('Harbour master: "The quay is safe again" Mayor Ines Kohl has reopened the pier.',
     "Mayor Ines Kohl has reopened the pier."),
])
def test_a_lead_glued_onto_a_caption_on_the_first_line_is_a_sentence(first: str,
                                                                      lead: str) -> None:
    """A scraped page's first line runs headline, caption and lead together with no stop ("...
    to the harbour Norlund has replaced ..."): a name that opens the subject of a finite verb,
    right after a noun that closes a phrase opened by a determiner or a preposition, opens the
    lead (stories were labelled, and quotes and events read, across the three)."""
    sentences = [s.text.strip() for s in annotate.parse(first + "\nThe crews went home.\n").sents]
    assert lead in sentences


def test_a_lead_after_a_headline_closing_on_a_quotation_on_the_first_line_is_a_sentence(
) -> None:
    """"Ferry fares to be 'cut soon' The harbour board has agreed ...": a headline that closes
    on a quotation, run into the caption or lead after it on a page's first line; a capitalised
    article before a word in lower case right after the closing mark opens a sentence (the
    headline's noun phrase was a speaker, the lead its quotation).  A quoted name before a
    name ("'Top kill' Norlund operation fails") and a line past the first stay whole."""
    text = ("Ferry fares to be 'cut soon' The harbour board has agreed to lower prices from May."
            "\nThe crews went home.\n")
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert "The harbour board has agreed to lower prices from May." in sentences, sentences
    for kept in ("'Top kill' Norlund operation fails as the pumps stop.\nCrews went home.\n",
                 "Crews went home.\nFares to be 'cut soon' The board agreed.\n"):
        sentences = [s.text.strip() for s in annotate.parse(kept).sents]
        assert len(sentences) == 2, sentences


@pytest.mark.parametrize("text", [
    "Ferry strike spreads after talks fail Ferry operator Norlund has cut its timetable.",
    "Protest at the harbour over the plan as the ferry giant Norlund has cut its timetable.",
    "Officials said the figures Norlund has released are incomplete.",
    "The union's 'final offer' Norlund rejected was a pay rise of two percent.",
    "Crowds gathered on the quay to watch the moment Lindau was lit by the new lamps.",
    "Crowds in the square cheered as an upbeat Mayor Kohl has opened the new pier.",
    "Crews went home.\nThe ferry is being towed to the harbour Norlund has replaced the plate.",
])
def test_a_name_that_a_noun_describes_or_a_relative_clause_opens_stays_in_its_sentence(
    text: str,
) -> None:
    """Not where the noun before describes the name ("ferry operator Norlund", "the ferry giant
    Norlund"), where the name opens a relative clause with no "that" (its verb lacks an object,
    "the figures Norlund has released are ..."; after a noun of time, "the moment Lindau was
    lit"), after an adjective ("an upbeat Mayor Kohl"), nor past a page's first line."""
    sentences = [s.text.strip() for s in annotate.parse(text + "\n").sents]
    assert not any(s.startswith(("Norlund", "Lindau was", "Mayor Kohl")) for s in sentences)


@pytest.mark.parametrize("first, lead", [
    ("Harbour strike: first pictures of quay damage Norvik finally releases photos taken on "
     "the night of the storm.", "Norvik finally releases photos taken on the night of the storm."),
    ("Ferry strike: pictures of harbour protest Norvik says the crews will return on Monday.",
     "Norvik says the crews will return on Monday."),
])
def test_a_lead_glued_after_a_phrase_of_of_or_with_an_adverb_is_a_sentence(first: str,
                                                                            lead: str) -> None:
    """A caption's phrase opened by "of" ("first pictures of quay damage") and a lead whose
    subject and verb an adverb parts ("Norvik finally releases ...") glue as the captions
    above do: the name opens the lead.  The story was labelled "... of oil leak BP finally",
    and the headline was a speaker."""
    sentences = [s.text.strip() for s in annotate.parse(first + "\nThe crews went home.\n").sents]
    assert lead in sentences, sentences


@pytest.mark.parametrize("text, opening", [
    ("The head of communications Erik Sand said the crews will return on Monday.\n",
     "The head of communications Erik Sand said"),
    ("The good thing about the coast -- where the dry land of north Lindau gives up, and bogs "
     "run to the sea -- was the calm.\n", "The good thing about the coast"),
])
def test_a_name_after_a_title_or_a_compass_point_stays_in_its_sentence(text: str,
                                                                        opening: str) -> None:
    """"The head of communications Erik Sand said ...": "of communications" is part of the
    title before the name, not a caption before a lead; "north Lindau" is one place's name."""
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert sentences[0].startswith(opening), sentences
