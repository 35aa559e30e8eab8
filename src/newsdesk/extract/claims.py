"""Claims: the propositions of an article, one per clause, read from the one parse.

A claim is a clause's predicate with who or what does it, to what, how surely and in whose
voice.  The clauses taken are the sentence's main clause and those coordinated with it, the
clauses verbs of saying report ("said that ...", "“...,” said X"), content clauses of nouns of
saying ("gave no indication that ...", "his claim that ..."), adverbial clauses ("after Trump
abandoned the deal", "if relief is in the offing"), and absolute clauses ("with the Assembly
starting in less than a month").  Relative clauses stay part of the noun they describe.

Whose voice: a reported clause is its speaker's (``source``): the subject of the verb of
saying that governs it, the speaker of the quotation it stands in, "according to X", and the
parenthetical "as X is suggesting", which hands its clause to X even under "if".  A negated act
of saying negates what it conveys as X's claim ("X gave no indication that Y": X's Y,
negative), so that two outlets' accounts of what X said can be set against each other.

What kind: in the article's own voice, a clause with "should", "must", "ought", an imperative,
or "(it is) the moment / time for X to ..." prescribes; one whose predicate or an argument's
modifier is evaluative (``knowledge.evaluative``: "is atrocious", "the worst behaviors",
"Unfortunately, ...") evaluates; anything else, and anything in another's voice, reports.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsdesk.extract.events import clauses
from newsdesk.extract.quotes_speaker import manner_after_according
from newsdesk.extract.reading import QuotedReading, Reading
from newsdesk.extract.topics import measure_topic, topic_of
from newsdesk.knowledge import evaluative, grammar, lexicon
from newsdesk.model import (
    Claim,
    ClaimKind,
    ClaimPolarity,
    Mention,
    Modality,
    Number,
    Part,
    Quote,
    TimeExpr,
)

COMMUNICATION_VERBS: frozenset[str] = grammar.QUOTE_VERBS | grammar.REPORTING_VERBS
CONTENT_NOUNS: frozenset[str] = lexicon.COMMUNICATION_NOUNS | lexicon.CLAIM_NOUNS
_CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
_POSSIBLE = frozenset({"could", "may", "might", "can", "ca"})
_PRESCRIBING = frozenset({"should", "must", "ought"})
_MOMENT_NOUNS = frozenset({"time", "moment"})  # "now is the moment for X to ...": a call
_RATE_WORDS = frozenset({"a", "an", "per", "each", "every"})
_NOT_A_RATE = frozenset({"ago", "earlier", "later", "before", "after", "since"})  # "a month ago"
_SHARES = frozenset({"percent", "%", "cent", "percentage"})


def _measured(unit: str, head: Token, after: int) -> str:
    """The unit as what is measured, so two figures of different quantities never conflict.
    A quantity per something is a rate ("62,000 barrels a day" is "barrel/day", "$1,100 a
    barrel" is "$/barrel"), not a total of "4.9 million barrels"; a share names its whole
    ("74 percent of the oil" is "percent of oil", beside "25 percent of the dispersant")."""
    doc, stop = head.doc, min(after + 6, head.sent.end)
    for i in range(after, stop - 1):
        word, nxt = doc[i], doc[i + 1]
        if word.is_punct or word.pos_ in ("VERB", "AUX"):
            break
        if word.lower_ in _RATE_WORDS and nxt.pos_ == "NOUN" and (
                i + 2 >= len(doc) or doc[i + 2].lower_ not in _NOT_A_RATE):
            return f"{unit}/{nxt.lemma_.lower()}"
    if unit in _SHARES:
        whole = [t for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                 for t in p.children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")]
        if whole:
            return f"{unit} of {whole[0].lemma_.lower()}"
    return unit


_MULTIPLIERS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
# How a range's first figure hangs on its second ("12,000 to 19,000", "between 18 and 40").
_RANGE_DEPS = frozenset({"quantmod", "conj", "compound"})
_CURRENCY = frozenset({"$", "€", "£"})  # signs that make a figure a sum of money
# Multipliers written onto a figure: "$930m", "40m gallons", "£2bn", "$1.2tn".
_SUFFIXES = {"m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}
# Words after "100m" that make it a length, not a count: "1,500m deep", "100m high".
_LENGTH_AFTER = frozenset({"deep", "high", "long", "wide", "tall", "below", "above", "away"})
_NP_LIMIT = 12  # tokens of a part's text at most (a long object is cut at its head's end)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _is_head(token: Token) -> bool:
    """A token that heads a clause the comparison should read as a claim of its own."""
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("aux", "auxpass"):
        return False
    dep = token.dep_
    if dep in ("ROOT", "ccomp", "parataxis", "advcl"):
        return True
    if dep == "conj":
        return _is_head(token.head)
    if dep in ("pcomp", "acl") and any(c.dep_ == "nsubj" for c in token.children):
        return token.dep_ == "pcomp" or _lemma(token.head) in CONTENT_NOUNS
    # "no indication that sanctions were on the table"
    return dep == "acl" and _lemma(token.head) in CONTENT_NOUNS


def _as_parenthetical(token: Token) -> bool:
    """ "as President Trump is suggesting": a clause of saying that hands its head to X."""
    return (
        token.dep_ == "advcl"
        and _lemma(token) in COMMUNICATION_VERBS
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
        and not any(c.dep_ in ("dobj", "ccomp") for c in token.children)
    )


def _parenthetical_of(token: Token) -> Token | None:
    """The "as X says" clause that is ``token``'s: right after its clause (the parser often
    hangs it on the main verb instead: "if relief is in the offing, as Trump is suggesting,
    it should ..."), else its own child that no nearer clause stands before."""
    if token.head.i != token.i:
        after = token.right_edge.i + 1
        for sibling in token.head.children:
            if _as_parenthetical(sibling) and sibling.i > token.i and all(
                t.is_punct for t in token.doc[after : sibling.left_edge.i]
            ):
                return sibling
    for child in token.children:
        if _as_parenthetical(child) and not any(
            c.dep_ in ("advcl", "ccomp") and c.i < child.i and not _as_parenthetical(c)
            and all(t.is_punct for t in token.doc[c.right_edge.i + 1 : child.left_edge.i])
            for c in token.children
        ):
            return child
    return None


def _content_clause(token: Token) -> Token | None:
    """The clause a verb of saying conveys, directly or through a noun ("gave no indication
    that ...", "reiterated his claim that ...")."""
    for child in token.children:
        if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX"):
            return child
    for obj in (c for c in token.children if c.dep_ == "dobj" and _lemma(c) in CONTENT_NOUNS):
        for child in obj.children:
            if child.dep_ in ("acl", "ccomp") and child.pos_ in ("VERB", "AUX"):
                return child
    return None


def _conveys(token: Token) -> bool:
    """A verb of saying (or a light verb with a noun of saying) whose content is its own claim:
    the act of saying itself is the quote's business, not a fact of the story."""
    if _content_clause(token) is None:
        return False
    if _lemma(token) in COMMUNICATION_VERBS:
        return True
    return any(c.dep_ == "dobj" and _lemma(c) in lexicon.COMMUNICATION_NOUNS
               for c in token.children)


class _Reader(QuotedReading):
    """One article's claims: the reading, its quotes, and indexes over both."""

    def __init__(self, reading: Reading, quotes: Sequence[Quote]) -> None:
        super().__init__(reading, quotes)
        self.times = sorted(reading.times, key=lambda t: t.start)

    # ------------------------------------------------------------ parts

    def actor_of(self, token: Token) -> str | None:
        mention = self.reading.mention_at.get(token.i)
        if mention is not None and mention.actor:
            return mention.actor
        low = token.lower_
        if low in grammar.MALE_PRONOUNS or low in grammar.FEMALE_PRONOUNS:
            gender = "m" if low in grammar.MALE_PRONOUNS else "f"
            return self.reading.references.person_before(token.i, gender)
        if low in ("i", "we", "me", "us"):
            quote = self.quote_at(token.idx)
            if quote is not None and quote.speaker is not None:
                return quote.speaker.actor
        return None

    def named_in(self, token: Token) -> str | None:
        """The actor a described noun names: "the finance minister Lars Vik", "his Iranian
        counterpart, Hassan Rouhani" (a name in its phrase or its appositive)."""
        words = _phrase(token) + [t for a in token.children if a.dep_ == "appos"
                                  for t in _phrase(a)]
        for word in words:
            mention = self.reading.mention_at.get(word.i)
            if mention is not None and mention.actor and mention.kind in ("person", "org"):
                return mention.actor
        return self.reading.references.title_holder(token)

    def part(self, token: Token, phrase: bool = True) -> Part:
        """A token as a part: the mention over it, else its phrase (left modifiers, then its
        right-hand words up to ``_NP_LIMIT``), else the word."""
        mention = self.reading.mention_at.get(token.i)
        actor = self.actor_of(token)
        if actor is None and token.pos_ in ("NOUN", "PROPN"):
            actor = self.named_in(token)
        if mention is not None:
            start, end = mention.start, mention.end
        elif phrase and token.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "ADJ"):
            words = _phrase(token)
            start, end = words[0].idx, words[-1].idx + len(words[-1])
        else:
            start, end = token.idx, token.idx + len(token)
        return Part(self.text[start:end], start, end, _lemma(token), actor)

    def predicate(self, token: Token) -> Part:
        """The predicate as a reader names it: the verb with its particle and negation, or a
        copula with its complement ("is in the offing", "gave no indication")."""
        words = [token]
        words += [c for c in token.children if c.dep_ in ("prt", "neg", "acomp", "attr")]
        lemma = _lemma(token)
        particle = clauses.particle_of(token)
        if particle:
            lemma = f"{lemma} {particle}"
        if lemma == "be":
            complement = next((c for c in token.children if c.dep_ in ("acomp", "attr")), None)
            if complement is not None:
                lemma = f"be {_lemma(complement)}"
        light = next((c for c in token.children
                      if c.dep_ == "dobj" and _lemma(c) in lexicon.COMMUNICATION_NOUNS), None)
        if light is not None:
            words.append(light)
            lemma = f"{lemma} {_lemma(light)}"
        start = min(w.idx for w in words)
        end = max(w.idx + len(w) for w in words)
        return Part(self.text[start:end], start, end, lemma, None)

    def quote_at(self, char: int) -> Quote | None:
        for quote in self.quotes:
            if any(s.start <= char < s.end for s in quote.content):
                return quote
        return None

    # ------------------------------------------------------------ voice

    def source(self, token: Token) -> tuple[Part | None, bool, bool]:
        """(whose claim, whether their act of conveying it is negated, whether "as X says"
        made it theirs despite a condition) for the clause ``token`` heads."""
        said = _parenthetical_of(token)
        if said is not None:
            subject = clauses.subjects_of(said)
            if subject:
                return self.part(subject[0]), clauses.negated(said), True
        current = token
        while current.head.i != current.i:
            head = current.head
            if current.dep_ in ("ccomp", "parataxis") and _lemma(head) in COMMUNICATION_VERBS:
                return self._speaker(head), clauses.negated(head), False
            if current.dep_ in ("acl", "ccomp") and _lemma(head) in CONTENT_NOUNS:
                verb = head.head
                negated = clauses.negated_noun(head) or clauses.negated(verb)
                if head.dep_ == "dobj" and verb.i != head.i:
                    return self._speaker(verb), negated, False
                return None, negated, False
            for child in head.children:
                if child.dep_ == "parataxis" and _lemma(child) in COMMUNICATION_VERBS \
                        and child.i != current.i:
                    return self._speaker(child), False, False  # "Hard-liners, Mr. Abdi said, ..."
            if current.dep_ not in ("conj", "xcomp", "ccomp", "advcl", "acl", "pcomp", "prep",
                                    "pobj"):
                break
            current = head
        according = self._according(token.sent)
        if according is not None:
            return according, False, False
        quote = self.quote_at(token.idx)
        if quote is not None and quote.speaker is not None:
            sp = quote.speaker
            return Part(sp.text, sp.start, sp.end, sp.text.lower(), sp.actor), False, False
        return None, False, False

    def speakers(self, token: Token) -> list[str]:
        """Every actor among the subjects of the saying that reports the clause ("Trump and
        his Iranian counterpart, Hassan Rouhani, both said"): conjuncts and appositives too."""
        verb = _governing_saying(token)
        if verb is None:
            return []
        found: list[str] = []
        for subject in clauses.subjects_of(verb):
            for word in [subject, *subject.conjuncts]:
                for named in [word, *(a for a in word.children if a.dep_ == "appos")]:
                    actor = self.actor_of(named)
                    if actor:
                        found.append(actor)
        return found

    def _speaker(self, verb: Token) -> Part | None:
        subjects = clauses.subjects_of(verb)
        if subjects:
            return self.part(subjects[0])
        quote = self.quote_at(verb.idx)
        if quote is not None and quote.speaker is not None:
            sp = quote.speaker
            return Part(sp.text, sp.start, sp.end, sp.text.lower(), sp.actor)
        return None

    def _according(self, sent: SpacySpan) -> Part | None:
        for token in sent:
            if token.lower_ == "according" and token.i + 1 < len(self.doc) and \
                    self.doc[token.i + 1].lower_ == "to":
                objects = [c for c in self.doc[token.i + 1].children if c.dep_ == "pobj"]
                if objects and not manner_after_according(objects[0]):  # "according to plan"
                    return self.part(objects[0])
        return None

    # ------------------------------------------------------------ the claim

    def claim(self, token: Token, heads: set[int], sent: SpacySpan) -> Claim | None:
        if _conveys(token) or _as_parenthetical(token):
            return None
        tokens = _clause(token, heads)
        subjects = clauses.subjects_of(token)
        subject = self.part(subjects[0]) if subjects else None
        obj_token = _object(token)
        obj = self.part(obj_token) if obj_token is not None else None
        source, source_negated, attributed = self.source(token)
        negated = clauses.negated(token) or any(
            clauses.negated_noun(c) for c in token.children if c.dep_ in clauses.OBJECTS
        )
        polarity: ClaimPolarity = "negative" if negated != source_negated else "positive"
        actors = _unique(
            [a for a in (self.actor_of(t) for t in tokens) if a]
            + [p.actor for p in (subject, obj, source) if p is not None and p.actor]
            + self.speakers(token)
        )
        topic = _topic(token, subjects[0] if subjects else None, obj_token, tokens,
                       lambda t: self.actor_of(t) is not None)
        in_quote = self.quote_at(token.idx) is not None
        terms = _terms(tokens, self.reading.mention_at, topic)
        if len(terms) + len(actors) < 2:
            return None  # "he said so", "It is.": nothing a reader could compare
        start, end = clauses.trimmed(sent)
        return Claim(
            start=start,
            end=end,
            predicate=self.predicate(token),
            subject=subject,
            object=obj,
            topic=topic,
            polarity=polarity,
            modality=_modality(token, attributed),
            kind=_kind(token, tokens, source is not None or in_quote),
            source=source,
            numbers=self.numbers(tokens),
            time=self.time(tokens) or self.said_time(token) or self.outcome_time(token, heads),
            actors=actors,
            terms=terms,
        )

    def numbers(self, tokens: list[Token]) -> list[Number]:
        found: list[Number] = []
        used: set[int] = set()
        for token in tokens:
            if token.i in used or not token.like_num or self._in_date(token.idx):
                continue
            value = _number(token)
            if value is None:
                continue
            last = token
            nxt = token.i + 1
            while nxt < len(self.doc) and self.doc[nxt].lower_ in _MULTIPLIERS:
                value *= _MULTIPLIERS[self.doc[nxt].lower_]
                used.add(nxt)
                last = self.doc[nxt]
                nxt += 1
            suffix = self._suffix(token)
            if suffix is not None:
                value *= _SUFFIXES[suffix.lower_]
                used.add(suffix.i)
                last = suffix
            if token.lower_ in _MULTIPLIERS and token.head.like_num:
                continue  # "two hundred": counted with its number
            if self._converted(token):
                continue  # "$350m (£233m)", "5,000 ft (1,500 m)": one figure told twice
            head = token.head
            if suffix is not None and head.i == suffix.i:
                head = suffix.head  # "150m litres": the number hangs on its "m"
            after = self.doc[suffix.i + 1] if suffix is not None and suffix.i + 1 < len(
                self.doc) else None
            if after is not None and after.tag_ == "NNS" and head.i != after.i and \
                    head.pos_ not in ("NOUN", "SYM"):
                head = after  # "40m litres" parsed as "spilled m", "litres" apart
            while (head.lower_ in _MULTIPLIERS or (head.like_num and token.dep_ in _RANGE_DEPS)
                   ) and head.head.i != head.i:
                head = head.head  # "12,000 to 19,000 barrels": both ends count barrels
            unit = _lemma(head) if head.pos_ in ("NOUN", "SYM") and head.i != token.i and \
                head.lower_ not in _MULTIPLIERS else None
            if unit is None and token.i > 0 and self.doc[token.i - 1].text in _CURRENCY:
                unit = self.doc[token.i - 1].text
            if unit is not None:
                unit = _measured(unit, head, max(head.i, last.i) + 1)
            start, end = token.idx, last.idx + len(last)
            found.append(Number(value, unit, self.text[start:end], start, end))
        return found

    def _converted(self, number: Token) -> bool:
        """A figure opening a bracket just after another figure (and its unit) is that figure
        in another currency or measure, not a second claim: two outlets' rates of exchange
        ("$350m (£233m)" against "(£235m)") are no disagreement."""
        i = number.i - 1
        if i >= 0 and self.doc[i].text in _CURRENCY | {"#"}:
            i -= 1
        if i < 1 or self.doc[i].text != "(":
            return False
        before = self.doc[i - 1]
        return before.like_num or (i >= 2 and self.doc[i - 2].like_num and before.is_alpha
                                   and len(before) <= 12)

    def _suffix(self, number: Token) -> Token | None:
        """The multiplier written onto a figure ("40m gallons", "$930m", "£2bn"): "bn" and
        "tn" always, after a space too ("$2.65 bn": no word of their own); "m" written onto
        it, after a currency sign or before a noun it counts, not where it is a length
        ("1,500m deep", "a 100m stretch" stays metres: no sign, and no noun after the m but the
        thing measured)."""
        i = number.i + 1
        if i >= len(self.doc):
            return None
        suffix = self.doc[i]
        low = suffix.lower_
        if low not in _SUFFIXES or (number.whitespace_ and low == "m"):
            return None  # "$2.65 bn" with a space is billions still; "300 m" is metres
        if low != "m":
            return suffix
        currency = number.i > 0 and self.doc[number.i - 1].text in _CURRENCY
        after = self.doc[i + 1] if i + 1 < len(self.doc) else None
        counted = after is not None and after.pos_ == "NOUN" and bool(suffix.whitespace_) \
            and after.lower_ not in _LENGTH_AFTER and after.tag_ == "NNS"
        return suffix if currency or counted else None

    def _in_date(self, char: int) -> bool:
        """Inside any time expression: "24 hours", "2015" are times, not quantities."""
        return any(t.start <= char < t.end for t in self.times)

    def said_time(self, token: Token) -> str | None:
        """The date of the saying that reports a clause ("both said Monday they were open")."""
        verb = _governing_saying(token)
        if verb is None:
            return None
        own = [c for c in verb.children if c.dep_ in ("npadvmod", "prep", "advmod")]
        return self.time([t for c in own for t in c.subtree])

    def outcome_time(self, token: Token, heads: set[int]) -> str | None:
        """The time of the clause a participle with no subject of its own hangs on, where it
        tells what that clause's act brought about ("caused a fire at the mill in 2009,
        killing four workers")."""
        if token.dep_ != "advcl" or token.tag_ != "VBG" or token.head.i == token.i or any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return None
        return self.time(_clause(token.head, heads | {token.i}))

    def time(self, tokens: list[Token]) -> str | None:
        chars = {t.idx for t in tokens}
        for expr in self.dates:
            if expr.start in chars or any(expr.start <= c < expr.end for c in chars):
                return expr.value
        return None


