"""Shorter versions of a summary sentence: a trailing attribution or adjunct cut off.

A 100-word summary spends a fifth of its words on what a reader of the summary does not need:
the attribution of a reported fact (", officials said on Tuesday."), a non-restrictive
relative clause (", which ...") or a participial adjunct (", adding that ...") at the end.
Extractive summarisers with sentence compression delete exactly these subtrees before or
while choosing (Berg-Kirkpatrick, Gillick and Klein 2011, "Jointly Learning to Extract and
Compress": attributions, relative clauses, appositives, parentheticals; Gillick and Favre
2009 compress inside the same concept ILP), and let the solver take a sentence whole or
shortened, whichever covers more within the budget.

Here a cut is only ever at a comma followed by such an ending, so the shortened sentence is a
prefix of the original: a citation (start, end) still points at exactly the text shown,
which then ends without its final stop.  Nothing is parsed: the endings are recognised by
their first words, which in edited news are few.
"""

from __future__ import annotations

import re

from newsdesk.knowledge.grammar import QUOTE_VERBS, RELATIVE_PRONOUNS

# The forms of the verbs of saying an attribution ends a sentence with ("..., BP said.").
_SAYING = frozenset(
    form
    for verb in QUOTE_VERBS
    for form in (
        verb + "s",
        verb + "es",
        verb[:-1] + "ied" if verb.endswith("y") else verb + ("d" if verb.endswith("e") else "ed"),
    )
) | {"said", "says", "told", "wrote", "according"}
# Words after the verb that still belong to the attribution ("said on Tuesday", "told
# reporters in Houston", "said in a statement"); anything else is a clause of its own.
_AFTER = frozenset(
    "on in at to a an the this last late early earlier later yesterday today tonight "
    "monday tuesday wednesday thursday friday saturday sunday reporters statement interview "
    "news conference briefing email e-mail phone telephone call week month morning afternoon "
    "evening night".split()
)
# Words that make the part before the verb a clause of its own, not an attribution's subject
# ("..., and officials said it would ...": the cut would drop a fact).
_NOT_SUBJECT = frozenset("and but or because while although though if when as so that".split())
MAX_ATTRIBUTION = 12  # words of a trailing attribution, verb and its adjuncts included
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*")
_CLOSE = ".!\"'”’ "


def _words(text: str) -> list[str]:
    return [w.lower().rstrip(".") for w in _WORD.findall(text)]


def _attribution(tail: str) -> bool:
    """``tail`` (after the comma, to the sentence's end) is "SUBJECT said [ADJUNCTS]" or
    "according to SOURCE"."""
    words = _words(tail)
    if not words or len(tail.split()) > MAX_ATTRIBUTION or any(c in tail for c in "\"“”,;:"):
        return False
    if words[0] == "according":
        return len(words) > 1 and words[1] == "to"
    if "," in tail:
        return False
    for i, word in enumerate(words):
        if word in _SAYING and word != "according":
            before, after = words[:i], words[i + 1 :]
            return (
                0 < len(before) <= 8
                and not _NOT_SUBJECT & set(before)
                and all(w in _AFTER or w[:1].isdigit() for w in after)
            )
    return False


def _adjunct(tail: str) -> bool:
    """``tail`` is a non-restrictive relative clause (", which ...", ", who ...") or a
    participial adjunct (", adding that ...", ", raising fears ..."), perhaps followed by an
    attribution, to the sentence's end.  A clause that a comma closes before more of the
    sentence ("Ms. Reyes, who leads the board, said ...") is not at the end: cut there, the
    sentence would lose its verb."""
    first = tail.split()[0] if tail.split() else ""
    if not first.isalpha() or not first.islower():
        return False
    if not (
        first in RELATIVE_PRONOUNS - {"that"}
        or first in {"whose", "where"}
        or (first.endswith("ing") and len(first) > 5)
    ):
        return False
    _clause, comma, rest = tail.partition(",")
    return not comma or _attribution(rest.strip())


KINDS = ("attribution", "adjunct")


def cuts(text: str, kinds: tuple[str, ...] = KINDS) -> list[int]:
    """Offsets in ``text`` where a shorter sentence may end: before a comma that opens a
    trailing attribution or adjunct (``kinds``).  Longest shortened version first."""
    if not text.rstrip("\"'”’ ").endswith((".", "!")):
        return []  # a question, a headline, a sentence cut short
    found = []
    for match in re.finditer(r",\s+", text):
        tail = text[match.end() :].rstrip(_CLOSE)
        if ("attribution" in kinds and _attribution(tail)) or (
            "adjunct" in kinds and _adjunct(tail)
        ):
            found.append(match.start())
    return sorted(found, reverse=True)
