"""Plain-text ingest: metadata inference and layout regions on real scraped text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsdesk.ingest import InputError, read_path
from newsdesk.ingest import furniture as fur
from newsdesk.ingest.metadata import infer_text_metadata, masthead_outlet
from newsdesk.model import Article, article_id

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
WAPO = "wapo-2019-08-27-talks-with-iran-coming-soon.txt"
NYT = "nyt-2019-08-29-iran-hierarchy-talks-inevitable.txt"


def read_one(path: Path | str) -> Article:
    results = list(read_path(str(path)))
    assert len(results) == 1
    article = results[0]
    assert isinstance(article, Article), article
    return article


def write(tmp_path: Path, text: str, name: str = "piece.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def assert_tiles(article: Article) -> None:
    """Regions are in order, do not overlap, and cover every non-blank character exactly once."""
    text = article.text
    covered = [0] * len(text)
    last_end = 0
    for region in article.regions:
        assert last_end <= region.start < region.end <= len(text), region
        last_end = region.end
        for i in range(region.start, region.end):
            covered[i] += 1
        assert not text[region.start].isspace() and not text[region.end - 1].isspace()
    for i, ch in enumerate(text):
        assert covered[i] == 1 if not ch.isspace() else covered[i] <= 1, (i, ch)


def region_texts(article: Article, kind: str) -> list[str]:
    return [article.text[r.start : r.end] for r in article.regions if r.kind == kind]


def test_text_is_file_content_unchanged(tmp_path: Path) -> None:
    raw = "  Line one of a note\r\n\r\nSecond paragraph, “curly quotes” and a dash — here.\n"
    path = tmp_path / "note.txt"
    path.write_bytes(raw.encode("utf-8"))
    article = read_one(path)
    assert article.text == raw
    assert article.id == article_id(raw)
    assert article.path == str(path)


def test_utf8_bom_is_dropped_and_nothing_else(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbfA headline\n\nA body sentence that ends here.\n")
    assert read_one(path).text == "A headline\n\nA body sentence that ends here.\n"


def test_wapo_seed_regions_and_metadata(seed_dir: Path) -> None:
    article = read_one(seed_dir / WAPO)
    text = article.text
    assert article.outlet == "The Washington Post"
    assert article.genre == "opinion"
    assert article.title == "Like it or not, talks with Iran are coming soon"
    assert article.published is None  # no sidecar, no dateline: never invented
    assert article.language == "en"
    kinds = [r.kind for r in article.regions]
    assert kinds == ["masthead", "label", "headline", "caption", "body", "related"]
    assert region_texts(article, "masthead") == [text.splitlines()[0]]
    assert region_texts(article, "label") == ["Opinion"]
    caption = region_texts(article, "caption")[0]
    assert caption.endswith("(Javad Zarif's official Twitter account/AFP/Getty Images)")
    related = region_texts(article, "related")[0]
    assert related.startswith("Read more:")
    assert [line for line in related.splitlines() if line][1:] == [
        line for line in text.rstrip().splitlines()[-7:] if line
    ]
    assert len([line for line in related.splitlines() if line]) == 5
    body = region_texts(article, "body")[0]
    assert body.startswith("At this weekend’s Group of Seven summit")
    assert body.endswith("one of his greatest policy failures.")
    assert_tiles(article)


def test_nyt_seed_first_line_is_headline(seed_dir: Path) -> None:
    article = read_one(seed_dir / NYT)
    assert article.title == "In Iran’s Hierarchy, Talks With Trump Are Now Seen as Inevitable"
    assert [r.kind for r in article.regions] == ["headline", "body"]
    assert article.regions[1].end == len(article.text.rstrip())
    assert article.outlet is None
    assert article.genre == "unknown"
    assert article.published is None
    assert_tiles(article)


def test_own_fixture_header_furniture_and_related_list() -> None:
    article = read_one(FIXTURES / "pilots-strike.txt")
    assert article.outlet == "BBC News"
    assert article.title == "Harbour pilots vote to strike over new shift rota"
    assert article.byline == "Jane Example and Tom Sample"
    assert article.published == date(2021, 3, 3)
    assert article.genre == "unknown"
    assert [r.kind for r in article.regions] == [
        "masthead",
        "headline",
        "byline",  # the "By ..." line and the "Published ..." line
        "body",
        "caption",
        "body",
        "related",  # "Advertisement"
        "body",
        "related",  # "Related:" and its three headlines
    ]
    assert region_texts(article, "caption") == [
        "A pilot boat leaves the harbour mouth at dawn. "
        "(Photo: Ravi Anand/Eastmouth Port Authority)"
    ]
    related = region_texts(article, "related")
    assert related[0] == "Advertisement"
    assert related[1].startswith("Related:") and related[1].endswith("two-year pay offer")
    assert_tiles(article)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("The Washington PostDemocracy Dies in Darkness", "The Washington Post"),
        ("The New York Times", "The New York Times"),
        ("BBC News", "BBC News"),
        ("Reuters", "Reuters"),
        ("Washington Post | Democracy Dies in Darkness", "The Washington Post"),
        ("The GuardianNews, sport and opinion", "The Guardian"),
        ("Reuters reports that talks resumed", None),
        ("The Guardian view on harbour pilots: a strike nobody wanted", None),
        ("FTSE 100 closes higher", None),
        ("CNNs anchor speaks", None),
    ],
)
def test_masthead_recognition(line: str, outlet: str | None) -> None:
    found = masthead_outlet(line)
    assert (found.name if found else None) == outlet


def test_opinion_label_on_its_own_line(tmp_path: Path) -> None:
    text = "Opinion\n\nThe bridge is a bad bargain\n\nThe council has not said how it will pay.\n"
    article = read_one(write(tmp_path, text))
    assert article.genre == "opinion"
    assert article.title == "The bridge is a bad bargain"
    assert [r.kind for r in article.regions] == ["label", "headline", "body"]


@pytest.mark.parametrize(
    ("first_line", "genre", "title"),
    [
        ("Opinion: Ferries are the answer", "opinion", "Ferries are the answer"),
        ("Editorial | Keep the library open", "opinion", "Keep the library open"),
        ("Op-Ed The rota is the problem", "opinion", "The rota is the problem"),
        ("News Analysis: Why the port vote matters", "analysis", "Why the port vote matters"),
        ("Analysis Finds Pilots Work Longest Shifts", "unknown", None),
    ],
)
def test_label_glued_to_headline(tmp_path: Path, first_line: str, genre: str, title: str) -> None:
    text = f"{first_line}\n\nPilots in the port work twelve-hour shifts, the union said.\n"
    article = read_one(write(tmp_path, text))
    assert article.genre == genre
    if title is None:  # not a label: the whole line is the headline
        assert article.title == first_line
        assert [r.kind for r in article.regions] == ["headline", "body"]
    else:
        assert article.title == title
        label, headline = article.regions[0], article.regions[1]
        assert (label.kind, headline.kind) == ("label", "headline")
        assert article.text[headline.start : headline.end] == title
    assert_tiles(article)


def test_wire_dateline_sets_genre_wire(tmp_path: Path) -> None:
    text = (
        "Port pilots vote to strike\n"
        "LISBON (Reuters) - Harbour pilots voted on Wednesday to strike for two days next week, "
        "their union said.\n"
    )
    article = read_one(write(tmp_path, text))
    assert article.genre == "wire"
    assert article.published is None  # the wire dateline names no date
    assert article.title == "Port pilots vote to strike"


def test_dateline_date_is_the_publication_date(tmp_path: Path) -> None:
    text = (
        "Pilots agree to new talks\n\n"
        "WASHINGTON, Aug. 27, 2019 — Harbour pilots and port managers agreed on Tuesday to resume "
        "talks over the disputed shift rota.\n"
    )
    article = read_one(write(tmp_path, text))
    assert article.published == date(2019, 8, 27)


def test_published_line_wins_over_updated_line(tmp_path: Path) -> None:
    text = (
        "Pilots agree to new talks\n\nUpdated 30 August 2019\n\nPublished 28 August 2019\n\n"
        "Harbour pilots and port managers agreed to resume talks over the disputed rota.\n"
    )
    article = read_one(write(tmp_path, text))
    assert article.published == date(2019, 8, 28)
    assert [r.kind for r in article.regions] == ["headline", "byline", "body"]


def test_update_date_alone_is_not_a_publication_date(tmp_path: Path) -> None:
    text = (
        "Pilots agree to new talks\n\nUpdated 30 August 2019\n\n"
        "Harbour pilots and port managers agreed to resume talks over the disputed rota.\n"
    )
    assert read_one(write(tmp_path, text)).published is None


@pytest.mark.parametrize(
    "opening",
    [
        "Harbour pilots met on Monday to discuss the rota.",  # weekday only
        "In August 2019, harbour pilots met to discuss the rota.",  # no day
        "Yesterday harbour pilots met to discuss the rota.",  # relative
    ],
)
def test_date_is_never_invented(tmp_path: Path, opening: str) -> None:
    article = read_one(write(tmp_path, f"Pilots meet\n\n{opening}\n"))
    assert article.published is None


def test_byline_with_two_names(tmp_path: Path) -> None:
    text = "Pilots meet\nBy Ana Duarte and Kwame Boateng\nHarbour pilots met on Monday.\n"
    article = read_one(write(tmp_path, text))
    assert article.byline == "Ana Duarte and Kwame Boateng"
    assert [r.kind for r in article.regions] == ["headline", "byline", "body"]


def test_lowercase_by_line_is_not_a_byline(tmp_path: Path) -> None:
    text = "By the numbers: a week at the port\n\nShips came and went all week long.\n"
    article = read_one(write(tmp_path, text))
    assert article.byline is None
    assert article.title == "By the numbers: a week at the port"


def test_first_line_ending_in_full_stop_is_not_a_headline(tmp_path: Path) -> None:
    text = "Pilots met on Monday.\n\nThey agreed to talk again next week.\n"
    article = read_one(write(tmp_path, text))
    assert article.title is None
    assert [r.kind for r in article.regions] == ["body"]


def test_first_line_of_hard_wrapped_text_is_not_a_headline(tmp_path: Path) -> None:
    # Wire copy as archived: lines broken near column 70, mid-sentence.
    text = (
        "Flood waters forced the closure of the Orlen bridge on Friday as the\n"
        "river rose to its highest level in a decade, city officials said.\n"
        "Engineers will inspect the piers once the water falls.\n"
    )
    article = read_one(write(tmp_path, text))
    assert article.title is None
    assert [r.kind for r in article.regions] == ["body"]
    headed = "Orlen bridge shut by flood\nFlood waters forced the closure of the bridge.\n"
    assert infer_text_metadata(headed).title == "Orlen bridge shut by flood"


def test_long_first_line_is_not_a_headline(tmp_path: Path) -> None:
    first = " ".join(["word"] * 30)
    article = read_one(write(tmp_path, f"{first}\n\nSecond paragraph here.\n"))
    assert article.title is None


def test_single_line_text_is_all_body(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, "Pilots vote to strike"))
    assert article.title is None
    assert [r.kind for r in article.regions] == ["body"]


def test_related_list_stops_at_next_long_paragraph(tmp_path: Path) -> None:
    long_paragraph = (
        "The strike will be the first at the port in more than twenty years, and shipping "
        "companies have already begun to divert some of their vessels to other harbours along "
        "the coast, according to the port authority."
    )
    text = (
        "Pilots strike\n\nPilots walked out on Monday.\n\nRead more:\n\nPilots vote to strike\n\n"
        f"Port names new chief\n\n{long_paragraph}\n"
    )
    article = read_one(write(tmp_path, text))
    assert [r.kind for r in article.regions] == ["headline", "body", "related", "body"]
    assert region_texts(article, "body")[1] == long_paragraph
    assert_tiles(article)


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "Sign up for our morning newsletter",
        "Want more from the port desk? Subscribe to the Harbour Watch newsletter.",
        "Story continues below advertisement",
        "Photos of sick dolphins raise new fears -- but officials say the bay's oysters ar ...",
        "Contributing: Ana Reyes and Tomas Lind.",
        "Additional reporting by Ana Reyes in Faro.",
        "(Reporting by Tomas Lind; Editing by Ana Reyes)",
        # a wire story's long credit: ten reporters in four cities, two writers, an editor
        "(Reporting by Ana Reyes in Faro, Tomas Lind in Oslo, Per Holm, Eva Stark, Jon Berg and "
        "Lea Moss in Lisbon and Karl Dahl and Ida Vik in Bergen; Writing by Nils Aas and Ola "
        "Rud; Editing by Siv Lund)",
        "Writing by Tomas Lind and Per Holm, editing by Ana Reyes)",
        # the credit closes the wire story: what a scrape runs into its line is the page's,
        # here the owner's product lines (its names were actors, its words a quote)
        "(Reporting by Tomas Lind and Per Holm, editing by Ana Reyes) A trading platform for "
        "the modern desk Our ledger for every harbour office",
        "The Harbour Press Agency contributed to this report.",
        "Ana Reyes in Faro and Tomas Lind contributed reporting.",
        # a stray closing mark the scrape left after the credit's full stop, and the line that
        # says where the reporter wrote from ("Lind" was an organisation, "Ana Reyes" a person)
        'Staff writers Ana Reyes and Per Holm contributed to this report."',
        "Lind reported from Faro.",
        "Reyes and Lind reported from Faro, Portugal.",
        "You can follow the harbour inquiry, when the pilots' union gives evidence to the "
        "transport committee, on the Harbour Times website on Thursday 9 May from 1400 GMT.",
        "Watch the mayor's statement live on our app.",
        "View how the strike has spread along the coast.",
        "See the harbour's busiest berths, one by one.",
        "Explore all of our storm maps to follow the surge, see its reach, and learn how to "
        "stay safe.",
        "Content and Programming Copyright 2024 Harbour Network, Inc..",
        "All materials herein are protected by copyright law and may not be reproduced without "
        "the prior written permission of the Harbour Network, its owners or any of its many "
        "partners, agents and affiliates anywhere in the world.",
        "This is a rush transcript from \"Harbour Tonight,\" March 4, 2024. This copy may not be "
        "in its final form and may be updated.",
        "Harbour Wire's Ana Reyes contributed to this report Sign up for free e-mail news "
        "alerts from HarbourNews.com and HarbourBusiness.com.",
        "Ferry Strike Spreads to the Islands Pilots Vote to Stay Out Sign up for free e-mail "
        "news alerts from HarbourNews.com.",
    ],
)
def test_page_furniture_is_not_body(tmp_path: Path, line: str) -> None:
    text = f"Pilots strike\n\nPilots walked out on Monday.\n\n{line}\n\nThe port stayed open.\n"
    article = read_one(write(tmp_path, text))
    assert region_texts(article, "related") == [line]


def test_a_print_editions_note_ends_the_piece(tmp_path: Path) -> None:
    """The note of the print edition closes the piece; what the page runs after it is a
    feed of other people's posts ("RT @harbourfan: Bread prices rose in December."), no
    reporting."""
    note = ("A version appeared on p4 of the Main section of the Harbour Times on 01.32 GMT on "
            "Friday 5 March 2021 Follow the latest port news, comment and analysis on our app "
            "and on every social network the harbour board has ever heard of, day and night.")
    feed = "RT @harbourfan: Bread prices rose more than anything else in December."
    text = f"Pilots strike\n\nPilots walked out on Monday.\n\n{note}\n{feed}\n"
    article = read_one(write(tmp_path, text))
    assert region_texts(article, "related") == [f"{note}\n{feed}"]
    assert region_texts(article, "body") == ["Pilots walked out on Monday."]


@pytest.mark.parametrize(
    "opening",
    [
        "Views expressed in the comments do not represent those of the Harbour Times.",
        "Comments are moderated and may take a day to appear.",
        "(Reporting by Tomas Lind; Editing by Ana Reyes) We welcome comments that keep to the "
        "subject.",
        "(Reporting by Ana Reyes in Faro, Tomas Lind in Oslo, Per Holm, Eva Stark, Jon Berg and "
        "Lea Moss in Lisbon and Karl Dahl and Ida Vik in Bergen; Writing by Nils Aas and Ola "
        "Rud; Editing by Siv Lund) We welcome comments that keep to the subject.",
        "Writing by Tomas Lind and Per Holm, editing by Ana Reyes) We welcome comments that keep "
        "to the subject.",
        "At 10:14 am on 4 March 2024, harbourfan wrote: The pilots deserve every penny.",
        "At 3:12 1st Mar 2024, quaywatcher wrote: Shut the port for good.",
        # a comment section's legend of badges: "Gold badge holders consistently post ..."
        "Gold badge holders consistently post smart, timely comments about the harbour.",
        "This commenter is a Harbour Times editor, reporter or producer.",
        "You must be logged in to report a comment.",
    ],
)
def test_readers_comments_run_from_their_opening_line_to_the_end(tmp_path: Path,
                                                                  opening: str) -> None:
    """What readers wrote under the piece is no reporting: "The port authority has the bigger
    lawyers" is a reader's, and so is every line after the section opens."""
    comments = ("The port authority has the bigger lawyers, so they are always right.\n\n"
                "This discussion is now closed.\n\nA trading platform for the modern desk\n")
    text = (f"Pilots strike\n\nPilots walked out on Monday, the union said.\n\n{opening}\n\n"
            f"{comments}")
    article = read_one(write(tmp_path, text))
    assert region_texts(article, "body") == ["Pilots walked out on Monday, the union said."]
    shown = "\n\n".join(region_texts(article, "comments"))
    assert shown.startswith(opening[opening.index("We"):] if ") We" in opening else opening)
    assert shown.endswith("A trading platform for the modern desk")
    assert_tiles(article)


