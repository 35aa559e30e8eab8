"""A short extractive summary of a set of articles in which every sentence cites its source.

Sentences are taken verbatim from body regions (never headlines, captions or "Read more"
lists), so a citation (article, start, end) always points at exactly the sentence shown; a
wire dateline ("CITY (Agency) — ") is cut off the front by moving ``start``, never by editing
text.  Everything is read from the extraction records (sentence spans, resolved times): this
module parses nothing.

**What is chosen** is the ICSI concept-coverage summary (Gillick and Favre 2009), solved
exactly (``coverage.choose``): the set of whole sentences, at most ``words`` words in all,
that covers the most concept weight (``concepts``: stemmed bigrams, and content words at
``UNIGRAM_WEIGHT``).  A concept is worth the number of articles that use it (several
outlets reporting a fact is what makes it the story), concepts fewer than ``MIN_ARTICLES``
articles use count ``RARE_WEIGHT`` of that (only reporting articles are counted, so a story
of one report and one column still weighs the report's own facts), and what news needs is
added on top:

* **topic signatures**, off unless ``SIGNATURE`` names a kind (``signature``; Lin and Hovy
  2000): a concept none of whose words the story uses far more often than general English
  does (Dunning's likelihood ratio at the chi-square cutoff) keeps ``SIGNATURE_OFF`` of its
  weight ("one of" names no story, however many outlets write it).  Measured on the timeline
  clusters and not adopted (the tuning part gained, the held-out part lost).
* **the lead weighs more**: an article's vote for a concept is ``1 + LEAD_BONUS *
  exp(-p / LEAD_DECAY)`` where ``p`` is the first sentence the article uses it in; news puts
  its main facts first.
* **opinion** pieces vote at ``OPINION_VOTE`` and give no sentence unless the story has
  nothing but opinion (an argued sentence would read as fact in a summary).
* **the news in a small story**: where fewer than ``MIN_ARTICLES`` articles report, agreement
  between outlets cannot say what the news is, and the concepts of a sentence dated in the
  last week (``recency.when``: "earlier this week", "on Tuesday") vote ``RECENT_VOTE`` times.
  On the timeline clusters (ten articles) the same vote cost 2 ROUGE-1 points, so larger
  stories leave the news to agreement.
* **history is kept out**: a sentence about a precedent (``recency.when``: it names only
  dates more than a year old, or continues a sentence that does) is not chosen while the
  story has anything else; should one be needed it is marked ``history``.
* a candidate has ``MIN_WORDS`` (ten) words or more, the concept ILP's own rule (``sume``,
  Boudin, Mougard and Favre 2015); shorter sentences still vote for concepts.
* sentences that lean on an earlier one ("He said", "But the ...") or open on a quotation
  carry a penalty (a part of their own value), because they read badly out of context.
* **compression**, off unless ``COMPRESS`` names its kinds (``compress``; Berg-Kirkpatrick,
  Gillick and Klein 2011): a sentence ending in a non-restrictive relative clause or a
  participial adjunct (", which ...", ", raising fears ...") or an attribution (", officials
  said") is offered to the solver a second time without it, as a prefix of itself, so its
  citation is still exact; the solver tells one version of a sentence at most.  Measured on
  the timeline clusters and not adopted (the held-out part lost a tenth of a point).

**Submodular selection**, off unless ``SELECT`` names it (``submodular``; Lin and Bilmes
2011): "submodular" chooses by their saturated tf-idf coverage plus a diversity reward over
k-means parts of the story's sentences, greedily; "diverse" keeps the concept ILP and adds
the diversity reward to it.  Measured on the timeline clusters and not adopted (the published
objective is behind centroid there; the hybrid gained the tuning part and lost the held-out
part; README, "Submodular coverage and diversity").

**Learned weights** (Li, Qian and Liu 2013, "Using Supervised Bigram-based ILP for
Extractive Summarization"): in a story of ``LEARNED_REPORTS`` reporting articles or more, a
concept is worth instead the probability that a reference summary holds it, by a logistic
regression over a few facts of how the story uses it (``FEATURES``: the share of articles,
the counted weight above, lead use, first position, sentences, history and name shares,
function words, numbers), fitted on the tuning part of ``benchmarks/summary_rouge.py`` by
``benchmarks/fit_concept_weights.py`` and shipped as ``models/concept_weights.json``.
Concepts fewer than ``MIN_ARTICLES`` articles use keep ``RARE_WEIGHT`` of it, as counted.
A content word is worth ``LEARNED_UNIGRAM_WEIGHT`` of its probability (0.3; bigrams only, as
in that paper, is the switch's 0: measured on the timeline clusters and not adopted, the
held-out part lost R-1).  Smaller stories keep the counted weights, where the lead and the
newest report decide.

**Order**: the newest article's sentences first, each article's in its own order; the lead
of the latest report is the newest development.

Length rule (as DUC's 100-word summaries, but never cutting a sentence): whole sentences whose
word counts (whitespace-separated tokens) add up to at most ``words``.  The one exception: if
no sentence fits the budget, the best single sentence is returned alone, so a story with
reporting never gets an empty summary.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

import numpy as np

from newsdesk.ingest.furniture import is_bullet, lead_start
from newsdesk.knowledge import grammar, name_descriptions
from newsdesk.model import Extraction, Span
from newsdesk.synthesize import compress, recency, signature, submodular
from newsdesk.synthesize.concepts import concepts, function_stems, is_bigram, named, tokens
from newsdesk.synthesize.coverage import Diversity, Option, choose

# Concept weights.  MIN_ARTICLES follows ICSI (a concept must appear in three documents of a
# DUC cluster); the lead and unigram figures were set on the tuning half of the timeline clusters
# (benchmarks/summary_rouge.py), never on the held-out half.  On the tuning half the lead is
# nearly all of the gain over centroid (without it 40.38/9.00, centroid 42.73/11.71).
MIN_ARTICLES = 3
RARE_WEIGHT = 0.1  # a concept fewer articles use keeps this fraction of its vote
UNIGRAM_WEIGHT = 0.3  # a content word is worth this much of a bigram
LEAD_BONUS = 2.0
LEAD_DECAY = 2.0  # sentences: the lead bonus falls by e every LEAD_DECAY sentences
OPINION_VOTE = 0.5  # an opinion article's vote for a concept, against 1 for reporting
# Sentence priors (1: no penalty).
QUOTE_PRIOR = 0.6
DANGLING_PRIOR = 0.75
# The vote of a sentence reporting the last week's development, in a story too small (fewer
# than MIN_ARTICLES reporting articles) for agreement between outlets to say what the news is.
RECENT_VOTE = 2.0
# The concept ILP's candidate rule (the ICSI system as Boudin, Mougard and Favre 2015
# reimplement it in ``sume``): a sentence of fewer than ten words is no candidate, though it
# still votes for concepts.  Short sentences are scraps out of context that fill the last few
# words of a budget.  On the tuning part: six words 43.56/11.62, eight 43.38/12.08,
# ten 43.34/12.29, twelve 43.79/12.40: a plateau, not a peak.  Key dates keep their own six.
MIN_WORDS = 10
MAX_WORDS = 55
MAX_MENDED = 2 * MAX_WORDS  # a mended span longer than this is not one sentence
MAX_POOL = 400  # candidates the solver sees (best value per word first)
# Learned concept weights (Li, Qian and Liu 2013): the file of coefficients that
# ``benchmarks/fit_concept_weights.py`` fits on the tuning part; "" for the counted weights.
# A story of fewer reports keeps the counted weights: agreement between three or four outlets
# says less than between ten, and there the lead and the newest report decide (tests pin it).
LEARNED_REPORTS = 5
# A content word's share of its learned probability (as UNIGRAM_WEIGHT of the counted
# weights).  Li, Qian and Liu's concepts are bigrams only (0 here): on the tuning part
# 0.3 gives 44.29/12.69, 0.15 44.48/13.40, 0 45.27/13.86 (0.5 and 1, counted weights alike:
# 44.56/12.12, 44.37/11.56); but at 0 the held-out part fell from 43.59/13.35 to
# 42.76/13.48 (R-1 -0.84), so it stays at 0.3: measured and not adopted
# (``--set LEARNED_UNIGRAM_WEIGHT=0``).
LEARNED_UNIGRAM_WEIGHT = 0.3
MODEL = str(Path(__file__).with_name("models") / "concept_weights.json")
# Sentence compression (``compress``): the kinds of trailing clause a candidate may also be
# offered without, as a prefix of itself ("" for whole sentences only, the default).  On the
# tuning part: whole sentences 44.44/12.62, adjuncts cut 44.46/12.88, attributions
# cut 44.45/12.65, both 44.47/12.78; own clusters 48.82/21.26, 49.21/22.43, 49.07/21.11,
# 48.95/21.38.  Adjuncts cut, the held-out part fell from 43.84/13.56 to 43.74/13.44, so it
# is off: a switch for newswire (``--set COMPRESS=adjunct``), measured and not adopted.
COMPRESS = ""
# Topic signatures (``signature``; Lin and Hovy 2000, as CLASSY used them): how a concept's
# weight answers to the words the story uses far more often than general English does.  ""
# leaves the weights alone; "filter": a concept holding no signature word keeps SIGNATURE_OFF
# of its weight; "llr": every concept is scaled by log(1 + G) / log(1 + cutoff) of its best
# word; "idf": by its rarest word's -log10 background probability over IDF_SCALE (kinds
# combine, space-separated).  On the tuning part (R-1/R-2; main 44.10/12.83): filter at 0
# 44.19/13.34, 0.1 44.50/13.51, 0.3 44.78/13.65, 0.5 44.53/13.58; llr 44.69/13.78; idf
# 45.25/13.18; filter 0.3 and idf 45.32/13.23.  Filter at 0.3 gains both figures on both
# halves of the tuning dates; idf gains R-1 more but R-2 by less than its noise.  Filter at 0.3
# on the held-out part: 42.51/12.68 against main's 43.42/12.98 (-0.91 ± 0.50 / -0.30 ± 0.31),
# so it is off: a switch (``--set SIGNATURE=filter``), measured and not adopted.
SIGNATURE = ""
SIGNATURE_OFF = 0.3
IDF_SCALE = 5.0
# How the sentences are chosen (``submodular``; Lin and Bilmes 2011). "" is the concept ILP.
# "submodular": their objective alone, F = L + lambda R (saturated tf-idf cosine coverage of
# the story's body sentences, alpha = SUBMODULAR_A / N, diversity SUBMODULAR_LAMBDA over
# k-means parts of CLUSTER_SHARE * N, cost-scaled greedy r = COST_SCALE), each body sentence's
# coverage weighed by its lead vote when SUBMODULAR_LEAD is 1 (0: equal, as published).
# "diverse": the concept ILP with their diversity reward added, a part's reward the square
# root of its chosen sentences' own concept values, weighed DIVERSITY_WEIGHT times the median
# candidate's value; solved exactly (``coverage.Diversity``).  DIVERSITY_REWARD "similarity"
# takes their own singleton reward instead (a sentence's mean tf-idf cosine to the story's).
# On the tuning part (R-1/R-2; main 44.31/13.08, centroid 43.89/12.19): "submodular" as
# published 41.98/10.62, with the lead 41.07/10.06; "diverse" at 0.25 45.02/13.34, at 0.5
# 44.19/12.75.  "diverse" at 0.25 on the held-out part: 42.73/12.70 against main's
# 42.99/13.24 (-0.26 ± 0.64 / -0.54 ± 0.82), own clusters 48.71/20.22 (main 48.82/21.26), so
# it is off: a switch (``--set SELECT=diverse``), measured and not adopted.  Measured on the
# tuning part after that one held-out run, not taken further: 0.1 44.93/13.47; the
# "similarity" reward at 0.25 45.33/13.66 (its earlier half loses R-2).
SELECT = ""
SUBMODULAR_A = 5.0
SUBMODULAR_LAMBDA = 6.0
SUBMODULAR_LEAD = 0.0
CLUSTER_SHARE = 0.2
COST_SCALE = 0.3
DIVERSITY_WEIGHT = 0.25  # the tuning part's pick of 0.25 and 0.5
DIVERSITY_REWARD = "value"
SEED = 0
_FAR = date(1, 1, 1)  # undated articles sort after dated ones (newest first)

_DANGLING = re.compile(
    r"^(?:he|she|it|they|this|that|these|those|his|her|its|their|but|and|or|so|also|yet|still"
    r"|however|meanwhile|instead|then|there)\b",
    re.IGNORECASE,
)
_OPEN_QUOTE = ('"', "“", "'", "‘", "``")
_FINAL = ".?!…"  # a sentence ends with one of these, perhaps followed by _CLOSERS
_CLOSERS = "\"'”’)]"
WRAP_COLUMNS = 100  # a text none of whose lines is longer than this may be hard-wrapped


@dataclass(frozen=True)
class Cited:
    """One summary sentence and where it stands."""

    text: str
    article: str
    path: str | None
    outlet: str | None
    start: int
    end: int
    historical: bool = False  # about a precedent, not the news (chosen only for want of news)


@dataclass(frozen=True, eq=False)  # identity: two candidates never merge
class _Candidate:
    extraction: Extraction
    start: int
    end: int
    position: int  # index among the article's body sentences
    words: int
    concepts: frozenset[str]
    prior: float  # how well it reads alone: 1, or less for quotes and dangling openings
    when: recency.When
    sentence: int = 0  # the shortened versions of one sentence share it: one at most is told
    row: int = -1  # its index among the story's body sentences (``_gather``'s order)

    @property
    def text(self) -> str:
        return self.extraction.article.text[self.start : self.end]

    @property
    def opinion(self) -> bool:
        return self.extraction.article.genre == "opinion"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace and without a leading wire dateline."""
    raw = text[start:end]
    start += len(raw) - len(raw.lstrip())
    end -= len(raw) - len(raw.rstrip())
    start += lead_start(text[start:end])  # "WASHINGTON | Wed Jun 16, 2010 2:59 pm EDT ..."
    return start, end


