"""Who is speaking: the speaker phrase of an attribution, and the actor it refers to.

The small parser gets most subjects of "said" right, but attributions are where it stumbles
most: inserted frames ("those who spoke about it said"), long appositives ("Kayhan, a Tehran
newspaper that ..., asked") and inversions ("said Abbas Abdi, a onetime leader ...").  So the
parse is trusted when it is plausible and repaired from the surface when it is not.  The speaker
span is the phrase as written, cut before any appositive, because the appositive says who the
speaker is, not who speaks.

An attribution with no speaker makes no quote (unless its cue is a raising verb, ``raised``,
whose subject is part of what seems), so a cue the parser left without a subject is
given one where the grammar says who it is: a dateline the parser took for the subject gives
way to the phrase after its dash ("OSLO — Prime Minister Erna Dahl promised"); a passive's
by-agent speaks ("was criticised by the union"); a participle shares the subject of the clause
it hangs on (", adding that", "began by saying", "After saying ..., the man"); a verb with a
clause after it that the parser read as a reduced relative has the noun before it as subject
("A university poll found last week that"); a proportion hung on the verb speaks ("About 4 in
10 say"), and so does a share hung on it ("after half said so"); a present participle on a
noun of people or words speaks for the noun ("a group backing the mayor", "911 calls saying
that").  Measured on PolNeAR train articles 1–120 (`docs/rounds/quotes.md`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from newsdesk.extract import quotes_model
from newsdesk.knowledge import grammar, lexicon, roles
from newsdesk.model import Mention

if TYPE_CHECKING:
    from newsdesk.extract.reading import Reading


@dataclass(frozen=True)
class Phrase:
    """A speaker phrase in token indices [start, end), with its syntactic head."""

    start: int
    end: int
    head: int


def conjunct_out_of_form(
    token: Token, form: Callable[[Token], str] = lambda verb: verb.tag_
) -> bool:
    """A coordinated verb with no subject of its own in another form than the verb it hangs
    on ("had admitted ..., and questioned"): the parser's attachment is doubtful.  ``form``
    reads a verb's form (its tag unless told otherwise)."""
    return token.dep_ == "conj" and token.pos_ == "VERB" and form(token.head) != form(token) and (
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children))


def cue_conjunct(cue: Token) -> bool:
    """"said that A had admitted ..., and questioned why": a cue coordinated with a verb in a
    clause reported by a verb of its own form is that verb's second act, and shares its
    subject, not the reported clause's."""
    head = cue.head
    if head.dep_ not in ("ccomp", "xcomp"):
        return False
    # "said that he would offer a prayer but did not suggest ...": the forms compared are the
    # finite ones, the auxiliary's where there is one.
    return (conjunct_out_of_form(cue) and head.head.tag_ == cue.tag_) or (
        conjunct_out_of_form(cue, finite_tag) and finite_tag(head.head) == finite_tag(cue))


# The share of uses as a cue (``quotes_model.Models.rate``) from which a verb is an act of
# saying or judging in its own right ("accuse", "call", "promise"), not an act reported.
SPEECH_ACT_RATE = 0.4
_PERSONAL = {"he": "Sing", "she": "Sing", "i": "Sing", "they": "Plur", "we": "Plur"}


def own_second_act(verb: Token, rate: Callable[[Token], float]) -> bool:
    """"says he respects the mayor and calls her ...", "did say he found the ferry comfortable
    and called its timetable ...": a subjectless verb of saying or judging (a cue in at least
    ``SPEECH_ACT_RATE`` of its uses), in the cue's own finite form, coordinated with a
    reported verb that is no such verb and whose subject is a personal pronoun agreeing in
    number with the cue's subject.  That pronoun is most likely the speaker, so whichever
    verb the second one hangs on its doer is the speaker: it is the speaker's second act, an
    attribution of its own, not part of what was reported.  Not a negated verb ("and never
    called a donor") nor one reporting a clause or an infinitive of its own ("and expects to
    leave ...", "and asked him to ..."), which PolNeAR keeps inside the content (tuning fold),
    unless it is out of the form of the verb it hangs on: "says he'd sit X down and tell him
    Y and tells the crowd he was ...", where the parser hangs "tells" on "tell", itself a
    conjunct of the reported verb ("sit"), shares neither the auxiliary nor the subject of
    "tell", so it is the speaker's even with a clause of its own (``conjunct_top``)."""
    near, head = verb.head, conjunct_top(verb)
    if not (verb.dep_ == "conj" and verb.pos_ == "VERB" and verb.i > near.i
            and head.dep_ == "ccomp" and head.head.pos_ == "VERB"):
        return False
    if finite_tag(verb) != finite_tag(head.head) or rate(verb) < SPEECH_ACT_RATE:
        return False
    # In the form of the verb it hangs on, it may be a second thing reported; out of that
    # form, it cannot share that verb's subject or auxiliary.
    shared = finite_tag(near) == finite_tag(verb)
    own = ("nsubj", "nsubjpass", "expl", "mark", "neg") + (("ccomp", "xcomp") if shared else ())
    if any(c.dep_ in own for c in verb.children) or (
            shared and any(rate(v) >= SPEECH_ACT_RATE for v in (head, near))):
        return False
    pronoun = next((c for c in head.children if c.dep_ == "nsubj"), None)
    number = _PERSONAL.get(pronoun.lower_) if pronoun is not None else None
    speaker = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
    if number is None or speaker is None or speaker.lower_ in grammar.RELATIVE_PRONOUNS:
        return False
    if speaker.tag_ == "PRP":
        return _PERSONAL.get(speaker.lower_) == number
    plural = speaker.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in speaker.children)
    return (number == "Plur") == plural


def conjunct_top(verb: Token) -> Token:
    """The first of the conjuncts ``verb`` hangs on: "would sit X down and tell him Y and
    tells the crowd Z" hangs "tells" on "tell", itself a conjunct of "sit"."""
    head = verb.head
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head


