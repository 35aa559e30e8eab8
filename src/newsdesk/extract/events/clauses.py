"""Reading a clause around a predicate, from the parse alone: no lexicon of events, no state.

Who is the subject (through control, coordination and relative clauses), what are the objects
and prepositional complements, and what the clause says about the reality of its predicate:
negation ("did not meet", "refused to meet"), condition and modality ("if", "would", "hopes
to"), futurity ("will", "is expected to"), and whether it is reported speech ("Iran said it
had ...").  Everything here is a pure function of spaCy tokens, so any layer may call it and
issue 12's coder can reuse it as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsdesk.ingest.furniture import lead_only, lead_start
from newsdesk.knowledge import grammar

SUBJECTS = frozenset({"nsubj", "csubj"})


OBJECTS = frozenset({"dobj", "obj"})


NOMINAL_TIME_DEPS = frozenset({"nummod", "compound", "amod", "npadvmod", "poss"})


def trimmed(sent: SpacySpan) -> tuple[int, int]:
    """A sentence's span as cited: without surrounding whitespace or the wire furniture a
    scrape runs into a lead ("WASHINGTON | Thu Jun 17, 2010 3:32 pm EDT WASHINGTON (Reuters) -
    BP Plc Chief Executive ..." starts at "BP"), as the stored sentence spans do."""
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.start_char + len(text.rstrip())
    if lead_only(sent.doc.text[start:end]):
        return end, end  # "MIAMI (Reuters) -" cut off as a sentence of its own
    cut = lead_start(sent.doc.text[start:end])
    return (start + cut if cut < end - start else start), end


def title_tokens(sent: SpacySpan) -> frozenset[int]:
    """The tokens of a quoted title in the sentence, the words between the quotation marks
    that follow a verb of titling: "holds a hearing titled: \u201cHave Court Decisions
    Encouraged Irresponsible Behaviour?\u201d".  A title names a work: its verbs report nothing,
    and its words govern nothing outside it, whatever the parser hangs on them."""
    inside: set[int] = set()
    tokens = list(sent)
    for n, token in enumerate(tokens):
        if not token.is_quote or n == 0:
            continue
        before = next((t for t in reversed(tokens[:n]) if not t.is_punct), None)
        if before is None or before.lemma_.lower() not in grammar.TITLING_VERBS:
            continue
        close = next((m for m in range(n + 1, len(tokens)) if tokens[m].is_quote), len(tokens))
        inside.update(t.i for t in tokens[n + 1:close])
    return frozenset(inside)


def depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def unique(ids: list[str]) -> list[str]:
    seen: list[str] = []
    for ident in ids:
        if ident not in seen:
            seen.append(ident)
    return seen


def unique_tokens(tokens: list[Token]) -> list[Token]:
    seen: list[Token] = []
    for token in tokens:
        if all(token.i != s.i for s in seen):
            seen.append(token)
    return seen


def lemmas(tokens: Iterable[Token]) -> set[str]:
    found: set[str] = set()
    for token in tokens:
        found.add(token.lemma_.lower())
        found.add(token.lower_)
    return found


def is_infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def has_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECTS or c.dep_ == "nsubjpass" for c in token.children)


def particle_of(token: Token) -> str | None:
    doc = token.doc
    for child in token.children:
        if child.dep_ == "prt":
            after = doc[child.i + 1: child.i + 3]
            if child.lower_ == "up" and len(after) == 2 and after[0].lower_ == "to" and \
                    after[1].like_num:
                continue  # "kidnapped up to 16 advisers": a quantity, not a particle
            return child.lower_
    return None


def objects_of(token: Token) -> list[Token]:
    """Heads playing the object role: direct objects, passive subjects, relativised nouns."""
    # "is opposed to", "were engaged in": no object
    attitude = token.lower_ in grammar.DOER_PARTICIPLES
    found = [c for c in token.children if c.dep_ in OBJECTS or
             (c.dep_ == "nsubjpass" and not attitude)]
    if not found and token.dep_ == "acl" and token.tag_ == "VBN":
        found = [token.head]  # "sanctions imposed by ..."
    if not found and token.dep_ == "relcl":
        subject = [c for c in token.children if c.dep_ in SUBJECTS]
        if subject and subject[0].lower_ not in grammar.RELATIVE_PRONOUNS:
            found = [token.head]  # "the sanctions he has imposed"
    found = [f for f in found if not _listed_after_colon(token, f)]
    expanded: list[Token] = []
    for head in found:
        expanded.append(head)
        expanded.extend(head.conjuncts)
    return expanded


