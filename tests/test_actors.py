"""Actors: label repair, name variants, titles in their four shapes, country and sector."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Span as SpacySpan

from newsdesk import annotate
from newsdesk.extract.actors import extract_actors
from newsdesk.model import Actor, Article, article_id


def actors_of(text: str) -> dict[str, Actor]:
    article = Article(id=article_id(text), text=text)
    actors, mentions = extract_actors(annotate.parse(text), article)
    for mention in mentions:  # every mention points at an actor and at its own words
        assert mention.actor in {a.id for a in actors}
        assert text[mention.start : mention.end] == mention.text
    return {a.id: a for a in actors}


def titles(actor: Actor) -> list[str]:
    return [t.text for t in actor.titles]


def actors_tagged(text: str, *tags: tuple[str, str, bool]) -> list[Actor]:
    """The actors of ``text`` where the model's entities are replaced by ``tags``: (words,
    label, last), the words' first occurrence (their last where ``last``) tagged ``label``.
    How the stage reads an entity the model tags wrongly, whatever the model does today."""
    doc = annotate.parse(text)
    ents = []
    for words, label, last in tags:
        start = text.rindex(words) if last else text.index(words)
        span = doc.char_span(start, start + len(words))
        assert span is not None, words
        ents.append(SpacySpan(doc, span.start, span.end, label=label))
    doc.ents = ents
    actors, _ = extract_actors(doc, Article(id=article_id(text), text=text))
    return actors


def test_name_variants_merge_into_the_full_name() -> None:
    text = (
        "Finance Minister Ilse Varga of Hungary met bankers on Friday. "
        "Ms. Varga said the budget was sound. Varga later left for Vienna."
    )
    found = actors_of(text)
    varga = found["person:ilse-varga"]
    assert len(varga.mentions) == 3
    assert varga.country == "HUN"
    assert varga.sector == "GOV"
    assert "Finance Minister of Hungary" in titles(varga)


def test_appositive_title_and_evidence_span() -> None:
    text = "Tomas Lind, a senior adviser to the Swedish prime minister, declined to comment."
    lind = actors_of(text)["person:tomas-lind"]
    title = lind.titles[0]
    assert text[title.start : title.end] == title.text
    assert title.text == "a senior adviser to the Swedish prime minister"
    assert lind.sector == "GOV"
    assert lind.country == "SWE"


def test_role_phrase_before_name() -> None:
    text = "The summit was attended by Kenya's foreign minister, Amina Odhiambo, on Monday."
    odhiambo = actors_of(text)["person:amina-odhiambo"]
    assert "Kenya's foreign minister" in titles(odhiambo)
    assert odhiambo.country == "KEN"


def test_a_title_and_name_the_model_ran_into_an_organisation_are_a_person() -> None:
    # "Coast Guard Rear Adm. Maria Tolland" read whole as an organisation's name, or the
    # organisation "Harbour Safety" run on into "Secretary Janet Orrin": the title and the
    # name after it are a person's, and no organisation is named after her.
    text = ("The agency has designated the flood as one of \"national significance\".\n"
            "Harbour Safety Secretary Janet Orrin, who is to go to the coast to oversee "
            "operations, told reporters in Lisbon that the designation would free resources.\n"
            "Meanwhile, crews late Wednesday afternoon did a test burn on the slick, which Coast "
            "Guard Rear Adm. Maria Tolland noted was successful.")
    found = actors_of(text)
    assert "person:janet-orrin" in found and "person:maria-tolland" in found
    assert "Rear Adm." in titles(found["person:maria-tolland"])
    assert not [i for i in found if i.startswith("org:") and ("orrin" in i or "tolland" in i)]


def test_countries_by_code_with_aliases() -> None:
    text = "America and the United States are one country; the U.S. sent envoys to Iran."
    found = actors_of(text)
    assert set(found["country:USA"].aliases) >= {"America", "U.S."}
    assert found["country:IRN"].kind == "country"


def test_known_figure_by_surname_gets_full_name() -> None:
    text = "President Trump spoke to reporters. Mr. Trump said nothing new."
    trump = actors_of(text)["person:donald-trump"]
    assert trump.country == "USA"
    assert len(trump.mentions) == 2


@pytest.mark.seed
def test_seed_story_people_have_titles(seed_dir: Path) -> None:
    from tests.conftest import NYT

    text = (seed_dir / NYT).read_text(encoding="utf-8")
    found = actors_of(text)
    expected = {
        "person:hassan-rouhani": "President of Iran",
        "person:ali-khamenei": "Iran’s supreme leader",
        "person:eshaq-jahangiri": "First Vice President",
        "person:abbas-abdi": "a onetime leader of the students",
        "person:sadegh-alhusseini": "a senior foreign-policy and economic adviser to Mr. Jahangiri",
        "person:nader-hashemi": "director of the Middle East Center at Denver University",
        "person:saeed-shariati": "leader of an Iranian reformist political party",
        "person:mohammad-javad-zarif": "Foreign Minister",
        "person:emmanuel-macron": "President of France",
        "person:ruhollah-khomeini": "the father of the Islamic Republic",
        "person:jimmy-carter": "President",
        "person:ronald-reagan": "President",
        "person:donald-trump": "President",
    }
    for ident, title in expected.items():
        assert ident in found, ident
        assert title in titles(found[ident]), (ident, titles(found[ident]))
    assert found["org:kayhan"].sector == "JRN"
    assert found["org:united-against-nuclear-iran"].country == "USA"
    assert "Rouhani" in found["person:hassan-rouhani"].aliases
    assert found["person:hassan-rouhani"].country == "IRN"
    assert not any(a.kind == "person" and a.name in ("Biarritz", "Twitter") for a in found.values())


def test_an_honorific_before_a_family_name_written_first_joins_the_full_name() -> None:
    # The model tags "Moon" alone and leaves "Mr" out; the family name opens "Moon Jae-hyun".
    text = (
        "The assembly adopted a plan put forward by Foreign Minister Moon Jae-hyun on Monday.\n"
        "Mr Moon said the plan would be reviewed in a year."
    )
    found = actors_of(text)
    assert "person:moon" not in found
    assert len(found["person:moon-jae-hyun"].mentions) == 2


def test_a_given_name_is_never_taken_for_a_family_name() -> None:
    text = "Paul Hendry chaired the meeting.\nMr Paul, a farmer from the valley, spoke last."
    found = actors_of(text)
    assert "person:paul-hendry" in found
    assert not any("Paul" in a.aliases for a in found.values())


def test_a_name_tagged_as_an_organisation_is_a_person_when_an_honorific_takes_its_surname() -> None:
    text = (
        "Walter Quimby of Harvest Relief said the lorries had been stopped at the border.\n"
        "The road reopened on Sunday.\n"
        "Mr Quimby of Harvest Relief said food would reach the villages within days."
    )
    found = actors_of(text)
    quimby = [a for a in found.values() if a.name == "Walter Quimby"]
    assert [a.kind for a in quimby] == ["person"]
    assert len(quimby[0].mentions) == 2


def test_an_acronym_defined_in_brackets_is_the_organisation() -> None:
    text = (
        "The Northern Water Authority (NWA) said the reservoir was half empty.\n"
        "The NWA hopes to lift the hosepipe ban by June."
    )
    found = actors_of(text)
    authority = found["org:northern-water-authority"]
    assert "NWA" in authority.aliases and len(authority.mentions) == 3  # its definition too
    assert "org:nwa" not in found
    text = (
        "Ines Barros of the Coastal Migration Office (CMO) said the camps were full.\n"
        "CMO, working with the navy, says more tents are needed."
    )
    office = actors_of(text)["org:coastal-migration-office"]
    assert office.aliases == ["CMO"] and len(office.mentions) == 3


def test_an_acronym_the_article_never_defines_is_the_one_name_it_abbreviates() -> None:
    """News writes the name once and the acronym after it, often with no brackets: "the
    Coastal Safety Board ... the CSB said", "Hollis & Ferrante ... H&F shares"."""
    text = (
        "The Coastal Safety Board opened an inquiry into the ferry fire on Monday.\n"
        "Investigators from the CSB boarded the vessel at dawn, the board said.\n"
        "Hollis & Ferrante, the firm that runs the route, said it would help. "
        "Shares in H&F fell 4 percent."
    )
    found = actors_of(text)
    board = found["org:coastal-safety-board"]
    assert "CSB" in board.aliases and "org:csb" not in found
    lines = found["org:hollis-ferrante"]
    assert "H&F" in lines.aliases and "org:h-f" not in found
    text = (
        "Shares in KF fell on Monday. The spill reached Kellam Flats, the harbour master said."
    )
    found = actors_tagged(text, ("KF", "ORG", False), ("Kellam Flats", "ORG", False))
    assert sorted(a.name for a in found) == ["KF", "Kellam Flats"]  # two letters, written first


def test_an_acronym_two_names_share_stays_apart() -> None:
    """Two organisations with the same initials: the acronym could be either, so it stays
    its own actor."""
    text = (
        "The Coastal Safety Board opened an inquiry on Monday. The Civil Service Bureau said "
        "it would help.\nThe CSB said the talks would go on."
    )
    found = actors_of(text)
    assert "org:coastal-safety-board" in found and "org:civil-service-bureau" in found
    assert not any("CSB" in a.aliases for a in found.values() if a.id != "org:csb")


def test_a_name_set_in_capitals_is_shown_in_ordinary_case() -> None:
    text = "GRETA HOLLOWAY, FIELD NURSE The generator failed again before dawn."
    found = actors_of(text)
    assert [a.name for a in found.values() if a.kind == "person"] == ["Greta Holloway"]


def test_a_portfolio_before_a_title_is_part_of_the_title() -> None:
    text = ("Overseas Aid Secretary Harriet Mole said the frigate would sail on Monday.\n"
            "Coast Guard Rear Adm. Lena Ortiz said the booms were in place.")
    found = actors_of(text)
    assert titles(found["person:harriet-mole"]) == ["Overseas Aid Secretary"]
    assert titles(found["person:lena-ortiz"]) == ["Rear Adm."]  # the service is no portfolio


def test_a_rank_written_without_its_full_stop_is_a_title() -> None:
    text = "US Army Maj Gen Carl Brandt, the deputy commander, said 400 lorries had arrived."
    found = actors_of(text)
    assert "Maj Gen" in titles(found["person:carl-brandt"])
    assert "org:us-army" in found and "org:us-army-maj" not in found


def test_a_name_after_a_lower_case_organisation_noun_is_the_organisation() -> None:
    text = ("Mia Holt of Irish charity Tallow told reporters the road was shut. "
            "The rival firm Jonas Berg said it would appeal. "
            "The group's leader Ana Ruiz said nothing.")
    found = actors_of(text)
    assert found["org:tallow"].kind == "org" and "person:tallow" not in found
    assert "org:jonas-berg" in found  # a firm named after its founder
    assert "person:ana-ruiz" in found and "person:mia-holt" in found


def test_a_name_after_website_or_tabloid_is_the_outlet() -> None:
    """ "he told US website Harbourline", "the tabloid Kessel Post": an outlet, not a person."""
    text = ("The mayor told US website Harbourline that the pier would reopen. In the "
            "Harbourline interview, he said the crews would be paid.")
    actors = actors_tagged(text, ("Harbourline", "PERSON", False), ("Harbourline", "PERSON", True))
    assert {a.name: a.kind for a in actors}.get("Harbourline") == "org"


def test_an_organisation_the_model_took_for_a_person() -> None:
    text = ("A lorry arrived late at night with water. The USS Ronald Keel arrived on Friday. "
            "Officials said HMS Largs Bay would sail.")
    found = actors_of(text)
    kinds = {a.name: a.kind for a in found.values()}
    assert "lorry" not in kinds  # tagged a person, written in lower case
    assert kinds["USS Ronald Keel"] == "org" and kinds["HMS Largs Bay"] == "org"


