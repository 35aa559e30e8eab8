"""Headlines in title case, shown to the parser in the case of running text.

The tagger reads capitals as names: in "Glenn Beck Blasts Drudge for Mocking His Fast" or
"EXPERTS DOWNPLAY PLANNED LAUNCH" every capitalised word is a proper noun, so the headline's
verb is no verb, its subject no subject, and what the headline attributes ("X praises Y", "X
endorses Y") is lost to every stage after the parse.  A line whose words of four letters or
more all begin with a capital is shown to the parser with each capitalised word in the case
the article's own running text gives it: lower case where the body writes it so more often
than with a capital ("praises", "terror", "supporter"), kept where the body capitalises it
("Trump", "Beck", "Korea"), and for a word the body never uses, lower case when the
lemmatizer knows it as an English word (a name it does not know keeps its capital).  A line's
first word, and the first after a colon or an opening quotation mark, keep their capital;
"I" always does.  The view has the very same length, so every offset is the text's, and the
``Doc`` handed on keeps the article's own words (``annotate._with_text``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
# Where a capital says nothing of the word: a sentence's or a quotation's start.
_OPENERS = frozenset(".!?:\"“‘'—-(")
_KEEP_AFTER = (":", "‘", "“", "'", '"', ".")


def title_line(line: str) -> bool:
    """Every word of four letters or more begins with a capital (two such words at least)."""
    words = [w for w in _WORD.findall(line) if len(w) >= 4]
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def _body_cases(lines: list[str]) -> tuple[Counter[str], Counter[str]]:
    """How often each word is written in lower case, and with a capital, inside a sentence of
    the running text (title lines and sentence or quotation openings left out)."""
    low: Counter[str] = Counter()
    cap: Counter[str] = Counter()
    for line in lines:
        if title_line(line):
            continue
        for m in _WORD.finditer(line):
            before = line[: m.start()].rstrip()
            if not before or before[-1] in _OPENERS:
                continue
            word = m.group()
            if word.islower():
                low[word] += 1
            elif word[0].isupper():
                cap[word.lower()] += 1
    return low, cap


def view(text: str, known: Callable[[str], bool]) -> str:
    """``text`` with its title-case lines in running case (same length; ``text`` itself when
    it has none)."""
    lines = text.split("\n")
    if not any(title_line(line) for line in lines):
        return text
    low, cap = _body_cases(lines)
    out: list[str] = []
    for line in lines:
        if not title_line(line) or _wire_lead(line):
            out.append(line)
            continue
        chars = list(line)
        for k, m in enumerate(_WORD.finditer(line)):
            word = m.group()
            lower = word.lower()
            if not word[0].isupper() or lower == "i" or lower.startswith(("i’", "i'")):
                continue
            if not (low[lower] > cap[lower] or (not cap[lower] and not low[lower]
                                                and known(lower))):
                continue
            if k == 0 or line[: m.start()].rstrip()[-1:] in _KEEP_AFTER:
                # An opening keeps its capital; an opening in capitals ("EXPERTS") its first.
                if word.isupper() and len(word) > 1 and line[m.end() : m.end() + 1] != ".":
                    chars[m.start() + 1 : m.end()] = word[1:].lower()
                continue
            chars[m.start() : m.end()] = lower
        out.append("".join(chars))
    return "\n".join(out)


def _wire_lead(line: str) -> bool:
    """A wire story's first line, its place, stamp and dateline before the news ("LONDON | Thu
    May 27, 2010 9:48 am EDT LONDON (Reuters) - BP's (BP."): running text, whose capitals are
    the furniture's; in running case "Thu may 27" and "london (Reuters)" hid the furniture from
    the rules that end it, and the news ran on from "LONDON |"."""
    from newsdesk.ingest.furniture import lead_start

    return lead_start(line) > 0
