"""What a scraped text says about itself: masthead, label, headline, byline, date, layout.

A plain-text scrape keeps the page's furniture (masthead, "Opinion" label, photo captions,
"Read more" lists) inline with the reporting.  Rather than cut it out, which would shift every
offset later stages cite, the segmenter marks each line with a region kind; only ``body``
regions count as reporting.  Regions tile the non-blank text in order, so every character that
is not whitespace belongs to exactly one region.

The header (masthead, labels, headline, byline, date lines) is only looked for at the top of
the text, and the first line that is none of those starts the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from newsdesk.ingest import furniture as fur
from newsdesk.ingest.outlets import Outlet, masthead_spellings
from newsdesk.model import Region, RegionKind

_HEADER_MAX_LINES = 10
_GLUED_MIN_CHARS = 6  # short names ("FT", "AP") glued to text are too often a real word
_MASTHEAD_SEPARATORS = " \t|-—–:·•"
_DATELINE_PARAGRAPHS = 2
_WIDGET_TAIL_WORDS = 2  # "BACK {current} of {total} NEXT Yahoo!": the rest is the portal's name
_KICKER_MAX_WORDS = 4
_CAPTION_LINE_MAX_WORDS = 40  # a caption's second sentence, not a paragraph of news


@dataclass
class TextMetadata:
    """Metadata a text states about itself; None where it says nothing."""

    outlet: str | None = None
    title: str | None = None
    byline: str | None = None
    published: date | None = None
    genre: str | None = None
    wire: str | None = None  # agency named in a wire dateline
    regions: list[Region] = field(default_factory=list)


@dataclass
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    """Non-blank lines with offsets of their first and past-their-last non-space character.

    A line a scrape broke inside an abbreviation of initials goes on as one line ("Credit:
    Reuters/Ana Berg/U." / "S. Navy photo/Handout By ..."): read apart, the credit was the
    headline and "S. Navy" an organisation (``_split_initials``)."""
    found: list[_Line] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if stripped:
            start = pos + (len(content) - len(content.lstrip()))
            line = _Line(start, start + len(stripped), stripped)
            if found and _split_initials(found[-1], line, text):
                gap = " " * (line.start - found[-1].end)  # same length: offsets hold
                line = _Line(found[-1].start, line.end, found[-1].text + gap + line.text)
                found.pop()
            found.append(line)
        pos += len(raw)
    return found


_LONE_INITIAL_END = re.compile(r"(?:^|[\s/(])[A-Z]\.$")
_INITIAL_START = re.compile(r"[A-Z]\.\s")


def _split_initials(before: _Line, line: _Line, text: str) -> bool:
    """Whether a single line break parts one abbreviation of initials: the line before ends
    on a lone capital and its full stop ("/U."), this one opens on another ("S. Navy") —
    the "U.S." a page's line breaking cut (5 lines of news-timelines, all Reuters credits)."""
    return text[before.end : line.start].strip(" \t") in ("\n", "\r\n") and \
        bool(_LONE_INITIAL_END.search(before.text)) and bool(_INITIAL_START.match(line.text))


def masthead_outlet(line: str) -> Outlet | None:
    """The outlet a masthead line names: the name alone, or with its slogan (maybe glued)."""
    folded = line.casefold()
    for spelling, outlet in masthead_spellings():
        if not folded.startswith(spelling.casefold()):
            continue
        rest = line[len(spelling) :]
        tail = rest.strip(_MASTHEAD_SEPARATORS)
        if not tail:
            return outlet
        if tail.casefold().rstrip(".") in {s.casefold() for s in outlet.slogans}:
            return outlet
        glued = (
            len(spelling) >= _GLUED_MIN_CHARS
            and len(rest) >= 2
            and rest[0].isupper()
            and rest[1].islower()
        )
        if glued and fur.words(rest) <= 8 and not rest.rstrip().endswith("."):
            return outlet
    return None


def _headline_like(line: str) -> bool:
    return (
        fur.words(line) <= fur.HEADLINE_MAX_WORDS
        and any(ch.isalpha() for ch in line)
        and not line.endswith((".", ":", ";", ","))
        and not fur.is_dateline_start(line)
        and fur.byline_name(line) is None
        and not fur.is_related_heading(line)
        and not fur.is_related_inline(line)
        and not fur.is_furniture(line)
        and not fur.is_caption(line)
    )


_MINOR_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or over per the to up via vs with".split()
)


