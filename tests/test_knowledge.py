"""The knowledge tables: the packaged files load, and a bad table is refused with a message
naming the file and the entry."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from newsdesk.knowledge import geo, lexicon, loader, people, plover, roles


def _packaged(file: str) -> dict[str, Any]:
    return copy.deepcopy(loader.read(file))


def _refused(load: Any, data: dict[str, Any], *words: str) -> str:
    with pytest.raises(loader.DataError) as caught:
        load(data)
    message = str(caught.value)
    for word in words:
        assert word in message, message
    return message


def test_the_packaged_tables_load() -> None:
    assert "accept" in plover.VERBS and "talks" in plover.NOUNS
    assert plover.TYPES[0] == "AGREE" and len(plover.TYPES) == 16
    assert geo.country_code("U.S.") == "USA" and geo.demonym_code("Iranians") == "IRN"
    assert geo.capital_code("Tehran") == "IRN"
    assert geo.igo("the United Nations") == ("IGOUNO", "United Nations")
    assert people.by_surname("Rouhani") is not None
    assert roles.sector_of("foreign minister") == "GOV"
    assert roles.sector_of("former foreign minister") == "ELI"
    assert "newspaper" in lexicon.ORGANISATION_NOUNS


def test_a_company_rank_is_business_not_government() -> None:
    """"the refiner's senior vice president", "chief financial officer": ranks only firms
    give; a vice president with no rank before it is still the state's."""
    assert roles.sector_of("Norlund Oil's senior vice-president for drilling") == "BUS"
    assert roles.sector_of("the refiner's chief financial officer") == "BUS"
    assert roles.sector_of("Managing Director") == "BUS"
    assert roles.sector_of("Vice President Ana Ruiz") == "GOV"


def test_an_office_serving_a_body_takes_the_bodys_sector() -> None:
    """"president of Norlund Drilling" is no government official; the president of a state,
    of a state's organ or of an international organisation is."""
    assert roles.sector_of("president and Chairman of Norlund Drilling") is None
    assert roles.sector_of("spokesman for Norlund Oil Company") == "BUS"
    assert roles.sector_of("president of Iran") == "GOV"
    assert roles.sector_of("spokeswoman for the Interior Department") == "GOV"
    assert roles.sector_of("president of the European Commission") == "GOV"
    assert roles.sector_of("adviser to President Ana Ruiz") == "GOV"
    assert roles.sector_of("Secretary of State") == "GOV"


def test_a_president_a_body_owns_takes_the_bodys_sector() -> None:
    """"Norlund's America president" (the roster gave such a company's head the government's
    sector) is the company's, as "president of Norlund America" is; "Haiti's president" and
    "the country's president" are the state's, "the company's president" a firm's; a
    spokesman a person owns ("Ruiz's spokesman") stays the government's."""
    assert roles.sector_of("Norlund's America president") is None
    assert roles.sector_of("Haiti's president") == "GOV"
    assert roles.sector_of("the country's president") == "GOV"
    assert roles.sector_of("the company's president") == "BUS"
    assert roles.sector_of("Ruiz's spokesman") == "GOV"


def test_an_office_after_the_name_of_the_body_it_serves_takes_the_bodys_sector() -> None:
    """"Norlund spokesman" (a title in lower case after the company's name) is the company's,
    as "spokesman for Norlund Oil Company" is; "US president" and "White House spokesman" are
    the state's."""
    assert roles.sector_of("Norlund spokesman") is None
    assert roles.sector_of("Norlund Oil Company spokeswoman") == "BUS"
    assert roles.sector_of("US president") == "GOV"
    assert roles.sector_of("White House spokesman") == "GOV"
    assert roles.sector_of("Interior Department spokesman") == "GOV"
    assert roles.sector_of("French foreign minister") == "GOV"


def test_an_office_after_an_article_and_the_body_it_serves_takes_the_bodys_sector() -> None:
    """"Tom Berg, a Norvik spokesman, said" gave a company's spokesman the government's sector:
    the article opens the office's phrase, not the body's, so "a Norvik spokesman" is the
    company's as "Norvik spokesman" is; "a White House spokesman", "an Interior Department
    spokeswoman" and "a US spokesman" stay the state's."""
    assert roles.sector_of("a Norvik spokesman") is None
    assert roles.sector_of("a Norvik Oil Company spokeswoman at its Oslo offices") == "BUS"
    assert roles.sector_of("a White House spokesman") == "GOV"
    assert roles.sector_of("an Interior Department spokeswoman") == "GOV"
    assert roles.sector_of("a US spokesman") == "GOV"
    assert roles.sector_of("a spokesman") == "GOV"


