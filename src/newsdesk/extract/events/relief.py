"""Relief workers and bodies as doers: whose travel and mobilising is humanitarian aid.

The PLOVER manual's MOBILIZE raises military or police readiness, and its CONSULT visit is a
meeting with the host; AID includes "humanitarian aid such as emergency assistance".  Disaster
coverage tells the relief itself with the verbs of those two types: "a search and rescue team
flew to the island", "aid workers from three charities travelled to Sudan", "charities are
scrambling to get food to the region", "the Red Cross was mobilising stocks of blankets".  The
doer says which it is: a phrase marked as relief by one of its words (``plover.RELIEF_WORDS``:
"rescue", "aid", "charities") or naming a humanitarian body we know
(``organisations.json``, ``"relief": true``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from newsdesk.extract.events.clauses import subjects_of
from newsdesk.knowledge import geo, plover, roles

_RELIEF = plover.RELIEF_WORDS
# what describes a noun inside its own phrase ("search and rescue team", "Red Cross")
_MODIFIERS = frozenset({"compound", "amod", "nmod", "conj"})
# "a team of aid workers from Oxfam": the members and where they come from
_MEMBERSHIP = frozenset({"of", "from"})


def _phrase(token: Token, depth: int = 0) -> Iterator[Token]:
    """The words of the noun phrase ``token`` heads that say what it is: its modifiers, and
    the members or source its "of" and "from" complements name (two levels deep); not its
    relative clauses or appositions, which tell something else of it."""
    yield token
    for child in token.children:
        if child.dep_ in _MODIFIERS:
            yield from _phrase(child, depth)
        elif child.dep_ == "prep" and child.lower_ in _MEMBERSHIP and depth < 2:
            for noun in child.children:
                if noun.dep_ == "pobj":
                    yield from _phrase(noun, depth + 1)


def _names_relief_body(token: Token) -> bool:
    """Whether ``token`` with the compounds before it names a humanitarian body we know
    ("Red Cross", "UNICEF")."""
    words = [c for c in token.children if c.dep_ == "compound" and c.i < token.i] + [token]
    found = geo.organisation(" ".join(t.text for t in words))
    return found is not None and found.relief


def relief_doer(head: Token) -> bool:
    """Whether the doer of the predicate ``head`` is relief workers or a relief body: a
    subject phrase with one of the relief words or naming a humanitarian organisation.  A
    single person is not ("the UN aid chief flew to Sudan": an official's trip is a visit)."""
    return any(relief_phrase(subject) for subject in subjects_of(head))


def relief_phrase(noun: Token) -> bool:
    """Whether the noun phrase ``noun`` heads names relief workers or a relief body ("Red
    Cross aid convoys", "aid workers from three charities"); a single person does not."""
    if noun.tag_ == "NN" and noun.lemma_.lower() in roles.PERSON_NOUNS:
        return False
    return any(token.lemma_.lower() in _RELIEF or token.lower_ in _RELIEF or (
        token.pos_ == "PROPN" and _names_relief_body(token)) for token in _phrase(noun))