def _title_cased(line: str) -> bool:
    """"Hillary Clinton Was Headed to ER But Diverted": most words capitalised, minor ones not."""
    words = [w for w in line.split() if any(ch.isalpha() for ch in w)]
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    if len(major) < 4:
        return False
    capitalised = sum(1 for w in major if w[0].isupper() or not w[0].isalpha())
    return capitalised / len(major) >= 0.8


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").casefold().split())


def infer_text_metadata(text: str, known_title: str | None = None) -> TextMetadata:
    """Segment ``text`` into regions and read what its header and datelines state.

    ``known_title`` is the title a file gave in its own metadata (HTML, JSON): then only a line
    repeating that title is marked as the headline, since a short first paragraph of an
    extracted body is not a headline just because it is short.
    """
    meta = TextMetadata()
    lines = _lines(text)
    kinds: list[tuple[RegionKind, int, int]] = []
    i = 0

    # Header: masthead, labels, headline, byline, date lines, in whatever order they come.
    if lines:
        outlet = masthead_outlet(lines[0].text)
        if outlet is not None:
            meta.outlet = outlet.name
            kinds.append(("masthead", lines[0].start, lines[0].end))
            i = 1
    header_end = min(len(lines), i + _HEADER_MAX_LINES)
    while i < header_end:
        line = lines[i]
        genre = fur.label_genre(line.text)
        if genre is not None:
            meta.genre = meta.genre or genre
            kinds.append(("label", line.start, line.end))
            i += 1
            continue
        name = fur.byline_name(line.text)
        if name is not None and meta.byline is None:
            meta.byline = name
            kinds.append(("byline", line.start, line.end))
            i += 1
            continue
        is_date_line, published = fur.date_line(line.text)
        if is_date_line:
            meta.published = meta.published or published
            kinds.append(("byline", line.start, line.end))
            i += 1
            continue
        if fur.is_furniture(line.text):
            kinds.append(("related", line.start, line.end))
            i += 1
            continue
        if fur.is_caption(line.text) or fur.is_dated_caption(line.text):
            kinds.append(("caption", line.start, line.end))
            i += 1
            continue
        if (
            meta.title is None
            and i + 1 < len(lines)
            and _headline(line, lines[i + 1], known_title, meta, kinds)
        ):
            i += 1
            continue
        if meta.title is None and _kicker(lines, i, known_title):
            kinds.append(("label", line.start, line.end))
            i += 1
            continue
        break

    # Body, with captions, "Read more" lists and page furniture marked out.
    live = fur.live_stamps([line.text for line in lines[i:]])
    body_seen = 0
    in_related = False
    in_comments = False
    after_print_note = False
    texts = [line.text for line in lines]
    correction_end = 0
    caption_line = -1  # a caption's second line, after a run-in stamp (``_caption_runs_on``)
    blog_comments = fur.blog_comments_start(texts, i)
    for at, line in enumerate(lines[i:], start=i):
        kind: RegionKind = "body"
        in_comments = in_comments or at == blog_comments
        correction_end = max(correction_end, at + fur.correction_lines(texts, at))
        if after_print_note or at < correction_end:  # the print note's tail, a correction note
            kinds.append(("related", line.start, line.end))
            continue
        opens = None if in_comments else fur.comments_start(line.text)
        if opens:  # "(Reporting by Ana Reyes) We welcome comments ...": the credit, then comments
            head = line.text[:opens].rstrip()
            kinds.append(("related" if fur.is_furniture(head) else "body", line.start,
                          line.start + len(head)))
            kinds.append(("comments", line.start + opens, line.end))
            in_comments = True
            continue
        if in_comments or opens == 0:
            in_comments = True
            kinds.append(("comments", line.start, line.end))
            continue
        if in_related and fur.words(line.text) <= fur.RELATED_ITEM_MAX_WORDS:
            kind = "related"
        elif fur.is_related_heading(line.text):
            kind, in_related = "related", True  # a list of links follows
        elif fur.is_related_inline(line.text):
            # "Mehr zum Thema: Headline" is its own link; the short line after it is as
            # likely the article's next subheading as another link.
            kind, in_related = "related", False
        elif fur.is_furniture(line.text) or fur.is_teaser(line.text) or fur.is_gallery_link(
                line.text):
            kind = "related"
            after_print_note = fur.is_print_note(line.text)
        elif fur.is_caption(line.text) or (body_seen == 0 and fur.is_dated_caption(line.text)):
            kind = "caption"  # a gallery's dated captions before the news ("May 4: Crews ...")
        if kind == "body" and body_seen == 0 and _over_credit(lines, at) and not any(
                seen == "caption" for seen, _, _ in kinds):
            kind = "caption"
        if kind == "body":
            in_related = False
            body_seen += 1
            # Datelines open the first body paragraph, or the second when an unrecognised
            # headline or standfirst precedes it.
            if body_seen <= _DATELINE_PARAGRAPHS:
                meta.wire = meta.wire or fur.wire_agency(line.text)
                if meta.published is None:
                    meta.published = fur.dateline_date(line.text)
        stamp = fur.run_in_stamp(line.text) if kind == "body" and body_seen == 1 else None
        if stamp is not None:
            # "Headline Standfirst Wednesday 4 August 2010 20.43 BST Caption or news": the
            # words before the stamp are the page's header, and the rest of the line is the
            # caption of the photograph whose credit opens the next line, else news.
            start, end = line.start + stamp[0], line.start + stamp[1]
            kinds.append(("headline", line.start, start))
            kinds.append(("byline", start, end))
            meta.published = meta.published or fur.stamp_date(text[start:end])
            following = lines[at + 1].text if at + 1 < len(lines) else ""
            kind = "caption" if fur.credit_prefix(following) else "body"
            if kind == "body" and _caption_runs_on(lines, at):
                kind, caption_line = "caption", at + 1  # "... at the quay.\nThe crews are
                # angry ...\nPhotograph: Ola Berg/AP The mayor said ...": two lines of caption
            kinds.append((kind, end, line.end))
            continue
        if at == caption_line:
            kinds.append(("caption", line.start, line.end))
            continue
        captioned = fur.run_in_credit(line.text) if kind == "body" and body_seen == 1 else 0
        if captioned:  # "... leaves its berth Photograph: Ola Berg/AP The mayor said ...":
            kinds.append(("caption", line.start, line.start + captioned))  # caption, credit
            kinds.append(("body", line.start + captioned, line.end))
            continue
        opening = fur.opening_stamp(line.text) if kind == "body" and body_seen == 1 else 0
        if opening:  # "6 January 2011 Last updated at 17:03 GMT Help A US report ...": the stamp
            kinds.append(("byline", line.start, line.start + opening))
            meta.published = meta.published or fur.stamp_date(line.text[:opening])
            kinds.append(("body", line.start + opening, line.end))
            continue
        pulled = fur.pull_quote_end(line.text, opening=body_seen == 1) if kind == "body" else 0
        if pulled:  # 'Words" End Quote Ana Reyes Harbour Trust There is ...': a pull quote
            header = fur.opening_pull_quote_start(line.text) if body_seen == 1 else 0
            if header:  # "By Lena Dahl BBC News, Oslo Per Holm: 'We heard a crack' A ferry ..."
                kinds.append(("headline", line.start, line.start + header))
            kinds.append(("caption", line.start + header, line.start + pulled))
            kinds.append(("body", line.start + pulled, line.end))
            continue
        highlights = fur.lead_start(line.text) if kind == "body" and line.text.startswith(
            "* ") else 0
        if highlights:  # "* Firms cut costs * Causes systemic (Updates ...) WASHINGTON, Jan 5
            kinds.append(("headline", line.start, line.start + highlights))  # (Reuters) - BP"
            kinds.append(("body", line.start + highlights, line.end))
            continue
        repeated = fur.repeated_quote_end(line.text, text, line.start) if kind == "body" else 0
        if repeated:  # 'We need fuel ... the wounded The two governments ...': its words are
            kinds.append(("caption", line.start, line.start + repeated))  # said again below
            kinds.append(("body", line.start + repeated, line.end))
            continue
        clock = fur.clock_stamp(line.text) if live and kind == "body" else 0
        if clock:  # "1604 Adm Mike Mullen says ...": a live page's entry stamp
            kinds.append(("byline", line.start, line.start + clock))
            kinds.append(("body", line.start + clock, line.end))
            continue
        widget = fur.widget_prefix(line.text) if kind == "body" else 0
        if widget and fur.words(line.text[widget:]) <= _WIDGET_TAIL_WORDS:
            kinds.append(("related", line.start, line.end))  # "... NEXT Yahoo!": the portal's
            continue
        if widget:  # "BACK {current} of {total} NEXT Meanwhile, ...": a slideshow's buttons
            kinds.append(("related", line.start, line.start + widget))
        body = line.start + widget
        credit = fur.credit_prefix(line.text[widget:]) if kind == "body" else 0
        if credit:
            kinds.append(("caption", body, body + credit))
        kinds.append((kind, body + credit, line.end))

    if meta.genre is None and meta.wire is not None:
        meta.genre = "wire"
    meta.regions = _merge(kinds)
    return meta