def finite_tag(verb: Token) -> str:
    """The tag of a verb's finite form: its first auxiliary's ("did not suggest": VBD,
    "would offer": MD), else its own."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    return aux[0].tag_ if aux else verb.tag_


def _rate(token: Token) -> float:
    models = quotes_model.load()
    return models.rate(token) if models is not None else 0.0


def speaker_phrases(doc: Doc, cue: Token, mention_at: Mapping[int, Mention]) -> list[Phrase]:
    """The subject of a cue verb: one phrase, or one per conjunct naming distinct actors."""
    if asked_aside(cue):
        return []  # "Mr. Berg, asked whether ..., said": the one asked asks nothing
    if _absolute_passive(cue):
        return []  # "with strong winds forecast from the north": the winds forecast nothing
    subjects = [s for s in _subjects(doc, cue) if not _set_off_participle(doc, s, cue)]
    if subjects and all(s.lower_ in grammar.FLOATING_WORDS for s in subjects):
        # "A and B, both said": the parser makes "both" the subject and strands the real one.
        # With a relative clause between ("A and B, who have clashed for years, both said")
        # the parser hangs the name on the verb as a modifier of time or measure.
        stranded = [c for c in cue.children if c.dep_ in ("dep", "npadvmod") and c.i < cue.i
                    and c.pos_ in ("PROPN", "NOUN") and c.ent_type_ not in ("DATE", "TIME")]
        subjects = stranded or subjects
    if subjects and all(_inscribed(s) for s in subjects):
        # '... sat in protest, with black T-shirts saying, "..."': the shirts' wearers speak
        bearer = _bearer(cue)
        return _split_coordination(doc, bearer, bearer.head, mention_at) if bearer else []
    good = [s for s in subjects if not _misparsed(doc, s, cue)]
    if good:
        return _split_coordination(doc, _best_subject(doc, good, cue), cue, mention_at)
    if subjects:
        subj = subjects[0]
        if subj.lower_ in grammar.RELATIVE_PRONOUNS and cue.dep_ == "relcl" and cue.head.i < cue.i:
            # "Mr. Abdi, who said ...": the relative clause's antecedent speaks.  When it is
            # one named actor the speaker span is the pronoun itself, as "he" would be (and
            # as PolNeAR marks it), standing for that actor (``speaker_actor``); a description
            # runs on to the pronoun ("a campaign aide who said", "the star journalist, who
            # is promoting"), so that the span holds both what PolNeAR marks and who it is
            # (the briefing shows it without the pronoun: ``quote_sources.shown_speaker``).
            antecedent = _split_coordination(doc, cue.head, cue, mention_at)
            if len(antecedent) == 1 and _antecedent_mention(doc, subj, mention_at) is not None:
                return [Phrase(subj.i, subj.i + 1, subj.i)]
            if len(antecedent) == 1 and antecedent[0].end <= subj.i:
                return [Phrase(antecedent[0].start, subj.i + 1, antecedent[0].head)]
            return antecedent
        if _antecedent_mention(doc, subj, mention_at) is not None:
            return [Phrase(subj.i, subj.i + 1, subj.i)]  # "... Tony Hayward who ... said"
        # "those who spoke about it said": climb from the preposition the pronoun belongs to.
        top = _climb(doc[subj.i - 1] if subj.i > 0 else subj, cue)
        if any(a.i == top.i for a in cue.ancestors):
            # "In Washington, Stupak said the panel had found a memo ..., that said there
            # were 260 'failure modes'": the parser hung the relative clause on the main verb,
            # and the climb reached that verb, whose subject and adjuncts are not the memo.
            # The subject as written speaks: the pronoun (PolNeAR marks "which"), or a name
            # after a preposition ("footage of Trump saying ...").
            return [Phrase(subj.left_edge.i, subj.i + 1, subj.i)]
        return [Phrase(top.left_edge.i, _extend_to_cue(doc, top.i + 1, cue), top.i)]
    absolute = _absolute_with_subject(cue)
    if absolute is not None:
        return _split_coordination(doc, absolute, cue, mention_at)
    before = _before_cue(doc, cue)
    if before is not None and doc[before].text in _CLOSING_MARKS and before - 1 >= cue.sent.start:
        before -= 1  # "could be “messy,” adding": the comma inside the closing mark
    if before is not None and doc[before].text == ",":
        if cue.tag_ == "VBG" and cue.head.i != cue.i:
            # "..., saying that": the participle shares its governor's subject.
            governor = _reporter(cue)
            head_subjects = _subjects(doc, governor)
            if head_subjects:
                subj = _best_subject(doc, head_subjects, governor)
                return _split_coordination(doc, subj, governor, mention_at)
        named = _appositive_name(doc, before, cue, mention_at)
        if named is not None:
            return [named]
    if cue_conjunct(cue) or own_second_act(cue, _rate):
        # "said that A had admitted ..., and questioned why": the one who said questioned.
        frame = conjunct_top(cue).head
        head_subjects = _subjects(doc, frame)
        if head_subjects:
            return _split_coordination(doc, head_subjects[0], frame, mention_at)
        # "emailed supporters saying: “The struggle continues” and vowing to ...": the one
        # saying vows, never the subject of what was said.
        return speaker_phrases(doc, frame, mention_at)
    if (cue.dep_ == "conj" or _complement(cue)) and cue.head.i != cue.i:
        head_subjects = _subjects(doc, cue.head)
        glued = _glued_name(doc, head_subjects, cue, mention_at)
        if glued is not None:
            return [glued]
        if head_subjects:
            return _split_coordination(doc, head_subjects[0], cue.head, mention_at)
        shared = _passive_subject(cue)
        if shared is not None:
            return _split_coordination(doc, shared, cue.head, mention_at)
    controller = _controller(cue)
    if controller is not None:
        return _split_coordination(doc, controller, cue, mention_at)
    agents = [o for c in cue.children if c.dep_ == "agent" for o in c.children
              if o.dep_ == "pobj"]
    if agents:
        # "it was never mentioned by the moderators": the passive's agent speaks.
        return _split_coordination(doc, agents[0], cue, mention_at)
    stray = _stray_agent(doc, cue, mention_at)
    if stray is not None:
        return _split_coordination(doc, stray, cue, mention_at)
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and cue.head.i < cue.i and any(
        c.dep_ == "ccomp" for c in cue.children
    ):
        # "A university poll found last week that ...": a verb with a clause after it is no
        # reduced relative, whatever its tag; the noun it hangs on is its subject.
        return _split_coordination(doc, cue.head, cue, mention_at)
    described = _described_subject(doc, cue)
    if described is not None:
        return [described]
    stranded = [c for c in cue.children if c.i < cue.i and cue.tag_ in _FINITE
                and c.dep_ in ("nummod", "npadvmod") and c.pos_ in ("NUM", "NOUN", "PROPN")
                and c.ent_type_ not in ("DATE", "TIME")]
    if stranded:
        # "About 4 in 10 say they want ...": the parser hangs a proportion on the verb.
        subj = stranded[-1]
        return [Phrase(subj.left_edge.i, subj.i + 1, subj.i)]
    share = _share_before(doc, cue)
    if share is not None:
        return [share]
    first = _first_act(doc, cue)
    if first is not None:
        return _split_coordination(doc, _subjects(doc, first)[0], first, mention_at)
    named = _name_before(doc, cue, mention_at)
    if named is not None:
        return [named]
    noun_speakers = _participle_noun(doc, cue, mention_at)
    if noun_speakers:
        return noun_speakers
    return _governor_subject(doc, cue, mention_at)


# Nouns of people and of the things that carry words, which a present participle describing
# them makes a source ("a group backing the mayor", "staff members suggesting that", "911
# calls saying that"), beside role and title words, organisation nouns and named actors.
_VOICE_NOUNS = frozenset({"group", "people", "member", "staff", "voter", "supporter", "critic",
                          "official", "leader", "resident", "protester", "activist", "fan",
                          "poll", "survey", "study", "ad", "population", "public", "crowd",
                          "audience", "electorate"})
# Nouns of a part of a group ("the share of voters saying ...").
_PART_NOUNS = frozenset({"proportion", "share", "percentage", "percent", "number", "fraction"})
# Prepositions naming where a saying was heard or seen ("heard on a radio telling ...").
_WHERE_PREPOSITIONS = frozenset({"on", "in", "at", "via", "through", "over", "during"})


# Prepositions whose object, right before a participle, is its subject: the absolute "with
# the experts arguing that ...", and the agent of a reaction "unimpressed by Mr Dale declaring
# that ..." (the parser hangs that gerund on whoever was unimpressed).
_ABSOLUTE_PREPOSITIONS = frozenset({"with", "without", "by"})


def _absolute_passive(cue: Token) -> bool:
    """"The office said that with strong winds forecast from the north, 'the models
    indicate ...'": a past participle with no auxiliary after "with" or "without" is passive
    in sense; the noun before it is what is forecast or reported, not who speaks (the parser
    makes it the participle's subject, and "strong winds" had the office's words)."""
    return cue.tag_ == "VBN" and cue.head.lower_ in ("with", "without") and \
        cue.head.i < cue.i and not any(c.dep_ in ("aux", "auxpass") for c in cue.children)


def _inscribed(noun: Token) -> bool:
    """A thing that bears written words ("T-shirts", "signs", ``lexicon.INSCRIBED_NOUNS``)."""
    word = noun.lower_
    return word in lexicon.INSCRIBED_NOUNS or (
        word.endswith("s") and word[:-1] in lexicon.INSCRIBED_NOUNS)


def _bearer(cue: Token) -> Token | None:
    """Who wears or holds the thing that bears the words: in the absolute "with" ("ten
    farmers sat in protest, with green T-shirts saying ..."), the subject of the clause the
    phrase hangs on; else no one the sentence names ("Signs saying ... lined the road")."""
    prep = cue.head
    if prep.lower_ != "with" or prep.head.i == prep.i:
        return None
    return next((c for c in prep.head.children if c.dep_ == "nsubj"), None)


def _absolute_with_subject(cue: Token) -> Token | None:
    """"The figure may be far higher, with the experts arguing that ...": in the absolute
    construction "with" + noun phrase + participle, the noun phrase is the participle's
    subject, wherever the parser hangs the participle (on the main verb, whose subject argues
    nothing).  The noun phrase must be the preposition's object and end right before the
    participle."""
    if cue.tag_ != "VBG" or cue.i == 0:
        return None
    last = cue.doc[cue.i - 1]
    noun = last
    while noun.dep_ in ("compound", "amod", "det", "nummod", "poss") and noun.head.i > noun.i \
            and noun.head.i < cue.i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in _ABSOLUTE_PREPOSITIONS or \
            noun.right_edge.i != cue.i - 1 or noun.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    return noun


def _addressee(noun: Token) -> bool:
    """The noun is what "to" after a verb of saying or of a channel names ("written to Ms
    Ortiz", "sent a letter to the mayor"): the one who hears, not the one who speaks."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "to":
        return False
    head = noun.head.head
    words = grammar.QUOTE_VERBS | lexicon.CHANNEL_WORDS
    if head.pos_ == "VERB":
        return head.lemma_.lower() in words
    return head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.CHANNEL_WORDS


def _participle_noun(doc: Doc, cue: Token, mention_at: Mapping[int, Mention]) -> list[Phrase]:
    """"gave $3 million to a group backing the mayor", "emails from staff members suggesting
    that ...", "911 calls saying shots had been fired": a present participle describing a
    noun before it, with no subject of its own, says what the noun's people (or the
    document, call or poll) say, and the noun phrase is the source, as PolNeAR marks it.
    Only for a noun of people or of words (``_VOICE_NOUNS``, roles, titles, organisation
    nouns, channel words, a named person, organisation or group): "a microphone telling"
    speaks for no one.  A noun that is the addressee of a verb of saying or of a channel
    ("emailed supporters saying ...", "wrote to members saying ...") hears the words: the
    verb's subject says them.  A channel the saying was heard on or in ("heard on a radio
    telling") is no source either.  The parser hangs such a participle elsewhere in three
    constructions, each read as the same one: on a part of a group ("the share of voters
    saying they want ...": the voters), on an existential copula ("There were also emails
    showing that ...": the emails), and, for a gerund with a subject of its own after a
    preposition, on the main verb ("was interviewed about the mayor calling the pier a
    disgrace", "all signs pointing to the senator endorsing her": the mayor, the senator)."""
    if cue.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return []
    noun = cue.head
    if cue.dep_ == "advcl" and noun.lemma_ == "be" and any(c.dep_ == "expl" for c in noun.children):
        # "There were also emails that night showing that ...": the noun the copula names.
        named = [c for c in noun.children if c.dep_ == "attr" and c.i < cue.i]
        if not named or not _voiced(named[0], mention_at):
            return []
        return [_phrase_for(doc, named[0], cue, mention_at)]
    if cue.dep_ == "advcl" and cue.i > 0 and doc[cue.i - 1].dep_ == "pobj":
        # "was interviewed about the mayor calling the pier a disgrace": a gerund with its
        # own subject, which the parser leaves to the preposition before it.
        subject = doc[cue.i - 1]
        if _addressee(subject):
            return []  # "have written to Ms Ortiz urging her to ...": the writers urge
        if subject.pos_ in ("NOUN", "PROPN") and subject.head.lower_ not in (
            _WHERE_PREPOSITIONS
        ) and _voiced(subject, mention_at):
            return [_phrase_for(doc, subject, cue, mention_at)]
        return []
    if cue.dep_ != "acl" or noun.i > cue.i or noun.pos_ not in ("NOUN", "PROPN"):
        return []
    if noun.lemma_.lower() in _PART_NOUNS:
        # "The share of primary voters saying they want ...": the people the share is of.
        of = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj" and o.i < cue.i]
        if of and _voiced(of[0], mention_at):
            return [_phrase_for(doc, of[0], cue, mention_at)]
    issuer = _issuer(doc, noun, mention_at)
    if issuer:
        return issuer
    addresser = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else (
        noun.head if noun.dep_ in ("dobj", "dative") else None)
    if addresser is not None and addresser.pos_ == "VERB" and addresser.lemma_.lower() in (
        grammar.QUOTE_VERBS | lexicon.CHANNEL_WORDS
    ):
        subjects = _subjects(doc, addresser)
        return _split_coordination(doc, subjects[0], addresser, mention_at) if subjects else []
    if noun.dep_ == "pobj" and noun.head.lower_ in _WHERE_PREPOSITIONS:
        return []
    # "Hackers backing the regime hijacked ...", "There is no public record showing that
    # ...", "ledgers showing that ...": any noun the participle describes speaks where it is
    # a subject, a copula's complement or a preposition's object, as PolNeAR marks it; the
    # object of another verb needs a voice ("rejected the notion that ..., saying", "made a
    # third attempt ..., writing": the subject's acts, not the object's).
    return [_phrase_for(doc, noun, cue, mention_at)] if _voiced(noun, mention_at) or (
        noun.dep_ in ("nsubj", "nsubjpass", "attr", "pobj")) else []


# Verbs by which someone puts out a text or a recording of their own ("issued a statement",
# "sent out a press release", "released a radio ad", "planted newspaper articles"), not
# one that reaches them ("Police received 911 calls saying ...", "held up a sign saying").
_ISSUING_VERBS = frozenset({"issue", "release", "send", "post", "publish", "put", "place",
                            "plant", "run", "air", "launch", "file", "write", "draft", "email",
                            "tweet", "blast", "fire", "circulate", "distribute", "unveil",
                            "revise"})
# Things that carry someone's words, beside the channel words of the lexicon.
_DOCUMENT_NOUNS = frozenset({"ad", "advertisement", "commercial", "robocall", "petition",
                             "story", "response", "flyer", "mailer", "leaflet", "text"})


def _issuer(doc: Doc, noun: Token, mention_at: Mapping[int, Mention]) -> list[Phrase]:
    """"The harbour board issued a statement saying ...", "the union sent out a press release
    calling the plan ...", "the campaign sent out a text message to supporters saying ...": a
    participle of saying on a text or recording (a channel word or ``_DOCUMENT_NOUNS``) that
    its subject puts out (``_ISSUING_VERBS``) says what the one putting it out says, and
    PolNeAR marks them as the source ("issued a statement saying" as the cue), not the
    statement.  A noun of people addressed ("to supporters") gives way to the text it hangs
    on.  Not a text that reaches its subject ("Police received 911 calls saying", "held up a
    sign saying"): the text speaks (``_participle_noun``)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "a text message to supporters saying"
    if noun.lemma_.lower() not in lexicon.CHANNEL_WORDS | _DOCUMENT_NOUNS or (
        noun.dep_ != "dobj" or noun.head.pos_ != "VERB"
        or noun.head.lemma_.lower() not in _ISSUING_VERBS
    ):
        return []
    return speaker_phrases(doc, noun.head, mention_at)


def _voiced(noun: Token, mention_at: Mapping[int, Mention]) -> bool:
    """A noun that can say something: a named person, organisation or group, a noun of
    people or of words (``_VOICE_NOUNS``, role and title words, organisation nouns, channel
    words), or a share of people ("a quarter")."""
    mention = mention_at.get(noun.i)
    lemma = noun.lemma_.lower()
    return (mention is not None and mention.kind in ("person", "org", "group")) or (
        noun.ent_type_ in ("NORP", "ORG", "PERSON")
    ) or lemma in _VOICE_NOUNS or lemma in roles.ROLE_NOUNS or lemma in roles.TITLE_HEADS or (
        lemma in lexicon.ORGANISATION_NOUNS or lemma in lexicon.CHANNEL_WORDS
    ) or noun.lower_ in _SHARE_WORDS


# Words naming a share of a group of people, which speak for it ("half said so").
_SHARE_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
                          "majority", "most", "plurality", "minority"})


def _share_before(doc: Doc, cue: Token) -> Phrase | None:
    """"Six in 10 agree, after half said so in May", "most in both towns backed the pier", "Less
    than a third agreed that ...": a share of people (``_SHARE_WORDS``) right before a verb
    with no subject, which the parser hangs on the verb as a modifier, is its subject and
    speaks, as the proportions "About 4 in 10 say" do.  The phrase is the share and what it
    is a share of, without a clause opener before it ("after")."""
    if cue.tag_ not in _FINITE and not (cue.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "auxpass") for c in cue.children
    )):
        return None
    for child in cue.children:
        if child.i > cue.i or child.dep_ not in ("advmod", "npadvmod", "prep", "nummod"):
            continue
        start, end = child.left_edge.i, child.right_edge.i + 1
        if end != cue.i or end - start > 8:
            continue
        words = doc[start:end]
        if not any(t.lower_ in _SHARE_WORDS for t in words[:5]) or any(
            t.pos_ in ("VERB", "AUX") or t.is_punct for t in words
        ):
            continue
        head = next(t for t in words if t.lower_ in _SHARE_WORDS)
        while start < head.i and doc[start].pos_ in ("ADP", "SCONJ", "CCONJ"):
            start += 1  # "after half said so": the share, not the clause's opener
        return Phrase(start, end, head.i)
    return None


def _stray_agent(doc: Doc, cue: Token, mention_at: Mapping[int, Mention]) -> Token | None:
    """"The mayor has been attacked on her speeches by the union", "the two are seen as the
    best choice by about a quarter of voters": a passive whose "by" phrase the parser hung on
    a word after the verb (a noun or another verb inside the clause) rather than on the verb
    still names its agent, when what follows "by" can say something (``_voiced``: "the
    harbour union", "about a quarter of voters"), not "by the end of the year".
    A passive with no such phrase has no speaker (``unvoiced``)."""
    if cue.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in cue.children):
        return None
    for token in cue.subtree:
        if token.i <= cue.i or token.lower_ != "by" or token.dep_ not in ("agent", "prep"):
            continue
        obj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if obj is None:
            continue
        if _voiced(obj, mention_at):
            return obj
    return None


def _passive_subject(cue: Token) -> Token | None:
    """"Mr. Berg was forced into a rare retreat and said that ...", "Harbour officials were
    angered by the deal and predicted it would ...": an active verb of saying coordinated
    after a passive one shares the passive's subject, who suffered the first and does the
    second (on PolNeAR train articles 1-120 and 321-840, 8 active cues of any word so placed
    have it as their gold source; the others a passive in both conjuncts, "was booed and
    shouted down by", which keeps its agent).  Only verbs of saying: with any cue word it
    let one more false alarm through on the held-out fold.  Not across a relative clause."""
    if cue.dep_ != "conj" or cue.head.i > cue.i or cue.pos_ != "VERB" or (
        cue.lemma_.lower() not in grammar.QUOTE_VERBS
    ) or any(
        c.dep_ in ("auxpass", "agent", "nsubj", "nsubjpass", "expl") for c in cue.children
    ):
        return None
    if any(c.dep_ == "nsubj" for c in cue.head.children) or any(
        t.dep_ == "relcl" for t in cue.doc[cue.head.i + 1 : cue.i]
    ):
        # "Berg was asked by the host, who backs him, but has dismissed ...": a relative
        # clause between may be the verb's true owner, which the parser lost.
        return None
    passive = [c for c in cue.head.children if c.dep_ == "nsubjpass" and c.i < cue.head.i]
    return passive[0] if passive else None


def _first_act(doc: Doc, cue: Token) -> Token | None:
    """"He criticized the plan said she ...", "Berg offered the man a job, then says he'll
    ...": a subjectless cue with a clause after it that it reports, and one before it that
    the parser also made its complement: the clause before is the speaker's first act, the
    coordination the parser missed, and its subject speaks."""
    if cue.tag_ not in _FINITE or not any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children):
        return None
    before = [c for c in cue.children if c.dep_ == "ccomp" and c.right_edge.i < cue.i
              and c.pos_ in ("VERB", "AUX") and _subjects(doc, c)]
    return before[0] if before else None


def _name_before(doc: Doc, cue: Token, mention_at: Mapping[int, Mention]) -> Phrase | None:
    """"..., former president Bill Clinton said his wife ...": a finite cue with no subject
    right after a name the parser hung elsewhere (as an appositive): the name speaks."""
    if cue.tag_ not in _FINITE or cue.lemma_.lower() not in grammar.QUOTE_VERBS:
        return None
    i = cue.i - 1
    while i >= cue.sent.start and _skippable(doc[i]):
        i -= 1
    if i < cue.sent.start or doc[i].pos_ != "PROPN" or doc[i].head.i > i:
        return None
    mention = mention_at.get(i)
    if mention is None or mention.kind not in ("person", "org", "group"):
        return None
    start = i
    while start - 1 >= cue.sent.start and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ") and (
        not doc[start - 1].is_punct
    ):
        start -= 1
    if start - 1 >= cue.sent.start and doc[start - 1].lower_ in ("the", "a", "an"):
        start -= 1
    return Phrase(start, i + 1, i)


def _described_subject(doc: Doc, cue: Token) -> Phrase | None:
    """"Majorities of Democrats in five states going to the polls Tuesday say they ...",
    "Large majorities of voters going to the polls said ...": a participle describing the
    subject is read as the sentence's verb, with the subject as its own and the cue hung on
    it (or the participle as the cue's clausal subject).  The speaker is the whole phrase
    before the cue, participle included, as PolNeAR marks it."""
    if cue.tag_ not in _FINITE or any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    participles = [c for c in cue.children if c.dep_ == "csubj" and c.i < cue.i]
    if cue.dep_ == "dep" and cue.head.i < cue.i:
        participles.append(cue.head)
    for participle in participles:
        if participle.tag_ not in ("VBG", "VBN") or any(
            c.dep_ == "aux" for c in participle.children
        ):
            continue
        subjects = [c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i
                    and c.pos_ in ("NOUN", "PROPN")]
        own_end = max([participle.i] + [c.right_edge.i for c in participle.children
                                         if c.i < cue.i])
        if not subjects or own_end >= cue.i:
            continue
        start, end = subjects[0].left_edge.i, cue.i
        while end > participle.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if any(doc[k].text in (",", ";", ":") for k in range(start, end)):
            continue  # an aside or a clause of its own, not one noun phrase
        return Phrase(start, end, subjects[0].i)
    return None


def _reporter(participle: Token) -> Token:
    """The verb whose subject a closing ", adding/saying/claiming ..." shares.  The parser
    hangs it on the last verb before it, which is often the verb of the reported clause
    ("Berg said the plan could be “messy,” adding, “...”": "be"); a verb of saying there is
    the reporter's second act, not the reported subject's ("the plan" adds nothing)."""
    governor = _before_quoted(participle)
    if participle.lemma_.lower() in grammar.QUOTE_VERBS and governor.dep_ == "ccomp" and (
        governor.head.i != governor.i and governor.head.pos_ in ("VERB", "AUX")
        and _subjects(participle.doc, governor.head)
    ):
        return governor.head
    return _main_clause(governor)


def _before_quoted(participle: Token) -> Token:
    """"The mayor seemed ready to joke about it, telling the crowd, “Some of us got wet, did
    you notice?”": the parser hangs a closing participle on a verb of the quotation that
    it opens, whose subject ("Some of us") is what was said, not who says it; its governor
    is then the first verb above that stands before it (the clause it closes).  Elsewhere
    the participle's head."""
    governor = participle.head
    doc = participle.doc
    if governor.i <= participle.i or not any(
        t.text in _OPENING_MARKS for t in doc[participle.i + 1 : governor.i]
    ):
        return governor
    up = governor
    while up.i > participle.i and up.head.i != up.i:
        up = up.head
    return up if up.i < participle.i and up.pos_ in ("VERB", "AUX") else governor


def _main_clause(governor: Token) -> Token:
    """"Clinton has said that she deleted the files, deeming them personal", "Berg denied the
    notion that a shakeup is coming, explaining that ...", "Trump questioned why the envoy did
    not speak, implying that ...": a closing participle the parser hangs on the verb of a
    clause that another clause reports (``ccomp``) or that completes a noun ("the notion that
    ...", ``acl``) shares the subject of the clause above, through any number of such links:
    she, the shakeup and the envoy deem, explain and imply nothing (on PolNeAR train articles
    321-840, 16 of 17 such participles that PolNeAR marks take the higher subject).  Not a
    relative clause, whose subject is an actor of its own ("a charge that the party's
    leaders denied, noting that ...")."""
    doc = governor.doc
    top = governor
    if not _subjects(doc, governor):
        return governor  # a passive's subject or none: what the clause says is unchanged
    while top.dep_ in ("ccomp", "acl") and top.head.i != top.i:
        up = top.head
        if top.dep_ == "acl":
            if not any(c.dep_ == "mark" for c in top.children):
                break  # "a lawsuit filed by a staffer": a reduced relative, not a complement
            while up.pos_ in ("NOUN", "PROPN") and up.dep_ in ("dobj", "pobj", "prep", "nsubj"):
                if up.head.i == up.i:
                    break
                up = up.head
        if up.pos_ not in ("VERB", "AUX") or not _subjects(doc, up):
            break
        top = up
    return top


# Links from a subjectless verb up to the clause whose subject it shares: "..., adding that",
# "began by saying", "After saying he was nervous, the man ...", "went off script to
# comment", "more likely to say", "calling them rapists and vowing to ...".
_SHARED_SUBJECT_DEPS = frozenset({"advcl", "pcomp", "prep", "conj", "xcomp", "acomp"})


def _governor_subject(doc: Doc, cue: Token, mention_at: Mapping[int, Mention]) -> list[Phrase]:
    """The subject of the nearest clause above a subjectless cue, climbing only through
    adverbial, prepositional, coordinated and complement links, and the noun of a
    preposition of several words (``_phrase_preposition``), never out of a reported clause
    or a relative clause, whose subject is someone else's."""
    if cue.tag_ == "VBN" or (cue.tag_ == "VB" and not _complement(cue)) or unvoiced(cue):
        # "Asked about it, she said": a passive participle's subject is no agent; "met on
        # Monday to discuss the budget": a purpose, not a saying.
        return []
    token = cue
    for _ in range(5):
        if token.head.i == token.i or (
            token.dep_ not in _SHARED_SUBJECT_DEPS and not _phrase_preposition(token)
        ):
            return []
        token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if _across_quotation(doc, token.i, cue.i):
            token = _frame_of_quoted(doc, token, cue) or token
            if _across_quotation(doc, token.i, cue.i):
                return []  # the quoted clause's subject is what was said, not who said it
        subjects = [s for s in _subjects(doc, token)
                    if not _misparsed(doc, s, token) and s.lower_ not in _EMPTY_SUBJECTS]
        if subjects:
            return _split_coordination(doc, _best_subject(doc, subjects, token), token,
                                       mention_at)
        suffered = _passive_controller(cue, token, mention_at)
        if suffered is not None:
            return _split_coordination(doc, suffered, token, mention_at)
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in token.children):
            return []
    return []


def _passive_controller(cue: Token, verb: Token,
                        mention_at: Mapping[int, Mention] | None = None) -> Token | None:
    """"A lawsuit was filed on Monday, alleging that ...", "The mayor was booed at the
    meeting, insisting that ...": an active participle of the cue hung on a passive verb
    says what the passive's subject says, as it would on an active one ("The mayor spoke,
    insisting"), and so does a passive whose agent is a thing ("In addition to worrying that
    ..., she is hemmed in by her record").  Not one whose agent can speak (``_voiced``: "was
    criticized by the harbour union, calling for ..."), whose participle it may be; not a
    pronoun standing for no one."""
    if cue.tag_ != "VBG" or any(c.dep_ in ("expl", "csubj") for c in verb.children):
        return None
    if any(o.dep_ == "pobj" and _voiced(o, mention_at or {}) for c in verb.children
           if c.dep_ == "agent" for o in c.children):
        return None
    passive = [c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i
               and c.lower_ not in _EMPTY_SUBJECTS and c.lower_ not in grammar.RELATIVE_PRONOUNS]
    return passive[0] if passive else None


_EMPTY_SUBJECTS = frozenset({"it", "there", "this", "that"})


def _across_quotation(doc: Doc, a: int, b: int) -> bool:
    """Whether a quotation mark stands between tokens ``a`` and ``b`` an odd number of times:
    one is inside quoted words, the other outside."""
    low, high = min(a, b), max(a, b)
    marks = _OPENING_MARKS | (_CLOSING_MARKS - {"’"})  # not an apostrophe
    return sum(doc[i].text in marks for i in range(low + 1, high)) % 2 == 1


def _frame_of_quoted(doc: Doc, quoted: Token, cue: Token) -> Token | None:
    """'"The North Sea can play a part ...," he said, before adding: "..."': the parser hangs
    the frame's verb ("said") and the cue's phrase ("before adding") on the quoted clause's
    verb; the climb from the cue reaches the quoted verb, whose subject ("The North Sea") is
    words said, and the one who adds is the frame's subject ("he").  The frame is a verb the
    quoted verb governs, on the cue's side of the quotation."""
    return next((c for c in quoted.children if c.dep_ in ("parataxis", "ccomp")
                 and c.pos_ == "VERB" and not _across_quotation(doc, c.i, cue.i)), None)


def _phrase_preposition(token: Token) -> bool:
    """"In addition to stating that the pier was unsafe, the harbour master has vowed ...",
    "On top of calling the plan a disgrace, the union ...": the noun inside a preposition of
    several words ("in addition to", "on top of"), whose last preposition takes a gerund, is
    a link the gerund's subject is shared through, as "After saying ..., the man" is."""
    return token.dep_ == "pobj" and token.pos_ == "NOUN" and token.head.dep_ == "prep" and any(
        c.dep_ == "prep" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)
        for c in token.children)


def _complement(verb: Token) -> bool:
    """An infinitive that completes its governor rather than giving its purpose: "voters were
    more likely to say", "she will have to continue to emphasize"; its subject is the
    governor's.  Not when the governor has an object, who is then the one to speak ("urged
    Ryan to say"), and not a purpose ("met on Monday to discuss the budget", advcl)."""
    return verb.dep_ == "xcomp" and verb.head.i != verb.i and not any(
        c.dep_ in ("dobj", "dative") for c in verb.head.children
    )


def _controller(verb: Token) -> Token | None:
    """"The scandal led many fishermen to say that ...", "prompted the dockworkers to argue
    that ...": a "to" infinitive completing a verb with an object is the object's act; the
    object speaks (``_complement`` leaves these to it).  Only an object standing between the
    governor and the infinitive, and a noun or a pronoun, not a clause or a number."""
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or verb.head.i == verb.i or verb.head.i > verb.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if verb.head.lemma_.lower() in grammar.QUOTE_VERBS:
        return None  # "urged the harbour master to say": the urging is the attribution
    if verb.head.lemma_.lower() in _MEANS_VERBS:
        return None  # "used the occasion to reaffirm": the object is a means, not a speaker
    objects = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")
               and verb.head.i < c.i < verb.i]
    if not objects:
        return None
    obj = objects[-1]
    if obj.pos_ == "PRON":
        return obj if obj.lower_ not in _EMPTY_SUBJECTS else None
    return obj if obj.pos_ in ("NOUN", "PROPN") else None


# Verbs whose object is the means of the act the infinitive names ("used his speech to call
# for", "took the opportunity to say"), not its doer.
_MEANS_VERBS = frozenset({"use", "employ", "utilize", "take", "seize", "spend", "leverage"})


def raised(cue: Token, is_cue: Callable[[Token], bool] = lambda _token: False) -> bool:
    """"The statistics appear to be fabricated", "Trump's supporters seemed unperturbed", "it
    seems like no icon will be spared": a raising verb with a complement says how things look
    to the writer; its subject is part of what seems, so the attribution has no speaker.  A
    verb without one ("she appeared on Fox News") keeps its subject, and so does one whose
    complement is itself an attribution ("She appeared to imply that ...", "he seems to feel
    the case will be ...", "voters appeared more likely to describe her as ..."): the subject
    implies, feels or describes, however it looks (``is_cue`` tells a cue verb)."""
    if not (cue.pos_ in ("VERB", "AUX") and cue.lemma_.lower() in grammar.RAISING_VERBS):
        return False
    complements = [c for c in cue.children if c.dep_ in ("xcomp", "acomp", "attr", "oprd",
                                                         "ccomp")
                   or (c.dep_ == "prep" and c.lower_ in ("like", "as"))]
    if not complements:
        return False
    chain = [c for c in complements if c.dep_ in ("xcomp", "acomp")]
    for _ in range(3):
        if any(t.pos_ == "VERB" and is_cue(t) for t in chain):
            return False
        chain = [c for t in chain for c in t.children if c.dep_ in ("xcomp", "acomp")]
    return True


def viewer(cue: Token, mention_at: Mapping[int, Mention], looks: bool) -> Phrase | None:
    """"To the harbour master, the pier seemed to be sinking", "Among the fishermen, the plan
    appears to be failing", "The mayor is considered an asset, particularly among older
    voters": a raising verb or an agentless passive (no one named says how things look) with
    an experiencer hung on it, "to" someone (a raising verb's) or "among" some people, names
    whose view it is: that phrase is the source, as PolNeAR marks it.  Where the verb is not
    read as how things look (``looks``: a raising verb or an unvoiced passive) but merely has
    no speaker found, the phrase must name people (``_voiced``): "was approved among loud
    cheers" has none."""
    if cue.tag_ != "VBN" and not (
        cue.pos_ in ("VERB", "AUX") and cue.lemma_.lower() in grammar.RAISING_VERBS
    ):
        return None
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "among") or (
            prep.lower_ == "to" and cue.tag_ == "VBN"
        ):
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN", "PRON") or obj.ent_type_ in (
            "DATE", "TIME", "GPE", "LOC", "MONEY", "PERCENT"
        ):
            continue
        if looks or obj.pos_ == "PRON" or _voiced(obj, mention_at):
            return Phrase(obj.left_edge.i, obj.right_edge.i + 1, obj.i)
    return None


