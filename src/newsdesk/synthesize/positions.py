"""Positions over time: what each main actor said they would or would not do, and when it changed.

A position is a stance word ("open to", "willing", "rejected", "reversed") whose holder is an
actor — the subject named in the sentence, or the speaker of the quotation the word sits in —
about an issue: the object noun phrase it governs ("a meeting with Trump"), folded to a key so
that "meeting" and "meet" are one issue.  Condition clauses (if / unless / without / as long as)
make a position conditional and are kept with their spans.  A position is dated by its quote's
time, else a date in its sentence, else a dated quote of the same actor right after it (the
quote that spells the stance out), else "within N hours" after the actor's previous position;
failing all, the article's date, marked approximate.  Shifts are consecutive positions of one
actor on one issue, on different dates, with different polarity.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsdesk.knowledge import grammar, lexicon
from newsdesk.model import Extraction, Genre, Quote
from newsdesk.synthesize.briefing_types import (
    ActorPositions,
    Condition,
    PositionEntry,
    Shift,
)
from newsdesk.synthesize.timeline import display_name, sort_key

MAIN_ACTORS = 6

_WITHIN = re.compile(r"within (\d+|a|one|two|three) (hour|day)s?", re.I)


@dataclass
class Position:
    actor: str
    issue: str
    issue_phrase: str
    polarity: str  # for, against, conditional
    word: str  # the stance word as written
    conditions: list[Condition]
    article: str
    outlet: str | None
    genre: Genre
    start: int
    end: int
    text: str
    date: str | None = None
    approximate: bool = False
    dated_by: str = "published"  # quote, sentence, next quote, relative, published
    order: int = 0
    relative_days: int | None = None  # "within 24 hours": that long after the previous one


@dataclass
class _Context:
    ex: Extraction
    doc: Doc
    quotes_at: dict[int, list[Quote]] = field(default_factory=dict)
    person_at: dict[int, str] = field(default_factory=dict)
    actor_at: dict[int, str] = field(default_factory=dict)


def _context(ex: Extraction, doc: Doc) -> _Context:
    ctx = _Context(ex, doc)
    for mention in ex.mentions:
        if not mention.actor:
            continue
        for i in range(mention.start, mention.end):
            ctx.actor_at[i] = mention.actor
            if mention.actor.startswith("person:"):
                ctx.person_at[i] = mention.actor
    for quote in ex.quotes:
        for span in quote.content:
            for i in range(span.start, span.end):
                ctx.quotes_at.setdefault(i, []).append(quote)
    return ctx


def _issue(token: Token) -> Token | None:
    """The noun the stance is about: object, complement of to/of/for, through light heads."""
    candidates = [c for c in token.children if c.dep_ in ("dobj", "attr", "xcomp", "pobj")]
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("to", "for")):
        candidates.extend(c for c in prep.children if c.dep_ in ("pobj", "pcomp"))
    for cand in candidates:
        while cand.lemma_.lower() in lexicon.LIGHT_NOUNS:
            nested = [
                g
                for p in cand.children
                if p.dep_ == "prep" and p.lower_ in ("of", "to", "for")
                for g in p.children
                if g.dep_ in ("pobj", "pcomp")
            ]
            if not nested:
                break
            cand = nested[0]
        if cand.lemma_.lower() in lexicon.ISSUES:
            return cand
    return None


def _issue_in(tokens: SpacySpan) -> Token | None:
    """Fallback: the first issue noun of the sentence ("I would not miss it" after "a meeting")."""
    return next(
        (
            t
            for t in tokens
            if t.pos_ in ("NOUN", "VERB")
            and t.lemma_.lower() in lexicon.ISSUES
            and t.lemma_.lower() not in ("meet", "negotiate", "talk")
        ),
        None,
    )


def _phrase(issue: Token) -> str:
    """The issue as written, cut to the noun and its 'with'/'on' partner."""
    keep = [issue]
    for child in issue.children:
        if child.dep_ == "prep" and child.lower_ in ("with", "on", "from"):
            keep.append(child)
            for obj in (g for g in child.children if g.dep_ == "pobj"):
                keep.extend(obj.doc[obj.left_edge.i : obj.i + 1])
        elif child.dep_ in ("amod", "compound", "det") and child.i < issue.i:
            keep.extend(child.subtree)
    tokens = sorted({t.i: t for t in keep}.values(), key=lambda t: t.i)
    return issue.doc[tokens[0].i : tokens[-1].i + 1].text


def _holders(ctx: _Context, word: Token, sent: SpacySpan, prev: SpacySpan | None) -> list[str]:
    """Who holds the stance: named subject, pronoun's antecedent, or the quote's speaker."""
    if any(c.dep_ == "nsubjpass" for c in word.children):
        return []  # "could be dismissed": the subject is not the one who dismisses
    subject = next((c for c in word.children if c.dep_ == "nsubj"), None)
    if subject is None and word.dep_ in ("acomp", "xcomp", "advcl", "conj"):
        subject = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
    if subject is None and word.dep_ == "advcl":
        return _holders(ctx, word.head, sent, prev)
    if subject is None:
        return []
    if subject.idx in ctx.actor_at:
        return [ctx.actor_at[subject.idx]]
    if subject.lower_ not in grammar.SUBJECT_PRONOUNS:
        return []
    speakers = sorted(
        {q.speaker.actor for q in ctx.quotes_at.get(word.idx, []) if q.speaker and q.speaker.actor}
    )
    if speakers:
        return speakers
    if subject.lower_ not in ("he", "she"):
        return []
    # The sentence's first person named as subject or owner ("For Mr. Rouhani's part, ... he").
    before = [t for t in sent if t.i < subject.i and t.idx in ctx.person_at]
    subjects = [t for t in before if t.dep_ in ("nsubj", "poss")]
    if subjects or before:
        return [ctx.person_at[(subjects or before)[0].idx]]
    if prev is not None:
        named = [t for t in prev if t.idx in ctx.person_at and t.dep_ == "nsubj"]
        return [ctx.person_at[named[0].idx]] if named else []
    return []


def _intended(word: Token) -> bool:
    """An act as a stance: "must negotiate", "would meet", "have to negotiate"."""
    return word.dep_ == "xcomp" or any(c.tag_ == "MD" for c in word.children)


def _negated(word: Token) -> bool:
    heads = [word, word.head] if word.dep_ in ("acomp", "xcomp") else [word]
    return any(c.dep_ == "neg" or c.lower_ in grammar.NEGATING_WORDS
               for h in heads for c in h.children)


def _conditions(sent: SpacySpan) -> list[Condition]:
    found: list[Condition] = []
    for token in sent:
        low = token.lower_
        clause: Token | None = None
        if low in grammar.CONDITION_MARKS and token.dep_ == "mark":
            clause = token.head
        elif low == "without" and token.dep_ == "prep":
            # "without America ending sanctions": the parse often cuts the gerund off the
            # preposition, so the condition runs to the next punctuation instead.
            stop = next((t for t in sent if t.i > token.i and t.is_punct), sent[-1])
            tokens = list(sent.doc[token.i : stop.i]) or [token]
            clause = token
        elif low == "as" and token.i + 2 < len(token.doc) and token.nbor(1).lower_ == "long":
            clause = token.nbor(2).head if token.nbor(2).lower_ == "as" else token.head
        if clause is None:
            continue
        if low != "without":
            tokens = list(clause.subtree)
        start = min(tokens[0].idx, token.idx)
        last = tokens[-1]
        found.append(
            {
                "text": sent.doc.text[start : last.idx + len(last)],
                "start": start,
                "end": last.idx + len(last),
            }
        )
    return found


def _stances(ctx: _Context, index: int) -> list[Position]:
    ex, doc = ctx.ex, ctx.doc
    art = ex.article
    found: list[Position] = []
    spans = [doc.char_span(s.start, s.end, alignment_mode="expand") for s in ex.sentences]
    for n, sent in enumerate(spans):
        if sent is None:
            continue
        prev = spans[n - 1] if n else None
        conditions = _conditions(sent)
        local: list[Position] = []
        for word in sent:
            lemma = word.lemma_.lower()
            if lemma not in lexicon.STANCE_FOR and lemma not in lexicon.STANCE_AGAINST:
                continue
            if word.pos_ not in ("VERB", "ADJ", "AUX"):
                continue
            if any(c["start"] <= word.idx < c["end"] for c in conditions):
                continue  # "if Trump offers guarantees": the condition, not Trump's stance
            if lemma == "rule" and not any(c.lower_ == "out" for c in word.children):
                continue
            if lemma in lexicon.ISSUES and not _intended(word):
                continue  # "did not meet Mr. Zarif" reports a fact, not a stance
            holders = _holders(ctx, word, sent, prev)
            if not holders:
                continue
            issue = _issue(word)
            if issue is None and lemma in lexicon.ISSUES:
                issue = word  # "we have to negotiate": the act is the issue
            against = lemma in lexicon.STANCE_AGAINST
            if _negated(word):
                against = not against
            polarity = "against" if against else "for"
            hedged = any(c.lower_ == "conditional" for c in word.subtree)
            if conditions or hedged:  # "rejected talks unless the strike ends" is conditional
                polarity = "conditional"
            if conditions and lemma == "miss":
                polarity = "conditional"
            for holder in holders:
                local.append(
                    Position(
                        holder,
                        lexicon.ISSUES[issue.lemma_.lower()] if issue is not None else "",
                        _phrase(issue) if issue is not None else "",
                        polarity,
                        word.text if lemma != "rule" else "ruled out",
                        conditions if polarity == "conditional" else [],
                        art.id,
                        art.outlet,
                        art.genre,
                        sent.start_char,
                        sent.end_char,
                        " ".join(sent.text.split()),
                        order=index * 100_000 + sent.start_char,
                    )
                )
        fallback = _issue_in(sent)
        for pos in local:
            if not pos.issue:
                same = next((p for p in local if p.issue and p.actor == pos.actor), None)
                if same is not None:
                    pos.issue, pos.issue_phrase = same.issue, same.issue_phrase
                elif fallback is not None and pos.word.lower() != "reversed":
                    pos.issue = lexicon.ISSUES[fallback.lemma_.lower()]
                    pos.issue_phrase = _phrase(fallback)
            within = _WITHIN.search(sent.text)
            if pos.word.lower().startswith("revers") and within:
                amount = (
                    1
                    if within.group(1).lower() in ("a", "one")
                    else int(
                        {"two": "2", "three": "3"}.get(within.group(1).lower(), within.group(1))
                    )
                )
                pos.relative_days = max(
                    1, amount // 24 if within.group(2).lower() == "hour" else amount
                )
        found.extend(_merge_sentence(local))
    return found


def _merge_sentence(local: list[Position]) -> list[Position]:
    """One position per actor and issue per sentence: a conditional opening outweighs a no."""
    best: dict[tuple[str, str], Position] = {}
    for pos in local:
        key = (pos.actor, pos.issue)
        if key not in best or (pos.polarity == "conditional" != best[key].polarity):
            best[key] = pos
    return list(best.values())


def _quotes_in(ex: Extraction, start: int, end: int, actor: str) -> list[Quote]:
    return [
        q
        for q in ex.quotes
        if q.time
        and q.speaker
        and q.speaker.actor == actor
        and any(s.start < end and start < s.end for s in q.content)
    ]


def _date(pos: Position, ex: Extraction, doc: Doc) -> None:
    own = _quotes_in(ex, pos.start, pos.end, pos.actor)
    if own and own[0].time:
        pos.date, pos.dated_by = own[0].time, "quote"
        return
    times = [t for t in ex.times if t.value and t.kind == "date" and pos.start <= t.start < pos.end]
    if times:
        pos.date, pos.dated_by = times[0].value, "sentence"
        return
    following = next((s for s in ex.sentences if s.start >= pos.end), None)
    if following is not None:
        spelled = _quotes_in(ex, following.start, following.end, pos.actor)
        if spelled and spelled[0].time:
            pos.date, pos.dated_by = spelled[0].time, "next quote"
            sent = doc.char_span(following.start, following.end, alignment_mode="expand")
            if pos.polarity == "conditional" and not pos.conditions and sent is not None:
                pos.conditions = _conditions(sent)  # the quote spells the conditions out
            return
    if ex.article.published:
        pos.date, pos.approximate = ex.article.published.isoformat(), True


def extract(extractions: list[Extraction], docs: dict[str, Doc]) -> list[Position]:
    """Every position found in the story, dated; relative dates resolved against the actor."""
    result: list[Position] = []
    for index, ex in enumerate(extractions):
        doc = docs.get(ex.article.id)
        if doc is None:
            continue
        found = _stances(_context(ex, doc), index)
        for pos in found:
            if not pos.issue and pos.relative_days is not None:
                # "reversed himself": the issue of the actor's stance just before
                earlier = [
                    p for p in found if p.actor == pos.actor and p.issue and p.order < pos.order
                ]
                if earlier:
                    pos.issue, pos.issue_phrase = earlier[-1].issue, earlier[-1].issue_phrase
            _date(pos, ex, doc)
            result.append(pos)
    _resolve_relative(result)
    result.sort(key=lambda p: (p.actor, p.issue, sort_key(p.date or "9999"), p.order))
    return result


def _resolve_relative(positions: list[Position]) -> None:
    """'Reversed himself within 24 hours': a day after the stance reversed was first taken."""
    for pos in positions:
        if pos.relative_days is None:
            continue
        earlier = [
            p.date
            for p in positions
            if p is not pos
            and p.actor == pos.actor
            and p.issue == pos.issue
            and p.date
            and p.polarity != pos.polarity
            and re.match(r"^\d{4}-\d{2}-\d{2}$", p.date)
            and not p.approximate
            and (pos.date is None or p.date < pos.date)
        ]
        if earlier:
            day = date.fromisoformat(min(earlier)) + timedelta(days=pos.relative_days)
            pos.date, pos.approximate, pos.dated_by = day.isoformat(), True, "relative"


def _json(pos: Position) -> PositionEntry:
    return {
        "issue": pos.issue,
        "issue_phrase": pos.issue_phrase,
        "polarity": pos.polarity,
        "word": pos.word,
        "conditions": pos.conditions,
        "date": pos.date,
        "approximate": pos.approximate,
        "dated_by": pos.dated_by,
        "text": pos.text,
        "citation": {
            "article": pos.article,
            "outlet": pos.outlet,
            "start": pos.start,
            "end": pos.end,
        },
        "genre": pos.genre,
    }


def build(
    extractions: list[Extraction], names: dict[str, str], docs: dict[str, Doc]
) -> list[ActorPositions]:
    """Per main actor: positions by issue in date order, and the shifts between them."""
    by_actor: dict[str, list[Position]] = defaultdict(list)
    for pos in extract(extractions, docs):
        if pos.issue:
            by_actor[pos.actor].append(pos)
    ranked = sorted(by_actor.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:MAIN_ACTORS]
    out: list[ActorPositions] = []
    for actor, positions in sorted(ranked, key=lambda kv: display_name(kv[0], names)):
        issues: dict[str, list[Position]] = defaultdict(list)
        for pos in positions:
            issues[pos.issue].append(pos)
        out.append(
            {
                "actor": actor,
                "name": display_name(actor, names),
                "issues": [
                    {
                        "issue": issue,
                        "label": _label(items),
                        "positions": [_json(p) for p in items],
                        "shifts": _shifts(items),
                    }
                    for issue, items in sorted(issues.items())
                ],
            }
        )
    return out


def _label(items: list[Position]) -> str:
    phrases = sorted(
        {p.issue_phrase for p in items},
        key=lambda s: (not 2 <= len(s.split()) <= 6, len(s.split()), s),
    )
    return phrases[0] if phrases else items[0].issue


def _shifts(items: list[Position]) -> list[Shift]:
    shifts: list[Shift] = []
    for before, after in itertools.pairwise(items):
        if before.polarity == after.polarity or not before.date or not after.date:
            continue
        if "published" in (before.dated_by, after.dated_by):
            continue  # dated only by the article: when it was said is not known
        if sort_key(before.date) >= sort_key(after.date):
            continue
        shifts.append(
            {
                "from": {
                    "polarity": before.polarity,
                    "date": before.date,
                    "word": before.word,
                    "article": before.article,
                    "start": before.start,
                    "end": before.end,
                },
                "to": {
                    "polarity": after.polarity,
                    "date": after.date,
                    "word": after.word,
                    "article": after.article,
                    "start": after.start,
                    "end": after.end,
                },
            }
        )
    return shifts
