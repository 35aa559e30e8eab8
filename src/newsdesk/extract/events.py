"""Events of one article: who did what to whom, coded in PLOVER from the dependency parse.

A small lexicon (``knowledge.plover``) says which predicates are events; the parse says who
their arguments are.  The coder is deliberately conservative: a verb it has no sense for, an
event with no identifiable participant, or an event that is only the content of another one
("agreed to meet", "threatened to withdraw") produces nothing.  What it does report carries the
reading of the clause around it — negation, condition, modality, futurity, reported speech —
because a briefing that turns "Trump did not meet Zarif" into a meeting is worse than none.

Participants are actor ids from the actors stage.  Where the text names a country only by an
adjective ("a British tanker") the country id ``country:GBR`` is used without creating an
actor; the link stage understands such ids.  Unnamed groups the actors stage does not list
("Israeli troops", "thousands of demonstrators", "ethnic Albanians in south Serbia") become
``group:<slug>`` actors with the country and PLOVER sector their words show (``group_actor``
holds the rule); ``code_events`` returns them beside the events, together with copies of known
actors whose country only the event's sentence tells (an organisation named "Latvian ...",
or a person in a sentence, and article, about one country).  ``extract_events`` is the
events alone.

When no predicate of a sentence codes, a clause-level event noun may ("youths threw stones
during demonstrations"); it takes its clause's subject and modality.  Reading the clause also
recodes a few constructions as the manual asks: "X said Y must ..." is REQUEST, "ready to
send aid" is AGREE, announced coercion ("will extend the curfew") is THREATEN, and refusing
to meet demands is REJECT.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from newsdesk.extract.actors import actor_id, slug
from newsdesk.knowledge import geo, grammar, plover
from newsdesk.knowledge.plover import Rule
from newsdesk.model import Actor, Article, Event, Mention, Span, TimeExpr

_SUBJECTS = frozenset({"nsubj", "csubj"})
_OBJECTS = frozenset({"dobj", "obj"})
_LOCATION_KINDS = frozenset({"location"})
_APPROXIMATE_MODIFIERS = frozenset({"approx", "before", "after", "by", "less", "more"})
_NOMINAL_TIME_DEPS = frozenset({"nummod", "compound", "amod", "npadvmod", "poss"})
_HISTORICAL_YEARS = 2


@dataclass
class _Found:
    """A predicate that matched a rule, before its participants are read."""

    token: Token
    senses: list[tuple[Rule, list[Token]]]  # matching rules, best first, with the tokens
    carrier: Token | None = None  # "announce" in "announce a disengagement"
    addressee: Token | None = None  # "said that China must ...": the subject asked to act
    bare: bool = False  # an event noun found only because nothing else in the sentence was


@dataclass
class _Context:
    doc: Doc
    article: Article
    actors: dict[str, Actor]
    mention_of: dict[int, Mention]  # token index -> mention covering it
    mentions: list[Mention]
    times: list[tuple[TimeExpr, Token]]  # dated expressions with their root token
    groups: dict[str, Actor] = field(default_factory=dict)  # unnamed groups built here
    learned: dict[str, Actor] = field(default_factory=dict)  # known actors + clause's country
    resolving: set[int] = field(default_factory=set)  # speech verbs whose speaker is being read
    main_country: str | None = None  # the country the article names most, if one leads

    def mention(self, token: Token) -> Mention | None:
        return self.mention_of.get(token.i)


def extract_events(
    doc: Doc,
    article: Article,
    actors: list[Actor],
    mentions: list[Mention],
    times: list[TimeExpr] | None = None,
) -> list[Event]:
    """PLOVER events stated in the article's body, in text order."""
    return code_events(doc, article, actors, mentions, times)[0]


def code_events(
    doc: Doc,
    article: Article,
    actors: list[Actor],
    mentions: list[Mention],
    times: list[TimeExpr] | None = None,
) -> tuple[list[Event], list[Actor]]:
    """The events, and the unnamed group actors ("group:...") their participants refer to."""
    ctx = _context(doc, article, actors, mentions, times or [])
    events: list[Event] = []
    for sent in doc.sents:
        start, end = _trimmed(sent)
        if end <= start or not article.in_body(start, end):
            continue
        found = _find(sent)
        triggers = {f.token.i for f in found}
        coded = 0
        for item in found:
            if _embedded(item.carrier or item.token, triggers):
                continue
            event = _build(ctx, sent, item)
            if event is not None:
                events.append(event)
                coded += 1
        if coded == 0:
            for item in _bare_nouns(sent):
                event = _build(ctx, sent, item)
                if event is not None:
                    events.append(event)
                    break
    unique: dict[tuple[str, int, int], Event] = {}
    for event in events:
        trigger = event.trigger or event.evidence
        unique.setdefault((event.type, trigger.start, trigger.end), event)
    ordered = sorted(unique.values(), key=lambda e: (e.evidence.start,
                                                     (e.trigger or e.evidence).start, e.type))
    used = {i for e in ordered for i in (*e.actors, *e.recipients, e.source) if i}
    extra = {**ctx.learned, **ctx.groups}
    return ordered, [extra[i] for i in sorted(extra) if i in used]


# ---------------------------------------------------------------- setup


def _context(doc: Doc, article: Article, actors: list[Actor], mentions: list[Mention],
             times: list[TimeExpr]) -> _Context:
    mention_of: dict[int, Mention] = {}
    for mention in mentions:
        if mention.actor is None:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        for token in span:
            mention_of.setdefault(token.i, mention)
    dated: list[tuple[TimeExpr, Token]] = []
    for expr in times:
        if expr.value is None or expr.kind not in ("date", "range") or expr.value.startswith("P"):
            continue
        span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        dated.append((expr, span.root))
    ctx = _Context(doc, article, {a.id: a for a in actors}, mention_of,
                   sorted(mentions, key=lambda m: m.start), dated)
    ctx.main_country = _main_country(ctx)
    return ctx


