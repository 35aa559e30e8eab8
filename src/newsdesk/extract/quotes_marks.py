"""Quotation stretches: where the text between double quotation marks lies.

Marks are paired per paragraph, because news never lets a quotation cross a line break without
reopening it; an opening mark left unclosed at the end of a paragraph (the multi-paragraph
quotation convention) runs to the paragraph's end.  Single quotes are ignored: inside double
quotes they are nested quotations, elsewhere "’" is far more often an apostrophe.
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

    @property
    def content(self) -> Span:
        return Span(self.open + 1, self.close)

    @property
    def end(self) -> int:
        """Offset just past the closing mark."""
        return self.close + 1 if self.closed else self.close

    def words(self, text: str) -> int:
        return len(_WORD.findall(text[self.open + 1 : self.close]))


def find_quotations(text: str, regions: list[Span]) -> list[Quotation]:
    """Every double-quoted stretch inside the given regions, in text order."""
    found: list[Quotation] = []
    for region in regions:
        pos = region.start
        for line in text[region.start : region.end].split("\n"):
            found.extend(_scan_line(line, pos))
            pos += len(line) + 1
    return sorted(found, key=lambda q: q.open)


def _scan_line(line: str, offset: int) -> list[Quotation]:
    found: list[Quotation] = []
    opened: int | None = None
    closer = ""
    for i, ch in enumerate(line):
        if opened is None:
            if ch in _CLOSER:
                opened, closer = i, _CLOSER[ch]
            continue
        if ch == closer:
            if i > opened + 1:
                found.append(Quotation(offset + opened, offset + i))
            opened = None
        elif ch in ("“", "«") and closer != '"':
            opened = i  # a stray opener: the earlier one was never closed
    if opened is not None:
        tail = line[opened + 1 :].rstrip()
        if tail.strip():
            found.append(Quotation(offset + opened, offset + opened + 1 + len(tail), False))
    return found