def test_a_blog_comments_header_opens_the_comments(tmp_path: Path) -> None:
    """A blog prints each reader's header after the comment ("... Posted by: quaywatcher |
    March 4, 2024 10:12 AM | Report abuse"): from the first header on, all is readers'."""
    text = ("Pilots strike\n\nPilots walked out on Monday, the union said.\n\n"
            "Shut the port for good. Posted by: quaywatcher | March 4, 2024 10:12 AM | Report "
            "abuse The mayor has always hated the pilots.\nHe should resign today.\n"
            "Posted by: harbourfan | March 4, 2024 11:40 AM | Report abuse\n")
    article = read_one(write(tmp_path, text))
    body = "\n".join(region_texts(article, "body"))
    assert body.startswith("Pilots walked out on Monday, the union said.")
    assert "mayor" not in body and "Posted by" not in body
    assert region_texts(article, "comments")[0].startswith("Posted by: quaywatcher |")
    assert_tiles(article)


@pytest.mark.parametrize(
    "credit",
    [
        "HARBOURWIRE/Ana Reyes The pilots have had this coming for years.",
        "Photo credit: Harbourwire/Ana Reyes (pilot boats at the quay) The pilots have had this "
        "coming for years.",
    ],
)
def test_a_blogs_comments_open_after_its_photo_credit(tmp_path: Path, credit: str) -> None:
    """A blog prints its readers' comments between the post's closing photo credit and the
    invitation that ends the page ("... Photo shows the quay. / WIRE/Name The pilots have had
    this coming ... / We welcome comments that advance the story ..."): nothing marks the first
    comment, but the credit closes the post, so what follows it up to the invitation is
    readers'."""
    text = ("Pilots strike\n\nPilots walked out on Monday, the union said.\n\n"
            "Photo shows pilot boats moored at the quay in Eastmouth.\n\n"
            f"{credit}\n\nThe mayor will resign by 2030 anyway.\n\n"
            "We welcome comments that advance the story through relevant opinion.\n\n"
            "Views expressed in the comments do not represent those of Harbourwire.\n")
    article = read_one(write(tmp_path, text))
    body = "\n".join(region_texts(article, "body"))
    assert body.startswith("Pilots walked out on Monday, the union said.")
    assert "pilots have had" not in body and "mayor" not in body
    assert region_texts(article, "comments")[0].startswith(credit[:12])
    assert_tiles(article)