def _listed_after_colon(verb: Token, obj: Token) -> bool:
    """"pointed to two times when the junta gave in: the release of prisoners in 1990, ...":
    a verb whose complement stands before its colon has none after it; what follows the colon
    lists what that complement names, though the parser may hang it on the verb as an object.
    A bare colon after the verb ("listed: bread, milk and eggs") still leads to its object."""
    colon = _colon_before(obj)
    if colon is None or colon.i < verb.i:
        return False
    return any(c.dep_ in ("prep", "dobj", "dative") and c.i < colon.i for c in verb.children)


def _colon_before(token: Token) -> Token | None:
    """The last colon of the token's sentence before it, if one stands there."""
    sent = token.sent
    for k in range(token.i - 1, sent.start - 1, -1):
        if token.doc[k].text == ":":
            return token.doc[k]
    return None


def elaborated_clause(token: Token) -> Token | None:
    """The clause whose acts a colon lists: "three times when the government gave in to
    pressure: the release of hostages in 1981, consent to a resolution in 1988" names acts of
    that government, so an event noun after the colon with no doer of its own has the doer of
    the last clause before the colon.  The noun must hang on a word before the colon (as the
    parser attaches such a list, as an apposition or an object) or on another listed noun:
    a noun inside a new clause after the colon ("He said: the release will come") is that
    clause's."""
    colon = _colon_before(token)
    if colon is None:
        return None
    current = token
    while current.head.i > colon.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return None
    if current.head.i == current.i:
        return None
    for k in range(colon.i - 1, token.sent.start - 1, -1):
        verb = token.doc[k]
        if verb.pos_ == "VERB" and subjects_of(verb):
            return verb
    return None


def preps_of(token: Token) -> dict[str, list[Token]]:
    """Prepositions attached to the token and their complements.  A "for ... to" clause counts
    as "for" with its verb ("called for the rebels to lay down their arms", parsed as an
    adverbial clause marked "for"), as "called for laying down" does."""
    found: dict[str, list[Token]] = {}
    for child in token.children:
        if child.dep_ in ("prep", "agent"):
            complements = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            for head in list(complements):
                complements.extend(head.conjuncts)
            found.setdefault(child.lower_, []).extend(complements)
        elif for_clause(child):
            found.setdefault("for", []).append(child)
    return found


def for_clause(token: Token) -> bool:
    """"(pushed) for the US to support": a clause marked "for" with its own subject."""
    return token.dep_ in ("advcl", "ccomp") and any(
        c.dep_ == "mark" and c.lower_ == "for" for c in token.children)


def asked_of(token: Token) -> list[Token]:
    """Who is to do what a demand asks, when the demand names nobody as its addressee: the
    subject of the clause that says what is asked ("demanded that the Kenyan government release
    the journalists", "insisted on its demand that Malawi's government hold new elections",
    "demanded on Monday that Nigeria reopen the border").  An infinitive has no subject of its
    own."""
    heads = [token, *objects_of(token), *(c for cs in preps_of(token).values() for c in cs)]
    for head in heads:
        for child in head.children:
            if child.dep_ not in ("ccomp", "acl") or is_infinitive(child):
                continue
            subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return subjects
    return []


