"""Matching predicates against the PLOVER lexicon: which words of a sentence may be events, and
in which senses.

A verb is looked up by lemma (``plover.VERBS``) and each of its senses is tried in order against
the clause's arguments (objects, prepositions, particle); an event noun (``plover.NOUNS``) is
taken only where the text anchors it: the object of a carrier verb ("announce a
disengagement"), a noun with its own date, or, when nothing else in the sentence codes, a
noun at clause level ("stones thrown during demonstrations").  Nothing here resolves a
participant: a ``Found`` is a predicate with its candidate senses, best first.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsdesk.extract.events.clauses import (
    NOMINAL_TIME_DEPS,
    OBJECTS,
    SUBJECTS,
    clause_level,
    depth,
    lemmas,
    objects_of,
    particle_of,
    preps_of,
    purpose_clause,
    subjects_of,
)
from newsdesk.knowledge import grammar, plover
from newsdesk.knowledge.plover import Rule
from newsdesk.model import Span


@dataclass
class Found:
    """A predicate that matched a rule, before its participants are read."""

    token: Token
    senses: list[tuple[Rule, list[Token]]]  # matching rules, best first, with the tokens
    carrier: Token | None = None  # "announce" in "announce a disengagement"
    addressee: Token | None = None  # "said that China must ...": the subject asked to act
    bare: bool = False  # an event noun found only because nothing else in the sentence was
    synonym: str | None = None  # the lexicon verb whose senses a verb it lacks was tried with


def find(sent: SpacySpan) -> list[Found]:
    """The predicates of a sentence that may be events: verbs with a sense (or carrying an event
    noun, or saying that someone must act), and event nouns with a date of their own."""
    found: list[Found] = []
    for token in sent:
        if token.pos_ == "VERB" and token.tag_.startswith("VB") and token.dep_ != "amod":
            if purpose_clause(token):
                continue
            item = carried(token) or verb_senses(token) or obligation(token)
            if item is not None:
                found.append(item)
        elif token.pos_ == "NOUN" and is_free_noun(token):
            item = noun_senses(token)
            if item is not None:
                found.append(item)
    return found


def other_verbs(sent: SpacySpan) -> list[Token]:
    """The verbs of a sentence the lexicon has no sense for, which only the learned model can
    type ("lambasted", "airlifted"): full verbs, not auxiliaries, adjectival participles or the
    aim of a journey ("traveled to China to meet").  A verb the lexicon does not know that takes
    a clause ("plans to impose", "continued to send"), or a verb of saying without an object of
    its own ("officials said ..."), frames the event its clause reports and is none itself;
    an adjective is no clause ("found the commander guilty")."""
    return [t for t in sent if t.pos_ == "VERB" and t.tag_.startswith("VB") and
            t.dep_ not in ("amod", "aux", "auxpass") and not purpose_clause(t) and
            not _frame(t) and not _excluded(t)]


def verb_lemma(token: Token) -> str:
    """The verb's lemma for the lexicon: the parser's, unless that is no lexicon verb and a
    past form in "-ed" is one's without its "d" (the parser reads "fined" as "fin", a
    lemma WordNet then takes for "equip")."""
    lemma = token.lemma_.lower()
    if lemma in plover.VERBS or token.tag_ not in ("VBD", "VBN"):
        return lemma
    form = token.lower_
    if form.endswith("ed") and form[:-1] in plover.VERBS:
        return form[:-1]
    return lemma


def _excluded(token: Token) -> bool:
    """The lexicon names the verb's object as a sense it does not code ("seized the
    opportunity", "struck a balance": ``exclude`` in plover-lexicon.json) and no sense of the
    verb matches: the model is not asked again.  An object the lexicon merely does not list
    ("released the former prime minister") still goes to the model."""
    rules = plover.VERBS.get(verb_lemma(token))
    objects = objects_of(token)
    if not rules or not objects:
        return False
    words = lemmas(objects)
    return any(words & rule.exclude for rule in rules) and all(
        words & rule.exclude or (rule.objects is not None and not words & rule.objects)
        for rule in rules)


def _frame(token: Token) -> bool:
    """A verb with no sense here that takes a clause reports or judges that clause's event.

    A verb the lexicon knows reaches this only when none of its senses matched: with a finite
    clause ("Taliban ruled Afghanistan has been sharing ...", parsed as "ruled [that] ...") it
    frames the clause like any other verb; with an infinitive ("pressed Iran to free") it may
    still be the act itself, so the model is asked."""
    lemma = token.lemma_.lower()
    clauses = [c for c in token.children if c.pos_ in ("VERB", "AUX")]
    if any(c.dep_ == "ccomp" for c in clauses):
        return True
    if lemma in plover.VERBS:
        return False
    if any(c.dep_ == "xcomp" for c in clauses):
        return True
    return (lemma in grammar.QUOTE_VERBS or lemma in grammar.REPORTING_VERBS) and \
        not any(c.dep_ in OBJECTS for c in token.children)


def bare_nouns(sent: SpacySpan) -> list[Found]:
    """Event nouns of a sentence where no predicate matched, the least embedded first.

    "Palestinian youths resorted to throwing stones during demonstrations against ...": the
    verbs say nothing codable, the noun does; its actor is the nearest clause's subject.
    """
    found: list[Found] = []
    for token in sent:
        if token.pos_ != "NOUN" or not clause_level(token):
            continue
        if token.dep_ in ("dobj", "nsubjpass") and \
                token.head.lemma_.lower() in plover.CARRIER_VERBS:
            continue
        item = noun_senses(token)
        if item is not None:
            item.bare = True
            found.append(item)
    return sorted(found, key=lambda f: (depth(f.token), f.token.i))


_REQUEST_RULE = Rule("REQUEST")


def obligation(token: Token) -> Found | None:
    """"declared that China must drop barriers": saying that someone else must act is asking."""
    if token.lemma_.lower() not in grammar.DECLARING_VERBS:
        return None
    speakers = subjects_of(token)
    for child in token.children:
        if child.dep_ != "ccomp":
            continue
        if not any(c.dep_ == "aux" and c.lower_ in grammar.OBLIGATION_MODALS
                   for c in child.children):
            continue
        subjects = [c for c in child.children if c.dep_ in SUBJECTS]
        if not subjects or subjects[0].pos_ == "PRON" or \
                any(s.i == subjects[0].i for s in speakers):
            continue
        return Found(token, [(_REQUEST_RULE, [])], addressee=subjects[0])
    return None


def verb_senses(token: Token) -> Found | None:
    """The lexicon's senses of a verb that match its arguments; for a verb the lexicon does not
    know, those of the first lexicon verb WordNet gives as its synonym
    (``plover.VERB_SYNONYMS``) that match ("ousted two diplomats" as "expelled"), marked as
    such.  A verb the lexicon does not know that frames a clause (``_frame``) is no act by any
    synonym, as it is none without the table."""
    lemma = verb_lemma(token)
    idiom = _mutual_idiom(token, lemma)
    if idiom is not None:
        return idiom
    rules = plover.VERBS.get(lemma)
    if rules:
        return _matched(token, rules)
    if _frame(token):
        return None  # "the court said Friday", "is expected to impose": a frame, as without
    for target in plover.VERB_SYNONYMS.get(lemma, ()):
        item = _matched(token, plover.VERBS[target], synonym=True)
        if item is not None:
            item.synonym = target
            return item
    return None


def _mutual_idiom(token: Token, lemma: str) -> Found | None:
    """"The two ministers traded blame", "Kenya and Uganda exchanged accusations": a verb whose
    object makes an idiom of acts done to each other (``plover.MUTUAL_IDIOMS``) codes the
    idiom's sense, not what the verb codes alone ("traded prisoners" is a release) nor what
    the model makes of "traded" with a company or a date beside it."""
    rules = plover.MUTUAL_IDIOMS.get(lemma)
    return _matched(token, rules) if rules else None


def phrasal_particle(token: Token, rules: tuple[Rule, ...] | None = None) -> str | None:
    """The verb's particle: the parser's ("backed down"), else an adverb right after the verb
    that the parser did not take for one, when a lexicon sense of the verb names it ("South
    Korea's justice minister stepped down", "the armoured units pulled back from the town":
    "down" and "back" parsed as adverbs).  An adverb no sense of the verb names stays an adverb,
    and keeps the verb's other senses ("struck back at the rebels"); so does one with a source
    ("stepped down from the stage", "investors pulled back from emerging markets": a movement
    as much as the act, which the model decides as before)."""
    particle = particle_of(token)
    if particle is not None:
        return particle
    if rules is None:
        rules = plover.VERBS.get(verb_lemma(token), ())
    named = {rule.particle for rule in rules if rule.particle is not None}
    for child in token.children:
        if child.dep_ == "advmod" and child.i == token.i + 1 and child.lower_ in named and \
                child.pos_ in ("ADV", "ADP"):
            if any(g.dep_ == "prep" and g.lower_ == "from"
                   for g in (*token.children, *child.children)):
                return None  # "stepped down from the stage": a movement, left to the model
            return child.lower_
    return None


def _matched(token: Token, rules: tuple[Rule, ...], synonym: bool = False) -> Found | None:
    """The senses of ``rules`` the verb's arguments allow.  Taken through a synonym, a sense
    that does not ask for a reflexive object does not take one: "busied themselves with"
    is not "occupied" a place."""
    objects = objects_of(token)
    preps = preps_of(token)
    particle = phrasal_particle(token, rules)
    reflexive = any(o.lower_ in grammar.REFLEXIVE_PRONOUNS for o in objects)
    senses: list[tuple[Rule, list[Token]]] = []
    for rule in rules:
        if synonym and reflexive and not rule.reflexive:
            continue
        if rule.intransitive and (objects or any(c.dep_ in _CLAUSAL for c in token.children)):
            continue
        decisive = matches(rule, objects, preps, particle)
        if decisive is None:
            continue
        if particle is not None:
            decisive += [c for c in token.children if c.dep_ == "prt" or
                         (c.dep_ == "advmod" and c.i == token.i + 1 and c.lower_ == particle)]
        senses.append((rule, decisive))
    return Found(token, senses) if senses else None


def carried(token: Token) -> Found | None:
    """"announce a further disengagement": the object noun is the event, the verb its carrier."""
    if token.lemma_.lower() not in plover.CARRIER_VERBS:
        return None
    for obj in objects_of(token):
        item = noun_senses(obj)
        if item is not None:
            item.carrier = token
            return item
    return None


def noun_rules(token: Token) -> tuple[Rule, ...]:
    """The lexicon's senses of an event noun, looked up by its form, else by its lemma
    ("talks" is a noun of its own, "seizures" one by its lemma)."""
    return plover.NOUNS.get(token.lower_) or plover.NOUNS.get(token.lemma_.lower()) or ()


def noun_senses(token: Token) -> Found | None:
    rules = noun_rules(token)
    if not rules:
        return None
    preps = preps_of(token)
    objects = preps.get("of", []) + preps.get("from", [])
    senses = [(rule, list[Token]()) for rule in rules
              if rule.objects is None or lemmas(objects) & rule.objects]
    return Found(token, senses) if senses else None


def matches(rule: Rule, objects: list[Token], preps: dict[str, list[Token]],
             particle: str | None) -> list[Token] | None:
    """The tokens that made the rule apply, or None when it does not."""
    decisive: list[Token] = []
    if rule.particle is not None:
        if particle != rule.particle:
            return None
    elif particle in grammar.SENSE_PARTICLES:
        return None
    object_lemmas = lemmas(objects) | lemmas(measured(objects, rule))
    if object_lemmas & rule.exclude:
        return None
    if rule.needs_object and not objects:
        return None
    if rule.mode in _TAKES_BEINGS and objects and all(amount(o) for o in objects):
        return None
    if rule.reflexive and not any(o.lower_ in grammar.REFLEXIVE_PRONOUNS for o in objects):
        return None
    if rule.preps is not None and not (set(preps) & rule.preps):
        return None
    if rule.objects is not None:
        pool = objects + preps.get("from", []) + preps.get("of", [])
        pool += [g for o in objects for g in preps_of(o).get("of", [])]  # "a series of bombs"
        pool += [g for o in objects if o.lemma_.lower() in _VEHICLES for g in cargo(o, preps)]
        hits = [o for o in pool if lemmas([o]) & rule.objects and not held_ground(o)]
        if not hits:
            return None
        decisive.extend(hits[:1])
    return decisive


def measured(objects: list[Token], rule: Rule) -> list[Token]:
    """What a counted object only measures: its "of" complement ("captured 12,400 barrels of
    oil": the oil), which a sense's ``exclude`` reads as it reads a bare object ("capturing
    more oil").  A counted noun the sense itself names ("seized two tankers of oil") measures
    nothing: the tankers are what is seized."""
    found: list[Token] = []
    for obj in objects:
        if not any(c.dep_ == "nummod" for c in obj.children):
            continue
        if rule.objects is not None and lemmas([obj]) & rule.objects:
            continue
        found += preps_of(obj).get("of", [])
    return found


def amount(obj: Token) -> bool:
    """A measured amount, not a count of beings: "captured 2,200 barrels", "40 tonnes" (the
    entity model's QUANTITY, a figure with its unit); "two soldiers", "1,500 prisoners" are
    counts (CARDINAL on the figure alone) and may well be taken."""
    return obj.ent_type_ == "QUANTITY"


# modes whose object is someone taken or held: a measured amount is no one
_TAKES_BEINGS = frozenset({"abduct"})
_VEHICLES = plover.CLASSES["VEHICLES"]
# complements that make a verb tell what is shown or said rather than done
_CLAUSAL = frozenset({"ccomp", "xcomp"})


def cargo(vehicle: Token, preps: dict[str, list[Token]]) -> list[Token]:
    """What a vehicle carries, which decides what sending it is: "sent planes with aid" (the
    parser often hangs "with" on the verb, whose ``preps`` these are), "dispatched ships
    carrying food" are aid; "sent planes" alone may be a force."""
    found = list(preps_of(vehicle).get("with", [])) + list(preps.get("with", []))
    for child in vehicle.children:
        if child.dep_ == "acl" and child.lemma_.lower() in ("carry", "load", "lade", "fill"):
            found += objects_of(child) + preps_of(child).get("with", [])
    return found


# modifiers that make a "position" ground held by armed men, not a stance
_HELD_BY = frozenset({"enemy", "forward", "frontline", "front-line", "defensive", "fortified"})


def held_ground(token: Token) -> bool:
    """"attacked rebel positions", "shelled army positions along the front": positions named
    by the force that holds them (a military, police or rebel head noun of the lexicon's
    group sectors, or "enemy", "forward", ...) are ground, never the stance of the verbal
    targets ("attacked the government's position on taxes")."""
    if token.lemma_.lower() != "position" and token.lower_ != "positions":
        return False
    for child in token.children:
        if child.dep_ not in ("compound", "amod", "poss", "nmod"):
            continue
        word = child.lower_
        if word in _HELD_BY or plover.GROUP_SECTORS.get(word) in ("MIL", "REB", "COP") or \
                plover.GROUP_SECTORS.get(child.lemma_.lower()) in ("MIL", "REB", "COP"):
            return True
    return False


def is_free_noun(token: Token) -> bool:
    """A nominal event stands alone only when its own date is attached to it."""
    if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in plover.CARRIER_VERBS:
        return False  # handled as the carrier's object
    for child in token.children:
        if child.ent_type_ == "DATE" and child.dep_ in NOMINAL_TIME_DEPS:
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "on") and \
                any(g.ent_type_ == "DATE" for g in child.children):
            return True
    return False


def _content_mode(token: Token, contents: tuple[tuple[str, frozenset[str]], ...], prep: str,
                  deep: bool) -> str | None:
    """The first mode whose cue words the predicate's content has: its objects, its clausal
    complement (and, ``deep``, that complement's objects), and one preposition's complement."""
    words = lemmas(objects_of(token))
    for child in token.children:
        if child.dep_ in ("xcomp", "ccomp"):
            inner = [g for g in child.children if g.dep_ in OBJECTS] if deep else []
            words |= lemmas([child, *inner])
    words |= lemmas(preps_of(token).get(prep, []))
    for mode, cues in contents:
        if words & cues:
            return mode
    return None


def request_mode(token: Token) -> str | None:
    """REQUEST and REJECT modes from what is asked for ("called for talks") or refused."""
    return _content_mode(token, plover.REQUEST_CONTENTS, "for", deep=False)


def threat_mode(token: Token) -> str | None:
    """THREATEN modes from what is threatened ("threatened to close the border", "with
    sanctions")."""
    return _content_mode(token, plover.THREAT_CONTENTS, "with", deep=True)


def trigger_span(item: Found, decisive: list[Token]) -> Span:
    tokens = [item.token, *decisive]
    if item.carrier is not None:
        tokens.append(item.carrier)
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return Span(first.idx, last.idx + len(last))