_PHRASE_DEPS = frozenset({"compound", "amod", "nummod", "det", "poss", "case", "prep", "pobj",
                          "conj", "cc", "nmod", "quantmod", "advmod", "npadvmod", "hyph"})


def _phrase(token: Token) -> list[Token]:
    """A noun's phrase: its modifiers, coordinated nouns and "of"/"with" complements, without
    the clauses and appositives that describe it, at most ``_NP_LIMIT`` words right of it."""
    found = [token]
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in _PHRASE_DEPS and child.i <= token.i + _NP_LIMIT and \
                    not (child.is_punct and child.i > token.i):
                found.append(child)
                stack.append(child)
    found.sort(key=lambda t: t.i)
    while len(found) > 1 and (found[-1].is_punct or found[-1].dep_ in ("cc", "prep")):
        found.pop()
    return found


def _governing_saying(token: Token) -> Token | None:
    current = token
    while current.head.i != current.i and current.dep_ in ("ccomp", "conj", "parataxis"):
        if current.dep_ in ("ccomp", "parataxis") and _lemma(current.head) in COMMUNICATION_VERBS:
            return current.head
        current = current.head
    return None


def _clause(head: Token, heads: set[int]) -> list[Token]:
    """The clause's own words: the head's subtree without the clauses it embeds."""
    found: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        found.append(token)
        stack.extend(c for c in token.children if c.i not in heads or c.i == head.i)
    return sorted(found, key=lambda t: t.i)


