"""The per-article stages in order, for one article or many (in batches or processes).

``process`` is a pure function of one article and its parse, so the same code runs in a loop,
behind ``nlp.pipe`` (``process_many``) or inside a Spark task.  Articles that are not English are
kept with their language and a flag, never parsed as English.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from newsdesk import annotate
from newsdesk.extract.claims import extract_claims
from newsdesk.extract.events import code_events
from newsdesk.extract.quotes import extract_quotes
from newsdesk.extract.reading import read
from newsdesk.extract.stances import extract_stances
from newsdesk.ingest.errors import InputError
from newsdesk.ingest.furniture import caps_heading, lead_only
from newsdesk.model import Actor, Article, Extraction, Mention, Span
from newsdesk.parallel import map_ordered

SUPPORTED_LANGUAGES = frozenset({"en"})

def is_parseable(article: Article) -> bool:
    """English, or unknown (too short to tell): both go through the English pipeline."""
    return article.language is None or article.language in SUPPORTED_LANGUAGES


def not_parsed(article: Article) -> Extraction:
    return Extraction(
        article=article,
        flags=[f"language {article.language}: stored, not parsed (only English is supported)"],
    )


def merge_actors(
    text: str, actors: Iterable[Actor], mentions: Iterable[Mention], extra: Iterable[Actor]
) -> tuple[list[Actor], list[Mention]]:
    """The actors stage's actors with the events stage's: the unnamed groups events found
    ("Israeli troops"), and countries they learned.

    A known actor only gains a country (or sector) it lacked, as a new record; a new group
    brings its mentions along.  Neither input is changed.
    """
    by_id = {a.id: a for a in actors}
    merged = list(mentions)
    for actor in extra:
        known = by_id.get(actor.id)
        if known is not None:
            by_id[actor.id] = replace(
                known, country=known.country or actor.country, sector=known.sector or actor.sector
            )
            continue
        by_id[actor.id] = actor
        merged += [
            Mention(s.start, s.end, text[s.start : s.end], actor.kind, actor.id)
            for s in actor.mentions
        ]
    return sorted(by_id.values(), key=lambda a: a.id), sorted(
        merged, key=lambda m: (m.start, m.end)
    )


def trimmed(text: str, start: int, end: int) -> Span:
    """A sentence without the white space spaCy leaves around it (a file's final newline)."""
    piece = text[start:end]
    return Span(start + len(piece) - len(piece.lstrip()), end - len(piece) + len(piece.rstrip()))


def process(article: Article, doc: Doc) -> Extraction:
    """Every per-article stage over one parsed article."""
    reading = read(doc, article)  # the actors and times, one mention index for the rest
    quotes = extract_quotes(reading)
    coded = code_events(reading)
    actors, mentions = merge_actors(article.text, reading.actors, reading.mentions, coded.actors)
    sentences = [
        span
        for span in (trimmed(article.text, s.start_char, s.end_char) for s in doc.sents)
        if span.start < span.end and article.in_body(span.start, span.end)
        and not lead_only(article.text[span.start : span.end])
        and not caps_heading(article.text[span.start : span.end])
    ]
    return Extraction(
        article,
        actors,
        mentions,
        quotes,
        list(reading.times),
        coded.events,
        sentences,
        claims=extract_claims(reading, quotes),
        stances=extract_stances(reading, quotes),
    )


@dataclass(frozen=True)
class Failure:
    """An article a stage could not handle: reported, not stored, and the others go on."""

    article: Article
    reason: str

    def as_error(self) -> InputError:
        """The one line every caller reports: ``path: extraction failed (Type: message)``."""
        where = self.article.path or self.article.id
        return InputError(where, f"extraction failed ({self.reason})")


def process_article(article: Article, doc: Doc | None = None) -> Extraction | Failure:
    """One article from text to extraction: the unit a worker process or a Spark task runs.

    A stage that raises on one article's text yields a Failure for that article instead of
    stopping the run (a bug met on real text must cost one article, not a whole ingest).
    """
    try:
        if not is_parseable(article):
            return not_parsed(article)
        return process(article, doc if doc is not None else annotate.parse(article.text))
    except Exception as error:
        return Failure(article, f"{type(error).__name__}: {error}")


def process_batch(articles: list[Article]) -> list[Extraction | Failure]:
    """A few articles parsed together, then extracted one by one.

    One ``nlp.pipe`` call over several texts costs about a fifth less CPU than a call per
    article (the network layers work on larger matrices), so batches, not articles, are the
    unit a worker runs.  If the batched parse itself raises, each article is parsed alone so
    the failure costs only the article that caused it.
    """
    parseable = [i for i, a in enumerate(articles) if is_parseable(a)]
    try:
        parsed = annotate.parse_many([articles[i].text for i in parseable], len(parseable) or 1)
        docs: dict[int, Doc] = dict(zip(parseable, parsed, strict=True))
    except Exception:
        docs = {}
    return [process_article(a, docs.get(i)) for i, a in enumerate(articles)]


def process_each(
    articles: Iterable[Article], processes: int | None = None
) -> Iterator[Extraction | Failure]:
    """Every article's extraction or failure, in input order; non-English skip the parser.

    Batches of articles go through ``process_batch`` in this process, or over forked workers
    when ``processes`` (or NEWSDESK_PROCESSES) asks for more than one.
    """
    for results in map_ordered(process_batch, annotate.batches(articles), processes):
        yield from results


def process_many(articles: Iterable[Article], processes: int | None = None) -> Iterator[Extraction]:
    """Like ``process_each``, for callers that want every article or an exception."""
    for item in process_each(articles, processes):
        if isinstance(item, Failure):
            raise RuntimeError(str(item.as_error()))
        yield item