def _main_country(ctx: _Context) -> str | None:
    """The country an article is about: the one its body names most often, if it leads."""
    counts: dict[str, int] = {}
    for token in ctx.doc:
        if not ctx.article.in_body(token.idx, token.idx + len(token)):
            continue
        mention = ctx.mention(token)
        if mention is not None and token.idx != mention.start and \
                ctx.doc[token.i - 1].idx >= mention.start:
            continue  # count a multi-word name once
        code = _token_country(ctx, token)
        if code and not code.startswith("IGO") and code != "NGO":
            counts[code] = counts.get(code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _trimmed(sent: SpacySpan) -> tuple[int, int]:
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.start_char + len(text.rstrip())
    return start, end


# ---------------------------------------------------------------- finding predicates


def _find(sent: SpacySpan) -> list[_Found]:
    found: list[_Found] = []
    for token in sent:
        if token.pos_ == "VERB" and token.tag_.startswith("VB") and token.dep_ != "amod":
            if _purpose_clause(token):
                continue
            item = _carried(token) or _verb_match(token) or _obligation(token)
            if item is not None:
                found.append(item)
        elif token.pos_ == "NOUN" and _is_free_noun(token):
            item = _noun_match(token)
            if item is not None:
                found.append(item)
    return found


def _bare_nouns(sent: SpacySpan) -> list[_Found]:
    """Event nouns of a sentence where no predicate matched, the least embedded first.

    "Palestinian youths resorted to throwing stones during demonstrations against ...": the
    verbs say nothing codable, the noun does; its actor is the nearest clause's subject.
    """
    found: list[_Found] = []
    for token in sent:
        if token.pos_ != "NOUN" or not _clause_level(token):
            continue
        if token.dep_ in ("dobj", "nsubjpass") and \
                token.head.lemma_.lower() in plover.CARRIER_VERBS:
            continue
        item = _noun_match(token)
        if item is not None:
            item.bare = True
            found.append(item)
    return sorted(found, key=lambda f: (_depth(f.token), f.token.i))


def _clause_level(token: Token) -> bool:
    """A noun that is a participant of its clause ("during demonstrations", "a rally"), not a
    word inside another noun phrase ("a statement on the talks") or a verb's object."""
    if token.dep_ in ("nsubj", "nsubjpass", "attr"):
        return True
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.head.pos_ in ("VERB", "AUX", "ADJ")
    return False


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


_REQUEST_RULE = Rule("REQUEST")


def _obligation(token: Token) -> _Found | None:
    """"declared that China must drop barriers": saying that someone else must act is asking."""
    if token.lemma_.lower() not in grammar.DECLARING_VERBS:
        return None
    speakers = _subject_tokens(token)
    for child in token.children:
        if child.dep_ != "ccomp":
            continue
        if not any(c.dep_ == "aux" and c.lower_ in grammar.OBLIGATION_MODALS
                   for c in child.children):
            continue
        subjects = [c for c in child.children if c.dep_ in _SUBJECTS]
        if not subjects or subjects[0].pos_ == "PRON" or \
                any(s.i == subjects[0].i for s in speakers):
            continue
        return _Found(token, [(_REQUEST_RULE, [])], addressee=subjects[0])
    return None


def _purpose_clause(token: Token) -> bool:
    """"traveled to China to meet heads of state": the meeting is an aim, not a report."""
    return token.dep_ == "advcl" and _is_infinitive(token) and not _has_subject(token)


def _is_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in _SUBJECTS or c.dep_ == "nsubjpass" for c in token.children)


def _particle(token: Token) -> str | None:
    doc = token.doc
    for child in token.children:
        if child.dep_ == "prt":
            after = doc[child.i + 1: child.i + 3]
            if child.lower_ == "up" and len(after) == 2 and after[0].lower_ == "to" and \
                    after[1].like_num:
                continue  # "kidnapped up to 16 advisers": a quantity, not a particle
            return child.lower_
    return None


def _objects(token: Token) -> list[Token]:
    """Heads playing the object role: direct objects, passive subjects, relativised nouns."""
    found = [c for c in token.children if c.dep_ in _OBJECTS or c.dep_ == "nsubjpass"]
    if not found and token.dep_ == "acl" and token.tag_ == "VBN":
        found = [token.head]  # "sanctions imposed by ..."
    if not found and token.dep_ == "relcl":
        subject = [c for c in token.children if c.dep_ in _SUBJECTS]
        if subject and subject[0].lower_ not in grammar.RELATIVE_PRONOUNS:
            found = [token.head]  # "the sanctions he has imposed"
    expanded: list[Token] = []
    for head in found:
        expanded.append(head)
        expanded.extend(head.conjuncts)
    return expanded


def _preps(token: Token) -> dict[str, list[Token]]:
    found: dict[str, list[Token]] = {}
    for child in token.children:
        if child.dep_ in ("prep", "agent"):
            complements = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            for head in list(complements):
                complements.extend(head.conjuncts)
            found.setdefault(child.lower_, []).extend(complements)
    return found


def _lemmas(tokens: Iterable[Token]) -> set[str]:
    found: set[str] = set()
    for token in tokens:
        found.add(token.lemma_.lower())
        found.add(token.lower_)
    return found


def _matches(rule: Rule, objects: list[Token], preps: dict[str, list[Token]],
             particle: str | None) -> list[Token] | None:
    """The tokens that made the rule apply, or None when it does not."""
    decisive: list[Token] = []
    if rule.particle is not None:
        if particle != rule.particle:
            return None
    elif particle in grammar.SENSE_PARTICLES:
        return None
    object_lemmas = _lemmas(objects)
    if object_lemmas & rule.exclude:
        return None
    if rule.needs_object and not objects:
        return None
    if rule.reflexive and not any(o.lower_ in grammar.REFLEXIVE_PRONOUNS for o in objects):
        return None
    if rule.preps is not None and not (set(preps) & rule.preps):
        return None
    if rule.objects is not None:
        pool = objects + preps.get("from", []) + preps.get("of", [])
        pool += [g for o in objects for g in _preps(o).get("of", [])]  # "a series of bombs"
        hits = [o for o in pool if _lemmas([o]) & rule.objects]
        if not hits:
            return None
        decisive.extend(hits[:1])
    return decisive


def _verb_match(token: Token) -> _Found | None:
    rules = plover.VERBS.get(token.lemma_.lower())
    if not rules:
        return None
    objects = _objects(token)
    preps = _preps(token)
    particle = _particle(token)
    senses: list[tuple[Rule, list[Token]]] = []
    for rule in rules:
        decisive = _matches(rule, objects, preps, particle)
        if decisive is None:
            continue
        if particle is not None:
            decisive += [c for c in token.children if c.dep_ == "prt"]
        senses.append((rule, decisive))
    return _Found(token, senses) if senses else None


