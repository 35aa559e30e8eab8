"""Who takes part in an event: the actors a predicate's arguments stand for, in one article.

``Participants`` is the only writer in the events stage.  It reads the article's ``Reading``
(mentions, actors, references) and keeps what it learns while resolving, and nothing else
does: the unnamed groups it makes ("Israeli troops" → ``group:israeli-troops``) and the
countries it learns for known actors that lacked one ("U.S. Secretary of State Warren
Christopher": the person is American).  Both come back from ``actors()`` as new records; the
actors stage's records are never changed.

Names resolve by their mention; "it", "he" and "they" by the reference searches of
``extract.references`` (the speaker of a reported clause first: "Iranian officials said they
might ..."); descriptions by their words ("Iranian officials" is Iran, "thousands of
demonstrators" a civilian group, "the government" the article's main country).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from newsdesk.extract.actors import actor_id, slug
from newsdesk.extract.events.clauses import (
    SUBJECTS,
    for_clause,
    is_infinitive,
    lemmas,
    objects_of,
    preps_of,
    speech_governor,
    unique,
)
from newsdesk.extract.events.groups import (
    a_thing,
    group_name,
    make_group,
    name_country,
    phrase_country,
    phrase_words,
    surface_country,
    unit_sector,
    word_country,
)
from newsdesk.extract.reading import Reading
from newsdesk.extract.references import PARTICIPANT_PERSON, PARTICIPANT_THING, Search
from newsdesk.ingest.outlets import known_outlet
from newsdesk.knowledge import geo, grammar, lexicon, plover, roles
from newsdesk.model import Actor, Mention, Span

_LOCATION_KINDS = frozenset({"location"})
# Verbs whose purpose clause names the target of the act it explains ("to protest X").
_AIMED_PURPOSES = frozenset({"ACCUSE", "PROTEST"})


# English agent-noun endings, plural: the doers a word list of people cannot all name.
_AGENT_PLURALS = ("ers", "ors", "ists", "ants", "ians", "ees")
# the most sentences a report can have and still be read as one event's record
_SHORT_REPORT = 3
# quantities a market moves: their subject is a thing whatever name modifies it
_MEASURES = plover.CLASSES["MEASURES"]


def _water_body(name: str) -> bool:
    """"the Gulf of Mexico", "the South China Sea": a sea or gulf belongs to no state."""
    return any(w in lexicon.WATER_BODY_WORDS for w in name.lower().split())


def _locative_tokens(token: Token) -> set[int]:
    """Indices of the token's locative phrases ("talks in Nairobi", "the envoy in
    Alexandria"): where something is, which says nothing of whose it is."""
    return {t.i for c in token.children
            if c.dep_ == "prep" and c.lower_ in grammar.LOCATIVE_PREPOSITIONS for t in c.subtree}


