"""PLOVER event ontology and the English lexicon that maps predicates onto it.

The ontology part (types, modes, scores, CAMEO roots) follows the PLOVER manual, draft 2.0, so
that the JSON we emit can be compared with any other PLOVER coder.  The lexicon is ours: short
lists of verbs and nouns whose sense in news prose is stable enough to code without a trained
model.  A predicate that is not listed here produces no event: we prefer silence to a guess.

Decisions where the manual is more specific than everyday usage (each one is a rule below):

* Actually freeing captives is RETREAT `release`; pardons and amnesties are CONCEDE.
* Inviting someone, offering anything, and promising future cooperation are AGREE; signing or
  finalising an agreement is SUPPORT.
* Leaving or abandoning an agreement, halting talks and recalling diplomats are reductions of an
  existing cooperative relation: SANCTION `withdraw`.  RETREAT `withdraw` is reserved for pulling
  forces out of a place.
* International sanctions are SANCTION `discontinue`.
* Shooting down an aircraft or drone with an unstated weapon is ASSAULT `destroy` (the manual's
  residual mode: the mode names the means, and the drone is the target, not the means).
* Showing off or readying weapons (unveiling a missile system, raising uranium enrichment) is
  MOBILIZE `weapons`.
"""

from __future__ import annotations

from dataclasses import dataclass

TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": (),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"),
}

QUAD: dict[str, str] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "verbal cooperation"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "material cooperation"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), "verbal conflict"),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), "material conflict"),
}

# The manual's conflict-cooperation scores (-10 .. +10) by type and mode.  The manual prints
# +3 for bare ACCUSE while every ACCUSE mode is negative and the type is verbal conflict; we
# read it as -3.
_TYPE_SCORES: dict[str, float] = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10.0,
    "RETREAT": 6.5, "REQUEST": 0.0, "ACCUSE": -3.0, "REJECT": -2.0, "THREATEN": -3.5,
    "PROTEST": -5.0, "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
}  # fmt: skip
_MODE_SCORES: dict[tuple[str, str], float] = {
    ("CONSULT", "visit"): 4.0, ("CONSULT", "third-party"): 1.0,
    ("CONSULT", "multilateral"): 4.0, ("CONSULT", "phone"): 1.5,
    ("RETREAT", "withdraw"): 8.0, ("RETREAT", "release"): 6.5, ("RETREAT", "disarm"): 10.0,
    ("RETREAT", "ceasefire"): 7.5, ("RETREAT", "access"): 6.5, ("RETREAT", "resign"): 4.5,
    ("REQUEST", "assist"): 0.5, ("REQUEST", "change"): -1.0, ("REQUEST", "yield"): -1.0,
    ("REQUEST", "meet"): 0.0,
    ("ACCUSE", "disapprove"): -2.0, ("ACCUSE", "investigate"): -3.5, ("ACCUSE", "allege"): -3.5,
    ("REJECT", "assist"): -1.5, ("REJECT", "change"): -2.0, ("REJECT", "yield"): -2.0,
    ("REJECT", "meet"): -2.0,
    ("THREATEN", "restrict"): -3.0, ("THREATEN", "arrest"): -3.5, ("THREATEN", "relations"): -3.5,
    ("THREATEN", "expel"): -3.5, ("THREATEN", "territory"): -4.0, ("THREATEN", "violence"): -3.5,
    ("PROTEST", "demo"): -5.0, ("PROTEST", "riot"): -7.0, ("PROTEST", "strike"): -5.0,
    ("PROTEST", "hunger"): -4.5, ("PROTEST", "boycott"): -4.5, ("PROTEST", "obstruct"): -4.5,
    ("SANCTION", "convict"): -6.0, ("SANCTION", "expel"): -5.5, ("SANCTION", "withdraw"): -6.0,
    ("SANCTION", "discontinue"): -6.0,
    ("MOBILIZE", "troops"): -6.5, ("MOBILIZE", "weapons"): -6.5, ("MOBILIZE", "police"): -5.5,
    ("MOBILIZE", "militia"): -6.0,
    ("COERCE", "seize"): -7.0, ("COERCE", "restrict"): -7.0, ("COERCE", "censor"): -6.5,
    ("COERCE", "curfew"): -6.5, ("COERCE", "martial-law"): -7.5, ("COERCE", "arrest"): -7.0,
    ("COERCE", "deport"): -7.0, ("COERCE", "withhold"): -7.0,
    ("COERCE", "misinformation"): -6.5, ("COERCE", "cyber"): -7.0,
    ("ASSAULT", "abduct"): -8.5, ("ASSAULT", "beat"): -7.5, ("ASSAULT", "torture"): -8.5,
    ("ASSAULT", "sexual"): -8.5, ("ASSAULT", "targeted"): -9.5, ("ASSAULT", "destroy"): -8.5,
    ("ASSAULT", "primitive"): -8.0, ("ASSAULT", "firearms"): -9.0,
    ("ASSAULT", "explosives"): -9.0, ("ASSAULT", "suicide-attack"): -9.5,
    ("ASSAULT", "aerial"): -9.5, ("ASSAULT", "drone"): -9.5, ("ASSAULT", "heavy-weapons"): -9.5,
    ("ASSAULT", "crowd-control"): -7.5, ("ASSAULT", "unconventional"): -10.0,
}  # fmt: skip

# CAMEO cue categories (two-digit roots) each PLOVER type projects back onto; ASSAULT splits by
# means, as CAMEO separates unconventional (18), conventional military (19) and mass (20)
# violence.
_CAMEO_ROOTS: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
    "ASSAULT": "18",
}  # fmt: skip
_MILITARY_ASSAULT_MODES = frozenset({"firearms", "heavy-weapons", "aerial", "drone", "destroy"})