def _carried(token: Token) -> _Found | None:
    """"announce a further disengagement": the object noun is the event, the verb its carrier."""
    if token.lemma_.lower() not in plover.CARRIER_VERBS:
        return None
    for obj in _objects(token):
        item = _noun_match(obj)
        if item is not None:
            item.carrier = token
            return item
    return None


def _noun_match(token: Token) -> _Found | None:
    rules = plover.NOUNS.get(token.lower_) or plover.NOUNS.get(token.lemma_.lower())
    if not rules:
        return None
    preps = _preps(token)
    objects = preps.get("of", []) + preps.get("from", [])
    senses = [(rule, list[Token]()) for rule in rules
              if rule.objects is None or _lemmas(objects) & rule.objects]
    return _Found(token, senses) if senses else None


def _is_free_noun(token: Token) -> bool:
    """A nominal event stands alone only when its own date is attached to it."""
    if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in plover.CARRIER_VERBS:
        return False  # handled as the carrier's object
    for child in token.children:
        if child.ent_type_ == "DATE" and child.dep_ in _NOMINAL_TIME_DEPS:
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "on") and \
                any(g.ent_type_ == "DATE" for g in child.children):
            return True
    return False


def _embedded(token: Token, triggers: set[int]) -> bool:
    """"agreed to meet", "accused Iran of seizing": the inner event is only the outer's content."""
    governor = _clausal_governor(token)
    return governor is not None and governor.i in triggers


def _clausal_governor(token: Token) -> Token | None:
    if token.dep_ in ("xcomp", "ccomp") and token.head.i != token.i:
        return token.head
    if token.dep_ == "pcomp" and token.head.dep_ == "prep":
        return token.head.head
    if token.dep_ in ("dobj", "pobj") and token.head.dep_ == "prep":
        return token.head.head
    return None


# ---------------------------------------------------------------- building events


def _build(ctx: _Context, sent: SpacySpan, item: _Found) -> Event | None:
    head = item.carrier or item.token  # the verb that carries tense, modality and subject
    nominal = item.token.pos_ == "NOUN"
    if item.addressee is not None:
        actors = _ids(ctx, _subject_tokens(head), head)
        recipients = _ids(ctx, [item.addressee], head)
    elif nominal and item.carrier is None:
        actors = _noun_actors(ctx, item.token)
        if not actors and item.bare:
            clause = _clause_verb(item.token)
            if clause is not None:
                actors = _ids(ctx, _subject_tokens(clause), clause)
        recipients = _noun_recipients(ctx, item.token)
    else:
        actors = _ids(ctx, _subject_tokens(head), head)
        recipients = _recipients(ctx, item.token, nominal)
    if not actors and not nominal and not _subject_tokens(head) and head.tag_ in ("VB", "VBG") \
            and not any(c.dep_ == "nsubjpass" for c in head.children):
        return None  # "the notion of engaging with Tehran": nobody is said to do it
    official = _official(ctx, actors)
    chosen = [(r, d) for r, d in item.senses
              if not (r.gov_ok and not official) and not (r.gov_not and official)]
    if not chosen:
        return None
    rule, decisive = chosen[0]
    location = _location(ctx, item.token)
    place_objects = [o for o in _objects(item.token) if _is_place(ctx, o)]
    if place_objects and location is None:
        location = _place_id(ctx, place_objects[0])
    if rule.swap:
        actors, recipients = recipients, actors
    recipients = [r for r in recipients if r not in actors]
    event_type, mode = rule.type, rule.mode
    if event_type in ("REQUEST", "REJECT"):
        mode = mode or _request_mode(item.token)
    if event_type == "THREATEN":
        mode = mode or _threat_mode(item.token)
    if event_type == "PROTEST" and not nominal and (
            head.dep_ == "parataxis" or any(c.dep_ in ("ccomp", "parataxis")
                                            for c in head.children)):
        event_type, mode = "ACCUSE", "disapprove"  # "..., a rights group protested": words
    if event_type == "PROTEST" and mode == "strike" and \
            any(c.lower_ == "hunger" for c in item.token.children):
        mode = "hunger"
    if event_type == "CONSULT" and mode != "visit":
        actors = _unique(actors + recipients)  # meetings are reciprocal: everyone is an actor
        recipients = []
    if not actors and not recipients:
        return None
    if location in actors:
        location = None

    clause = (_clause_verb(item.token) if item.bare else None) or head
    negated = _negated(clause) or (nominal and _negated_noun(item.token))
    hypothetical = _hypothetical(clause) or (nominal and _irrealis(item.token))
    future = _future(clause) and not hypothetical
    if hypothetical and _promised(head):
        hypothetical, future = False, True  # "Iraq said it would allow": a reported promise
    willing = _willing(head)
    if willing and not negated and event_type in _COOPERATIVE:
        event_type, mode = "AGREE", None  # "ready to contribute troops": an offer
        hypothetical = future = False
    elif (future or willing or _threat_modal(head)) and not negated and \
            event_type in _THREAT_MODES:
        mode = _THREAT_MODES[event_type].get(mode or "", _THREAT_MODES[event_type][""])
        event_type = "THREATEN"  # "will extend the curfew": coercion announced is a threat
        hypothetical = future = False
    if negated and event_type == "CONCEDE":
        event_type, mode, negated = "REJECT", "yield", False  # "would not meet the demands"
    if future and not negated:
        if event_type in ("CONSULT", "SUPPORT", "COOPERATE", "AID"):
            event_type, mode = "AGREE", None  # the manual: future cooperation is a commitment
            future = False
        elif event_type == "RETREAT":
            event_type, mode = "CONCEDE", None  # an announced retreat is a verbal concession
            future = False
    source, reported = _source(ctx, head)
    time_value, granularity, approximate = _time(ctx, sent, item.token, head, reported)
    historical = _historical(ctx.article, time_value)
    start, end = _trimmed(sent)
    return Event(
        type=event_type,
        mode=mode,
        actors=actors,
        recipients=recipients,
        evidence=Span(start, end),
        trigger=_trigger_span(item, decisive),
        time=time_value,
        time_granularity=granularity,
        time_approximate=approximate,
        location=location,
        negated=negated,
        hypothetical=hypothetical,
        future=future,
        historical=historical,
        source=source,
        cameo=plover.cameo_root(event_type, mode),
        intensity=plover.intensity(event_type, mode),
    )


_COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
_THREAT_MODES: dict[str, dict[str, str]] = {
    "COERCE": {"": "restrict", "arrest": "arrest", "deport": "expel", "seize": "territory"},
    "ASSAULT": {"": "violence"},
}




def _irrealis(token: Token) -> bool:
    """"potential negotiations", "desperate for new talks": a noun event not (yet) real."""
    if any(c.dep_ == "amod" and c.lemma_.lower() in grammar.IRREALIS_WORDS for c in token.children):
        return True
    current = token
    while current.head.i != current.i and current.pos_ not in ("VERB", "AUX"):
        current = current.head
        if current.lemma_.lower() in grammar.IRREALIS_WORDS:
            return True
    return False


def _willing(token: Token) -> bool:
    """"is ready to", "prepared to": the subject declares itself willing."""
    return any(g.lemma_.lower() in grammar.WILLING_WORDS or g.lower_ in grammar.WILLING_WORDS
               for g in _controllers(token))


def _threat_modal(token: Token) -> bool:
    """"may halt", "could impose" said by the actor about its own action, not under "if"."""
    return bool(_auxiliaries(token) & grammar.POSSIBILITY_MODALS) and \
        not _conditional(token) and _speech_governor(token) is not None


def _promised(token: Token) -> bool:
    """"said it would allow": "would" in reported speech is the future of the past."""
    aux = _auxiliaries(token)
    return bool(aux & grammar.PAST_FUTURE_MODALS) and \
        not (aux & (grammar.HYPOTHETICAL_MODALS - grammar.PAST_FUTURE_MODALS)) and \
        not _conditional(token) and _speech_governor(token) is not None and \
        not any(g.lemma_.lower() in grammar.HYPOTHETICAL_GOVERNORS for g in _controllers(token))