def unvoiced(cue: Token) -> bool:
    """An agentless passive with a clause of its own ("The ferry is expected to resume
    service", "it was revealed in March that"), or the passive participle of a verb of saying
    framing a question ("Asked whether the quay was safe, ...", "when asked about the
    delay"; the parser tags it a past tense now and then): the attribution is
    real, and PolNeAR marks it with no source, since the text names no one who expects,
    reveals or asks.  The passive's subject is part of what is expected, not a speaker
    (naming it scored lower: `docs/rounds/quotes.md`), so the quote has no speaker.  Not a
    passive with a
    mere thing or place ("was offered two stamps", "were returned to"), nor a prescription
    ("should be seen as", "must be designed to": the writer's own view), nor a perfect
    participle ("Having announced that ...", active); a by-agent names the speaker
    (``speaker_phrases``)."""
    if cue.tag_ not in ("VBN", "VBD") or any(c.dep_ == "agent" for c in cue.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ in _PRESCRIBING for c in cue.children):
        return False
    if cue.tag_ == "VBN" and any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
        # "The mayor was asked about the repairs": a verb of saying's topic counts too.
        return any(c.dep_ in ("ccomp", "xcomp") or (
            c.dep_ == "prep" and c.lower_ == "about"
            and cue.lemma_.lower() in grammar.QUOTE_VERBS
        ) for c in cue.children)
    if asked_aside(cue):
        return True
    if cue.dep_ != "advcl" or any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in cue.children):
        return False
    if cue.lemma_.lower() not in grammar.QUOTE_VERBS:
        # "Angered that the leaders ignored them, the delegates ...": the one angered feels
        # it, and is the clause's subject; only the one asked or told is no speaker.
        return False
    # The parser tags a clause-opening "Asked" as a past tense now and then; a past tense
    # with no subject opening its clause ("Asked what ...", "When asked about ...") is none.
    return cue.tag_ == "VBN" or all(
        t.dep_ in ("mark", "advmod") for t in cue.doc[cue.left_edge.i : cue.i]
    )