def test_a_blogs_invitation_glued_to_the_last_comment_opens_the_comments(
        tmp_path: Path) -> None:
    """ "The mayor should go We welcome comments that advance the story ...": the blog's
    invitation, run into the comment before it with no full stop, still closes the readers'
    part, and the credit before them opens it."""
    text = ("Pilots strike\n\nPilots walked out on Monday, the union said.\n\n"
            "HARBOURWIRE/Ana Reyes The pilots have had this coming for years.\n\n"
            "The mayor should go We welcome comments that advance the story through relevant "
            "opinion.\n\nViews expressed in the comments do not represent those of Harbourwire.\n")
    article = read_one(write(tmp_path, text))
    assert region_texts(article, "body") == ["Pilots walked out on Monday, the union said."]
    assert_tiles(article)


def test_a_photo_credit_before_a_news_pages_comments_leaves_the_news_body(
        tmp_path: Path) -> None:
    """Where the page opens its comments on their disclaimer before them, the news runs on past
    a credit in its middle."""
    text = ("Pilots strike\n\nPilots walked out on Monday, the union said.\n\n"
            "HARBOURWIRE/Ana Reyes The mayor met the pilots on Tuesday.\n\n"
            "The port stayed open.\n\n"
            "Views expressed in the comments do not represent those of Harbourwire.\n\n"
            "Shut the port for good.\n\nThis discussion is now closed.\n")
    article = read_one(write(tmp_path, text))
    body = "\n".join(region_texts(article, "body"))
    assert "The port stayed open." in body
    assert "Shut the port" not in body


@pytest.mark.parametrize(
    "line",
    [
        "\"We will see how the talks go. ...\"",
        "The pilots said they would wait. ...",
        "The mayor called it \"a blow to the harbour ... and to every family on it\".",
        "Boats were held at the quay ... Officials estimated the loss at $2 million ... The port "
        "reopened on Tuesday.",
        "Reporting by the harbour office showed the quay was unsafe.",
        "Contributing factors included the storm and the tide.",
        "Three shipping firms contributed to the fund for the pilots.",
        "You can read about the strike in the papers, but on the site itself the cranes stand "
        "idle.",
        "The harbour master contributed to this report on the quay's safety and signed it.",
        "Lind reported from Faro that the quay was shut.",
        "The harbour master reported from the quay.",
    ],
)
def test_reporting_with_an_ellipsis_is_body(tmp_path: Path, line: str) -> None:
    text = f"Pilots strike\n\nPilots walked out on Monday.\n\n{line}\n\nThe port stayed open.\n"
    article = read_one(write(tmp_path, text))
    assert region_texts(article, "related") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Pilots gather at the harbour office. (Ravi Anand/AFP/Getty Images)",
        "The pilot boat at dawn. Photograph: Ravi Anand/Eastmouth Port Authority",
        "The pilot boat at dawn. Credit: Ravi Anand",
    ],
)
def test_captions(tmp_path: Path, paragraph: str) -> None:
    text = f"Pilots strike\n\n{paragraph}\n\nPilots walked out on Monday.\n"
    assert region_texts(read_one(write(tmp_path, text)), "caption") == [paragraph]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Pilots walked out. (The last strike was in 1999.)",
        "The rules were written by the Environmental Protection Agency (EPA)",
    ],
)
def test_bracketed_text_in_body_is_not_a_caption(tmp_path: Path, paragraph: str) -> None:
    text = f"Pilots strike\n\nPilots walked out on Monday.\n\n{paragraph}\n"
    assert region_texts(read_one(write(tmp_path, text)), "caption") == []


def test_agency_credit_after_a_caption_sentence(tmp_path: Path) -> None:
    caption = "Pilots leave the harbour office on Monday. (Reuters)"
    text = f"Pilots strike\n\n{caption}\n\nPilots walked out on Monday.\n"
    assert region_texts(read_one(write(tmp_path, text)), "caption") == [caption]


def test_non_english_article_is_read_with_its_language() -> None:
    article = read_one(FIXTURES / "greve-port.txt")
    assert article.language == "fr"
    assert article.title == "Les pilotes du port votent une grève de deux jours"


def test_infer_never_changes_offsets_of_crlf_text() -> None:
    text = "Pilots strike\r\n\r\nPilots walked out on Monday.\r\n"
    meta = infer_text_metadata(text)
    assert [(r.kind, text[r.start : r.end]) for r in meta.regions] == [
        ("headline", "Pilots strike"),
        ("body", "Pilots walked out on Monday."),
    ]


def test_read_path_on_directory_is_an_error(tmp_path: Path) -> None:
    results = list(read_path(str(tmp_path)))
    assert results == [InputError(str(tmp_path), "is a directory, not a file")]


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("August 27, 2019 at 4:20 p.m. EDT", date(2019, 8, 27)),
        ("Aug. 29, 2019", date(2019, 8, 29)),
        ("Wed 28 Aug 2019 12.41 BST", date(2019, 8, 28)),
        ("Published: 2019-08-26", date(2019, 8, 26)),
    ],
)
def test_header_date_line(tmp_path: Path, line: str, published: date) -> None:
    text = f"Pilots agree to new talks\n{line}\nHarbour pilots agreed to resume talks.\n"
    article = read_one(write(tmp_path, text))
    assert article.published == published
    assert [r.kind for r in article.regions] == ["headline", "byline", "body"]
    assert region_texts(article, "byline") == [line]


def test_unknown_agency_abbreviation_in_a_dateline_marks_wire() -> None:
    from newsdesk.ingest.furniture import wire_agency

    assert wire_agency("MADRID, March 12 (CPA) - Talks opened on Wednesday.") == "CPA"
    assert wire_agency("Officials (who asked not to be named) - said little.") is None


