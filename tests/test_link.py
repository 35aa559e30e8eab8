"""Cross-article linking: one id per real entity across the articles of a call."""

from __future__ import annotations

from newsdesk.link.actors import link
from newsdesk.model import Actor, Article, Cue, Extraction, Mention, Quote, Span, Speaker, Title


def _ex(text: str, actors: list[Actor], quotes: list[Quote] | None = None) -> Extraction:
    art = Article(id=str(abs(hash(text))), text=text)
    mentions = [
        Mention(s.start, s.end, text[s.start : s.end], a.kind, a.id)
        for a in actors
        for s in a.mentions
    ]
    return Extraction(art, actors, mentions, quotes or [])


def test_surname_only_actor_joins_the_full_name_from_another_article() -> None:
    one = _ex(
        "Abbas Abdi spoke.",
        [
            Actor(
                "person:abbas-abdi",
                "Abbas Abdi",
                "person",
                [],
                [Title("a former student leader", 0, 5)],
                None,
                "IRN",
                None,
                [Span(0, 10)],
            )
        ],
    )
    quote = Quote(
        "direct",
        Speaker("Mr. Abdi", 0, 8, "person:abdi"),
        Cue("said", "say", 9, 13),
        [Span(15, 20)],
    )
    two = _ex(
        "Mr. Abdi said “yes”.",
        [Actor("person:abdi", "Abdi", "person", [], [], None, None, "ELI", [Span(4, 8)])],
        [quote],
    )
    roster = link([one, two])
    assert [e.actor.id for e in roster] == ["person:abbas-abdi"]
    entry = roster[0]
    assert entry.actor.name == "Abbas Abdi"
    assert entry.actor.country == "IRN" and entry.actor.sector == "ELI"
    assert "Abdi" in entry.actor.aliases
    assert entry.mention_count == 2 and len(entry.articles) == 2
    assert two.mentions[0].actor == "person:abbas-abdi"
    assert quote.speaker is not None and quote.speaker.actor == "person:abbas-abdi"


def test_ambiguous_surname_is_left_alone() -> None:
    a = _ex(
        "Jimmy Carter",
        [Actor("person:jimmy-carter", "Jimmy Carter", "person", mentions=[Span(0, 12)])],
    )
    b = _ex(
        "Rosalynn Carter",
        [Actor("person:rosalynn-carter", "Rosalynn Carter", "person", mentions=[Span(0, 15)])],
    )
    c = _ex("Carter", [Actor("person:carter", "Carter", "person", mentions=[Span(0, 6)])])
    ids = sorted(e.actor.id for e in link([a, b, c]))
    assert ids == ["person:carter", "person:jimmy-carter", "person:rosalynn-carter"]


def test_person_and_org_readings_of_one_name_become_one_actor() -> None:
    org = _ex(
        "Tejo Vivo, a conservation group, said",
        [
            Actor("org:tejo-vivo", "Tejo Vivo", "org", mentions=[Span(0, 9)]),
        ],
    )
    org2 = _ex(
        "Tejo Vivo welcomed it. Tejo Vivo",
        [
            Actor("org:tejo-vivo", "Tejo Vivo", "org", mentions=[Span(0, 9), Span(23, 32)]),
        ],
    )
    person = _ex(
        "Tejo Vivo said",
        [
            Actor("person:tejo-vivo", "Tejo Vivo", "person", mentions=[Span(0, 9)]),
        ],
    )
    roster = link([org, org2, person])
    assert [(e.actor.id, e.actor.kind, e.mention_count) for e in roster] == [
        ("org:tejo-vivo", "org", 4)
    ]
    assert person.actors[0].kind == "org"
    assert person.mentions[0].kind == "org"


def test_one_word_org_joins_the_only_longer_name_it_begins() -> None:
    short = _ex(
        "Ibercaudal", [Actor("org:ibercaudal", "Ibercaudal", "org", mentions=[Span(0, 10)])]
    )
    full = _ex(
        "Ibercaudal Energia",
        [Actor("org:ibercaudal-energia", "Ibercaudal Energia", "org", mentions=[Span(0, 18)])],
    )
    assert [e.actor.id for e in link([short, full])] == ["org:ibercaudal-energia"]