def hard_wrapped(text: str) -> bool:
    """Whether line breaks in ``text`` are a typewriter's, not the writer's.

    Wire copy as archived (DUC's newswire, plain-text feeds) breaks every line near column
    70, mid-sentence.  Such a text has no long line and many lines that stop without final
    punctuation; a text whose paragraphs are lines has long lines.
    """
    lines = [line.rstrip() for line in text.splitlines() if line.strip()]
    if len(lines) < 4 or max(len(line) for line in lines) > WRAP_COLUMNS:
        return False
    open_ended = sum(line.rstrip(_CLOSERS)[-1:] not in _FINAL for line in lines)
    return open_ended * 3 >= len(lines)


def mend(text: str, spans: list[Span]) -> list[Span]:
    """Sentence spans with parser splits inside a sentence joined again.

    The small spaCy model sometimes ends a sentence after a capitalised word ("Brenmoor" |
    "Health said on Thursday ...", "HOLLOWAY" | "FALLS" | "(Wire)" | "— A bridge ...") or
    inside a quotation of two sentences, and the pipeline ends a sentence at every line
    break, which in hard-wrapped text falls mid-sentence ("rejected opposition parties'
    demands" | "for talks outside the country").  A span that has no final punctuation, or
    leaves a quotation open, is merged with the next span when that one follows on the same
    line; in hard-wrapped text, a span that stops without final punctuation is also merged
    with the next line (not across a blank line, and not for a quotation mark alone: a
    headline region can cut a line after its opening mark, and parity would never close).
    No mended sentence grows past ``MAX_MENDED`` words.
    """
    wrapped = hard_wrapped(text)
    first_line_end = text.find("\n") % (len(text) + 1)  # the whole text if none
    mended: list[Span] = []
    for span in spans:
        if mended:
            last = mended[-1]
            body = text[last.start : last.end].rstrip()
            gap = text[last.start + len(body) : span.start]
            open_ended = body.rstrip(_CLOSERS)[-1:] not in _FINAL
            if "\n" in gap:  # a wrapped line: only a line that stops mid-sentence goes on
                joined = wrapped and gap.count("\n") == 1 and open_ended
            else:
                following = text[span.start : span.end]
                joined = (open_ended and not _glued_opening(body, following) and not (
                    span.start < first_line_end and _glued_lead(body, following))) \
                    or _open_quote(body)
            short = len(text[last.start : span.end].split()) <= MAX_MENDED
            if is_bullet(body) or is_bullet(text[span.start : span.end]):
                joined = False  # "... so far: cents Reports say ...": a scrape's bullet
            if body and joined and short and not gap.strip() and last.end <= span.start:
                mended[-1] = Span(last.start, span.end)
                continue
        mended.append(span)
    return mended