def test_whom_a_person_is_of_is_no_person() -> None:
    from spacy.tokens import Doc

    from newsdesk.extract.actors import _placed_by_of

    words = ["Tilda", "Brenner", "of", "Harvest", "Aid", "said", "so", "."]
    doc = Doc(annotate.load().vocab, words=words,
              ents=["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    assert _placed_by_of(doc, 3) and not _placed_by_of(doc, 0)


def test_a_surname_used_alone_long_before_a_full_name_keeps_its_own_referent() -> None:
    # A day-by-day log calls the governor by title and surname throughout; the one full name
    # ending in that surname, near the end, is her husband and takes none of her mentions.
    filler = " ".join(f"Crews cleared road {k} of debris near the old mill." for k in range(12))
    text = (
        "Governor Marsh toured the flooded valley on Monday. " + filler + " "
        "Governor Marsh signed the relief order on Tuesday. "
        "She and her husband Tobias Marsh hosted volunteers at dinner. "
        "Governor Marsh thanked the volunteers on Wednesday."
    )
    found = actors_of(text)
    tobias = found["person:tobias-marsh"]
    assert len(tobias.mentions) == 1
    governor = [a for a in found.values() if a.name == "Marsh"]
    assert governor and len(governor[0].mentions) == 3


def test_a_surname_just_before_its_full_name_still_joins_it() -> None:
    # A lead's bare surname and the full name a sentence later are one person.
    text = ("Marsh, 52, promised on Monday that the valley would be rebuilt. "
            "Governor Petra Marsh toured the flooded farms.")
    found = actors_of(text)
    assert len(found["person:petra-marsh"].mentions) == 2
    assert not [a for a in found.values() if a.name == "Marsh"]


def test_a_surname_the_model_tagged_a_place_is_the_person_named_in_full() -> None:
    # spaCy tags the bare "Kenton" GPE here; no gazetteer knows it as a place, and "Tom Kenton"
    # is a person of the article, so it is his surname.  "in Kenton" would stay a place.
    text = ("The refinery's chief executive, Tom Kenton, faces the committee on Thursday.\n"
            "Svanholm and Kenton also need to look in command.\n"
            "Kenton needs to say he accepts responsibility.")
    found = actors_of(text)
    assert "location:kenton" not in found
    assert len(found["person:tom-kenton"].mentions) == 3


def test_the_next_names_of_a_list_are_no_title() -> None:
    text = ("The talks included Harbour Secretary Ines Kohl, Deputy Mayor Paul Roth, Chief of "
            "Staff Lena Marsh and senior adviser Otto Brandt, officials said. "
            "Carla Velt, energy adviser to Governor Ana Ruiz, said the pier would open.")
    found = {a.name: titles(a) for a in actors_of(text).values() if a.kind == "person"}
    assert not any("Lena Marsh" in t for t in found["Paul Roth"])
    assert found["Carla Velt"] == ["energy adviser to Governor Ana Ruiz"]


@pytest.mark.parametrize("place", ["LINDAU", "BAD WALDSEE, Bavaria"])
def test_a_wire_leads_furniture_names_no_organisation(place: str) -> None:
    text = (f"{place} | Fri Mar 5, 2021 4:05 pm CET {place} (Reuters) - The ferry operator "
            "Seewind agreed to raise the crews' pay, Mayor Ines Kohl said.")
    found = actors_of(text)
    # the model reads "Fri Mar 5" as a person and the agency as an organisation there
    assert sorted(a.name for a in found.values() if a.kind != "location") == ["Ines Kohl"]


@pytest.mark.parametrize("opening", [
    "Ferry crews win pay rise after strike ROBERT, Bavaria",
    "Seewind raises crews' pay as talks end BAD WALDSEE, Bavaria",
    "Ferry crews win pay rise HAGNAU/LINDAU, Bavaria",
    "S. Navy photo/Handout By Ana Reyes and Tom Hale ROBERT, Bavaria",
    "S. Coast Guard/Petty Officer 2nd Class Lena Marsh/Handout LINDAU",
    "LINDAU, Bav./MUNICH",
])
def test_a_wire_stamp_after_a_headline_or_a_credits_tail_names_no_one(opening: str) -> None:
    """A headline, or the tail of a photo credit a scrape broke at "U.", set before the
    wire's place and stamp: "Fri Mar 5" was a person, "ROBERT" (the dateline's place) another,
    the agency an organisation, and so was "BAD WALDSEE"; the photographer was a person."""
    text = (f"{opening} | Fri Mar 5, 2021 4:05 pm CET ROBERT, Bavaria (Reuters) - The ferry "
            "operator Seewind agreed to raise the crews' pay, Mayor Ines Kohl said.")
    found = actors_of(text)
    assert sorted(a.name for a in found.values() if a.kind != "location") == ["Ines Kohl"]


@pytest.mark.parametrize("text", [
    "Crews on the Stena Kessler drilling rig had warned of gas, Mayor Ines Kohl said.",
    "Boats circled the blazing remains of the oil rig Stena Kessler, Mayor Ines Kohl said.",
])
def test_a_craft_is_named_past_a_noun_of_its_kind_or_after_its_noun(text: str) -> None:
    """"the Stena Kessler drilling rig", "the oil rig Stena Kessler": the craft, not a person."""
    found = actors_of(text)
    assert not [a for a in found.values() if a.kind == "person" and "Kessler" in a.name]
    assert "person:ines-kohl" in found


def test_a_name_described_in_apposition_as_a_craft_is_the_craft_not_a_person() -> None:
    """"..., when Stena Kessler, a drilling rig owned by Norlund ..., caught fire": the model
    read the name as a person's, and the roster listed the rig as a person across the story.
    A name described after a comma by "a"/"an" and a craft's noun (past its modifiers and the
    nouns compounded with it) is the craft; "a ship captain", "an oil rig worker" describe
    people."""
    text = ("The trouble began in March, when Stena Kessler, a drilling rig owned by Norlund "
            "and leased by Baltoil, caught fire and sank. Greta Holm, a ship captain from "
            "Bergen, said the port was shut. Anna Lind, an oil rig worker, said the alarm never "
            "sounded.")
    kinds = {a.name: a.kind for a in actors_of(text).values()}
    assert kinds.get("Stena Kessler") == "org", kinds
    assert kinds.get("Greta Holm") == "person" and kinds.get("Anna Lind") == "person", kinds


def test_a_headlines_verb_before_a_company_is_no_description_of_it() -> None:
    """"U.S. pressures Norlund over pipeline leak as senator visits coast": the tagger read the
    headline's verb as a plural noun, so "U.S. pressures" was the company's title and the
    United States its country.  A company is described by a nationality and a singular noun
    ("French energy giant Norlund")."""
    text = ("U.S. pressures Norlund over pipeline leak as senator visits coast\n"
            "Canada pressures Baltoil over its tankers\n"
            "French energy giant Vestra said it would pay.")
    found = {a.name: a for a in actors_of(text).values()}
    for name in ("Norlund", "Baltoil"):
        assert titles(found[name]) == [] and found[name].country is None, found[name]
    assert titles(found["Vestra"]) == ["French energy giant"]
    assert found["Vestra"].country == "FRA"


def test_a_dash_an_authors_note_opens_on_is_no_part_of_the_name() -> None:
    """"-- Ana Lund, PhD, has written two books on the ferry disaster": the model ran the
    line's dash into the name, and the roster listed a person "-- Ana Lund"."""
    text = ("-- Ana Lund, PhD, has written two books on the ferry disaster.\n"
            "Any views expressed here are her own.")
    names = {a.name for a in actors_of(text).values() if a.kind == "person"}
    assert names == {"Ana Lund"}, names


def test_a_zone_after_a_clock_time_is_no_organisation() -> None:
    """"This article appeared ... on 00.16 BST on Sunday": the zone names no one."""
    text = ("Mayor Ines Kohl said the pier would open. This article appeared on p21 of the Main "
            "section of the Harbour Times on 00.16 BST on Sunday 30 May 2010. The ferry left at "
            "9:36 am EDT with Seewind crews aboard. The leak stopped at 1425 local time (1925 "
            "GMT).")
    names = {a.name for a in actors_of(text).values()}
    assert "Ines Kohl" in names and not {"BST", "EDT", "GMT"} & names


def test_a_name_before_a_noun_of_a_craft_is_the_craft_not_a_person() -> None:
    # an organisation, as a ship named with its prefix is: where another article reads the
    # name as a person's, linking across articles prefers the organisation
    text = ("The sinking of the Norlund-operated Deep Rowan rig should never have happened. "
            "Crews on Deep Rowan had warned of gas, Mayor Ines Kohl said.")
    found = actors_of(text)
    assert not [a for a in found.values() if a.kind == "person" and "Rowan" in a.name]
    assert "person:ines-kohl" in found
    # what befell the craft names it too, and a mention of it in full ends as it does
    text = ("Norlund blamed others for the Stena Kessler disaster. Stena Kessler had warned of "
            "gas, Mayor Ines Kohl said.")  # tagged ORG, then PERSON
    assert not [a for a in actors_of(text).values() if a.kind == "person" and "Kessler" in a.name]


def test_a_hyphenated_title_is_one_title() -> None:
    text = "Harbour League Secretary-General Ines Kohl said aid was on its way."
    kohl = actors_of(text)["person:ines-kohl"]
    assert titles(kohl) == ["Harbour League Secretary-General"] and kohl.sector == "GOV"


def test_a_title_with_of_before_a_name_is_whole_and_no_organisation() -> None:
    # The model tags "State" ORG in "Secretary of State NAME": a title's word, no body.
    text = "Secretary of State Ines Kohl cut short a trip to Asia on Monday."
    found = actors_of(text)
    assert not [a for a in found.values() if a.kind == "org"]
    assert titles(found["person:ines-kohl"]) == ["Secretary of State"]


def test_an_organisation_the_model_ran_into_a_title_ends_where_the_title_begins() -> None:
    """"Norlund Managing Director Carl Berg said": the model (on a longer article) took
    "Norlund Managing" for the organisation; the title runs on past it to the name."""
    text = "Norlund Managing Director Carl Berg said the company would pay."
    doc = annotate.parse(text)
    doc.ents = [SpacySpan(doc, 0, 2, label="ORG"), SpacySpan(doc, 3, 5, label="PERSON")]
    actors, _ = extract_actors(doc, Article(id=article_id(text), text=text))
    found = {a.name: a for a in actors}
    assert "Norlund Managing" not in found and found["Norlund"].kind == "org"
    assert [t.text for t in found["Carl Berg"].titles] == ["Managing Director"]


def test_a_name_before_a_division_noun_is_a_place() -> None:
    """"president of Kessel parish", "the Orla county council": a place, not an organisation."""
    text = ("Ines Kohl, president of Kessel parish, said the pier would open. Boats from Orla "
            "county joined the search. The small fishing town of Varnholm is empty.")
    found = {a.name: a.kind for a in actors_of(text).values()}
    assert found["Kessel"] == "location" and found["Varnholm"] == "location"
    assert found["Ines Kohl"] == "person"


def test_a_name_set_beside_a_division_noun_is_a_place() -> None:
    """ "whose boat is moored at Buras, a village on the east bank of the Mississippi River":
    the model tagged the village an organisation (with the sector of its "bank").  A name set
    off by a comma and "a" before a division noun heading the phrase is a place, and so at its
    other mentions ("a meeting in Buras on Thursday", tagged a person: the two were joined as
    a person across the story); "a port operator" (the noun goes on) is a company."""
    text = ('"Nobody wants this job," said shrimp fisherman Tomas Vik whose boat is moored at '
            "Skarvik, a village on the east bank of the river.\n"
            "Norvik, a port operator, said it would hire crews.\n"
            "Crews came from Ulvik, a small fishing town.\n")
    found = {a.name: a.kind for a in actors_of(text).values()}
    assert found["Skarvik"] == "location" and found["Ulvik"] == "location", found
    assert found["Norvik"] == "org", found
    # placed so, the name is a place where the model reads it as a person elsewhere
    text += ("The mayor and Norvik outreach coordinator Dave Holm addressed a town hall "
             "meeting in Skarvik on Thursday for Vietnamese fishermen.\n")
    kinds = sorted(a.kind for a in actors_of(text).values() if a.name == "Skarvik")
    assert kinds == ["location"], kinds


def test_a_company_described_by_its_nationality_is_of_that_country() -> None:
    """ "Danish shipping giant Norlund said" and "Norlund, the Danish ferry operator, agreed":
    the description before the name, or set after it, says whose the company is, as "Danish
    Prime Minister Ana Berg" does for a person; "a German-built ferry" names no owner."""
    before = "Danish shipping giant Norlund said on Monday it would pay for the clean-up."
    found = {a.name: a for a in actors_of(before).values()}
    assert found["Norlund"].kind == "org" and found["Norlund"].country == "DNK"
    after = "Norlund, the Danish oil giant, said on Monday it would sell the ferry."
    assert {a.name: a.country for a in actors_of(after).values()}["Norlund"] == "DNK"
    other = "Norlund bought a German-built ferry on Monday. Norlund said the deal was done."
    assert {a.name: a.country for a in actors_of(other).values()}["Norlund"] is None


@pytest.mark.parametrize("text", [
    "The fine matters because Oslo-based Halvorsen Shipping Ltd may be charged per barrel.",
    "The fine matters because the Oslo-based Halvorsen Shipping Ltd may be charged per barrel.",
    "The Oslo-based shipping group Halvorsen Shipping Ltd said on Monday it would pay.",
])
def test_a_company_based_in_a_place_before_its_name_is_of_that_places_country(text: str) -> None:
    """ "Oslo-based Halvorsen Shipping Ltd": where a company is based, said before its name, is
    whose it is, as "a Paris-based company" set after the name already was; the place is no
    organisation of its own."""
    found = {a.name: a for a in actors_of(text).values()}
    assert found["Halvorsen Shipping Ltd"].country == "NOR"
    assert "Oslo" not in found or found["Oslo"].kind != "org"


def test_a_country_a_title_acts_on_is_not_whose_the_role_is() -> None:
    """ "an official for the US Agriculture Department visiting Peru" is American: the
    country a participle in the title visits, or sends help to, is what the role acts on;
    and an acronym in capitals ("US") counts as a country word as "U.S." does."""
    text = ("Henry Lind, an official for the US Agriculture Department visiting Peru, said the "
            "roads were shut. Marta Sol, a nurse sending supplies to Peru, said the clinic had "
            "no water.")
    found = {a.name: a.country for a in actors_of(text).values()}
    assert found["Henry Lind"] == "USA"
    assert found["Marta Sol"] is None


def test_a_name_split_after_its_particle_is_one_name() -> None:
    """ "Alain Le Roy": the model tags "Alain Le" and "Roy" apart; a person's name that ends on
    a particle ("Le", "de", "van", "bin") runs on into the person's name right after it."""
    text = "Peacekeeping chief Ana Le Brun said the mission was intact. Ms Le Brun flew home."
    actors = actors_tagged(text, ("Ana Le", "PERSON", False), ("Brun", "PERSON", False))
    assert [a.name for a in actors if a.kind == "person"] == ["Ana Le Brun"]


def test_a_place_named_twice_is_one_place_whatever_the_model_says() -> None:
    """"from the city of Varnholm ... so strong in Varnholm": the model reads the first an
    organisation and the second a place; the division noun says place, for both."""
    text = ("The nurse is from the city of Varnholm. The shock was so strong in Varnholm that "
            "the hospital fell.")
    actors = actors_tagged(text, ("Varnholm", "ORG", False), ("Varnholm", "GPE", True))
    assert [(a.name, a.kind) for a in actors] == [("Varnholm", "location")]


def test_where_a_person_is_from_is_a_place_or_a_body() -> None:
    """"Ana Berg, from Varnholm in Kessel, said" and "Ana Berg from Varnholm emails": a person
    is from a place (or a body), never from another person; "the Varnholm area of Lindau" is
    a place too."""
    text = ("Ana Berg, from Varnholm Keys, said the shock woke her. My brother is under a shop "
            "in the Ostrava area of Lindau.")
    actors = actors_tagged(text, ("Ana Berg", "PERSON", False),
                           ("Varnholm Keys", "PERSON", False), ("Ostrava", "PERSON", False))
    kinds = {a.name: a.kind for a in actors}
    assert kinds["Ana Berg"] == "person"
    assert kinds["Varnholm Keys"] == "location" and kinds["Ostrava"] == "location"
    letter = "A letter from Ana Berg reached the mayor."
    assert {a.name: a.kind for a in actors_tagged(letter, ("Ana Berg", "PERSON", False))} == {
        "Ana Berg": "person"}


def test_a_participle_clause_after_a_name_is_no_title() -> None:
    """"distance himself from Norlund, all the while asserting the port authority's rights":
    what follows the comma is the subject's doing, not who Norlund is."""
    text = ("The mayor must stop blaming the shipping firm Norlund, all the while asserting the "
            "port authority's rights. Norlund, a ferry company, said nothing.")
    found = {a.name: titles(a) for a in actors_of(text).values()}
    assert found["Norlund"] == ["a ferry company"]


def test_a_given_name_before_and_a_full_name_shares_its_surname() -> None:
    """"filed in the name of Kimberly and Do Nguyen": Kimberly Nguyen, not an organisation."""
    text = ("One suit is filed in the name of Kimberly and Do Nguyen, who run a seafood shop in "
            "Biloxi.")
    found = {a.name: a.kind for a in actors_of(text).values()}
    assert found.get("Kimberly Nguyen") == "person" and "Kimberly" not in found


def test_a_surname_without_its_arabic_article_is_the_full_names() -> None:
    """"President Karim al-Nouri ... Nouri said": the article "al-" is dropped, not the man."""
    text = ("President Karim al-Nouri spoke in the capital on Monday. Nouri said the army would "
            "withdraw.")
    found = actors_of(text)
    assert "person:nouri" not in found and len(found["person:karim-al-nouri"].mentions) == 2


def test_the_state_of_a_secretary_of_state_is_no_organisation() -> None:
    """"Ines Kohl, the US secretary of state, pledged ...": the model tags "state" ORG there."""
    text = ("Photograph: AP/Harbour Broadcasting Ines Kohl, the US secretary of state, pledged "
            "last night to consider demands for a hearing.")
    assert not [a for a in actors_of(text).values() if a.name == "state"]


def test_a_name_ends_before_a_bracket_it_does_not_close() -> None:
    """"the rig's Blowout Preventer (BOP), the device ...": the model took "Blowout Preventer
    (BOP" whole."""
    text = ("Lind spotted a leak on the rig's Blowout Preventer (BOP), the device that is meant "
            "to shut the well down.")
    names = {a.name for a in actors_of(text).values()}
    assert not [n for n in names if "(" in n]


def test_a_verb_the_model_ran_into_a_name_is_no_part_of_it() -> None:
    """"i.e. Asking Tony Walker about the specifics ...": the person is Tony Walker."""
    text = ("i.e. Asking Tony Walker about the specifics of the pier safety will be hard to "
            "answer, as the pier was not owned by the port.")
    names = {a.name for a in actors_of(text).values() if a.kind == "person"}
    assert names == {"Tony Walker"}


def test_a_list_of_names_after_a_name_is_no_title() -> None:
    text = ("In Washington, Shell, Chevron and a third firm, Exxon, gave senators technical "
            "explanations of what went wrong. Winds could push oil into Barataria Bay, the "
            "Chandeleur Islands and areas directly north.")
    found = {a.name: titles(a) for a in actors_of(text).values()}
    assert found["Shell"] == []
    assert all("Chandeleur" not in t for ts in found.values() for t in ts)


def test_a_person_noun_after_an_organisation_is_who_spoke_not_what_it_is() -> None:
    text = ("Officials will propose splitting up the Bureau of Land Management, an "
            "administration official, who asked not to be identified because the plan is not "
            "yet public, told Reuters. Transocean Ltd, a member of the industry group, said it "
            "would pay.")
    found = {a.name: titles(a) for a in actors_of(text).values() if a.kind == "org"}
    assert found["Bureau of Land Management"] == []
    assert found["Transocean Ltd"] == ["a member of the industry group"]


def test_a_state_of_the_united_states_is_american() -> None:
    text = ('"We will not accept this," Paula Jensen, a New Jersey senator, told the panel. '
            "Mark Ortiz, a Washington state senator, agreed.")
    people = {a.name: a for a in actors_of(text).values() if a.kind == "person"}
    assert people["Paula Jensen"].country == "USA"
    assert people["Mark Ortiz"].country == "USA"


def test_a_surname_after_a_full_name_with_a_generational_suffix_is_that_person() -> None:
    text = ("Attorney General Eric H. Holder Jr. visited the coast on Tuesday. Holder said the "
            "inquiry would be thorough.")
    people = [a for a in actors_of(text).values() if a.kind == "person"]
    assert len(people) == 1 and len(people[0].mentions) == 2


def test_an_international_bodys_acronym_not_where_someone_works_gives_the_country() -> None:
    text = ('"The roads are blocked," said Elisabeth Byrs, a UN spokeswoman in Geneva. '
            "Mark Ortiz, an aid worker in Nairobi, said the camp was full.")
    people = {a.name: a.country for a in actors_of(text).values() if a.kind == "person"}
    assert people == {"Elisabeth Byrs": "IGOUNO", "Mark Ortiz": None}


@pytest.mark.parametrize("text", [
    "The charity flew doctors to Mozambique on Friday.",
    "Portugal promised ships with food to Mozambique.",
])
def test_a_country_name_tagged_as_an_organisation_is_the_country(text: str) -> None:
    """The model tags "Mozambique" ORG in these: a country's own name is the country."""
    doc = annotate.parse(text)
    actors, _ = extract_actors(doc, Article(id=article_id(text), text=text))
    found = {a.id: a.kind for a in actors}
    assert found.get("country:MOZ") == "country"
    assert "org:mozambique" not in found


@pytest.mark.parametrize("text, name, country", [
    ("Tar balls reached beaches in Alabama on Monday. \"We have never seen this,\" said Maria "
     "Ostrova, a chemist at the University of Georgia.", "Maria Ostrova", "USA"),
    ("Georgia accused Russia of moving armour into South Ossetia. Levan Abashidze, a Georgian "
     "deputy minister, said the talks had failed.", "Levan Abashidze", "GEO"),
])
def test_georgia_in_american_coverage_is_the_state(text: str, name: str, country: str) -> None:
    doc = annotate.parse(text)
    actors, _ = extract_actors(doc, Article(id=article_id(text), text=text))
    found = {a.name: a.country for a in actors}
    assert found.get(name) == country, found


@pytest.mark.parametrize("text, name", [
    ("The envoys met in Rome. Later Jack Straw said the talks would resume.", "Jack Straw"),
    ("Neither Allen nor the company would comment.", "Allen"),
    ("Will Osei said the boats were ready.", "Will Osei"),
])
def test_a_sentence_opener_run_into_a_name_is_not_part_of_it(text: str, name: str) -> None:
    doc = annotate.parse(text)
    actors, _ = extract_actors(doc, Article(id=article_id(text), text=text))
    names = {a.name for a in actors}
    assert name in names, names
    assert not any(n.split()[0] in ("Neither", "Later") for n in names), names


@pytest.mark.parametrize("opener", ["Overall", "Separately", "Nevertheless"])
def test_a_sentence_adverb_the_model_runs_into_a_name_is_not_part_of_it(opener: str) -> None:
    # "Overall Obama's rating stood at 45%": an adverb opening the sentence is no given name.
    text = (f"Mayor Karl Lindqvist spoke on Friday. {opener} Lindqvist's rating stood at 41 "
            "percent in the poll.")
    actors = actors_tagged(text, ("Karl Lindqvist", "PERSON", False),
                           (f"{opener} Lindqvist", "PERSON", False))
    assert [a.name for a in actors if a.kind == "person"] == ["Karl Lindqvist"]


def test_a_surname_with_an_honorific_goes_to_the_namesake_of_that_gender() -> None:
    """"Mr Varga" after "Peter Varga ... his wife, Ilona Varga": the namesake whose given name
    says he is a man, though the other was named more recently (Ilona is in no name list)."""
    text = ("Shipping executive Peter Varga flew to Rotterdam. His wife, Ilona Varga, stayed "
            "in Budapest. Mr Varga said the damage would be modest.")
    doc = annotate.parse(text)
    actors, _ = extract_actors(doc, Article(id=article_id(text), text=text))
    spans = {a.name: [text[s.start:s.end] for s in a.mentions] for a in actors}
    assert spans.get("Peter Varga") == ["Peter Varga", "Varga"], spans
    assert spans.get("Ilona Varga") == ["Ilona Varga"], spans


def test_a_one_word_short_form_of_an_organisation_is_not_a_famous_namesake() -> None:
    """"Taylor Energy ... Taylor's engineers": the short form of the company the article names
    in full, not the public figure of that surname (Liberia's Charles Taylor); a person's
    surname still is the person."""
    text = ("Taylor Energy sold its last platforms in 2008 to Delta Drilling LLC, which kept "
            "most of Taylor's engineers. Harrison Ford watched. Ford said little.")
    doc = annotate.parse(text)
    actors, _ = extract_actors(doc, Article(id=article_id(text), text=text))
    kinds = {a.name: a.kind for a in actors}
    assert kinds.get("Taylor Energy") == "org", kinds
    assert not any(k == "person" and "Taylor" in n for n, k in kinds.items()), kinds
    assert kinds.get("Harrison Ford") == "person", kinds


def test_a_company_the_model_reads_as_a_place_is_a_company_where_the_article_says_so() -> None:
    """The model tags "Halliburton" a place both times here; "the cement firm Halliburton" makes
    it a company in the whole article. "Transocean" alone is the short form of "Transocean
    Ltd". A place the gazetteer knows stays a place."""
    found = actors_of("The cement firm Halliburton rejected the report on Tuesday. "
                      "The report was unfair to Halliburton, its lawyers said.")
    assert {a.id for a in found.values()} == {"org:halliburton"}, found
    found = actors_of("Transocean Ltd owned the rig. Transocean and Halliburton criticised the "
                      "report in Paris.")
    kinds = {a.id: a.kind for a in found.values()}
    assert "org:transocean-ltd" in kinds and "location:transocean" not in kinds, kinds
    assert kinds.get("location:paris") == "location", kinds


@pytest.mark.parametrize("text, expected, absent", [
    ("Forty crew members were on the rig off the coast of Louisiana BP has revealed its "
     "findings. BP said the cement failed. BP blamed its contractors.",
     {"org:bp"}, "org:louisiana-bp"),
    ("Suzanne has arrived at the hotel where Mark Bly BP's head of safety is speaking. BP said "
     "the cement failed. BP blamed its contractors.",
     {"org:bp", "person:mark-bly"}, "person:mark-bly-bp"),
])
def test_two_names_run_together_where_punctuation_was_lost_are_split(
        text: str, expected: set[str], absent: str) -> None:
    """A scraped page loses the full stop after a caption ("... off the coast of Louisiana") or
    the comma after a name ("Mark Bly, BP's head of safety"), and the model reads one name
    across the gap; the company the article names on its own is split off."""
    found = actors_of(text)
    assert expected <= set(found) and absent not in found, sorted(found)


def test_names_that_hold_a_known_name_stay_whole() -> None:
    """"Bank of America" beside "America", "Hillary Clinton" beside "Clinton" and "Hillary"."""
    found = actors_of("Bank of America lent money to America. Hillary Clinton spoke. Clinton "
                      "said it was done. Hillary smiled.")
    assert "org:bank-of-america" in found and "person:hillary-clinton" in found, sorted(found)


def test_a_craft_by_its_short_name_is_the_craft() -> None:
    """"the Deepwater Horizon rig" ... "the crew of the Horizon": one craft, one actor."""
    found = actors_of("Workers on BP's Deepwater Horizon rig missed warning signs. The crew of "
                      "the Horizon had run a pressure test that evening.")
    assert "org:horizon" not in found and len(found["org:deepwater-horizon"].mentions) == 2, \
        sorted(found)


def test_a_capitalised_first_word_the_parser_reads_as_no_noun_is_no_person() -> None:
    """"Broken bones are the most common injuries": the model tags the sentence's first word
    a person; the parser reads it as an adjective."""
    found = actors_of("Broken bones are the most common injuries, a doctor in Leogane said. "
                      "Marie Joseph said the clinic had run out of splints.")
    assert "person:broken" not in found and "person:marie-joseph" in found, sorted(found)


def test_a_first_word_listed_with_words_in_lower_case_is_no_person() -> None:
    """"Whales, dolphins and tuna all depend ...", "Thick, sticky oil is washing ...": the model
    tags the sentence's first word a person, which the roster listed and a "she" in the next
    sentence took as its antecedent; a name is listed with names ("Brown and Smith"), not
    with common words in lower case."""
    found = actors_of("Tar reached the coast on Friday.\n"
                      "Thick, sticky tar is washing on to miles of fragile wetlands.\n"
                      "Whales, dolphins and tuna all depend on lower depths to survive.\n"
                      "Grey and white foam covered the beach on Sunday.\n"
                      "Brown and Smith both said the bill was unfair.")
    assert not {"person:thick", "person:whales", "person:grey"} & set(found), sorted(found)
    assert {"person:brown", "person:smith"} <= set(found), sorted(found)


@pytest.mark.parametrize("sentence", [
    "Homeland Security Secretary Dana Pruitt flew to the coast on Monday.",
    "The president sent Interior Secretary Lars Brekke to inspect the damaged wells.",
])
def test_a_titles_portfolio_is_no_organisation(sentence: str) -> None:
    """"Interior Secretary Lars Brekke": the model reads "Interior" (or "Homeland Security")
    as an organisation, and the roster listed "Interior" and "Homeland" beside the people whose
    titles they are part of."""
    found = actors_of(sentence)
    assert [a.name for a in found.values() if a.kind != "person"] == [], found
    assert any(t.endswith("Secretary") for a in found.values() for t in titles(a)), found


@pytest.mark.parametrize("sentence", [
    "EPA Administrator Dana Pruitt flew to the coast on Monday.",
    "The president sent FEMA Administrator Lars Brekke to inspect the shelters.",
])
def test_an_agency_before_a_title_and_a_name_stays_apart_from_the_person(sentence: str) -> None:
    """"EPA Administrator Dana Pruitt": the agency is an organisation of its own and the
    administrator a person; the organisation's name never runs on into the person's (the
    roster listed "EPA Administrator Dana Pruitt" as an organisation)."""
    found = actors_of(sentence)
    orgs = sorted(a.name for a in found.values() if a.kind == "org")
    assert orgs in (["EPA"], ["FEMA"]), found
    person = next(a for a in found.values() if a.kind == "person")
    assert titles(person) == ["Administrator"], titles(person)


def test_a_sound_or_bay_the_model_reads_as_an_organisation_is_a_place() -> None:
    """"The spill of oil into the Varna Sound in Alaska": with the article before it the model
    tags the sound ORG, and the story's roster listed it as an organisation; a name ending in a
    sea, bay or sound is a place (a "Channel" may be a broadcaster's)."""
    actors = actors_tagged("The spill of oil into the Varna Sound in Alaska cost the company "
                           "$4 billion.", ("the Varna Sound", "ORG", False))
    assert {(a.name, a.kind) for a in actors} == {("Varna Sound", "location")}, actors


def test_a_craft_is_named_whole_whatever_the_model_tagged() -> None:
    """"the Deepwater Horizon rig" with only "Horizon" tagged, and as a place: the roster
    showed a location (or a person) "Horizon" beside the rig.  The craft is the name before
    the craft noun, whole; a place the gazetteer knows before "rig" stays a place."""
    text = ("Oil from the Nordvik Falcon rig has reached the coast of Louisiana. A Louisiana "
            "rig burned.")
    actors = actors_tagged(text, ("Falcon", "LOC", False), ("Louisiana", "GPE", True))
    assert {(a.name, a.kind) for a in actors} == {("Nordvik Falcon", "org"),
                                                  ("Louisiana", "location")}, actors


def test_a_given_name_tagged_as_an_organisation_is_the_person_named_alone_later() -> None:
    """"said lawyer Paul Varga" tagged ORG, then "Varga said" tagged PERSON: one person, the
    lawyer, not an organisation "Paul Varga" beside a person "Varga"."""
    text = "“They do not care,” said lawyer Paul Varga. Varga said the case was strong."
    actors = actors_tagged(text, ("Paul Varga", "ORG", False), ("Varga", "PERSON", True))
    assert [(a.name, a.kind, len(a.mentions)) for a in actors] == [("Paul Varga", "person", 2)]


def test_a_city_the_model_cut_to_its_last_word_is_the_city() -> None:
    """"in Santo Domingo" with only "Domingo" tagged, as a person: the roster listed a person
    "Domingo"; the capitalised word before it makes the city the gazetteer knows."""
    actors = actors_tagged("The trucks waited in Santo Domingo on Monday before crossing the "
                           "border.", ("Domingo", "PERSON", False))
    assert [(a.name, a.kind, a.country) for a in actors] == [
        ("Santo Domingo", "location", "DOM")]


def test_where_a_role_is_held_is_not_whose_it_is() -> None:
    """"the deputy commander for relief operations in Haiti" commands there; it does not make
    him Haitian (a country written after "in" in a title is where, as "a spokeswoman in
    Geneva" is)."""
    found = actors_of("Maj Gen Lars Brekke, the deputy commander for relief operations in "
                      "Haiti, said the troops would stay.")
    brekke = next(a for a in found.values() if a.name == "Lars Brekke")
    assert brekke.country is None, brekke
    assert "the deputy commander for relief operations in Haiti" in titles(brekke)


def test_a_states_abbreviation_is_the_state() -> None:
    """"Panama City, Fla.:" opening a reader's question: the model tagged "Fla." a person and
    the roster listed a person "Fla"; the abbreviation is the state, in the United States."""
    actors = actors_tagged("Panama City, Fla.: I am curious about what we see on the "
                           "beaches.", ("Fla.", "PERSON", False))
    assert [(a.kind, a.country) for a in actors] == [("location", "USA")], actors


def test_a_sentence_adverb_the_model_ran_into_a_name_is_no_part_of_it() -> None:
    """"Thankfully Obama is in office for eight years" (a reader's comment): the model took
    "Thankfully Obama" for one person, 39 mentions in a day's roster."""
    actors = actors_tagged("Thankfully Varga is in office for eight years. Varga said so himself.",
                           ("Thankfully Varga", "PERSON", False), ("Varga", "PERSON", True))
    assert [(a.name, len(a.mentions)) for a in actors] == [("Varga", 2)], actors


@pytest.mark.parametrize("opener", ["Behind", "Under", "Despite", "Beside"])
def test_a_preposition_the_model_ran_into_a_name_is_no_part_of_it(opener: str) -> None:
    """"Behind Hayward, five large screens streamed video from the sea floor": the model took
    "Behind Hayward" for a person, who then drew 26 of Hayward's mentions in a day's roster.
    A name never opens on a preposition (a particle such as "Van" or "Bin" is tagged a name)."""
    text = (f"Piet Varga runs the rig. {opener} Varga, six screens showed the well. "
            "Varga said the cap would hold.")
    actors = actors_tagged(text, ("Piet Varga", "PERSON", False),
                           (f"{opener} Varga", "PERSON", False), ("Varga", "PERSON", True))
    assert [(a.name, len(a.mentions)) for a in actors] == [("Piet Varga", 3)], actors


def test_an_organisations_first_word_the_model_left_out_is_the_names() -> None:
    """"following the Deepwater Horizon accident" with only "Horizon" tagged: the roster
    showed an organisation "Horizon" in seven articles beside "Deepwater Horizon".  An
    untagged capitalised word the parser makes part of the name is the name's; a title
    ("Chairman") and a sentence's first word are not."""
    text = ("Insurers raised premiums following the Nordvik Falcon accident. Analysts at the "
            "firm said Chairman Ostrova would resign. Bookmaker Tallis Bet cut its odds.")
    doc = annotate.parse(text)
    ents = []
    for words, label in (("Falcon", "ORG"), ("Ostrova", "ORG"), ("Tallis Bet", "ORG")):
        span = doc.char_span(text.index(words), text.index(words) + len(words))
        assert span is not None
        ents.append(SpacySpan(doc, span.start, span.end, label=label))
    doc.ents = ents
    actors, _ = extract_actors(doc, Article(id=article_id(text), text=text))
    names = {a.name for a in actors}
    assert "Nordvik Falcon" in names and "Falcon" not in names, actors
    assert not any("Chairman" in n or "Bookmaker" in n for n in names), actors


def test_a_country_that_names_a_sea_in_a_title_or_a_name_is_no_ones_country() -> None:
    """"a socio-economics chairman with the ... Institute for Gulf of Mexico Studies" made a
    Texan academic and his institute Mexican.  A country word after "Gulf of", "Sea of" or
    before "Sea" names the water, which belongs to no state, wherever it is written; a
    country named for itself in the same title still counts."""
    found = actors_of(
        '"The damage will last for years," said Tomas Ferrell, a fisheries economist with the '
        "Sorensen Institute for Gulf of Mexico Studies. Anna Weller, a marine biologist at the "
        "Bergen Centre for North Sea Research, agreed. Piet Maas, a Dutch economist with the "
        "Institute for Gulf of Mexico Studies, did not.")
    by_name = {a.name: a for a in found.values()}
    assert by_name["Tomas Ferrell"].country is None, by_name
    assert by_name["Sorensen Institute for Gulf of Mexico Studies"].country is None, by_name
    assert by_name["Anna Weller"].country is None, by_name
    assert by_name["Piet Maas"].country == "NLD", by_name


def test_an_organisation_whose_name_ends_in_s_keeps_it() -> None:
    """"Moody's said ...", "Moody's and Fitch downgraded ...": the roster showed an
    organisation "Moody" (20 mentions).  Where a finite verb follows the "'s", it is no
    possessive but the name's own ending, and every mention of the name is that name; a
    possessive ("Halvern's shares fell") leaves the name as it is."""
    text = ("Brenner's cut the port's rating on Tuesday. A Brenner's report said the debt "
            "was rising. Halvern's shares fell.")
    doc = annotate.parse(text)
    ents = []
    for words in ("Brenner's", "A Brenner's", "Halvern's"):
        at = text.index(words) + (2 if words.startswith("A ") else 0)
        span = doc.char_span(at, at + len(words.removeprefix("A ")))
        assert span is not None
        ents.append(SpacySpan(doc, span.start, span.end, label="ORG"))
    doc.ents = ents
    actors, _ = extract_actors(doc, Article(id=article_id(text), text=text))
    assert sorted((a.name, len(a.mentions)) for a in actors) == [
        ("Brenner's", 2), ("Halvern", 1)], actors


def test_a_name_the_article_also_writes_bare_takes_no_ending_of_its_own() -> None:
    """"That BP's made a mess of things", "after BP's ruptured well began ...": a contraction
    of "has" and a participle the tagger read as a past verb made one article's "BP" an
    organisation named "BP's", and the linker carried the ending to every article (292
    mentions).  A name whose "'s" is its own is written with it every time; an article that
    also writes the name bare ("Kellan said") shows the "'s" is a possessive or a
    contraction."""
    text = ("That Kellan's made a mess of the job is plain. Kellan said on Monday it would pay "
            "for the damage. Kellan's cracked pipe leaked for weeks.")
    doc = annotate.parse(text)
    ents = []
    for at, words in ((text.index("Kellan's made"), "Kellan's"),
                      (text.index("Kellan said"), "Kellan"),
                      (text.index("Kellan's cracked"), "Kellan's")):
        span = doc.char_span(at, at + len(words))
        assert span is not None
        ents.append(SpacySpan(doc, span.start, span.end, label="ORG"))
    doc.ents = ents
    actors, _ = extract_actors(doc, Article(id=article_id(text), text=text))
    assert sorted((a.name, len(a.mentions)) for a in actors) == [("Kellan", 3)], actors


def test_a_name_standing_for_an_organisation_noun_before_it_is_an_organisation() -> None:
    """"operated by a US firm, Transocean." and "US contractors such as Halliburton": names
    the gazetteer does not know, tagged places, were listed among the places.  A name in
    apposition to an organisation noun before it, or given as its example after "such as",
    is an organisation."""
    found = actors_of(
        "The tanker was leased from a Danish firm, Norvald. Regulators questioned companies "
        "such as Brakstad about the leak.")
    kinds = {a.name: a.kind for a in found.values()}
    assert kinds.get("Norvald") == "org", kinds
    assert kinds.get("Brakstad") == "org", kinds


def test_a_place_qualified_by_a_state_after_a_comma_lies_in_that_states_country() -> None:
    """"Mohr reported from Venice, La." put the Louisiana town in Italy, the gazetteer's
    Venice.  A state, province or country written after a place and a comma says where the
    place lies."""
    found = actors_of("Ana Ruiz reported from Venice, La., on Monday.")
    countries = {(a.name, a.kind): a.country for a in found.values()}
    assert countries.get(("Venice", "location")) == "USA", countries


def test_a_state_abbreviation_written_without_its_dot_is_still_the_state() -> None:
    # "Pensacola, Fla, before they leave": "Fla" is Florida (the table knows "Fla."), and no
    # person, whatever the model says.
    text = "Captain Ana Ruiz talks with her crew in Tampa, Fla, before they leave for the coast."
    actors = actors_tagged(text, ("Ana Ruiz", "PERSON", False), ("Tampa", "GPE", False),
                           ("Fla", "PERSON", False))
    found = {(a.name, a.kind): a.country for a in actors}
    assert found.get(("Tampa", "location")) == "USA", found
    assert ("Fla", "person") not in found, found


def test_a_place_an_organisation_is_named_after_is_no_short_form_of_it() -> None:
    # "the Gulf of Mexico research institute" and "the Gulf": the bare word is the sea, which
    # the article names as a place; "Transocean Ltd" and a place-tagged "Transocean" still join.
    text = ("Ana Ruiz, director of the Gulf of Mexico research institute, spoke on Monday. "
            "Oil reached the Gulf of Mexico on Monday. The storm crossed the Gulf on Tuesday.")
    actors = actors_tagged(text, ("Ana Ruiz", "PERSON", False),
                           ("Gulf of Mexico research institute", "ORG", False),
                           ("the Gulf of Mexico", "LOC", True), ("Gulf", "LOC", True))
    institute = [a for a in actors if a.name == "Gulf of Mexico research institute"]
    assert len(institute) == 1 and len(institute[0].mentions) == 1, actors


@pytest.mark.parametrize("credit", ["AP March", "Reuters Mar."])
def test_a_month_before_a_day_number_is_no_part_of_a_name(credit: str) -> None:
    # "AP June 23, 2010: This image ...": a photo credit run into its caption's date.
    text = f"{credit} 8, 2021: Divers check the hull of the ferry at the quay in Bergen."
    actors = actors_tagged(text, (credit, "ORG", False))
    assert [a.name for a in actors if a.kind == "org"] == [credit.split()[0]], actors


def test_a_figure_with_its_units_letters_is_no_name() -> None:
    """"BP shares closed at 390p on Friday": the model tagged the price a place, listed among
    the story's places.  A figure with a unit's letters run onto it names nothing."""
    text = "Harbour Lines shares closed at 412p on Friday, and its 10bn bond held."
    doc = annotate.parse(text)
    ents = []
    for words, label in (("Harbour Lines", "ORG"), ("412p", "GPE"), ("10bn", "ORG")):
        at = text.index(words)
        span = doc.char_span(at, at + len(words))
        assert span is not None
        ents.append(SpacySpan(doc, span.start, span.end, label=label))
    doc.ents = ents
    actors, _ = extract_actors(doc, Article(id=article_id(text), text=text))
    assert [a.name for a in actors] == ["Harbour Lines"], actors


def test_a_persons_name_ends_on_a_name_word() -> None:
    """"on behalf of David Cameron - and Downing Street says ..." gave a person "David
    Cameron - and" beside David Cameron.  A dash or a word in lower case the model ran onto
    the end of a person's name is no part of it."""
    text = "The letter was sent on behalf of Ana Ruiz - and the council says it will reply."
    doc = annotate.parse(text)
    at = text.index("Ana Ruiz")
    span = doc.char_span(at, at + len("Ana Ruiz - and"))
    assert span is not None
    doc.ents = [SpacySpan(doc, span.start, span.end, label="PERSON")]
    actors, _ = extract_actors(doc, Article(id=article_id(text), text=text))
    assert [a.name for a in actors] == ["Ana Ruiz"], actors


def test_a_surname_before_administration_is_the_office_holder_not_a_namesake() -> None:
    """ "the Hanson administration" names the government of the Hanson who holds office: the
    president named further down, not the first lady named just before it, and never a
    namesake who is not named with such an office."""
    text = (
        "First Lady Laura Hanson visited the harbour on Monday and met fishermen. A federal "
        "court struck down the Hanson administration's ban on dredging, saying it was too "
        "broad. Dock workers cheered the ruling. Fishing crews said the ban had cost them a "
        "season. The port authority said it would reopen two berths. Officials in the state "
        "capital said they would study the ruling before deciding whether to appeal. Tugboat "
        "captains said traffic would take weeks to recover. Some said the harbour needed a new "
        "breakwater. Others said the fleet would shrink. Later, President George Hanson spoke "
        "to the crews about the ruling."
    )
    found = actors_of(text)
    at = text.index("Hanson administration")
    assert (at, at + 6) not in [(m.start, m.end) for m in found["person:laura-hanson"].mentions]
    assert (at, at + 6) in [(m.start, m.end) for m in found["person:george-hanson"].mentions]
    alone = ("First Lady Laura Hanson visited the harbour. A court struck down the Hanson "
             "administration's ban on dredging.")
    at = alone.index("Hanson administration")
    laura = actors_of(alone)["person:laura-hanson"]
    assert (at, at + 6) not in [(m.start, m.end) for m in laura.mentions]


def test_a_nationality_word_after_a_preposition_is_a_place_or_a_language() -> None:
    """ "a crabber from Welsh" names a town called Welsh (a nationality word as a noun after a
    preposition is a place's name or a language), not a Welshman; "a crabber from Wales",
    the country's own name, is."""
    found = actors_of("Tom Becker, a 44-year-old crabber from Welsh, said the season was lost. "
                      "Gwen Pryce, a crabber from Wales, agreed.")
    assert found["person:tom-becker"].country is None
    assert found["person:gwen-pryce"].country == "GBR"


def test_a_city_followed_by_its_state_lies_in_that_states_country() -> None:
    """ "in Paris, Texas" and "in Panama City, Florida" are American towns, not the capitals
    of France and Panama: a place written with a region after its comma lies there."""
    found = actors_of("The mayor spoke in Panama City, Florida, on Monday. The crew flew on "
                      "to Paris, Texas.")
    by_name = {a.name: a for a in found.values()}
    assert by_name["Panama City"].country == "USA"
    assert by_name["Paris"].country == "USA"


def test_a_page_stamp_run_into_the_first_name_is_no_place() -> None:
    """ "13 July 2010 Last updated at 09:43 GMT Help BP has ...": the page's stamp opening the
    first line is furniture, and a name the model ran from it into the news is no place."""
    text = ("13 July 2012 Last updated at 09:43 GMT Help BP has fitted a tighter seal on the "
            "leaking Gulf oil well, officials say.")
    names = [a.name for a in actors_of(text).values()]
    assert not any("GMT" in n or "Help" in n for n in names), names


def test_a_name_before_an_occupation_and_a_persons_name_is_where_they_serve() -> None:
    """"Dorset firefighter Tom Hale": a single name before an occupation in lower case and a
    person's name is where that person works, not a second person; before a relation or a
    title ("Varga adviser Ana Ruiz") it is the person the relation is to."""
    text = ("Dorset firefighter Tom Hale said the rescue would go on. Varga adviser Ana Ruiz "
            "said the talks would go on.")
    actors = actors_tagged(text, ("Dorset", "PERSON", False), ("Tom Hale", "PERSON", False),
                           ("Varga", "PERSON", False), ("Ana Ruiz", "PERSON", False))
    kinds = {a.name: a.kind for a in actors}
    assert kinds["Dorset"] == "location" and kinds["Tom Hale"] == "person"
    assert kinds["Varga"] == "person" and kinds["Ana Ruiz"] == "person"


def test_a_demonym_the_model_tags_an_organisation_is_no_organisation() -> None:
    """"The first Dane confirmed dead was a keen sailor": one of a nation's people, whatever
    the model tags it, is no organisation."""
    text = "The first Dane confirmed dead in the crash was a keen sailor."
    actors = actors_tagged(text, ("Dane", "ORG", False))
    assert [a for a in actors if a.kind == "org"] == []


def test_a_name_after_a_place_preposition_and_placed_in_another_is_a_place() -> None:
    """"a ferry port in Port Salut, in southern Haiti": a name after "in" with where it lies set
    off after it is a place, whatever the model tags it; a person reached "in" no such way
    ("spoke to Ana Berg, in Oslo") stays a person."""
    text = ("Aid ships use a ferry port in Port Salut, in southern Haiti, to land food. The "
            "radio spoke to Ana Berg, in Oslo, about the appeal.")
    actors = actors_tagged(text, ("Port Salut", "PERSON", False), ("Haiti", "GPE", False),
                           ("Ana Berg", "PERSON", False), ("Oslo", "GPE", False))
    kinds = {a.name: a.kind for a in actors}
    assert kinds["Port Salut"] == "location" and kinds["Ana Berg"] == "person"


def test_two_names_after_an_occupation_are_a_persons_and_a_stamp_is_no_place() -> None:
    """"business correspondent Ana Reyes" tagged an organisation is a person; a page's stamp
    run into its first line ("6 March 2021 Last updated at 17:03 GMT Help") names no place."""
    text = ("6 March 2021 Last updated at 17:03 GMT Help A report on the ferry fire blames the "
            "operator.\nBusiness correspondent Ana Reyes spoke to the port's owners.\n")
    actors = actors_tagged(text, ("17:03 GMT Help", "FAC", False), ("Ana Reyes", "ORG", False))
    kinds = {a.name: a.kind for a in actors}
    assert kinds == {"Ana Reyes": "person"}


def test_a_persons_name_read_with_the_body_after_of_is_split() -> None:
    """"Tom Berg of Harbourwatch told the radio ...", tagged one person: the person is Tom
    Berg and Harbourwatch the body he is of; "Joan of Arc" (one name before "of") stays."""
    text = "Tom Berg of Harbourwatch told the radio that the port was unsafe. Joan of Arc won."
    actors = actors_tagged(text, ("Tom Berg of Harbourwatch", "PERSON", False),
                           ("Joan of Arc", "PERSON", False))
    kinds = {a.name: a.kind for a in actors}
    assert kinds == {"Tom Berg": "person", "Harbourwatch": "org", "Joan of Arc": "person"}


def test_a_name_reached_to_and_placed_by_a_distance_and_compass_point_is_a_place() -> None:
    """"the crews will travel to Port Salut, about 19km (12 miles) west of Jacmel": a name
    after "to" placed by a compass point is a place; a person written to "in Oslo" stays one."""
    text = ("The crews will travel to Port Salut, about 19km (12 miles) west of Jacmel, at dawn. "
            "The radio spoke to Ana Berg, in Oslo, about the appeal.")
    actors = actors_tagged(text, ("Port Salut", "PERSON", False), ("Jacmel", "GPE", False),
                           ("Ana Berg", "PERSON", False), ("Oslo", "GPE", False))
    kinds = {a.name: a.kind for a in actors}
    assert kinds["Port Salut"] == "location" and kinds["Ana Berg"] == "person"


def test_a_full_name_stays_whole_where_the_surname_alone_was_once_tagged_otherwise() -> None:
    """"Anton Weiss had worked for the agency ... none Mr Weiss was ...": the model tags the
    surname alone once as an organisation; the full name is still one person, not "Anton" and
    "Weiss"."""
    text = ("Mr Weiss was a keen sailor. Anton Weiss had worked for the agency since 2007. "
            "The minister thanked Anton for his work. Weiss was its senior planner.")
    actors = actors_tagged(text, ("Weiss", "PERSON", False), ("Anton Weiss", "PERSON", False),
                           ("Anton", "PERSON", True), ("Weiss", "ORG", True))
    assert "Anton Weiss" in {a.name for a in actors if a.kind == "person"}


def test_an_organisations_name_cut_around_its_complement_is_joined() -> None:
    """"the Harbour Office for the Co-ordination of Ferry Affairs", tagged as two
    organisations around "for the Co-ordination of", is one; "a grant from Norlund for the
    Harbour Trust" (no organisation word before "for") stays two."""
    text = ("Ana Reyes, a spokeswoman for the Harbour Office for the Co-ordination of Ferry "
            "Affairs, spoke. A grant from Norlund for the Harbour Trust came.")
    actors = actors_tagged(text, ("the Harbour Office", "ORG", False),
                           ("Ferry Affairs", "ORG", False), ("Norlund", "ORG", False),
                           ("the Harbour Trust", "ORG", False))
    names = {a.name for a in actors if a.kind == "org"}
    assert "Harbour Office for the Co-ordination of Ferry Affairs" in names
    assert {"Norlund", "Harbour Trust"} <= names


def test_a_named_storm_is_no_person() -> None:
    """"Tropical storm Maria ... Maria had winds of 60 mph": the name a weather system is given
    (after "storm", "hurricane", "typhoon" ...) is the storm's, there and alone later, and no
    person's, organisation or place; a person who shares the name with a surname stays a person."""
    first = actors_of("Tropical storm Maria was set to become a hurricane on Tuesday, forecasters "
                      "said. Maria had winds of 60 mph. Shell evacuated workers because of Maria.")
    assert [a.name for a in first.values() if a.kind == "person"] == [], first
    assert not [a for a in first.values() if "Maria" in a.name], first  # nor a place
    tagged = actors_tagged("Hurricane Bruno churned toward the coast. Shell said Bruno could "
                           "strengthen.", ("Bruno", "PERSON", False), ("Bruno", "GPE", True))
    assert not [a for a in tagged if "Bruno" in a.name], tagged
    second = actors_of("Hurricane Bruno churned toward the coast. Bruno could strengthen, said "
                       "Tom Ellis of the weather service.")
    assert [a.name for a in second.values() if a.kind == "person"] == ["Tom Ellis"], second
    third = actors_of("Maria Lopez, a shrimper, said Tropical Storm Bruno had kept her in port.")
    assert [a.name for a in third.values() if a.kind == "person"] == ["Maria Lopez"], third


def test_a_name_ending_in_bay_or_sound_tagged_a_person_is_a_place() -> None:
    """"into the ecologically delicate Tallow Bay" tagged a person: a name of two words or more
    ending in a water body's word (bay, sound, gulf, sea ...) is a place; a person whose given
    name opens it ("Michael Bay") stays a person."""
    text = ("Governor Bill Harlan said the weather could push the oil farther into the "
            "ecologically delicate Tallow Bay, home to many birds.")
    kinds = {a.name: a.kind for a in actors_tagged(
        text, ("Bill Harlan", "PERSON", False), ("Tallow Bay", "PERSON", False))}
    assert kinds == {"Bill Harlan": "person", "Tallow Bay": "location"}, kinds
    text = "Filmmaker Michael Bay said the weather was bad in Tallow Sound."
    kinds = {a.name: a.kind for a in actors_tagged(
        text, ("Michael Bay", "PERSON", False), ("Tallow Sound", "PERSON", False))}
    assert kinds == {"Michael Bay": "person", "Tallow Sound": "location"}, kinds


@pytest.mark.parametrize("opener", ["Sorry", "Thanks", "Congratulations"])
def test_an_interjection_the_model_runs_into_a_name_is_not_part_of_it(opener: str) -> None:
    # "Sorry Tony, too late for the regatta": a word addressed to someone is no given name.
    text = (f"Harbour chief Karl Lindqvist will not resign before August. {opener} "
            "Lindqvist, the regatta is over.")
    actors = actors_tagged(text, ("Karl Lindqvist", "PERSON", False),
                           (f"{opener} Lindqvist", "PERSON", False))
    assert [a.name for a in actors if a.kind == "person"] == ["Karl Lindqvist"]


def test_a_company_named_with_its_possessive_keeps_one_name_in_its_short_form() -> None:
    """"fire on Norvald Ltd's drilling rig ... Executives from Kestrel and Norvald": the short
    form "Norvald" is Norvald Ltd, not a second company "Norvald Ltd 's"."""
    text = ("The rig sank in the gulf.\nApril 20, 2010 - Explosion and fire on Norvald Ltd's "
            "drilling rig Deepwater Lark licensed to Kestrel Plc; 11 workers are killed.\n"
            "Executives from Kestrel and Norvald appeared.")
    names = sorted(a.name for a in actors_of(text).values() if "Norvald" in a.name)
    assert names == ["Norvald Ltd"], names


def test_a_name_ending_in_a_legal_form_tagged_a_person_is_a_company() -> None:
    """"licensed to Kestrel Plc" tagged a person: a name ending in a company's legal form
    (Plc, Ltd, Inc ...) is an organisation."""
    text = "The rig was licensed to Kestrel Plc, which said it would pay for the clean-up."
    actors = actors_tagged(text, ("Kestrel Plc", "PERSON", False))
    assert [(a.name, a.kind) for a in actors] == [("Kestrel Plc", "org")], actors


def test_the_last_word_of_an_organisations_name_after_the_is_that_organisation() -> None:
    """"The Lakeside Herald has reported ... The Herald reports that ...": a one-word "person"
    after "the" that ends the name of an organisation the article names in full is that
    organisation (a newspaper's short form); no person's name follows "the"."""
    text = ("The Lakeside Herald has reported that anglers are worried.\nThe Herald reports "
            "that the company has sent counsellors to the town.")
    actors = actors_tagged(text, ("Lakeside Herald", "ORG", False), ("Herald", "PERSON", True))
    assert [(a.name, a.kind, len(a.mentions)) for a in actors] == [
        ("Lakeside Herald", "org", 2)], actors


def test_the_end_of_an_organisations_name_split_off_as_a_person_is_that_organisation() -> None:
    """"The Lakeside Herald" read as a place and a person ("Lakeside" | "Herald"): the person
    is the organisation the article names in full elsewhere."""
    text = ("The Lakeside Herald has reported that anglers are worried.\nThe Lakeside Herald "
            "also reports that the company has sent counsellors to the town.")
    actors = actors_tagged(text, ("Lakeside", "GPE", False), ("Herald", "PERSON", False),
                           ("Lakeside Herald", "ORG", True))
    assert [a.name for a in actors if a.kind == "person"] == [], actors
    assert [a.name for a in actors if a.kind == "org"] == ["Lakeside Herald"], actors


@pytest.mark.parametrize("text", [
    "Protesters marched over the Gulf of Mexico disaster Greenpeace activists hung a banner.",
    "Crews left the Sea of Japan rig Greenpeace had occupied for a week.",
])
def test_a_country_ending_a_places_name_describes_no_company_after_it(text: str) -> None:
    """ "the Gulf of Mexico disaster Greenpeace activists ...": a headline run into the text, or
    a noun phrase a name follows, puts words in lower case between a place's name and an
    organisation's; the country closing "Gulf of Mexico" opens no description of the
    organisation ("Mexican energy giant" does), so it gives neither a title nor a country."""
    found = {a.name: a for a in actors_of(text).values()}
    assert found["Greenpeace"].kind == "org"
    assert found["Greenpeace"].titles == [] and found["Greenpeace"].country in (None, "NGO")


@pytest.mark.parametrize("text", [
    "The EPA Thursday directed Norlund to begin using the safer dispersant within 72 hours.",
    "Norlund Tuesday denied the report and said the ferry was safe.",
])
def test_a_day_after_an_organisations_name_is_no_part_of_it(text: str) -> None:
    """ "The EPA Thursday directed ...": American papers set the day right after the subject;
    the day the model found is when, not the end of the organisation's name ("EPA Thursday"
    was an organisation of its own)."""
    names = {a.name for a in actors_of(text).values()}
    assert not any("Thursday" in n or "Tuesday" in n for n in names)
    assert "Norlund" in names


def test_a_title_of_several_words_before_a_name_is_no_part_of_the_company_before_it() -> None:
    """ "BioPetroleum Chief Operating Officer Name said ...": "Chief" and "Operating" were run
    onto the company's name ("BioPetroleum Chief Operating", an organisation), since the title's
    head, "Officer", is two words on, not one."""
    found = {a.name: a for a in
             actors_of("BioFerry Chief Operating Officer Martin Keller said costs rose.").values()}
    assert "BioFerry" in found and found["BioFerry"].kind == "org", sorted(found)
    assert not any("Chief" in name for name in found), sorted(found)
    assert found["Martin Keller"].kind == "person"

def test_a_name_described_as_an_island_or_a_village_is_a_place() -> None:
    """"Tallow Key, a barrier island between Marsh Point and the state line, ...": the model
    tags the name a person; an apposition headed by a noun of a place says it is one.  A
    person described by a role whose modifier is such a noun ("a town councillor") stays a
    person."""
    text = ("Tallow Key, a barrier island between Marsh Point and the state line, likely would "
            "be the first place in the county hit by the spill.\n"
            "Belle Marais, a fishing village on the delta, braced for the oil.\n"
            "Peter Holm, a town councillor, said the beaches would close.\n")
    kinds = {a.name: a.kind for a in actors_of(text).values()}
    assert kinds.get("Tallow Key") == "location" and kinds.get("Belle Marais") == "location", \
        kinds
    assert kinds.get("Peter Holm") == "person", kinds


def test_a_list_after_a_name_is_no_title_of_it() -> None:
    """"the stakes are high: for Hayward, his globe-straddling company and, of course, the
    Gulf", "the chopper ferrying Hayward, a Reuters reporter and photographer and the ABC crew
    to the ship": the phrases after the comma are what was named with him, and the roster gave
    both as his titles.  One person's two roles joined by "and" stay a title."""
    text = ("The stakes are high: for Ostrova, her sprawling company and, of course, the "
            "harbour. Piet Varga runs the ferry line. The launch ferrying Varga, a Herald "
            "reporter and photographer and the radio crew to the rig, left at dawn. Ines Kohl, "
            "the president and chief executive of the port, spoke later.")
    actors = {a.name: a for a in actors_tagged(
        text, ("Ostrova", "PERSON", False), ("Piet Varga", "PERSON", False),
        ("Varga", "PERSON", True), ("Ines Kohl", "PERSON", False))}
    assert titles(actors["Ostrova"]) == [], titles(actors["Ostrova"])
    assert titles(actors["Piet Varga"]) == [], titles(actors["Piet Varga"])
    assert titles(actors["Ines Kohl"]) == ["the president and chief executive of the port"]

def test_a_sentences_opening_preposition_of_where_run_into_a_name_leaves_a_place() -> None:
    """"Near Kalmaro, a second platform was evacuated": the model runs the sentence's opening
    preposition into the name and tags a person "Near Kalmaro"; the preposition is no given
    name, and what it opens is where.  A possessive after the name keeps the model's reading
    ("In Dahl's view, ...")."""
    text = ("Near Kalmaro, a second platform was evacuated as a precaution.\n"
            "Off Norland, an offshore gas platform sank early today.\n"
            "In Berit Dahl's view, the platforms are safe.\n")
    kinds = {a.name: a.kind for a in actors_of(text).values()}
    assert not any(name.startswith(("Near", "Off", "In ")) for name in kinds), kinds
    assert kinds.get("Kalmaro") == "location", kinds

def test_an_acronym_a_phrase_in_lower_case_defines_names_a_thing_not_an_organisation() -> None:
    """"the blowout preventer (BOP)", "remotely operated vehicles (ROVs)": letters in brackets
    after words in lower case whose initials they open and close abbreviate a device or a
    substance, so neither there nor later ("the BOP failed") are they an organisation.  An
    acronym after a body's name in lower case ("the water authority (NWA)": its noun is an
    organisation's) and a credit after a phrase it does not abbreviate ("a flooded road (AP)")
    are left as they were."""
    text = (
        "Divers checked the pressure relief valve (PRV) on Tuesday.\n"
        "The engineers said the PRV had jammed, and the crew sent two remotely operated "
        "vehicles (ROVs) to free it. The ROVs returned at dawn."
    )
    found = actors_of(text)
    assert not [a.name for a in found.values() if a.kind == "org"]
    kept = actors_tagged(
        "Officials at the northern water authority (NWA) said the reservoir was low.",
        ("NWA", "ORG", False),
    )
    assert [a.name for a in kept if a.kind == "org"] == ["NWA"]
    credit = actors_tagged("Cars wait on a flooded road (AP) near the river.", ("AP", "ORG", False))
    assert [a.name for a in credit if a.kind == "org"] == ["AP"]


def test_a_name_that_owns_operates_or_is_who_is_no_place() -> None:
    """A company the model tags a place, where the article shows it acting as only people and
    bodies do: a relative "who" after it ("both Kestrel Energy and Norvald, who owned the
    barge"), or a role of trade in apposition or before it ("the barge's owners, Norvald",
    "Norvald, the operator of the barge", "barge owners Norvald"; ``lexicon.json``
    ``trade_role_nouns``); or an organisation's noun with a relative clause before it ("the
    firm that was in charge of the welding, Norvald, has said").  A place described by a
    place's "which" stays a place."""
    cases = [
        ("Divers said both Kestrel Energy and Norvald, who owned the barge, were told.",
         [("Kestrel Energy", "ORG", False), ("Norvald", "GPE", False)]),
        ("The crew is suing the barge's owners, Norvald, for negligence.",
         [("Norvald", "GPE", False)]),
        ("Norvald, the operator of the barge, denied it.", [("Norvald", "GPE", False)]),
        ("Kestrel Energy said barge owners Norvald were to blame.",
         [("Kestrel Energy", "ORG", False), ("Norvald", "GPE", False)]),
        ("Kestrel Energy said the crane was old and the firm that was in charge of the "
         "welding, Norvald, has said the weld was sound.",
         [("Kestrel Energy", "ORG", False), ("Norvald", "GPE", False)]),
    ]
    for text, tags in cases:
        kinds = {a.name: a.kind for a in actors_tagged(text, *tags)}
        assert kinds.get("Norvald") == "org", (text, kinds)
    kept = actors_tagged("Officials flew to Tromsdal, which lies on the coast.",
                         ("Tromsdal", "GPE", False))
    assert [a.kind for a in kept if a.name == "Tromsdal"] == ["location"]


def test_a_person_an_ambiguous_noun_describes_stays_a_person() -> None:
    """"Lorne Baxter, a crane operator, said ...": "operator" heads a company's description as
    often ("a ferry operator"), but a name whose surname the article also gives alone as a
    person's ("Baxter said") or after an honorific ("Mr Baxter") is a person, whom the
    apposition describes; so is such a name the model tags an organisation."""
    text = ("Lorne Baxter, a crane operator, said the cable snapped on Tuesday. Baxter said he "
            "had warned the site manager twice.")
    people_found = [a for a in actors_of(text).values() if a.kind == "person"]
    assert [(a.name, len(a.mentions)) for a in people_found] == [("Lorne Baxter", 2)]
    assert titles(people_found[0]) == ["a crane operator"]
    tagged = actors_tagged(
        "Lorne Baxter: 'We saw the crack' The cable snapped on Tuesday. Mr Baxter said he had "
        "warned the site manager.", ("Lorne Baxter", "ORG", False))
    assert [a.kind for a in tagged if a.name == "Lorne Baxter"] == ["person"]
    kept = actors_tagged("Tejo Vivo, a conservation group, said the river was low.",
                         ("Tejo Vivo", "PERSON", False))
    assert [a.kind for a in kept if a.name == "Tejo Vivo"] == ["org"]


def test_a_capitalised_common_word_is_no_person() -> None:
    """The model reads some capitalised words as persons' names where its tagger sees a plural
    noun, a participle or an adjective: a quotation opening '"Mornings have been slow"', an
    advert's "Find Out How the Port is Helping", a post's "Proud to welcome ...".  A surname the
    article gives in full stays a person ("Kate Griffiths ... Griffiths said")."""
    text = ('At the quay, Tom Vale says trade has fallen: "Mornings have been slow for weeks." '
            'An advert reads "Find Out How the Port is Helping," beside two others. '
            'A post on the account says "Proud to welcome our new ferry partners." '
            "Kate Griffiths runs the kiosk. Griffiths said trade was down.")
    names = {a.name for a in actors_of(text).values()}
    assert not names & {"Mornings", "Helping", "Proud"}
    assert {"Tom Vale", "Kate Griffiths"} <= names

def test_a_name_after_a_titles_portfolio_read_as_one_organisation_is_the_person() -> None:
    """"Secretary of the Interior Ken Salazar told reporters ...": the model tags "the Interior
    Ken Salazar" one organisation, so the roster had an organisation "Interior Ken Salazar" and
    "Salazar said" no full name to join.  After a title's head and "of", the capitalised words
    of a known given name and a surname closing such an organisation are the person, the words
    before them the title's portfolio; a body after "of" that no given name closes stays ("the
    Bank of Lindau"), as does one a title does not open ("a grant from the Anna Reyes
    Foundation")."""
    text = ("Secretary of the Harbours Helen Castell told reporters the pier would reopen. "
            "Castell said the crews had worked all night.")
    found = actors_tagged(text, ("the Harbours Helen Castell", "ORG", False),
                          ("Castell", "PERSON", True))
    assert [(a.kind, a.name, len(a.mentions)) for a in found] == [("person", "Helen Castell", 2)]
    kept = actors_tagged("The governor of the Bank of Lindau spoke on Monday.",
                         ("the Bank of Lindau", "ORG", False))
    assert [(a.kind, a.name) for a in kept] == [("org", "Bank of Lindau")]
    fund = actors_tagged("She won a grant from the Anna Reyes Foundation on Monday.",
                         ("the Anna Reyes Foundation", "ORG", False))
    assert [(a.kind, a.name) for a in fund] == [("org", "Anna Reyes Foundation")]


def test_a_known_surname_the_tagger_reads_as_a_plural_noun_is_still_the_person() -> None:
    """"Doug Suttles ... 'We are doing everything we can,' Suttles said": the tagger reads a
    surname ending in "s" as a plural noun, so the model's missed repeats were no one and the
    speaker a plural ("they'll know" shown as "they [Suttles]").  A capitalised word that is
    the surname of a person the article names in full is that person whether the tagger calls
    it a proper or a common noun."""
    text = ("Tom Pickles, chief operating officer, spoke. \"We are doing everything we can,\" "
            "Pickles said on the TV show. Pickles said the effort should start Wednesday.")
    people_found = [a for a in actors_of(text).values() if a.kind == "person"]
    assert [(a.name, len(a.mentions)) for a in people_found] == [("Tom Pickles", 3)]


def test_an_apposition_naming_a_claim_describes_the_clause_not_the_name_before_it() -> None:
    """"... too cozy with the oil industry to apply pressure on BP, a theory advanced by former
    Alaska governor Sarah Palin": the apposition says what the whole clause is, and BP's
    titles in the roster had "a theory advanced by former Alaska governor Sarah Palin".  A
    description whose head is a noun of what is said (``lexicon.claim_nouns``, "theory",
    "view", "charge") or of an idea (``light_nouns``) is no title of the name before it; "a
    ferry operator" still is."""
    text = ("Critics say the mayor is too close to Harbourline, a theory put forward by the "
            "opposition on Sunday. Others say the council favours Baltica, a view shared by "
            "the port. Norvald, a ferry operator, disagreed.")
    found = {a.name: titles(a) for a in actors_of(text).values()}
    assert found.get("Harbourline", []) == [], found
    assert found.get("Baltica", []) == [], found
    assert found.get("Norvald") == ["a ferry operator"], found


def test_a_commandant_before_a_name_is_the_persons_title_not_an_organisation() -> None:
    """"Coast Guard Commandant Thad Allen told a White House briefing": "Commandant" was no
    title head, so the model's "Coast Guard Commandant" was an organisation of the roster (or
    the whole run one organisation).  A commandant heads a force as an admiral or a commander
    does: a title word before a name, military."""
    text = ("Harbour Guard Commandant Karl Voss told a briefing on Monday that the work would go "
            "on. Voss said the pier was safe.")
    found = actors_of(text).values()
    assert not [a.name for a in found if a.kind == "org" and "Commandant" in a.name], \
        [a.name for a in found]
    (voss,) = [a for a in found if a.name == "Karl Voss"]
    assert voss.sector == "MIL", voss


def test_a_given_name_alone_after_the_full_name_is_that_person() -> None:
    """"then-MMS biologist Jeff Childs wrote a detailed analysis ... 'I have concerns about
    Jeff's analysis'": a colleague's e-mail calls him by his given name, and the roster had a
    person "Jeff" beside Jeff Childs.  A known given name alone, after the one full name the
    article opens with it (and no surname of the article), is that person; with two such full
    names it is left alone."""
    text = ("In 2006, harbour biologist Paul Voss wrote a detailed study of the bay. \"I have "
            "concerns about Paul's study,\" his manager wrote. She said Paul had found new risks.")
    people_found = [a for a in actors_of(text).values() if a.kind == "person"]
    assert [(a.name, len(a.mentions)) for a in people_found] == [("Paul Voss", 3)], people_found
    two = ("Paul Voss and Paul Lund wrote a study of the bay. Their manager said Paul had found "
           "new risks.")
    names = sorted(a.name for a in actors_of(two).values() if a.kind == "person")
    assert "Paul" in names, names

def test_names_run_together_lend_no_words_to_persons_names() -> None:
    """"Norvik rating cut by Tate Norvik has seen its shares fall ...": a scrape runs a headline
    into a caption, and the model reads a person "Tate Norvik" across the gap.  The run-together
    name is split where the article names its parts alone ("Tate" for "Tate Ratings", the
    company "Norvik"), and the persons' words are read after that split: neither the company nor
    the rating agency's short form is made a person by the glued name."""
    text = ("Norvik rating cut by Tate Norvik has seen its shares fall since the leak began Tate "
            "Ratings, one of the big rating agencies, has downgraded the firm by six notches. Tate "
            "said it expected Norvik to face greater costs.")
    found = actors_tagged(text, ("Norvik", "ORG", False), ("Tate Norvik", "PERSON", False),
                          ("Tate Ratings", "ORG", False),
                          ("Tate", "PERSON", True), ("Norvik", "ORG", True))
    assert not [a.name for a in found if a.kind == "person"], found
    assert {a.name for a in found} == {"Norvik", "Tate Ratings"}


def test_a_given_name_and_a_middle_initial_are_no_full_name_apart_from_the_surname() -> None:
    """"Rep. Joe L. Barton (R-Tex.) said ... Later Barton withdrew the remark": where the model
    tags the surname alone something other than a person, "Joe L." before it is no person's
    full name run into another name (as "Mark Bly BP" is): the middle initial's surname
    follows it, and the one person is Joe L. Barton, with both mentions."""
    text = ("Rep. Joe L. Barton (R-Tex.) said the company deserved an apology. Later Barton "
            "withdrew the remark after party leaders threatened to strip him of his post.")
    found = actors_tagged(text, ("Joe L. Barton", "PERSON", False), ("Barton", "ORG", True))
    assert [(a.kind, a.name, len(a.mentions)) for a in found] == [("person", "Joe L. Barton", 2)]


def test_a_one_word_organisation_that_says_i_is_a_person() -> None:
    """'"I still think the firm can pay, but I have more doubts," Brandt said': the model tags
    a surname it does not know an organisation; an organisation never says "I", so one word
    the frame's verb of saying has for its subject, in a sentence that says "I", is a person
    ("The company had said ..." after it is then not Brandt).  "Exxon said" stays a company."""
    text = ('"I still think the firm can pay, but I have more doubts than I did a week ago," '
            "Brandt said. Exxon said its costs would rise.")
    kinds = {a.name: a.kind for a in actors_of(text).values()}
    assert kinds.get("Brandt") == "person" and kinds.get("Exxon") == "org"
    reader = ("Exxon opened a plant in May. Remember, Exxon said there was no leak -- I guess "
              "that was wrong.")
    assert {a.name: a.kind for a in actors_of(reader).values()}.get("Exxon") == "org"


def test_no_name_ends_on_a_verb_or_a_preposition_in_lower_case() -> None:
    """"the City Hall press corp is already waiting", "has been in the City Hall press corp
    since the Soares administration": the model ran the verb and the preposition after a
    lower-case "corp" into an organisation's name ("City Hall press corp is", "... corp
    since"), two organisations apart.  No name ends on such a word."""
    text = ("It is a hot day in Lisbon, and the City Hall press corp is already waiting "
            "outside for the mayor. She has been in the City Hall press corp since the Soares "
            "administration.")
    names = {a.name for a in actors_of(text).values()}
    assert not any(n.endswith((" is", " since")) for n in names), names


def test_a_subheading_in_capitals_run_into_its_paragraph_names_no_one() -> None:
    """"TALKS STALL OVER PAY OFFER Moreau told reporters ...": a wire story's subheading in
    capitals, run by the scrape into the paragraph it labels.  The model tags the heading an
    organisation, which took the surname after it into its name; the heading names no one, and
    "Moreau" is the union leader named in full before."""
    text = ("Dockers at the port of Corvale stayed on strike on Friday, said Renata Moreau, the "
            "union's leader.\n"
            "TALKS STALL OVER PAY OFFER Moreau told reporters the union would not return to "
            "work this month.\n")
    found = actors_tagged(text, ("Renata Moreau", "PERSON", False),
                          ("TALKS STALL OVER PAY OFFER", "ORG", False))
    assert [(a.kind, a.name, len(a.mentions)) for a in found
            if a.kind in ("person", "org")] == [("person", "Renata Moreau", 2)], found


def test_a_transcripts_label_the_model_tags_an_organisation_is_the_person() -> None:
    """"VARGA: Anders Holm ... says the talks are over.": a transcript labels each turn with the
    speaker's surname in capitals, and the model tags the label an organisation (the anchor's
    label, in one transcript, 3 of 11 times).  A label in capitals before a colon at a line's
    start that spells the surname of a person the article names in ordinary case is that
    person: the host has her turns, and no organisation "VARGA" stands in the roster."""
    text = ("Good evening, I'm Carla Varga, and the strike at the port enters its third week.\n"
            "VARGA: Anders Holm, the union's negotiator, says the talks are over.\n"
            "HOLM: They are not over. We are waiting for an offer.\n"
            "VARGA: All right. We will be back after this.\n")
    found = actors_tagged(text, ("Carla Varga", "PERSON", False), ("VARGA", "ORG", False),
                          ("Anders Holm", "PERSON", False), ("VARGA", "ORG", True))
    assert sorted((a.kind, a.name, len(a.mentions)) for a in found) == [
        ("person", "Anders Holm", 1), ("person", "Carla Varga", 3)], found


def test_an_organisations_name_the_model_missed_again_is_a_mention() -> None:
    """The model tags "Norvik" once and misses it at a line's start ("Norvik says it will pay
    ...") and after a description ("Energy giant Norvik vowed ..."): a proper noun that is an
    organisation's one-word name the article gives, standing alone, is a mention of it.  Not
    where it is part of another name ("Norvik Plc", a name of its own)."""
    text = ("Norvik said on Monday that the leak was slowing.\n"
            "Norvik says it will pay for the clean-up.\n"
            "Telemark weather reporter Ana Lind explains how the wind will move the slick.\n"
            "Energy giant Norvik vowed to pay all legitimate claims.\n"
            "Shares in Norvik Plc fell by a tenth.\n")
    found = actors_tagged(text, ("Norvik", "ORG", False), ("Telemark", "ORG", False),
                          ("Ana Lind", "PERSON", False))
    norvik = [a for a in found if a.name == "Norvik"]
    assert len(norvik) == 1 and len(norvik[0].mentions) == 3, found


def test_a_first_word_the_article_writes_in_lower_case_is_no_person() -> None:
    """"Sheen is about six miles off the coast ...": the model tags a sentence's first word a
    person where the article writes the same word in lower case as a noun ("a thin sheen");
    a one-word name so written is no name.  A surname of a person named in full stays
    ("Anna Rust ... Rust said", with "the rust" elsewhere)."""
    found = actors_of("Ferry crews kept watch over the harbour on Sunday.\n"
                      "Sheen is about six miles off the coast, said Ana Berg, the mayor.\n"
                      "A thin sheen was also seen near the pier on Saturday.\n"
                      "Anna Rust, the harbour master, inspected the hull.\n"
                      "Rust said the rust on the hull was old.")
    assert "person:sheen" not in found, sorted(found)
    assert {"person:ana-berg", "person:anna-rust"} <= set(found), sorted(found)


@pytest.mark.parametrize("text", [
    "PARIS, KY. -- Floods shut the roads on Tuesday, officials said. Crews gathered here in "
    "Paris, the county seat, and boats left Paris at dawn.",
    "Boats left the harbour in Paris, Texas, on Sunday. Farmers in Paris said the river had "
    "risen. Paris has two schools.",
])
def test_a_place_once_given_its_state_is_in_that_state_at_each_mention(text: str) -> None:
    """"VENICE, LA. -- ...", then "here in Venice, the last town ...": the state after the
    comma (in capitals in a dateline too) places the name at every mention, where the
    gazetteer's best-known city of the name won the count of mentions (Venice, Italy)."""
    [paris] = [a for a in actors_of(text).values() if a.name == "Paris"]
    assert paris.country == "USA"


@pytest.mark.parametrize("text, names", [
    ("The contract went to the shipping firms Maersk and Morgan, the minister said.",
     ["Maersk", "Morgan"]),
    ("A lawyer asked that the suits against drilling companies Norvik, Halden and Cameron be "
     "heard together.", ["Cameron", "Halden", "Norvik"]),
    ("The ferry route was sold to companies such as Halden and Morgan last year.",
     ["Halden", "Morgan"]),
])
def test_names_listed_under_a_plural_noun_of_organisations_are_organisations(
        text: str, names: list[str]) -> None:
    """"cases against oil companies BP, Transocean, Halliburton and Cameron": the model tagged
    members of the list places or a person, and the figures list made "Cameron" Britain's prime
    minister; a list a plural noun of organisations heads names organisations."""
    found = actors_of(text).values()
    assert sorted(a.name for a in found if a.kind == "org") == names
    assert not [a for a in found if a.kind in ("person", "location")]


def test_a_person_after_a_plural_noun_of_organisations_in_a_clause_stays_a_person() -> None:
    found = actors_of("The firms Mayor Ines Kohl founded went bust in March.").values()
    assert [a.name for a in found if a.kind == "person"] == ["Ines Kohl"]


def test_a_name_the_model_cut_at_the_and_of_its_complement_is_one_organisation() -> None:
    """"the Senate Committee on Homeland Security and Governmental Affairs": the model tagged
    "Governmental Affairs" an organisation of its own; a part after "and" that the article
    also names on its own is another organisation."""
    text = ("Mayor Ines Kohl told the Senate Committee on Harbour Security and Governmental "
            "Affairs that the pier would open. The Ministry of Transport and Norlund signed the "
            "contract, and Norlund said the ferries would sail.")
    names = sorted(a.name for a in actors_of(text).values() if a.kind == "org")
    assert "Senate Committee on Harbour Security and Governmental Affairs" in names
    assert "Governmental Affairs" not in names
    assert "Norlund" in names


def test_a_surname_with_a_capital_inside_is_a_word_of_the_persons_name() -> None:
    """ "Norvik's Dale McKinnon ...", then "McKinnon replied", "part of McKinnon's
    testimony": the model tagged one "McKinnon" a place, and the other mentions followed it
    into a place, since "McKinnon" (a capital inside the word, as "McKay", "DeLay",
    "LeBlanc") was not read as a word of the person's name."""
    text = ("Norvik's Dale McKinnon wasn't about to take blame for the collapse.\n"
            '"Our safety record on the river is as good as anyone\'s," McKinnon replied.\n'
            "But perhaps the most striking part of McKinnon's testimony was how familiar it "
            "seemed.\n"
            "In a pair of council hearings Tuesday, Norvik's McKinnon traded blame with the "
            "crane operator.\n"
            '"The crane operator had responsibility for the lift," McKinnon declared.\n')
    found = actors_of(text)
    assert [a.kind for a in found.values() if "McKinnon" in a.name] == ["person"], found
    assert len(found["person:dale-mckinnon"].mentions) == 5, found


def test_a_surname_read_as_a_noun_opening_a_sentence_as_the_subject_of_saying() -> None:
    """ "Settles, speaking to reporters after flying over the harbour, said ...": the model
    reads a surname ending in "s" as a plural noun, and at a sentence's start only one right
    before a verb of saying was taken for the surname; one set off by a comma, the subject
    of a verb of saying further on, is the surname too (not "Wells in the bay were capped")."""
    text = ("The first lift failed when the crane's frame shifted, Norvik operations chief "
            "Anna Settles told reporters in Molde on Saturday.\n"
            "Settles said the crane would be back at work late on Saturday night.\n"
            '"We had to bring the frame back to the quay to adjust it," Settles said.\n'
            "Booms are designed to hold the oil in one place until skimmers can lift it.\n"
            "Settles, speaking to reporters after flying over the harbour, said the use of the "
            "booms appears to be working.\n"
            '"The water near the pier is cleaner than it was on Friday," Settles said.\n')
    found = actors_of(text)
    starts = [m.start for m in found["person:anna-settles"].mentions]
    assert text.index("Settles, speaking") in starts, starts


def test_a_title_in_lower_case_after_an_organisations_name_is_the_persons() -> None:
    """ "Norvik chief executive Ana Reyes said ...", "Norvik spokesman Nils Aas": a title
    written in lower case after the name of the company it is held at is still the title (as
    after a country's, "US president Barack Obama"); the person had none."""
    text = ("Norvik Shipping said on Monday that its pumps had failed.\n"
            "Norvik chief executive Ana Reyes said the pumps were working again.\n"
            "Norvik spokesman Nils Aas told reporters the ferry would sail on Friday.\n"
            "Yesterday afternoon Tomas Lind, a fisherman, said the water was clear.\n")
    found = actors_of(text)
    assert titles(found["person:ana-reyes"]) == ["Norvik chief executive"], found
    assert titles(found["person:nils-aas"]) == ["Norvik spokesman"], found
    assert titles(found["person:tomas-lind"]) == ["a fisherman"], found


def test_an_abbreviated_rank_before_a_name_is_no_word_of_the_ship_or_service() -> None:
    """ "U.S. Coast Guard Capt. Ivo Lind -- who ... -- admitted ..." and "Joe Griffin Capt.
    Demi Shaffer told ...": the model reads "Capt" a word of the name before it (an
    organisation "U.S. Coast Guard Capt", a person "Joe Griffin Capt") and the point a word
    apart.  The rank is the person's title; the service or the ship is no person."""
    text = ("Out at sea, the crew waited for hours.\n"
            "U.S. Coast Guard Capt. Ivo Lind -- who oversees the Port Arden area -- admitted "
            "in Dulby that he had not pushed the firm hard enough.\n"
            "Joe Griffin Capt. Demi Shaffer told a reporter aboard his boat that a spark could "
            "cause a fire.\n"
            "Army Sgt. Tomas Vik was hurt.\n")
    found = {a.name: a for a in actors_of(text).values()}
    assert not {n for n in found if n.endswith(("Capt", "Sgt"))}, sorted(found)
    assert titles(found["Tomas Vik"]) == ["Sgt."], titles(found["Tomas Vik"])
    assert found["U.S. Coast Guard"].kind == "org", sorted(found)
    assert "Joe Griffin" not in found or found["Joe Griffin"].kind != "person", sorted(found)
    assert titles(found["Ivo Lind"]) == ["Capt."], titles(found["Ivo Lind"])
    assert found["Demi Shaffer"].kind == "person", sorted(found)


def test_a_title_that_begins_inside_an_organisations_name_takes_the_whole_name() -> None:
    """ "White House spokesman Robert Gibbs", "former Environmental Protection Agency
    administrator William K. Reilly", "BP America President Lamar McKay": the title took the
    name's last word ("House" a word of titles, "Agency" an organisation before a title in
    lower case, "America" a country) and left its first words out: titles "House spokesman",
    "Agency administrator" and "America President" (with the United States and the sector
    GOV).  The title starts where the organisation does."""
    text = ("The ferry sank on Monday.\n"
            "Norvik America President Ivo Lind said the firm would pay.\n"
            "Former Harbour Safety Agency administrator Ana Dahl will head the inquiry.\n"
            "It was a clash with White House spokesman Tomas Berg on Sunday.\n")
    found = {a.name: a for a in actors_of(text).values()}
    assert titles(found["Ivo Lind"]) == ["Norvik America President"], titles(found["Ivo Lind"])
    assert found["Ivo Lind"].country is None and found["Ivo Lind"].sector != "GOV"
    assert titles(found["Ana Dahl"]) == ["Harbour Safety Agency administrator"]
    assert titles(found["Tomas Berg"]) == ["White House spokesman"]


def test_a_rank_run_into_the_service_before_it_is_no_organisation() -> None:
    """ "Coast Guard Petty Officer Ida Vik said ...": the model runs the rank's first word
    into the service's name ("Coast Guard Petty", an organisation); "petty" and "warrant"
    are words of a rank ("Petty Officer", "Warrant Officer") as "chief" is of a title."""
    text = ("Tar balls washed up on the beach at Molde on Sunday.\n"
            '"They can be picked up by hand," said Coast Guard Petty Officer Ida Vik.\n'
            "Army Warrant Officer Tomas Lind said the beach would stay open.\n")
    names = {a.name for a in actors_of(text).values()}
    assert not {n for n in names if n.endswith(("Petty", "Warrant"))}, names
    assert {"Ida Vik", "Tomas Lind"} <= names, names


def test_a_role_closing_a_phrase_fronted_before_the_name_is_not_the_names_title() -> None:
    """"In an open letter to the US president, Napier said ...": the role before the comma
    closes a phrase fronted before the clause the name is the subject of, so it is whom the
    person wrote to, not the person; the roster titled the insurer's chairman "the US
    president" (and gave him that country).  A role the name explains is the subject itself
    or the name's appositive."""
    text = ("In a letter to the prime minister, Holm said the port would stay shut. "
            "After meeting the foreign secretary, Lind said the talks went well. "
            "The foreign secretary, Ida Vik, said the talks went well. "
            "Reporters asked the mayor, Tom Berg, about the port.")
    found = {a.name: a for a in actors_of(text).values()}
    assert titles(found["Holm"]) == [] and titles(found["Lind"]) == [], found
    assert titles(found["Ida Vik"]) == ["The foreign secretary"]
    assert titles(found["Tom Berg"]) == ["the mayor"]


def test_a_name_set_off_after_a_crafts_noun_is_the_craft_not_a_person() -> None:
    """"... another blowout such as the one that sent the original rig, <name>, to the bottom
    of the ocean": the model read the rig's name as a person's, and the roster listed it so.
    A name after a comma that follows a craft's noun with its determiner names the craft; a
    clause's subject after a fronted phrase, a word of a longer noun phrase ("after the
    disaster, the Lund administration"), a name described as a person, and a name after "of
    the ship," (the crew, the owner) stay persons."""
    text = ("Divers admit nobody can rule out another blowout like the one that sent the old "
            "rig, Marlin Explorer, to the seabed. Unloading nets from a small boat, Tom Reed, a "
            "fisherman, says the catch is down. The crew of the ship, Anna Vik, said the hull "
            "was sound. President Ida Lund spoke on Monday. Even after the disaster, the Lund "
            "administration did not act.")
    kinds = {a.name: a.kind for a in actors_of(text).values()}
    assert kinds.get("Marlin Explorer") == "org", kinds
    assert kinds.get("Tom Reed") == "person" and kinds.get("Anna Vik") == "person", kinds
    assert kinds.get("Ida Lund") == "person" and "Lund" not in kinds, kinds


def test_a_noun_opening_a_sentence_tagged_an_organisation_is_no_name() -> None:
    """"Hurricanes also pose a problem.", with "up to 14 hurricanes" further on: the model
    tagged the capitalised noun an organisation.  A one-word name that only opens sentences
    and is written in lower case elsewhere in the article is the noun, as for a person's
    name; a company named at a sentence's start keeps its name."""
    text = ("Freezes also pose a problem. The growers lost most of the crop in March, and "
            "freezes are common in the valley. Vestra said the harvest would be late.")
    names = {a.name for a in actors_of(text).values()}
    assert "Freezes" not in names and "Vestra" in names, names


def test_a_programme_named_after_its_host_is_no_one() -> None:
    """"Mr Susman told BBC One's <host> Show: ...": the model tagged the programme a person's
    name, and the roster listed a person "<host> Show" in two articles.  A name ending in a
    capitalised programme word ("Show") is the programme, where someone spoke; its host is
    still a person where the article names him alone."""
    text = ("Mr Berg told ITV's Martin Cole Show: \"We will reopen the port.\" "
            "Martin Cole said the harbour was quiet.")
    found = actors_tagged(text, ("Martin Cole Show", "PERSON", False),
                          ("Martin Cole", "PERSON", True), ("Berg", "PERSON", False))
    names = {a.name for a in found}
    assert "Martin Cole Show" not in names and "Martin Cole" in names, names


def test_a_verb_spelt_as_a_crafts_noun_after_a_name_makes_no_craft() -> None:
    """"But a day earlier, Obama blasted U.S. lawmakers ...": "blasted" has the lemma of the
    craft noun "blast", so the name was a craft's, and the president an organisation in all
    his article (a quotation then went by "he" to the prime minister, the one person left).
    A finite verb after the name is no noun of a craft."""
    text = ("Senator Maria Lindqvist defended the port on Saturday. A day earlier, Lindqvist "
            "blasted the harbour board for its delays, and Hale blasts it too.")
    kinds = {a.name: a.kind for a in actors_of(text).values()}
    assert kinds.get("Maria Lindqvist") == "person" and kinds.get("Hale") == "person", kinds


def test_titles_and_a_persons_surname_tagged_an_organisation_are_that_person() -> None:
    """"In a letter to the oil firm, Rear Adm Watson said: ...": the model tagged the rank
    without its full stop and the surname an organisation, apart from "Rear Adm James
    Watson", and "Who said what" had a speaker "Rear Adm Watson".  Title words before the
    surname of a person the article names are that person; "General Motors" stays a
    company."""
    text = ('Rear Adm Tomas Varga gave the port two days. In a letter to the port, Rear Adm '
            'Varga said: "Act now." General Motors said it would help.')
    found = {a.name: a for a in actors_of(text).values()}
    assert "Rear Adm Varga" not in found and len(found["Tomas Varga"].mentions) == 2, found
    assert found["General Motors"].kind == "org"


def test_a_person_tagged_with_an_outlets_name_is_the_outlet() -> None:
    """'"I think it's fair to say ...," he told Politico in an interview': the model tagged
    the outlet a person, and the roster listed a person "Politico".  A name the outlet table
    knows is the outlet, unless it is the surname of a person the article names ("Michael
    Bloomberg", then "Bloomberg said")."""
    text = ("Mayor Ida Lund told Politico in an interview that the port would reopen. Michael "
            "Bloomberg visited the port, and Bloomberg said it was safe.")
    found = actors_tagged(text, ("Politico", "PERSON", False), ("Ida Lund", "PERSON", False),
                          ("Michael Bloomberg", "PERSON", False), ("Bloomberg", "PERSON", True))
    kinds = {a.name: a.kind for a in found}
    assert kinds.get("Politico") == "org" and kinds.get("Michael Bloomberg") == "person", kinds


def test_a_name_in_quotation_marks_after_a_crafts_noun_is_the_craft() -> None:
    """'watch his 40-foot yacht "Ted" race', 'on his racing yacht, "Ted", at the regatta': the
    model read the boat's name as a person's, and the roster listed "Ted" beside the owner
    who quoted nobody.  A name in quotation marks right after a craft's noun (a comma between
    or not) is the craft; a person of that given name elsewhere stays a person."""
    text = ("Karl Olsen took a day off to watch his 40-foot yacht \"Ted\" race off the coast.\n"
            "He was later seen on his racing yacht, \"Ted\", at the regatta.\n"
            "Ted Berg, his deputy, stayed in Oslo.\n")
    found = {a.name: a for a in actors_of(text).values()}
    assert "Ted" not in found or found["Ted"].kind != "person", sorted(found)
    assert found["Ted Berg"].kind == "person", sorted(found)
