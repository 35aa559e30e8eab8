"""Coded events of a sample of real articles, one line each, for judging by hand.

Usage::

    .venv/bin/python benchmarks/events_sample_news.py --topic bpoil [--salt a] [--articles 40]
        [--skip 0] [--corpus ../shared/corpus/news-timelines]

The topic's articles (``input/<topic>/``, ``meta.jsonl``) are ordered by sha256 of the salt and
the article's file name, and ``--articles`` of them are taken after the first ``--skip``: the same
arguments give the same sample, and ``--skip`` gives another sample of the same topic that does
not overlap it.  Each article is run through the per-article stages (parse, actors, times,
events) with its publication date, and every event the coder reports is printed as a tab-separated
line: its number, the article's file, type, mode, trigger, what decided it (``lex``: the
lexicon's sense stood; ``model``: the learned model, on a candidate the lexicon has no sense for
or against its sense; ``syn``: a sense taken through a WordNet synonym), the model's probability
of no event, actors -> recipients, and the sentence.  Nothing is scored: the lines are meant to
be judged by a reader (is it an event, is the type right), before and after a change.
Issue 12's eighth round (`docs/rounds/events.md`) counted its real-news errors this way.
Exit status 2 when the
corpus is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news-timelines"


def sample(corpus: Path, topic: str, salt: str, articles: int, skip: int) -> list[dict[str, Any]]:
    base = corpus / "input" / topic
    metas = [json.loads(line) for line in (base / "meta.jsonl").read_text().splitlines()
             if line.strip()]
    metas.sort(key=lambda m: hashlib.sha256((salt + m["path"]).encode("utf-8")).hexdigest())
    return metas[skip:skip + articles]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--topic", required=True)
    parser.add_argument("--salt", default="a")
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--skip", type=int, default=0)
    args = parser.parse_args(argv)
    if not (args.corpus / "input" / args.topic / "meta.jsonl").exists():
        print(f"no topic {args.topic} under {args.corpus}", file=sys.stderr)
        return 2

    from newsdesk import annotate
    from newsdesk.extract.events import model as event_model
    from newsdesk.extract.events.coder import DEFAULT_DECISION, Candidate, Coder, Draft
    from newsdesk.extract.reading import read
    from newsdesk.model import Article, Event, article_id

    class Tracing(Coder):
        """The coder, noting what decided each event it reports."""

        trace: list[tuple[Event, str, float]]

        def event(self, candidate: Candidate, draft: Draft) -> Event | None:
            found = super().event(candidate, draft)
            if found is not None:
                rule = candidate.rule
                source = "syn" if candidate.item.synonym else (
                    "lex" if rule is not None and rule.type == draft.type else "model")
                self.trace.append((found, source,
                                   candidate.probabilities.get(event_model.NONE, 0.0)))
            return found

    metas = sample(args.corpus, args.topic, args.salt, args.articles, args.skip)
    base = args.corpus / "input" / args.topic
    texts = [" ".join((base / m["path"]).read_text(encoding="utf-8").split("\n")) for m in metas]
    number = 0
    for meta, text, doc in zip(metas, texts, annotate.parse_many(texts), strict=True):
        published = date.fromisoformat(meta["published"])
        reading = read(doc, Article(id=article_id(text), text=text, published=published))
        coder = Tracing(reading, DEFAULT_DECISION)
        coder.trace = []
        coded = coder.code()
        kept = {id(e) for e in coded.events}
        for event, source, none in coder.trace:
            if id(event) not in kept:
                continue  # the same type at the same trigger, reported once
            span = event.trigger or event.evidence
            sentence = next((s for s in doc.sents
                             if s.start_char <= span.start < s.end_char), None)
            number += 1
            print("\t".join([
                str(number), meta["path"], event.type, event.mode or "-",
                text[span.start:span.end], source, f"{none:.2f}",
                f"{' '.join(event.actors) or '-'} -> {' '.join(event.recipients) or '-'}",
                " ".join((sentence.text if sentence is not None else "").split())]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
