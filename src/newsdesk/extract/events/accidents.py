"""Deaths an industrial accident caused: "the explosion killed eleven workers" (the sentence
before told of the leak on the rig), "four miners were killed in a gas explosion at a
colliery", "the collapse of the tailings dam killed dozens of villagers".

A blast or a structural failure (``lexicon.BLAST_NOUNS``) that kills is an accident's or an
attack's: "killed in a car bomb explosion" is an assault whose doer is not named, and PLOVER
codes it so.  It is an accident where its own phrase names an industrial source
(``lexicon.INDUSTRIAL_SOURCES``: "a gas explosion", "aboard an oil rig", "of the dam") or the
sentence or the one before names a disaster (``lexicon.DISASTER_NOUNS``: the leak, the spill,
the blowout), and the sentence names no weapon or attacker (``lexicon.WEAPON_WORDS``: bomb,
suicide, militants).  Like a quake's, its deaths are no one's assault (``coder._caused_by_
hazard``).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsdesk.knowledge import lexicon


def _words(tokens: list[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens} | {t.lower_ for t in tokens}


def _window(token: Token) -> list[Token]:
    """The tokens of the sentence and of the one before it."""
    sent = token.sent
    start = token.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return list(token.doc[start:sent.end])


def accidental(cause: Token) -> bool:
    """Whether ``cause``, what killed or destroyed, is a blast or a failure of an industrial
    accident rather than of an attack."""
    if not _words([cause]) & lexicon.BLAST_NOUNS:
        return False
    if _words(list(cause.sent)) & lexicon.WEAPON_WORDS:
        return False
    if _words([t for t in cause.subtree if t.i != cause.i]) & lexicon.INDUSTRIAL_SOURCES:
        return True
    return any(t.pos_ == "NOUN" for t in _window(cause)
               if _words([t]) & lexicon.DISASTER_NOUNS)
