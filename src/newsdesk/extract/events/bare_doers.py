"""Which clause names the doer of a bare event noun, if any.

An event noun counted only when nothing else in its clause is an event ("Palestinian youths
resorted to throwing stones during demonstrations") takes the subject of the nearest clause
with one as its doer.  These constructions name no doer that way:

- the noun is a belief or feeling (``lexicon.ATTITUDE_NOUNS``) and that clause's subject
  itself (or one of its conjuncts): "mounting security concerns have hampered the relief
  work".  What the concern did is told, not anyone's voicing it; reading the subject as the
  doer made the noun's own phrase ("concerns in the capital") an actor.  A noun of an act
  keeps that reading: "protests in Kenya turned violent" are Kenyans' protests.
- the noun is what is given to (WordNet's giving to a cause, ``plover.GIVING_SYNSETS``):
  "Britons have donated millions to the appeal", "money had been pledged to the appeal".
  Who gives to it answers it, as one who "responded to the appeal" does (``coder._answers``);
  with the verb passive the clause above ("the minister said") would name its reporter.
- the noun is what an existential clause says there is: "officials said there was concern
  about the convoy's safety", "there were clashes near the border".  The expletive "there"
  is no subject, and the clause that has one above it (the speaker's "said") tells who
  reported it, not who felt or did it.
- the noun is a complement of a passive with no agent: "officials said the envoy would not
  have been dispatched to the regional meeting", "police said three men were injured in
  clashes".  A passive without "by" says nobody did it, so the clause above names its
  reporter, not the doer of the meeting or the clashes; the passive's negation and mood are
  the noun's own (``reading_clause``: "would not have been dispatched" is a counterfactual).

In each, a doer the noun itself names stays ("Germany's concerns", "protests by students":
``Participants.noun_actors``), as does an unnamed doer's act aimed at a place.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.extract.events.clauses import SUBJECTS, clause_verb
from newsdesk.extract.times import verb_above
from newsdesk.knowledge import lexicon, plover


def _existential(token: Token) -> bool:
    """"there was concern", "there have been protests": the noun is what "there" introduces."""
    head = token.head
    return token.dep_ in ("attr", "nsubj") and head.i != token.i and \
        head.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in head.children)


def _own_subject(token: Token) -> bool:
    """"Security concerns, as well as delays, have hampered the work": the attitude noun (or
    the first conjunct it belongs to) is the subject of the verb it depends on."""
    if token.lemma_.lower() not in lexicon.ATTITUDE_NOUNS and \
            token.lower_ not in lexicon.ATTITUDE_NOUNS:
        return False
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    return current.dep_ in SUBJECTS and current.head.pos_ in ("VERB", "AUX")


def _given_to(token: Token) -> bool:
    """"donated 12 million pounds to the appeal": the noun is the "to" complement of a verb of
    giving to a cause, active or passive."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "to":
        return False
    verb = prep.head
    return verb.pos_ in ("VERB", "AUX") and bool(
        set(plover.VERB_HYPERNYMS.get(verb.lemma_.lower(), ())) & plover.GIVING_SYNSETS)


def doer_clause(token: Token) -> Token | None:
    """The verb whose subject is the bare event noun ``token``'s doer, or None where the
    clause names none (an attitude that is its subject, what is given to, an existential's, or
    the complement of a passive with no agent)."""
    if _existential(token) or _own_subject(token) or _given_to(token):
        return None
    verb = verb_above(token)
    if verb is not None and _agentless_passive(verb):
        return None
    return clause_verb(token)


def _agentless_passive(verb: Token) -> bool:
    return any(c.dep_ == "nsubjpass" for c in verb.children) and \
        not any(c.dep_ == "agent" for c in verb.children)


def reading_clause(token: Token) -> Token | None:
    """The verb whose negation and mood the bare event noun ``token`` takes: the verb with a
    subject above it (``clause_verb``), unless a passive with no agent stands between
    ("officials said the envoy would not have been dispatched to the regional meeting without
    the cabinet's approval"): the noun is that passive's complement, so a counterfactual,
    negated passive makes the noun's event hypothetical and negated, not the reporting verb's
    plain past."""
    verb = verb_above(token)
    if verb is not None and _agentless_passive(verb):
        return verb
    return clause_verb(token)
