"""Newswire in the LDC's SGML (TREC, DUC, TAC, Gigaword): documents known by their content."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.ingest import InputError, iter_input_paths, read_path
from newsdesk.ingest.readers import read_bytes
from newsdesk.model import Article

WIRE = """<DOC>
<DOCNO> APW19990101.0001 </DOCNO>
<DOCTYPE> NEWS STORY </DOCTYPE>
<DATE_TIME> 01/01/1999 10:15:00 </DATE_TIME>
<BODY>
<HEADLINE> Floods close mountain pass </HEADLINE>
<TEXT>
<P>
   GRENOBLE, France (AP) _ Heavy rain closed the main mountain pass
between France and Italy on Friday, stranding hundreds of trucks
on both sides of the border, police said.
</P>
<P>
   The pass will stay shut until engineers inspect two bridges &amp; a
tunnel, the regional prefect said in a statement.
</P>
</TEXT>
</BODY>
<TRAILER> AP-NY-01-01-99 1015EST </TRAILER>
</DOC>
"""

# No <P>: paragraphs open indented, as in the New York Times service's files.
INDENTED = """<DOC>
<DOCNO> NYT19990102.0002 </DOCNO>
<DOCTYPE> NEWS </DOCTYPE>
<TEXT>
   c.1999 N.Y. Times News Service
   &UR; By ANNA LOWE &QC; &LR;
   Truck drivers waited in long lines on Saturday after floods shut
the busiest Alpine pass between France and Italy.
   ``We have been here two days,'' said Marco Bellini, a driver from
Turin.
   (STORY CAN END HERE. OPTIONAL 2ND TAKE FOLLOWS.)
   NYT-01-02-99 1725EST
</TEXT>
</DOC>
"""

# Gigaword: the id as an attribute, several documents in one file.
SEVERAL = """<DOC id="XIE_ENG_19990103.0005" type="story">
<HEADLINE>
Bridges inspected after floods
</HEADLINE>
<TEXT>
<P>
Engineers began inspecting the two bridges on Sunday.
</P>
</TEXT>
</DOC>
<DOC id="XIE_ENG_19990103.0006" type="story">
<TEXT>
<P>
The prefect said the pass could reopen on Tuesday.
</P>
</TEXT>
</DOC>
<DOC id="XIE_ENG_19990103.0007" type="story">
<HEADLINE>Picture only</HEADLINE>
</DOC>
"""


def _articles(path: Path) -> list[Article | InputError]:
    return list(read_path(str(path)))


def test_a_wire_document_is_its_paragraphs_with_its_number_day_title_and_agency(
    tmp_path: Path,
) -> None:
    path = tmp_path / "APW19990101.0001"
    path.write_text(WIRE, encoding="utf-8")
    [article] = _articles(path)
    assert isinstance(article, Article)
    assert article.text.startswith("GRENOBLE, France (AP) _ Heavy rain closed the main")
    assert "\n\nThe pass will stay shut until engineers inspect two bridges & a tunnel," in (
        article.text)
    assert "<" not in article.text and "AP-NY" not in article.text
    assert article.external_id == "APW19990101.0001"
    assert article.published == date(1999, 1, 1)
    assert article.title == "Floods close mountain pass"
    assert article.outlet == "Associated Press"


def test_paragraphs_without_p_tags_open_indented(tmp_path: Path) -> None:
    path = tmp_path / "NYT19990102.0002"
    path.write_text(INDENTED, encoding="utf-8")
    [article] = _articles(path)
    assert isinstance(article, Article)
    assert article.text.split("\n\n") == [
        "By ANNA LOWE",  # the typesetting codes dropped, and the copyright and traffic lines
        "Truck drivers waited in long lines on Saturday after floods shut "
        "the busiest Alpine pass between France and Italy.",
        "“We have been here two days,” said Marco Bellini, a driver from Turin.",
    ]
    assert article.published == date(1999, 1, 2)  # from the document number
    assert article.outlet == "The New York Times"


def test_several_documents_in_one_file_are_several_articles_and_one_without_text_an_error(
    tmp_path: Path,
) -> None:
    path = tmp_path / "xie_eng_199901.sgml"
    path.write_text(SEVERAL, encoding="utf-8")
    found = _articles(path)
    assert [type(a).__name__ for a in found] == ["Article", "Article", "InputError"]
    first, second, bad = found
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.path == f"{path}:1" and second.path == f"{path}:11"
    assert first.title == "Bridges inspected after floods" and first.outlet == "Xinhua"
    assert second.external_id == "XIE_ENG_19990103.0006"
    assert second.published == date(1999, 1, 3)
    assert str(bad) == f"{path}:18: newswire document has no <TEXT>"


def test_a_directory_walk_takes_numbered_wire_files_and_leaves_the_rest(tmp_path: Path) -> None:
    (tmp_path / "APW19990101.0001").write_text(WIRE, encoding="utf-8")
    (tmp_path / "NYT19990102.0002").write_text(INDENTED, encoding="utf-8")
    (tmp_path / "notes.0003").write_text("Not a document.\n", encoding="utf-8")
    (tmp_path / "README").write_text("Cluster of flood stories.\n", encoding="utf-8")
    assert [Path(p).name for p in iter_input_paths([str(tmp_path)])] == [
        "APW19990101.0001", "NYT19990102.0002"]


def test_an_upload_is_known_as_newswire_by_its_content() -> None:
    [article] = list(read_bytes(WIRE.encode(), "upload", sniff=True))
    assert isinstance(article, Article) and article.external_id == "APW19990101.0001"


def test_summarize_reads_a_cluster_of_wire_files(tmp_path: Path) -> None:
    cluster = tmp_path / "d001"
    cluster.mkdir()
    (cluster / "APW19990101.0001").write_text(WIRE, encoding="utf-8")
    (cluster / "NYT19990102.0002").write_text(INDENTED, encoding="utf-8")
    result = CliRunner().invoke(app, ["summarize", str(cluster), "--words", "60"])
    assert result.exit_code == 0, result.output
    [line] = result.output.strip().splitlines()
    summary = json.loads(line)["summary"]
    assert summary
    for sentence in summary:
        assert "(AP) _" not in sentence["text"]  # the dateline is cut off, not cited
        assert "<" not in sentence["text"]
