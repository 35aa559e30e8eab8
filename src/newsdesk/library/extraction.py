"""Texts, files and articles in, extractions out: ``newsdesk.extract`` and ``extract_many``.

These are the stages of ``newsdesk extract``, not a copy of them: inputs go through the same
readers (a ``Path`` is read as the CLI reads that file or folder, a ``str`` as the CLI reads a
``.txt`` file), the same per-article pipeline and the same linking of actor ids across the
articles of one call, so the results equal the command's JSON record for record.
``extract_items`` is the part the command itself calls.

A ``str`` is always an article's text and a ``Path`` always a file or folder, never guessed
from the other.  Bad input follows ``errors``: ``"raise"`` the first ``InputError`` (one line,
``name: reason``, as the CLI prints it), ``"warn"`` a warning per input and go on, ``"ignore"``
go on.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeAlias

from newsdesk.ingest.errors import InputError
from newsdesk.model import Article, Extraction

if TYPE_CHECKING:
    from newsdesk.ingest.readers import Overrides

Source: TypeAlias = "str | os.PathLike[str] | Article"
Errors = Literal["raise", "warn", "ignore"]
TEXT = "<text>"  # how a text given without a name is named in an error


def read_text(
    text: str,
    *,
    published: date | str | None = None,
    outlet: str | None = None,
    genre: str | None = None,
    title: str | None = None,
    url: str | None = None,
    name: str | None = None,
) -> Article:
    """An article from its text, read as ``newsdesk extract`` reads a ``.txt`` file.

    ``published``, ``outlet`` and ``genre`` act as the command's options (they win over what
    the text suggests: a dateline, a masthead, an Opinion label); ``title`` and ``url`` as a
    JSON record's fields.  Regions (headline, byline, captions, "Read more" lists) are marked,
    never cut: offsets index ``text`` as given.  ``name`` is recorded as the article's ``path``.
    Raises ``InputError`` for a text newsdesk refuses (over the character limit) and
    ``ValueError`` for a bad ``published`` or ``genre``.
    """
    from newsdesk.ingest.raw import RawArticle
    from newsdesk.ingest.readers import checked_article

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    fields = {k: v for k, v in (("title", title), ("url", url)) if v is not None}
    raw = RawArticle(text, name or TEXT, name or TEXT, "text", fields)
    found = checked_article(raw, None, overrides(published, outlet, genre))
    if isinstance(found, InputError):
        raise found
    return replace(found, path=name)


def overrides(published: date | str | None, outlet: str | None, genre: str | None) -> Overrides:
    """The command line's ``--published/--outlet/--genre``, checked as the command checks them."""
    from newsdesk.ingest.dates import out_of_range
    from newsdesk.ingest.readers import Overrides
    from newsdesk.ingest.sidecar import normalise_genre, unknown_genre

    day = published
    if isinstance(day, str):
        try:
            day = date.fromisoformat(day)
        except ValueError:
            raise ValueError(f"published {published!r} is not a date (YYYY-MM-DD)") from None
    if day is not None:
        problem = out_of_range(day)
        if problem:
            raise ValueError(f"published {problem}")
    if genre is not None and normalise_genre(genre) is None:
        raise ValueError(f"genre: {unknown_genre(genre)}")
    return Overrides(outlet, day, genre)


def on_error(errors: Errors) -> Callable[[InputError], None]:
    if errors == "raise":

        def fail(error: InputError) -> None:
            raise error

        return fail
    if errors == "warn":
        return lambda error: warnings.warn(str(error), stacklevel=4)
    if errors == "ignore":
        return lambda error: None
    raise ValueError(f"errors={errors!r}: 'raise', 'warn' or 'ignore'")


def sources_of(value: Source | Iterable[Source]) -> list[Source]:
    """One source or many: a ``str`` is one text, not a sequence of characters."""
    if isinstance(value, str | os.PathLike | Article):
        return [value]
    return list(value)


def read_sources(
    sources: Iterable[Source],
    *,
    meta: str | os.PathLike[str] | None = None,
    published: date | str | None = None,
    outlet: str | None = None,
    genre: str | None = None,
) -> Iterator[Article | InputError]:
    """Articles (or one-line errors) from texts, files, folders and articles, in order."""
    from newsdesk import ingest

    given = overrides(published, outlet, genre)
    sidecar = ingest.load_sidecar(Path(meta)) if meta is not None else None
    for source in sources:
        if isinstance(source, Article):
            yield source
        elif isinstance(source, str):
            try:
                yield read_text(source, published=published, outlet=outlet, genre=genre)
            except InputError as error:
                yield error
        elif isinstance(source, os.PathLike):
            for path in ingest.iter_input_paths([os.fspath(source)]):
                yield from ingest.read_path(path, sidecar, given)
        else:
            raise TypeError(
                f"a source is a text (str), a file or folder (pathlib.Path) or an Article, "
                f"not {type(source).__name__}"
            )


def extract_items(
    items: Iterable[Article | InputError],
    processes: int | None,
    failed: Callable[[InputError], None],
) -> list[Extraction]:
    """What ``newsdesk extract`` does with what it read: the per-article stages (over
    ``processes`` workers), then one actor id per real entity across all of them."""
    from newsdesk.link.actors import link
    from newsdesk.pipeline import Failure, process_each

    articles: list[Article] = []
    for item in items:
        if isinstance(item, InputError):
            failed(item)
        else:
            articles.append(item)
    extractions: list[Extraction] = []
    for result in process_each(articles, processes):
        if isinstance(result, Failure):
            failed(result.as_error())
        else:
            extractions.append(result)
    link(extractions)
    return extractions


def extract_many(
    sources: Source | Iterable[Source],
    *,
    meta: str | os.PathLike[str] | None = None,
    published: date | str | None = None,
    outlet: str | None = None,
    genre: str | None = None,
    processes: int | None = None,
    errors: Errors = "raise",
) -> list[Extraction]:
    """Every article of ``sources`` extracted, actor ids shared across them.

    Each source is a text (``str``), a file or folder (``pathlib.Path``: read as the CLI reads
    it, folders walked in sorted order, JSON lines and WARC files giving one article per
    record) or an ``Article``.  ``meta`` is a sidecar of per-file metadata (``--meta``);
    ``published``, ``outlet`` and ``genre`` apply to inputs that do not say.  ``processes``
    spreads the work over that many worker processes (default: ``$NEWSDESK_PROCESSES`` or 1).
    The result equals ``newsdesk extract``'s output, one ``Extraction`` per article in input
    order.
    """
    items = read_sources(
        sources_of(sources), meta=meta, published=published, outlet=outlet, genre=genre
    )
    return extract_items(items, processes, on_error(errors))


def extract(
    source: Source,
    *,
    published: date | str | None = None,
    outlet: str | None = None,
    genre: str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Extraction:
    """One article's actors, quotes, times and events, each with offsets into ``.text``.

    ``source`` is the article's text (``str``), a file holding one article (``Path``) or an
    ``Article``.  Raises ``InputError`` for input newsdesk refuses, with the CLI's reason.
    """
    if isinstance(source, str):
        items: list[Article | InputError] = [
            read_text(source, published=published, outlet=outlet, genre=genre, title=title, url=url)
        ]
    else:
        if title is not None or url is not None:
            raise TypeError("title and url are for a text; a file or Article states its own")
        items = list(read_sources([source], published=published, outlet=outlet, genre=genre))
    if len(items) != 1:
        raise ValueError(f"{source}: holds {len(items)} articles; use extract_many")
    [found] = extract_items(items, None, on_error("raise"))
    return found