_FIRST_TWO = re.compile(r"\s*([A-Z][a-z]+)\s+([a-z]+)\b")


def _glued_opening(body: str, following: str) -> bool:
    """Whether the next span is a sentence a scrape ran into the one before, which the parse
    already split ("BP faces backlash over Gulf oil spill report" | "The explosion on the rig
    killed 11 workers"): a word in lower case ends the span and the next opens on a
    capitalised sentence opener (``grammar.GLUED_SENTENCE_OPENERS``, or a participle of a
    frame, ``grammar.GLUED_PARTICIPLE_OPENERS``) before a word in lower case, or a name ends
    it and the next opens on "The", "He", "She", "They" or "We" before a word in lower case,
    as the parse splits them (``annotate``).  Mending it would cite a
    headline or a caption glued to a sentence."""
    last = body.split()[-1] if body.split() else ""
    if not last[-1:].isalpha():
        return False
    if _glued_article(last, following.split()[:3]):
        return True
    opening = following.split()[:2]
    if last.islower() and last not in grammar.STOP_WORDS and len(opening) == 2 and \
            opening[0].istitle() and opening[0].lower() in grammar.GLUED_CLAUSE_OPENERS and (
                opening[1] in grammar.GLUED_CLAUSE_DETERMINERS or opening[1][:1].isdigit()
                or opening[1].istitle()):
        return True  # "... in the future" | "In a statement issued later, ..."
    found = _FIRST_TWO.match(following)
    if found is None:
        return False
    opener = found.group(1).lower()
    if last.islower() and last not in grammar.STOP_WORDS and \
            opener in grammar.GLUED_PARTICIPLE_OPENERS:
        return True  # "... spewing out daily" | "Speaking on Saturday, the president ..."
    if last.islower():
        return opener in grammar.GLUED_SENTENCE_OPENERS
    # "... aid supplies in Port-au-Prince" | "The leading US general in Haiti has said"
    return last[:1].isupper() and len(last) > 1 and opener in grammar.GLUED_AFTER_NAMES


