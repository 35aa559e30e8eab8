"""Web pages as they are: odd charsets, no suffix, scripts without spaces, dates, titles.

Every page here is written for these tests; the shapes (a stray Windows-1252 byte in a UTF-8
page, an update-only date, a title ending in the site's address) are the ones real pages have.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsdesk.ingest import InputError, iter_input_paths, read_path
from newsdesk.ingest.decoding import decode_page
from newsdesk.ingest.published import Signals, decide, url_day
from newsdesk.ingest.site import names_site, site_part, split_title, without_legal_form
from newsdesk.ingest.written_dates import stated_days
from newsdesk.model import Article

BODY_EN = (
    "<p>Riverside councillors approved plans for a new bridge across the Eastport harbour early "
    "on Thursday, ending a debate that had run for more than six hours.</p>"
    "<p>The vote, seven to four, clears the way for the city to seek bids from builders this "
    "summer, and supporters said the crossing would cut the drive to the hospital.</p>"
    "<p>Opponents warned that the cost would squeeze spending on libraries and parks for a "
    "decade, and asked how the council would pay for maintenance once it opened.</p>"
)


def page(
    body: str = BODY_EN,
    title: str = "Council backs harbour bridge after late-night vote",
    head: str = "",
    heading: str | None = "Council backs harbour bridge after late-night vote",
    charset: str | None = "utf-8",
    lang: str = "en",
) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    h1 = f"<h1>{heading}</h1>" if heading else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head>{meta}<title>{title}</title>{head}</head>'
        f'<body><nav><a href="/">Home</a> <a href="/local">Local</a></nav>'
        f"<article>{h1}{body}</article>"
        f"<footer><p>Contact us</p></footer></body></html>"
    )


def read_one(path: Path) -> Article:
    results = list(read_path(str(path)))
    assert len(results) == 1
    assert isinstance(results[0], Article), results[0]
    return results[0]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# --- decoding ---------------------------------------------------------------------------


def test_stray_invalid_byte_in_utf8_page_is_replaced_and_flagged(tmp_path: Path) -> None:
    text = page(BODY_EN.replace("Thursday", "Thursday – café time –"))
    raw = text.encode("utf-8").replace(b"seven to four", b"seven to four \x92 mostly")
    article = read_one(write(tmp_path, "stray.html", raw))
    assert "seven to four \ufffd mostly" in article.text
    assert "café time" in article.text  # the rest stays UTF-8
    assert article.repairs == ["1 invalid byte(s) in utf-8 replaced by U+FFFD"]
    start = article.text.index("\ufffd")
    assert article.text[start - 5 : start] == "four "  # offsets index the stored text
    assert article.header_json()["repairs"] == article.repairs


def test_page_without_charset_in_windows_1252_is_detected(tmp_path: Path) -> None:
    body = BODY_EN.replace("Thursday", "Thursday at the café “Le Pont”, où the débat ended")
    raw = page(body, charset=None).encode("cp1252")
    article = read_one(write(tmp_path, "legacy.html", raw))
    assert "café “Le Pont”, où the débat ended" in article.text
    assert article.repairs == []  # nothing was declared, nothing replaced


def test_wrongly_declared_charset_is_overruled_and_noted() -> None:
    body = BODY_EN.replace("Thursday", "Thursday at the café “Le Pont”, où the débat ended")
    raw = page(body * 3, charset="utf-8").encode("cp1252")
    decoded = decode_page(raw, "wrong.html")
    assert "café “Le Pont”, où the débat ended" in decoded.text
    assert decoded.repairs and decoded.repairs[0].startswith("declared utf-8 but is ")


def test_valid_utf8_wins_over_a_declared_latin1(tmp_path: Path) -> None:
    raw = page(BODY_EN.replace("Thursday", "Thursday in the café"), charset="iso-8859-1")
    assert "in the café" in decode_page(raw.encode("utf-8"), "p.html").text


def test_declared_shift_jis_page_in_japanese_is_read(tmp_path: Path) -> None:
    body = (
        "<p>市議会は木曜日の夜、港に新しい橋を架ける計画を賛成七、反対四で可決した。"
        "議論は六時間以上続き、多くの住民が傍聴に訪れた。</p>"
        "<p>反対派の議員は、建設費が図書館や公園の予算を圧迫すると懸念を示した。</p>"
    )
    raw = page(body, title="港の新しい橋、市議会が可決", heading="港の新しい橋、市議会が可決",
               charset="shift_jis", lang="ja").encode("shift_jis")  # fmt: skip
    article = read_one(write(tmp_path, "hashi.html", raw))
    assert "港に新しい橋を架ける計画" in article.text
    assert article.title == "港の新しい橋、市議会が可決"


def test_chinese_article_without_spaces_is_not_refused(tmp_path: Path) -> None:
    body = (
        "<p>市议会星期四晚上以七票赞成、四票反对通过了在港口修建新桥的计划，辩论持续了六个多小时。</p>"
        "<p>反对者担心造价过高，会在今后十年挤占图书馆和公园的开支。</p>"
    )
    path = write(tmp_path, "qiao.html", page(body, title="市议会通过港口新桥计划", lang="zh"))
    assert "港口修建新桥" in read_one(path).text


def test_brief_item_of_short_sentences_is_an_article(tmp_path: Path) -> None:
    body = "<p>The harbour bridge vote passed.</p><p>Work starts in the summer.</p><p>More soon</p>"
    path = write(tmp_path, "brief.html", page(body, heading=None))
    assert "Work starts in the summer." in read_one(path).text


def test_page_of_short_lines_with_enough_words_is_read(tmp_path: Path) -> None:
    lines = [
        "Bridge vote: the results", "Yes: seven councillors", "No: four councillors",
        "Abstained: none of them", "Next step: bids from builders", "Opening: spring next year",
        "Cost: 140 million dollars",
    ]  # fmt: skip
    body = "".join(f"<p>{line}</p>" for line in lines)
    assert "Cost: 140 million dollars" in read_one(write(tmp_path, "list.html", page(body))).text


def test_menu_only_chinese_page_is_still_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "menu.html", page("<p>首页</p><p>新闻</p><p>联系我们</p>"))
    result = list(read_path(str(path)))
    assert result == [InputError(str(path), "no article text found in HTML")]


# --- HTML found by content ---------------------------------------------------------------


def test_page_without_suffix_is_read_as_html(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, "1493765064", page()))
    assert article.title == "Council backs harbour bridge after late-night vote"
    assert "<" not in article.text
    assert article.regions[0].kind == "headline"
    assert "\nRiverside councillors approved" in article.text


def test_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, "saved.txt", page()))
    assert "<p>" not in article.text and "Riverside councillors" in article.text


def test_plain_text_file_stays_text(tmp_path: Path) -> None:
    text = "A plain note about <b> tags and the bridge vote.\n"
    assert read_one(write(tmp_path, "note.txt", text)).text == text


def test_directory_walk_takes_suffixless_pages_only(tmp_path: Path) -> None:
    write(tmp_path, "1493765064", page())
    write(tmp_path, "README", "Pages saved from the web for the council story.\n")
    write(tmp_path, "b.html", page())
    found = [Path(p).name for p in iter_input_paths([str(tmp_path)])]
    assert found == ["1493765064", "b.html"]


# --- publication dates ---------------------------------------------------------------------


def test_url_day_outranks_metadata(tmp_path: Path) -> None:
    head = (
        '<link rel="canonical" href="https://news.example/local/2024/03/14/bridge-vote">'
        '<meta property="article:published_time" content="2024-03-15T01:10:00+02:00">'
    )
    article = read_one(write(tmp_path, "a.html", page(head=head)))
    assert (article.published, article.published_source) == (date(2024, 3, 14), "url")
    assert article.header_json()["published_source"] == "url"


def test_json_ld_article_date_not_an_embedded_video_date(tmp_path: Path) -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "VideoObject", "name": "Clip", "uploadDate": "2024-03-20",'
        ' "datePublished": "2024-03-20"},'
        '{"@type": "NewsArticle", "headline": "Council backs bridge",'
        ' "datePublished": "2024-03-14T07:45:00Z", "dateModified": "2024-03-16T10:00:00Z"}]}'
        "</script>"
    )
    article = read_one(write(tmp_path, "b.html", page(head=head)))
    assert (article.published, article.published_source) == (date(2024, 3, 14), "metadata")


def test_update_only_metadata_yields_to_the_dateline(tmp_path: Path) -> None:
    head = '<meta property="og:updated_time" content="2020-06-02T11:57:06+02:00">'
    heading = "Council backs harbour bridge after late-night vote"
    body = '<p class="meta">Von Jana Beispiel <time>31.03.2020</time></p>' + BODY_EN
    article = read_one(write(tmp_path, "c.html", page(body=body, head=head, heading=heading)))
    assert (article.published, article.published_source) == (date(2020, 3, 31), "dateline")


def test_copyright_year_alone_gives_no_date(tmp_path: Path) -> None:
    import htmldate

    markup = page().replace("<p>Contact us</p>", "<p>© 2019 Riverside Chronicle</p>")
    assert htmldate.find_date(markup, extensive_search=True) is not None  # the library guesses
    article = read_one(write(tmp_path, "d.html", markup))
    assert article.published is None and article.published_source is None


def test_written_out_date_in_the_page_is_taken(tmp_path: Path) -> None:
    body = "<p>Publicado el miércoles, 15 de abril de 2020</p>" + BODY_EN
    article = read_one(write(tmp_path, "e.html", page(body=body)))
    # htmldate's free search reads only the year here (2020-01-01); the dateline has the day
    assert (article.published, article.published_source) == (date(2020, 4, 15), "dateline")


def test_sidecar_and_option_name_their_source(tmp_path: Path) -> None:
    from newsdesk.ingest import Overrides

    path = write(tmp_path, "f.html", page())
    [article] = read_path(str(path), overrides=Overrides(published=date(2024, 1, 2)))
    assert isinstance(article, Article)
    assert (article.published, article.published_source) == (date(2024, 1, 2), "option")


def test_decide_precedence() -> None:
    d = date
    assert decide(Signals(url=d(2020, 1, 2), published=[d(2020, 1, 3)])) == (d(2020, 1, 2), "url")
    assert decide(Signals(published=[d(2020, 1, 3), d(2020, 1, 4)], fast=d(2020, 1, 4))) == (
        d(2020, 1, 4),
        "metadata",
    )
    assert decide(Signals(fast=d(2020, 5, 1))) == (d(2020, 5, 1), "markup")
    # htmldate's extensive guess counts when the page writes that day out, or when it is no
    # first of the month (which may be a year or a month completed)
    assert decide(Signals(extensive=d(2019, 1, 1))) == (None, None)
    assert decide(Signals(extensive=d(2019, 6, 1))) == (None, None)
    assert decide(Signals(extensive=d(2019, 6, 3))) == (d(2019, 6, 3), "text")
    assert decide(Signals(extensive=d(2019, 7, 8), stated=[d(2019, 7, 8)])) == (
        d(2019, 7, 8),
        "text",
    )


def test_url_day_shapes() -> None:
    assert url_day("https://x.example/2020/01/18/story") == date(2020, 1, 18)
    assert url_day("https://x.example/news/2020-01-18-story.html") == date(2020, 1, 18)
    assert url_day("https://x.example/2020/01/story") is None
    assert url_day("https://x.example/item/20200118") is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Stand: 25.01.2022 | 10:00", date(2022, 1, 25)),
        ("26 | 01 | 2022 Schweiz", date(2022, 1, 26)),
        ("Miércoles, 15 de Abril de 2020", date(2020, 4, 15)),
        ("Posted January 18, 2020 by staff", date(2020, 1, 18)),
        ("le 3 mars 2021 à 10h", date(2021, 3, 3)),
        ("2020年1月18日 12:00", date(2020, 1, 18)),
        ("2020/01/18", date(2020, 1, 18)),
    ],
)
def test_stated_days_in_many_languages(text: str, day: date) -> None:
    assert day in stated_days(text)


def test_stated_days_ignores_years_and_months_alone() -> None:
    assert stated_days("© 2019 Riverside · March 2020 archive · 12 items") == []


# --- titles and outlets --------------------------------------------------------------------


def test_site_suffix_naming_the_outlet_is_cut(tmp_path: Path) -> None:
    head = (
        '<meta property="og:site_name" content="Riverside Chronicle">'
        '<link rel="canonical" href="https://www.riverside-chronicle.example/bridge">'
    )
    title = "Council backs harbour bridge - Riverside-Chronicle.example"
    article = read_one(write(tmp_path, "t.html", page(title=title, head=head, heading=None)))
    assert article.title == "Council backs harbour bridge"
    assert article.outlet == "Riverside Chronicle"


def test_menu_word_title_gives_way_to_the_heading(tmp_path: Path) -> None:
    article = read_one(write(tmp_path, "m.html", page(title="Aktuelles")))
    assert article.title == "Council backs harbour bridge after late-night vote"


def test_masthead_outranks_a_legal_publisher_name(tmp_path: Path) -> None:
    head = (
        '<link rel="canonical" href="https://www.riversidechronicle.example/bridge">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": '
        '{"@type": "Organization", "name": "Eastport Media Holdings GmbH & Co. KG"}}</script>'
    )
    title = "Council backs harbour bridge | Riverside Chronicle"
    article = read_one(write(tmp_path, "o.html", page(title=title, head=head, heading=None)))
    assert article.outlet == "Riverside Chronicle"
    assert article.title == "Council backs harbour bridge"


def test_unrelated_legal_publisher_falls_back_to_the_address(tmp_path: Path) -> None:
    head = (
        '<link rel="canonical" href="https://www.ak-bote.example/bridge">'
        '<meta name="publisher" content="Regio Media Services Ltd.">'
    )
    article = read_one(write(tmp_path, "p.html", page(head=head)))
    assert article.outlet == "ak-bote.example"


def test_title_helpers() -> None:
    host = "aussengedanken.de"
    assert split_title("Streit ums Feuerholz - www.AussenGedanken.de", [], host) == (
        "Streit ums Feuerholz",
        "www.AussenGedanken.de",
    )
    assert split_title("Wettstreit | Preußische Allgemeine Zeitung", [], "paz.de")[0] == (
        "Wettstreit"
    )
    assert split_title("Noticiero Sur - Lluvias en la costa", ["Noticiero Sur"], None)[0] == (
        "Lluvias en la costa"
    )
    # a segment that does not name the site stays
    assert split_title("Olympia: Zweiter Fall - Team in Sorge", [], "sport.example")[0] == (
        "Olympia: Zweiter Fall - Team in Sorge"
    )
    assert names_site("Übermedien", [], "uebermedien.de")
    assert site_part("Blinker - Europas Anglerzeitschrift", "blinker.de") == "Blinker"
    assert site_part("CDU - Fraktion Erfurt", "cdu-fraktion-erfurt.de") == "CDU - Fraktion Erfurt"
    assert without_legal_form("IDG Tech Media GmbH") == "IDG Tech Media"
    assert without_legal_form("The Philadelphia Chronicle, LLC") == "The Philadelphia Chronicle"
    assert without_legal_form("(C) 2020 By Weinhaus Berlin") == "Weinhaus Berlin"


# --- furniture in the languages of the pages -------------------------------------------------


def _regions(text: str) -> list[tuple[str, str]]:
    from newsdesk.ingest.metadata import infer_text_metadata

    meta = infer_text_metadata(text)
    return [(r.kind, text[r.start : r.end]) for r in meta.regions]


@pytest.mark.parametrize(
    "line",
    [
        "Lea también: El puerto cierra por la huelga de prácticos",
        "Lea más: Los prácticos votan la huelga",
        "PUEDES VER: ¿Qué pasará con el puerto?",
        "Lire aussi : Les pilotes du port en grève",
        "Leggi anche: Sciopero dei piloti al porto",
        "Leia também: Greve dos pilotos no porto",
        "Lesen Sie auch: Lotsen legen die Arbeit nieder",
    ],
)
def test_read_more_lines_in_other_languages(line: str) -> None:
    text = f"Pilots walked out on Monday and the port stayed closed.\n\n{line}\n\nShips waited.\n"
    assert ("related", line) in _regions(text)
    assert ("body", "Ships waited.") in _regions(text)


@pytest.mark.parametrize(
    "heading", ["Notas relacionadas", "Auch interessant", "Sur le même sujet", "Top-Themen"]
)
def test_related_headings_in_other_languages(heading: str) -> None:
    text = f"Pilots walked out on Monday.\n\n{heading}\n\nPort names a new chief\n"
    assert _regions(text)[1:] == [("related", f"{heading}\n\nPort names a new chief")]


@pytest.mark.parametrize(
    "line",
    ["Anzeige", "Keine Kommentare", "Kategorie: Hafen", "Compartir", "3 commentaires",
     "Jetzt Newsletter abonnieren und nichts verpassen"],
)  # fmt: skip
def test_page_furniture_in_other_languages(line: str) -> None:
    text = f"Pilots walked out on Monday.\n\n{line}\n\nThe port stayed open.\n"
    assert ("related", line) in _regions(text)


def test_subheading_after_an_inline_read_more_stays_body() -> None:
    paragraph = (
        "Die Lotsen hatten seit Wochen über längere Schichten geklagt, und die Hafenbehörde "
        "hatte ihnen zuletzt ein Gespräch für den kommenden Monat angeboten, das sie ablehnten."
    )
    text = (
        "Die Lotsen im Hafen streiken seit Montag.\n\nMehr zum Thema: Hafen sucht neuen Chef\n\n"
        f"Was die Lotsen fordern\n\n{paragraph}\n"
    )
    regions = _regions(text)
    assert ("related", "Mehr zum Thema: Hafen sucht neuen Chef") in regions
    assert regions[-1] == ("body", f"Was die Lotsen fordern\n\n{paragraph}")


def test_photo_credit_labels_in_other_languages() -> None:
    text = "Pilots walked out on Monday.\n\nDie Lotsen vor dem Hafenamt. Foto: Ravi Anand\n"
    assert ("caption", "Die Lotsen vor dem Hafenamt. Foto: Ravi Anand") in _regions(text)


def test_a_comment_date_in_microdata_is_not_the_article_date(tmp_path: Path) -> None:
    body = BODY_EN + (
        '<div itemscope itemtype="https://schema.org/Comment"><p>Good news for the island.</p>'
        '<meta itemprop="datePublished" content="2024-04-02"></div>'
        '<div itemscope itemtype="https://schema.org/NewsArticle">'
        '<meta itemprop="datePublished" content="2024-03-14"></div>'
    )
    article = read_one(write(tmp_path, "g.html", page(body=body)))
    assert (article.published, article.published_source) == (date(2024, 3, 14), "metadata")