def test_described_reading_wins_over_label_count() -> None:
    person = _ex(
        "Helena Morais, a spokeswoman",
        [
            Actor(
                "person:helena-morais",
                "Helena Morais",
                "person",
                titles=[Title("a spokeswoman for Tejo Vivo", 15, 28)],
                mentions=[Span(0, 13)],
            ),
        ],
    )
    org = _ex(
        "Helena Morais said. Helena Morais",
        [
            Actor(
                "org:helena-morais", "Helena Morais", "org", mentions=[Span(0, 13), Span(20, 33)]
            ),
        ],
    )
    assert [e.actor.id for e in link([person, org])] == ["person:helena-morais"]


def _org(name: str, ident: str, times: int = 1) -> Extraction:
    text = " ".join([name] * times)
    spans = [Span(k * (len(name) + 1), k * (len(name) + 1) + len(name)) for k in range(times)]
    return _ex(text, [Actor(ident, name, "org", mentions=spans)])


def test_a_legal_form_or_a_leading_country_names_the_same_organisation() -> None:
    # "BP Plc" and "BP", "U.S. Coast Guard", "US Coast Guard" and "Coast Guard": one each, named
    # as most articles name it; two armies of two countries stay two.
    linked = link([
        _org("BP", "org:bp", 3), _org("BP Plc", "org:bp-plc"), _org("Transocean Ltd.", "org:t-ltd"),
        _org("Transocean", "org:transocean", 2),
        _org("Coast Guard", "org:coast-guard", 2), _org("U.S. Coast Guard", "org:u-s-coast-guard"),
        _org("US Coast Guard", "org:us-coast-guard"),
        _org("Iraqi Army", "org:iraqi-army"), _org("Iranian Army", "org:iranian-army"),
        _org("Army", "org:army"),
    ])
    by_id = {e.actor.id: e.actor for e in linked}
    assert sorted(by_id) == ["org:army", "org:bp", "org:coast-guard", "org:iranian-army",
                             "org:iraqi-army", "org:transocean"]
    assert by_id["org:bp"].aliases == ["BP Plc"]
    assert by_id["org:coast-guard"].aliases == ["U.S. Coast Guard", "US Coast Guard"]


def test_a_legal_form_spelt_out_names_the_same_organisation() -> None:
    """"Marine Spill Response Corp" and "Marine Spill Response Corporation" were two rows of
    the roster: a legal form written in full ("Corporation", "Incorporated", "Limited") ends
    the name as its abbreviation does."""
    linked = link([
        _org("Harbour Salvage Corp", "org:hsc", 2),
        _org("Harbour Salvage Corporation", "org:hsc-2"),
        _org("Lakeside Ferries Limited", "org:lf"), _org("Lakeside Ferries Ltd", "org:lf-2", 2),
        _org("Dockside Incorporated", "org:di"), _org("Dockside Inc.", "org:di-2", 2),
    ])
    assert sorted(e.actor.id for e in linked) == ["org:di-2", "org:hsc", "org:lf-2"], linked


def test_a_company_named_with_its_legal_form_is_no_short_form_of_a_longer_name() -> None:
    """"Transocean" (the company, "Transocean Ltd" in one article) was joined to "Transocean
    Discoverer Enterprise", its drillship, the only longer name it begins.  A one-word name
    some article writes with a legal form is a whole company's name."""
    linked = link([
        _org("Norvald", "org:norvald", 3), _org("Norvald Ltd", "org:norvald-ltd"),
        _org("Norvald Polar Explorer", "org:npe"),
        _org("Ibercaudal", "org:ibercaudal", 2), _org("Ibercaudal Water Trust", "org:iwt"),
    ])
    by_id = {e.actor.id: e.actor for e in linked}
    assert sorted(by_id) == ["org:iwt", "org:norvald", "org:npe"], by_id


def test_a_vessel_named_with_its_owners_name_is_no_longer_form_of_the_owner() -> None:
    """"Exxon" was joined to "Exxon Valdez", the only longer name it begins, and the
    company's acts went to its tanker.  A longer name some article writes before a craft's
    noun ("the Norvik Star tanker", "the Norvik Star disaster") is a vessel's."""
    text = "Norvik paid for the cleanup after the Norvik Star disaster. Norvik Star ran aground."
    owner = Actor("org:norvik", "Norvik", "org", mentions=[Span(0, 6)])
    ship = Actor("org:norvik-star", "Norvik Star", "org", mentions=[Span(38, 49), Span(60, 71)])
    linked = link([_ex(text, [owner, ship])])
    assert sorted(e.actor.id for e in linked) == ["org:norvik", "org:norvik-star"]
    company = _ex("Ibercaudal said. Ibercaudal Energia paid.", [
        Actor("org:ibercaudal", "Ibercaudal", "org", mentions=[Span(0, 10)]),
        Actor("org:ibercaudal-energia", "Ibercaudal Energia", "org", mentions=[Span(17, 35)])])
    assert [e.actor.id for e in link([company])] == ["org:ibercaudal-energia"]