def _object(token: Token) -> Token | None:
    objects = clauses.objects_of(token)
    if objects:
        return objects[0]
    for child in token.children:
        if child.dep_ in ("attr", "acomp", "oprd"):
            return child
    preps = clauses.preps_of(token)
    for words in preps.values():
        if words:
            return words[0]
    return None


def _topic(token: Token, subject: Token | None, obj: Token | None, tokens: list[Token],
           named: Callable[[Token], bool]) -> str | None:
    """The claim's topic: a measure lifted anywhere in it, else an issue word among its object,
    subject and predicate, else its object's or subject's noun."""
    found = measure_topic(tokens)
    if found:
        return found
    issues = set(lexicon.ISSUES.values())
    beyond = [g for w in (obj,) if w is not None for p in w.children if p.dep_ == "prep"
              for g in p.children if g.dep_ in ("pobj", "pcomp")]
    for word in (obj, *beyond, subject, token):
        if word is None:
            continue
        key = topic_of(word)
        if key is not None and key in issues:
            return key
    for word in (obj, subject):
        if word is not None and not named(word):
            key = topic_of(word)
            if key is not None:
                return key
    return None


def _terms(
    tokens: Iterable[Token], mention_at: Mapping[int, Mention], topic: str | None
) -> list[str]:
    """The clause's content words, lemmatised and folded (``lexicon.SYNONYMS``), names left
    out (they are the claim's actors), and its topic."""
    terms: list[str] = []
    for token in tokens:
        if mention_at.get(token.i) is not None:
            continue
        if token.is_stop or not token.is_alpha or token.pos_ not in _CONTENT_POS:
            continue
        lemma = _lemma(token)
        terms.append(lexicon.SYNONYMS.get(lemma, lemma))
    if topic:
        terms.append("topic:" + topic)
    return terms


