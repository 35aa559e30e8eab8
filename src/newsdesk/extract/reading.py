"""One article as the later stages read it: the parse, its actors, times, and one mention index.

The actors stage names who is mentioned and where; the quotes and events stages then need to ask
the same questions of that answer ("which actor does this token belong to?", "who is 'he'
here?").  ``read`` builds the answer once per article, in the pipeline, and both stages read
it: one mention index (``mention_at``) and one reference resolver (``references``), so a
pronoun or a token means the same thing to every stage.  Nothing here is written after it is
built.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType

from spacy.tokens import Doc

from newsdesk.extract.actors import extract_actors
from newsdesk.extract.quote_titles import quoted_titles
from newsdesk.extract.quotes_marks import Quotation, find_quotations
from newsdesk.extract.references import References
from newsdesk.extract.times import extract_times
from newsdesk.model import Actor, Article, Mention, Quote, TimeExpr


@dataclass(frozen=True)
class Reading:
    doc: Doc
    article: Article
    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]  # as the actors stage gave them, in text order
    times: tuple[TimeExpr, ...]
    mention_at: Mapping[int, Mention]  # token index -> the first mention (with an actor) over it
    actor_by_id: Mapping[str, Actor]
    references: References

    @classmethod
    def of(
        cls,
        doc: Doc,
        article: Article,
        actors: Iterable[Actor],
        mentions: Iterable[Mention],
        times: Iterable[TimeExpr] = (),
    ) -> Reading:
        """A reading from stage outputs already at hand (tests and benchmarks build their own)."""
        actors, mentions = tuple(actors), tuple(mentions)
        mention_at = MappingProxyType(index_mentions(doc, mentions))
        return cls(doc, article, actors, mentions, tuple(times), mention_at,
                   MappingProxyType({a.id: a for a in actors}),
                   References(doc, actors, mentions, mention_at))

    @cached_property
    def quotations(self) -> tuple[Quotation, ...]:
        """The quotation marks' spans in the body, found once for every stage that reads them."""
        return tuple(find_quotations(self.article.text, self.article.body))

    @cached_property
    def titles(self) -> tuple[Quotation, ...]:
        """The quotations that are names, not words said ('told CBS's "Morning Watch"'): the
        quotes stage never takes them as speech, the stances stage never reads their words."""
        return tuple(quoted_titles(self.doc, self.article.text, self.quotations))


class QuotedReading:
    """An article's reading beside its quotes, for the stages that read a clause against what
    was said in it (claims, stances): the quotes that have content, and the dated time
    expressions in text order."""

    def __init__(self, reading: Reading, quotes: Sequence[Quote]) -> None:
        self.reading = reading
        self.doc = reading.doc
        self.text = reading.article.text
        self.quotes = [q for q in quotes if q.content]
        self.dates = sorted(
            (t for t in reading.times if t.dates), key=lambda t: t.start
        )


def read(doc: Doc, article: Article) -> Reading:
    """The actors and times of a parsed article, and the index both later stages share."""
    actors, mentions = extract_actors(doc, article)
    return Reading.of(doc, article, actors, mentions, extract_times(doc, article))


def index_mentions(doc: Doc, mentions: Iterable[Mention]) -> dict[int, Mention]:
    """Token index -> mention covering it; where mentions overlap, the one starting first."""
    found: dict[int, Mention] = {}
    for mention in sorted((m for m in mentions if m.actor), key=lambda m: (m.start, m.end)):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            found.setdefault(token.i, mention)
    return found
