"""Quotation stretches: where the text between double quotation marks lies.

Marks are paired per paragraph, because news never lets a quotation cross a line break without
reopening it; an opening mark left unclosed at the end of a paragraph (the multi-paragraph
quotation convention) runs to the paragraph's end.  Single quotes are ignored: inside double
quotes they are nested quotations, elsewhere "’" is far more often an apostrophe.  Two
apostrophes are one double mark, opening and closing alike: the typewriter convention some
papers keep (the New York Times in PolNeAR: "''Not at all,'' she said.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.model import Span

_CLOSER = {"“": "”", "«": "»", "„": "“", '"': '"'}
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Quotation:
    """One quoted stretch: ``open`` is the opening mark's offset, ``close`` the closing mark's.

    For an unclosed stretch ``close`` is the end of its paragraph text (no mark there).
    """

    open: int
    close: int
    closed: bool = True
    width: int = 1  # each mark's length: 2 for a typewriter's "''"

    @property
    def content(self) -> Span:
        return Span(self.open + self.width, self.close)

    @property
    def end(self) -> int:
        """Offset just past the closing mark."""
        return self.close + self.width if self.closed else self.close

    def words(self, text: str) -> int:
        return len(_WORD.findall(text[self.open + self.width : self.close]))


def find_quotations(text: str, regions: list[Span]) -> list[Quotation]:
    """Every double-quoted stretch inside the given regions, in text order."""
    found: list[Quotation] = []
    for region in regions:
        pos = region.start
        for line in text[region.start : region.end].split("\n"):
            carried = found[-1] if found and not found[-1].closed and \
                found[-1].close == pos - 1 else None
            close = _continued_close(line) if carried is not None else None
            if carried is not None and close is not None:
                found[-1] = Quotation(carried.open, pos + close, True, carried.width)
                found.extend(_scan_line(line[close + 1 :], pos + close + 1))
            else:
                found.extend(_scan_line(line, pos))
            pos += len(line) + 1
    return sorted(found, key=lambda q: q.open)


def _continued_close(line: str) -> int | None:
    """Where a quotation left open on the line before closes on this one, for a scrape that
    sets each sentence on a line of its own: '"The best outcome: the dike holds tonight.' /
    'The worst: this water could stay for weeks," the minister said ...'.  The line's first
    mark is shaped as a closer and not as an opener (right after a word or a stop, then a
    space, a stop or the line's end), so it closes the open quotation; read alone, it opened
    one, and the minister's words were the frame of "the minister said ..." quoted."""
    for i, ch in enumerate(line):
        if ch in _CLOSER or ch == "”":
            if ch in ('"', "”") and not line.startswith(_TWO, i) and \
                    _closing_shape(line, i) and not _opening_shape(line, i):
                return i
            return None
    return None


_TWO = "''"
# Double marks a careless page mixes: “...", "...”, “...“ (a closer typed as an opener).
_MIXED = frozenset({"“", "”", '"'})


def _closing_shape(line: str, i: int) -> bool:
    """A mark shaped as a closer: right after a word or a stop, then a space, a stop or the
    line's end ("...,“ said Noble")."""
    return i > 0 and not line[i - 1].isspace() and (
        i + 1 == len(line) or line[i + 1].isspace() or line[i + 1] in ".,;:!?)—"
    )


def _opening_shape(line: str, i: int) -> bool:
    """A mark shaped as an opener: at the line's start or after a space or a bracket, before
    a word."""
    return (i == 0 or line[i - 1].isspace() or line[i - 1] in "([—") and (
        i + 1 < len(line) and not line[i + 1].isspace()
    )


def _scan_line(line: str, offset: int) -> list[Quotation]:
    found: list[Quotation] = []
    opened: int | None = None
    closer = ""
    width = 1
    nested = 0
    i = 0
    while i < len(line):
        ch = line[i]
        two = line.startswith(_TWO, i)  # a typewriter's '' opens and closes as '"' does
        if opened is None:
            if two:
                opened, closer, width = i, _TWO, 2
                i += 2
                continue
            if ch in _CLOSER:
                opened, closer, width = i, _CLOSER[ch], 1
            elif ch == "”" and _opening_shape(line, i):
                opened, closer, width = i, ch, 1  # "”get close to ...”": a closer for an opener
        elif ch in _MIXED and ch not in (closer, line[opened]) and closer in _MIXED and (
            _opening_shape(line, i)
        ):
            nested += 1  # '"... about “Equal Justice” anymore': a quotation inside
        elif ch in _MIXED and ch != closer and closer in _MIXED and nested:
            nested -= 1
        elif (two and closer == _TWO) or ch == closer or (
            ch in _MIXED and closer in _MIXED and _closing_shape(line, i)
        ):
            nested = 0
            if i > opened + width:
                found.append(Quotation(offset + opened, offset + i, width=width))
            opened = None
            i += width
            continue
        elif ch in ("“", "«") and closer not in ('"', _TWO):
            opened = i  # a stray opener: the earlier one was never closed
        i += 1
    if opened is not None:
        tail = line[opened + width :].rstrip()
        if tail.strip():
            found.append(
                Quotation(offset + opened, offset + opened + width + len(tail), False, width)
            )
    return found
