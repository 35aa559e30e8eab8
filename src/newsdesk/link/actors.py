"""Across articles: one actor per real entity.

Per-article ids are already stable where the text gives a full name ("person:hassan-rouhani"),
but one article may say only "Mr. Abdi" while another gives "Abbas Abdi".  This stage merges such
pairs (a one-word person name into the only full name that ends with it), unions what each
article says about the actor, and rewrites every id in mentions, quotes, events, claims and
stances so that one id names one entity across the call.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from newsdesk.knowledge import geo, lexicon, people
from newsdesk.model import ACTOR_TOPIC, Actor, EntityKind, Extraction, Title


@dataclass
class LinkedActor:
    """An actor as the whole set of articles knows it."""

    actor: Actor
    articles: list[str] = field(default_factory=list)  # article ids, sorted
    mention_count: int = 0
    titles_by_article: dict[str, list[Title]] = field(default_factory=dict)


def build_id_map(extractions: list[Extraction]) -> dict[str, str]:
    """Local id → shared id, for the three ways one entity gets several ids.

    - a one-word person name ("Abdi") and the only full name ending in it ("Abbas Abdi"),
      or, where none ends in it, the only two-word name beginning with it when it is no given
      name (the family name first: "Ban" and "Ban Ki-moon", "Xi" and "Xi Jinping");
    - one name read as a person in one article and an organisation in another: the reading
      that some article describes with a title wins, then the one with more mentions, then
      the organisation; a place or group of the same name that no gazetteer knows as a place
      joins it;
    - a one-word organisation name ("Ibercaudal") and the only longer one it begins (else
      the only one it ends: "Horizon" and "Deepwater Horizon"), or the
      only one an article gave it as a bracketed acronym ("World Food Programme (WFP)"); with
      neither, no title and the only full name of a person ending in it, that person ("Holder
      said", read as an organisation, and "Eric Holder");
    - organisation names that differ only by a legal form or a leading country or international
      body ("BP Plc" and "BP", "U.S. Coast Guard" and "Coast Guard", "UN World Food Programme"
      and "World Food Programme"), unless two lead them ("Iraqi Army", "Iranian Army");
    - organisation names one letter apart in one long word ("Medicins"/"Medecins Sans
      Frontieres").
    """
    actors = [actor for ex in extractions for actor in ex.actors]
    mapping: dict[str, str] = {}
    weight: dict[str, int] = defaultdict(int)
    described: dict[str, bool] = defaultdict(bool)
    by_slug: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        weight[actor.id] += len(actor.mentions)
        described[actor.id] = described[actor.id] or bool(actor.titles)
        if actor.kind in ("person", "org"):
            by_slug[actor.id.split(":", 1)[1]].add(actor.id)
    for ids in by_slug.values():
        if len(ids) > 1:
            # A reading the text described ("a spokeswoman for ...") beats a bare label.
            winner = max(sorted(ids), key=lambda i: (described[i], weight[i], i.startswith("org:")))
            mapping.update({i: winner for i in ids if i != winner})
    # "Halliburton" read as a place (or, with no entity found, a group) in one article and as
    # an organisation in another: a name no gazetteer knows as a place, and that no article
    # writes as a place ("in Halliburton"), is the organisation.
    placed = {a.id for ex in extractions for a in ex.actors if a.kind == "location"
              and any(_after_place_word(ex.article.text, m.start) for m in a.mentions)}
    for actor in actors:
        if actor.kind not in ("location", "group") or actor.id in mapping or \
                actor.id in placed or geo.place_code(actor.name) or geo.country_code(actor.name):
            continue
        named = sorted(by_slug.get(actor.id.split(":", 1)[1], ()))
        if named:
            mapping[actor.id] = mapping.get(named[0], named[0])

    # "Leogane" read as a person in one article ("come to Leogane since the quake") and as a
    # place after a place word in another ("buildings in Leogane"): a one-word name with no
    # title anywhere and no given name is that place.
    placed_by_slug = {i.split(":", 1)[1]: i for i in sorted(placed)}
    for actor in actors:
        slug = actor.id.split(":", 1)[1]
        if actor.kind == "person" and actor.id not in mapping and slug in placed_by_slug and \
                len(actor.name.split()) == 1 and not described[actor.id] and \
                actor.name.lower() not in people.GIVEN_NAMES:
            mapping[actor.id] = placed_by_slug[slug]

    _join_middle_initials(actors, mapping, weight)
    _join_familiar_forms(actors, mapping, weight)
    _join_initialled_given_names(actors, mapping)

    by_name: dict[str, set[str]] = defaultdict(set)
    leading: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        if actor.kind != "org" or actor.id in mapping or ":IGO" in actor.id:
            continue
        key, country = org_key(actor.name)
        by_name[key].add(actor.id)
        if country:
            leading[key].add(country)
    for key, ids in by_name.items():
        if len(ids) > 1 and len(leading[key]) <= 1:
            winner = max(sorted(ids), key=lambda i: (described[i], weight[i]))
            mapping.update({i: winner for i in ids if i != winner})

    _join_misspelt_organisations(actors, mapping, described, weight)

    full_by_surname: dict[str, set[str]] = defaultdict(set)
    full_by_family: dict[str, set[str]] = defaultdict(set)
    org_by_first: dict[str, set[str]] = defaultdict(set)
    org_by_last: dict[str, set[str]] = defaultdict(set)
    org_by_acronym: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        if actor.kind == "org" and actor.id not in mapping and ":IGO" not in actor.id:
            for alias in actor.aliases:
                if alias.isupper() and alias.isalpha() and len(alias.split()) == 1:
                    org_by_acronym[alias.lower()].add(actor.id)
        if actor.id in mapping or len(actor.name.split()) < 2:
            continue
        if actor.kind == "person" and _INITIAL.match(actor.name.split()[0]):
            continue  # "H. Hayward" is no fuller a name than "Hayward"
        if actor.kind == "person":
            full_by_surname[people.surname_key(people.surname(actor.name))].add(actor.id)
            if len(actor.name.split()) == 2:
                full_by_family[actor.name.split()[0].lower()].add(actor.id)
        elif actor.kind == "org" and ":IGO" not in actor.id:
            org_by_first[actor.name.split()[0].lower()].add(actor.id)
            org_by_last[actor.name.split()[-1].lower()].add(actor.id)
    title_words: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        title_words[actor.id] |= _title_words(actor)
    # a one-word name some article writes with a legal form ("Transocean Ltd") is a company's
    # whole name, no short form of a longer one ("Transocean Discoverer Enterprise", its rig)
    incorporated = {mapping.get(a.id, a.id) for a in actors if a.kind == "org" and
                    len(a.name.split()) == 2 and
                    a.name.split()[-1].replace(".", "").lower() in lexicon.LEGAL_FORMS}
    # a longer name some article writes before a craft's noun ("the Exxon Valdez tanker",
    # "the Exxon Valdez disaster") names a vessel its owner's name begins, no longer form of
    # the owner's ("Exxon")
    crafts = _crafts(extractions)
    for ids in org_by_first.values():
        ids -= crafts
    for actor in actors:
        if actor.id in mapping or len(actor.name.split()) != 1 or actor.id in incorporated:
            continue
        key = people.surname_key(actor.name) if actor.kind == "person" else actor.name.lower()
        pool = full_by_surname if actor.kind == "person" else org_by_first
        targets = pool.get(key, set()) if actor.kind in ("person", "org") else set()
        if actor.kind == "person" and not targets and key not in people.GIVEN_NAMES:
            targets = full_by_family.get(key, set())  # "Ban" and "Ban Ki-moon"
        if actor.kind == "person" and len(targets) > 1:
            targets = _same_title(actor, targets, title_words)
        if actor.kind == "org" and not targets:
            targets = org_by_last.get(key, set())  # "the Horizon" and "Deepwater Horizon"
        if actor.kind == "org" and not targets and not actor.titles and \
                not actor.name.isupper() and len(key) >= 4:
            # "Holder said" read as an organisation where another article names "Eric
            # Holder": the only full name ending in it, when nothing says it is a body
            targets = full_by_surname.get(people.surname_key(actor.name), set())
        if len(targets) == 1 and (actor.kind == "person" or len(key) >= 4):
            mapping[actor.id] = next(iter(targets))
        elif actor.kind == "org" and not targets and actor.name.isupper():
            defined = org_by_acronym.get(key, set()) - {actor.id}  # "WFP" defined elsewhere
            if len(defined) == 1:
                mapping[actor.id] = next(iter(defined))
    return {source: _final(target, mapping) for source, target in mapping.items()}


_INITIAL = re.compile(r"^[A-Z]\.?$")
_CRAFT_WORDS = "|".join(sorted(map(re.escape, lexicon.CRAFT_NOUNS)))
_CRAFT_AFTER = re.compile(rf"\s+(?:{_CRAFT_WORDS})(?:s|es)?\b", re.IGNORECASE)


def _crafts(extractions: list[Extraction]) -> set[str]:
    """Organisations of two words or more that some article writes right before a craft's
    noun ("the Exxon Valdez tanker", "the Norvik Star disaster"): vessels, rigs or their
    wrecks, named with their owner's name."""
    found: set[str] = set()
    for ex in extractions:
        text = ex.article.text
        for actor in ex.actors:
            if actor.kind != "org" or len(actor.name.split()) < 2:
                continue
            for at in re.finditer(re.escape(actor.name), text):
                if _CRAFT_AFTER.match(text, at.end()):
                    found.add(actor.id)
                    break
    return found


_PLACE_WORD = re.compile(r"\b(?:in|near|outside|across|around|throughout)\s+(?:the\s+)?$",
                         re.IGNORECASE)


def _after_place_word(text: str, start: int) -> bool:
    """Whether a name follows a preposition only a place takes ("workers in Houston", "near
    Galveston"): the text uses it as a place there.  Not "to", "of", "at" or "from", which
    organisations take as often ("the blame to Halliburton", "engineers at Transocean")."""
    return bool(_PLACE_WORD.search(text[max(0, start - 20) : start]))


def _join_middle_initials(actors: list[Actor], mapping: dict[str, str],
                          weight: dict[str, int]) -> None:
    """"Thad W. Allen" and "Thad Allen" are one person: a full name is the same with or
    without its middle initials, unless two different initials are written ("John A. Smith"
    and "John B. Smith" are two people, and "John Smith" is left to neither)."""
    plain: dict[str, set[str]] = defaultdict(set)
    initials: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        parts = actor.name.split()
        if actor.kind != "person" or actor.id in mapping or len(parts) < 2:
            continue
        middle = [p for p in parts[1:-1] if _INITIAL.match(p)]
        key = " ".join(p for p in parts if p not in middle).lower()
        plain[key].add(actor.id)
        initials[key].add("".join(m.rstrip(".") for m in middle))
    _join_to_heaviest((ids for key, ids in plain.items() if len(initials[key] - {""}) == 1),
                      mapping, weight)


def _join_familiar_forms(actors: list[Actor], mapping: dict[str, str],
                         weight: dict[str, int]) -> None:
    """"Bob Dudley" and "Robert Dudley" are one person: full names whose given names are one
    formal name (``people.NICKNAMES``) and whose other words agree."""
    formal: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        parts = actor.name.split()
        if actor.kind != "person" or actor.id in mapping or len(parts) < 2:
            continue
        rest = " ".join(parts[1:]).lower()
        formal[f"{people.formal_given_name(parts[0])} {rest}"].add(actor.id)
    _join_to_heaviest(formal.values(), mapping, weight)


def _join_initialled_given_names(actors: list[Actor], mapping: dict[str, str]) -> None:
    """"T. Lind" is "Tomas Lind" when he is the only full name with that surname and initial;
    another initial ("H. Lind") is someone else, or no one known."""
    full: dict[tuple[str, str], set[str]] = defaultdict(set)
    for actor in actors:
        parts = actor.name.split()
        if (actor.kind == "person" and actor.id not in mapping and len(parts) >= 2
                and not _INITIAL.match(parts[0])):
            full[(parts[0][0].upper(), people.surname_key(parts[-1]))].add(actor.id)
    for actor in actors:
        parts = actor.name.split()
        if (actor.kind != "person" or actor.id in mapping or len(parts) != 2
                or not _INITIAL.match(parts[0])):
            continue
        targets = full.get((parts[0][0].upper(), people.surname_key(parts[-1])), set())
        if len(targets) == 1:
            mapping[actor.id] = next(iter(targets))


def _join_to_heaviest(groups: Iterable[set[str]], mapping: dict[str, str],
                      weight: dict[str, int]) -> None:
    """Each group of ids that name one person maps onto its most mentioned id."""
    for ids in groups:
        if len(ids) > 1:
            winner = max(sorted(ids), key=lambda i: weight[i])
            mapping.update({i: winner for i in ids if i != winner})


def _title_words(actor: Actor) -> set[str]:
    return {w.strip(".,").lower() for t in actor.titles for w in t.text.split() if w[:1].isupper()}


def _same_title(actor: Actor, targets: set[str], title_words: dict[str, set[str]]) -> set[str]:
    """"President Obama" where one article names "President Barack Obama" and another "first
    lady Michelle Obama": of several full names ending in the surname, the only one that some
    article gives a capitalised title word the surname's own mentions carry.  With no such
    word, or two full names sharing it, the surname stays ambiguous and is not joined."""
    own = _title_words(actor)
    if not own:
        return targets
    shared = {t for t in targets if own & title_words[t]}
    return shared if len(shared) == 1 else targets


def _join_misspelt_organisations(
    actors: list[Actor], mapping: dict[str, str], described: dict[str, bool],
    weight: dict[str, int],
) -> None:
    """"Medicins Sans Frontieres" in one article, "Medecins Sans Frontieres" in the next: names
    of two words or more that differ in one word of six letters or more, by one letter
    changed, added or dropped, are one organisation misspelt (the more often named wins)."""
    by_shape: dict[tuple[int, str], set[str]] = defaultdict(set)
    names: dict[str, list[str]] = {}
    for actor in actors:
        if actor.kind != "org" or actor.id in mapping or ":IGO" in actor.id:
            continue
        words = org_key(actor.name)[0].split()
        if len(words) < 2:
            continue
        names[actor.id] = words
        for k in range(len(words)):
            by_shape[(k, " ".join([*words[:k], "*", *words[k + 1 :]]))].add(actor.id)
    for (k, _shape), ids in sorted(by_shape.items()):
        ids = {i for i in ids if i not in mapping}
        for a in sorted(ids):
            for b in sorted(ids):
                if a < b and a not in mapping and b not in mapping and _one_edit(
                    names[a][k], names[b][k]
                ):
                    winner = max((a, b), key=lambda i: (described[i], weight[i], i))
                    mapping[b if winner == a else a] = winner


def _one_edit(a: str, b: str) -> bool:
    """Two words of six letters or more, one letter changed, added or dropped."""
    if a == b or min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def org_key(name: str) -> tuple[str, str | None]:
    """An organisation's name as compared across articles, and the country leading it:
    without dots, case, "and" or "&" (a page that drops the conjunction from "National
    Oceanic and Atmospheric Administration"), a leading "the", a legal form at its end ("BP
    Plc" → "bp") or a country before the rest ("U.S. Coast Guard" → "coast guard", USA), or
    an international body's acronym ("UN World Food Programme" → "world food programme", the
    UN), or a name's own "'s" ("Moody's" and "Moody" are one)."""
    words = [w for w in name.replace(".", "").replace(",", " ").lower().split()
             if w not in ("and", "&")]  # "National Oceanic Atmospheric Administration"
    if words:  # "Moody's" where the article shows its ending, "Moody" where it does not
        words[-1] = re.sub(r"['\u2019]s$", "", words[-1]) or words[-1]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in lexicon.LEGAL_FORMS:
        words = words[:-1]
    country = None
    if len(words) > 1:
        country = geo.country_code(words[0]) or geo.demonym_code(words[0])
        if country is None and words[0].upper() in name.split():
            found = geo.igo(words[0])  # "UN World Food Programme" → "world food programme"
            country = found[0] if found else None
        if country:
            words = words[1:]
    return " ".join(words), country


def _kind_of(ident: str, fallback: EntityKind) -> EntityKind:
    prefix = ident.split(":", 1)[0]
    kinds: dict[str, EntityKind] = {
        "person": "person",
        "org": "org",
        "country": "country",
        "group": "group",
        "location": "location",
    }
    return kinds.get(prefix, fallback)


def _final(ident: str, mapping: dict[str, str]) -> str:
    seen = {ident}
    while ident in mapping and mapping[ident] not in seen:
        ident = mapping[ident]
        seen.add(ident)
    return ident


def link(extractions: list[Extraction]) -> list[LinkedActor]:
    """Give every extraction shared actor ids (in place) and return the merged roster."""
    mapping = build_id_map(extractions)
    merged: dict[str, LinkedActor] = {}
    countries: dict[str, Counter[str]] = defaultdict(Counter)
    for ex in extractions:
        _rewrite_ids(ex, mapping)
        for actor in ex.actors:
            entry = merged.get(actor.id)
            if entry is None:
                entry = LinkedActor(
                    Actor(
                        actor.id,
                        actor.name,
                        actor.kind,
                        [],
                        [],
                        actor.affiliation,
                        actor.country,
                        actor.sector,
                        [],
                    )
                )
                merged[actor.id] = entry
            _absorb(entry, actor, ex.article.id)
            if actor.country:
                countries[actor.id][actor.country] += max(1, len(actor.mentions))
    for entry in merged.values():
        entry.actor.country = _most_placed(countries[entry.actor.id])
        entry.articles.sort()
        entry.actor.aliases = sorted(set(entry.actor.aliases) - {entry.actor.name})
    return sorted(merged.values(), key=lambda e: (-e.mention_count, e.actor.id))


def _most_placed(votes: Counter[str]) -> str | None:
    """The country most of the story's mentions give an actor, the first given on a tie.

    "Fishermen in Venice" alone is Italy to the gazetteer; the reports that write "Venice,
    La." say which Venice the story means, and a story's reports outvote its first one."""
    return max(votes, key=lambda c: votes[c]) if votes else None


def _absorb(entry: LinkedActor, actor: Actor, article: str) -> None:
    kept = entry.actor
    if len(actor.name) > len(kept.name) and (
            actor.kind == "person" or actor.name in (kept.name + "'s", kept.name + "\u2019s")):
        kept.aliases.append(kept.name)  # "Moody's" where one article shows the name's ending
        kept.name = actor.name
    kept.aliases.extend(actor.aliases)
    if actor.name != kept.name:
        kept.aliases.append(actor.name)
    kept.sector = kept.sector or actor.sector
    kept.affiliation = kept.affiliation or actor.affiliation
    known = {" ".join(t.text.lower().split()) for t in kept.titles}
    for title in actor.titles:
        key = " ".join(title.text.lower().split())
        if key not in known:
            known.add(key)
            kept.titles.append(title)
    entry.titles_by_article.setdefault(article, []).extend(actor.titles)
    if article not in entry.articles:
        entry.articles.append(article)
    entry.mention_count += len(actor.mentions)


def _rewrite_ids(ex: Extraction, mapping: dict[str, str]) -> None:
    if not mapping:
        return

    def remap(ident: str | None) -> str | None:
        return mapping.get(ident, ident) if ident else ident

    merged: dict[str, Actor] = {}
    for actor in ex.actors:
        new_id = mapping.get(actor.id, actor.id)
        if new_id in merged:
            kept = merged[new_id]
            if actor.id == new_id:  # the record the others join names the actor ("Swizz Beatz")
                kept.aliases = sorted(set(kept.aliases) | {kept.name})
                kept.name = actor.name
                kept.kind = actor.kind
            kept.mentions = sorted(set(kept.mentions) | set(actor.mentions))
            kept.aliases = sorted((set(kept.aliases) | set(actor.aliases) | {actor.name})
                                  - {kept.name})
            kept.titles.extend(actor.titles)
            # what either record knew of the actor ("London-based BP PLC" gave its country,
            # "BP" named it most often): kept, the joined record's first
            first, second = (actor, kept) if actor.id == new_id else (kept, actor)
            kept.country = first.country or second.country
            kept.sector = first.sector or second.sector
            kept.affiliation = first.affiliation or second.affiliation
            continue
        if new_id != actor.id:
            actor.aliases = sorted(set(actor.aliases) | {actor.name})
            actor.id = new_id
            actor.kind = _kind_of(new_id, actor.kind)
        merged[new_id] = actor
    ex.actors = sorted(merged.values(), key=lambda a: a.id)
    for mention in ex.mentions:
        mention.actor = remap(mention.actor)
        if mention.actor:
            mention.kind = _kind_of(mention.actor, mention.kind)
    for quote in ex.quotes:
        if quote.speaker is not None:
            quote.speaker.actor = remap(quote.speaker.actor)
        for referent in quote.referents:
            referent.actors = list(dict.fromkeys(remap(a) or a for a in referent.actors))
    for event in ex.events:
        event.actors = sorted({remap(a) or a for a in event.actors})
        event.recipients = sorted({remap(a) or a for a in event.recipients})
        event.source = remap(event.source)
    for claim in ex.claims:
        for part in (claim.subject, claim.object, claim.source):
            if part is not None:
                part.actor = remap(part.actor)
        claim.actors = sorted({remap(a) or a for a in claim.actors})
    for stance in ex.stances:
        stance.holder.actor = remap(stance.holder.actor)
        if stance.topic_text is not None:
            stance.topic_text.actor = remap(stance.topic_text.actor)
        if stance.topic.startswith(ACTOR_TOPIC):
            stance.topic = ACTOR_TOPIC + (remap(stance.topic[len(ACTOR_TOPIC) :]) or "")