def test_an_organisation_written_without_its_and_is_the_same_organisation() -> None:
    """A page that writes "National Marine and Coastal Service" without its "and" (or with
    "&") names the one service; the roster listed the two spellings apart."""
    linked = link([
        _org("National Marine and Coastal Service", "org:nmcs", 3),
        _org("National Marine Coastal Service", "org:nmcs-2"),
        _org("National Marine & Coastal Service", "org:nmcs-3"),
        _org("Marine Service", "org:marine-service"),
    ])
    by_id = {e.actor.id: e.actor for e in linked}
    assert sorted(by_id) == ["org:marine-service", "org:nmcs"], by_id
    assert by_id["org:nmcs"].aliases == ["National Marine & Coastal Service",
                                         "National Marine Coastal Service"]


def test_a_family_name_written_first_joins_its_full_name_across_articles() -> None:
    # "Moon" in one article, "Moon Jae-hyun" in another; "Paul" (a given name) joins nothing.
    linked = link([
        _ex("Moon", [Actor("person:moon", "Moon", "person", mentions=[Span(0, 4)])]),
        _ex("Moon Jae-hyun",
            [Actor("person:moon-jae-hyun", "Moon Jae-hyun", "person", mentions=[Span(0, 13)])]),
        _ex("Paul", [Actor("person:paul", "Paul", "person", mentions=[Span(0, 4)])]),
        _ex("Paul Hendry",
            [Actor("person:paul-hendry", "Paul Hendry", "person", mentions=[Span(0, 11)])]),
    ])
    assert sorted(e.actor.id for e in linked) == [
        "person:moon-jae-hyun", "person:paul", "person:paul-hendry"]


def test_an_acronym_one_article_defines_names_the_organisation_in_another() -> None:
    defined = _ex(
        "Northern Water Authority (NWA)",
        [Actor("org:northern-water-authority", "Northern Water Authority", "org", ["NWA"],
               mentions=[Span(0, 24), Span(26, 29)])],
    )
    bare = _ex("NWA", [Actor("org:nwa", "NWA", "org", mentions=[Span(0, 3)])])
    assert [e.actor.id for e in link([defined, bare])] == ["org:northern-water-authority"]


def test_an_international_bodys_acronym_before_a_name_names_the_same_organisation() -> None:
    linked = link([
        _org("Refugee Housing Fund", "org:refugee-housing-fund", 2),
        _org("UN Refugee Housing Fund", "org:un-refugee-housing-fund"),
        _org("EU Refugee Housing Fund", "org:eu-refugee-housing-fund"),
    ])
    # One leading body joins the bare name; two different ones leading it keep all apart.
    assert len(linked) == 3
    linked = link([
        _org("Refugee Housing Fund", "org:refugee-housing-fund", 2),
        _org("UN Refugee Housing Fund", "org:un-refugee-housing-fund"),
    ])
    assert [e.actor.id for e in linked] == ["org:refugee-housing-fund"]


def test_an_organisation_misspelt_by_one_letter_is_the_same_organisation() -> None:
    linked = link([
        _org("Medecins du Monde", "org:medecins-du-monde", 2),
        _org("Medicins du Monde", "org:medicins-du-monde"),
        _org("Northern Railways", "org:northern-railways"),
        _org("Northern Railway", "org:northern-railway", 2),
        _org("Southern Railway", "org:southern-railway"),  # two words apart: kept
        _org("Blue Cross", "org:blue-cross"),
        _org("Blue Crass", "org:blue-crass"),  # a short word: kept
    ])
    assert sorted(e.actor.id for e in linked) == [
        "org:blue-crass", "org:blue-cross", "org:medecins-du-monde", "org:northern-railway",
        "org:southern-railway"]