def intensity(event_type: str, mode: str | None) -> float:
    """The manual's score for the mode when it has one, else the type's."""
    if mode is not None and (event_type, mode) in _MODE_SCORES:
        return _MODE_SCORES[(event_type, mode)]
    return _TYPE_SCORES[event_type]


def cameo_root(event_type: str, mode: str | None) -> str:
    """Two-digit CAMEO root code, so that older CAMEO-based tools can read our events."""
    if event_type == "ACCUSE" and mode == "investigate":
        return "09"
    if event_type == "ASSAULT":
        if mode == "unconventional":
            return "20"
        if mode is None or mode in _MILITARY_ASSAULT_MODES:
            return "19"
    return _CAMEO_ROOTS[event_type]


# ---------------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class Rule:
    """One sense of a predicate, with the argument evidence that selects it.

    ``objects`` lists the lemmas the object head (direct object, passive subject, or for nouns
    the "of" complement) must have; ``preps`` the prepositions one of which must be attached
    (with any complement); ``particle`` a verb particle ("sit down", "pull out").  ``exclude``
    vetoes the rule for object lemmas that change the sense ("meet a deadline").  ``reflexive``
    requires a reflexive object ("reversed itself").  ``swap`` marks verbs whose grammatical
    object performs the event ("host": the guest is the visitor).  ``gov_ok`` says the subject
    must be a state or official for the rule to apply, ``gov_not`` that it must not be (a
    government protesting is ACCUSE, a crowd protesting is PROTEST).
    """

    type: str
    mode: str | None = None
    objects: frozenset[str] | None = None
    preps: frozenset[str] | None = None
    particle: str | None = None
    exclude: frozenset[str] = frozenset()
    reflexive: bool = False
    swap: bool = False
    needs_object: bool = False
    gov_ok: bool = False
    gov_not: bool = False


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


AGREEMENTS = _w("agreement deal accord treaty pact truce accords framework arrangement "
                "understanding compact convention protocol")
TALKS = _w("talk talks negotiation negotiations meeting meetings dialogue summit discussion "
           "discussions consultation consultations mediation conference session")
CAPTIVES = _w("hostage hostages prisoner prisoners detainee detainees captive captives "
              "sailor sailors crew crews soldier soldiers citizen citizens national nationals "
              "journalist journalists activist activists")
FORCES = _w("troop troops force forces soldier soldiers army military personnel unit units "
            "battalion battalions brigade brigades division divisions marine marines reservist "
            "reservists militia militias fighter fighters")
WEAPONS = _w("warship warships ship ships carrier carriers destroyer destroyers submarine "
             "submarines missile missiles bomber bombers jet jets aircraft plane planes "
             "weapon weapons system systems battery batteries rocket rockets drone drones tank "
             "tanks artillery")
ENRICHMENT = _w("enrichment stockpile production centrifuge centrifuges reprocessing")
AIRCRAFT = _w("drone drones plane planes aircraft jet jets helicopter helicopters airliner "
              "airliners")
SANCTIONS = _w("sanction sanctions embargo embargoes tariff tariffs penalty penalties")
RESTRICTIONS = _w("restriction restrictions ban bans curfew curfews emergency blockade "
                  "blockades measure measures")
AID_THINGS = _w("aid assistance help loan loans credit grant grants money fund funds funding "
                "weapon weapons arms equipment supplies food medicine medicines asylum "
                "vaccine vaccines ammunition material materiel goods")
DIPLOMATS = _w("diplomat diplomats ambassador ambassadors envoy envoys attache attaches "
               "staff inspector inspectors observer observers mission embassy")
RELATIONS = _w("relation relations tie ties contact contacts cooperation")
VERBAL_TARGETS = _w("proposal plan policy decision idea deal agreement remark remarks "
                    "statement statements comment comments report move approach strategy "
                    "stance position claim claims law bill measure")
DEMANDS = _w("demand demands deadline requirement requirements expectation expectations "
             "target targets goal goals need needs condition conditions standard standards "
             "criterion criteria obligation obligations commitment commitments threshold "
             "cost costs challenge challenges end fate")
PROPERTY = _w("tanker tankers ship ships vessel vessels boat boats property properties asset "
              "assets cargo shipment shipments oil aircraft plane planes weapon weapons "
              "territory town towns city cities village villages base bases building "
              "buildings control land port ports")
DISPLAYS = _w("missile missiles system systems weapon weapons drone drones rocket rockets "
              "warship warships submarine submarines jet jets bomber bombers launcher "
              "launchers radar radars")

_R = Rule