def subjects_of(token: Token) -> list[Token]:
    """Who performs the predicate, following the parse through control and coordination."""
    own = [c for c in token.children if c.dep_ in SUBJECTS]
    if own:
        return own
    agents = [g for c in token.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    if agents:
        return agents
    if token.lower_ in grammar.DOER_PARTICIPLES:
        holders = [c for c in token.children if c.dep_ == "nsubjpass"]
        if holders:
            # "Egypt is opposed to Turkish mediation": Egypt opposes it; "Serb forces were
            # engaged in ethnic cleansing": the forces take part in it
            return holders
    if any(c.dep_ == "nsubjpass" for c in token.children):
        return []  # passive without an agent: the doer is not said
    dep, head = token.dep_, token.head
    if dep == "conj" and head.i != token.i:
        passive = [c for c in head.children if c.dep_ == "nsubjpass"]
        if passive and (token.tag_ in ("VBZ", "VBP", "VBG") or
                        any(c.dep_ == "aux" for c in token.children)):
            # "the minister has been indicted by the court and will resign": a conjunct of a
            # passive verb with its own auxiliary or tense is active and done by the one the
            # passive is done to; a bare past form ("was detained by police and questioned")
            # may share the passive, and keeps its agent
            return passive
        if head.pos_ != "VERB":
            # "outraged after Trump abandoned X, demanded Y and reimposed Z": the parser hung
            # the later conjuncts on the main clause; their subject is the nearest verb's.
            for k in range(token.i - 1, head.i, -1):
                other = token.doc[k]
                if other.pos_ == "VERB" and has_subject(other):
                    return subjects_of(other)
        return subjects_of(head)
    if dep == "xcomp" and head.i != token.i and head.dep_ == "acl" and head.tag_ == "VBN" \
            and is_infinitive(token) and head.head.i != head.i \
            and head.lemma_.lower() not in grammar.INFINITIVE_PARTICIPLES \
            and any(c.dep_ == "agent" for c in head.children):
        # "her visit to the valley flooded by the river to urge farmers": a participle that
        # takes no infinitive leaves the purpose to the clause above; its agent does not do it
        above = head.head
        while above.head.i != above.i and above.pos_ not in ("VERB", "AUX"):
            above = above.head
        return subjects_of(above) if above.pos_ in ("VERB", "AUX") else []
    if dep == "xcomp" and head.i != token.i:
        objects = [c for c in head.children if c.dep_ in OBJECTS]
        if objects:
            return objects
        passive = [c for c in head.children if c.dep_ == "nsubjpass"]
        return passive or subjects_of(head)
    if dep == "advcl" and head.i != token.i and not any(c.dep_ == "mark" for c in token.children):
        return subjects_of(head)  # "..., indicating he would be willing"
    if dep == "acl" and head.i != token.i:
        if token.tag_ == "VBG":
            return [head]  # "demonstrators protesting election results"
        return [c for c in head.children if c.dep_ == "poss"]  # "Macron's decision to invite"
    if dep in ("acomp", "attr", "oprd") and head.i != token.i:
        return subjects_of(head)  # "France is ready to contribute": through "ready"
    if dep == "relcl" and head.i != token.i:
        return [head]
    return []


def clause_verb(token: Token) -> Token | None:
    """The verb whose clause holds a noun: "resorted to throwing stones during protests"."""
    current = token
    while current.head.i != current.i:
        current = current.head
        if current.pos_ in ("VERB", "AUX") and subjects_of(current):
            return current
    return None


def clause_level(token: Token) -> bool:
    """A noun that is a participant of its clause ("during demonstrations", "a rally"), not a
    word inside another noun phrase ("a statement on the talks") or a verb's object."""
    if token.dep_ in ("nsubj", "nsubjpass", "attr"):
        return True
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        return token.head.head.pos_ in ("VERB", "AUX", "ADJ")
    return False


def purpose_clause(token: Token) -> bool:
    """"traveled to China to meet heads of state": the meeting is an aim, not a report."""
    return token.dep_ == "advcl" and is_infinitive(token) and not has_subject(token)


def embedded(token: Token, triggers: set[int]) -> bool:
    """"agreed to meet", "accused Iran of seizing": the inner event is only the outer's content."""
    governor = clausal_governor(token)
    return governor is not None and governor.i in triggers


def clausal_governor(token: Token) -> Token | None:
    if (token.dep_ in ("xcomp", "ccomp") or for_clause(token)) and token.head.i != token.i:
        return token.head
    if token.dep_ == "pcomp" and token.head.dep_ == "prep":
        return token.head.head
    if token.dep_ in ("dobj", "pobj") and token.head.dep_ == "prep":
        return token.head.head
    return None


def governors(token: Token) -> list[tuple[Token, str]]:
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
            if has_subject(current) or current.head.pos_ != "VERB":
                break
        elif dep in ("acl", "relcl"):
            if not is_infinitive(current):
                break
        elif dep != "xcomp":
            break
        chain.append((current.head, dep))
        current = current.head
    return chain


def modal_chain(token: Token) -> list[Token]:
    """The token and every governor whose auxiliaries and negation also apply to it."""
    return [token, *(g for g, _ in governors(token))]


def controllers(token: Token) -> list[Token]:
    """Governors whose lexical meaning colours the token: "expected to", "refuse to"."""
    return [g for g, dep in governors(token) if dep != "conj"]


def auxiliaries(token: Token) -> set[str]:
    found: set[str] = set()
    for verb in modal_chain(token):
        found |= {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return found


def negated(token: Token) -> bool:
    for verb in modal_chain(token):
        for child in verb.children:
            if child.dep_ == "neg" or (
                    child.dep_ == "advmod" and child.lower_ in grammar.NEGATING_WORDS):
                return True
        if opens_with_nor(verb):
            return True
    if any(g.lemma_.lower() in grammar.NEGATING_GOVERNORS for g in controllers(token)):
        return True
    for child in token.children:
        if child.dep_ in OBJECTS and any(g.dep_ == "det" and g.lower_ in grammar.NEGATING_WORDS
                                          for g in child.children):
            return True
    return False


def opens_with_nor(verb: Token) -> bool:
    """"Nor will the library accept any funding": a sentence opened by "nor" says it will not."""
    return any(c.lower_ == "nor" and c.i == c.sent.start for c in verb.children)


def negated_noun(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in grammar.NEGATING_WORDS for c in token.children)


def _ancestors(token: Token) -> Iterator[Token]:
    """The token and every head above it, up to the root."""
    current: Token | None = token
    while current is not None:
        yield current
        current = current.head if current.head.i != current.i else None


def _conditional_mark(token: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in grammar.CONDITIONAL_MARKS for c in token.children)


def conditional(token: Token) -> bool:
    """Under "if", "unless", "whether", or beside a clause they open."""
    return any(
        _conditional_mark(t) or any(c.dep_ == "advcl" and _conditional_mark(c) for c in t.children)
        for t in _ancestors(token)
    )


def hypothetical(token: Token) -> bool:
    if auxiliaries(token) & grammar.HYPOTHETICAL_MODALS:
        return True
    for governor in controllers(token):
        lemma = governor.lemma_.lower()
        if lemma in grammar.HYPOTHETICAL_GOVERNORS:
            return True
        if governor.pos_ in ("NOUN", "ADJ") and lemma not in grammar.FACTUAL_NOUNS and \
                lemma not in grammar.EXPECTATION_GOVERNORS:
            return True  # "the moment for the United States to make demands"
    return likened(token) or alternative(token) or any(
        _conditional_mark(t) or (t.dep_ == "pcomp" and t.head.lower_ == "without")
        for t in _ancestors(token))


def alternative(token: Token) -> bool:
    """"Either the mayor is at fault for the delay or the council was not at fault for the
    flood": each clause of an "either ... or" is one of two possibilities, neither asserted (a
    reader's comment of that shape made a disagreement with a report)."""
    clause = token.head if token.dep_ == "conj" else token
    return any(c.dep_ == "preconj" and c.lower_ == "either" for c in clause.children)


def likened(token: Token) -> bool:
    """"Blaming others is like a banker blaming his accountant", "acted as if he had won": a
    clause a comparison holds up is an image, no act and no one's stance."""
    for t in _ancestors(token):
        if t.dep_ in ("pcomp", "pobj") and t.head.lower_ in ("like", "unlike"):
            return True
        if any(c.dep_ == "mark" and c.lower_ == "if" and c.i > 0 and
               c.doc[c.i - 1].lower_ == "as" for c in t.children):
            return True
    return False


def future(token: Token) -> bool:
    if auxiliaries(token) & grammar.FUTURE_MODALS:
        return True
    return any(g.lemma_.lower() in grammar.EXPECTATION_GOVERNORS for g in controllers(token))


def standing(token: Token) -> bool:
    """A habit or a stance, not one act: "has always railed against", "is regularly chanted",
    "a group that supports the policy" (a simple present outside reported speech)."""
    for verb in modal_chain(token):
        if any(c.dep_ in ("advmod", "npadvmod") and c.lemma_.lower() in grammar.HABITUAL_ADVERBS
               for c in verb.children):
            return True
    simple_present = token.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in token.children)
    return simple_present and speech_governor(token) is None


def ongoing(token: Token) -> bool:
    """Under way rather than done: "has been pursuing", "they are doing a lot of talking"."""
    return token.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "be" for c in token.children)


