"""One heading per anonymous source within an article: the chain of descriptions a writer uses
for the same unnamed people, read off the quote records.

A news story introduces its unnamed sources once and then refers back to them: "several people
with knowledge of the shift" → "These people said" → "They said" → "the people with knowledge
of the Iranian hierarchy's thinking said" → "those who spoke about it said".  Each speaker span
stays as written (that is what the article says and what PolNeAR scores); the briefing shows
them under the description that introduced them, so one source is one heading.

The rule is the writer's: an unresolved speaker that refers back (a plural pronoun, a phrase
opened by "the", "these" or "those" that shares a word with it, or one that leans on an
earlier "it") continues the latest unresolved group speaker before it in the same article;
"one of them" (or "two of those") is one of that group and goes under its heading too;
any other unresolved speaker ("Iranian officials", "one person who attended the meeting")
introduces a source of its own, which later speakers can refer back to when it describes
several people.
A speaker resolved to an actor in between ends the chain for a bare "they", which may now
stand for that actor.  Two descriptions with the same words in another order ("Iranian analysts
and politicians", "Iranian politicians and analysts") are one source.
"""

from __future__ import annotations

import re

from newsdesk.knowledge import grammar
from newsdesk.model import Quote

_BACK_OPENERS = frozenset({"the", "these", "those", "they", "them"})
_LEANING = frozenset({"it", "this", "that", "them"})
# Words that open a description introducing someone new ("one person who attended it").
_INTRODUCERS = frozenset(
    {"a", "an", "one", "two", "three", "four", "several", "some", "many", "few", "other",
     "another", "more", "most"}
)
_PARTITIVE_OF = frozenset({"them", "these", "those"})
_GROUP_NOUNS = frozenset({"people", "person", "persons", "others", "another"})
_WORD = re.compile(r"[\w’']+")


def shown_speaker(text: str) -> str:
    """A speaker span as a reader should see it: without the relative pronoun a description
    runs on to ("the star journalist, who" → "the star journalist"; PolNeAR marks "who")."""
    words = text.split()
    if len(words) > 1 and words[-1].lower() in grammar.RELATIVE_PRONOUNS:
        return " ".join(words[:-1]).rstrip(",;—– ")
    return " ".join(words)


def described_speaker(quote: Quote) -> str | None:
    """The description a he/she speaker stands for, where the text's antecedent is someone
    not named ("according to one oil analyst ...: “...,” he added" → "one oil analyst"): the
    referent recorded at the speaker's own offsets (``quote_referents.speaker_referent``)."""
    speaker = quote.speaker
    if speaker is None or speaker.actor is not None:
        return None
    for ref in quote.referents:
        if ref.start == speaker.start and ref.end == speaker.end and not ref.actors:
            return ref.referent
    return None


def group_headings(quotes: list[Quote]) -> dict[int, str]:
    """Index in ``quotes`` (one article's) → the description that introduced its speaker, for
    every quote whose unresolved speaker belongs to an anonymous or group source."""
    order = sorted((q.speaker.start, i, q.speaker) for i, q in enumerate(quotes) if q.speaker)
    headings: dict[int, str] = {}
    seen: dict[tuple[str, ...], str] = {}
    current: str | None = None
    interrupted = False
    for _start, i, speaker in order:
        if speaker.actor is not None:
            # "they" cannot be one person, but may be an organisation or country named since.
            interrupted = interrupted or (current is not None and not speaker.actor.startswith(
                "person:"
            ))
            continue
        words = [w.lower() for w in _WORD.findall(shown_speaker(speaker.text))]
        if not words:
            continue
        bare = len(words) == 1 and words[0] in grammar.PLURAL_PRONOUNS
        # "Fund managers said ... “...,” one of them said": one of the group, under its heading
        bare = bare or (len(words) == 3 and words[1] == "of" and words[2] in _PARTITIVE_OF
                        and (words[0] in _INTRODUCERS or words[0].isdigit()))
        if words[0] in grammar.PERSON_PRONOUNS or (len(words) == 1 and not bare and not (
                _group(words) and words[0] not in grammar.STOP_WORDS)):
            continue  # "he", "some": a person or a quantifier, not a group to introduce
            # ("officials", one plural noun, is one: "a move officials said ... , they said")
        shared = current is not None and bool(
            _content(words) & _content([w.lower() for w in _WORD.findall(current)])
        )
        refers_back = bare or (words[0] not in _INTRODUCERS and not words[0].isdigit() and (
            bool(_LEANING & set(words[1:])) or (words[0] in _BACK_OPENERS and shared)
        ))
        if refers_back and current is not None and not (bare and interrupted):
            headings[i] = current
            continue
        if bare:
            continue
        key = tuple(sorted(words))
        heading = seen.setdefault(key, shown_speaker(speaker.text))
        headings[i] = heading
        if _group(words):
            current, interrupted = heading, False
    return headings


def _content(words: list[str]) -> set[str]:
    return {w for w in words if w not in grammar.STOP_WORDS and w not in _LEANING}


def _group(words: list[str]) -> bool:
    """A description of several people: "people", or a plural noun ("officials", "analysts");
    "The 'maximum pressure' campaign" is no group a later "they" can stand for."""
    return any(
        w in _GROUP_NOUNS or (len(w) > 3 and w.endswith("s") and not w.endswith(("'s", "’s")))
        for w in words
    )