def glued_header(text: str, span: Span) -> bool:
    """A headline or caption the parse parted from a lead glued onto it on a page's first line
    ("Ferry strike: pictures of harbour protest" | "Norlund says ..."): the span ends on a
    word, with no stop, before the rest of that first line.  It is the page's header, which
    a summary never cites, though the segmenter could not mark it apart."""
    line_end = text.find("\n")
    line_end = len(text) if line_end < 0 else line_end
    said = text[span.start : span.end].rstrip()
    return span.end < line_end and bool(text[span.end : line_end].strip()) and \
        said[-1:].isalnum()


def glued_caption(text: str, span: Span) -> bool:
    """A caption or pull quote the parse parted from the paragraph it was run into, on any
    line ("At least 900 tonnes of grain have been lost daily" | "Speaking on Monday, the mayor
    blamed ..."): the span ends on a word, with no stop, and the rest of its line goes on.  As
    with ``glued_header``, the summary never cites it."""
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    said = text[span.start : span.end].rstrip()
    return bool(text[span.end : line_end].strip()) and said[-1:].isalnum()


def _glued_lead(body: str, following: str) -> bool:
    """A page's first line that ran a headline or caption and the lead together, which
    ``annotate`` parts where a name opens the lead ("... raised to the surface" | "BP has
    replaced a damaged blowout preventer ..."): a noun in lower case ends the span, one that
    describes no name ("oil giant" | "BP" is one name, ``name_descriptions``) and takes no
    clause of its own, and the next span opens on a capitalised word.  Mending it would cite
    the caption with the lead."""
    words = body.split()
    opening = following.split()[:1]
    if len(words) < name_descriptions.HEADER_WORDS_LEAST or not opening:
        return False
    last, first = words[-1], opening[0]
    quoted = last.rstrip(_CLOSERS)
    if quoted != last and quoted.isalpha() and quoted.islower():
        # "... to cap flow 'within 24 hours'" | "BP plans to ...": a headline that ends on
        # words it quotes, parted from the lead after the closing mark
        return len(first) > 1 and (first.istitle() or first.isupper())
    return last.isalpha() and last.islower() and last not in grammar.STOP_WORDS and \
        not name_descriptions.describes_a_name(last) and \
        not name_descriptions.opens_a_bare_relative(last) and \
        len(first) > 1 and (first.istitle() or first.isupper())  # not "a plan" | "A and B"