_PRESCRIBING = frozenset({"should", "must", "ought"})


def asked_aside(cue: Token) -> bool:
    """"Mr. Berg, asked whether he would run again, said he had not decided": a participle of
    saying set off by commas between a subject and its verb is passive (he was asked), though
    the parser makes the subject its own; English sets off no finite verb from its subject
    by a comma."""
    doc = cue.doc
    if cue.lemma_.lower() not in grammar.QUOTE_VERBS or cue.tag_ not in ("VBN", "VBD") or any(
        c.dep_ == "aux" for c in cue.children
    ):
        return False
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    after = cue.right_edge.i + 1
    return bool(subjects) and subjects[0].right_edge.i + 2 == cue.i and (
        doc[cue.i - 1].text == ","
    ) and after < len(doc) and doc[after].text == "," and cue.head.i > after and (
        cue.head.pos_ == "VERB"
    )


def manner_after_according(obj: Token) -> bool:
    """Whether the object of "according to" is a lone singular noun with no determiner, no
    possessive and no modifier, which says how, not who: "is going according to plan",
    "went according to schedule", "according to tradition" (15 passages of news-timelines
    read "according to plan"; "plan" was the speaker of each).  English names a source so
    only with a plural or a name ("according to witnesses", "according to Reuters"), or with
    a noun for people or a body ("according to management")."""
    return (obj.tag_ == "NN" and obj.is_lower and not any(True for _ in obj.children)
            and obj.lower_ not in roles.PERSON_NOUNS
            and obj.lower_ not in lexicon.ORGANISATION_NOUNS
            and obj.lower_ not in lexicon.SPEAKER_ORGANISATION_NOUNS)