def irrealis(token: Token) -> bool:
    """"potential negotiations", "desperate for new talks": a noun event not (yet) real."""
    if any(c.dep_ == "amod" and c.lemma_.lower() in grammar.IRREALIS_WORDS for c in token.children):
        return True
    current = token
    while current.head.i != current.i and current.pos_ not in ("VERB", "AUX"):
        current = current.head
        if current.lemma_.lower() in grammar.IRREALIS_WORDS:
            return True
    return False


def willing(token: Token) -> bool:
    """"is ready to", "prepared to": the subject declares itself willing."""
    return any(g.lemma_.lower() in grammar.WILLING_WORDS or g.lower_ in grammar.WILLING_WORDS
               for g in controllers(token))


def threat_modal(token: Token) -> bool:
    """"may halt", "could impose" said by the actor about its own action, not under "if"."""
    return bool(auxiliaries(token) & grammar.POSSIBILITY_MODALS) and \
        not conditional(token) and speech_governor(token) is not None


def promised(token: Token) -> bool:
    """"said it would allow": "would" in reported speech is the future of the past."""
    aux = auxiliaries(token)
    return bool(aux & grammar.PAST_FUTURE_MODALS) and \
        not (aux & (grammar.HYPOTHETICAL_MODALS - grammar.PAST_FUTURE_MODALS)) and \
        not conditional(token) and speech_governor(token) is not None and \
        not any(g.lemma_.lower() in grammar.HYPOTHETICAL_GOVERNORS for g in controllers(token))


def speech_governor(token: Token) -> Token | None:
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
