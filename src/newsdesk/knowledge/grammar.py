"""Closed-class words the extractors read clauses with: one set per concept, kept in code.

These are the function words of English and the few lexical words that behave like them in a
clause (verbs of saying, governors that set the reality of an infinitive), as opposed to the
open-ended tables of ``data/`` (places, organisations, titles, the PLOVER lexicon).  Each set is
defined once, here, and the stages import it.  Where two stages need different sets for what
looks like one concept, both are here side by side under names saying what each one is for,
with the reason they differ (merging them was measured to change what the stages report).

All words are lower case, as ``Token.lower_`` or ``Token.lemma_.lower()`` gives them; both
apostrophes are listed where the tokenizer keeps them ("'ll", "’ll").
"""

from __future__ import annotations

# ---------------------------------------------------------------- pronouns

MALE_PRONOUNS: frozenset[str] = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS: frozenset[str] = frozenset({"she", "her", "hers", "herself"})
PERSON_PRONOUNS: frozenset[str] = MALE_PRONOUNS | FEMALE_PRONOUNS
THING_PRONOUNS: frozenset[str] = frozenset({"it", "its", "itself"})
PLURAL_PRONOUNS: frozenset[str] = frozenset({"they", "them", "their"})
REFLEXIVE_PRONOUNS: frozenset[str] = frozenset(
    {"himself", "herself", "itself", "themselves", "oneself", "ourselves"}
)
# Pronouns that can hold a stance as the subject of a stance word ("he is open to talks"):
# the stance is the speaker's when they stand inside his quotation.
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "i", "we"})
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that", "whom"})
# Subjects with no one behind them: "it is clear that ...", "this is sure to ...".
EXPLETIVE_SUBJECTS: frozenset[str] = frozenset({"it", "this", "that", "there"})
# Words that open a clause inside a noun phrase ("Abbas Abdi, a leader who ..."): an
# appositive describing a name ends there.
CLAUSE_OPENERS: frozenset[str] = RELATIVE_PRONOUNS | {"whose", "where", "when"}