def according_to_phrase(doc: Doc, to: Token) -> Phrase | None:
    """The source named after "according to"; none for a manner ("according to plan",
    ``manner_after_according``)."""
    objects = [c for c in to.children if c.dep_ == "pobj"]
    if objects and manner_after_according(objects[0]):
        return None
    if objects and objects[0].left_edge.i == to.i + 1:
        obj = objects[0]
        end = obj.right_edge.i + 1
        while end > obj.i + 1 and doc[end - 1].is_punct:
            end -= 1
        if end < len(doc) and doc[end].text == ")" and "(" in doc[obj.left_edge.i : end].text:
            end += 1  # "the Alliance (AROS)": keep the bracket whole
        dash = next((k for k in range(obj.left_edge.i + 1, end) if doc[k].text in _DASHES
                     and doc[k - 1].whitespace_ and doc[k].whitespace_), None)
        if dash is not None:
            # "according to the Harbour Institute - half of what ...": what follows a dash
            # set off by spaces is the writer's aside, which the parser may make the object
            # ("Gazette-Radio North", unspaced, is one name).
            nouns = [k for k in range(obj.left_edge.i, dash) if doc[k].pos_ in ("NOUN", "PROPN")]
            head = obj.i if obj.i < dash else (nouns[-1] if nouns else dash - 1)
            return Phrase(obj.left_edge.i, dash, head)
        return Phrase(obj.left_edge.i, end, obj.i)
    # The parser often hangs "to" on a later word: read the phrase off the surface, up to the
    # next comma or the end of the sentence.
    end = to.i + 1
    while end < to.sent.end and doc[end].text not in (",", ";", ":", "—") and not (
        doc[end].is_punct and end + 1 >= to.sent.end
    ) and not doc[end].is_space:
        end += 1
    if end == to.i + 1:
        return None
    head = max(range(to.i + 1, end), key=lambda i: doc[i].pos_ in ("NOUN", "PROPN"))
    return Phrase(to.i + 1, end, head)


