"""Text from articles and file names made safe to print on a terminal.

A title, an outlet or a file name is data from outside: a byte such as ESC (``\\x1b``) would
reach the terminal as the start of an escape sequence (colours, cursor moves, a window title,
on some terminals a clipboard write).  Control characters are dropped where such text is
printed; tabs and line breaks are kept where the output has lines of its own.
"""

from __future__ import annotations

import re

# C0 controls but tab and line feed, DEL, and C1 controls (U+0085 and the 8-bit CSI U+009B
# among them).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")


def printable(text: str) -> str:
    """``text`` without control characters (tab and line feed kept)."""
    return _CONTROL.sub("", text)


def one_line(text: str) -> str:
    """``printable`` on one line: any run of white space becomes one space."""
    return _SPACES.sub(" ", printable(text)).strip()
