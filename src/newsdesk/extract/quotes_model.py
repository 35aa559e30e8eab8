"""A learned reading of attributions: which words are cues, and which of a cue's dependents
carry what was attributed.

The hand-written lexicon in ``quotes.py`` knows the verbs of saying, but news attributes far more
than speech: findings ("a poll shows"), beliefs and intentions ("Trump wants", "she thinks"),
accusations and descriptions ("called him a liar").  Two small logistic models, trained on the
PolNeAR train split by ``benchmarks/train_quotes_model.py``, cover that long tail:

- the cue model scores every verb or noun, and every predicative adjective with a complement
  ("is eager to", "are not confident that", ``predicative``; its features under an ``A|`` key
  of their own), from its lemma, its dependents and its governor, but
  only for lemmas that headed cues in a fair share of their train uses (its ``lexicon``), so
  that a plain action ("greeted the minister") never passes on its shape alone.  A phrasal
  verb counts as its own word there (``cue_key``): "point out" reports speech, "give up"
  (relinquish) never does, though "give" alone heads a cue now and then;
- a lemma seen fewer than ``rare_below`` times in train has too little evidence of its own: if
  it is in a word class (``word_class``: the ``attribution_verbs`` and ``attribution_nouns`` of
  the lexicon), the cue model reads it as its class ("quipped", "surmised" → ``@verb``), so the
  class learns from all its rare members and a member never seen in train ("mused") gets the
  class's evidence, weights and cue rate alike;
- the part model scores each dependent of a cue (and, for a parenthetical cue, the clause that
  governs it) as content or not.

Weights are a plain JSON file of feature → weight, read once; scoring is a dictionary lookup per
feature, so the models cost a few per cent of the parse.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from newsdesk.knowledge import lexicon as word_lists

MODEL_PATH = Path(__file__).resolve().parent / "models" / "quote_attribution.json"
CANDIDATE_POS = frozenset({"VERB", "NOUN"})
# Below this share of cue uses, a lemma ("greet", "deliver") attributes only a whole clause.
STRONG_CUE_RATE = 0.25
_OBJECT_DEPS = frozenset({"dobj", "prep", "ccomp", "xcomp", "attr", "dative", "oprd"})
_SKIP_PART_DEPS = frozenset({"punct", "aux", "auxpass", "neg", "cc", "det", "case"})
# A predicative adjective (``predicative``): how it hangs on its copula, the complements that
# make it a candidate, and what of the copula's the cue model reads as its own.
_PREDICATIVE_DEPS = frozenset({"acomp", "oprd"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "prep"})
_COPULA_SHARED = frozenset({"nsubj", "nsubjpass", "neg"})
# The class keys a rare cue word is read as (never a lemma: candidates are alphabetic).
VERB_CLASS = "@verb"
NOUN_CLASS = "@noun"


@dataclass(frozen=True)
class Linear:
    """A logistic model over string features."""

    bias: float
    weights: dict[str, float]
    threshold: float
    lexicon: dict[str, float] = field(default_factory=dict)  # lemma → share of uses as a cue
    # Class members seen in train → their number of uses; a member seen fewer than
    # ``rare_below`` times, or never, is read as its class.  Empty: no classes (older models).
    members: dict[str, int] = field(default_factory=dict)
    rare_below: int = 0

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def accepts(self, features: list[str]) -> bool:
        return self.probability(features) >= self.threshold


@dataclass(frozen=True)
class Models:
    cue: Linear
    part: Linear
    # A cue the lexicon calls weak, or a verb of saying the rules could not frame, with no verb
    # in its content ("talked about immigration", "greeted the minister") needs at least this
    # cue probability: most such words are acts, and the cue model tells the reports apart.
    thing_threshold: float = 1.01
    # A predicative adjective with a complement (``predicative``: "is eager to", "are not
    # confident that", "is unhappy with") needs at least this cue probability: adjectives head
    # cues in a small share of such uses (train 321-840: 13 %), most of them "likely", "able",
    # "ready" narrating what will or can happen.  Older models (no adjective rows) never take one.
    adjective_threshold: float = 1.01
    # A cue whose speaker the finder does not reach ("an evening called Pies and Politics",
    # "was identified as the protester", a headline's subjectless verb) is an attribution said
    # by no one named when the cue model is at least this sure.  Older artefacts had none and
    # used ``thing_threshold`` for it (``load``).
    speakerless_threshold: float = 1.01

    def word(self, token: Token) -> str:
        """What the cue model reads ``token`` as: its lemma, or for a word of a class
        (``word_class``) seen fewer than ``rare_below`` times in train, the class."""
        cls = self._class(token)
        if cls is not None and self.cue.members.get(cue_key(token), 0) < self.cue.rare_below:
            return cls
        return token.lemma_.lower()

    def knows(self, token: Token) -> bool:
        """Whether ``token`` heads cues in a fair share of its uses: its own train uses, or
        for a class member never seen in train, those of its class's rare members."""
        return self._rate(token) is not None

    def rate(self, token: Token) -> float:
        """The share of uses in which ``token`` heads a cue (0 for a word not ``knows``)."""
        return self._rate(token) or 0.0

    def _rate(self, token: Token) -> float | None:
        key = cue_key(token)
        if key in self.cue.lexicon:
            return self.cue.lexicon[key]
        cls = self._class(token)
        if cls is not None and key not in self.cue.members:
            return self.cue.lexicon.get(cls)
        return None

    def _class(self, token: Token) -> str | None:
        """``word_class``, and for a verb the lexicon has never seen that judges its object
        through "as" (``ascribes``: "skewered the plan as naive"), the verb class: the frame,
        not the word, is the evidence, as quotation layouts are for verbs of manner of
        speaking.  Read at run time only: the training rows stay ``word_class``'s."""
        if not self.cue.rare_below:
            return None
        cls = word_class(token)
        if cls is None and token.pos_ == "VERB" and cue_key(token) not in self.cue.lexicon and (
            ascribes(token)
        ):
            return VERB_CLASS
        return cls

    def cue_features(self, token: Token) -> list[str]:
        """``cue_features`` of ``token`` read as ``word``."""
        return cue_features(token, self.word(token))


