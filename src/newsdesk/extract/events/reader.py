"""Acts addressed to the reader: "the programme would like to invite you to have your say",
"we welcome your comments on the film".

Outside quotation marks the second person is the one reading the page: an outlet inviting,
thanking or welcoming its readers is no event between the parties PLOVER's events are between
(who acts is the publisher, whom it is aimed at nobody the story is about).  The predicate's
object says it: "you" itself, or what is the reader's ("your comments", "your views").  Inside
quotation marks "you" is whom the speaker addresses ("'we will invite you to the talks,' the
minister told his counterpart") and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.extract.events.clauses import objects_of
from newsdesk.extract.events.participants import quoted_words

# the second person, as the object itself or its possessor
_YOU = frozenset({"you"})
_YOUR = frozenset({"your", "yours"})


def _the_readers(noun: Token) -> bool:
    """"you", or a noun the reader owns ("your comments")."""
    if noun.lower_ in _YOU:
        return True
    return any(c.dep_ == "poss" and c.lower_ in _YOUR for c in noun.children)


def addresses_reader(token: Token) -> bool:
    """Whether the predicate ``token`` is aimed at the reader: its object is the second person
    or the reader's, outside quotation marks."""
    readers = [o for o in objects_of(token) if _the_readers(o)]
    if not readers:
        return False
    inside = quoted_words(token.sent)
    return all(o.i not in inside for o in readers)