class Participants:
    """Resolves an article's event participants to actor ids, recording what it learns."""

    def __init__(self, reading: Reading) -> None:
        self.reading = reading
        self._groups: dict[str, Actor] = {}  # unnamed groups built here
        self._learned: dict[str, Actor] = {}  # known actors with the country a clause gives
        self._names: dict[str, str] | None = None  # the article's names of persons and orgs
        self._resolving: set[int] = set()  # speech verbs whose speaker is being read
        self.main_country = self._main_country()  # the country the article names most
        # more than a few sentences: an article, not a one-sentence report
        self._long = sum(1 for _ in reading.doc.sents) > _SHORT_REPORT

    def mention(self, token: Token) -> Mention | None:
        return self.reading.mention_at.get(token.i)

    def described(self, head: Token) -> list[str]:
        """A subject the text only describes ("unknown assailants", "a commission"): a group
        of its own words, so that the event keeps its doer even when no country is known.

        Only people and organisations are doers: a described thing ("the offer heightened
        tension", "one side", "the reservoir burst", "a device killed three") is no actor,
        """
        if head.pos_ not in ("NOUN", "PROPN") or head.lower_ in grammar.REFLEXIVE_PRONOUNS:
            return []
        return [self._group(head)] if self._agentive(head) else []

    def is_thing(self, head: Token) -> bool:
        """Whether a subject is a thing rather than a doer: a common noun that names no
        people, no organisation, no state and no event ("Macron's decision merely reinforced
        the point", "the minister's appearance heightened speculation").  Its possessor is
        not the doer of the verb: the sentence says what the thing did, and that is
        commentary, not an act."""
        if head.pos_ != "NOUN" or self.mention(head) is not None:
            return False
        if lemmas([head]) & _MEASURES:
            return True  # "BP shares fell", "shares in BP fell": a quantity moves, no one acts
        if self._agentive(head):
            return False
        owners = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
        if any(self.mention(t) is not None for t in phrase_words(head)
               if t.i not in owners and t.i != head.i):
            return False  # "the Asia-Pacific Economic Cooperation (APEC) forum": a name
        words = {head.lower_, head.lemma_.lower()}
        return not any(w in plover.NOUNS or w in plover.CONTAINER_HEADS or
                       w in plover.GOVERNMENT_HEADS for w in words)

    @staticmethod
    def _agentive(head: Token) -> bool:
        """Whether a phrase's head names people or an organisation: a name, a noun of the
        lexicon's people and organisation heads, or a title (``roles.TITLE_HEADS``)."""
        if head.pos_ == "PROPN" or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
            return True
        words = {head.lower_, head.lemma_.lower()}
        if any(w in plover.GROUP_SECTORS or w in plover.AGENT_NOUNS or
               w in plover.CROWD_NOUNS or w in plover.STATE_HEADS for w in words):
            return not a_thing(head)
        # a title names whoever holds it: "the German chancellor", "Myanmar's generals"
        if any(w in roles.TITLE_HEADS for w in words):
            return True
        # a unit of a force: "Sudanese army units", "riot police squads"
        if unit_sector(head) is not None:
            return True
        # a plural agent noun the list lacks: "strikers", "interrogators", "loyalists"
        return head.tag_ == "NNS" and head.lower_.endswith(_AGENT_PLURALS)

    def group(self, ident: str) -> Actor | None:
        """A group or learned actor this stage built, by id."""
        return self._groups.get(ident) or self._learned.get(ident)

    def locate(self, ident: str, country: str) -> None:
        """An unnamed group with no country of its own words is of the state where it acts:
        "hundreds of people blocked the main highway in Kano"."""
        group = self._groups.get(ident)
        if group is not None and group.country is None:
            self._groups[ident] = replace(group, country=country)

    def actors(self, used: set[str]) -> list[Actor]:
        """The groups and the known actors with a learned country that ``used`` names."""
        extra = {**self._learned, **self._groups}
        return [extra[i] for i in sorted(extra) if i in used]

    def _main_country(self) -> str | None:
        """The country an article is about: the one its body names most often, if it leads."""
        counts: dict[str, int] = {}
        for token in self.reading.doc:
            if not self.reading.article.in_body(token.idx, token.idx + len(token)):
                continue
            mention = self.mention(token)
            if mention is not None and token.idx != mention.start and \
                    self.reading.doc[token.i - 1].idx >= mention.start:
                continue  # count a multi-word name once
            code = self._token_country(token)
            if code and not code.startswith("IGO") and code != "NGO":
                counts[code] = counts.get(code, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return None
        return ranked[0][0]

    def recipients(self, token: Token, nominal: bool, actors: list[str] | None = None) -> list[str]:
        """Whom the act is aimed at: objects, datives, recipient prepositions.

        A thing of the doer's own country is what the doer acts with or gives up, not whom
        the act is aimed at ("the president gave up any American say in the matter", "the
        ministry cut Spanish fuel subsidies"): its country is no recipient.
        """
        ids: list[str] = []
        objects = objects_of(token)
        own = {c for c in (self.country_of(a) for a in actors or []) if c}
        for obj in objects:
            if not self.is_place(obj) and obj.lower_ not in grammar.REFLEXIVE_PRONOUNS:
                found = self.ids([obj], token)
                if own and self.is_thing(obj) and not self._done_by_someone(obj):
                    found = [i for i in found if self.country_of(i) not in own]
                ids.extend(found)
        for child in token.children:
            if child.dep_ in ("dative", "iobj"):
                # "sent warplanes to Syria": the parser may mark the preposition the dative
                given = [g for g in child.children if g.dep_ == "pobj"] \
                    if child.pos_ == "ADP" else [child]
                ids.extend(self.ids([g for g in given if not self.is_place(g)], token))
        for prep, complements in preps_of(token).items():
            if prep in grammar.RECIPIENT_PREPOSITIONS:
                ids.extend(self.ids([c for c in complements if not self.is_place(c)], token))
        for child in token.children:
            if for_clause(child):  # "called for the rebels to lay down their arms"
                ids.extend(self.ids([c for c in child.children if c.dep_ in SUBJECTS], token))
        for obj in objects:
            for prep, complements in preps_of(obj).items():
                if prep in grammar.NOUN_RECIPIENT_PREPOSITIONS:
                    ids.extend(self.ids(complements, token))
        if not ids and not nominal:
            # "gathered for a rally against the government": the event noun names the target.
            for complements in preps_of(token).values():
                for complement in complements:
                    if complement.lower_ in plover.NOUNS or complement.lemma_.lower() in \
                            plover.NOUNS:
                        ids.extend(self.noun_recipients(complement))
        if not ids and not nominal:
            # "threatened to expel the Swedish ambassador": the target sits in the complement.
            for child in token.children:
                if child.dep_ == "xcomp":
                    ids.extend(self.recipients(child, False))
        if not ids and not nominal:
            ids.extend(self.purpose_recipients(token, actors))
        return unique(ids)

    def purpose_recipients(self, token: Token, actors: list[str] | None = None) -> list[str]:
        """"boycotted classes to denounce police brutality", "began a hunger strike to
        protest the president's failure": a purpose of protesting or denouncing names whom
        the act it explains is aimed at.  What is protested is someone else's even in the
        protester's own country ("to protest the president's new tax" aims at its country's
        government whoever protests), so the own-country rule of ``recipients`` is not applied.
        """
        ids: list[str] = []
        for child in token.children:
            if child.dep_ == "advcl" and is_infinitive(child) and any(
                    r.type in _AIMED_PURPOSES for r in plover.VERBS.get(child.lemma_.lower(), ())):
                ids.extend(i for i in self.recipients(child, False) if i not in (actors or []))
        return unique(ids)

    @staticmethod
    def _done_by_someone(thing: Token) -> bool:
        """Whether a thing is named by its doer ("Ghana's crackdown", "abuses by Peruvian
        soldiers"): then it stands for that doer, even one of the actor's own country ("Peru is
        investigating abuses by Peruvian soldiers")."""
        return "by" in preps_of(thing) or any(
            c.dep_ == "poss" and c.tag_ not in ("PRP$", "WP$") for c in thing.children)

    def country_of(self, ident: str) -> str | None:
        """The country an actor id stands for or belongs to."""
        if ident.startswith("country:"):
            return ident.split(":", 1)[1]
        actor = self.group(ident) or self.reading.actor_by_id.get(ident)
        return actor.country if actor is not None else None

    def noun_actors(self, token: Token) -> list[str]:
        found = [c for c in token.children if c.dep_ == "poss"]
        found += preps_of(token).get("by", [])
        return self.ids(found, token)

    def noun_recipients(self, token: Token) -> list[str]:
        ids: list[str] = []
        for prep, complements in preps_of(token).items():
            if prep in grammar.NOUN_RECIPIENT_PREPOSITIONS:
                ids.extend(self.ids(complements, token))
        return unique(ids)

    def ids(self, heads: list[Token], predicate: Token) -> list[str]:
        ids: list[str] = []
        for head in heads:
            for part in [head, *head.conjuncts]:
                found = self._resolve(part, predicate)
                for ident in found:
                    self._learn_country(ident, part)
                ids.extend(found)
        return unique(ids)

    def _resolve(self, token: Token, predicate: Token,
                 seen: frozenset[int] = frozenset()) -> list[str]:
        """Actor ids a noun phrase head stands for (empty when it names nobody we know)."""
        if token.i in seen:
            return []
        seen = seen | {token.i}
        low = token.lower_
        if low in grammar.RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self.ids([token.head.head], predicate)
        if token.pos_ == "PRON" or token.tag_ in ("PRP", "PRP$"):
            return self._pronoun(token, predicate)
        residents = self._residents(token)
        if residents is not None:
            return [residents]
        mention = self.mention(token)
        if mention is not None:
            found = self._mention_ids(mention)
            for ident in found:
                self._learn_country(ident, token)
            return found
        for child in token.children:
            if child.dep_ == "appos":
                found = self._resolve(child, predicate, seen)
                if found:
                    return found
        if token.dep_ == "appos" and token.head.i != token.i:
            found = self._resolve(token.head, predicate, seen)  # "UANI, a group that supports ..."
            if found:
                return found
        titled = self.reading.references.title_holder(token)
        if titled:
            return [titled]
        if low in lexicon.COMPANY_NOUNS and token.tag_ == "NN" and \
                [c.lower_ for c in token.children] == ["the"]:
            # "Norsk Petro ... The company rejected the claims": the organisation named last,
            # as "the company said" is for a quotation's speaker
            references = self.reading.references
            named = references.company_before(token.i) if low in lexicon.BUSINESS_NOUNS \
                else references.org_before(token.i)
            if named:
                return [named]
        ids: list[str] = []
        lemma = token.lemma_.lower()
        state_head = lemma in plover.STATE_HEADS or low in plover.STATE_HEADS
        several = self._coordinated_countries(token)
        if len(several) > 1 and (state_head or lemma in plover.GROUP_SECTORS or
                                 low in plover.GROUP_SECTORS):
            # "the German and French foreign ministers", "Indian and Pakistani troops"
            if state_head and (lemma in plover.GOVERNMENT_HEADS or
                               low in plover.GOVERNMENT_HEADS or
                               plover.GROUP_SECTORS.get(low) in (None, "GOV")):
                return [f"country:{code}" for code, _ in several]
            return [self._people_of(token, word, code) for code, word in several]
        if low in plover.CONTAINER_HEADS and preps_of(token).get("of"):
            found = []
            for complement in preps_of(token)["of"]:
                if complement.lemma_.lower() in plover.CROWD_NOUNS:
                    found.append(self._people(complement, self._phrase_country(complement) or
                                         self._sentence_country(complement)))
                else:
                    found.extend(self._resolve(complement, predicate, seen))
            return unique(found)
        possessed = any(c.dep_ == "poss" for c in token.children)
        if (low in plover.GROUP_SECTORS or lemma in plover.GROUP_SECTORS) and not possessed and \
                lemma not in plover.GOVERNMENT_HEADS and low not in plover.GOVERNMENT_HEADS \
                and not a_thing(token):
            return [self._group(token)]
        for child in token.children:
            if child.dep_ == "poss":
                ids.extend(self._resolve(child, predicate, seen))
            elif child.dep_ in ("amod", "compound", "nmod") and state_head:
                ids.extend(self._modifier_ids(child))
        if not ids and token.pos_ == "NOUN" and not self._agentive(token):
            # "abuses by Peruvian soldiers", "attacks by Malian rebels": an act stands for
            # whoever did it, as "Ghana's crackdown" stands for Ghana
            for complement in preps_of(token).get("by", []):
                ids.extend(self._resolve(complement, predicate, seen))
        if not ids and state_head:
            for complement in preps_of(token).get("of", []):
                if self.mention(complement) is not None:
                    ids.extend(self._resolve(complement, predicate, seen))
        if not ids and token.ent_type_ == "NORP":
            code = word_country(token.text)
            if code and not token.lower_.endswith("s"):
                ids.append(f"country:{code}")
            elif token.lower_.endswith("s"):
                ids.append(self._people(token, code))  # "1,000 ethnic Turks", "Nigerians"
        if not ids and token.pos_ in ("NOUN", "PROPN"):
            ids.extend(self._phrase_ids(token))
        return unique(ids)

    def _coordinated_countries(self, head: Token) -> list[tuple[str, Token]]:
        """Countries of demonyms coordinated before a head ("German and French"), in order."""
        found: list[tuple[str, Token]] = []
        for child in head.children:
            if child.dep_ not in ("amod", "compound", "nmod") or child.i > head.i:
                continue
            for word in [child, *child.conjuncts]:
                code = surface_country(word)
                if code and not code.startswith("IGO") and all(c != code for c, _ in found):
                    found.append((code, word))
        return sorted(found, key=lambda cw: cw[1].i)

    def _people_of(self, head: Token, word: Token, country: str) -> str:
        """One country's share of a coordinated group ("Indian" of "Indian and Pakistani
        troops"): a group of its own, named by the demonym and the head."""
        sector = plover.GROUP_SECTORS.get(head.lower_) or plover.GROUP_SECTORS.get(
            head.lemma_.lower())
        name = f"{word.text} {head.text}"
        actor = Actor(id=f"group:{slug(name)}", name=name, kind="group", country=country,
                      sector=sector)
        self._groups.setdefault(actor.id, actor)
        return actor.id

    def _token_country(self, token: Token) -> str | None:
        """The country (or IGO) one word of a phrase names: a known actor, else its words."""
        mention = self.mention(token)
        if mention is not None and mention.actor is not None:
            ident = mention.actor
            if ident.startswith("country:"):
                return ident.split(":", 1)[1]
            if ident.startswith("org:IGO"):
                return ident.split(":", 1)[1]
            actor = self.reading.actor_by_id.get(ident)
            if actor is not None:
                if actor.country:
                    return actor.country
                code = geo.place_code(actor.name)
                if code or (actor.kind in _LOCATION_KINDS and _water_body(actor.name)):
                    return code  # "the Gulf of Mexico" is no Mexico's
                return name_country(actor.name)
        return surface_country(token)

    def _phrase_country(self, head: Token) -> str | None:
        return phrase_country(head, self._token_country)

    def _group(self, head: Token) -> str:
        """The id of the group a phrase stands for, registered in the context."""
        named = self._named_elsewhere(head)
        if named is not None:
            return named
        tokens = phrase_words(head)
        country = self._phrase_country(head) or self._sentence_country(head)
        if country is None and head.lemma_.lower() in plover.GOVERNMENT_HEADS:
            country = self.main_country  # "the government" of a story is its country's
        actor = make_group(group_name(tokens, head), head, country)
        if actor is None:  # a group we can say nothing about: still an actor, with its words
            actor = Actor(id=f"group:{slug(head.text)}", name=head.text, kind="group")
        if actor.id.startswith("group:"):
            kept = self._groups.setdefault(actor.id, actor)
            ordered = sorted(tokens, key=lambda t: t.i)
            span = Span(ordered[0].idx, ordered[-1].idx + len(ordered[-1]))
            if span not in kept.mentions:  # provenance: where the text names the group
                kept.mentions.append(span)
                kept.mentions.sort()
        return actor.id

    def _named_elsewhere(self, head: Token) -> str | None:
        """A name the model tagged nowhere here but that the article names elsewhere as a person
        or an organisation ("BP faces billions in claims" at a paragraph's start, where the
        model saw no entity, after "BP" was tagged in the lead) is that actor, not a group of
        its own words."""
        if head.pos_ != "PROPN":
            return None
        words = [c for c in head.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if words and words[-1].i + len(words) != head.i:
            return None
        name = " ".join(t.text for t in [*words, head])
        if self._names is None:
            found: dict[str, set[str]] = {}
            for actor in self.reading.actor_by_id.values():
                if actor.kind in ("person", "org"):
                    for surface in (actor.name, *actor.aliases):
                        found.setdefault(surface, set()).add(actor.id)
            self._names = {n: next(iter(ids)) for n, ids in found.items() if len(ids) == 1}
        return self._names.get(name)

    def _phrase_ids(self, head: Token) -> list[str]:
        """Last resort for a phrase naming nobody known: an actor named inside it, else a group.

        "The Asia-Pacific Economic Cooperation (APEC) forum" is APEC; "Leaders of the opposition
        coalition" a group; "Ethiopian goods" stand for Ethiopia.
        """
        for word in phrase_words(head):
            if word.i == head.i:
                continue
            mention = self.mention(word)
            if mention is not None and mention.actor is not None and mention.kind != "location":
                return self._mention_ids(mention)
        lemma = head.lemma_.lower()
        if (lemma in plover.GROUP_SECTORS or head.lower_ in plover.GROUP_SECTORS) and \
                not a_thing(head):
            return [self._group(head)]
        placed: set[int] = set()
        if not self._agentive(head):
            # "held discussions in Nairobi with ...": the place of a thing or an act says where
            # it is, not whom it stands for ("Ethiopian goods", "French mediation" still do).
            placed = _locative_tokens(head)
        country = phrase_country(
            head, lambda t: None if t.i in placed else self._token_country(t))
        if country:
            return [f"country:{country}"]
        return []

    def _learn_country(self, ident: str, token: Token) -> None:
        """A person or organisation the actors stage left without a country may show one here:
        "U.S. Secretary of State Warren Christopher", "the Latvian Constitutional Court"."""
        actor = self.reading.actor_by_id.get(ident)
        if actor is None or actor.country or actor.kind not in ("person", "org", "group"):
            return
        if ident in self._learned:
            return
        country = None
        if actor.kind != "person":
            for name in [actor.name, *sorted(actor.aliases)]:
                country = name_country(name)
                if country:
                    break
        mention = self.mention(token)
        # "BP's Deepwater Horizon rig in the Gulf of Mexico", "BP's finding of the causes of the
        # Gulf of Mexico disaster": a phrase whose head is not the actor's own name (the actor
        # reached through its owner or a pronoun) describes something else, and its places
        # are where that thing is or what it is about, not whose the actor is.
        owned = actor.kind != "group" and (mention is None or mention.actor != ident) and \
            self._owner_of(token, ident)
        if country is None and not owned:
            # "Sudan's visiting envoy Ahmed Karim in Alexandria", "BP shares in London": where
            # a person or a named organisation is says nothing of whose it is
            placed = {i for w in phrase_words(token) for i in _locative_tokens(w)} \
                if actor.kind in ("person", "org") else set()
            words = [t for t in phrase_words(token) if (mention is None or
                     not (mention.start <= t.idx < mention.end)) and t.i not in placed]
            for word in sorted(words, key=lambda t: abs(t.i - token.i)):
                country = self._token_country(word)
                if country:
                    break
        # A named organisation or person in a longer article is not of the country its
        # sentence names: "BP said it was capturing more oil from the well" in coverage of the
        # Gulf of Mexico names where the company works, not whose it is, and a BBC reporter
        # "travelling to Haiti" is no Haitian; a body of a state is ("Congress", "the Senate",
        # "the cabinet"), and one-sentence reports keep the rule.
        if country is None and not (actor.kind in ("org", "person") and self._long and
                                    (actor.sector or roles.sector_of(actor.name))
                                    not in plover.OFFICIAL_SECTORS):
            country = self._sentence_country(token)
        if country:
            self._learned[ident] = replace(actor, country=country)

    def _owner_of(self, token: Token, ident: str) -> bool:
        """Whether the actor is the owner of the phrase's head, as a possessor or an "of"
        complement ("BP's rig", "its managers", "the Mexican unit of Exxon Mobil"), not the
        one the phrase describes ("Sudan's visiting envoy Ahmed Karim")."""
        owners = [c for c in token.children if c.dep_ == "poss"] + preps_of(token).get("of", [])
        for owner in owners:
            if owner.pos_ == "PRON":
                return True
            for word in owner.subtree:
                found = self.mention(word)
                if found is not None and found.actor == ident:
                    return True
        return False

    def _sentence_country(self, token: Token) -> str | None:
        """The one country a sentence names, for a participant whose own words name none.

        "Ousted President Askar Akayev has agreed to resign without returning to Kyrgyzstan": a
        sentence about a single country is about that country's people.  Two or more countries
        leave the participant without one.
        """
        mention = self.mention(token)
        others: set[int] = set()
        if token.dep_ in SUBJECTS:
            for sibling in token.head.children:
                if sibling.dep_ in ("dobj", "dative", "nsubjpass", "attr"):
                    others.update(t.i for t in sibling.subtree)  # the target's country is not ours
        # what someone's own words name is what they speak of
        others.update(quoted_words(token.sent))
        codes: set[str] = set()
        bodies = False
        for word in token.sent:
            if mention is not None and mention.start <= word.idx < mention.end:
                continue
            if word.i in others:
                continue
            code = self._token_country(word)
            if code and not code.startswith("IGO") and code != "NGO":
                codes.add(code)
            bodies = bodies or bool(code and code.startswith("IGO"))
        # "the UN has approved a recommendation by Secretary General Ban Ki-moon to boost UN
        # troop numbers in Haiti": beside an international body, the one country named is where
        # it acts, not whose its people are.
        if len(codes) != 1 or bodies:
            return None
        code = next(iter(codes))
        # In a longer article the sentence must agree with what the article is about: "Jahangiri
        # ... dealing with the United States" in a story about Iran is no American.
        return code if self.main_country in (None, code) else None

    def _residents(self, token: Token) -> str | None:
        """"Ethnic Albanians in south Serbia": a people placed in another state is a group of
        that state's residents, not the state their name recalls."""
        if not token.text[:1].isupper() or word_country(token.text) is None or \
                not token.lower_.endswith("s"):
            return None
        for prep in ("in", "of", "from"):  # grammar.PHRASE_PREPOSITIONS, "in" first
            for complement in preps_of(token).get(prep, []):
                place = self._phrase_country(complement)
                if place and place != word_country(token.text) and not place.startswith("IGO"):
                    name = group_name(phrase_words(token), token)
                    actor = Actor(id=f"group:{slug(name)}", name=name, kind="group",
                                  country=place, sector="CVL")
                    self._groups.setdefault(actor.id, actor)
                    return actor.id
        return None

    def _people(self, token: Token, country: str | None) -> str:
        """A plural people named by its nationality: a civilian group of that country."""
        name = group_name(phrase_words(token), token)
        actor = Actor(id=f"group:{slug(name)}", name=name, kind="group", country=country,
                      sector="CVL")
        self._groups.setdefault(actor.id, actor)
        return actor.id

    def _modifier_ids(self, token: Token) -> list[str]:
        mention = self.mention(token)
        if mention is not None:
            return self._mention_ids(mention)
        code = geo.demonym_code(token.text) if token.text[:1].isupper() else None
        return [f"country:{code}"] if code else []

    def _mention_ids(self, mention: Mention) -> list[str]:
        if mention.actor is None:
            return []
        actor = self.reading.actor_by_id.get(mention.actor)
        if actor is not None and actor.kind in _LOCATION_KINDS:
            # A capital stands for its government ("engaging with Tehran"); other places are not
            # participants.
            code = geo.capital_code(actor.name)
            return [f"country:{code}"] if code else []
        return [mention.actor]

    def _pronoun(self, token: Token, predicate: Token) -> list[str]:
        low = token.lower_
        if low in grammar.PERSON_PRONOUNS or low in grammar.THING_PRONOUNS or \
                low in grammar.PLURAL_PRONOUNS:
            speaker = self._speaker_subject(predicate)
            if speaker:
                return speaker
        if low in grammar.PERSON_PRONOUNS:
            return self._antecedent(token, PARTICIPANT_PERSON)
        if low in grammar.THING_PRONOUNS:
            return self._antecedent(token, PARTICIPANT_THING)
        return []

    def _speaker_subject(self, predicate: Token) -> list[str]:
        """"Iranian officials have said they might ...": the pronoun is the speaker."""
        speech = speech_governor(predicate)
        if speech is None or speech.i in self._resolving:
            return []  # "his lawyer said": the pronoun sits inside the speaker itself
        subjects = [c for c in speech.children if c.dep_ in SUBJECTS]
        if not subjects or subjects[0].pos_ == "PRON":
            return []
        self._resolving.add(speech.i)
        try:
            return self.ids(subjects, speech)
        finally:
            self._resolving.discard(speech.i)

    def _antecedent(self, token: Token, search: Search) -> list[str]:
        """Sentence by sentence backwards: the nearest subject of the right kind (a name, or a
        pronoun of the same class, itself resolved), else the nearest name of that kind.

        Subjects first because news prose keeps its topic in subject position: in "even while
        he rejected a meeting with Trump, he offered ...", the second "he" is the first one's
        referent, not Trump.
        """
        for found in self.reading.references.candidates(token.i, search):
            if isinstance(found, Mention):
                return self._mention_ids(found)
            ids = self._pronoun(found, found.head)
            if ids:
                return ids
        return []

    def political(self, ids: list[str]) -> bool:
        """Whether any of ``ids`` is a political actor, the kind PLOVER's events are between
        and our training sentences' doers are: a state, an international or non-governmental
        organisation we know (``organisations.json``), a described group of people
        ("rescuers", "the parliament", "troops"), or a person or organisation placed by a
        sector (a title or role: "the foreign minister", "the interior ministry") or a
        country ("Hamas").  Not: a person named with no role, or an organisation known by
        name alone (a company, a broadcaster)."""
        for ident in ids:
            if ident.startswith(("country:", "org:IGO")):
                return True
            actor = self.reading.actor_by_id.get(ident) or self.group(ident)
            if actor is None:
                continue
            if actor.kind == "group" or actor.sector or actor.country or \
                    any(geo.organisation(n) for n in (actor.name, *actor.aliases)):
                return True
        return False

    def press(self, ids: list[str]) -> bool:
        """Whether any of ``ids`` is a news medium: an outlet we know by name (``ingest.outlets``:
        "the BBC", "Reuters") or a group of the press ("journalists", "reporters": sector JRN)."""
        for ident in ids:
            actor = self.reading.actor_by_id.get(ident) or self.group(ident)
            if actor is None:
                continue
            if actor.sector == "JRN" or any(known_outlet(n) for n in (actor.name, *actor.aliases)):
                return True
        return False

    def official(self, ids: list[str]) -> bool:
        for ident in ids:
            if ident.startswith("country:") or ident.startswith("org:IGO"):
                return True
            actor = self.reading.actor_by_id.get(ident)
            if actor is not None and actor.sector in plover.OFFICIAL_SECTORS:
                return True
        return False

    def is_place(self, token: Token) -> bool:
        mention = self.mention(token)
        if mention is not None and mention.actor is not None:
            actor = self.reading.actor_by_id.get(mention.actor)
            return actor is not None and actor.kind in _LOCATION_KINDS and \
                geo.capital_code(actor.name) is None
        return token.ent_type_ in ("LOC", "FAC")

    def place_id(self, token: Token) -> str:
        mention = self.mention(token)
        if mention is not None and mention.actor is not None:
            return mention.actor
        span = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        return actor_id("location", span.text if span is not None else token.text)

    def location(self, token: Token) -> str | None:
        """A place in a locative phrase on the predicate: "in Biarritz", "at a summit in
        Biarritz"."""
        for prep, complements in preps_of(token).items():
            if prep not in grammar.LOCATIVE_PREPOSITIONS:
                continue
            for complement in complements:
                place = self._place_in(complement, depth=2)
                if place is not None:
                    return place
        return None

    def place_country(self, token: Token) -> str | None:
        """The country where an act happens, from a locative phrase on the predicate or on
        what it is done to, or an object that is itself a place: "arrived in Baghdad", "lifted
        the curfew in the northern city of Kano", "strengthened its forces in Somalia"."""
        for part in [token, *objects_of(token)]:
            if part is not token and self.is_place(part):
                code = self._country_in(part, depth=2)
                if code:
                    return code
            for prep, complements in preps_of(part).items():
                if prep not in grammar.LOCATIVE_PREPOSITIONS:
                    continue
                for complement in complements:
                    code = self._country_in(complement, depth=2)
                    if code:
                        return code
        return None

    def _country_in(self, token: Token, depth: int) -> str | None:
        """The country a place phrase names: the place itself, else a place "of" or "in" it
        ("the northern city of Kano", "a village in northern Mali")."""
        mention = self.mention(token)
        if mention is not None or token.ent_type_ in ("GPE", "LOC", "FAC"):
            code = self._token_country(token)
            if code and not code.startswith("IGO") and code != "NGO":
                return code
        if depth > 0:
            for prep, complements in preps_of(token).items():
                if prep in ("in", "of"):
                    for complement in complements:
                        code = self._country_in(complement, depth - 1)
                        if code:
                            return code
        return None

    def _place_in(self, token: Token, depth: int) -> str | None:
        mention = self.mention(token)
        if mention is not None and mention.actor is not None:
            actor = self.reading.actor_by_id.get(mention.actor)
            if actor is not None and actor.kind in ("location", "country"):
                return actor.id
        elif token.ent_type_ in ("GPE", "LOC", "FAC"):
            return self.place_id(token)
        if depth > 0:
            for prep, complements in preps_of(token).items():
                if prep in ("in", "of", "at"):
                    for complement in complements:
                        place = self._place_in(complement, depth - 1)
                        if place is not None:
                            return place
        return None

    def source(self, token: Token) -> tuple[str | None, bool]:
        """(actor id of the reporting speaker, whether the event is reported at all)."""
        speech = speech_governor(token)
        if speech is not None:
            subjects = [c for c in speech.children if c.dep_ in SUBJECTS]
            ids = self.ids(subjects, speech)
            return (ids[0] if ids else None), True
        for other in token.sent:
            if other.lower_ == "according" and other.i + 1 < len(token.doc) and \
                    token.doc[other.i + 1].lower_ == "to":
                ids = self.ids([g for g in token.doc[other.i + 1].children if g.dep_ == "pobj"],
                           token)
                return (ids[0] if ids else None), True
        return None, False


_OPENING_MARKS = frozenset({"“", '"', "‘"})
_CLOSING_MARKS = frozenset({"”", '"', "’"})


def quoted_words(sent: SpacySpan) -> set[int]:
    """The words of a sentence inside quotation marks: "International Development Secretary
    Douglas Alexander said: 'This ship will provide supplies ... to keep Haiti running'" names
    the country he speaks of, not his own."""
    inside: set[int] = set()
    opened: int | None = None
    for word in sent:
        if opened is None and word.text in _OPENING_MARKS and word.whitespace_ == "":
            opened = word.i
        elif opened is not None and word.text in _CLOSING_MARKS:
            inside.update(range(opened + 1, word.i))
            opened = None
    return inside