VERBS: dict[str, tuple[Rule, ...]] = {
    # AGREE: offers, promises, invitations, agreeing to do something
    "agree": (_R("AGREE"),),
    "promise": (_R("AGREE"),),
    "pledge": (_R("AGREE"),),
    "offer": (_R("AGREE"),),
    "propose": (_R("AGREE"),),
    "invite": (_R("AGREE", needs_object=True),),
    "accept": (_R("AGREE", objects=_w("offer proposal invitation deal agreement plan terms "
                                      "mediation ceasefire truce resolution")),),
    "commit": (_R("AGREE", preps=_w("to")),),
    # CONSULT
    "meet": (_R("CONSULT", exclude=DEMANDS),),
    "negotiate": (_R("CONSULT", exclude=_w("release")),
                  _R("CONSULT")),
    "discuss": (_R("CONSULT"),),
    "consult": (_R("CONSULT"),),
    "confer": (_R("CONSULT"),),
    "mediate": (_R("CONSULT"),),
    "talk": (_R("CONSULT", preps=_w("with to")),),
    "speak": (_R("CONSULT", preps=_w("with to")),),
    "engage": (_R("CONSULT", preps=_w("with")),),
    "sit": (_R("CONSULT", particle="down"),),
    "hold": (_R("CONSULT", objects=TALKS),
             _R("MOBILIZE", "troops", objects=_w("exercise exercises drill drills maneuver "
                                                "maneuvers manoeuvre manoeuvres"))),
    "attend": (_R("CONSULT", "multilateral", objects=_w("summit summits conference "
                                                        "conferences assembly")),
               _R("CONSULT", objects=_w("meeting meetings talks negotiations"))),
    "visit": (_R("CONSULT", "visit", needs_object=True),),
    "tour": (_R("CONSULT", "visit", needs_object=True),),
    "travel": (_R("CONSULT", "visit", preps=_w("to")),),
    "fly": (_R("CONSULT", "visit", preps=_w("to")),),
    "arrive": (_R("CONSULT", "visit", preps=_w("in")),),
    "host": (_R("CONSULT", "visit", needs_object=True, swap=True,
                exclude=TALKS | _w("event events game games party")),),
    "phone": (_R("CONSULT", "phone", needs_object=True),),
    "telephone": (_R("CONSULT", "phone", needs_object=True),),
    # SUPPORT
    "support": (_R("SUPPORT", needs_object=True),),
    "back": (_R("CONCEDE", particle="down"), _R("SUPPORT", needs_object=True,
                                                 exclude=_w("home"))),
    "endorse": (_R("SUPPORT"),),
    "praise": (_R("SUPPORT"),),
    "commend": (_R("SUPPORT"),),
    "applaud": (_R("SUPPORT"),),
    "hail": (_R("SUPPORT", needs_object=True),),
    "welcome": (_R("SUPPORT", needs_object=True),),
    "recognize": (_R("SUPPORT", objects=_w("government independence state sovereignty")),),
    "sign": (_R("SUPPORT", objects=AGREEMENTS),),
    "ratify": (_R("SUPPORT"),),
    "reach": (_R("SUPPORT", objects=AGREEMENTS),),
    "strike": (_R("SUPPORT", objects=AGREEMENTS),
               _R("ASSAULT", needs_object=True, exclude=_w("balance tone chord note compromise "
                                                           "blow pose")),),
    "restore": (_R("SUPPORT", objects=RELATIONS),),
    "resume": (_R("SUPPORT", objects=RELATIONS), _R("CONSULT", objects=TALKS),
               _R("MOBILIZE", "weapons", objects=ENRICHMENT)),
    # CONCEDE
    "concede": (_R("CONCEDE"),),
    "reverse": (_R("CONCEDE", reflexive=True),
                _R("CONCEDE", objects=_w("decision policy course position stance ban order"))),
    "relent": (_R("CONCEDE"),),
    "capitulate": (_R("CONCEDE"),),
    "yield": (_R("CONCEDE", preps=_w("to")),),
    "give": (_R("CONCEDE", particle="in"),
             _R("AID", objects=AID_THINGS)),
    "pardon": (_R("CONCEDE"),),
    "apologize": (_R("CONCEDE"),),
    "apologise": (_R("CONCEDE"),),
    "make": (_R("CONCEDE", objects=_w("concession concessions")),
             _R("REQUEST", objects=_w("demand demands request requests appeal")),
             _R("THREATEN", objects=_w("threat threats")),
             _R("AGREE", objects=_w("offer offers pledge promise"))),
    # COOPERATE
    "cooperate": (_R("COOPERATE"),),
    "collaborate": (_R("COOPERATE"),),
    "share": (_R("COOPERATE", objects=_w("intelligence information data")),),
    "extradite": (_R("COOPERATE"),),
    # AID
    "provide": (_R("AID", objects=AID_THINGS),),
    "send": (_R("AID", objects=AID_THINGS - _w("weapon weapons")),
             _R("MOBILIZE", "troops", objects=FORCES),
             _R("MOBILIZE", "weapons", objects=WEAPONS)),
    "deliver": (_R("AID", objects=AID_THINGS),),
    "supply": (_R("AID", objects=AID_THINGS),),
    "grant": (_R("AID", objects=AID_THINGS),),
    "extend": (_R("AID", objects=AID_THINGS),),
    "donate": (_R("AID"),),
    "fund": (_R("AID", needs_object=True),),
    "finance": (_R("AID", needs_object=True),),
    "rescue": (_R("AID", needs_object=True),),
    # RETREAT, and SANCTION where an agreement or relation is left
    "withdraw": (_R("SANCTION", "withdraw", objects=AGREEMENTS | TALKS | DIPLOMATS),
                 _R("RETREAT", "withdraw", objects=FORCES),
                 _R("RETREAT", "withdraw", preps=_w("from"))),
    "pull": (_R("SANCTION", "withdraw", particle="out", objects=AGREEMENTS | TALKS),
             _R("RETREAT", "withdraw", particle="out"),
             _R("RETREAT", "withdraw", particle="back")),
    "disengage": (_R("SANCTION", "withdraw", objects=AGREEMENTS | TALKS),
                  _R("RETREAT", "withdraw")),
    "retreat": (_R("RETREAT", "withdraw"),),
    "abandon": (_R("SANCTION", "withdraw", objects=AGREEMENTS | TALKS),),
    "quit": (_R("SANCTION", "withdraw", objects=AGREEMENTS | TALKS),),
    "exit": (_R("SANCTION", "withdraw", objects=AGREEMENTS | TALKS),),
    "leave": (_R("SANCTION", "withdraw", objects=AGREEMENTS | TALKS),),
    "repudiate": (_R("SANCTION", "withdraw", objects=AGREEMENTS | TALKS),),
    "renounce": (_R("SANCTION", "withdraw", objects=AGREEMENTS),),
    "recall": (_R("SANCTION", "withdraw", objects=DIPLOMATS),),
    "release": (_R("RETREAT", "release", objects=CAPTIVES),
                _R("RETREAT", objects=PROPERTY - _w("territory town towns city cities "
                                                    "village villages control land"))),
    "free": (_R("RETREAT", "release", objects=CAPTIVES),),
    "resign": (_R("RETREAT", "resign"),),
    "step": (_R("RETREAT", "resign", particle="down"),),
    "disarm": (_R("RETREAT", "disarm"),),
    "demobilize": (_R("RETREAT", "disarm"),),
    "lift": (_R("RETREAT", objects=SANCTIONS), _R("CONCEDE", objects=RESTRICTIONS)),
    "ease": (_R("RETREAT", objects=SANCTIONS), _R("CONCEDE", objects=RESTRICTIONS)),
    "waive": (_R("RETREAT", objects=SANCTIONS),),
    "end": (_R("RETREAT", objects=SANCTIONS), _R("CONCEDE", objects=RESTRICTIONS)),
    "observe": (_R("RETREAT", "ceasefire", objects=_w("ceasefire truce")),),
    "allow": (_R("RETREAT", "access", objects=DIPLOMATS | _w("access entry aid")),),
    # REQUEST
    "demand": (_R("REQUEST"),),
    "urge": (_R("REQUEST"),),
    "request": (_R("REQUEST"),),
    "call": (_R("REQUEST", preps=_w("for on")),),
    "appeal": (_R("REQUEST", preps=_w("for to")),),
    "press": (_R("REQUEST", preps=_w("for")),),
    "seek": (_R("REQUEST", needs_object=True),),
    "plead": (_R("REQUEST"),),
    "ask": (_R("REQUEST", preps=_w("for")),),
    # ACCUSE
    "accuse": (_R("ACCUSE", "allege"),),
    "allege": (_R("ACCUSE", "allege"),),
    "blame": (_R("ACCUSE", "allege"),),
    "charge": (_R("ACCUSE", "allege", preps=_w("with")),),
    "indict": (_R("ACCUSE", "allege"),),
    "sue": (_R("ACCUSE", "allege"),),
    "condemn": (_R("ACCUSE", "disapprove"),),
    "criticize": (_R("ACCUSE", "disapprove"),),
    "criticise": (_R("ACCUSE", "disapprove"),),
    "denounce": (_R("ACCUSE", "disapprove"),),
    "decry": (_R("ACCUSE", "disapprove"),),
    "deplore": (_R("ACCUSE", "disapprove"),),
    "rebuke": (_R("ACCUSE", "disapprove"),),
    "castigate": (_R("ACCUSE", "disapprove"),),
    "complain": (_R("ACCUSE", "disapprove"),),
    "rail": (_R("ACCUSE", "disapprove", preps=_w("against")),),
    "summon": (_R("ACCUSE", "disapprove", objects=DIPLOMATS),),
    "investigate": (_R("ACCUSE", "investigate"),),
    "probe": (_R("ACCUSE", "investigate", needs_object=True),),
    "protest": (_R("ACCUSE", "disapprove", gov_ok=True), _R("PROTEST", "demo", gov_not=True)),
    # REJECT
    "reject": (_R("REJECT"),),
    "refuse": (_R("REJECT"),),
    "decline": (_R("REJECT", objects=_w("offer offers invitation invitations request requests "
                                        "proposal proposals demand demands")),),
    "rebuff": (_R("REJECT"),),
    "spurn": (_R("REJECT"),),
    "veto": (_R("REJECT"),),
    "defy": (_R("REJECT"),),
    "rule": (_R("REJECT", particle="out"),),
    "dismiss": (_R("REJECT", objects=_w("offer proposal idea call calls request demand "
                                        "demands plan suggestion")),),
    "cancel": (_R("REJECT", "meet", objects=TALKS | _w("visit trip")),),
    "violate": (_R("REJECT", objects=AGREEMENTS | _w("law resolution resolutions sanctions "
                                                     "terms")),),
    "breach": (_R("REJECT", objects=AGREEMENTS | _w("law resolution terms")),),
    # THREATEN
    "threaten": (_R("THREATEN"),),
    "vow": (_R("THREATEN", "violence", objects=_w("revenge retaliation retribution")),),
    # PROTEST
    "demonstrate": (_R("PROTEST", "demo", gov_not=True),),
    "rally": (_R("PROTEST", "demo", gov_not=True, preps=_w("against")),),
    "march": (_R("PROTEST", "demo", gov_not=True),),
    "riot": (_R("PROTEST", "riot"),),
    "boycott": (_R("PROTEST", "boycott"),),
    "stage": (_R("PROTEST", "demo", objects=_w("protest protests demonstration demonstrations "
                                               "rally rallies march marches sit-in")),
              _R("PROTEST", "strike", objects=_w("strike strikes walkout")),
              _R("MOBILIZE", "troops", objects=_w("exercise exercises drill drills"))),
    # SANCTION
    "impose": (_R("SANCTION", "discontinue", objects=SANCTIONS),
               _R("COERCE", "curfew", objects=_w("curfew curfews")),
               _R("COERCE", "martial-law", objects=_w("emergency law")),
               _R("COERCE", "restrict", objects=_w("restriction restrictions ban bans "
                                                   "blockade"))),
    "reimpose": (_R("SANCTION", "discontinue", objects=SANCTIONS),),
    "tighten": (_R("SANCTION", "discontinue", objects=SANCTIONS),),
    "levy": (_R("SANCTION", "discontinue", objects=SANCTIONS),),
    "sanction": (_R("SANCTION", "discontinue", needs_object=True),),
    "expel": (_R("SANCTION", "expel", objects=DIPLOMATS), _R("COERCE", "deport")),
    "cut": (_R("SANCTION", "discontinue", objects=RELATIONS | AID_THINGS),
            _R("COERCE", "withhold", particle="off")),
    "sever": (_R("SANCTION", "discontinue", objects=RELATIONS),),
    "break": (_R("SANCTION", "discontinue", particle="off", objects=RELATIONS | TALKS),
              _R("SANCTION", "discontinue", objects=RELATIONS)),
    "downgrade": (_R("SANCTION", "discontinue", objects=RELATIONS),),
    "suspend": (_R("SANCTION", "withdraw", objects=TALKS | AGREEMENTS),
                _R("SANCTION", "discontinue", objects=AID_THINGS | RELATIONS),
                _R("RETREAT", objects=SANCTIONS)),
    "halt": (_R("SANCTION", "withdraw", objects=TALKS),
             _R("SANCTION", "discontinue", objects=AID_THINGS | RELATIONS)),
    # MOBILIZE
    "mobilize": (_R("MOBILIZE", "troops"),),
    "mobilise": (_R("MOBILIZE", "troops"),),
    "deploy": (_R("MOBILIZE", "troops", objects=FORCES),
               _R("MOBILIZE", "weapons", objects=WEAPONS)),
    "mass": (_R("MOBILIZE", "troops", objects=FORCES),),
    "unveil": (_R("MOBILIZE", "weapons", objects=DISPLAYS),),
    "test": (_R("MOBILIZE", "weapons", objects=DISPLAYS),),
    "increase": (_R("MOBILIZE", "weapons", objects=ENRICHMENT),),
    "expand": (_R("MOBILIZE", "weapons", objects=ENRICHMENT),),
    "boost": (_R("MOBILIZE", "weapons", objects=ENRICHMENT),),
    # COERCE
    "seize": (_R("COERCE", "seize", needs_object=True, exclude=_w("opportunity moment chance "
                                                                  "initiative")),),
    "confiscate": (_R("COERCE", "seize"),),
    "impound": (_R("COERCE", "seize"),),
    "raid": (_R("COERCE", "seize", needs_object=True),),
    "arrest": (_R("COERCE", "arrest"),),
    "detain": (_R("COERCE", "arrest"),),
    "jail": (_R("COERCE", "arrest"),),
    "imprison": (_R("COERCE", "arrest"),),
    "deport": (_R("COERCE", "deport"),),
    "ban": (_R("COERCE", "restrict", needs_object=True),),
    "outlaw": (_R("COERCE", "restrict"),),
    "censor": (_R("COERCE", "censor"),),
    "hack": (_R("COERCE", "cyber"),),
    "blockade": (_R("COERCE", "restrict", gov_ok=True), _R("PROTEST", "obstruct")),
    "block": (_R("PROTEST", "obstruct", gov_not=True,
                 objects=_w("road roads street streets highway highways entrance access "
                            "traffic bridge port")),),
    # ASSAULT
    "attack": (_R("ACCUSE", "disapprove", objects=VERBAL_TARGETS),
               _R("ASSAULT", needs_object=True)),
    "bomb": (_R("ASSAULT", needs_object=True),),
    "shell": (_R("ASSAULT", "heavy-weapons", needs_object=True),),
    "shoot": (_R("ASSAULT", "destroy", particle="down"), _R("ASSAULT", "firearms",
                                                           needs_object=True)),
    "down": (_R("ASSAULT", "destroy", objects=AIRCRAFT),),
    "kill": (_R("ASSAULT", needs_object=True),),
    "assassinate": (_R("ASSAULT", "targeted"),),
    "execute": (_R("ASSAULT", "targeted", objects=CAPTIVES | _w("man men woman women people "
                                                                "person dissident dissidents "
                                                                "protester protesters")),),
    "kidnap": (_R("ASSAULT", "abduct"),),
    "abduct": (_R("ASSAULT", "abduct"),),
    "hijack": (_R("ASSAULT", "abduct"),),
    "take": (_R("ASSAULT", "abduct", objects=_w("hostage hostages captive captives")),),
    "capture": (_R("COERCE", "seize", objects=PROPERTY | _w("stronghold strongholds position "
                                                           "positions")),
                _R("ASSAULT", "abduct", needs_object=True)),
    "torture": (_R("ASSAULT", "torture"),),
    "invade": (_R("ASSAULT"),),
    "fire": (_R("ASSAULT", objects=_w("missile missiles rocket rockets shell shells shot shots "
                                      "round rounds bullet bullets")),
             _R("ASSAULT", preps=_w("on at"))),
    "launch": (_R("ASSAULT", objects=_w("attack attacks strike strikes offensive raid raids "
                                        "assault missile missiles rocket rockets invasion")),),
    "destroy": (_R("ASSAULT", "destroy", needs_object=True),),
    "clash": (_R("ASSAULT"),),
}