def _conditional(token: Token) -> bool:
    current: Token | None = token
    while current is not None:
        if any(c.dep_ == "mark" and c.lower_ in grammar.CONDITIONAL_MARKS
               for c in current.children):
            return True
        if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in grammar.CONDITIONAL_MARKS
                                         for g in c.children) for c in current.children):
            return True
        current = current.head if current.head.i != current.i else None
    return False


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause holds a noun: "resorted to throwing stones during protests"."""
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX") and _subject_tokens(current):
            return current
    return None


def _trigger_span(item: _Found, decisive: list[Token]) -> Span:
    tokens = [item.token, *decisive]
    if item.carrier is not None:
        tokens.append(item.carrier)
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return Span(first.idx, last.idx + len(last))


def _unique(ids: list[str]) -> list[str]:
    seen: list[str] = []
    for ident in ids:
        if ident not in seen:
            seen.append(ident)
    return seen


def _request_mode(token: Token) -> str | None:
    """REQUEST and REJECT modes from what is asked for or refused."""
    words = _lemmas(_objects(token))
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp"):
            words |= _lemmas([child])
    for prep, complements in _preps(token).items():
        if prep == "for":
            words |= _lemmas(complements)
    for mode, cues in plover.REQUEST_CONTENTS:
        if words & cues:
            return mode
    return None


def _threat_mode(token: Token) -> str | None:
    words = _lemmas(_objects(token))
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp"):
            words |= _lemmas([child, *(g for g in child.children if g.dep_ in _OBJECTS)])
    for prep, complements in _preps(token).items():
        if prep == "with":
            words |= _lemmas(complements)
    for mode, cues in plover.THREAT_CONTENTS:
        if words & cues:
            return mode
    return None




# ---------------------------------------------------------------- participants


def _subject_tokens(token: Token) -> list[Token]:
    """Who performs the predicate, following the parse through control and coordination."""
    own = [c for c in token.children if c.dep_ in _SUBJECTS]
    if own:
        return own
    agents = [g for c in token.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    if agents:
        return agents
    if any(c.dep_ == "nsubjpass" for c in token.children):
        return []  # passive without an agent: the doer is not said
    dep, head = token.dep_, token.head
    if dep == "conj" and head.i != token.i:
        if head.pos_ != "VERB":
            # "outraged after Trump abandoned X, demanded Y and reimposed Z": the parser hung
            # the later conjuncts on the main clause; their subject is the nearest verb's.
            for k in range(token.i - 1, head.i, -1):
                other = token.doc[k]
                if other.pos_ == "VERB" and _has_subject(other):
                    return _subject_tokens(other)
        return _subject_tokens(head)
    if dep == "xcomp" and head.i != token.i:
        objects = [c for c in head.children if c.dep_ in _OBJECTS]
        if objects:
            return objects
        passive = [c for c in head.children if c.dep_ == "nsubjpass"]
        return passive or _subject_tokens(head)
    if dep == "advcl" and head.i != token.i and not any(c.dep_ == "mark" for c in token.children):
        return _subject_tokens(head)  # "..., indicating he would be willing"
    if dep == "acl" and head.i != token.i:
        if token.tag_ == "VBG":
            return [head]  # "demonstrators protesting election results"
        return [c for c in head.children if c.dep_ == "poss"]  # "Macron's decision to invite"
    if dep in ("acomp", "attr", "oprd") and head.i != token.i:
        return _subject_tokens(head)  # "France is ready to contribute": through "ready"
    if dep == "relcl" and head.i != token.i:
        return [head]
    return []


def _recipients(ctx: _Context, token: Token, nominal: bool) -> list[str]:
    ids: list[str] = []
    objects = _objects(token)
    for obj in objects:
        if not _is_place(ctx, obj) and obj.lower_ not in grammar.REFLEXIVE_PRONOUNS:
            ids.extend(_ids(ctx, [obj], token))
    for child in token.children:
        if child.dep_ in ("dative", "iobj"):
            ids.extend(_ids(ctx, [child], token))
    for prep, complements in _preps(token).items():
        if prep in grammar.RECIPIENT_PREPOSITIONS:
            ids.extend(_ids(ctx, [c for c in complements if not _is_place(ctx, c)], token))
    for obj in objects:
        for prep, complements in _preps(obj).items():
            if prep in grammar.NOUN_RECIPIENT_PREPOSITIONS:
                ids.extend(_ids(ctx, complements, token))
    if not ids and not nominal:
        # "threatened to expel the Swedish ambassador": the target sits in the complement.
        for child in token.children:
            if child.dep_ == "xcomp":
                ids.extend(_recipients(ctx, child, False))
    return _unique(ids)


def _noun_actors(ctx: _Context, token: Token) -> list[str]:
    found = [c for c in token.children if c.dep_ == "poss"]
    found += _preps(token).get("by", [])
    return _ids(ctx, found, token)


def _noun_recipients(ctx: _Context, token: Token) -> list[str]:
    ids: list[str] = []
    for prep, complements in _preps(token).items():
        if prep in grammar.NOUN_RECIPIENT_PREPOSITIONS:
            ids.extend(_ids(ctx, complements, token))
    return _unique(ids)


def _ids(ctx: _Context, heads: list[Token], predicate: Token) -> list[str]:
    ids: list[str] = []
    for head in heads:
        for part in [head, *head.conjuncts]:
            found = _resolve(ctx, part, predicate)
            for ident in found:
                _learn_country(ctx, ident, part)
            ids.extend(found)
    return _unique(ids)


def _resolve(ctx: _Context, token: Token, predicate: Token,
             seen: frozenset[int] = frozenset()) -> list[str]:
    """Actor ids a noun phrase head stands for (empty when it names nobody we know)."""
    if token.i in seen:
        return []
    seen = seen | {token.i}
    low = token.lower_
    if low in grammar.RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return _ids(ctx, [token.head.head], predicate)
    if token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$"):
        return _pronoun(ctx, token, predicate)
    residents = _residents(ctx, token)
    if residents is not None:
        return [residents]
    mention = ctx.mention(token)
    if mention is not None:
        found = _mention_ids(ctx, mention)
        for ident in found:
            _learn_country(ctx, ident, token)
        return found
    for child in token.children:
        if child.dep_ == "appos":
            found = _resolve(ctx, child, predicate, seen)
            if found:
                return found
    if token.dep_ == "appos" and token.head.i != token.i:
        found = _resolve(ctx, token.head, predicate, seen)  # "UANI, a group that supports ..."
        if found:
            return found
    titled = _titled(ctx, token)
    if titled:
        return [titled]
    ids: list[str] = []
    lemma = token.lemma_.lower()
    state_head = lemma in plover.STATE_HEADS or low in plover.STATE_HEADS
    if low in plover.CONTAINER_HEADS and _preps(token).get("of"):
        found = []
        for complement in _preps(token)["of"]:
            if complement.lemma_.lower() in plover.CROWD_NOUNS:
                found.append(_people(ctx, complement, _phrase_country(ctx, complement) or
                                     _sentence_country(ctx, complement)))
            else:
                found.extend(_resolve(ctx, complement, predicate, seen))
        return _unique(found)
    possessed = any(c.dep_ == "poss" for c in token.children)
    if (low in plover.GROUP_SECTORS or lemma in plover.GROUP_SECTORS) and not possessed and \
            lemma not in plover.GOVERNMENT_HEADS and low not in plover.GOVERNMENT_HEADS:
        return [_group(ctx, token)]
    for child in token.children:
        if child.dep_ == "poss":
            ids.extend(_resolve(ctx, child, predicate, seen))
        elif child.dep_ in ("amod", "compound", "nmod") and state_head:
            ids.extend(_modifier_ids(ctx, child))
    if not ids and state_head:
        for complement in _preps(token).get("of", []):
            if ctx.mention(complement) is not None:
                ids.extend(_resolve(ctx, complement, predicate, seen))
    if not ids and token.ent_type_ == "NORP":
        code = _word_country(token.text)
        if code and not token.lower_.endswith("s"):
            ids.append(f"country:{code}")
        elif token.lower_.endswith("s"):
            ids.append(_people(ctx, token, code))  # "1,000 ethnic Turks", "Nigerians"
    if not ids and token.pos_ in ("NOUN", "PROPN"):
        ids.extend(_phrase_ids(ctx, token))
    return _unique(ids)


# ---------------------------------------------------------------- unnamed groups

_PHRASE_SKIP = frozenset({"relcl", "acl", "advcl", "conj", "cc", "punct", "appos", "parataxis",
                          "det", "predet", "nummod", "quantmod"})


def _phrase(token: Token) -> list[Token]:
    """The head's own noun phrase: modifiers and "of/in/from" complements, not its clauses."""
    found: list[Token] = []
    stack = [token]
    while stack:
        current = stack.pop()
        found.append(current)
        for child in current.children:
            if child.dep_ in _PHRASE_SKIP:
                continue
            if child.dep_ == "prep" and child.lower_ not in grammar.PHRASE_PREPOSITIONS:
                continue
            stack.append(child)
    return sorted(found, key=lambda t: t.i)


def _token_country(ctx: _Context | None, token: Token) -> str | None:
    """The country (or IGO) one word of a phrase names: a known actor, a demonym, a name."""
    if ctx is not None:
        mention = ctx.mention(token)
        if mention is not None and mention.actor is not None:
            ident = mention.actor
            if ident.startswith("country:"):
                return ident.split(":", 1)[1]
            if ident.startswith("org:IGO"):
                return ident.split(":", 1)[1]
            actor = ctx.actors.get(ident)
            if actor is not None:
                if actor.country:
                    return actor.country
                return geo.place_code(actor.name) or _name_country(actor.name)
    if not token.text[:1].isupper():
        return None
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.text == "-" and not following.whitespace_:
        return None  # "Israeli-occupied", "Syrian-backed": the modifier names someone else
    return _word_country(token.text)


def _word_country(word: str) -> str | None:
    return geo.demonym_code(word) or geo.country_code(word) or geo.capital_code(word)


def _name_country(name: str) -> str | None:
    """"Latvian Constitutional Court", "Nigerian Union of Teachers": a country in the name."""
    found = geo.organisation(name)
    if found is not None:
        return found.code
    for word in name.replace("-", " ").split():
        if word[:1].isupper():
            code = _word_country(word)
            if code:
                return code
    return None


def _phrase_country(ctx: _Context | None, head: Token) -> str | None:
    """Nearest country word of the phrase: the head, its modifiers, then its complements."""
    words = [t for t in _phrase(head) if t.i != head.i]
    own = _token_country(ctx, head)
    if own:
        return own
    before = sorted((t for t in words if t.i < head.i), key=lambda t: head.i - t.i)
    after = sorted((t for t in words if t.i > head.i), key=lambda t: t.i)
    for word in [*before, *after]:
        code = _token_country(ctx, word)
        if code:
            return code
    return None