def _modality(token: Token, attributed: bool) -> Modality:
    aux = clauses.auxiliaries(token)
    if aux & grammar.FUTURE_MODALS or clauses.future(token) or clauses.promised(token):
        return "future"  # "said the city would reopen it": the future of the past
    if aux & _POSSIBLE:
        return "possible"
    if not attributed and clauses.hypothetical(token):
        return "hypothetical"  # "if ...", "would": not "rejected talks unless ..." itself
    return "asserted"


def _kind(token: Token, tokens: list[Token], voiced: bool) -> ClaimKind:
    """Report, evaluation or prescription (see the module's docstring)."""
    if voiced:
        return "report"
    aux = clauses.auxiliaries(token)
    main = token.dep_ in ("ROOT", "conj", "parataxis") or (
        token.dep_ == "advcl" and token.head.dep_ == "ROOT")
    if main and (aux & _PRESCRIBING or any(c.lower_ == "ought" for c in token.children)):
        return "prescription"  # not "how authorities should handle ...", a clause it embeds
    if token.dep_ == "ROOT" and token.tag_ == "VB" and not aux and \
            not clauses.has_subject(token):
        return "prescription"  # an imperative: "witness the decision", "consider this"
    if token.dep_ == "xcomp" and _lemma(token.head) in ("have", "need") and \
            clauses.is_infinitive(token):
        return "prescription"
    for child in token.children:
        if child.dep_ == "attr" and _lemma(child) in _MOMENT_NOUNS and any(
            g.dep_ in ("acl", "relcl") and clauses.is_infinitive(g) for g in child.children
        ):
            return "prescription"
    for child in token.children:
        if child.dep_ in ("acomp", "attr") and evaluative.evaluative(child.lower_):
            return "evaluation"
        if child.dep_ == "advmod" and child.lower_.endswith("ly") and child.i < token.i and \
                evaluative.evaluative(child.lower_):
            return "evaluation"  # "Unfortunately, the administration has shown no sign ..."
    if token.pos_ == "ADJ" and evaluative.evaluative(token.lower_):
        return "evaluation"
    arguments = {t.i for t in tokens if (t.dep_ in ("nsubj", "nsubjpass", "dobj", "attr", "pobj")
                 and t.head.i == token.i) or (t.dep_ == "pobj" and t.head.head.i == token.i)}
    for t in tokens:
        if t.dep_ == "amod" and t.head.i in arguments and evaluative.evaluative(t.lower_,
                                                                                "modifier"):
            return "evaluation"
    return "report"