@lru_cache(maxsize=2)
def load(path: Path | None = None) -> Models | None:
    """The trained models (from ``MODEL_PATH`` unless another artefact is named), or None
    when the artefact has not been built (rules still run)."""
    path = path or MODEL_PATH
    if not path.exists():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    cue, part = (
        Linear(raw[k]["bias"], raw[k]["weights"], raw[k]["threshold"],
               dict(raw[k].get("lexicon", {})), dict(raw[k].get("members", {})),
               int(raw[k].get("rare_below", 0)))
        for k in ("cue", "part")
    )
    thing = float(raw["cue"].get("thing_threshold", 1.01))
    return Models(cue, part, thing, float(raw["cue"].get("adjective_threshold", 1.01)),
                  float(raw["cue"].get("speakerless_threshold", thing)))


def is_candidate(token: Token) -> bool:
    return token.is_alpha and (token.pos_ in CANDIDATE_POS or predicative(token))


def predicative(token: Token) -> bool:
    """"The fishermen are not confident that the pier will reopen", "is eager to reopen", "seemed
    reluctant to back", "are unhappy with the rota": an adjective completing a copula with a
    clause, an infinitive or a preposition of its own may state an attitude of the copula's
    subject as a verb of belief or intention would, and PolNeAR marks some such uses (the
    adjective with its copula the cue); whether a use is one is left to the cue model, as for
    verbs and nouns."""
    return token.pos_ == "ADJ" and token.dep_ in _PREDICATIVE_DEPS and any(
        c.dep_ in _CLAUSE_DEPS for c in token.children
    )


def holder_children(token: Token) -> list[Token]:
    """``token``'s dependents, and for a predicative adjective (``predicative``) its copula's
    subject and negation too: the parser hangs those on the copula."""
    own = list(token.children)
    if token.pos_ != "ADJ" or token.head.i == token.i:
        return own
    return own + [c for c in token.head.children if c.dep_ in _COPULA_SHARED]


def cue_key(token: Token) -> str:
    """The word the ``lexicon`` knows: the lemma, joined to its particle for a phrasal verb
    ("pointed out that ..." → ``point|out``, "gave up any ability" → ``give|up``), since the
    particle makes another verb, one that may never report speech."""
    lemma = token.lemma_.lower()
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    return f"{lemma}|{particles[0]}" if particles else lemma


