"""An occasion is no speaker: 'Lund's two-day visit aims to show that ...' reports no words.

A possessive name before a noun of an event ("the mayor's visit", "the union's rally", "the
senator's trip") names when and whose, not who speaks; the verb after it ("aims to show",
"is meant to signal") states the writer's reading of the occasion.  The event nouns are the
PLOVER lexicon's (their one home), less those that carry words ("warning", "complaint",
"statement" are a speech act or a document) and inquiries ("the board's inquiry found" reports
its findings, a source as a report is).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.knowledge import lexicon, plover

_FINDINGS_MODE = "investigate"


def _event_noun(lemma: str) -> bool:
    rules = plover.NOUNS.get(lemma)
    if not rules or any(rule.mode == _FINDINGS_MODE for rule in rules):
        return False
    return lemma not in lexicon.SPEECH_ACT_NOUNS | lexicon.COMMUNICATION_NOUNS | \
        lexicon.ATTRIBUTION_NOUNS


def occasion(head: Token) -> bool:
    """The speaker's head is a possessed event noun: 'Lund's two-day visit'."""
    return head.pos_ == "NOUN" and _event_noun(head.lemma_.lower()) and any(
        child.dep_ == "poss" for child in head.children
    )