def _number(token: Token) -> float | None:
    text = token.text.lower().replace(",", "")
    try:
        return float(text)
    except ValueError:
        pass
    if text in grammar.CARDINALS:
        return float(grammar.CARDINALS[text])
    return None


def _unique(ids: list[str]) -> list[str]:
    return sorted(set(ids))


def extract_claims(reading: Reading, quotes: Sequence[Quote] = ()) -> list[Claim]:
    """Every claim of the article's body sentences, in text order."""
    reader = _Reader(reading, quotes)
    article = reading.article
    title = " ".join((article.title or "").lower().split())
    found: list[Claim] = []
    for sent in reading.doc.sents:
        start, end = clauses.trimmed(sent)
        if start >= end or not article.in_body(start, end):
            continue
        if title and " ".join(article.text[start:end].lower().split()) == title:
            continue  # the headline repeated as the first line
        heads = {t.i for t in sent if _is_head(t)}
        for token in sent:
            if token.i in heads:
                claim = reader.claim(token, heads, sent)
                if claim is not None:
                    found.append(claim)
    return found


def times_in(claim: Claim, times: Iterable[TimeExpr]) -> list[TimeExpr]:
    """The dated expressions of a claim's sentence (for callers that want more than one)."""
    return [t for t in times if claim.start <= t.start < claim.end and t.value]