# Wider coverage: general news verbs each rule of which was checked against the manual's
# definitions.  A verb already listed keeps its own senses first; these are appended.
_MORE_VERBS: dict[str, tuple[Rule, ...]] = {
    "reach": (_R("AGREE", objects=_w("consensus understanding compromise")),),
    "accept": (_R("AGREE", needs_object=True, exclude=_w("responsibility blame")),),
    "allow": (_R("AGREE", needs_object=True),),
    "permit": (_R("AGREE", needs_object=True),),
    "contribute": (_R("AID"),),
    "give": (_R("CONSULT", objects=_w("welcome reception audience")),),
    "welcome": (_R("SUPPORT"),),
    "renew": (_R("SUPPORT", objects=RELATIONS), _R("CONSULT", objects=TALKS)),
    "upgrade": (_R("SUPPORT", objects=RELATIONS),),
    "normalize": (_R("SUPPORT", objects=RELATIONS),),
    "defend": (_R("SUPPORT", needs_object=True),),
    "share": (_R("COOPERATE", objects=_w("expertise technology know-how experience")),),
    "hand": (_R("AID", particle="over", objects=AID_THINGS), _R("COOPERATE", particle="over")),
    "evacuate": (_R("AID", needs_object=True),),
    "cancel": (_R("CONCEDE", objects=RESTRICTIONS),),
    "call": (_R("CONCEDE", particle="off"),),
    "scrap": (_R("CONCEDE", objects=RESTRICTIONS),),
    "rescind": (_R("CONCEDE"),),
    "receive": (_R("RETREAT", "access", objects=_w("observer observers inspector inspectors "
                                                  "monitor monitors mission missions")),
                _R("CONSULT", "visit", swap=True, objects=DIPLOMATS | _w(
                    "delegation delegations minister ministers president visitor visitors "
                    "leader leaders counterpart counterparts"))),
    "dispatch": (_R("ACCUSE", "investigate", objects=_w("inspector inspectors investigator "
                                                       "investigators monitor monitors")),
                 _R("MOBILIZE", "troops", objects=FORCES),
                 _R("AID", objects=AID_THINGS)),
    "send": (_R("ACCUSE", "investigate", objects=_w("inspector inspectors investigator "
                                                   "investigators monitor monitors")),),
    "insist": (_R("REQUEST", preps=_w("on")),),
    "pressure": (_R("REQUEST", needs_object=True),),
    "pressurize": (_R("REQUEST", needs_object=True),),
    "push": (_R("REQUEST", preps=_w("for")),),
    "lobby": (_R("REQUEST"),),
    "deny": (_R("REJECT", needs_object=True, exclude=_w("report reports claim claims "
                                                         "allegation allegations charge "
                                                         "charges involvement")),),
    "oppose": (_R("REJECT"),),
    "meet": (_R("CONCEDE", objects=_w("demand demands condition conditions")),),
    "warn": (_R("THREATEN"),),
    "extend": (_R("COERCE", "curfew", objects=_w("curfew curfews")),
               _R("COERCE", "restrict", objects=RESTRICTIONS)),
    "tighten": (_R("COERCE", "restrict", objects=RESTRICTIONS),),
    "reimpose": (_R("COERCE", "restrict", objects=RESTRICTIONS),),
    "impose": (_R("COERCE", "censor", objects=_w("blackout censorship")),),
    "shun": (_R("PROTEST", "boycott"),),
    "strengthen": (_R("MOBILIZE", "troops", objects=FORCES),),
    "reinforce": (_R("MOBILIZE", "troops", objects=FORCES),),
    "bolster": (_R("MOBILIZE", "troops", objects=FORCES),),
    "train": (_R("MOBILIZE", "troops", objects=FORCES | _w("hacker hackers recruit recruits "
                                                          "fighter fighters")),),
    "prohibit": (_R("SANCTION", "discontinue", objects=AID_THINGS),
                 _R("COERCE", "restrict", needs_object=True)),
    "reduce": (_R("SANCTION", "discontinue", objects=AID_THINGS | RELATIONS),),
    "close": (_R("COERCE", "restrict", objects=_w("border borders crossing crossings road "
                                                  "roads airport airports newspaper "
                                                  "newspapers office offices")),),
    "force": (_R("SANCTION", "expel", particle="out"),),
    "prevent": (_R("COERCE", "restrict", needs_object=True),),
    "disperse": (_R("ASSAULT", "crowd-control", needs_object=True),),
    "set": (_R("COERCE", objects=_w("fire")),),
    "torch": (_R("COERCE"),),
    "burn": (_R("COERCE", needs_object=True),),
    "deface": (_R("COERCE", "cyber"),),
    "abuse": (_R("ASSAULT", "beat", needs_object=True),),
    "beat": (_R("ASSAULT", "beat", needs_object=True, exclude=_w("odds record deadline")),),
    "rape": (_R("ASSAULT", "sexual"),),
    "launch": (_R("ASSAULT", "heavy-weapons", objects=_w("fire artillery barrage mortar "
                                                        "mortars shelling bombardment")),),
    "explode": (_R("ASSAULT", "explosives", objects=_w("bomb bombs device devices")),),
    "detonate": (_R("ASSAULT", "explosives"),),
    "wound": (_R("ASSAULT", needs_object=True),),
    "massacre": (_R("ASSAULT", "unconventional"),),
    "occupy": (_R("ASSAULT", needs_object=True),),
    "storm": (_R("COERCE", "seize", needs_object=True),),
}
for _lemma, _rules in _MORE_VERBS.items():
    VERBS[_lemma] = VERBS.get(_lemma, ()) + _rules