def _over_credit(lines: list[_Line], at: int) -> bool:
    """Whether the page's first line of text stands over a photo's credit that opens the next
    line ("Oil on the water near the well head." / "Photograph: Ana Reyes/EPA Scientists have
    found ..."): the caption of the picture at the top of the page, or the headline, standfirst
    and caption run into one line, none of it news (a Guardian page's caption led a story's
    summary).  A line with the page's stamp in it is parted at the stamp
    (``fur.run_in_stamp``), and one with the credit inside it at the credit
    (``fur.run_in_credit``); after a caption already read (a gallery's "June 4: A crew ...")
    the line over the next credit is the news, whose picture comes after it."""
    following = lines[at + 1].text if at + 1 < len(lines) else ""
    line = lines[at].text
    return bool(fur.credit_prefix(following)) and fur.run_in_stamp(line) is None and \
        not fur.run_in_credit(line)


def _kicker(lines: list[_Line], i: int, known_title: str | None) -> bool:
    """A short section label ("Local", "World") just above a stated title."""
    if known_title is None or fur.words(lines[i].text) > _KICKER_MAX_WORDS:
        return False
    if lines[i].text.endswith((".", "?", "!")):
        return False
    following = lines[i + 1 : i + 3]
    return any(_fold(line.text) == _fold(known_title) for line in following)