def test_a_capitalised_president_after_a_companys_name_is_the_companys() -> None:
    """"BP America President Lamar McKay" was government: a capitalised "President" after a
    body's name serves that body, as "Norlund spokesman" does; after a country, a parish or
    nothing but the title's own words ("Vice", "Former") it is the state's."""
    assert roles.sector_of("Norvik America President") is None
    assert roles.sector_of("US President") == "GOV"
    assert roles.sector_of("Arden Parish President") == "GOV"
    assert roles.sector_of("Vice President") == "GOV"
    assert roles.sector_of("Former US President") == "ELI"
    assert roles.sector_of("Haitian President") == "GOV"


def test_given_names_give_a_gender_and_refuse_a_name_of_both() -> None:
    assert people.given_name_gender("John Podesta") == "m"
    assert people.given_name_gender("Hillary Clinton") == "f"
    assert people.given_name_gender("Jordan Reyes") is None  # borne by both: left out
    assert people.given_name_gender("Podesta") is None
    with pytest.raises(loader.DataError, match="'ann' is listed as male already"):
        people.load_given_names({"about": {"male": "m", "female": "f"}, "male": ["ann"],
                                  "female": ["ann"]})


def test_duplicate_keys_are_refused() -> None:
    text = '{"about": {"figures": "x"}, "figures": [], "figures": []}'
    with pytest.raises(loader.DataError) as caught:
        loader.parse("figures.json", text)
    assert str(caught.value) == "figures.json: 'figures': listed twice"


def test_a_verb_listed_twice_is_refused() -> None:
    text = json.dumps(_packaged("plover-lexicon.json"))
    doubled = text.replace('"verbs": {', '"verbs": {"agree": [{"type": "AGREE"}], ', 1)
    with pytest.raises(loader.DataError, match=r"plover-lexicon.json: 'agree': listed twice"):
        loader.parse("plover-lexicon.json", doubled)


def test_unknown_plover_type_and_mode_are_refused() -> None:
    data = _packaged("plover-lexicon.json")
    data["verbs"]["agree"] = [{"type": "AGGREE"}]
    _refused(plover.load_lexicon, data, "plover-lexicon.json", "verbs.agree[0]", "'AGGREE'")
    data = _packaged("plover-lexicon.json")
    data["verbs"]["visit"][0]["mode"] = "vist"
    _refused(plover.load_lexicon, data, "verbs.visit[0]", "CONSULT mode", "'vist'")
    data = _packaged("plover-lexicon.json")
    data["nouns"]["attack"] = [{"type": "ASSAULT", "mode": "visit"}]
    _refused(plover.load_lexicon, data, "nouns.attack[0]", "ASSAULT mode")


def test_a_mutual_idiom_names_its_objects() -> None:
    """"traded blame": an idiom is made by its object, so a sense without one is refused."""
    data = _packaged("plover-lexicon.json")
    data["mutual_idioms"]["trade"] = [{"type": "ACCUSE", "mode": "allege"}]
    _refused(plover.load_lexicon, data, "mutual_idioms.trade", "names the objects")
    data = _packaged("plover-lexicon.json")
    data["mutual_idioms"]["trade"][0]["mode"] = "blame"
    _refused(plover.load_lexicon, data, "mutual_idioms.trade[0]", "ACCUSE mode")


def test_senses_keep_their_order() -> None:
    data = _packaged("plover-lexicon.json")
    first, second = data["verbs"]["withdraw"][:2]
    data["verbs"]["withdraw"][:2] = [second, first]
    reordered = plover.load_lexicon(data)
    assert [r.type for r in plover.VERBS["withdraw"][:2]] == ["SANCTION", "RETREAT"]
    assert [r.type for r in reordered.verbs["withdraw"][:2]] == ["RETREAT", "SANCTION"]