def ascribes(token: Token) -> bool:
    """"trashed the plan as unworkable": a verb that gives its object an adjective through
    "as" judges it, whatever the verb.  Not a passive's subject: "it will be presented as
    such" judges nothing."""
    if not any(c.dep_ == "dobj" for c in token.children):
        return False
    return any(c.dep_ == "prep" and adjective_after_as(c) for c in token.children)


def adjective_after_as(prep: Token) -> bool:
    """"as unfair", "as too costly": "as" with an adjective and no noun is a predicate; a noun
    after "as" may be a role ("entered the race as the favourite", "his record as governor")."""
    return prep.lower_ == "as" and any(g.pos_ == "ADJ" for g in prep.children) and not any(
        g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in prep.children)


def word_class(token: Token) -> str | None:
    """The class a cue word belongs to: a verb among the lexicon's ``attribution_verbs`` (a
    phrasal verb with its particle, "brushed off" → ``brush off``), a noun among its
    ``attribution_nouns``; None for any other word."""
    key = cue_key(token).replace("|", " ")
    if token.pos_ == "VERB" and key in word_lists.ATTRIBUTION_VERBS:
        return VERB_CLASS
    if token.pos_ == "NOUN" and key in word_lists.ATTRIBUTION_NOUNS:
        return NOUN_CLASS
    return None


def cue_features(token: Token, word: str | None = None) -> list[str]:
    """What makes a word a cue: itself (a phrasal verb with its particle, ``k=``), the shape of
    its clause, and who governs it.  With ``word`` (a class key, ``Models.word``), the word's
    own features are emitted under that key instead of its lemma, and only its key (``o=``)
    stays its own."""
    own = token.lemma_.lower()
    lemma = word or own
    deps = sorted({c.dep_ for c in token.children})
    feats = [f"l={lemma}", f"t={token.tag_}", f"d={token.dep_}", f"ld={lemma}|{token.dep_}",
             f"hd={token.head.lemma_.lower()}|{token.dep_}", f"hp={token.head.pos_}"]
    key = cue_key(token)
    if lemma == own and key != own:
        feats.append(f"k={key}")
    if lemma != own:
        # A rare word's own key, for what little evidence it has beside its class's.
        feats.append(f"o={key}")
    feats.extend(f"c={d}" for d in deps)
    feats.extend(f"lc={lemma}|{d}" for d in deps)
    holders = holder_children(token)
    for child in holders:
        if child.dep_ in ("nsubj", "nsubjpass", "poss", "agent"):
            kind = child.ent_type_ or child.pos_
            feats.append(f"s={child.dep_}|{kind}")
            feats.append(f"ls={lemma}|{child.dep_}|{kind}")
        elif child.dep_ == "prep":
            feats.append(f"lp={lemma}|{child.lower_}")
        elif child.dep_ in ("ccomp", "xcomp", "acl"):
            marks = [g.lower_ for g in child.children if g.dep_ in ("mark", "aux")]
            feats.append(f"cm={child.dep_}|{marks[0] if marks else '-'}")
            side = "L" if child.i < token.i else "R"
            feats.append(f"cs={child.dep_}|{side}")
            feats.append(f"lcs={lemma}|{child.dep_}|{side}")
    for child in token.children:
        if child.i > token.i and child.dep_ in _OBJECT_DEPS:
            # "talked about immigration" / "said the plan would fail": a report of speech or
            # thought has a proposition or a topic after it, an act has a thing.
            verbal = any(t.pos_ in ("VERB", "AUX") for t in child.subtree)
            shape = "V" if verbal else "N"
            feats.append(f"ov={child.dep_}|{shape}")
            feats.append(f"lov={lemma}|{shape}")
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    prev = token.doc[token.i - 1] if token.i > 0 else None
    feats.append(f"n={nxt.lower_ if nxt is not None else '<E>'}")
    feats.append(f"p={prev.lower_ if prev is not None else '<S>'}")
    feats.append(f"ln={lemma}|{nxt.lower_ if nxt is not None else '<E>'}")
    if any(c.dep_ == "neg" for c in holders):
        feats.append("neg")
    if token.pos_ == "ADJ":
        # An adjective's evidence is its own: sharing the verbs' and nouns' shape weights
        # ("neg", "cm=xcomp|to") would move theirs with a few hundred rows of another kind.
        return [f"A|{f}" for f in feats]
    return feats