def _glued_article(last: str, opening: list[str]) -> bool:
    """The openings the parse splits off a caption or headline ending on ``last``
    (``annotate._glued_article``): "A" or "An" after a word in lower case before a
    capitalised word, a number or an open-class word, and not after a noun a letter labels
    ("... at the port" | "A Royal Navy ship"); "A", "An" or "The" before an acronym ("... of
    regional scale" | "The UN mission"); "Some" or "About" before a number and a word in lower
    case ("... Mayor Jean Valcourt" | "Some 3,000 blankets")."""
    if len(opening) < 2 or not opening[0].istitle():
        return False
    first, second = opening[0].lower(), opening[1]
    if first in grammar.GLUED_BEFORE_NUMBERS:  # "Some 3,000 blankets", not "About 2030 Election"
        return second[:1].isdigit() and opening[2:3] != [] and opening[2].islower()
    lower = last.isalpha() and last.islower() and last not in grammar.STOP_WORDS
    if not lower:
        return False
    if first in grammar.GLUED_ARTICLES_BEFORE_ACRONYMS and second.isalpha() and \
            second.isupper() and len(second) > 1:
        return True
    if first not in grammar.GLUED_ARTICLES or last in grammar.LETTER_LABELS:
        return False
    return second[:1].isupper() or second[:1].isdigit() or (
        second.isalpha() and second.islower() and second not in grammar.STOP_WORDS)


def _open_quote(text: str) -> bool:
    """A quotation opened and not closed: curly marks counted apart, straight ones by parity."""
    return (
        text.count("“") > text.count("”")
        or text.count("``") > text.count("''")
        or text.replace("''", "").count('"') % 2 == 1
    )


def _prior(text: str) -> float:
    weight = 1.0
    if text.startswith(_OPEN_QUOTE):
        weight *= QUOTE_PRIOR
    if _DANGLING.match(text):
        weight *= DANGLING_PRIOR
    return weight


def _citable(text: str, words: int) -> bool:
    if not (MIN_WORDS <= words <= MAX_WORDS) or text.endswith(("?", ":")):
        return False
    if not text[:1].isupper() and not text.startswith(_OPEN_QUOTE):
        return False  # a fragment the sentence splitter cut off
    # Half a quotation would misquote.
    return not (_open_quote(text) or text.count("”") > text.count("“"))