def test_an_article_naming_both_forms_keeps_the_full_name() -> None:
    # "Zorbo" and "Zorbo Quell" in one article: one actor, named as the full name has it.
    text = "Zorbo Quell said so. Zorbo agreed."
    ex = _ex(text, [
        Actor("person:zorbo", "Zorbo", "person", mentions=[Span(21, 26)]),
        Actor("person:zorbo-quell", "Zorbo Quell", "person", mentions=[Span(0, 11)]),
    ])
    [entry] = link([ex])
    assert (entry.actor.id, entry.actor.name) == ("person:zorbo-quell", "Zorbo Quell")
    assert [a.name for a in ex.actors] == ["Zorbo Quell"] and ex.actors[0].aliases == ["Zorbo"]


def test_two_records_of_one_article_joined_keep_the_country_and_sector_either_had() -> None:
    # "Oslo-based Norvald Ltd ... Norvald said": the record the other joins had no country,
    # the joining one had it from its description; the article's one actor keeps it.
    text = "Oslo-based Norvald Ltd may be fined. Norvald said so. Norvald agreed."
    ex = _ex(text, [
        Actor("org:norvald", "Norvald", "org", mentions=[Span(37, 44), Span(54, 61)]),
        Actor("org:norvald-ltd", "Norvald Ltd", "org", country="NOR", sector="BUS",
              mentions=[Span(11, 22)]),
    ])
    [entry] = link([ex])
    assert [(a.country, a.sector) for a in ex.actors] == [("NOR", "BUS")], ex.actors
    assert entry.actor.country == "NOR"


def test_a_surname_shared_by_two_full_names_joins_the_one_with_its_title() -> None:
    # "President Marsh" in one article; "President Petra Marsh" and "first lady's husband
    # Tobias Marsh" in others: the title word decides; without one the surname stays apart.
    def person(name: str, ident: str, title: str | None) -> Extraction:
        text = f"{title} {name} spoke." if title else f"{name} spoke."
        at = len(title) + 1 if title else 0
        titles = [Title(title, 0, len(title))] if title else []
        return _ex(text, [Actor(ident, name, "person", titles=titles,
                                mentions=[Span(at, at + len(name))])])

    linked = link([
        person("Marsh", "person:marsh", "President"),
        person("Petra Marsh", "person:petra-marsh", "President"),
        person("Tobias Marsh", "person:tobias-marsh", "Banker"),
    ])
    assert sorted(e.actor.id for e in linked) == ["person:petra-marsh", "person:tobias-marsh"]
    untitled = link([
        person("Marsh", "person:marsh", None),
        person("Petra Marsh", "person:petra-marsh", "President"),
        person("Tobias Marsh", "person:tobias-marsh", "Banker"),
    ])
    assert len(untitled) == 3


def test_a_surname_without_its_arabic_article_joins_the_full_name() -> None:
    """"Karim al-Nouri" in one article, "Nouri" in another: the article "al-" is often dropped."""
    one = _ex("Karim al-Nouri spoke.", [Actor("person:karim-al-nouri", "Karim al-Nouri",
                                              "person", mentions=[Span(0, 14)])])
    two = _ex("Nouri spoke.", [Actor("person:nouri", "Nouri", "person", mentions=[Span(0, 5)])])
    linked = link([one, two])
    assert [a.actor.id for a in linked] == ["person:karim-al-nouri"]
    assert two.mentions[0].actor == "person:karim-al-nouri"


def test_a_middle_initial_names_the_same_person() -> None:
    """"Thad W. Allen" and "Thad Allen" are one; "Ana B. Reyes" beside "Ana C. Reyes" keeps
    the two apart and "Ana Reyes" joins neither."""
    texts = ["Tomas K. Lind spoke.", "Tomas Lind spoke.", "Ana B. Reyes spoke.",
             "Ana C. Reyes spoke.", "Ana Reyes spoke."]
    exs = [_ex(t, [Actor("person:" + t[:-7].lower().replace(".", "").replace(" ", "-"),
                         t[:-7], "person", mentions=[Span(0, len(t) - 7)])]) for t in texts]
    ids = sorted(a.actor.id for a in link(exs))
    assert ids == ["person:ana-b-reyes", "person:ana-c-reyes", "person:ana-reyes",
                   "person:tomas-k-lind"] or ids == ["person:ana-b-reyes", "person:ana-c-reyes",
                                                      "person:ana-reyes", "person:tomas-lind"]


def test_a_familiar_given_name_names_the_same_person() -> None:
    """"Bob Lind" and "Robert Lind" are one; "Robin Lind" is another."""
    texts = ["Bob Lind spoke.", "Robert Lind spoke.", "Robin Lind spoke."]
    exs = [_ex(t, [Actor("person:" + t[:-7].lower().replace(" ", "-"), t[:-7], "person",
                         mentions=[Span(0, len(t) - 7)])]) for t in texts]
    ids = {a.actor.id for a in link(exs)}
    assert len(ids) == 2 and "person:robin-lind" in ids