# Event nouns, coded only when the text anchors them (an attached date, see events.py).
NOUNS: dict[str, tuple[Rule, ...]] = {
    "release": (_R("RETREAT", "release", objects=CAPTIVES),),
    "freeing": (_R("RETREAT", "release", objects=CAPTIVES),),
    "visit": (_R("CONSULT", "visit"),),
    "trip": (_R("CONSULT", "visit"),),
    "meeting": (_R("CONSULT"),),
    "talks": (_R("CONSULT"),),
    "negotiations": (_R("CONSULT"),),
    "summit": (_R("CONSULT", "multilateral"),),
    "attack": (_R("ASSAULT"),),
    "invasion": (_R("ASSAULT"),),
    "bombing": (_R("ASSAULT"),),
    "seizure": (_R("COERCE", "seize"),),
    "arrest": (_R("COERCE", "arrest"),),
    "sanctions": (_R("SANCTION", "discontinue"),),
    "embargo": (_R("SANCTION", "discontinue"),),
    "withdrawal": (_R("SANCTION", "withdraw", preps=_w("from"), objects=AGREEMENTS | TALKS),
                   _R("RETREAT", "withdraw")),
    "disengagement": (_R("SANCTION", "withdraw", objects=AGREEMENTS | TALKS),
                      _R("RETREAT", "withdraw")),
    "repudiation": (_R("SANCTION", "withdraw", objects=AGREEMENTS),),
    "protest": (_R("PROTEST", "demo"),),
    "demonstration": (_R("PROTEST", "demo"),),
    "ceasefire": (_R("RETREAT", "ceasefire"),),
    "hostage-taking": (_R("ASSAULT", "abduct"),),
    "consensus": (_R("AGREE"),),
    "offer": (_R("AGREE"),),
    "mediation": (_R("CONSULT", "third-party"),),
    "negotiation": (_R("CONSULT"),),
    "welcome": (_R("CONSULT"),),
    "investigation": (_R("ACCUSE", "investigate"),),
    "investigations": (_R("ACCUSE", "investigate"),),
    "inquiry": (_R("ACCUSE", "investigate"),),
    "probe": (_R("ACCUSE", "investigate"),),
    "criticism": (_R("ACCUSE", "disapprove"),),
    "condemnation": (_R("ACCUSE", "disapprove"),),
    "demand": (_R("REQUEST"),),
    "demands": (_R("REQUEST"),),
    "appeal": (_R("REQUEST"),),
    "reminder": (_R("REQUEST"),),
    "ultimatum": (_R("THREATEN"),),
    "threat": (_R("THREATEN"),),
    "warning": (_R("THREATEN"),),
    "rally": (_R("PROTEST", "demo"),),
    "demonstrations": (_R("PROTEST", "demo"),),
    "march": (_R("PROTEST", "demo"),),
    "strike": (_R("PROTEST", "strike"),),
    "boycott": (_R("PROTEST", "boycott"),),
    "sit-in": (_R("PROTEST", "demo"),),
    "riot": (_R("PROTEST", "riot"),),
    "blockade": (_R("COERCE", "restrict"),),
    "curfew": (_R("COERCE", "curfew"),),
    "crackdown": (_R("COERCE"),),
    "torture": (_R("ASSAULT", "torture"),),
    "cleansing": (_R("ASSAULT", "unconventional"),),
    "massacre": (_R("ASSAULT", "unconventional"),),
    "assassination": (_R("ASSAULT", "targeted"),),
    "airstrike": (_R("ASSAULT", "aerial"),),
    "raid": (_R("ASSAULT"),),
    "shelling": (_R("ASSAULT", "heavy-weapons"),),
    "alert": (_R("MOBILIZE", "troops"),),
    "deployment": (_R("MOBILIZE", "troops"),),
    "aid": (_R("AID"),),
}

