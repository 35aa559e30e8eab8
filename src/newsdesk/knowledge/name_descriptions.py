"""Nouns that describe the name right after them, one home for ``annotate`` and the summary.

A scraped page's first line may run its headline or caption and its lead together with no stop
("... raised to the surface BP has replaced a damaged blowout preventer ..."); a name after a
noun in lower case opens the lead there.  Not after a noun that describes the name ("oil giant
BP", "film star Kevin Costner", "the drilling company Transocean", "Kent firefighter Malcolm
Cowie"), which is the end of the name's own noun phrase, nor after a noun of time, place,
manner or reason, which takes a relative clause with no "that" and no gap ("the moment Haiti
was shaken").
"""

from __future__ import annotations

from newsdesk.knowledge import grammar, lexicon, roles

# The fewest words of a headline or caption before a lead glued onto it on a page's first line
# (``annotate`` parts them there, and the summary's ``mend`` keeps them parted).
HEADER_WORDS_LEAST = 4


def describes_a_name(word: str) -> bool:
    """Whether a noun in lower case before a name describes it: a person, title or
    organisation noun, an agent noun in the singular, or ``grammar.DESCRIPTION_HEADS``."""
    low = word.lower()
    return low in roles.PERSON_NOUNS or low in roles.TITLE_WORDS or \
        low in lexicon.ORGANISATION_NOUNS or low in grammar.DESCRIPTION_HEADS or \
        low.endswith(grammar.GLUED_SUBJECT_AGENT_ENDINGS)


def opens_a_bare_relative(word: str) -> bool:
    """Whether a noun takes a relative clause with no "that" and no gap ("the day BP
    announced its loss"): ``grammar.BARE_RELATIVE_HEADS``."""
    return word.lower() in grammar.BARE_RELATIVE_HEADS