def test_a_given_name_written_as_an_initial_neither_blocks_nor_misjoins_a_surname() -> None:
    """"T. Lind" is "Tomas Lind"; "H. Lind" (another initial) stays apart and does not make
    the bare "Lind" ambiguous."""
    texts = ["Tomas Lind spoke.", "T. Lind spoke.", "H. Lind spoke.", "Lind spoke."]
    exs = [_ex(t, [Actor("person:" + t[:-7].lower().replace(".", "").replace(" ", "-"),
                         t[:-7], "person", mentions=[Span(0, len(t) - 7)])]) for t in texts]
    ids = sorted({a.actor.id for a in link(exs)})
    assert ids == ["person:h-lind", "person:tomas-lind"]


def test_a_surname_joins_a_full_name_ending_in_a_generational_suffix() -> None:
    texts = ["Tomas Lind Jr. spoke.", "Lind spoke."]
    exs = [_ex(t, [Actor("person:" + t[:-7].lower().replace(".", "").replace(" ", "-"),
                         t[:-7], "person", mentions=[Span(0, len(t) - 7)])]) for t in texts]
    assert {a.actor.id for a in link(exs)} == {"person:tomas-lind-jr"}


def test_a_surname_read_as_an_organisation_joins_the_only_full_name_ending_in_it() -> None:
    """"Lind said" read as an organisation, "Tomas Lind" named elsewhere: one person; an
    organisation described as one ("Ferra, the ferry operator") stays apart."""
    person = _ex("Tomas Lind spoke.", [Actor("person:tomas-lind", "Tomas Lind", "person",
                                             mentions=[Span(0, 10)])])
    org = _ex("Lind said.", [Actor("org:lind", "Lind", "org", mentions=[Span(0, 4)])])
    other = _ex("Ana Ferra spoke.", [Actor("person:ana-ferra", "Ana Ferra", "person",
                                           mentions=[Span(0, 9)])])
    body = _ex("Ferra, the ferry operator, said.",
               [Actor("org:ferra", "Ferra", "org", mentions=[Span(0, 5)],
                      titles=[Title("the ferry operator", 7, 25)])])
    ids = sorted({e.actor.id for e in link([person, org, other, body])})
    assert ids == ["org:ferra", "person:ana-ferra", "person:tomas-lind"]


def test_a_place_or_group_named_as_an_organisation_elsewhere_is_that_organisation() -> None:
    """The model reads "Halvorsen" as a place in one report and as a company in another; a name
    no gazetteer knows as a place is the company, in the roster and in every mention. A real
    place of the same name as an organisation stays apart."""
    org = _ex("Cement contractor Halvorsen said",
              [Actor("org:halvorsen", "Halvorsen", "org", mentions=[Span(18, 27)])])
    place = _ex("Halvorsen rejected the report",
                [Actor("location:halvorsen", "Halvorsen", "location", mentions=[Span(0, 9)])])
    group = _ex("Halvorsen faces claims",
                [Actor("group:halvorsen", "Halvorsen", "group", mentions=[Span(0, 9)])])
    city = _ex("Houston said", [Actor("org:houston", "Houston", "org", mentions=[Span(0, 7)])])
    town = _ex("in Houston", [Actor("location:houston", "Houston", "location",
                                    mentions=[Span(3, 10)])])
    roster = link([org, place, group, city, town])
    assert sorted((e.actor.id, e.mention_count) for e in roster) == [
        ("location:houston", 1), ("org:halvorsen", 3), ("org:houston", 1)]
    assert place.mentions[0].actor == "org:halvorsen"
    assert group.mentions[0].actor == "org:halvorsen"


