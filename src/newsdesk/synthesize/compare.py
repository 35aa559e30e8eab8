"""Outlet comparison: the story's facts against the outlets that report them.

A claim is one body sentence, reduced to what makes it *this* fact rather than its wording:
content lemmas (with a few hand synonyms folded together), the actors it names (by shared id, so
"Mr. Trump" and "President Trump" are the same term), numbers with the noun they count, dates and
coded event types.  Claims from different articles are grouped when a TF-IDF cosine over those
terms, nudged by shared actors and event types, passes a threshold; a group is a fact.  Facts are
then laid against outlet columns (opinion columns apart, because an opinion piece argues rather
than reports), and claims inside one fact whose numbers or dates differ are disagreements.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from newsdesk import annotate
from newsdesk.knowledge import grammar, lexicon
from newsdesk.model import Extraction
from newsdesk.synthesize import positions
from newsdesk.synthesize.briefing_types import (
    Citation,
    ClaimSide,
    Column,
    Comparison,
    Disagreement,
    OnlyIn,
)
from newsdesk.synthesize.briefing_types import Fact as FactEntry
from newsdesk.synthesize.timeline import display_name

THRESHOLD = 0.27
ACTOR_BONUS = 0.12
EVENT_BONUS = 0.1
MIN_TERMS = 4
LABEL_LIMIT = 220

_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_DIGITS = re.compile(r"^\d[\d,]*(?:\.\d+)?$")


@dataclass
class Claim:
    """One sentence of one article, as the terms that carry its meaning."""

    article: str
    outlet: str
    column: str
    opinion: bool
    start: int
    end: int
    text: str
    terms: list[str]
    actors: set[str]
    events: set[str]
    numbers: dict[str, set[float]]  # counted noun lemma -> values
    dates: set[str]
    order: int  # position in the briefing: article index, then sentence index
    stances: dict[tuple[str, str], str] = field(default_factory=dict)  # (actor, issue) -> polarity

    def citation(self) -> Citation:
        return {
            "article": self.article,
            "outlet": self.outlet,
            "start": self.start,
            "end": self.end,
        }


@dataclass
class Fact:
    claims: list[Claim] = field(default_factory=list)

    @property
    def columns(self) -> list[str]:
        return sorted({c.column for c in self.claims})


def column_of(outlet: str | None, genre: str, path: str | None) -> str:
    """An outlet's reporting and its opinion pages are different columns of the matrix."""
    name = outlet or f"unknown outlet ({path or 'no path'})"
    return f"{name} (opinion)" if genre == "opinion" else name


def parse_articles(extractions: list[Extraction]) -> dict[str, Doc]:
    """One parse per article that had its sentences found; shared by comparison and positions."""
    todo = [ex.article for ex in extractions if ex.sentences]
    return {
        art.id: doc
        for art, doc in zip(todo, annotate.parse_many(a.text for a in todo), strict=True)
    }


def _number(token: Any) -> float | None:
    text = token.text.lower()
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    return float(grammar.CARDINALS[text]) if text in grammar.CARDINALS else None


def _claim(ex: Extraction, sent: SpacySpan, order: int) -> Claim:
    art = ex.article
    owner: dict[int, str] = {}
    for mention in ex.mentions:
        if mention.actor and sent.start_char <= mention.start < sent.end_char:
            owner.update({i: mention.actor for i in range(mention.start, mention.end)})
    date_chars = {
        i
        for t in ex.times
        if t.kind == "date" and sent.start_char <= t.start < sent.end_char
        for i in range(t.start, t.end)
    }
    terms: list[str] = []
    actors: set[str] = set()
    numbers: dict[str, set[float]] = defaultdict(set)
    for token in sent:
        if token.idx in owner:
            actor = owner[token.idx]
            if actor not in actors:
                terms.append(actor)
            actors.add(actor)
            continue
        if token.like_num and token.idx not in date_chars:
            value = _number(token)
            head = token.head
            if value is not None and head.pos_ == "NOUN" and head.i != token.i:
                numbers[head.lemma_.lower()].add(value)
                if head.text.lower() == "percent":
                    numbers["percent"].add(value)
        if token.is_stop or not token.is_alpha or token.pos_ not in _CONTENT_POS:
            continue
        lemma = token.lemma_.lower()
        terms.append(lexicon.SYNONYMS.get(lemma, lemma))
    events = {e.type for e in ex.events if sent.start_char <= e.evidence.start < sent.end_char}
    dates = {
        t.value
        for t in ex.times
        if t.value and t.kind == "date" and sent.start_char <= t.start < sent.end_char
    }
    return Claim(
        art.id,
        art.outlet or "unknown outlet",
        column_of(art.outlet, art.genre, art.path),
        art.genre == "opinion",
        sent.start_char,
        sent.end_char,
        sent.text.strip(),
        terms,
        actors,
        events,
        dict(numbers),
        dates,
        order,
    )