def _ends_quotation(text: str, span: Span) -> bool:
    """The last sentence of a quotation whose closing mark the sentence span left out
    (``I hear comments ... not the case with BP.\nWe care about the small people."``): told
    alone, it would read as the writer's words."""
    after = text[span.end : span.end + 1]
    said = text[span.start : span.end]
    if after == "”":
        return said.count("“") <= said.count("”")
    return after == '"' and said.count('"') % 2 == 0


@dataclass
class _Use:
    """How a story uses one concept: the facts a learned weight is predicted from."""

    votes: dict[str, float] = field(default_factory=dict)  # article -> its best vote
    first: dict[str, int] = field(default_factory=dict)  # article -> first sentence holding it
    sentences: int = 0  # body sentences holding it (a term frequency)
    history: int = 0  # of which about a precedent
    named: int = 0  # of which hold it in a capitalised word (a name)


def _read(
    extractions: list[Extraction], body: list[tuple[str, float]] | None = None
) -> tuple[list[_Candidate], dict[str, float], frozenset[str]]:
    """The citable sentences, each concept's weight from every body sentence, and the concepts
    enough articles use to be shared.

    A story of ``LEARNED_REPORTS`` reporting articles or more weighs its concepts by the
    learned model (``MODEL``) when there is one; a smaller story, or none, counts votes."""
    reporting = sum(ex.article.genre != "opinion" for ex in extractions)
    model = _model(MODEL) if reporting >= LEARNED_REPORTS else None
    words: list[str] | None = [] if SIGNATURE else None  # the story's tokens, only if read
    found, uses = _gather(extractions, named_words=model is not None, words=words, body=body)
    needed = min(MIN_ARTICLES, max(1, reporting))
    shared = frozenset(c for c, use in uses.items() if len(use.votes) >= needed)
    if model is not None:
        learned = model.weights(uses, len(extractions))
        for concept in learned.keys() - shared:  # fitted on shared concepts: these as counted
            learned[concept] *= RARE_WEIGHT
        return found, _signed(learned, words or []), shared
    weights = {}
    for concept, use in uses.items():
        weight = sum(use.votes.values()) * (1.0 if is_bigram(concept) else UNIGRAM_WEIGHT)
        weights[concept] = weight if concept in shared else weight * RARE_WEIGHT
    return found, _signed(weights, words or []), shared


def _signed(weights: dict[str, float], words: list[str]) -> dict[str, float]:
    """The weights as ``SIGNATURE`` has them answer to the story's topic signature."""
    kinds = SIGNATURE.split()
    if "idf" in kinds:
        idf = signature.background_idf(words)
        weights = {c: w * max(idf.get(p, 0.0) for p in c.split(" ")) / IDF_SCALE
                   for c, w in weights.items()}
    if "filter" in kinds or "llr" in kinds:
        g = signature.scores(words)
        scaled = {}
        for concept, weight in weights.items():
            best = max(g.get(p, 0.0) for p in concept.split(" "))
            if "llr" in kinds:
                weight *= math.log1p(best) / math.log1p(signature.CUTOFF)
            elif best < signature.CUTOFF:
                weight *= SIGNATURE_OFF
            scaled[concept] = weight
        weights = scaled
    return weights


def _gather(
    extractions: list[Extraction],
    named_words: bool,
    words: list[str] | None = None,
    body: list[tuple[str, float]] | None = None,
) -> tuple[list[_Candidate], dict[str, _Use]]:
    """The citable sentences and how the story uses each concept of its body sentences
    (and, into ``words``, every token of those sentences: the story's own word counts; into
    ``body``, every body sentence with its vote, the ground set of ``submodular``)."""
    found: list[_Candidate] = []
    uses: dict[str, _Use] = defaultdict(_Use)
    seen: set[str] = set()
    reporting = {ex.article.id for ex in extractions if ex.article.genre != "opinion"}
    recent = RECENT_VOTE if len(reporting) < MIN_ARTICLES else 1.0
    row = -1
    for ex in sorted(extractions, key=lambda ex: ex.article.id):
        art = ex.article
        spans = [s for s in mend(art.text, ex.sentences) if art.in_body(s.start, s.end)]
        trimmed = [Span(*trim(art.text, s.start, s.end)) for s in spans]
        judged = recency.when(ex, trimmed)
        genre = OPINION_VOTE if art.genre == "opinion" else 1.0
        for position, (span, when) in enumerate(zip(trimmed, judged, strict=True)):
            text = art.text[span.start : span.end]
            held = concepts(text)
            if words is not None:
                words.extend(tokens(text))
            vote = genre * (1.0 + LEAD_BONUS * math.exp(-position / LEAD_DECAY))
            if when.recent:
                vote *= recent
            row += 1
            if body is not None:
                body.append((text, vote))
            names = named(text) if named_words else frozenset()
            for concept in held:
                use = uses[concept]
                if vote > use.votes.get(art.id, 0.0):
                    use.votes[art.id] = vote
                use.first.setdefault(art.id, position)
                use.sentences += 1
                use.history += when.history
                use.named += concept in names
            count = len(text.split())
            key = " ".join(text.split())
            if not _citable(text, count) or _ends_quotation(art.text, span) or key in seen or \
                    glued_header(art.text, span) or glued_caption(art.text, span):
                continue  # (the same sentence again: a syndicated copy)
            seen.add(key)
            number = len(found)
            found.append(
                _Candidate(
                    ex, span.start, span.end, position, count, held, _prior(text), when, number,
                    row,
                )
            )
            found.extend(_shortened(ex, span, position, when, number, row))
    return found, uses