def test_a_one_word_org_joins_the_only_longer_name_it_ends() -> None:
    """"the Horizon" in one report and "Deepwater Horizon" in another are one craft; "Times"
    beside two papers of that name stays apart."""
    short = _ex("the Horizon", [Actor("org:horizon", "Horizon", "org", mentions=[Span(4, 11)])])
    full = _ex("Deepwater Horizon", [Actor("org:deepwater-horizon", "Deepwater Horizon", "org",
                                           mentions=[Span(0, 17)])])
    assert [e.actor.id for e in link([short, full])] == ["org:deepwater-horizon"]
    times = _ex("Times", [Actor("org:times", "Times", "org", mentions=[Span(0, 5)])])
    one = _ex("Harbour Times", [Actor("org:harbour-times", "Harbour Times", "org",
                                      mentions=[Span(0, 13)])])
    two = _ex("Valley Times", [Actor("org:valley-times", "Valley Times", "org",
                                     mentions=[Span(0, 12)])])
    assert sorted(e.actor.id for e in link([times, one, two])) == [
        "org:harbour-times", "org:times", "org:valley-times"]


def test_an_organisation_named_with_its_own_ending_in_one_article_is_one_organisation() -> None:
    """One article shows "Brenner's" is the name ("Brenner's said ..."), another only writes
    "Brenner's report", read as "Brenner": one organisation, named "Brenner's"."""
    linked = link([_org("Brenner", "org:brenner", 3), _org("Brenner's", "org:brenner-s", 2)])
    assert [(e.actor.name, e.mention_count) for e in linked] == [("Brenner's", 5)], linked


def test_a_one_word_person_another_report_writes_as_a_place_is_that_place() -> None:
    """"We are the first to come to Harrowby since the storm" read "Harrowby" as a person; a
    report that writes "buildings in Harrowby" makes it the place.  A person with a title or a
    given name ("Maria") stays a person."""
    person = _ex("We are the first to come to Harrowby since the storm",
                 [Actor("person:harrowby", "Harrowby", "person", mentions=[Span(28, 36)])])
    town = _ex("Most buildings in Harrowby fell",
               [Actor("location:harrowby", "Harrowby", "location", mentions=[Span(18, 26)])])
    named = _ex("Maria said so", [Actor("person:maria", "Maria", "person", mentions=[Span(0, 5)])])
    maria_town = _ex("in Maria", [Actor("location:maria", "Maria", "location",
                                          mentions=[Span(3, 8)])])
    roster = link([person, town, named, maria_town])
    assert sorted((e.actor.id, e.mention_count) for e in roster) == [
        ("location:harrowby", 2), ("location:maria", 1), ("person:maria", 1)]
    assert person.mentions[0].actor == "location:harrowby"


def test_the_country_most_reports_give_a_place_is_its_country() -> None:
    """"Boats left Marston at dawn" alone is the English Marston to the gazetteer; two reports
    that write "Marston, Ga." say the story's Marston is in the United States.  The first
    report no longer decides for all of them; on a tie it still does."""
    bare = _ex("Boats left Marston at dawn",
               [Actor("location:marston", "Marston", "location", country="GBR",
                      mentions=[Span(11, 18)])])
    placed = [_ex(f"In Marston, Ga., crews waited {day}",
                  [Actor("location:marston", "Marston", "location", country="USA",
                         mentions=[Span(3, 10)])]) for day in ("Monday", "Tuesday")]
    [entry] = link([bare, *placed])
    assert entry.actor.country == "USA"
    [entry] = link([bare, placed[0]])
    assert entry.actor.country == "GBR"


def test_a_company_stays_apart_from_the_craft_named_after_it() -> None:
    """"the Norvik Star tanker" in one report and "Norvik paid ..." in another: a one-word
    organisation joins the only longer name it begins, and the company took its tanker's
    name, with its mentions and positions.  A name the article writes beside a craft's noun
    is the craft's; the company's own mentions are beside none.  A short form written as the
    craft's too ("the Norvik explosion") still joins it, and a noun past the end of the
    name's sentence makes no craft of it."""
    craft = _ex("the Norvik Star tanker ran aground",
                [Actor("org:norvik-star", "Norvik Star", "org", mentions=[Span(4, 15)])])
    company = _ex("Norvik paid the fines",
                  [Actor("org:norvik", "Norvik", "org", mentions=[Span(0, 6)])])
    assert sorted(e.actor.id for e in link([craft, company])) == ["org:norvik", "org:norvik-star"]
    short = _ex("after the Norvik explosion",
                [Actor("org:norvik", "Norvik", "org", mentions=[Span(10, 16)])])
    assert [e.actor.id for e in link([craft, short])] == ["org:norvik-star"]
    lines = _ex("talks with Norvik Lines.\nRig crews left.",
                [Actor("org:norvik-lines", "Norvik Lines", "org", mentions=[Span(11, 23)])])
    assert [e.actor.id for e in link([lines, company])] == ["org:norvik-lines"]