# Verbs that report an event rather than perform one: "announce a disengagement", "hold a
# meeting", "launch an attack".  Their object noun decides the type; their subject is the actor.
CARRIER_VERBS: frozenset[str] = _w("announce declare launch conduct carry begin start order "
                                   "undertake mount complete finish plan organize organise "
                                   "open issue stage")

# Verbs that quote someone: an event in their clausal complement is reported by their subject.
SPEECH_VERBS: frozenset[str] = _w("say tell announce claim state add insist report note confirm "
                                  "acknowledge indicate suggest argue write tweet explain "
                                  "assert contend predict reveal disclose charge reiterate "
                                  "warn")

# Verbs that set the reality of an event in their infinitival complement.
FUTURE_GOVERNORS: frozenset[str] = _w("expect schedule set plan intend prepare aim go due "
                                      "poise about")
HYPOTHETICAL_GOVERNORS: frozenset[str] = _w("want hope wish try seek attempt consider "
                                            "contemplate weigh like prefer need have able "
                                            "willing ready open likely unlikely possible "
                                            "opportunity chance option")
NEGATING_GOVERNORS: frozenset[str] = _w("fail refuse decline avoid delay postpone stop cease "
                                        "deny unable")

# Heads that stand for a state or its government when a country modifies them
# ("Iranian officials", "Iran's leadership").
STATE_HEADS: frozenset[str] = _w("leader leaders leadership official officials government "
                                 "regime administration authority authorities force forces "
                                 "military army navy troops troop soldier soldiers diplomat "
                                 "diplomats minister ministers president premier delegation "
                                 "negotiator negotiators envoy envoys state establishment "
                                 "hard-liner hard-liners hardliner hardliners politician "
                                 "politicians analyst analysts lawmaker lawmakers counterpart "
                                 "counterparts ally allies drone drones tanker tankers ship "
                                 "ships vessel vessels plane planes aircraft jet jets embassy "
                                 "hostage hostages prisoner prisoners citizen citizens "
                                 "national nationals sailor sailors crew people rebel "
                                 "rebels guerrilla guerrillas militant militants fighter "
                                 "fighters police policeman policemen agent agents "
                                 "demonstrator demonstrators protester protesters youth "
                                 "youths student students worker workers activist "
                                 "activists journalist journalists civilian civilians "
                                 "immigrant immigrants refugee refugees detainee detainees "
                                 "captive captives warship warships missile missiles "
                                 "ambassador ambassadors")