def _shortened(
    ex: Extraction, span: Span, position: int, when: recency.When, number: int, row: int = -1
) -> list[_Candidate]:
    """The sentence's shortened versions (``compress``): each a prefix of it, so cited exactly."""
    text = ex.article.text[span.start : span.end]
    versions = []
    for cut in compress.cuts(text, tuple(COMPRESS.split())):
        short = text[:cut].rstrip()
        count = len(short.split())
        if _citable(short, count):
            versions.append(
                _Candidate(
                    ex, span.start, span.start + len(short), position, count,
                    concepts(short), _prior(short), when, number, row,
                )
            )
    return versions


FEATURES = (
    "article share",  # articles using it / the story's articles
    "log articles",
    "log counted weight",  # log(1 + the counted weight: lead-weighted article votes)
    "lead share",  # of the articles using it, those that use it in their first three sentences
    "first position",  # exp(-p / LEAD_DECAY), p its earliest sentence in any article
    "log sentences",
    "history share",
    "name share",
    "function word",
    "number",
)


def concept_features(use: _Use, articles: int, concept: str) -> list[float]:
    """The ``FEATURES`` of one concept of a story of ``articles`` articles."""
    df = len(use.votes)
    parts = concept.split()
    function = function_stems()
    return [
        df / articles,
        math.log1p(df),
        math.log1p(sum(use.votes.values())),
        sum(p < 3 for p in use.first.values()) / df,
        math.exp(-min(use.first.values()) / LEAD_DECAY),
        math.log1p(use.sentences),
        use.history / use.sentences,
        use.named / use.sentences,
        float(any(p in function for p in parts)),
        float(any(ch.isdigit() for ch in concept)),
    ]


def story_concepts(extractions: list[Extraction]) -> dict[str, list[float]]:
    """Every concept of a story with its ``FEATURES`` (what the weights are fitted on)."""
    _found, uses = _gather(extractions, named_words=True)
    return {c: concept_features(use, len(extractions), c) for c, use in uses.items()}