def _headline(
    line: _Line,
    next_line: _Line,
    known_title: str | None,
    meta: TextMetadata,
    kinds: list[tuple[RegionKind, int, int]],
) -> bool:
    """Mark ``line`` as the headline (with any label glued before it); False if it is not one.

    A headline has no final full stop, except that some scrapes end every title with one: a
    short line ending in "." still counts when the next line opens with a dateline, or when
    it is written in title case, as no sentence of running text is.  A line the next one
    continues in lower case is the start of a hard-wrapped sentence ("Flood waters forced the
    closure of the Orlen bridge on Friday as the" | "river rose ..."), not a headline.
    """
    if next_line.text[:1].islower():
        return False
    text, start = line.text, line.start
    prefix = fur.label_prefix(text)
    label_genre = None
    if prefix is not None:
        taken, label_genre = prefix
        rest = text[taken:].lstrip()
        start = line.end - len(rest)
        label_end = line.start + len(text[:taken].rstrip())
        text = rest
    stopped = text.endswith(".") and not text.endswith("..")
    if not (
        _headline_like(text)
        or (
            stopped
            and _headline_like(text[:-1])
            and (fur.is_dateline_start(next_line.text) or _title_cased(text[:-1]))
        )
    ):
        return False
    if known_title is not None and _fold(text) != _fold(known_title):
        return False
    if prefix is not None:
        kinds.append(("label", line.start, label_end))
        meta.genre = meta.genre or label_genre
    kinds.append(("headline", start, line.end))
    meta.title = text
    return True


def _merge(kinds: list[tuple[RegionKind, int, int]]) -> list[Region]:
    """One region per run of lines of the same kind; headlines and mastheads stay single."""
    regions: list[Region] = []
    for kind, start, end in kinds:
        if regions and regions[-1].kind == kind and kind not in ("headline", "masthead"):
            regions[-1] = Region(kind, regions[-1].start, end)
        else:
            regions.append(Region(kind, start, end))
    return regions


def _caption_runs_on(lines: list[_Line], at: int) -> bool:
    """Whether the caption after a run-in stamp on line ``at`` runs on to the next line: the
    line after that opens on the photograph's credit, and the line between is a short
    sentence ("... Friday 28 May 2010 18.24 BST The mayor greets the crews.\nThe crews are
    angry at the offer.\nPhotograph: Ola Berg/AP The mayor said ...": 11 Guardian pages of
    news-timelines, whose captions' second lines were news)."""
    if at + 2 >= len(lines):
        return False
    between = lines[at + 1].text
    return (0 < fur.words(between) <= _CAPTION_LINE_MAX_WORDS
            and fur.credit_prefix(between) == 0 and fur.credit_prefix(lines[at + 2].text) > 0)