def _group_name(tokens: list[Token], head: Token) -> str:
    words = [t for t in tokens if t.i <= head.i and t.lower_ not in grammar.GROUP_NAME_DROPPED
             and not t.like_num and not t.is_punct]
    return " ".join(t.text for t in words) or head.text


def group_actor(phrase: SpacySpan) -> Actor | None:
    """An actor for an unnamed group written as a noun phrase, or None when it is no group.

    "Israeli troops" → ``group:israeli-troops`` (country ISR, sector MIL); "demonstrators" →
    ``group:demonstrators`` (no country, sector CVL); "Egyptian officials" → the state,
    ``country:EGY`` with sector GOV.  The country comes from the phrase's own words (demonyms,
    country names, capitals, international organisations), the sector from its head noun
    (``plover.GROUP_SECTORS``).  The events stage uses the same rules with the actors stage's
    mentions as extra evidence; a phrase whose head is no group noun and that names no
    country gives None.
    """
    head = phrase.root
    return _make_group(_group_name(list(phrase), head), head, _phrase_country(None, head))


def _make_group(name: str, head: Token, country: str | None) -> Actor | None:
    sector = plover.GROUP_SECTORS.get(head.lower_) or plover.GROUP_SECTORS.get(
        head.lemma_.lower())
    if sector is None and country is None:
        return None
    if head.lemma_.lower() in plover.GOVERNMENT_HEADS and country and \
            not country.startswith("IGO"):
        return Actor(id=f"country:{country}", name=geo.country_name(country), kind="country",
                     country=country, sector="GOV")
    return Actor(id=f"group:{slug(name)}", name=name, kind="group", country=country,
                 sector=sector)


def _group(ctx: _Context, head: Token) -> str:
    """The id of the group a phrase stands for, registered in the context."""
    tokens = _phrase(head)
    country = _phrase_country(ctx, head) or _sentence_country(ctx, head)
    if country is None and head.lemma_.lower() in plover.GOVERNMENT_HEADS:
        country = ctx.main_country  # "the government" of a story is its country's
    actor = _make_group(_group_name(tokens, head), head, country)
    if actor is None:  # a group we can say nothing about: still an actor, with its words
        actor = Actor(id=f"group:{slug(head.text)}", name=head.text, kind="group")
    if actor.id.startswith("group:"):
        kept = ctx.groups.setdefault(actor.id, actor)
        ordered = sorted(tokens, key=lambda t: t.i)
        span = Span(ordered[0].idx, ordered[-1].idx + len(ordered[-1]))
        if span not in kept.mentions:  # provenance: where the text names the group
            kept.mentions.append(span)
            kept.mentions.sort()
    return actor.id


def _phrase_ids(ctx: _Context, head: Token) -> list[str]:
    """Last resort for a phrase naming nobody known: an actor named inside it, else a group.

    "The Asia-Pacific Economic Cooperation (APEC) forum" is APEC; "Leaders of the opposition
    coalition" a group; "Ethiopian goods" stand for Ethiopia.
    """
    for word in _phrase(head):
        if word.i == head.i:
            continue
        mention = ctx.mention(word)
        if mention is not None and mention.actor is not None and mention.kind != "location":
            return _mention_ids(ctx, mention)
    lemma = head.lemma_.lower()
    if lemma in plover.GROUP_SECTORS or head.lower_ in plover.GROUP_SECTORS:
        return [_group(ctx, head)]
    country = _phrase_country(ctx, head)
    if country:
        return [f"country:{country}"]
    return []


def _learn_country(ctx: _Context, ident: str, token: Token) -> None:
    """A person or organisation the actors stage left without a country may show one here:
    "U.S. Secretary of State Warren Christopher", "the Latvian Constitutional Court"."""
    actor = ctx.actors.get(ident)
    if actor is None or actor.country or actor.kind not in ("person", "org", "group"):
        return
    if ident in ctx.learned:
        return
    country = None
    if actor.kind != "person":
        for name in [actor.name, *sorted(actor.aliases)]:
            country = _name_country(name)
            if country:
                break
    if country is None:
        mention = ctx.mention(token)
        words = [t for t in _phrase(token) if mention is None or
                 not (mention.start <= t.idx < mention.end)]
        for word in sorted(words, key=lambda t: abs(t.i - token.i)):
            country = _token_country(ctx, word)
            if country:
                break
    country = country or _sentence_country(ctx, token)
    if country:
        ctx.learned[ident] = replace(actor, country=country)


def _sentence_country(ctx: _Context, token: Token) -> str | None:
    """The one country a sentence names, for a participant whose own words name none.

    "Ousted President Askar Akayev has agreed to resign without returning to Kyrgyzstan": a
    sentence about a single country is about that country's people.  Two or more countries
    leave the participant without one.
    """
    mention = ctx.mention(token)
    others: set[int] = set()
    if token.dep_ in _SUBJECTS:
        for sibling in token.head.children:
            if sibling.dep_ in ("dobj", "dative", "nsubjpass", "attr"):
                others.update(t.i for t in sibling.subtree)  # the target's country is not ours
    codes: set[str] = set()
    for word in token.sent:
        if mention is not None and mention.start <= word.idx < mention.end:
            continue
        if word.i in others:
            continue
        code = _token_country(ctx, word)
        if code and not code.startswith("IGO") and code != "NGO":
            codes.add(code)
    if len(codes) != 1:
        return None
    code = next(iter(codes))
    # In a longer article the sentence must agree with what the article is about: "Jahangiri
    # ... dealing with the United States" in a story about Iran is no American.
    return code if ctx.main_country in (None, code) else None


def _residents(ctx: _Context, token: Token) -> str | None:
    """"Ethnic Albanians in south Serbia": a people placed in another state is a group of
    that state's residents, not the state their name recalls."""
    if not token.text[:1].isupper() or _word_country(token.text) is None or \
            not token.lower_.endswith("s"):
        return None
    for prep in ("in", "of", "from"):  # grammar.PHRASE_PREPOSITIONS, "in" first
        for complement in _preps(token).get(prep, []):
            place = _phrase_country(ctx, complement)
            if place and place != _word_country(token.text) and not place.startswith("IGO"):
                name = _group_name(_phrase(token), token)
                actor = Actor(id=f"group:{slug(name)}", name=name, kind="group",
                              country=place, sector="CVL")
                ctx.groups.setdefault(actor.id, actor)
                return actor.id
    return None


