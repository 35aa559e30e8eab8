"""`newsdesk summarize`: one cited extractive summary per directory, for evaluation and scripts.

Each DIR is one story: its article files are read with the ingest readers (its ``meta.jsonl``
sidecar, when present, supplies outlet, genre and date) and split into body sentences by the
same spaCy parse as ``extract``, with their time expressions (which tell the summary what is
history).  Quotes, actors and events are not extracted: the summary does not use them.  The
parse is most of the cost, so this saves less than one might hope (after model load, 9
PolNeAR articles of 5,969 words: 6.7 s through every per-article stage, 5.7 s for the parse
alone), but it is a sixth of the time for nothing lost.

Output: one JSON object per DIR, ``{"story": DIR, "summary": [{"text", "historical",
"citations": [{"path", "start", "end"}]}]}``, where ``text[start:end]`` of the file as read
equals the sentence and ``historical`` is true for a sentence about a precedent (chosen only
when the story has nothing else to say).

A DIR that cannot be read is reported on one line and the others go on (exit 1); a bad file
inside a DIR is reported and the DIR is summarised from its other files (also exit 1).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from newsdesk import ingest
from newsdesk.cli.app import FAILED, UNUSABLE, app, err, report, write_records
from newsdesk.ingest.sidecar import folder_sidecars
from newsdesk.model import Article, Extraction


class SummaryFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


def read_story(folder: str) -> tuple[list[Article], list[ingest.InputError]]:
    """The articles of one story directory, and the files in it that could not be read.

    Raises InputError when the directory itself is unusable (missing, not a directory, a bad
    sidecar, or no readable article at all).
    """
    if not os.path.isdir(folder):
        raise ingest.InputError(folder, "not a directory")
    sidecar, _ = folder_sidecars([folder])
    articles: list[Article] = []
    errors: list[ingest.InputError] = []
    for path in ingest.iter_input_paths([folder]):
        for item in ingest.read_path(path, sidecar):
            if isinstance(item, ingest.InputError):
                errors.append(item)
            else:
                articles.append(item)
    if not articles:
        raise ingest.InputError(folder, "no readable article files")
    return articles, errors


def sentence_extractions(articles: Iterable[Article]) -> list[Extraction]:
    """Body sentences of each article from the shared parse; nothing else is extracted.

    The sentence rule is the pipeline's (spaCy sentences, trimmed of white space, inside body
    regions), so a summary here cites the same spans as one built from stored extractions;
    the time expressions are the pipeline's too (the summary reads them to tell history
    from news).  Articles that are not English are kept unparsed, as in the pipeline, and
    so contribute no sentence.
    """
    from newsdesk import annotate
    from newsdesk.extract.times import extract_times
    from newsdesk.pipeline import is_parseable, not_parsed, trimmed

    items = list(articles)
    parseable = [a for a in items if is_parseable(a)]
    docs = dict(
        zip((a.id for a in parseable), annotate.parse_many(a.text for a in parseable), strict=True)
    )
    result: list[Extraction] = []
    for article in items:
        doc = docs.get(article.id)
        if doc is None or not is_parseable(article):
            result.append(not_parsed(article))
            continue
        sentences = [
            span
            for span in (trimmed(article.text, s.start_char, s.end_char) for s in doc.sents)
            if span.start < span.end and article.in_body(span.start, span.end)
        ]
        times = extract_times(doc, article)
        result.append(Extraction(article=article, sentences=sentences, times=times))
    return result


def story_summary(folder: str, extractions: list[Extraction], words: int) -> dict[str, Any]:
    from newsdesk.synthesize.summary import summarize

    return {
        "story": folder,
        "summary": [
            {
                "text": c.text,
                "historical": c.historical,
                "citations": [{"path": c.path, "start": c.start, "end": c.end}],
            }
            for c in summarize(extractions, words)
        ],
    }


@app.command("summarize")
def summarize_command(
    folders: Annotated[list[str], typer.Argument(help="Story directories, one story each.")],
    words: Annotated[
        int, typer.Option(help="Budget in words: whole sentences adding up to at most this.")
    ] = 100,
    output_format: Annotated[
        SummaryFormat, typer.Option("--format", help="jsonl: one object per directory.")
    ] = SummaryFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of stdout.")
    ] = None,
) -> None:
    """A cited extractive summary of each directory's articles (no store)."""
    if words < 1:
        err.print(f"error: --words must be at least 1, not {words}")
        raise typer.Exit(UNUSABLE)
    failed = 0
    objects: list[dict[str, Any]] = []
    for folder in folders:
        try:
            articles, errors = read_story(folder)
        except ingest.InputError as error:
            report(error)
            failed += 1
            continue
        for problem in errors:
            report(problem)
        failed += bool(errors)
        objects.append(story_summary(folder, sentence_extractions(articles), words))
    write_records(objects, output_format is SummaryFormat.json, output)
    if failed:
        raise typer.Exit(FAILED)