def claims_of(extractions: list[Extraction], docs: dict[str, Doc]) -> list[Claim]:
    """Body sentences with enough substance to be a fact (headline repeats and stubs left out)."""
    result: list[Claim] = []
    for index, ex in enumerate(extractions):
        doc = docs.get(ex.article.id)
        if doc is None:
            continue
        title = (ex.article.title or "").strip().lower()
        for position, span in enumerate(ex.sentences):
            sent = doc.char_span(span.start, span.end, alignment_mode="expand")
            if sent is None or sent.text.strip().lower() == title:
                continue
            claim = _claim(ex, sent, index * 100_000 + position)
            if len(claim.terms) >= MIN_TERMS and not claim.text.endswith((":", "?")):
                result.append(claim)
    return result


def _vectors(claims: list[Claim]) -> list[dict[str, float]]:
    """TF-IDF over the claims of the story, unit length."""
    df: Counter[str] = Counter()
    for claim in claims:
        df.update(set(claim.terms))
    n = len(claims)
    vectors = []
    for claim in claims:
        tf = Counter(claim.terms)
        vec = {t: c * math.log((1 + n) / (1 + df[t])) + 1e-9 for t, c in tf.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({t: v / norm for t, v in vec.items()})
    return vectors


def _named(actors: set[str]) -> set[str]:
    """People and organisations: countries are named in nearly every sentence of a story."""
    return {a for a in actors if a.startswith(("person:", "org:"))}


def similarity(a: Claim, b: Claim, va: dict[str, float], vb: dict[str, float]) -> float:
    """Lexical overlap of meaning-bearing terms, nudged by shared actors and event types."""
    cosine = sum(v * vb.get(t, 0.0) for t, v in va.items())
    # One shared name is common (the story's protagonist); two or more is the same scene.
    actors = min(2, max(0, len(_named(a.actors) & _named(b.actors)) - 1))
    events = 1.0 if a.events & b.events else 0.0
    return cosine + ACTOR_BONUS * actors + EVENT_BONUS * events


def group(claims: list[Claim]) -> list[Fact]:
    """Claims of different articles joined when one is the other's best match above threshold.

    Best-match edges only (not every pair above threshold) keep long chains of loosely related
    sentences from collapsing into one fact.
    """
    vectors = _vectors(claims)
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_article: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        by_article[claim.article].append(i)
    for i, claim in enumerate(claims):
        for article, members in sorted(by_article.items()):
            if article == claim.article:
                continue
            scored = [(similarity(claim, claims[j], vectors[i], vectors[j]), -j) for j in members]
            score, neg_j = max(scored)
            if score >= THRESHOLD:
                parent[find(i)] = find(-neg_j)
    facts: dict[int, Fact] = {}
    for i, claim in enumerate(claims):
        facts.setdefault(find(i), Fact()).claims.append(claim)
    return sorted(facts.values(), key=lambda f: min(c.order for c in f.claims))


def _disagreements(fact: Fact, ident: str, names: dict[str, str]) -> list[Disagreement]:
    """Claims of one fact, from different columns, that give different numbers or dates."""
    found: list[Disagreement] = []
    claims = sorted(fact.claims, key=lambda c: c.order)
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if a.column == b.column:
                continue
            shared = sorted(set(a.stances) & set(b.stances))
            differ = [k for k in shared if a.stances[k] != b.stances[k]]
            for actor, issue in differ:
                found.append(
                    _disagreement(
                        ident,
                        "position",
                        f"{display_name(actor, names)} on {issue}",
                        a,
                        b,
                        {a.stances[(actor, issue)]},
                        {b.stances[(actor, issue)]},
                    )
                )
            for noun in sorted(set(a.numbers) & set(b.numbers)):
                if a.numbers[noun].isdisjoint(b.numbers[noun]):
                    found.append(
                        _disagreement(ident, "number", noun, a, b, a.numbers[noun], b.numbers[noun])
                    )
            days_a, days_b = _days(a.dates), _days(b.dates)
            if days_a and days_b and days_a.isdisjoint(days_b) and not differ:
                # two stances on different days are a change of mind, not a dating conflict
                found.append(_disagreement(ident, "date", "date", a, b, days_a, days_b))
    return found


def _days(values: set[str]) -> set[str]:
    """Only day dates conflict: "2019-08-26" sits inside "2019-W35" and does not contradict it."""
    return {v for v in values if re.match(r"^\d{4}-\d{2}-\d{2}$", v)}


def _show(values: set[Any]) -> list[str]:
    return sorted(f"{v:g}" if isinstance(v, float) else str(v) for v in values)


def _disagreement(
    fact: str, kind: str, about: str, a: Claim, b: Claim, va: set[Any], vb: set[Any]
) -> Disagreement:
    return {"fact": fact, "kind": kind, "about": about, "claims": [_side(a, va), _side(b, vb)]}


def _side(claim: Claim, values: set[Any]) -> ClaimSide:
    return {**claim.citation(), "column": claim.column, "text": claim.text, "values": _show(values)}


def _label(fact: Fact) -> str:
    """The fact in a reporting outlet's words when one has it, else the opinion's."""
    claim = min(fact.claims, key=lambda c: (c.opinion, c.order))
    text = " ".join(claim.text.split())
    return text if len(text) <= LABEL_LIMIT else text[: LABEL_LIMIT - 1].rstrip() + "…"


def build(
    extractions: list[Extraction],
    docs: dict[str, Doc] | None = None,
    names: dict[str, str] | None = None,
) -> Comparison:
    """The coverage matrix of a story as a JSON-ready structure, deterministic and sorted."""
    docs = parse_articles(extractions) if docs is None else docs
    names = names or {}
    columns: dict[str, Column] = {}
    for ex in extractions:
        art = ex.article
        key = column_of(art.outlet, art.genre, art.path)
        entry = columns.setdefault(
            key,
            {"id": key, "outlet": art.outlet, "opinion": art.genre == "opinion", "articles": []},
        )
        entry["articles"] = sorted(set(entry["articles"]) | {art.id})
    ordered = sorted(columns.values(), key=lambda c: (c["opinion"], c["id"]))
    reporting = [c["id"] for c in ordered if not c["opinion"]]
    claims = claims_of(extractions, docs)
    at = {(c.article, c.start): c for c in claims}
    for pos in positions.extract(extractions, docs):
        claim = at.get((pos.article, pos.start))
        if claim is not None and pos.issue:
            claim.stances[(pos.actor, pos.issue)] = pos.polarity
    facts = group(claims)
    out_facts: list[FactEntry] = []
    disagreements: list[Disagreement] = []
    only: dict[str, list[str]] = {c["id"]: [] for c in ordered}
    for number, fact in enumerate(facts, start=1):
        ident = f"F{number}"
        cols = fact.columns
        in_reporting = [c for c in cols if c in reporting]
        coverage = (
            "all"
            if len(cols) == len(ordered) and len(ordered) > 1
            else ("one" if len(cols) == 1 else "several")
        )
        out_facts.append(
            {
                "id": ident,
                "label": _label(fact),
                "coverage": coverage,
                "opinion_only": not in_reporting,
                "columns": {
                    col: [
                        c.citation()
                        for c in sorted(fact.claims, key=lambda c: c.order)
                        if c.column == col
                    ]
                    for col in cols
                },
                "numbers": {
                    noun: _show({v for c in fact.claims for v in c.numbers.get(noun, set())})
                    for noun in sorted({n for c in fact.claims for n in c.numbers})
                },
                "dates": sorted({d for c in fact.claims for d in c.dates}),
            }
        )
        if len(cols) == 1:
            only[cols[0]].append(ident)
        disagreements.extend(_disagreements(fact, ident, names))
    only_in: list[OnlyIn] = [
        {"column": c["id"], "opinion": c["opinion"], "facts": only[c["id"]]} for c in ordered
    ]
    return {
        "columns": ordered,
        "facts": out_facts,
        "only": only_in,
        "disagreements": disagreements,
    }