def _people(ctx: _Context, token: Token, country: str | None) -> str:
    """A plural people named by its nationality: a civilian group of that country."""
    name = _group_name(_phrase(token), token)
    actor = Actor(id=f"group:{slug(name)}", name=name, kind="group", country=country,
                  sector="CVL")
    ctx.groups.setdefault(actor.id, actor)
    return actor.id


def _modifier_ids(ctx: _Context, token: Token) -> list[str]:
    mention = ctx.mention(token)
    if mention is not None:
        return _mention_ids(ctx, mention)
    code = geo.demonym_code(token.text) if token.text[:1].isupper() else None
    return [f"country:{code}"] if code else []


def _mention_ids(ctx: _Context, mention: Mention) -> list[str]:
    if mention.actor is None:
        return []
    actor = ctx.actors.get(mention.actor)
    if actor is not None and actor.kind in _LOCATION_KINDS:
        # A capital stands for its government ("engaging with Tehran"); other places are not
        # participants.
        code = geo.capital_code(actor.name)
        return [f"country:{code}"] if code else []
    return [mention.actor]


def _titled(ctx: _Context, token: Token) -> str | None:
    """"Iran's foreign minister" when the actors stage recorded it as someone's title here."""
    for actor in ctx.actors.values():
        if actor.kind != "person":
            continue
        for title in actor.titles:
            if title.start <= token.idx < title.end:
                span = token.doc.char_span(title.start, title.end, alignment_mode="expand")
                if span is not None and span.root.i == token.i:
                    return actor.id
    return None


def _pronoun(ctx: _Context, token: Token, predicate: Token) -> list[str]:
    low = token.lower_
    if low in grammar.PERSON_PRONOUNS or low in grammar.THING_PRONOUNS or \
            low in grammar.PLURAL_PRONOUNS:
        speaker = _speaker_subject(ctx, predicate)
        if speaker:
            return speaker
    if low in grammar.PERSON_PRONOUNS:
        return _antecedent(ctx, token, ("person",), grammar.PERSON_PRONOUNS, 2)
    if low in grammar.THING_PRONOUNS:
        return _antecedent(ctx, token, ("country", "org", "group"), grammar.THING_PRONOUNS, 1)
    return []


def _speaker_subject(ctx: _Context, predicate: Token) -> list[str]:
    """"Iranian officials have said they might ...": the pronoun is the speaker."""
    speech = _speech_governor(predicate)
    if speech is None or speech.i in ctx.resolving:
        return []  # "his lawyer said": the pronoun sits inside the speaker itself
    subjects = [c for c in speech.children if c.dep_ in _SUBJECTS]
    if not subjects or subjects[0].pos_ == "PRON":
        return []
    ctx.resolving.add(speech.i)
    try:
        return _ids(ctx, subjects, speech)
    finally:
        ctx.resolving.discard(speech.i)


def _antecedent(ctx: _Context, token: Token, kinds: tuple[str, ...],
                same_class: frozenset[str], sentences: int) -> list[str]:
    """Sentence by sentence backwards: the nearest subject of the right kind (a name, or a
    pronoun of the same class, itself resolved), else the nearest name of that kind.

    Subjects first because news prose keeps its topic in subject position: in "even while he
    rejected a meeting with Trump, he offered ...", the second "he" is the first one's referent,
    not Trump.
    """
    doc = token.doc
    sent = token.sent
    for _ in range(sentences + 1):
        nearest: Mention | None = None
        for k in range(min(token.i, sent.end) - 1, sent.start - 1, -1):
            other = doc[k]
            subject = other.dep_ in ("nsubj", "nsubjpass")
            mention = ctx.mention(other)
            if mention is not None and mention.kind in kinds:
                if subject:
                    return _mention_ids(ctx, mention)
                nearest = nearest or mention
            elif subject and other.lower_ in same_class:
                found = _pronoun(ctx, other, other.head)
                if found:
                    return found
        if nearest is not None:
            return _mention_ids(ctx, nearest)
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
    return []


def _official(ctx: _Context, ids: list[str]) -> bool:
    for ident in ids:
        if ident.startswith("country:") or ident.startswith("org:IGO"):
            return True
        actor = ctx.actors.get(ident)
        if actor is not None and actor.sector in plover.OFFICIAL_SECTORS:
            return True
    return False


def _is_place(ctx: _Context, token: Token) -> bool:
    mention = ctx.mention(token)
    if mention is not None and mention.actor is not None:
        actor = ctx.actors.get(mention.actor)
        return actor is not None and actor.kind in _LOCATION_KINDS and \
            geo.capital_code(actor.name) is None
    return token.ent_type_ in ("LOC", "FAC")


def _place_id(ctx: _Context, token: Token) -> str:
    mention = ctx.mention(token)
    if mention is not None and mention.actor is not None:
        return mention.actor
    span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return actor_id("location", span.text if span is not None else token.text)


def _location(ctx: _Context, token: Token) -> str | None:
    """A place in a locative phrase on the predicate: "in Biarritz", "at a summit in Biarritz"."""
    for prep, complements in _preps(token).items():
        if prep not in grammar.LOCATIVE_PREPOSITIONS:
            continue
        for complement in complements:
            place = _place_in(ctx, complement, depth=2)
            if place is not None:
                return place
    return None


def _place_in(ctx: _Context, token: Token, depth: int) -> str | None:
    mention = ctx.mention(token)
    if mention is not None and mention.actor is not None:
        actor = ctx.actors.get(mention.actor)
        if actor is not None and actor.kind in ("location", "country"):
            return actor.id
    elif token.ent_type_ in ("GPE", "LOC", "FAC"):
        return _place_id(ctx, token)
    if depth > 0:
        for prep, complements in _preps(token).items():
            if prep in ("in", "of", "at"):
                for complement in complements:
                    place = _place_in(ctx, complement, depth - 1)
                    if place is not None:
                        return place
    return None


# ---------------------------------------------------------------- reading the clause