@dataclass(frozen=True)
class _Model:
    """Two logistic regressions over standardised ``FEATURES``: one for bigrams, one for
    content words, each the probability that a reference summary holds the concept."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    bigram: tuple[float, ...]  # intercept first
    word: tuple[float, ...]

    def probability(self, x: list[float], bigram: bool) -> float:
        coef = self.bigram if bigram else self.word
        z = coef[0] + sum(
            c * (v - m) / s
            for c, v, m, s in zip(coef[1:], x, self.mean, self.scale, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-z))

    def weights(self, uses: dict[str, _Use], articles: int) -> dict[str, float]:
        weights = {}
        for concept, use in uses.items():
            bigram = is_bigram(concept)
            p = self.probability(concept_features(use, articles, concept), bigram)
            weights[concept] = p if bigram else LEARNED_UNIGRAM_WEIGHT * p
        return weights


def _model(path: str) -> _Model | None:
    """The model in ``path`` (read again when the file changes), or None where there is none."""
    if not path or not Path(path).is_file():
        return None
    return _load(path, Path(path).stat().st_mtime_ns)


@lru_cache(maxsize=4)
def _load(path: str, _changed: int) -> _Model:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if list(data["features"]) != list(FEATURES):
        raise ValueError(f"{path}: fitted on other features")
    return _Model(
        tuple(data["mean"]), tuple(data["scale"]), tuple(data["bigram"]), tuple(data["word"])
    )


def _option(cand: _Candidate, weights: dict[str, float], shared: frozenset[str]) -> Option:
    """The sentence for the solver: its shared concepts, and the rest of its value as a bonus.

    Only concepts several articles use need the solver's count-once rule (they are what two
    sentences may repeat); the small weight of the others is the sentence's own, which keeps
    the programme small (a ten-article story: some hundreds of variables, not thousands).
    """
    held = cand.concepts & shared
    rare = sum(weights.get(c, 0.0) for c in cand.concepts - shared)
    alone = rare + sum(weights[c] for c in held)
    return Option(cand.words, held, rare + (cand.prior - 1.0) * alone, cand.sentence)


def _pool(found: list[_Candidate]) -> list[_Candidate]:
    """Reporting that is not history; failing that, reporting; failing that, anything."""
    reporting = [c for c in found if not c.opinion] or found
    return [c for c in reporting if not c.when.history] or reporting


def summarize(extractions: list[Extraction], words: int = 120) -> list[Cited]:
    """At most ``words`` words of cited body sentences, newest article first."""
    body: list[tuple[str, float]] | None = [] if SELECT else None
    found, weights, shared = _read(extractions, body)
    if not found or words <= 0:
        return []
    pool = _pool(found)
    options = [_option(c, weights, shared) for c in pool]
    ranked = sorted(
        range(len(pool)),
        key=lambda j: (-_standalone(options[j], weights) / pool[j].words, j),
    )[:MAX_POOL]
    candidates = [pool[j] for j in ranked]
    if SELECT == "submodular" and body:
        picked = _submodular(candidates, body, words)
    else:
        offered = [options[j] for j in ranked]
        diverse = _diversity(candidates, offered, weights, body) if SELECT == "diverse" and \
            body else None
        picked = choose(offered, weights, words, diverse)
    chosen = [candidates[k] for k in picked]
    if not chosen:  # nothing fits: the best sentence alone rather than nothing
        chosen = [pool[ranked[0]]]
    chosen.sort(key=_newest_first)
    return [
        Cited(
            c.text,
            c.extraction.article.id,
            c.extraction.article.path,
            c.extraction.article.outlet,
            c.start,
            c.end,
            c.when.history,
        )
        for c in chosen
    ]


def _parts(body: list[tuple[str, float]]) -> tuple[np.ndarray, np.ndarray]:
    """The body sentences' tf-idf cosine similarities and their k-means parts
    (``CLUSTER_SHARE`` of the sentences, seeded with ``SEED``)."""
    vectors = submodular.tfidf([text for text, _vote in body])
    similarity = np.clip(vectors @ vectors.T, 0.0, None)
    labels = submodular.kmeans(vectors, max(1, round(CLUSTER_SHARE * len(body))), SEED)
    return similarity, labels


def _submodular(
    candidates: list[_Candidate], body: list[tuple[str, float]], words: int
) -> list[int]:
    """Lin and Bilmes' F = L + lambda R over the story's body sentences, greedily."""
    similarity, labels = _parts(body)
    rows = [c.row for c in candidates]
    importance = np.array([vote for _text, vote in body]) if SUBMODULAR_LEAD else None
    objective = submodular.Objective(
        similarity, rows, SUBMODULAR_A / len(body), SUBMODULAR_LAMBDA,
        [int(labels[r]) for r in rows], importance,
    )
    return submodular.greedy(
        objective.value, objective.gains, [c.words for c in candidates], words, COST_SCALE
    )


def _diversity(
    candidates: list[_Candidate],
    options: list[Option],
    weights: dict[str, float],
    body: list[tuple[str, float]],
) -> Diversity:
    """Lin and Bilmes' diversity reward for the concept ILP: a candidate's reward is its own
    value (the coverage's singleton value, as their r_j is; or, with ``DIVERSITY_REWARD``
    "similarity", their own r_j), in units of the median one, so that one median sentence
    alone in its part earns ``DIVERSITY_WEIGHT`` of a median sentence's value."""
    similarity, labels = _parts(body)
    values = [max(_standalone(o, weights), 0.0) for o in options]
    rewards = values
    if DIVERSITY_REWARD == "similarity":
        rewards = [float(similarity[c.row].mean()) for c in candidates]
    return Diversity(
        [int(labels[c.row]) for c in candidates],
        [r / _median(rewards) for r in rewards],
        DIVERSITY_WEIGHT * _median(values),  # in the concepts' units, whichever the reward
    )


def _median(values: list[float]) -> float:
    """The median of the positive values (1 if none): a unit that no outlier sets."""
    positive = sorted(v for v in values if v > 0)
    return positive[len(positive) // 2] if positive else 1.0


def _standalone(option: Option, weights: dict[str, float]) -> float:
    return sum(weights.get(c, 0.0) for c in option.concepts) + option.bonus


def _newest_first(cand: _Candidate) -> tuple[bool, int, str, int]:
    art = cand.extraction.article
    return cand.when.history, -(art.published or _FAR).toordinal(), art.id, cand.start
