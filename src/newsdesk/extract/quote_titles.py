"""Quoted titles: a programme, paper or company name in quotation marks is a name, not words said.

News marks a programme's or a publication's title with the same marks as speech: 'told CBS's
"Morning Watch" that ...', 'appeared on NBC's "Meet the Voters"', 'refers to "Western Rail
Holdings"'.  Read as speech, the title became the quote ("told: Morning Watch"), its words
became acts ("Meet" a position for meeting), and its closing mark cut the real content.

A quotation is a title when its words are a name's: two to six words, the first and every
word of four letters or more capitalised ("Face the Nation", "Meet the Press"), and it stands
where a name does, right after a possessive ("CBS's"), a preposition ("on", "to") or a verb
that addresses someone ("told") in the middle of a sentence.  Speech in title case is rare and
short ("Absolutely,"), and a quotation that opens its sentence or follows a colon is never
taken for a title.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from newsdesk.extract.quotes_marks import Quotation
from newsdesk.knowledge import grammar
from newsdesk.model import Span

_WORD = re.compile(r"[^\W\d_][\w'’&.-]*")
_MIN_WORDS, _MAX_WORDS = 2, 6
_LONG = 4  # a word this long is a content word, capitalised in a title
# What may stand between a content's start and a title: marks, or an owner's possessive
# ("CBS's ", "NBC television's ").
_OWNER = re.compile(r"[\s\"“”']*(?:[\w.&-]+ ){0,3}[\w.&-]+(?:'s|’s|'|’) *[\"“”']?")
_NAME_SLOT_TAGS = frozenset({"POS"})  # the possessive "'s" / "'"


def _title_case(words: list[str]) -> bool:
    """'Meet the Press', 'British Petroleum': first and every long word capitalised."""
    if not _MIN_WORDS <= len(words) <= _MAX_WORDS or not words[0][0].isupper():
        return False
    return all(w[0].isupper() for w in words if len(w) >= _LONG)


def _before(doc: Doc, starts: list[int], char: int) -> Token | None:
    """The last token that starts before ``char``, skipping quotation marks."""
    i = bisect_left(starts, char) - 1
    while i >= 0 and doc[i].is_quote:
        i -= 1
    return doc[i] if i >= 0 else None


def _name_slot(token: Token | None) -> bool:
    """A place where a name stands: after "CBS's", "on", "to" or a verb addressing someone
    ("told"), mid-sentence.  A quotation after a colon or opening its sentence is speech, and
    so is one after another verb: 'singing "It's Our Time"' gives the words sung."""
    if token is None:
        return False
    return token.tag_ in _NAME_SLOT_TAGS or token.pos_ == "ADP" or (
        token.pos_ == "VERB" and token.lemma_.lower() in grammar.ADDRESSING_VERBS
    )


def quoted_titles(doc: Doc, text: str, quotations: Sequence[Quotation]) -> list[Quotation]:
    """The quotations that are titles or names, not speech (see the module's docstring)."""
    starts = [t.idx for t in doc]
    found: list[Quotation] = []
    for quotation in quotations:
        body = text[quotation.content.start : quotation.content.end].rstrip(" ,.")
        if not quotation.closed or any(stop in body for stop in ".!?;:"):
            continue
        if _title_case(_WORD.findall(body)) and _name_slot(_before(doc, starts, quotation.open)):
            found.append(quotation)
    return found


def _leads_to(text: str, start: int, title: Quotation) -> bool:
    """The content opens with the title, or with the outlet's possessive before it: 'told
    CBS's "Face the Voters" that ...' hangs "CBS's" and the title on the cue."""
    if title.open <= start < title.end:
        return True
    return start < title.open and _OWNER.fullmatch(text[start : title.open]) is not None


def _clause_start(doc: Doc, start: int, end: int) -> int | None:
    """Where the words said begin after a title: at a "that" before any verb ('... on Sunday
    that the firm would pay'), else where they are; None when no verb is left ('refers to
    "Western Rail Holdings" in its filing' said nothing)."""
    words = doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return None
    for token in words:
        if token.lower_ == "that" and token.dep_ == "mark":
            return token.idx
        if token.pos_ in ("VERB", "AUX"):
            return start
    return None


def _that_clause(doc: Doc, end: int) -> Span | None:
    """The clause a content cut at a title's end leaves out: 'told CBS's "Face the Voters"
    that the firm would pay' parses the title as what was told; the "that" clause after it is
    what was said."""
    following = doc.char_span(end, len(doc.text), alignment_mode="expand")
    if following is None:
        return None
    first = next((t for t in following if not t.is_quote and not t.is_space), None)
    if first is None or first.lower_ != "that" or first.dep_ != "mark":
        return None
    last = first.head.right_edge
    while last.i > first.i and last.is_punct:
        last = doc[last.i - 1]
    return Span(first.idx, last.idx + len(last))


def past_titles(doc: Doc, text: str, content: list[Span],
                titles: Sequence[Quotation]) -> list[Span] | None:
    """The content with a title at its start left out, or None when no clause is left.

    'told "Meet the Voters" that he backed the bill': the parse hangs the title on the cue
    and the content opens with it; the words said start after it.
    """
    kept: list[Span] = []
    for span in content:
        start = span.start
        for title in titles:
            if _leads_to(text, start, title):
                start = title.end
        while start < span.end and text[start] in " ,":
            start += 1
        if start >= span.end:
            after = _that_clause(doc, span.end)
            if after is not None:
                kept.append(after)
            continue
        if start != span.start:
            found = _clause_start(doc, start, span.end)
            if found is None:
                continue
            start = found
        kept.append(Span(start, span.end))
    return kept or None