# Capitalised words that open a sentence a scrape ran into the one before it with no full stop
# ("... washed oil over them Some controlled burning has taken place"): in lower case after a
# word in lower case and before one, they start a sentence.  Not "A" or "I" ("hepatitis A
# vaccine"), prepositions ("In re", "About the Author") or possessives ("for His forgiveness").
# Words that, capitalised right after a capitalised word and before a word in lower case,
# start a sentence a scrape ran into a caption ending on a name ("... in Port-au-Prince She
# said", "... in Port-au-Prince The leading US general has said"): never inside a sentence.
# Not "I" (always capitalised) nor "It" (it opens titles: "Make It Count").
GLUED_AFTER_NAMES: frozenset[str] = frozenset({"he", "she", "they", "we", "the"})
# The same before a finite verb or a modal only ("... washing up in Lakeside It would also
# study ..."): a title's "It" comes before a capital ("Make It Count", "Let It Be").
GLUED_AFTER_NAMES_BEFORE_VERBS: frozenset[str] = frozenset({"it"})
# Capitalised articles that, after a word in lower case, start a sentence a scrape ran into a
# caption or headline before a name, an acronym, a number or an open-class word ("... fuel is
# short at the port A Royal Navy ship will sail", "... a crisis of regional scale The UN
# mission has asked"): "The" only before an acronym ("told The Daily Courier", "the film The
# Long Road" are inside sentences).  Not after the nouns a letter labels
# (``LETTER_LABELS``), nor after a closed-class word, verb or preposition (``annotate``).
GLUED_ARTICLES: frozenset[str] = frozenset({"a", "an"})
GLUED_ARTICLES_BEFORE_ACRONYMS: frozenset[str] = GLUED_ARTICLES | {"the"}
# Nouns a capital letter labels ("vitamin A", "hepatitis A vaccine", "plan A", "class A drugs").
LETTER_LABELS: frozenset[str] = frozenset(
    {"vitamin", "hepatitis", "type", "class", "grade", "category", "plan", "exhibit", "point",
     "section", "part", "option", "phase", "stage", "tier", "series", "model", "size",
     "division", "league", "platform", "gate", "terminal", "annex", "appendix", "schedule",
     "level", "row", "block", "wing", "ward", "team", "unit", "route", "track", "figure"}
)
# Capitalised quantifiers that, before a number, start a sentence run into a caption that ends
# on a name or a word ("... Mayor Jean Valcourt Some 3,000 blankets arrived").
GLUED_BEFORE_NUMBERS: frozenset[str] = frozenset({"some", "about"})
# The same, of two words, the second in lower case: "... looking for food and water Up to
# 10,000 US troops will be ...", "More than 2,000 tents", "At least 40 people".
GLUED_BEFORE_NUMBERS_TWO: frozenset[tuple[str, str]] = frozenset(
    {("up", "to"), ("more", "than"), ("at", "least"), ("as", "many"), ("as", "much")}
)
# Capitalised prepositions and subordinators that, after a word in lower case and before a
# determiner, a number or a capitalised word, open a sentence a scrape ran into a caption or a
# pull quote ("... stronger in the future In a statement issued later, the minister ...",
# "... the support of local authorities On Saturday morning, an aftershock ..."); inside a
# sentence they stand in lower case.  Not "By" (a byline's "By Ana Reyes" after a headline is
# furniture, not a sentence) nor "About" ("About the Author"), and not after a verb's past form,
# which takes a title as its object ("a report titled After The Flood").
GLUED_CLAUSE_OPENERS: frozenset[str] = frozenset(
    "in on at after during since before for with from under despite while when as if".split()
)
# What follows such an opener in a sentence it opens: a determiner or a possessive ("In a
# statement", "On their way"), else a number or a capitalised word (``annotate``).
GLUED_CLAUSE_DETERMINERS: frozenset[str] = frozenset(
    "a an the this that these those his her its their our my some many most".split()
)
# Or a subject pronoun in lower case, the clause's subject ("... will deal with the spill If
# they are confirmed as ...", "... the harbour When she arrived ...").
GLUED_CLAUSE_SUBJECTS: frozenset[str] = frozenset({"he", "she", "it", "we", "they", "you"})
# Nouns that describe the name right after them ("oil giant BP", "film star Kevin Costner",
# "the new boss Bob Dudley"), beside the person, title and organisation nouns and the agentive
# endings (``GLUED_SUBJECT_AGENT_ENDINGS``): a name after them is no subject of a sentence a
# scrape glued on, but the end of their noun phrase.
DESCRIPTION_HEADS: frozenset[str] = frozenset({"giant", "boss", "star", "chief", "wife",
                                               "husband", "son", "initials"})
# Nouns of time, place, manner and reason, which take a relative clause with no "that" and no
# gap ("the moment Haiti was shaken by the quake", "the day BP announced its loss", "the way
# the firm handled it"): a name after them opens that clause, not a sentence.
BARE_RELATIVE_HEADS: frozenset[str] = frozenset(
    {"moment", "moments", "day", "days", "time", "times", "year", "years", "week", "weeks",
     "month", "months", "night", "morning", "evening", "hour", "hours", "minute", "minutes",
     "way", "ways", "reason", "reasons", "place", "places", "instant", "second", "seconds"}
)
# Endings of agent nouns in the singular ("firefighter", "contractor", "activist", "musician",
# "fireman", "consultant"), which describe a name after them as the nouns above do; a plural
# rarely does, and plurals in "-ers" are often no agents ("at BP's headquarters BP has said").
# Points of the compass, which open a place's own noun phrase ("south Louisiana", "northern
# Haiti"): read by ``actors`` (where a name lies) and ``annotate`` (no lead glued on there).
COMPASS_WORDS: frozenset[str] = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
     "north-east", "north-west", "south-east", "south-west", "northeast", "northwest",
     "southeast", "southwest"}
)
GLUED_SUBJECT_AGENT_ENDINGS: tuple[str, ...] = ("er", "or", "ist", "ian", "man", "men", "ant")
GLUED_SENTENCE_OPENERS: frozenset[str] = frozenset(
    {"the", "some", "however", "but", "it", "they", "this", "these", "those", "there", "many",
     "most", "several", "he", "she", "we", "thousands", "hundreds", "meanwhile", "also"}
)
# Capitalised participles that open a sentence on its frame ("Speaking on Saturday, the
# mayor said ...", "Writing on Twitter, ...", "According to ..."), run into a caption that
# ends on a word in lower case ("... spewing out daily Speaking on Saturday, President ...");
# inside a sentence they are never capitalised but in a title ("the Art of Speaking").
GLUED_PARTICIPLE_OPENERS: frozenset[str] = frozenset(
    {"speaking", "writing", "talking", "according", "addressing", "testifying", "responding",
     "commenting", "referring", "appearing"}
)