def test_directory_walk_takes_only_article_files(tmp_path: Path) -> None:
    from newsdesk.ingest import iter_input_paths

    for name in ("a.txt", "b.html", "c.jsonl", "README.md", "photo.jpg", "meta.jsonl"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [Path(p).name for p in iter_input_paths([str(tmp_path)])]
    assert found == ["a.txt", "b.html", "c.jsonl"]
    # Named explicitly, any file is read (and reported if it is not an article).
    assert list(iter_input_paths([str(tmp_path / "README.md")])) == [str(tmp_path / "README.md")]


def test_title_cased_first_line_with_a_full_stop_is_the_headline() -> None:
    text = (
        "Mayor Pledges New Bus Lanes Before the Winter Fares Rise.\n\n"
        "The mayor said on Friday that three new bus lanes would open before fares rise.\n"
    )
    meta = infer_text_metadata(text)
    assert meta.title == "Mayor Pledges New Bus Lanes Before the Winter Fares Rise."
    plain = "The mayor spoke.\n\nShe said the lanes would open soon and that fares would rise.\n"
    assert infer_text_metadata(plain).title is None


def test_an_agency_dated_photo_caption_is_no_body() -> None:
    from newsdesk.ingest.furniture import is_caption

    assert is_caption("Mayor Ines Kohl arrives at the town hall in Lindau, Friday, March 5, "
                      "2021, to sign the ferry contract.")
    assert is_caption("Ferry workers gather outside the harbour office in Lindau, March 5, 2021.")
    # running text dates with "on" and goes on
    assert not is_caption("The contract will be signed on Friday, March 5, 2021, in Lindau.")
    assert not is_caption("The ferry company must pay the first sum by March 5, 2021.")


def test_a_wire_scrapes_furniture_is_cut_off_a_summary_sentence() -> None:
    from newsdesk.synthesize.summary import trim

    text = ("Credit: Reuters/Ola Berg/Handout LINDAU | Fri Mar 5, 2021 4:05 pm CET LINDAU "
            "(Reuters) - The ferry crews walked out on Friday.")
    start, end = trim(text, 0, len(text))
    assert text[start:end] == "The ferry crews walked out on Friday."


@pytest.mark.parametrize(("line", "news"), [
    ("LINDAU/BREGENZ, Bavaria | Fri Mar 5, 2021 4:05 pm CET LINDAU/BREGENZ, Bavaria (Reuters) "
     "- The ferry crews walked out on Friday.", "The ferry crews walked out on Friday."),
    ("Friday, March 5, 2021; 4:21 PM The ferry crews walked out on Friday.",
     "The ferry crews walked out on Friday."),
    ("March 5, 2021 20:34 UTC The ferry crews walked out on Friday.",
     "The ferry crews walked out on Friday."),
    ("LINDAU | Fri Mar 5, 2021 BP said the ferry would sail.", "BP said the ferry would sail."),
    ("Friday, March 5, 2021; 4:41 PM NFC said the ferry would sail.",
     "NFC said the ferry would sail."),
    ("Fri Mar 5, 2021 2:56 pm EDT NFC said the ferry would sail.",
     "NFC said the ferry would sail."),
    ("March 5, 2021 was the day the ferry crews walked out.",
     "March 5, 2021 was the day the ferry crews walked out."),
    ("Ines Kohl | 10:42 UK time, Friday, 5 March 2021 Readers ask why the ferry stopped.",
     "Readers ask why the ferry stopped."),
    ("Host | 08:15 UK time, Monday, 8 March 2021 The papers weigh the ferry strike.",
     "The papers weigh the ferry strike."),
    ("Page last updated at 09:12 GMT, Friday, 5 March 2021 10:12 UK The ferry sailed.",
     "The ferry sailed."),
    # a blog's stamp and byline: "June 10, 2010 - 5:41 PM | by: ..." labelled a story
    ("March 5, 2021 - 4:41 PM | by: Ines Kohl Ferry crews walked out on Friday.",
     "Ferry crews walked out on Friday."),
    ("March 5, 2021 - 4:41 PM | by: Ines B. Kohl The ferry sailed.", "The ferry sailed."),
    # a BBC byline run into the lead, with the reporter's beat and place
    ("By Ana Reyes Transport correspondent, BBC News The ferry sailed.", "The ferry sailed."),
    ("By Ana Reyes BBC News, Washington Everything so far tried has failed.",
     "Everything so far tried has failed."),
    ("By Ana Reyes BBC News, Lisbon, Portugal The ferry sailed.", "The ferry sailed."),
    ("By Ana Reyes BBC News, Lisbon Port Authority staff walked out.",
     "Port Authority staff walked out."),
    ("5 March 2021 Last updated at 09:12 GMT Help The ferry sailed.", "The ferry sailed."),
    # the tail of a photo credit broken at "U." of "U.S.", with and without a byline, and a
    # second place after the first's state
    ("S. Navy/Handout LINDAU, Bavaria | Sun Mar 7, 2021 6:38 pm EDT LINDAU, Bavaria (Reuters) "
     "- The ferry sailed.", "The ferry sailed."),
    ("S. Coast Guard/Petty Officer 2nd Class Lena Marsh/Handout LINDAU | Sun Mar 7, 2021 6:38 "
     "pm EDT LINDAU (Reuters) - The ferry sailed.", "The ferry sailed."),
    ("S Coast Guard photo/Handout By Ana Reyes, Transport Correspondent OSLO | Sun Mar 7, 2021 "
     "6:38 pm EDT OSLO (Reuters) - The ferry sailed.", "The ferry sailed."),
    ("LINDAU, Bav./MUNICH | Sun Mar 7, 2021 6:38 pm EDT LINDAU, Bav./MUNICH (Reuters) - The "
     "ferry sailed.", "The ferry sailed."),
    # the place with the day before the bar, or the day alone
    ("LINDAU, March 7 | Sun Mar 7, 2021 6:38 pm EDT LINDAU, March 7 (Reuters) - The ferry "
     "sailed.", "The ferry sailed."),
    ("March 7 | Sun Mar 7, 2021 6:38 pm EDT March 7 (Reuters) - The ferry sailed.",
     "The ferry sailed."),
    ("LINDAU | Sun Mar 7, 2021 6:38 pm EDT LINDAU March 7 (Reuters) - The ferry sailed.",
     "The ferry sailed."),
])
def test_a_wire_or_page_stamp_before_the_news_is_no_part_of_it(line: str, news: str) -> None:
    """Two places with a slash ("HOUSTON/VENICE, Louisiana | ... (Reuters) -"), a page's own
    stamp ("Thursday, May 27, 2010; 4:21 PM", "May 27, 2010 20:34 UTC") labelled stories and
    opened summary sentences; a name after a day is no time zone ("BP"), and a date that is
    the sentence's subject stays."""
    from newsdesk.ingest.furniture import lead_start

    assert line[lead_start(line):] == news


def test_a_wire_dateline_with_no_comma_before_its_date_is_no_part_of_the_news() -> None:
    """"ESTRAD May 2 (Reuters) - The port of Estrad will stay shut ..., Mayor Ines Kohl said":
    a dateline whose comma before the date a scrape dropped was read as the lead's first words,
    so the mayor was quoted saying "ESTRAD May 2 (Reuters) - The port ...", and the summary and
    the timeline opened on it.  The date may follow the place with no comma, as after one."""
    from newsdesk import annotate
    from newsdesk.ingest.furniture import lead_start

    line = "ESTRAD May 2 (Reuters) - The port of Estrad will stay shut, the mayor said."
    assert line[lead_start(line):] == "The port of Estrad will stay shut, the mayor said."
    first = ("Port to stay shut after leak - mayor ESTRAD | Sun May 2, 2010 9:05 am EDT ESTRAD "
             "May 2 (Reuters) - The port of Estrad will stay shut until the leak is sealed, "
             "Mayor Ines Kohl said on Sunday.\nThe crews went home.\n")
    sentences = [s.text.strip() for s in annotate.parse(first).sents]
    assert "The port of Estrad will stay shut until the leak is sealed, Mayor Ines Kohl said " \
        "on Sunday." in sentences, sentences


def test_a_slideshow_control_and_a_feed_of_headlines_are_no_body() -> None:
    """A scraped slideshow leaves its buttons before the next paragraph ("BACK {current} of
    {total} NEXT Meanwhile, ..."), and a portal's list of other outlets' headlines, each with
    its age ("... - 2 hrs ago Harbour Times ..."), closes the page: neither is the piece's
    (a country named in the portal's edition, "UK and Ireland", became a company's)."""
    from newsdesk.ingest.furniture import is_furniture, widget_prefix

    line = "BACK {current} of {total} NEXT Meanwhile, the ferry crews voted to strike."
    assert line[widget_prefix(line):] == "Meanwhile, the ferry crews voted to strike."
    assert widget_prefix("Back 3 of 12 Next The crews voted.") == len("Back 3 of 12 Next ")
    assert widget_prefix("Back in March the crews voted.") == 0
    feed = ("Lindau and Bregenz Ferry crews walk out over pay - 2 hrs ago Harbour Times "
            "Mayor urges talks as strike bites - 5 hrs ago Lake Post Crews reject offer - 1 "
            "day ago Alpine Wire Strike: what it means for commuters - 30 mins ago Daily Dock "
            "Port stays open for freight despite the walkout by ferry crews and pilots")
    assert is_furniture(feed)
    assert not is_furniture("The strike began two days ago, and talks broke down hours ago.")
    text = ("Ferry strike spreads\nThe crews walked out on Monday.\n" + line
            + "\nBACK {current} of {total} NEXT Portal!\n" + feed + "\n")
    meta = infer_text_metadata(text)
    body = [text[r.start : r.end] for r in meta.regions if r.kind == "body"]
    assert body[0] == "The crews walked out on Monday."
    assert any(b.startswith("Meanwhile, the ferry crews") for b in body)
    assert not any("{current}" in b or "hrs ago" in b or "Portal" in b for b in body)
    from newsdesk import annotate

    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert "Meanwhile, the ferry crews voted to strike." in sentences


def test_a_live_pages_clock_stamps_are_no_part_of_its_entries() -> None:
    """A live page opens each entry with its clock time ("1604 Mayor Ines Kohl says ...",
    "2208The harbour master says ..."): the stamp is no name of the speaker and no year
    (1604, 1925), and the entry's sentence starts after it.  A line opening with a year on a
    page of no such stamps stays whole."""
    from newsdesk import annotate
    from newsdesk.extract.times import extract_times
    from newsdesk.model import Article, article_id

    text = ("Live: the ferry strike\nThe crews walked out on Monday.\n"
            "1604 Mayor Ines Kohl says the strike must end by Friday.\n"
            "1557 The union says talks will resume.\n"
            "1925 Harbour master Tomas Lind says the pier is safe.\n"
            "2208The pilots say they will not sail.\n")
    meta = infer_text_metadata(text)
    body = "\n".join(text[r.start : r.end] for r in meta.regions if r.kind == "body")
    assert "Mayor Ines Kohl says" in body and "1604" not in body and "2208" not in body
    doc = annotate.parse(text)
    sentences = [s.text.strip() for s in doc.sents]
    assert "The pilots say they will not sail." in sentences
    assert "Mayor Ines Kohl says the strike must end by Friday." in sentences
    article = Article(id=article_id(text), text=text, regions=meta.regions,
                      published=date(2021, 3, 5))
    assert not [t for t in extract_times(doc, article) if t.text in ("1604", "1925")]
    one = "The Lindau ferry\n1925 was the year the pier opened.\nThe crews walked out.\n"
    assert infer_text_metadata(one).regions[-1].kind == "body"
    assert "1925 was" in "\n".join(one[r.start : r.end] for r in
                                   infer_text_metadata(one).regions if r.kind == "body")


def test_a_photo_credit_run_into_a_paragraph_is_no_body() -> None:
    from newsdesk import annotate
    from newsdesk.ingest.furniture import credit_prefix

    line = "Photograph: Ola Berg/AFP/Getty Images Mayor Ines Kohl opened the ferry pier on Friday."
    assert line[credit_prefix(line):].startswith("Mayor Ines Kohl")
    assert credit_prefix("Photograph: Reuters The ferry sailed.") == len("Photograph: Reuters ")
    assert credit_prefix("Photo: the ferry sailed at noon.") == 0  # no credit, running text
    text = "Ferry pier opens in Lindau\n" + line + "\nShe cut the ribbon.\n"
    meta = infer_text_metadata(text)
    body = [r for r in meta.regions if r.kind == "body"]
    assert text[body[0].start : body[0].start + 15] == "Mayor Ines Kohl"
    doc = annotate.parse(text)
    assert any(s.text.startswith("Mayor Ines Kohl") for s in doc.sents)


def test_a_publication_stamp_run_into_the_first_line_parts_header_caption_and_news() -> None:
    """A scraped page whose headline, standfirst, time stamp and caption share one line."""
    from newsdesk import annotate

    header = ("Ferry strike ends after ten days, says Lindau mayor Crews accept a 4% rise and "
              "return on Monday ")
    stamp = "Saturday 6 March 2021 18.05 GMT "
    caption = "The Lindau ferry leaves its berth for the first time since the strike began."
    text = (header + stamp + caption + "\nPhotograph: Ola Berg/AP The mayor said the crews "
            "had accepted the offer late on Friday.\nThe first crossing ran at noon.\n")
    meta = infer_text_metadata(text)
    kinds = [(r.kind, text[r.start : r.end]) for r in meta.regions]
    assert kinds[:2] == [("headline", header), ("byline", stamp)]
    assert kinds[2][0] == "caption" and kinds[2][1].startswith(caption)  # and the credit
    assert meta.published == date(2021, 3, 6)
    body = [text[r.start : r.end] for r in meta.regions if r.kind == "body"]
    assert body[0].startswith("The mayor said")
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert stamp.strip() in sentences and caption in sentences
    # With no header words before it, a date line is no run-in stamp.
    assert infer_text_metadata(stamp + caption).regions[0].kind != "headline"


def test_the_first_line_over_a_photo_credit_is_the_pictures_caption() -> None:
    """"The Lindau ferry at its berth in the harbour." / "Photograph: Ola Berg/AP The mayor said
    ...": with no stamp to part header from caption, the page's first line over the credit is
    the caption (or header and caption run together), not the news a summary may lead on.
    After a caption already read, the line over the next credit is the news."""
    caption = "The Lindau ferry at its berth in the harbour on a calm morning."
    text = (caption + "\nPhotograph: Ola Berg/AP The mayor said the crews had accepted the "
            "offer late on Friday.\nThe first crossing ran at noon.\n")
    meta = infer_text_metadata(text)
    kinds = [(r.kind, text[r.start : r.end].strip()) for r in meta.regions]
    assert kinds[0][0] == "caption" and kinds[0][1].startswith(caption), kinds
    body = [text[r.start : r.end] for r in meta.regions if r.kind == "body"]
    assert body[0].startswith("The mayor said"), body
    gallery = ("June 4: A ferry leaves its berth in Lindau.\nCrews returned to the ferries on "
               "Friday after a ten-day strike.\nAP Photo/Ola Berg The mayor said so.\n")
    body = [gallery[r.start : r.end] for r in infer_text_metadata(gallery).regions
            if r.kind == "body"]
    assert body and body[0].startswith("Crews returned"), body


def test_a_caption_of_two_lines_after_a_run_in_stamp_is_no_body() -> None:
    """"Header Saturday 6 March 2021 18.05 GMT Mayor Ines Kohl greets the crews ...\nThe
    crews are angry ...\nPhotograph: Ola Berg/AP The mayor said ...": the caption runs on to
    a second line before its credit, and both lines are the caption (the first was news, the
    summary's pick of one story's five).  A second line with no credit after it is news."""
    header = "Ferry strike ends after ten days Crews accept a 4% rise "
    stamp = "Saturday 6 March 2021 18.05 GMT "
    first = "Mayor Ines Kohl greets the crews at the quay in Lindau."
    second = "The crews are angry at what they see as a poor offer."
    text = (header + stamp + first + "\n" + second + "\nPhotograph: Ola Berg/AP The mayor "
            "said the crews had accepted the offer late on Friday.\nThe first crossing ran at "
            "noon.\n")
    meta = infer_text_metadata(text)
    body = [text[r.start : r.end] for r in meta.regions if r.kind == "body"]
    assert not any(first in b or second in b for b in body), body
    assert body[0].startswith("The mayor said"), body
    news = header + stamp + first + "\n" + second + "\nThe first crossing ran at noon.\n"
    body = [news[r.start : r.end] for r in infer_text_metadata(news).regions if r.kind == "body"]
    assert any(second in b for b in body), body


def test_a_pull_quote_set_into_a_paragraph_is_no_body(tmp_path: Path) -> None:
    """'We have to hope for the best" End Quote Ana Reyes Harbour Trust There is no doubt ...':
    the quotation, its speaker and title are the page's pull quote; the paragraph goes on after
    them.  Where the title's end cannot be told (a name opens the paragraph), the line stays."""
    pull = ('We have to hope for the best, but prepare for the worst" End Quote Ana Reyes '
            "Harbour Trust ")
    news = "There is no doubt that the oil is coming out slowly."
    kept = ('The ferry will sail" End Quote Tomas Lind Harbour master Norlund said the ferry '
            "would sail on Monday.")
    text = f"Pilots strike\n\nPilots walked out on Monday.\n{pull}{news}\n{kept}\n"
    article = read_one(write(tmp_path, text))
    assert region_texts(article, "caption") == [pull]
    body = "\n".join(region_texts(article, "body"))
    assert news in body and kept in body and "End Quote Ana" not in body


def test_a_pull_quotes_end_marker_opening_a_line_is_no_body(tmp_path: Path) -> None:
    """"End Quote Ana Reyes Harbour engineer If the gate holds, ...": a scrape that dropped a
    pull quote's words (or set them on the line before) leaves the marker, the speaker and the
    title opening the paragraph; they are a caption as after a closing mark, and the paragraph
    is a sentence of its own.  The marker inside a line with no closing mark before it is
    left as it was."""
    from newsdesk import annotate

    pull = "End Quote Ana Reyes Harbour engineer "
    news = "If the gate holds, the town will stay dry."
    kept = "He read End Quote Ana Reyes Harbour engineer If the gate holds aloud."
    text = f"Gate shut\n\nThe gate was shut on Monday.\n{pull}{news}\n{kept}\n"
    article = read_one(write(tmp_path, text))
    assert region_texts(article, "caption") == [pull]
    body = "\n".join(region_texts(article, "body"))
    assert news in body and kept in body and "Ana Reyes" not in body.replace(kept, "")
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert news in sentences, sentences


def test_a_pull_quote_repeated_from_the_text_and_run_into_a_paragraph_is_no_body(
    tmp_path: Path,
) -> None:
    """'We need diesel to run the pumps and move the injured The two ministries are ...': the
    page repeats a speaker's words as a pull quote and runs it into the next paragraph with no
    stop; the words said again below, closed by punctuation there, make it a pull quote, and the
    paragraph goes on after it.  A paragraph that only shares a few opening words with another,
    or repeats a sentence that does not end there, stays whole."""
    pull = "We need diesel to run the pumps and move the injured "
    news = "The two ministries are planning a second road corridor from the east."
    said = '"We need diesel to run the pumps and move the injured," the coordinator said.'
    shared = "The two ministries are planning talks on Monday Officials said."
    text = (f"Corridor planned\n\nConvoys waited at the border on Sunday.\n{pull}{news}\n"
            f"{said}\n{shared}\n")
    article = read_one(write(tmp_path, text))
    assert region_texts(article, "caption") == [pull]
    body = "\n".join(region_texts(article, "body"))
    assert news in body and said in body and shared in body
    from newsdesk import annotate

    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert news in sentences


def test_a_wire_storys_highlights_run_into_its_first_line_are_no_body(tmp_path: Path) -> None:
    """'* Ferry firms cut costs before fire * Causes systemic (Updates with owner comment)
    OSLO, March 5 (Wire) - The owners ...': the highlights and the editor's note are the
    page's furniture; the news begins after the dateline."""
    highlights = ("* Ferry firms cut costs before fire * Causes systemic, another fire possible "
                  "(Updates with owner comment, paragraph 9) OSLO, March 5 (Wire) - ")
    news = "The owners of the ferry made a series of cost-cutting decisions, the inquiry said."
    text = f"{highlights}{news}\nThe inquiry will report again in May.\n"
    article = read_one(write(tmp_path, text))
    assert "\n".join(region_texts(article, "body")).startswith(news)
    from newsdesk import annotate

    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert news in sentences
    from newsdesk.link.placement import untitled_label

    assert (untitled_label(text) or "").startswith("The owners of the ferry")


def test_a_pages_date_and_update_time_with_its_help_link_is_no_body(tmp_path: Path) -> None:
    """'Ferry fire blamed on cost cuts 6 March 2021 Last updated at 01:53 GMT Help Management
    failures ...' and, with no headline before it, '6 March 2021 Last updated at 17:03 GMT Help
    A report ...': the stamp is the page's, the headline before it a headline, and it dates
    the page."""
    for head in ("Ferry fire blamed on cost cuts ", ""):
        stamp = "6 March 2021 Last updated at 01:53 GMT Help "
        news = "Management failures are to blame for the ferry fire, a report says."
        text = f"{head}{stamp}{news}\nThe owners said they would study it.\n"
        meta = infer_text_metadata(text)
        kinds = [(r.kind, text[r.start : r.end]) for r in meta.regions]
        assert ("byline", stamp) in kinds
        assert any(k == "body" and words.startswith(news) for k, words in kinds)
        assert meta.published == date(2021, 3, 6)
        from newsdesk import annotate

        assert news in [s.text.strip() for s in annotate.parse(text).sents]


def test_a_programmes_air_times_and_feeds_are_furniture() -> None:
    """"This is when we're on air: 0900 & 1500GMT Monday to Friday ... via these feeds": a
    programme's sidebar, whose weekdays are no dates of the story."""
    line = ("This is when we're on air: 0900 & 1500GMT Monday to Friday Harbour Radio 1200GMT "
            "on Fridays For the latest updates across our blogs, 2 months, 1 week ago You can "
            "stay up to date with Harbour Talk via these feeds.")
    assert fur.is_furniture(line)
    assert not fur.is_furniture("This is when we realised the harbour was lost, she said.")


def test_a_photo_credit_set_after_a_caption_inside_the_first_line_ends_the_caption() -> None:
    """"... the Lindau ferry leaves its berth Photograph: Ola Berg/AP The mayor said ...": a
    scrape ran a caption, its credit and the news into one line; the words up to the credit's
    end are the caption, the news its own body and sentence.  A credit after a full stop
    belongs to no caption, and a body sentence before it stays body."""
    from newsdesk import annotate
    from newsdesk.ingest.furniture import run_in_credit

    caption = "Ferry strike talks today The Lindau ferry leaves its berth in the harbour "
    credit = "Photograph: Ola Berg/AP "
    news = "The mayor of Lindau said she expected the crews to return soon."
    text = caption + credit + news + "\nThe first crossing ran at noon.\n"
    meta = infer_text_metadata(text)
    body = [text[r.start : r.end] for r in meta.regions if r.kind == "body"]
    assert body and body[0].startswith("The mayor of Lindau"), body
    doc = annotate.parse(text)
    assert any(s.text.startswith("The mayor of Lindau") for s in doc.sents)
    assert run_in_credit("The crews went home. Photograph: Ola Berg/AP The mayor said so.") == 0
    assert run_in_credit("Ferry Photograph: Ola Berg/AP The mayor said so.") == 0  # too short


def test_a_page_stamp_opening_a_paragraph_is_no_part_of_its_first_sentence(
    tmp_path: Path,
) -> None:
    """ "Friday, March 5, 2021; 4:41 PM NFC said Friday that ...": a page's own date and time
    set before the news of a paragraph (after a map's captions, not on the first line) were
    parsed into the news: "4:41 PM NFC" was the speaker, and an attribution's content opened
    on the stamp.  The news is a sentence of its own from its first capital to its full stop;
    an acronym after the time is no time zone."""
    from newsdesk import annotate
    from newsdesk.pipeline import process_many

    text = ("Ferry strike map: where crews walked out\nSee the ports that closed.\n"
            "Friday, March 5, 2021; 4:41 PM NFC said Friday that it would pay the crews a 4 "
            "percent rise from May.\nThe pilots said they would vote on Monday.\n"
            "Friday, March 5, 2021; 10:13 AM The port authority told Norlund late Thursday that "
            "it has a day to pay the crews, according to officials familiar with the talks.\n")
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert any(s.startswith("NFC said Friday") for s in sentences)
    assert any(s.startswith("The port authority told") for s in sentences)
    (extraction,) = process_many([read_one(write(tmp_path, text))])
    speakers = {q.speaker.text for q in extraction.quotes if q.speaker is not None}
    assert "NFC" in speakers and not any("PM" in s for s in speakers)
    contents = [q.content_text(text) for q in extraction.quotes]
    assert not any("10:13" in c or "4:41" in c for c in contents)


def test_a_page_stamp_before_an_editors_note_or_the_agency_is_no_part_of_the_news(
    tmp_path: Path,
) -> None:
    """ "Thu May 27, 2010 6:41 pm EDT (Corrects ...) HOUSTON (Reuters) - Mud on the lens ...":
    with a bracket after the zone, the stamp was read without its zone, and "EDT (Corrects
    ...) HOUSTON (Reuters) - Mud ..." was the content of the lead's attribution.  The news is a
    sentence of its own from where the wire's furniture ends."""
    from newsdesk import annotate
    from newsdesk.pipeline import process_many

    text = ("Ferry strike: crews walk out at Lindau\nA ferry in the harbour at Lindau.\n"
            "Fri Mar 5, 2021 6:41 pm EDT (Corrects name of port in paragraph 2) LINDAU "
            "(Reuters) - Ferry crews walked out on Friday over pay, the union said.\n"
            "The port stayed open.\n"
            "Fri Mar 5, 2021 7:02 pm EDT (Reuters) - The pilots said they would vote on "
            "Monday.\n")
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert "Ferry crews walked out on Friday over pay, the union said." in sentences
    assert "The pilots said they would vote on Monday." in sentences
    (extraction,) = process_many([read_one(write(tmp_path, text))])
    contents = [q.content_text(text) for q in extraction.quotes]
    assert contents and not any("EDT" in c or "Reuters" in c for c in contents), contents


def test_a_line_of_photo_credits_each_with_its_caption_in_brackets_is_no_body() -> None:
    """ "Photo credits: REUTERS/Name (Walrus swims in the pool at Moscow's zoo, February 28,
    2001) REUTERS/Name (...)": a blog's credits for its pictures, each with its caption and
    date in brackets, read as news; its zoo picture's date was a precedent on the timeline.
    What follows the credits on the same line is the paragraph's own."""
    from newsdesk.ingest.furniture import credit_prefix

    credits = ("Photo credits: REUTERS/Ana Reyes (A seal rests on a quay at Dunmore, March 2, "
               "2009) REUTERS/Ola Berg (Volunteers wash a gull in Lindau, May 3, 2021)")
    text = ("Seals in the harbour?\nA seal was seen off the pier at Lindau on Monday, the "
            "harbour master said.\n" + credits + "\nThe port stayed open.\n")
    meta = infer_text_metadata(text)
    body = [text[r.start : r.end] for r in meta.regions if r.kind == "body"]
    assert not any("REUTERS" in b for b in body), body
    assert any("harbour master" in b for b in body), body
    comment = "Photo credit: Reuters/Ola Berg (oil on the water) Nobody asked the crews."
    assert comment[credit_prefix(comment):] == "Nobody asked the crews."


def test_a_wire_lead_line_in_capitals_is_no_headline_to_put_in_running_case() -> None:
    """ "LONDON | Thu May 27, 2010 9:48 am EDT LONDON (Reuters) - BP's (BP." has capitals on
    every long word, so it was shown to the parser as a headline in running case ("Thu may 27",
    "london (Reuters)"), which hid the stamp and dateline from the rules that end them: the
    news ran on from "LONDON |" and the furniture opened a quote's content."""
    from newsdesk import annotate

    text = ("LINDAU | Fri Mar 5, 2021 9:48 am EDT LINDAU (Reuters) - Norvald's (NOR.\nOL) ferry "
            "crews walked out on Friday, union leaders told the Reuters Transport Summit.\n"
            "After a long dispute over pay, the port stayed open.\n")
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert any(s.startswith("Norvald's (NOR.") for s in sentences), sentences


def test_a_gallerys_captions_dated_by_their_day_before_the_news_are_captions() -> None:
    """A gallery's captions open a page, each dated by the day the picture was taken, with or
    without its agency's credit ("March 3: ...", "AP March 2: ...", "Harbour Police via AP
    March 1, 2021: ..."): they are captions, not the news (one headed a story's summary, and
    its workers became an event's actors).  The same shape set later among the news is a
    chronology's entry and stays body."""
    text = ("March 3: Dock workers lower a floating barrier into the harbour at Lindau.\n"
            "AP March 2: A ferry waits at its berth as the strike enters its second week.\n"
            "Harbour Police via AP March 1, 2021: Pickets gather at the main gate.\n"
            "LINDAU, Germany -- Ferry crews walked out for a tenth day on Wednesday, and the "
            "mayor said the port would stay shut until the talks resumed.\n"
            "How the strike unfolded:\n"
            "February 20: Crews vote to walk out over pay.\n")
    meta = infer_text_metadata(text)
    captions = [text[r.start : r.end] for r in meta.regions if r.kind == "caption"]
    body = " ".join(text[r.start : r.end] for r in meta.regions if r.kind == "body")
    caption = " ".join(captions)
    assert all(day in caption for day in ("March 3:", "AP March 2:", "March 1, 2021:")), captions
    assert "Ferry crews walked out" in body and "February 20: Crews vote" in body, body
    assert "March 3:" not in body and "Pickets" not in body, body
    assert fur.is_dated_caption("June 23, 2010: An image from video shows the pier.")
    assert not fur.is_dated_caption("The talks resumed on March 4: both sides met.")


def test_a_caption_dated_by_its_weekday_opening_a_page_is_no_title() -> None:
    """"Wednesday: The harbour master (left) and the mayor leave the town hall after the
    talks.": a gallery's caption dated by the weekday the picture was taken opens the page as
    one dated by its day does; it is a caption, not the article's title (the sources list
    showed it as one).  Set later among the news the line stays body."""
    text = ("Wednesday: The harbour master (left) and the mayor leave the town hall after the "
            "talks.\n"
            "(Wire) \n"
            "Ferry crews walked out for a tenth day on Monday, and the mayor said the port would "
            "stay shut.\n"
            "Tuesday: The union meets again.\n")
    meta = infer_text_metadata(text)
    captions = [text[r.start : r.end] for r in meta.regions if r.kind == "caption"]
    body = " ".join(text[r.start : r.end] for r in meta.regions if r.kind == "body")
    assert meta.title is None or "Wednesday" not in meta.title, meta.title
    assert any(c.startswith("Wednesday:") for c in captions), captions
    assert "Tuesday: The union meets again." in body, body


def test_a_correction_note_and_what_the_original_said_are_no_part_of_the_piece() -> None:
    """"This article was amended on 6 May 2021. The original said that ... This has been
    corrected.": the note and the error it withdraws are the paper's furniture, not a claim of
    the piece, and "The original" no speaker.  A note with no closing line takes its own line
    only: the news after it stays."""
    text = ("LINDAU, Germany -- The ferry carried 600 cars on its first crossing, the operator "
            "said on Tuesday.\n"
            "cents This article was amended on 6 May 2021.\n"
            'The original said that the ferry carried "900 cars" on its first crossing.\n'
            "This has been corrected.\n")
    meta = infer_text_metadata(text)
    body = " ".join(text[r.start : r.end] for r in meta.regions if r.kind == "body")
    assert "600 cars" in body and "amended" not in body and "900 cars" not in body, body
    text = ("The ferry sailed at noon.\nThis story was corrected on 7 May 2021.\n"
            "The mayor said the pier would reopen in June.\n")
    meta = infer_text_metadata(text)
    body = " ".join(text[r.start : r.end] for r in meta.regions if r.kind == "body")
    assert "corrected" not in body and "The mayor said the pier" in body, body


def test_a_feed_of_headlines_cut_at_each_web_address_is_no_body() -> None:
    """A portal's feed of headlines that a scrape cut at each web address's full stop leaves
    one headline per line, closed by its age and outlet ("com Ferry talks resume - 3 hrs ago
    Lake Post."): each line is the portal's, not the piece's ("Ferry Talks" was a person).
    A sentence that only mentions hours ago stays."""
    from newsdesk.ingest.furniture import is_furniture

    feed = ["Ferry map Where the crews struck Harbour24.com Ferry Talks Resume After Strike - 1 "
            "hr ago Lake News24.", "com Ferry talks resume in Lindau - 3 hrs ago Lake Post.",
            "co. uk Pilots join ferry strike - 5 hrs ago CTV."]
    assert all(is_furniture(line) for line in feed)
    assert not is_furniture("The pier reopened - two hours ago, the mayor said.")
    assert not is_furniture("The crews had walked out - 3 hrs ago - and the pier was shut.")
    text = "The crews walked out on Monday.\n" + "\n".join(feed) + "\n"
    meta = infer_text_metadata(text)
    body = [text[r.start : r.end] for r in meta.regions if r.kind == "body"]
    assert body == ["The crews walked out on Monday."], body


@pytest.mark.parametrize("credit", [
    "AP Photo/Ola Berg ", "(AP Photo/Ola Berg) (Ola Berg - AP) ", "(AP Photo/Ola Berg, File) ",
    "AP Photo/Jon K. Lind ", "(AP) ", "AP ", "AFP/Getty Images ", "AP2021 ",
    "Harbour Police via AP ", "Lindau Port Authority via Reuters ",
])
def test_an_agencys_photo_credit_without_a_colon_run_into_the_news_names_no_one(
    credit: str,
) -> None:
    """"AP Photo/Ola Berg Ferry crews walked out ...", "(AP Photo/Ola Berg) (Ola Berg - AP)
    Ferry crews ...": an agency's credit the scrape ran into the news, without the colon of
    "Photograph: ...", is no organisation ("AP Photo/Ola Berg Ferry") and no person ("Ola
    Berg - AP"); the news is a sentence of its own.  A name ends before an article ("Jon K.
    Lind The ..."), and an agency alone, in brackets or bare ("(AP) The Lindau ...", "AP The
    Lindau ..."), is the page's too: no part of the news sentence; so is an agency with its
    copyright year glued on ("AP2021 The Lindau ...") and a source's credit "via" the agency
    ("Harbour Police via AP The Lindau ...")."""
    from newsdesk import annotate
    from newsdesk.extract.actors import extract_actors

    news = "The Lindau ferry crews walked out for a tenth day on Wednesday, the union said."
    text = "Ferry strike spreads\n" + credit + news + "\nThe pier was shut.\n"
    assert fur.credit_prefix(credit + news) == len(credit)
    doc = annotate.parse(text)
    assert any(s.text.strip() == news for s in doc.sents), [s.text for s in doc.sents]
    article = Article(id=article_id(text), text=text)
    actors, _mentions = extract_actors(doc, article)
    names = [a.name for a in actors]
    assert not any("Photo" in n or "Berg" in n or n.startswith("Jon") for n in names), names


def test_a_pull_quote_opening_on_its_speakers_name_ends_at_its_closing_mark(
    tmp_path: Path,
) -> None:
    """'Ana Reyes: "We will not sail" Both unions are expecting ...': a pull quote set before a
    paragraph, its speaker's name and a colon first, runs into the paragraph with no stop; the
    paragraph is body and a sentence of its own, no part of what Ana Reyes said, and the pull
    quote a caption.  A quotation closed by its own punctuation, or followed by its frame in
    lower case, is left as it was."""
    from newsdesk import annotate
    from newsdesk.pipeline import process_many

    text = ("Ferry strike spreads\nAna Reyes: \"We will not sail until the offer improves\" "
            "Both unions are expecting a long strike, which the mayor called damaging.\n"
            "The pier was shut.\n")
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert "Both unions are expecting a long strike, which the mayor called damaging." in \
        sentences, sentences
    meta = infer_text_metadata(text)
    body = " ".join(text[r.start : r.end] for r in meta.regions if r.kind == "body")
    assert body.startswith("Both unions") and "Ana Reyes" not in body, body
    (extraction,) = process_many([read_one(write(tmp_path, text))])
    contents = [extraction.article.text[s.start : s.end] for q in extraction.quotes
                for s in q.content]
    assert not any("Both unions are" in c for c in contents), contents
    assert fur.pull_quote_end('Ana Reyes: "We will not sail." Both unions agreed.') == 0
    assert fur.pull_quote_end('Ana Reyes: "We will not sail" she said.') == 0


def test_a_pull_quote_in_single_marks_or_after_a_pages_header_ends_at_its_closing_mark(
    tmp_path: Path,
) -> None:
    """"Per Holm: 'We heard a crack' Per Holm said ...": a named pull quote in single marks
    runs into its paragraph as one in double marks does; and on a page's first line the
    header (headline, byline) may come before it ("By Lena Dahl BBC News, Oslo Per Holm: 'We
    heard a crack' A ferry engineer has told ..."). The paragraph after the closing mark is
    body and a sentence of its own, and no part of what Per Holm said; later in a page, words
    before such a name are left as they were."""
    from newsdesk import annotate
    from newsdesk.pipeline import process_many

    first = ("By Lena Dahl BBC News, Oslo Per Holm: 'We heard a crack' A ferry engineer has "
             "told the BBC that he reported a fault weeks before the sinking.\n"
             "The company said the fault was minor.\n")
    later = ("Ferry fault claims\nThe ferry sank in May, with no one hurt.\n"
             "Per Holm: 'We heard a crack' Per Holm said the fault was never fixed.\n"
             "The company said the fault was minor.\n")
    for text, news in ((first, "A ferry engineer has told the BBC that he reported a fault "
                        "weeks before the sinking."),
                       (later, "Per Holm said the fault was never fixed.")):
        sentences = [s.text.strip() for s in annotate.parse(text).sents]
        assert news in sentences, sentences
        meta = infer_text_metadata(text)
        body = " ".join(text[r.start : r.end] for r in meta.regions if r.kind == "body")
        assert "We heard a crack" not in body and news in body, body
        (extraction,) = process_many([read_one(write(tmp_path, text))])
        contents = [extraction.article.text[s.start : s.end] for q in extraction.quotes
                    for s in q.content]
        assert not any("crack" in c for c in contents), contents
    assert fur.pull_quote_end("Per Holm: 'We heard a crack.' He said so.") == 0
    assert fur.pull_quote_end("Talks went on with Per Holm: 'We heard a crack' Then ...") == 0


def test_a_wire_stamp_and_agency_opening_a_line_are_no_part_of_its_news() -> None:
    """"Thu Mar 4, 2021 1:40 pm EDT (Reuters) - A steel gate reached ...": a wire page's
    stamp with its zone, then the agency, before the news; the parser made the zone the
    subject of "reached", and the events stage a group "EDT" that gave aid.  The news is a
    sentence of its own, and the zone no actor.  A stamp before the news's own acronym keeps
    the acronym ("... 4:41 PM NFC said ...")."""
    from newsdesk import annotate
    from newsdesk.pipeline import process_many

    text = ("Thu Mar 4, 2021 1:40 pm EDT (Reuters) - A 90-ton steel gate, or floodgate, "
            "reached the site of a massive breach 50 miles south of the Lindau coastline on "
            "Thursday.\nThe gate is meant to hold back the water.\n")
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert any(s.startswith("A 90-ton steel gate") for s in sentences), sentences
    (extraction,) = process_many([Article(id=article_id(text), text=text)])
    assert not any(a.name == "EDT" for a in extraction.actors), extraction.actors
    line = "Thursday, March 4, 2021; 4:41 PM NFC said Thursday that it would pay."
    assert line[fur.opening_page_stamp(line):].startswith("NFC said")


def test_a_retweet_in_a_pages_sidebar_is_no_body() -> None:
    """A page's social widget leaves a retweet on a line of its own ("RT @HarbourDesk: Ferry
    fares rose most in March."): the widget's, not the piece's, or its March went into the
    timeline.  A sentence about a tweet stays."""
    from newsdesk.ingest.furniture import is_furniture

    assert is_furniture("RT @HarbourDesk: Ferry fares rose most in March.")
    assert not is_furniture("RT, the Russian broadcaster, said the ferry sailed in March.")
    text = ("The crews walked out on Monday.\nThe mayor said the pier would reopen in June.\n"
            "RT @HarbourDesk: Ferry fares rose most in March.\n")
    meta = infer_text_metadata(text)
    body = " ".join(text[r.start : r.end] for r in meta.regions if r.kind == "body")
    assert "March" not in body and "reopen in June" in body, body


def test_a_credit_broken_inside_us_is_one_line_and_no_headline() -> None:
    """A page's line breaking cut "U.S." in a photo credit ("Credit: Reuters/Ana Berg/U." /
    "S. Coast Guard/Handout By ..."): read apart, the credit's first half was the headline and
    "S. Coast Guard" an organisation.  A line ending on a lone initial and one opening on
    another are one line; offsets are kept."""
    text = ("Credit: Reuters/Ana Berg/U.\nS. Coast Guard/Handout The ferry sank off Lindau on "
            "Monday, the harbour master said.\nThe crews were rescued.\n")
    meta = infer_text_metadata(text)
    assert meta.title is None
    body = [text[r.start : r.end] for r in meta.regions if r.kind == "body"]
    assert not any(b.startswith(("S. Coast", "Credit")) for b in body), body
    assert any(b.startswith("The ferry sank") for b in body), body


def test_a_scrapes_bullet_read_as_cents_opens_each_item() -> None:
    """A page's bullets ("•") reach some scrapes as the word "cents" (the bullet read as a
    cent sign, then spelt out): "cents Ferry crews walk out at Lindau cents Harbour master
    says: 'We are ready' cents Port stays open ...", a standfirst of three items, was one
    sentence run into the news, and "Here is a summary: cents Reports say ..." had the
    speaker "cents Reports".  Each item is a sentence of its own, and the bullet is none of
    theirs; money in cents stays as written ("The fare rose 20 cents Monday")."""
    from newsdesk import annotate

    text = ("cents Ferry crews walk out over pay at Lindau cents Harbour master says the port "
            "is ready cents Port stays open for the weekend\n"
            "Here is a summary of the main points so far: cents Reports say that the port "
            "will reopen on Monday.\n"
            "The fare rose 20 cents Monday, the port said.\n")
    sentences = [s.text.strip() for s in annotate.parse(text).sents]
    assert "Ferry crews walk out over pay at Lindau" in sentences, sentences
    assert "Harbour master says the port is ready" in sentences, sentences
    assert "Port stays open for the weekend" in sentences, sentences
    assert "Reports say that the port will reopen on Monday." in sentences, sentences
    assert "The fare rose 20 cents Monday, the port said." in sentences, sentences


def test_a_blogs_clock_and_date_opening_a_line_are_no_part_of_its_first_sentence() -> None:
    """"17:44 UK time, Tuesday, 9 March 2021 Harbour board chairman Tomas Lind said ...": a
    blog's stamp with no author before it (with one, "Ana Reyes | 17:44 UK time, ...", the
    wire's place rule already parts it) ran into the first sentence, whose speaker was "17:44
    UK time", and whose timeline item opened on the stamp.  The news is a sentence of its
    own."""
    from newsdesk import annotate
    from newsdesk.ingest.furniture import opening_page_stamp

    stamp = "17:44 UK time, Tuesday, 9 March 2021 "
    news = "Harbour board chairman Tomas Lind said the port would reopen on Monday."
    assert opening_page_stamp(stamp + news) == len(stamp)
    sentences = [s.text.strip() for s in annotate.parse(stamp + news + "\n").sents]
    assert news in sentences, sentences


def test_a_link_to_a_gallery_of_photos_is_no_body() -> None:
    """"Ferry crews rally as strike enters second week -- photos Crews march ...": a headline, a
    dash and the word for what the link shows ("photos", "video", "in pictures") is the page's
    link to a gallery, its standfirst run on after it; not the news the summary leads on or a
    story's label, and "stage" in it no speech.  A dash before a word of the news ("-- video
    of the crash was shown") stays body."""
    promo = ("Ferry crews rally as the strike enters its second week -- photos Crews stage "
             "one another's protests in the harbour as talks stall in Lindau.")
    text = f"{promo}\nThe mayor said the crews had accepted the offer late on Friday.\n"
    kinds = [(r.kind, text[r.start : r.end].strip()) for r in infer_text_metadata(text).regions]
    assert kinds[0] == ("related", promo), kinds
    from newsdesk.link.placement import untitled_label

    assert (untitled_label(text) or "").startswith("The mayor said"), untitled_label(text)
    for word in ("video", "in pictures"):
        line = promo.replace("-- photos", f"– {word}")
        assert fur.is_gallery_link(line), line
    kept = ("The inquiry heard from the pilot -- video of the crash was shown to the families "
            "on Friday.")
    assert not fur.is_gallery_link(kept)
    text = f"{kept}\nThe mayor said so.\n"
    assert infer_text_metadata(text).regions[0].kind == "body"


def test_a_pages_call_to_buy_its_book_or_follow_its_feed_is_furniture() -> None:
    """"Find out more and buy the ebook on Kindle from ... Follow the latest environment news
    ... on Twitter": the page's call to buy and follow, run into one line, was body, and the
    shop, the platforms and the feed's names were actors.  A sentence of news that names a
    platform is body."""
    from newsdesk.ingest import furniture as fur

    for line in ("Find out more and buy the harbour guide on Kindle from our shop or Follow the "
                 "latest port news and analysis on Twitter",
                 "Follow our harbour desk on Facebook for the latest from the port"):
        assert fur.is_furniture(line), line
    assert not fur.is_furniture("The pilots said they would follow the talks on Twitter.")
    assert not fur.is_furniture("Buyers of the port's bonds met on Monday.")