# THREATEN modes name what is threatened, read from the object or the infinitive.
THREAT_CONTENTS: tuple[tuple[str, frozenset[str]], ...] = (
    ("violence", _w("attack strike bomb invade kill destroy retaliate retaliation revenge war "
                    "force violence military action invasion")),
    ("restrict", SANCTIONS | _w("sanction boycott block blockade ban close curfew restrict")),
    ("arrest", _w("arrest detain jail imprison prosecute")),
    ("expel", _w("expel deport expulsion")),
    ("territory", _w("occupy seize annex annexation occupation")),
    ("relations", _w("cut sever suspend halt break withdraw leave quit relations ties talks")),
)

# Unnamed groups the events stage builds as participants ("Israeli troops", "demonstrators"):
# the head noun gives the PLOVER sector.  Heads naming a state's executive ("officials",
# "government") are not here: with a country they stand for the state itself (STATE_HEADS).
GROUP_SECTORS: dict[str, str] = {
    **dict.fromkeys(_w("troop troops soldier soldiers army armies military force forces navy "
                       "marine marines airforce paratrooper paratroopers commander commanders "
                       "peacekeeper peacekeepers warplane warplanes helicopter helicopters "
                       "jet jets gunboat gunboats tank tanks artillery"), "MIL"),
    **dict.fromkeys(_w("police policeman policemen officer officers gendarme gendarmes "
                       ), "COP"),
    **dict.fromkeys(_w("rebel rebels guerrilla guerrillas insurgent insurgents militant "
                       "militants militia militias fighter fighters gunman gunmen separatist "
                       "separatists extremist extremists wing"), "REB"),
    **dict.fromkeys(_w("demonstrator demonstrators protester protesters protestor protestors "
                       "crowd crowds resident residents villager villagers civilian "
                       "civilians citizen citizens settler settlers youth youths activist "
                       "activists supporter supporters inhabitant inhabitants hacker hackers "
                       "mob mobs farmer farmers elder elders"), "CVL"),
    **dict.fromkeys(_w("parliament parliaments lawmaker lawmakers legislator legislators "
                       "congress senate assembly deputy deputies senator senators mp mps"),
                    "LEG"),
    **dict.fromkeys(_w("court courts judge judges prosecutor prosecutors"), "JUD"),
    **dict.fromkeys(_w("student students teacher teachers university"), "EDU"),
    **dict.fromkeys(_w("worker workers union unions employee employees miner miners"), "LAB"),
    **dict.fromkeys(_w("refugee refugees"), "REF"),
    **dict.fromkeys(_w("doctor doctors nurse nurses"), "MED"),
    **dict.fromkeys(_w("journalist journalists reporter reporters newspaper newspapers"), "JRN"),
    **dict.fromkeys(_w("opposition dissident dissidents"), "OPP"),
    **dict.fromkeys(_w("party parties"), "PTY"),
    **dict.fromkeys(_w("group groups organization organisation organizations organisations "
                       "movement coalition association committee"), "SOC"),
    **dict.fromkeys(_w("cabinet ministry minister ministers official officials government "
                       "authorities authority administration leader leaders leadership regime "
                       "delegation diplomat diplomats embassy envoy ambassador president "
                       "premier"), "GOV"),
}