# Words that open a sentence before a name and that the entity model runs into it ("Neither
# Allen nor BP knew", "Later David Miliband said", "Perhaps John Sentamu"): never the first
# word of a name.  Not "Will" or "May", which are.
NAME_RUN_INS: frozenset[str] = frozenset(
    {"neither", "either", "both", "nor", "perhaps", "meanwhile", "later", "earlier", "also",
     "even", "only", "however", "instead", "yesterday", "today", "tonight", "indeed", "still",
     "overall", "separately", "nevertheless", "nonetheless", "moreover", "furthermore",
     "likewise", "similarly", "ultimately", "initially", "elsewhere",
     # interjections addressing someone: "Sorry Tony, too late ..."
     "sorry", "thanks", "congratulations", "congrats", "hello", "goodbye"}
)

# English prepositions that can open a sentence before a name ("Behind Hayward, five screens
# showed the well", "Under Obama, the agency grew"), a closed class: the entity model runs
# them into a person's name and the tagger may call them names too.  Not "Per" or "Till",
# which are given names, nor those of where (``PLACE_OPENING_PREPOSITIONS``: "Near Kalmaro,"
# opens a place, not a person).
SENTENCE_PREPOSITIONS: frozenset[str] = frozenset(
    {"about", "above", "after", "against", "alongside", "amid", "amidst", "among", "amongst",
     "before", "behind", "below", "beneath", "beside", "besides", "between", "despite",
     "during", "for", "from", "into", "like", "notwithstanding", "of", "onto", "opposite",
     "over", "past", "since", "through", "throughout", "toward", "towards", "under",
     "underneath", "unlike", "until", "upon", "with", "within", "without"}
)

# ---------------------------------------------------------------- determiners and particles