_DASHES = frozenset({"—", "–", "-", "--"})
_CLOSING_MARKS = frozenset({"”", "\"", "’", "»", "''"})
_OPENING_MARKS = frozenset({"“", "\"", "«", "``"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _subjects(doc: Doc, verb: Token) -> list[Token]:
    """The verb's subjects, a dateline the parser took for one ("OSLO — Prime Minister Erna
    Dahl promised") replaced by the phrase after its dash that the parser hung on it."""
    found = []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    inverted = trailing_inverted(doc, verb) if subjects else None
    if inverted is not None:
        return [inverted]  # "“...,” said A, reports the Gazette": the Gazette's frame
    for subj in subjects:
        dash = _dateline(doc, subj, verb)
        if dash is None:
            found.append(subj)
            continue
        after = [c for c in subj.children
                 if c.i > dash and c.dep_ in ("appos", "conj", "dep", "compound")]
        # A title-case "dateline" with nothing after its dash and no other subject may be a
        # name with a bracket ("Kasich (R) – ..."): it stays.
        keep = not after and len(subjects) == 1 and not subj.text.isupper()
        found.extend([subj] if keep else after)
    if not found:
        inverted = _object_after_quotation(doc, verb) or trailing_inverted(doc, verb)
        if inverted is not None:
            found.append(inverted)
    return found




def trailing_inverted(doc: Doc, verb: Token) -> Token | None:
    """"The harbour master noted that the pier was unsafe, reported the Harbour Gazette.":
    a verb of saying after a comma at the end of its sentence, with no subject and a name
    after it that ends the sentence, is an inverted frame of the whole sentence before the
    comma; the parser makes the name its object and the verb a complement of the clause
    before.  The name is the speaker.  Likewise after a quotation's own inverted frame
    ("“The pier is unsafe,” said Ann Berg, a pilot, reports the Gazette."), where the parser
    makes the inner speaker the verb's subject, or its clause the verb's complement, and the
    name after the verb a modifier or second subject.  Not a verb whose object may be its
    addressee ("..., told the Gazette."), nor a verb with a clause of its own after it or one
    that is no frame ("“...,” says the mayor.": the mayor is its plain subject)."""
    if verb.tag_ not in _FINITE or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    if verb.lemma_.lower() not in grammar.QUOTE_VERBS - grammar.ADDRESSING_VERBS:
        return None
    if any(c.dep_ in ("nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    inner = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(c.i > verb.i or c.lemma_.lower() not in grammar.QUOTE_VERBS or not any(
        d.dep_ == "nsubj" for d in c.children
    ) for c in inner):
        return None  # "“...,” says the mayor.": the verb's own clause, no frame around it
    after = [c for c in verb.children if c.dep_ in ("nsubj", "npadvmod")
             and c.left_edge.i == verb.i + 1]
    obj: Token | None = None
    if after and verb.head.i == verb.i and (inner or any(
        c.dep_ == "nsubj" and c.i < verb.i for c in verb.children
    )):
        # "“...,” said Ann Berg, a pilot, reports the Gazette.": the parser hangs the
        # paper on the verb it follows as a modifier or second subject, the inner frame's
        # speaker or clause before it.
        obj = after[0]
    else:
        if verb.head.i >= verb.i or verb.dep_ not in ("ccomp", "conj", "parataxis") or any(
            c.dep_ == "nsubj" for c in verb.children
        ):
            return None
        obj = next((c for c in verb.children
                    if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)
    if obj is None or (obj.pos_ != "PROPN" and obj.ent_type_ not in ("ORG", "PERSON")):
        return None
    rest = doc[obj.right_edge.i + 1 : verb.sent.end]
    return obj if all(t.is_punct or t.is_space for t in rest) else None


def _opened(doc: Doc, start: int) -> bool:
    """A clause starting at ``start`` opens with a quotation mark."""
    return doc[start].text in _OPENING_MARKS or (
        start > 0 and doc[start - 1].text in _OPENING_MARKS)


def _object_after_quotation(doc: Doc, verb: Token) -> Token | None:
    """"“The harbour is a disgrace,” added a retired fisherman.", "“We will not give up,”
    tweeted another.": after a quotation the speaker follows the verb, and the parser, finding
    no subject, makes it the verb's object.  A finite verb right after the quotation's
    closing mark and comma, with the quoted clause before it and no subject, is said by the
    noun phrase that follows it."""
    if verb.tag_ not in _FINITE or verb.i < 2:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    before = {doc[verb.i - 1].text, doc[verb.i - 2].text}
    if not (before & _CLOSING_MARKS and "," in before):
        return None
    if not any(c.dep_ == "ccomp" and c.i < verb.i and _opened(doc, c.left_edge.i)
               for c in verb.children):
        return None  # "Sanders declares ‘revolution,’ ignores losses": no quoted clause
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1
               and c.pos_ in ("NOUN", "PROPN", "PRON")]
    return objects[0] if objects else None


def _dateline(doc: Doc, subj: Token, cue: Token) -> int | None:
    """The dash after a dateline ("WASHINGTON —", "BERLIN (AP) —", "DES MOINES, Iowa, Jan. 3
    —") that the parser took for the subject: an upper-case word opening its line, then only
    capitalised words, numbers and punctuation up to a dash before the cue.  A place written
    in title case is a dateline only with its agency in brackets ("Washington (AFP) –")."""
    if not (len(subj.text) > 1 and subj.is_alpha and (subj.text.isupper() or subj.is_title)):
        return None
    first = subj.left_edge.i
    if first > 0 and "\n" not in doc[first - 1].text_with_ws and first != subj.sent.start:
        return None
    for i in range(subj.i + 1, min(cue.i, subj.i + 10)):
        token = doc[i]
        if token.text in _DASHES:
            # "(AFP) –", closed before the dash: not the hyphen of "Sen. Erna Dahl (D-NY) told".
            bracketed = doc[i - 1].text == ")" and any(t.text == "(" for t in doc[subj.i : i])
            return i if subj.text.isupper() or bracketed else None
        if not (token.is_punct or token.text[:1].isupper() or token.is_digit):
            return None
    return None


def _best_subject(doc: Doc, subjects: list[Token], verb: Token) -> Token:
    """Of a verb's subjects, two meaning a mis-parse ("people with knowledge of it said"): the
    noun, and not one a comma parts from the verb ("Speaking in Salem, New Hampshire, Trump
    went after Bush, calling him ...": Trump); else the first.  A name beats a stray piece
    the parser split off ("Ushahidi co-founder Erik Hersman said" gives "co", "-"
    and "Hersman" as three subjects)."""
    split = any(s.whitespace_ == "" and s.i + 1 < len(doc) and doc[s.i + 1].text == "-"
                for s in subjects)
    return min(subjects, key=lambda s: (
        _abbreviated_title_of(doc, s, subjects),
        len(subjects) > 1 and not _trailing_frame(doc, s, verb, subjects),
        s.pos_ == "PRON",
        _comma_after(doc, s, verb),
        split and s.ent_type_ not in ("PERSON", "ORG"),
        s.i,
    ))


def _abbreviated_title_of(doc: Doc, subj: Token, subjects: list[Token]) -> bool:
    """'"...," said Capt. Ana Dahl, a skipper.': the tokenizer splits the point off "Capt."
    and the parser makes the title one subject and the name after the point another; the
    title is the name's, not a speaker of its own."""
    point = subj.i + 1
    if point + 1 >= len(doc) or doc[point].text != "." or subj.whitespace_:
        return False
    if f"{subj.lower_}." not in roles.TITLE_WORDS | roles.HONORIFICS:
        return False
    return any(other.left_edge.i == point + 1 for other in subjects if other is not subj)


def _trailing_frame(doc: Doc, subj: Token, verb: Token, subjects: list[Token]) -> bool:
    """"His final assessment: “It's not quite hopeless,” he said.", "The web has made it easy
    for people with odd ideas to organize, she said.": a subject set off by a comma or a
    closing quotation mark just before its verb is the frame's, the one speaking; another
    subject the parser gave the verb lies inside or before what was said, with a verb of its
    clause between (not a list of subjects: "45% of Republicans, 28% of independents ...
    say")."""
    start = subj.left_edge.i
    if start == 0 or subj.i > verb.i:
        return False
    before = doc[start - 1]
    if before.text != "," and before.text not in _CLOSING_MARKS:
        return False
    if not all(_skippable(doc[k]) for k in range(subj.right_edge.i + 1, verb.i)):
        return False
    return all(
        other.i == subj.i or (other.i < start and any(
            doc[k].pos_ in ("VERB", "AUX") for k in range(other.i + 1, start)))
        for other in subjects
    )


def _comma_after(doc: Doc, subj: Token, cue: Token) -> bool:
    """The subject's phrase is followed by a comma before the cue: an introductory place or
    an aside, not the subject, when the verb has another."""
    after = subj.right_edge.i + 1
    return after < cue.i and doc[after].text == ","


def _antecedent_mention(doc: Doc, relative: Token, mention_at: Mapping[int, Mention]
                        ) -> Mention | None:
    """The named actor a relative pronoun's clause hangs on ("Mr. Abdi, who said")."""
    clause = relative.head
    if clause.dep_ != "relcl" or clause.head.i >= relative.i:
        # "BP was led by Tony Hayward who, on his appointment, said": the parser made the
        # clause the sentence's root, but "who" right after a person's name is that person
        before = relative.i - 1
        mention = mention_at.get(before) if relative.lower_ in ("who", "whom") else None
        return mention if mention is not None and mention.kind == "person" else None
    mention = mention_at.get(clause.head.i)
    if mention is None and clause.head.dep_ == "appos" and relative.lower_ in ("who", "whom"):
        # "Ian Berg, a professor of geology who has been arguing that ...": the clause hangs
        # on the description set beside the name, and the one who argues is the named person
        named = mention_at.get(clause.head.head.i)
        return named if named is not None and named.kind == "person" else None
    return mention if mention is not None and mention.kind in ("person", "org", "group",
                                                               "country") else None


def _set_off_participle(doc: Doc, subj: Token, cue: Token) -> bool:
    """"Responding to calls for X, Adm Mike Mullen, chairman of ..., told": the parser may
    make the opening participle's clause the subject; a participle set off by a comma before
    the cue is a circumstance, and the name after it speaks."""
    return subj.tag_ == "VBG" and subj.i < cue.i and subj.left_edge.i == subj.i and any(
        doc[k].text == "," for k in range(subj.i + 1, min(subj.right_edge.i + 2, cue.i)))


def _misparsed(doc: Doc, subj: Token, cue: Token) -> bool:
    """A relative pronoun, or a pronoun right after a preposition ("about it said"); not the
    subject of an absolute participle ("..., with officials warning it could reach ...")."""
    if subj.lower_ in grammar.RELATIVE_PRONOUNS:
        return True
    if cue.tag_ == "VBG" and subj.head.i == cue.i and subj.i > 0 and \
            doc[subj.i - 1].lower_ in _ABSOLUTE_PREPOSITIONS:
        return False
    return subj.i < cue.i and subj.i > 0 and doc[subj.i - 1].pos_ == "ADP"


def _climb(token: Token, cue: Token) -> Token:
    """The highest ancestor of ``token`` still left of the cue: the whole subject phrase."""
    while token.head.i != token.i and token.head.i < cue.i and token.head.sent == cue.sent:
        token = token.head
    return token


def _extend_to_cue(doc: Doc, end: int, cue: Token) -> int:
    """Let a subject the parser cut short run on to the cue ("people with knowledge" + "of it")."""
    j = end
    while j < cue.i and not _skippable(doc[j]) and not doc[j].is_punct:
        j += 1
    k = j
    while k < cue.i and _skippable(doc[k]):
        k += 1
    if any(t.pos_ == "VERB" for t in doc[end:j]):
        return end  # "... sighed in frustration today and told": an act of its own
    if end < j and _when_said(doc[end]):
        return end  # "The presidential commission on Wednesday said": when, not who
    return j if k == cue.i else end


def _skippable(token: Token) -> bool:
    return token.pos_ in ("ADV", "AUX", "PART") or token.lower_ in grammar.FLOATING_WORDS


def _before_cue(doc: Doc, cue: Token) -> int | None:
    i = cue.i - 1
    while i >= cue.sent.start and _skippable(doc[i]):
        i -= 1
    return i if i >= cue.sent.start else None


def _glued_name(
    doc: Doc, subjects: list[Token], cue: Token, mention_at: Mapping[int, Mention]
) -> Phrase | None:
    """"Badly managed distributions can mean the most needy go without Adrien Tomarchio, of
    French agency Acted, told the BBC ...": a crosshead run into the next sentence, so that the
    parser makes the cue a conjunct (with no conjunction) of the crosshead's verb and gives it
    the crosshead's subject, a thing.  The name set off just before the cue speaks."""
    if cue.dep_ != "conj" or cue.head.i >= cue.i or not subjects:
        return None
    if any(c.dep_ == "cc" and cue.head.i < c.i < cue.i for c in cue.head.children):
        return None  # "... mean X and told": a true coordination
    subject = subjects[0]
    if subject.i >= cue.head.i or subject.i in mention_at or subject.pos_ != "NOUN":
        return None
    before = _before_cue(doc, cue)
    if before is None or doc[before].text != ",":
        return None
    named = _appositive_name(doc, before, cue, mention_at)
    if named is None or named.start <= cue.head.i or named.head not in mention_at:
        return None
    return named if mention_at[named.head].kind == "person" else None


def _appositive_name(
    doc: Doc, comma: int, cue: Token, mention_at: Mapping[int, Mention]
) -> Phrase | None:
    """"Kayhan, a Tehran newspaper that ..., asked": the name the appositive hangs on."""
    best: Phrase | None = None
    for i in range(cue.sent.start, comma):
        mention = mention_at.get(i)
        if mention is None or mention.kind not in ("person", "org", "group"):
            continue
        end = i + 1
        while end < comma and mention_at.get(end) is mention:
            end += 1
        if i > 0 and mention_at.get(i - 1) is mention:
            continue  # not the first token of the mention
        start = i - 1 if i > 0 and doc[i - 1].lower_ in roles.HONORIFICS else i
        if end == comma and start > 0 and doc[start - 1].text == ",":
            # "In a statement to the Herald, his senior adviser, Tom Berg, said": the name
            # set off just before the cue names the one speaking.
            return Phrase(start, end, end - 1)
        if end < comma and doc[end].text == ",":
            best = Phrase(start, end, end - 1)
    return best


def _phrase_for(doc: Doc, subj: Token, cue: Token, mention_at: Mapping[int, Mention]) -> Phrase:
    """The subject as written, cut before an appositive; a role with a named appositive yields
    the name ("his Iranian counterpart, Hassan Rouhani")."""
    names = [c for c in subj.children if c.dep_ == "appos" and c.i in mention_at]
    if subj.i not in mention_at and names:
        name = names[0]
        return Phrase(name.left_edge.i, _cut(doc, name, cue), name.i)
    start = subj.left_edge.i
    while start < subj.i and doc[start].dep_ == "cc":
        start += 1
    while start < subj.i and _run_in(doc[start], doc[start + 1]):
        start += 1
    start = _title_before(doc, start)
    start = _after_relatives_noun(doc, start, subj)
    end = _cut(doc, subj, cue)
    if subj.i < cue.i:
        end = _extend_to_cue(doc, end, cue)
    return Phrase(start, end, subj.i)


def _after_relatives_noun(doc: Doc, start: int, subj: Token) -> int:
    """Where a plural speaker starts after "a" and a singular noun the parser ran into it:
    "..., a move port officials said they have not taken" is "a move [that] port officials
    said ...", a relative clause without "that" on an appositive noun, and "a" goes with no
    plural; the speakers are "port officials", after the noun."""
    if subj.tag_ not in ("NNS", "NNPS") or doc[start].lower_ not in ("a", "an"):
        return start
    noun = next((k for k in range(start + 1, subj.i) if doc[k].tag_ == "NN"), None)
    if noun is None or doc[noun].lower_ in grammar.CARDINALS:
        return start  # "a dozen officials said": a number, no noun of its own
    return noun + 1


_TITLE_OPENERS = frozenset({"retired", "former", "acting", "deputy", "then", "then-"})


def _title_before(doc: Doc, start: int) -> int:
    """"..., retired Coast Guard Adm. Thad Allen said": the parser hung the title before the
    name elsewhere (here on the verb of the content), so the subject's subtree starts at the
    name; the title run just before it (title words, the capitalised words of its body, an
    opener such as "retired") is the speaker's still.  Only where the word before the name is a
    title word."""
    if start == 0 or doc[start - 1].lower_ not in roles.TITLE_HEADS:
        return start  # "Adm.", "President"; not "of" ("the proportion of harbour voters")
    first = start - 1
    while first > 0:
        word = doc[first - 1]
        if word.is_punct or word.is_space or word.is_sent_end:
            break
        if not (word.lower_ in roles.TITLE_HEADS or word.lower_ in _TITLE_OPENERS
                or (word.is_title and word.pos_ == "PROPN")):
            break
        first -= 1
    return first


def _run_in(word: Token, after: Token) -> bool:
    """"... described as 'historic' in scale Aid agencies say": a caption run into the next
    sentence without its full stop; a lower-case common noun before a capitalised common noun
    (not a name: "senior Pentagon officials") is the caption's last word, not the speaker's."""
    return (word.dep_ == "compound" and word.tag_ == "NN" and word.is_lower and word.is_alpha
            and after.tag_ in ("NN", "NNS") and after.is_title and not after.ent_type_)


def _cut(doc: Doc, subj: Token, cue: Token) -> int:
    """Where the subject phrase ends: before a comma, a dash or a bracket, and before the first
    word that is not its own: "Iranian analysts and politicians have pointed to three
    examples ...: the release of ..." (the parser hangs the list after the colon on "analysts",
    so the subject's subtree spans "have pointed"; the phrase still ends before "have")."""
    end = subj.right_edge.i + 1
    own = {t.i for t in subj.subtree}
    for j in range(subj.i + 1, end):
        if doc[j].text in (",", ";", "—", "–", "(") or j == cue.i or j not in own:
            end = j
            break
        if _when_said(doc[j]) and (doc[j].head.i == subj.i or (
                doc[j].head.i in own and doc[j].head.tag_ not in ("VBN", "VBG")
                and doc[j].right_edge.i + 1 == cue.i)):
            # "The presidential commission on Wednesday blamed ...": when, not who; so too
            # a time the parser hung on a word inside the phrase, right before the cue ("A
            # team of government and independent experts on Thursday released ..."), but not
            # a participle's own time ("a report released earlier this week found")
            end = j
            break
        if doc[j].dep_ == "acl" and doc[j].head.i == subj.i and any(
            c.dep_ == "cc" and c.i > j for c in subj.children
        ):
            # "One of the doctors we work with sighed in frustration and told me ...": a verb
            # the parser hung on the subject, with the conjunction before the cue hung there
            # too, is the subject's first act, not a description of it
            end = j
            break
    # "Aid agencies - and some governments - have complained", parsed as two subjects: the
    # first does not end on the conjunction before the second.
    while end > subj.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    return end


def _when_said(token: Token) -> bool:
    """A time hung on the speaker's noun: "on Wednesday", "last week", "yesterday"; from its
    first word too ("BP last night said ...", "The ministry this morning said ..."): the
    "last" or "this" of a time noun hung on the verb, read so, had made "BP last night" a
    speaker apart from BP."""
    head = token.head
    if (token.dep_ in ("amod", "det") and token.i < head.i and token.ent_type_ in ("DATE", "TIME")
            and head.ent_type_ in ("DATE", "TIME") and head.dep_ == "npadvmod"):
        token = head
    if token.dep_ == "prep":
        return any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in token.children)
    return token.dep_ in ("npadvmod", "advmod", "nmod") and token.ent_type_ in ("DATE", "TIME")


def _split_coordination(
    doc: Doc, subj: Token, cue: Token, mention_at: Mapping[int, Mention]
) -> list[Phrase]:
    """"President Trump and his Iranian counterpart, Hassan Rouhani, both said": two speakers,
    but "Iranian analysts and politicians said" stays one group, and so does a name with its
    own "and" that the parser read as two ("The US National Oceanic and Atmospheric
    Administration said", "Bosnia and Herzegovina said"): conjuncts inside one mention are
    one speaker, not the same actor twice with the quote twice under it."""
    whole = _phrase_for(doc, subj, cue, mention_at)
    conjuncts = [c for c in subj.children if c.dep_ == "conj"]
    if not conjuncts:
        return [whole]
    first_end = min(c.left_edge.i for c in conjuncts)
    while first_end > subj.i + 1 and (
        doc[first_end - 1].dep_ == "cc" or doc[first_end - 1].is_punct
    ):
        first_end -= 1
    parts = [Phrase(subj.left_edge.i, first_end, subj.i)]
    parts.extend(_phrase_for(doc, c, cue, mention_at) for c in conjuncts)
    if all(p.head in mention_at for p in parts) and len(
            {(mention_at[p.head].start, mention_at[p.head].end) for p in parts}) == len(parts):
        return parts
    return [Phrase(whole.start, max(whole.end, *(p.end for p in parts)), subj.i)]


_SEPARATORS = frozenset({":", "-", "–", "—", "•", "*", "|"})


def trimmed(doc: Doc, phrase: Phrase) -> Phrase:
    """The phrase without the space tokens at its edges ("He\xa0", "\n\nThat"): a
    non-breaking space or a paragraph break is a token of its own in the parse.  Nor what a
    list, a chronology or a live blog sets before the name ("- BP blames ...", "May 9 - BP
    says ...", "6.07 pm: Hayward says ..."), nor a stage direction after it ("Hayward
    (unamused): ...", "Hayward glumly: ...")."""
    start, end = phrase.start, phrase.end
    head = min(max(phrase.head, start), end - 1)
    for i in range(start, head):
        if doc[i].text in _SEPARATORS and doc[i].whitespace_ and (
                i == 0 or doc[i - 1].whitespace_):  # set apart: not "two-term", "10:30"
            start = i + 1
    for i in range(head + 1, end):
        if doc[i].text == ":" or (doc[i].text == "(" and i + 1 < len(doc)
                                  and doc[i + 1].is_lower):  # not "the union (STU)"
            end = i
            break
    while end > head + 1 and doc[end - 1].pos_ == "ADV" and doc[end - 1].lower_.endswith("ly"):
        end -= 1
    while start < end - 1 and doc[start].is_space:
        start += 1
    while end > start + 1 and doc[end - 1].is_space:
        end -= 1
    return Phrase(start, end, min(max(phrase.head, start), end - 1))


_HYPHENS = frozenset({"-", "‐", "–"})


def speaker_actor(reading: Reading, phrase: Phrase) -> str | None:
    """The actor a speaker phrase names: a name by its mention; "he", "the newspaper" and "the
    president" by the article's references."""
    doc, references = reading.doc, reading.references
    end = phrase.end
    if end - phrase.start > 1 and doc[end - 1].lower_ in grammar.RELATIVE_PRONOUNS:
        end -= 1  # "the star journalist, who": the description before the pronoun
        while end - phrase.start > 1 and doc[end - 1].is_punct:
            end -= 1
    tokens = doc[phrase.start : end]
    words = [t.lower_ for t in tokens]
    if len(words) == 1 and words[0] in grammar.PERSON_PRONOUNS:
        gender = "m" if words[0] in grammar.MALE_PRONOUNS else "f"
        if references.described_before(phrase.start, gender) is not None:
            return None  # "according to one oil analyst ...: “...,” he added": no one named
        return references.person_before(phrase.start, gender)
    if len(words) == 2 and words[0] == "the" and words[1] in lexicon.BUSINESS_NOUNS:
        return references.company_before(phrase.start)
    if len(words) == 2 and words[0] == "our" and roles.sector_of(words[1]) == "JRN":
        return references.own_reporter_before(phrase.start)  # "Our correspondent says"
    if len(words) == 2 and words[0] == "the" and words[1] in lexicon.SPEAKER_ORGANISATION_NOUNS:
        last = references.org_before(phrase.start)
        if words[1] in roles.GOVERNMENT_NOUNS and last is not None:
            # "The government also asked ...": a poll's outlets or a firm named before are no
            # government; only a body of government is
            body = reading.actor_by_id.get(last)
            return last if body is not None and body.sector == "GOV" else None
        return last
    if len(words) == 1 and words[0] in grammar.RELATIVE_PRONOUNS:
        found = _antecedent_mention(doc, tokens[0], reading.mention_at)
        return found.actor if found is not None else None
    named = _named_before_of(reading, phrase.start, end) or \
        _named_after_title(reading, phrase.head, end) or \
        _named_after_field_title(reading, phrase.start, end)
    if named is not None:
        return named
    mention = reading.mention_at.get(phrase.head)
    if mention is not None and phrase.start <= phrase.head < end:
        return mention.actor
    shouted = _shouted_person(reading, tokens)
    if shouted is not None:
        return shouted
    if doc[phrase.head].lower_ in lexicon.ATTRIBUTION_NOUNS or \
            doc[phrase.head].lemma_.lower() in lexicon.ATTRIBUTION_NOUNS:
        author = _author_of(reading, phrase.head, end)
        if author is not None:
            return author
    # "the president", "the veteran senator", "the two-term president" (a hyphenated
    # compound counts as one word)
    if words and words[0] == "the" and 2 <= sum(t.text not in _HYPHENS for t in tokens) <= 4 \
            and all(t.pos_ in ("ADJ", "NOUN", "PROPN", "DET", "NUM") or t.text in _HYPHENS
                    for t in tokens):
        return references.titled_before(phrase.start, doc[phrase.head].lower_)
    return None


def _shouted_person(reading: Reading, tokens: Span) -> str | None:
    """A transcript labels its speakers in capitals ("HOLM: I think the company ...", "ANDERS
    HOLM, FORMER GOVERNOR: ..."), words the model seldom reads as a name; the label is the one
    person the article names in ordinary case whose full name or surname it spells."""
    words = [t.text for t in tokens if t.is_alpha]
    if not words or not all(w.isupper() and len(w) > 1 for w in words):
        return None
    label = " ".join(words).lower()
    found = {a.id for a in reading.actors if a.kind == "person" and (
        a.name.lower() == label or a.name.lower().split()[-1] == label)}
    return found.pop() if len(found) == 1 else None


def _named_before_of(reading: Reading, start: int, end: int) -> str | None:
    """"Jean Dupont of French agency Acted said": a person named first and then placed in an
    organisation by "of", or described in apposition after a comma, is the one speaking,
    however the parser hung the phrase (here on the organisation, read as the subject)."""
    doc = reading.doc
    i = start
    while i < end and (doc[i].lower_ in roles.HONORIFICS or doc[i].lower_ == "the"):
        i += 1
    mention = reading.mention_at.get(i)
    if mention is None or mention.kind != "person":
        return None
    j = i
    while j < end and reading.mention_at.get(j) is mention:
        j += 1
    if j < end and doc[j].lower_ == "of":
        return mention.actor
    # "Sean Malloy, a hydrologist with the Water Service in Bremen, said": a person named
    # first and then described in apposition is the one speaking, whatever word of the
    # description the parser made the phrase's head (here the city, a place)
    described = j + 1 < end and doc[j].text == "," and (
        doc[j + 1].lower_ in ("a", "an", "the") or doc[j + 1].is_lower)
    return mention.actor if described else None


def _named_after_title(reading: Reading, head: int, end: int) -> str | None:
    """"Harbour Workers Federation president and CEO Lena Dahl says ...": a title set before a
    person's name, the parser hanging the phrase on the title ("president", with "CEO Lena
    Dahl" its conjunct), names the person the phrase ends on.  Not where a preposition or a
    possessive comes between the title and the name: "a spokesman for Senator Jane Roe", "an
    adviser to President Obama" speak for someone else."""
    doc = reading.doc
    last = reading.mention_at.get(end - 1)
    if last is None or last.kind != "person":
        return None
    first = end - 1
    while first > 0 and reading.mention_at.get(first - 1) is last:
        first -= 1
    title = doc[head].lower_
    if not head < first or title not in roles.TITLE_HEADS | roles.ROLE_NOUNS:
        return None
    between = doc[head + 1 : first]
    if any(t.pos_ == "ADP" or t.tag_ == "POS" or t.text in grammar.POSSESSIVE_ENDINGS
           for t in between):
        return None
    return last.actor


def _named_after_field_title(reading: Reading, start: int, end: int) -> str | None:
    """"said Norvik senior vice president for operations Nils Aas": a title and its field (a
    preposition and lower-case nouns, "for exploration and production", "of marketing") set
    right before a person's name name that person, though the parser hangs the phrase on the
    company before the title.  The field must be bare nouns: "a spokesman for Mayor Tomas
    Berger" speaks for the mayor, and is not him."""
    doc = reading.doc
    last = reading.mention_at.get(end - 1)
    if last is None or last.kind != "person":
        return None
    first = end - 1
    while first > start and reading.mention_at.get(first - 1) is last:
        first -= 1
    k = first - 1
    while k > start and ((doc[k].is_lower and doc[k].pos_ == "NOUN") or doc[k].lower_ == "and"):
        k -= 1
    if k == first - 1 or doc[k + 1].lower_ == "and" or doc[k].lower_ not in ("for", "of"):
        return None
    title = doc[k - 1] if k - 1 >= start else None
    if title is None or title.lower_ not in roles.TITLE_HEADS | roles.ROLE_NOUNS:
        return None
    return last.actor


def _author_of(reading: Reading, head: int, end: int) -> str | None:
    """"A statement from President Nicolas Sarkozy on Tuesday said ...": a document or
    utterance speaks for the person or organisation it comes from ("from", "by", "of"), or
    whose it is: "Varga's past comments include ... asserting that ..." are Varga's."""
    doc = reading.doc
    for owner in doc[head].children:
        mention = reading.mention_at.get(owner.i)
        if owner.dep_ == "poss" and mention is not None and mention.kind in (
                "person", "org", "country", "group"):
            return mention.actor
    for prep in doc[head].children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "by", "of") or prep.i >= end:
            continue
        for obj in prep.children:
            mention = reading.mention_at.get(obj.i)
            if obj.dep_ == "pobj" and mention is not None and mention.kind in (
                "person", "org", "country", "group"
            ):
                return mention.actor
    return None