def test_rule_word_sets_are_checked() -> None:
    data = _packaged("plover-lexicon.json")
    data["verbs"]["sign"][0]["objects"] = ["@AGREEMENT"]
    _refused(plover.load_lexicon, data, "verbs.sign[0].objects", "unknown class '@AGREEMENT'")
    data = _packaged("plover-lexicon.json")
    data["verbs"]["sign"][0]["objects"] = ["@AGREEMENTS", "treaty"]
    _refused(plover.load_lexicon, data, "'treaty' is listed already")
    data = _packaged("plover-lexicon.json")
    data["verbs"]["sign"][0]["objects"] = ["@AGREEMENTS", "-bill"]
    _refused(plover.load_lexicon, data, "'-bill' takes out nothing")
    data = _packaged("plover-lexicon.json")
    data["verbs"]["sign"][0]["needs_objects"] = True
    _refused(plover.load_lexicon, data, "verbs.sign[0]", "unknown field 'needs_objects'")
    data = _packaged("plover-lexicon.json")
    data["verbs"]["sign"][0]["swap"] = False
    _refused(plover.load_lexicon, data, "verbs.sign[0].swap", "true or absent")
    assert plover.VERBS["sign"][0].objects == plover.CLASSES["AGREEMENTS"]
    assert "weapons" not in plover.VERBS["send"][0].objects  # "@AID_THINGS -weapons"


def test_sectors_must_be_plover_sectors() -> None:
    data = _packaged("plover-lexicon.json")
    data["official_sectors"].append("POL")  # police is COP in the manual
    _refused(plover.load_lexicon, data, "official_sectors", "unknown PLOVER sector 'POL'")
    data = _packaged("plover-lexicon.json")
    data["group_sectors"]["CVL"].append("troops")
    _refused(plover.load_lexicon, data, "group_sectors.CVL", "'troops' is MIL already")
    data = _packaged("roles.json")
    data["sectors"][0]["sector"] = "MEDIA"
    _refused(roles.load_roles, data, "roles.json", "sectors[0]", "'MEDIA'")


def test_ontology_scores_and_roots_are_checked() -> None:
    data = _packaged("plover.json")
    data["types"]["AID"]["score"] = 12
    _refused(plover.load_ontology, data, "plover.json", "types.AID", "-10 .. 10")
    data = _packaged("plover.json")
    data["types"]["ASSAULT"]["modes"]["drone"]["cameo"] = "195"
    _refused(plover.load_ontology, data, "types.ASSAULT.modes.drone", "two digits")


def test_bad_country_codes_are_refused() -> None:
    data = _packaged("places.json")
    data["demonyms"]["iranian"] = "IRA"
    _refused(geo.load_places, data, "places.json", "demonyms.iranian", "'IRA'")
    data = _packaged("places.json")
    data["capitals"]["Tehran"] = "IRN"
    _refused(geo.load_places, data, "capitals.Tehran", "not a lower-case word")
    data = _packaged("places.json")
    data["outside_iso"]["FRA"] = "France"
    _refused(geo.load_places, data, "outside_iso.FRA", "no user-assigned")
    data = _packaged("figures.json")
    data["figures"][0]["country"] = "US"
    _refused(people.load_figures, data, "figures.json", "figures[0]", "'US'")
    data = _packaged("figures.json")
    data["figures"].append(dict(data["figures"][0]))
    _refused(people.load_figures, data, "listed twice")


def test_organisations_are_checked() -> None:
    data = _packaged("organisations.json")
    data["organisations"][0]["code"] = "UNO"
    _refused(geo.load_organisations, data, "organisations.json", "organisations[0]", "'UNO'")
    data = _packaged("organisations.json")
    data["organisations"][1]["forms"].append("un")
    _refused(geo.load_organisations, data, "'un' names two entries")
    data = _packaged("organisations.json")
    data["organisations"].append({"code": "NGO", "name": "Oxfam", "forms": ["oxfam"]})
    _refused(geo.load_organisations, data, "only an IGO may be named by its code")
    data = _packaged("organisations.json")
    data["organisations"][0]["forms"].append("the un")
    _refused(geo.load_organisations, data, "drop the")


def test_tables_and_their_descriptions_go_together() -> None:
    data = _packaged("lexicon.json")
    data["claim_nouns"].append("claim")
    _refused(lexicon.load_lexicon, data, "lexicon.json", "claim_nouns", "'claim' listed twice")
    data = _packaged("lexicon.json")
    data["stance_for"].append("reject")
    _refused(lexicon.load_lexicon, data, "'reject' is a stance for already")
    data = _packaged("lexicon.json")
    data["channel_nouns"] = data.pop("channel_words")
    _refused(lexicon.load_lexicon, data, "channel_nouns", "unknown table")
    data = _packaged("roles.json")
    del data["about"]["former"]
    _refused(roles.load_roles, data, "roles.json", "about")