# The possessive ending as the tokenizer splits it off ("Iran's", "the Farmers'").
POSSESSIVE_ENDINGS: frozenset[str] = frozenset({"'s", "’s", "'", "’"})
# Function words a title is read without ("adviser to the president" → adviser, president).
FUNCTION_WORDS: frozenset[str] = frozenset(
    {"a", "an", "the", "of", "to", "and", "in", "at", "for", "on"}
)
# The whole closed class, as the summary's concepts are counted without it
# (``synthesize/concepts.py``): articles, pronouns, prepositions, conjunctions, auxiliaries and
# modal verbs, a few adverbs of degree and place, and the honorifics news style puts before
# names.  Wider than FUNCTION_WORDS, which are only the few a title is read without; lower-cased
# runs of letters as ROUGE tokenises, so contractions appear as their halves ("don't" → "don",
# "t").  Closed-class words only: a content word here would vanish from every concept.
STOP_WORDS: frozenset[str] = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each either else
    ever every few for from further had has have having he her here hers herself him himself
    his how however i if in into is it its itself just may me might more most much must my
    myself neither no nor not now of off on once only or other otherwise our ours ourselves out
    over own same shall she should since so some such than that the their theirs them
    themselves then there these they this those though through thus to too under until up upon
    us very was we were what when where whether which while who whom whose why will with
    within without would yet you your yours yourself yourselves
    s t d ll m re ve don didn doesn isn wasn weren aren won wouldn couldn shouldn hasn haven
    hadn
    mr mrs ms dr
    """.split()
)
# Words a group's name is given without: determiners, approximators and counts ("some of the
# thousands of demonstrators" → "demonstrators").
GROUP_NAME_DROPPED: frozenset[str] = frozenset(
    {"the", "a", "an", "some", "about", "up", "to", "more", "than", "nearly", "almost",
     "around", "over", "thousands", "hundreds", "dozens", "of", "tens", "several", "many"}
)
# Floating quantifiers and adverbs the parser may take for a speaker, or that stand between
# the speaker and the verb of saying ("A and B both said", "officials also said").
FLOATING_WORDS: frozenset[str] = frozenset(
    {"both", "all", "each", "also", "later", "then", "again"}
)
# Particles that change a verb's sense ("back down", "pull out", "call off"): a sense listed
# without a particle does not apply when one of these is attached.
SENSE_PARTICLES: frozenset[str] = frozenset(
    {"up", "down", "off", "out", "in", "back", "away", "over"}
)

# ---------------------------------------------------------------- auxiliaries and negation

FUTURE_MODALS: frozenset[str] = frozenset({"will", "shall", "'ll", "’ll", "wo"})
HYPOTHETICAL_MODALS: frozenset[str] = frozenset(
    {"would", "could", "might", "may", "should", "must", "can", "ca", "'d", "’d"}
)
MODALS: frozenset[str] = FUTURE_MODALS | HYPOTHETICAL_MODALS
# "said it would allow": in reported speech these are the future of the past.
PAST_FUTURE_MODALS: frozenset[str] = frozenset({"would", "'d", "’d"})
# "declared that China must drop barriers": saying that someone must act is asking them.
OBLIGATION_MODALS: frozenset[str] = frozenset({"must", "should"})
# "could offer", "might back": in the writer's voice, a supposition about someone, not their stance.
SUPPOSING_MODALS: frozenset[str] = frozenset({"could", "might", "may"})
# "may halt", "could impose": said by an actor of its own act, a threat.
POSSIBILITY_MODALS: frozenset[str] = frozenset({"may", "might", "could", "would"})
# Words that negate their head where the parser gives no "neg" edge: "never" (an adverb) and
# "no" (a determiner: "no talks", "would hold no meeting").
NEGATING_WORDS: frozenset[str] = frozenset({"never", "no", "neither"})
# What a verb of saying may report instead of a clause: an answer ("half said so", "75 percent
# said yes") or a pro-form for what someone else said ("said the same of Sanders", "say the
# opposite about Clinton").
ANSWER_WORDS: frozenset[str] = frozenset({"so", "yes", "no"})
PRO_FORM_NOUNS: frozenset[str] = frozenset({"same", "opposite"})

# Connectives: adverbs and phrases that link a sentence or clause to the text before it
# ("However, ...", "Even so, ...", "In fact, ...", "; meanwhile, ..."), the writer's words,
# not part of what a source said.  Word sequences, lower case.  Without "but" and "and",
# which PolNeAR keeps at a content's start ("said that but ...": part of the claim).
CONNECTIVES: frozenset[tuple[str, ...]] = frozenset(
    tuple(phrase.split()) for phrase in (
        "however", "meanwhile", "still", "even so", "in fact", "indeed", "moreover",
        "furthermore", "nonetheless", "nevertheless", "besides", "instead", "yet", "so",
        "thus", "therefore", "likewise", "similarly", "in addition", "in turn", "at the same "
        "time", "on the other hand", "of course", "after all", "in other words", "by contrast",
        "in contrast", "otherwise", "then", "also", "now", "again", "anyway", "still more",
        "as a result", "consequently", "hence", "rather", "what is more",
    )
)

# ---------------------------------------------------------------- aspect

# Adverbs that make a verb a habit or a standing stance rather than one act: "has always
# railed against", "is regularly chanted", "routinely detains".
HABITUAL_ADVERBS: frozenset[str] = frozenset(
    {"always", "regularly", "routinely", "usually", "often", "frequently", "constantly",
     "habitually", "traditionally", "long", "generally", "typically"}
)
# Words before a duration that make it a stretch of time ending at publication: "in recent
# weeks", "over the past 40 years", "in the last few days".
LOOKING_BACK_WORDS: frozenset[str] = frozenset({"recent", "past", "last", "previous"})
# Adverbials that stretch an act up to the time of writing ("the estimates offered so far",
# "has spent $40m to date"): what they modify is no act of a past day.
UP_TO_NOW: frozenset[str] = frozenset({"so far", "thus far", "to date", "until now", "up to now",
                                       "till now"})

# ---------------------------------------------------------------- condition

# Subordinators that make an event's reality depend on something ("if", "whether").
CONDITIONAL_MARKS: frozenset[str] = frozenset({"if", "unless", "whether"})
# Subordinators that attach a condition to a stance ("open to talks once sanctions are lifted").
# Wider than CONDITIONAL_MARKS ("provided", "once"), and without "whether", which asks rather
# than conditions.
CONDITION_MARKS: frozenset[str] = frozenset({"if", "unless", "provided", "providing", "once"})
# Words that open a conditional sentence, including the inverted ones ("Should talks fail",
# "Were Iran to ...").
CONDITIONAL_OPENERS: frozenset[str] = frozenset({"if", "unless", "should", "were"})
# Subordinators of a clause of time ("undecided until the mayor said she would run"): such a
# clause inside reported speech is part of what was reported, not a contrasted attribution.
TIME_MARKS: frozenset[str] = frozenset(
    {"until", "till", "before", "after", "when", "since", "once"}
)

# ---------------------------------------------------------------- governors

# Verbs and adjectives that make an infinitive under them expected, not hypothetical: "is
# expected to announce", "is poised to strike" (the event is coded as future).
EXPECTATION_GOVERNORS: frozenset[str] = frozenset(
    {"expect", "schedule", "set", "plan", "intend", "prepare", "aim", "go", "due", "poise",
     "about"}
)
# Of those, governors that look ahead only in the progressive: "is going to sign on Tuesday"
# is ahead, "went to Lindau to sign the treaty on Tuesday" is a journey and its purpose.
PROGRESSIVE_ONLY_GOVERNORS: frozenset[str] = frozenset({"go"})

# Particles written in lower case inside a person's name ("Ursula von der Leyen", "Osama bin
# Laden"): a word in lower case before a capital that does not end a sentence run on into it.
NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "da", "di", "du", "van", "von", "der", "al", "el", "bin", "ibn"}
)
# The particles a name the model cut short may end on ("Alain Le" + "Roy"), those above and
# the ones also read as words of English text in other places ("le", "den", "ben").
NAME_END_PARTICLES: frozenset[str] = NAME_PARTICLES | {"le", "la", "del", "della", "den", "ben"}


# Governors under which an infinitive looks ahead, for the tense that resolves a date ("hopes
# to meet on Tuesday" is next Tuesday).  Wider than EXPECTATION_GOVERNORS: wishes and promises
# are hypothetical as events but still point to the future for dating.
TENSE_FUTURE_GOVERNORS: frozenset[str] = EXPECTATION_GOVERNORS | {
    "be", "hope", "want", "promise", "vow", "pledge", "threaten"
}
# Verbs that order or ask for an act: the act comes after the order, so a day in the infinitive
# under them is the one nearest the article, not the one before it ("ordered the secretaries to
# visit the site on Friday", written on a Thursday, is tomorrow), whatever the order's tense.
DIRECTIVE_GOVERNORS: frozenset[str] = frozenset(
    {"order", "instruct", "direct", "ask", "tell", "urge", "invite"}
)
# Verbs of saying whose object may be the one addressed ("..., told Reuters", "..., asked the
# mayor"): never the speaker put after the verb, and in the speaker's own words "you", never a
# he, she or they.
ADDRESSING_VERBS: frozenset[str] = frozenset(
    {"tell", "ask", "urge", "warn", "promise", "caution", "remind"}
)
# Participles that may take an infinitive of their own: "a witness summoned by the prosecutors
# to testify", "chemicals used by chipmakers to etch wafers".  Any other participle with an
# agent and an infinitive hung on it ("the coast devastated by the spill to urge ...") is the
# parser's misreading of a purpose of the clause above.
INFINITIVE_PARTICIPLES: frozenset[str] = (
    DIRECTIVE_GOVERNORS | EXPECTATION_GOVERNORS
    | {"use", "force", "require", "allow", "permit", "encourage", "persuade", "pressure",
       "authorize", "authorise", "empower", "elect", "appoint", "choose", "pick", "hire", "send",
       "summon", "call", "compel", "oblige", "mandate", "advise", "commission", "task", "charge",
       "employ", "train", "recruit", "deploy", "dispatch", "assign", "designate", "name",
       "nominate", "design", "build", "make", "pay", "fund", "give", "bring", "need", "want",
       "mean", "intend", "create", "establish", "form", "set", "organise", "organize"}
)
# Verbs and adjectives a time hangs from through "for" when it is the time something is
# booked for: "hearings were set for Tuesday" is the Tuesday nearest the article, whatever the
# tense of the booking.
SCHEDULING_GOVERNORS: frozenset[str] = frozenset(
    {"schedule", "reschedule", "set", "slate", "plan", "book", "due"}
)
# Verbs of forecasting: in the passive, what they bring is the time the thing forecast falls on
# ("High seas were forecast through Sunday", "Rain is predicted for Monday"), which lies ahead
# of the forecast, whatever the tense it is told in (``extract.times``).
FORECASTING_VERBS: frozenset[str] = frozenset({"forecast", "predict", "project", "expect"})
# Prepositions that look ahead to the happening a day's possessive names ("markets wait ahead
# of Tuesday's vote", "crews prepare for Friday's launch"): without one, a day's happening
# named under a present-tense verb is one already past ("the toll from Tuesday's quake is
# rising", ``extract.times``).
ANTICIPATING_PREPOSITIONS: frozenset[str] = frozenset(
    {"ahead", "before", "for", "until", "till", "toward", "towards", "to", "into"}
)
# Verbs that name a work by its title: what the quoted title says happens in no one's act ("a
# hearing titled: \u201cHave Liability Caps Encouraged Irresponsible Behaviour?\u201d").
TITLING_VERBS: frozenset[str] = frozenset({"title", "entitle", "headline", "subtitle"})
# Governors that make what they govern wished, tried or possible, not done.
HYPOTHETICAL_GOVERNORS: frozenset[str] = frozenset(
    {"want", "hope", "wish", "try", "seek", "attempt", "consider", "contemplate", "weigh",
     "like", "prefer", "need", "have", "able", "willing", "ready", "open", "likely", "unlikely",
     "possible", "opportunity", "chance", "option"}
)
# Verbs whose clause is their subject's doubt, question or fear about someone else: "supporters
# question whether she truly opposes the deal", "worry that she might support a vote".
DOUBTING_GOVERNORS: frozenset[str] = frozenset(
    {"question", "wonder", "ask", "doubt", "worry", "fear", "speculate"}
)
# Governors that deny what they govern: "failed to agree", "refused to meet".
NEGATING_GOVERNORS: frozenset[str] = frozenset(
    {"fail", "refuse", "decline", "avoid", "delay", "postpone", "stop", "cease", "deny",
     "unable"}
)
# Governors that narrate an act instead of reporting a thought: how far it has got ("began
# speaking", "continues to grow", "stopped trying"), whether it came off ("managed to drag her
# out", "failed to win"), that it was a duty or a habit ("has to win a state", "used to write
# notes"), or how it turned out ("proved to be resistant", "tends to vote").  With an
# infinitive or a gerund the subject neither says nor believes anything: an attribution, if
# any, is the governed verb's ("have begun urging the party to ...": urging).
ASPECTUAL_GOVERNORS: frozenset[str] = frozenset(
    {"begin", "start", "continue", "keep", "resume", "finish", "stop", "cease", "quit",
     "manage", "fail", "have", "use", "prove", "tend", "happen"}
)
# Governors of effort: "sought to calm his supporters", "is trying to rebound" narrate an
# attempt; only an infinitive that is a cue itself ("is trying to show that") attributes.
EFFORT_GOVERNORS: frozenset[str] = frozenset(
    {"try", "seek", "attempt", "struggle", "strive", "endeavor", "endeavour"}
)
# Verbs of feeling whose object feels it ("The remark worried the fishermen", "That rattled
# Lund"): the one who feels holds the attitude, and what they feel it about is its content.
EXPERIENCER_VERBS: frozenset[str] = frozenset(
    {"worry", "scare", "rattle", "anger", "intrigue", "surprise", "alarm", "frighten", "upset",
     "delight", "disappoint", "bother", "trouble", "impress", "offend", "annoy", "frustrate",
     "shock", "stun", "dismay", "infuriate", "outrage", "irritate", "unnerve", "excite",
     "thrill", "terrify", "horrify", "disturb", "baffle", "puzzle", "appall", "appal", "amuse",
     "fascinate", "enrage", "irk", "rile", "spook", "unsettle", "reassure", "sadden",
     "hearten", "madden", "anguish", "exasperate", "embarrass", "humiliate"}
)
# "is ready to contribute troops": the subject declares itself willing (an offer).
WILLING_WORDS: frozenset[str] = frozenset({"ready", "willing", "prepared", "prepare", "poised"})
# Nouns whose infinitive reports a fact, not a wish: "the decision to withdraw".
FACTUAL_NOUNS: frozenset[str] = frozenset(
    {"decision", "move", "order", "step", "bid", "effort", "attempt"}
)
# Modifiers and governors that make an event noun not (yet) real: "potential negotiations",
# "desperate for new talks".
IRREALIS_WORDS: frozenset[str] = frozenset(
    {"potential", "possible", "proposed", "planned", "future", "prospective", "eventual",
     "desperate", "eager", "keen", "hope", "want", "need"}
)

# Participles of attitude: "Israel is opposed to the plan" has the form of a passive, but its
# subject holds the attitude; it is the doer, not the one acted on.
ATTITUDE_PARTICIPLES: frozenset[str] = frozenset(
    {"opposed", "committed", "determined", "resolved", "inclined", "disposed", "dedicated"}
)
# Participles of taking part: "Serb forces were engaged in ethnic cleansing", "militias were
# involved in the attacks", "two states embroiled in a dispute" have the form of a passive, but
# the subject takes part in the act the complement of "in" names (NomBank's support verbs):
# its doer, not the one acted on.
PARTICIPATION_PARTICIPLES: frozenset[str] = frozenset({"engaged", "involved", "embroiled"})
# participles whose passive subject is the doer
DOER_PARTICIPLES: frozenset[str] = ATTITUDE_PARTICIPLES | PARTICIPATION_PARTICIPLES

# ---------------------------------------------------------------- verbs of saying

# Verbs of saying come in two sets, measured apart.  QUOTE_VERBS frame a quotation or reported
# speech ("X said", "X warned that ..."); REPORTING_VERBS are those whose complement an event is
# reported in.  Each lacks some of the other's: "suggest", "indicate", "reveal", "disclose",
# "charge" as quotation cues cost PolNeAR dev 0.2 points of content-overlap F1 (76.5 → 76.3)
# and of source F1 (72.0 → 71.8); the other thirty-one as event sources change the source of
# events in 2 of 492 articles and no PLOVER figure (left for the event coder's next revision).
QUOTE_VERBS: frozenset[str] = frozenset(
    {"say", "tell", "add", "ask", "write", "tweet", "announce", "state", "warn", "insist",
     "argue", "claim", "note", "explain", "reiterate", "declare", "acknowledge", "admit",
     "assert", "contend", "maintain", "confirm", "deny", "report", "respond", "reply",
     "recall", "predict", "promise", "vow", "pledge", "urge", "caution", "complain",
     "concede", "emphasize", "emphasise", "stress", "observe", "remark", "comment", "testify",
     "allege", "repeat", "post", "counter", "retort", "exclaim", "quip", "boast", "lament"}
)
# Verbs of denial that, with two objects, withhold a thing from someone rather than report
# words: "delayed freeing them, denying Mr. Carter an achievement", "refused the crew entry".
WITHHOLDING_VERBS: frozenset[str] = frozenset({"deny", "refuse"})
# Raising verbs: their subject belongs to the complement, not to an act of saying ("the
# statistics appear to be fabricated", "Trump's supporters seemed unperturbed").  As
# attribution cues they say how things look to the writer, so they have no speaker; PolNeAR
# train articles 1-320 mark no source for 55 of their 58 attributions.
RAISING_VERBS: frozenset[str] = frozenset({"seem", "appear"})
# Verbs whose clausal complement an event is reported in, by their subject ("Iran said it
# had seized the tanker": Iran is the source); see QUOTE_VERBS.
REPORTING_VERBS: frozenset[str] = frozenset(
    {"say", "tell", "announce", "claim", "state", "add", "insist", "report", "note", "confirm",
     "acknowledge", "indicate", "suggest", "argue", "write", "tweet", "explain", "assert",
     "contend", "predict", "reveal", "disclose", "charge", "reiterate", "warn"}
)
# Verbs of asking for something: with a negated passive infinitive and no one asked ("asked
# not to be named"), the asker asks for anonymity, and reports no words.
ASKING_VERBS: frozenset[str] = frozenset({"ask", "request", "beg", "plead"})
# Prepositions a verb of saying takes the thing it asks for or speaks of with ("asked for $12
# million", "warned of a storm", "commented on the plan"): that thing is no words said.
THING_PREPOSITIONS: frozenset[str] = frozenset(
    {"for", "of", "about", "on", "over", "against", "at", "to", "toward", "towards"})
# Verbs of speaking to someone: with the press as the only one spoken to, the act is a
# statement made to the news, no consultation ("Suttles, speaking to reporters, said").
SPEAKING_VERBS: frozenset[str] = REPORTING_VERBS | {"speak", "talk", "chat", "brief"}
# Verbs a source declines with a negated "would", a refusal reported once made ("would not
# comment Friday night on whether ...", "wouldn't say on Thursday whether ...").
DECLINED_SPEECH_VERBS: frozenset[str] = REPORTING_VERBS | {
    "comment", "discuss", "elaborate", "speculate", "specify", "answer", "identify", "name"}
# Verbs of saying that, with "must" or "should" in their complement, ask the complement's
# subject to act ("insisted that China must drop barriers").
DECLARING_VERBS: frozenset[str] = REPORTING_VERBS | {"declare", "stress"}

# ---------------------------------------------------------------- prepositions

# Prepositions that introduce a verb's recipient: "cooperated with Uganda", "sanctions on".
RECIPIENT_PREPOSITIONS: frozenset[str] = frozenset(
    {"to", "with", "on", "against", "from", "of", "toward", "towards"}
)
# The same for an event noun or a verb's object noun: "talks between", "a threat against".
NOUN_RECIPIENT_PREPOSITIONS: frozenset[str] = frozenset(
    {"on", "against", "with", "from", "of", "to", "between"}
)
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset({"in", "at", "near", "outside", "inside"})
# Prepositions of where that may open a sentence before a place's name, which the model runs
# into a person's name ("Off Norland, a platform sank", "Near Kalmaro, crews ...").
PLACE_OPENING_PREPOSITIONS: frozenset[str] = LOCATIVE_PREPOSITIONS | frozenset(
    {"off", "beyond", "across", "along", "around"}
)
# What a protest is against ("demonstrated against the deal", "a rally over fuel prices").
OPPOSING_PREPOSITIONS: frozenset[str] = frozenset({"against", "over"})
# Nouns a demonym names a language before ("the Russian language"), not a state.
LANGUAGE_NOUNS: frozenset[str] = frozenset({"language", "speaker", "dialect"})
# Prepositions whose complement still belongs to a noun phrase ("leaders of the opposition",
# "ethnic Albanians in south Serbia"), where other prepositions start an adjunct.
PHRASE_PREPOSITIONS: frozenset[str] = frozenset({"of", "in", "from"})

# ---------------------------------------------------------------- numbers

# Cardinal number words and their values ("two tankers", "a dozen").  Time expressions add
# their own quantity words to these ("a couple of", "half a"; ``extract/timeparse.py``).
CARDINALS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000, "dozen": 12,
}  # fmt: skip