def _governors(token: Token) -> list[tuple[Token, str]]:
    """Words whose reading extends to the token, with the edge that links them.

    Coordination passes auxiliaries and negation on ("would consider X and discuss Y");
    control ("is expected to announce") and infinitival modifiers ("the moment for X to act")
    also pass on the governor's own meaning (expectation, wish, refusal).
    """
    chain: list[tuple[Token, str]] = []
    current = token
    while current.head.i != current.i:
        dep = current.dep_
        if dep == "conj":
            if _has_subject(current) or current.head.pos_ != "VERB":
                break
        elif dep in ("acl", "relcl"):
            if not _is_infinitive(current):
                break
        elif dep != "xcomp":
            break
        chain.append((current.head, dep))
        current = current.head
    return chain


def _modal_chain(token: Token) -> list[Token]:
    """The token and every governor whose auxiliaries and negation also apply to it."""
    return [token, *(g for g, _ in _governors(token))]


def _controllers(token: Token) -> list[Token]:
    """Governors whose lexical meaning colours the token: "expected to", "refuse to"."""
    return [g for g, dep in _governors(token) if dep != "conj"]


def _negated(token: Token) -> bool:
    for verb in _modal_chain(token):
        for child in verb.children:
            if child.dep_ == "neg" or (
                    child.dep_ == "advmod" and child.lower_ in grammar.NEGATING_WORDS):
                return True
    if any(g.lemma_.lower() in grammar.NEGATING_GOVERNORS for g in _controllers(token)):
        return True
    for child in token.children:
        if child.dep_ in _OBJECTS and any(g.dep_ == "det" and g.lower_ in grammar.NEGATING_WORDS
                                          for g in child.children):
            return True
    return False


def _negated_noun(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in grammar.NEGATING_WORDS for c in token.children)


def _auxiliaries(token: Token) -> set[str]:
    found: set[str] = set()
    for verb in _modal_chain(token):
        found |= {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return found


def _hypothetical(token: Token) -> bool:
    if _auxiliaries(token) & grammar.HYPOTHETICAL_MODALS:
        return True
    for governor in _controllers(token):
        lemma = governor.lemma_.lower()
        if lemma in grammar.HYPOTHETICAL_GOVERNORS:
            return True
        if governor.pos_ in ("NOUN", "ADJ") and lemma not in grammar.FACTUAL_NOUNS and \
                lemma not in grammar.EXPECTATION_GOVERNORS:
            return True  # "the moment for the United States to make demands"
    current: Token | None = token
    while current is not None:
        if any(c.dep_ == "mark" and c.lower_ in grammar.CONDITIONAL_MARKS
               for c in current.children):
            return True
        if current.dep_ == "pcomp" and current.head.lower_ == "without":
            return True
        current = current.head if current.head.i != current.i else None
    return False


def _future(token: Token) -> bool:
    if _auxiliaries(token) & grammar.FUTURE_MODALS:
        return True
    return any(g.lemma_.lower() in grammar.EXPECTATION_GOVERNORS for g in _controllers(token))


def _speech_governor(token: Token) -> Token | None:
    """The verb of saying whose reported clause holds the token, if any."""
    current = token
    while current.head.i != current.i:
        for child in current.children:
            if child.dep_ == "parataxis" and child.lemma_.lower() in grammar.REPORTING_VERBS:
                return child  # "Hard-liners, Mr. Abdi said, had concluded ..."
        if current.dep_ in ("ccomp", "parataxis") and \
                current.head.lemma_.lower() in grammar.REPORTING_VERBS:
            return current.head
        current = current.head
    for child in current.children:
        if child.dep_ == "parataxis" and child.lemma_.lower() in grammar.REPORTING_VERBS:
            return child
    return None


def _source(ctx: _Context, token: Token) -> tuple[str | None, bool]:
    """(actor id of the reporting speaker, whether the event is reported at all)."""
    speech = _speech_governor(token)
    if speech is not None:
        subjects = [c for c in speech.children if c.dep_ in _SUBJECTS]
        ids = _ids(ctx, subjects, speech)
        return (ids[0] if ids else None), True
    for other in token.sent:
        if other.lower_ == "according" and other.i + 1 < len(token.doc) and \
                token.doc[other.i + 1].lower_ == "to":
            ids = _ids(ctx, [g for g in token.doc[other.i + 1].children if g.dep_ == "pobj"],
                       token)
            return (ids[0] if ids else None), True
    return None, False


# ---------------------------------------------------------------- time


def _attached(root: Token, target: Token, nominal: bool) -> bool:
    """Does a time expression modify this predicate (not a noun inside its arguments)?"""
    head = root.head
    if head.i == target.i:
        return nominal or root.dep_ not in ("nummod", "compound", "amod", "poss")
    return head.dep_ in ("prep", "agent") and head.head.i == target.i and root.dep_ == "pobj"


def _time(ctx: _Context, sent: SpacySpan, token: Token, head: Token,
          reported: bool) -> tuple[str | None, str | None, bool]:
    in_sentence = [(e, r) for e, r in ctx.times if sent.start <= r.i < sent.end]
    nominal = token.pos_ == "NOUN"
    for target in _unique_tokens([token, head]):
        for expr, root in in_sentence:
            if _attached(root, target, nominal and target.i == token.i):
                return _value(expr)
    current = head
    while current.head.i != current.i:
        speech = current.dep_ in ("ccomp", "parataxis") and \
            current.head.lemma_.lower() in grammar.REPORTING_VERBS
        if speech:
            break
        current = current.head
        for expr, root in in_sentence:
            if _attached(root, current, False):
                return _value(expr)
    if not reported:
        adverbial = {e.value: e for e, r in in_sentence
                     if r.dep_ not in _NOMINAL_TIME_DEPS and r.head.pos_ in ("VERB", "AUX", "ADP")}
        if len(adverbial) == 1:
            return _value(next(iter(adverbial.values())))
    published = ctx.article.published
    if published is None:
        return None, None, False
    return published.isoformat(), "day", True


def _unique_tokens(tokens: list[Token]) -> list[Token]:
    seen: list[Token] = []
    for token in tokens:
        if all(token.i != s.i for s in seen):
            seen.append(token)
    return seen


def _value(expr: TimeExpr) -> tuple[str | None, str | None, bool]:
    return expr.value, expr.granularity, expr.modifier in _APPROXIMATE_MODIFIERS


def _historical(article: Article, value: str | None) -> bool:
    if value is None or article.published is None:
        return False
    digits = value[:4].replace("X", "9")
    if not digits.isdigit():
        return False
    return int(digits) < article.published.year - _HISTORICAL_YEARS