def test_every_state_with_a_capital_has_a_demonym() -> None:
    """"the Gabonese government", "Burkinabe troops": a state whose capital news may name is
    also named by its adjective.  Congo-Brazzaville, Dominica and Kosovo are left out: "Congolese"
    means the larger Congo in news, "Dominican" the Dominican Republic, and "Kosovar" keeps the
    state of the older records."""
    data = _packaged("places.json")
    missing = set(data["capitals"].values()) - set(data["demonyms"].values()) - {
        "COG", "DMA", "XKX"}
    assert not missing, sorted(missing)
    assert geo.demonym_code("Burkinabe") == "BFA" and geo.demonym_code("Malawians") == "MWI"
    assert geo.demonym_code("South Sudanese") == "SSD"


def test_cities_locate_but_do_not_govern() -> None:
    """"Protesters in Karachi" are in Pakistan, but "Karachi said" is no government: a city
    other than the seat of government is in ``cities``, never in ``capitals``."""
    assert geo.city_code("Aleppo") == "SYR" and geo.city_code("the Karachi") == "PAK"
    assert geo.capital_code("Aleppo") is None and geo.capital_code("Mumbai") is None
    assert geo.located_code("Lagos") == "NGA" and geo.located_code("Tehran") == "IRN"
    assert geo.place_code("Mosul") == "IRQ"
    assert geo.located_code("Chechnya") == "RUS" and geo.capital_code("Darfur") is None
    data = _packaged("places.json")
    assert not set(data["cities"]) & set(data["capitals"])
    data["cities"]["Aleppo"] = "SYR"
    _refused(geo.load_places, data, "cities.Aleppo", "not a lower-case word")


def test_figures_compare_without_accents_and_share_a_surname_country() -> None:
    """"Francois Mitterrand" is the figure written "François"; "the Castro government" is
    Cuban whichever Castro it was, though the surname names no one figure."""
    found = people.by_name("Francois Mitterrand")
    assert found is not None and found.country == "FRA"
    assert people.by_name("Julius Nyerere") is not None
    assert people.by_surname("Castro") is None and people.surname_country("Castro") == "CUB"
    assert people.surname_country("Nosuchname") is None
    data = _packaged("figures.json")
    data["figures"].append(dict(data["figures"][0], name="Dönald Trump"))
    _refused(people.load_figures, data, "listed twice")


def test_a_known_organ_named_with_its_organisation() -> None:
    """"U.N. Security Council" is the Security Council; an organ we do not list is not
    guessed from the name before it."""
    found = geo.organisation("the U.N. Security Council")
    assert found is not None and found.name == "United Nations Security Council"
    assert geo.organisation("UN Security Council") == found
    assert geo.organisation("U.N. war crimes tribunal") is None


def test_national_organisations_give_their_state() -> None:
    """"Hamas", "the Taliban", "the Kremlin" are named without their country."""
    assert geo.national_code("the Taliban") == "AFG" and geo.national_code("Kremlin") == "RUS"
    assert geo.national_code("Oxfam") is None
    data = _packaged("organisations.json")
    data["national"]["hamas"] = "PAL"
    _refused(geo.load_national, data, "organisations.json", "national.hamas", "'PAL'")
    data = _packaged("organisations.json")
    data["national"]["oxfam"] = "GBR"
    _refused(geo.load_national, data, "national.oxfam", "international organisation")
    data = _packaged("organisations.json")
    del data["about"]["national"]
    _refused(geo.load_organisations, data, "about")


def test_a_modern_figure_keeps_its_surname_alone() -> None:
    """Older namesakes are left out where they would make a current leader's surname name
    nobody ("Mr. Trudeau", "Mr. Zarif", "al-Assad")."""
    for surname in ("Trudeau", "Zarif", "al-Assad", "Museveni", "Mubarak"):
        assert people.by_surname(surname) is not None, surname


def test_a_secretary_general_is_no_soldier_and_an_abbreviated_rank_is() -> None:
    from newsdesk.knowledge import roles

    assert roles.sector_of("UN Secretary-General") == "GOV"
    assert roles.sector_of("Governor General") == "GOV"
    assert roles.sector_of("Maj Gen") == "MIL"
    assert roles.sector_of("Rear Adm.") == "MIL"
    assert roles.sector_of("General") == "MIL"


def test_a_capital_written_with_its_article_is_found_with_or_without_it() -> None:
    """"The Hague said it would redirect its aid": the seat of the Dutch government, whether
    the name comes with its article or the model strips it."""
    from newsdesk.knowledge import geo

    assert geo.capital_code("The Hague") == "NLD"
    assert geo.capital_code("Hague") == "NLD"
    assert geo.capital_code("the Paris") == "FRA"