# Heads that, with a country modifier, stand for the state itself: "Iranian officials said".
GOVERNMENT_HEADS: frozenset[str] = _w("official officials government authorities authority "
                                      "administration leader leaders leadership regime state "
                                      "establishment cabinet ministry minister ministers "
                                      "president premier ambassador ambassadors diplomat "
                                      "diplomats envoy envoys embassy delegation")

# Heads that only count what their "of" complement names: "a group of advisers", "thousands of
# demonstrators", "members of the association".
CONTAINER_HEADS: frozenset[str] = _w("group groups member members thousands hundreds dozens "
                                     "tens number numbers some many most all part")

# International and non-governmental organisations the shared table lacks, by name or acronym,
# with the PLOVER/CAMEO-style code gold data uses for them (IGO..., NGO).
ORGANISATIONS: dict[str, str] = {
    "european community": "IGOEEC", "ec": "IGOEEC", "european commission": "IGOEEC",
    "asia-pacific economic cooperation": "IGOAPEC", "apec": "IGOAPEC",
    "osce": "IGOOSCE", "organization for security and cooperation in europe": "IGOOSCE",
    "organization of african unity": "IGOAFROAU", "oau": "IGOAFROAU",
    "ecowas": "IGOWAFECW", "asean": "IGOSEAASN", "unhcr": "IGOUNOHCR",
    "unicef": "IGOUNOUNF", "red cross": "IGOICRC", "red crescent": "IGOICRC",
    "international committee of the red cross": "IGOICRC", "interpol": "IGOITP",
    "amnesty international": "IGOAMN", "human rights watch": "NGO",
    "physicians for human rights": "NGO", "doctors without borders": "NGO",
}