def _clausal_part(token: Token) -> bool:
    """A dependent that is or holds a clause: a verb, or a preposition over one ("of
    placing", "for wearing")."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    return token.dep_ in ("prep", "agent") and any(
        c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") for c in token.children
    )


def _adjunct_features(child: Token) -> tuple[str, ...]:
    """What a part names: "thanked supporters at a victory rally", "said Tuesday", "spoke in
    an interview" add a place, a time or an occasion of the saying, while "talked about
    immigration" or "warned of a recession" name its topic.  The part's own entity type, and
    for a preposition its object's noun and entity type, tell the two apart."""
    feats = [f"e={child.dep_}|{child.ent_type_ or '-'}"]
    if child.dep_ in ("prep", "agent"):
        obj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if obj is not None:
            feats.append(f"pe={child.lower_}|{obj.ent_type_ or '-'}")
            feats.append(f"po={child.lower_}|{obj.lemma_.lower()}")
    return tuple(feats)


@dataclass(frozen=True)
class Part:
    """A candidate stretch of content: token ranges [start, end) and their features."""

    ranges: tuple[tuple[int, int], ...]
    features: tuple[str, ...]


def parts(doc: Doc, cue: Token, word: str | None = None) -> list[Part]:
    """Each dependent's subtree, and the governing clause of a parenthetical cue; the cue is
    read as ``word`` (its class, ``Models.word``) when one is given."""
    lemma = word or cue.lemma_.lower()
    found: list[Part] = []
    kept = [c for c in cue.children if c.dep_ not in _SKIP_PART_DEPS]
    for child in kept:
        side = "L" if child.i < cue.i else "R"
        marks = [g.lower_ for g in child.children if g.dep_ in ("mark", "aux", "case")]
        feats: tuple[str, ...] = (
                 f"d={child.dep_}", f"ds={child.dep_}|{side}", f"ld={lemma}|{child.dep_}",
                 f"lds={lemma}|{child.dep_}|{side}", f"p={child.pos_}",
                 f"dw={child.dep_}|{child.lower_ if child.dep_ == 'prep' else child.pos_}",
                 f"lw={lemma}|{child.lower_ if child.dep_ == 'prep' else child.pos_}",
                 f"m={marks[0] if marks else '-'}", f"cd={cue.dep_}|{child.dep_}",
                 f"n={min(4, len(list(child.subtree)) // 3)}")
        # "accused Republicans of placing ...", "urged voters to slow down", "told voters he
        # is serious": an object followed by a clause of the same cue is its addressee or
        # target, the clause what was said; whether a part holds a verb, and which of the
        # cue's parts after it it is, tell a proposition from a thing.
        later = "C" if any(s.i > child.i and _clausal_part(s) for s in kept) else "-"
        verbal = "V" if _clausal_part(child) else "N"
        rank = sum(1 for s in kept if cue.i < s.i < child.i) if side == "R" else -1
        feats += (f"sib={child.dep_}|{later}", f"lsib={lemma}|{child.dep_}|{later}",
                  f"dv={child.dep_}|{verbal}", f"rk={child.dep_}|{min(rank, 2)}")
        feats += _adjunct_features(child)
        found.append(Part(((child.left_edge.i, child.right_edge.i + 1),), feats))
    head = cue.head
    if head.i != cue.i:
        left, right = cue.left_edge.i, cue.right_edge.i + 1
        ranges = tuple(
            r for r in ((head.left_edge.i, left), (right, head.right_edge.i + 1)) if r[1] > r[0]
        )
        if ranges:
            side = "L" if head.i < cue.i else "R"
            feats = (f"d=HEAD|{cue.dep_}", f"ds=HEAD|{cue.dep_}|{side}",
                     f"ld={lemma}|HEAD|{cue.dep_}", f"p={head.pos_}", f"cd={cue.dep_}|HEAD")
            found.append(Part(ranges, feats))
    return found
