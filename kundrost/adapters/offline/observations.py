"""Observations: what the customer noticed in this store, read clause by clause.

A clause observes something when it names a thing in this store (a department, product,
topic, place, or the noun nearest a fault) and says something about it: it judges it, gives
a number or a time, is part of a wish, a suggestion or an explanation, places one thing by
another ("vatten på golvet vid frysarna"), or tells what happened with words of its own. A
bare mention ("jag gick förbi bageriet", "jag köpte bröd") observes nothing, and neither
does talk about another store (`elsewhere`), the weather outdoors ("det är ju kallt nu,
minus tjugotvå i morse") or a question asked of the store ("har ni öppet på nyårsafton?",
`questions`).

An observation is *specific* when it holds a detail — a named product, a person ("killen i
charken", a name), a place, a number, a time, a fault or a cause — and describes: a state
("nybakade", "ljumna", "gröna"), an amount, a fault, a cause, or what happened. A verdict
alone ("kassan var smidig", "gott kaffe", "tjejen var trevlig") observes, but survives no
paraphrase: it could be said of any visit. One thing observed twice counts once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from attrs import define, evolve

from kundrost.adapters.offline.actionability import is_complaint
from kundrost.adapters.offline.at_large import at_large
from kundrost.adapters.offline.echo import echoes
from kundrost.adapters.offline.evidence import ONE_WHO
from kundrost.adapters.offline.evidence_types import ClauseEvidence, Evidence, SentenceCues
from kundrost.adapters.offline.lexicon import IDIOMS, INTENSIFIERS, has_fault, is_verdict, polarity
from kundrost.adapters.offline.nonsense import FUNCTION_WORDS
from kundrost.adapters.offline.numbers import NO_UNIT, word_value
from kundrost.adapters.offline.offensive import OFFENSIVE
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.questions import asked
from kundrost.adapters.offline.rewards import GRADING_PREFIXES, asks_reward, grades_any
from kundrost.adapters.offline.subjects import PERSON, kind_of_word
from kundrost.adapters.offline.topics import GENERAL_WORDS, TOPIC_WORDS
from kundrost.adapters.offline.trade_things import THING

_PREFERENCE = ("p:", "f:", "t:", "l:", "d:")
"""Which referent names an observation: a product before a fault, a topic, a place, a
department ("kanelbullarna i bageriet" is about the buns)."""
_NOT_PERSONS = ("personal", "butikspersonal", "bemöt", "servicekänsl", "medarbetar", "anställd")
"""Staff words that name the staff at large or how it behaved, not a particular person."""
_ONE_PERSON = listed("han hon")
_ANYONES = listed("sin sitt sina")
"""Anyone's own ("när man kände sin slaktare"): a person at large, not one of this store."""
_AT = (("i",), ("på",), ("vid",))
_ANAPHORA = listed("dom de den dem han hon dessa")
"""Pronouns that carry a thing into the next sentence; "det" does not ("Det var bra")."""
MONEY = listed("kronor kr spänn")
_PRICING = listed("kosta kostar kostade drogs drog dras pris priset prislappen betalade slog")
_MEASURES = listed(
    """minuter minut timmar timme gram kilo kg liter meter procent grader gånger personer
    stycken st år dagar veckor"""
)
_PLACING = listed(
    "vid på i bredvid framför bakom under över mellan intill bland nära utanför innanför mot"
)
"""Prepositions that place one thing by another."""
_WAITING = listed("tog väntade vänta väntat stod köade köa dröjde")
_DENIALS = listed("inte ej aldrig ingen inget inga ingenstans")
_PROMISED = listed(
    """ska skulle skylten skylt hyllkanten kampanj kampanjen kampanjpriset erbjudande
    erbjudandet annonsen reklamen bladet"""
)
_CHARGED = listed(
    """drogs drog blev kassan kvittot betalade debiterades streckkoden ordinarie fullpris
    slogs"""
)
_WARM = listed("varm varmt varma ljum ljummen ljummet ljumna")
_FEW_OPEN = re.compile(
    r"\bbara (?:en|ett|två|tre|\d+) (?:\w+ ){0,2}(?:öppen|öppet|öppna|i tjänst|person|"
    r"personer|anställd|anställda|kassörska|kassör|expedit|som jobbade|på plats)\b"
)
_ALONE_STAFF = listed("hon han kassörskan kassören expediten killen tjejen personalen")
"""Staff working alone ("hon var ensam på alla scannrarna") is too few staff."""
_NAME = re.compile(r"(?<=\s)[A-ZÅÄÖ][a-zåäöé]{2,}")
_NAMING = 4
"""Words at most in a clause that only names a person ("Hon i växthuset", "Gunilla")."""
_TEMPERATURE = listed("kallt varmt kallare varmare")
_OUTDOORS = listed(
    """ute utomhus utanför minus plusgrader minusgrader vädret väder kylan kyla snön snöar
    snöade regnar regnade blåser blåste vinter vintern sommaren ut"""
)
_INDOORS = listed("inne inomhus butiken affären lokalen dörren entrén golvet")
_IDLE = FUNCTION_WORDS | listed(
    """typ liksom alltså asså ju väl ba faktiskt ungefär kanske nog verkligen ärligt talat
    också ändå ja nej jo okej mm eh öh hmm visst absolut gick går kom var är förbi in ut
    hit dit handlade handlar köpte köper tog hämtade plockade letade ha ville behövde
    idag igår lite rätt ganska väldigt mycket jätte sen sedan först där här sånt sånts
    sånadär saker grejer grejor the a an was were is are be been and or so really very it
    its everything all of in on at to for with this that they we you i my just too also"""
)
"""Words that tell nothing about a thing: function words, fillers, being there and buying."""


@define
class Observation:
    """Not `frozen`, for the reason `ClauseEvidence` is not."""

    clause: ClauseEvidence
    key: str
    specific: bool
    located: bool
    timed: bool
    problem: bool


def _key(clause: ClauseEvidence) -> str:
    keys = [key for key, strength in clause.referents if strength >= 0.6]
    for prefix in _PREFERENCE:
        for key in keys:
            if key.startswith(prefix):
                return key
    return keys[0]


def _person(clause: ClauseEvidence, by_act: bool = True) -> bool:
    """A particular person: "killen i charken", "kassörskan", a name, "hon i vallaboden" (one
    person placed at a department), "hon som läste" (one told by what she did, unless not
    `by_act`) — not "personalen"."""
    tokens = clause.clause.tokens
    if by_act and tokens[:2] in ONE_WHO:
        return True
    if any(
        TOPIC_WORDS.lookup(t) == "staff"
        and not t.startswith(_NOT_PERSONS)
        and (not i or tokens[i - 1] not in _ANYONES)
        for i, t in enumerate(tokens)
    ):
        return True
    text = clause.clause.text[1:]
    if text != text.lower() and _NAME.search(clause.clause.text) is not None:
        return True
    return (
        not _ONE_PERSON.isdisjoint(tokens)
        and _placed(clause)
        and any(t in _ONE_PERSON and tokens[i + 1 : i + 2] in _AT for i, t in enumerate(tokens))
    )


def _own_words(clause: ClauseEvidence, names: tuple[str, ...] = ()) -> int:
    """Words of the customer's own: neither idle, nor a bare verdict or an insult, nor a
    word that fits any visit ("personalen", "utbudet"), nor one that grades the feedback
    itself ("konkret", "konstruktiv": `rewards.GRADING_PREFIXES`)."""
    if not names:
        return sum(map(_own, clause.clause.tokens))
    return sum(1 for t in clause.clause.tokens if _own(t) and t not in names)


@lru_cache(maxsize=65_536)
def _own(token: str) -> bool:
    """Whether a word may be the customer's own, whatever the clause (`_own_words`)."""
    return (
        token not in _IDLE
        and token not in GENERAL_WORDS
        and token not in OFFENSIVE
        and not is_verdict(token)
        and not token.startswith(GRADING_PREFIXES)
    )


def _named_thing(clause: ClauseEvidence) -> bool:
    """A thing the customer names in words of their own, outside every lexicon
    ("styckdetaljerna", "larmbrickan"): a definite noun is a particular thing."""
    return any(
        t not in GENERAL_WORDS and t not in _IDLE and kind_of_word(t) != PERSON
        for t in clause.own_nouns
    )


def _describing(clause: ClauseEvidence) -> bool:
    """A word that describes a state rather than passes a verdict ("nybakade", "läckte"),
    idioms ("till slut") aside."""
    tokens = clause.clause.tokens
    if not any(map(_describes, tokens)):
        return False
    return any(
        _describes(t) and (i == 0 or (tokens[i - 1], t) not in IDIOMS) for i, t in enumerate(tokens)
    )


@lru_cache(maxsize=65_536)
def _describes(token: str) -> bool:
    """Whether a word may describe: it has a weight, but is not only a verdict."""
    return bool(polarity(token)) and not is_verdict(token)


def _trouble(evidence: Evidence, clause: ClauseEvidence) -> bool:
    """A problem told without a judging word, in the clause's sentence: a long wait ("stod
    tio minuter", "tog fyrtio minuter"), a gap from what was promised ("i stället för en
    kvart"), too few open ("bara en kassa öppen"), a warm cooler ("kylen visade elva
    grader"), two prices for one thing ("149 kronor på skylten men i kassan drogs 219")."""
    index = clause.clause.sentence
    tokens = evidence.sentence_tokens[index]
    amounts = evidence.sentence_amounts[index]
    if not _WAITING.isdisjoint(tokens) and any(
        unit.startswith(("minut", "tim")) and (value >= 10 or unit.startswith("tim"))
        for value, unit in amounts
    ):
        return True  # waited
    if ("stället" in tokens or "istället" in tokens) and amounts:
        return True  # instead of what was promised
    if ("bara" in tokens and _FEW_OPEN.search(evidence.phrases[index]) is not None) or (
        "ensam" in tokens and not _ALONE_STAFF.isdisjoint(tokens)
    ):
        return True  # too few open
    warm = (
        not _WARM.isdisjoint(clause.clause.tokens)
        or any(unit.startswith("grad") and value > 8 for value, unit in clause.amounts)
    ) and any(t.startswith("kyl") for t in clause.clause.tokens)
    return warm or two_prices(evidence, index)


def _prices(evidence: Evidence, index: int) -> set[float]:
    priced = not _PRICING.isdisjoint(evidence.sentence_tokens[index])
    return {
        value
        for value, unit in evidence.sentence_amounts[index]
        if unit in MONEY or (priced and unit not in _MEASURES and value >= 5)
    }


def two_prices(evidence: Evidence, index: int) -> bool:
    """Two different prices in one sentence: in kronor, or bare numbers said of a price
    ("skulle kosta nittionio, men den drogs för hundrasextiofem"); or a promised price in
    one sentence and a charged one in the next of the same answer ("ska kosta
    hundrafyrtionio, det står på skylten" — "streckkoden med ordinarie pris,
    tvåhundranitton")."""
    if not evidence.sentence_amounts[index]:
        return False
    here = _prices(evidence, index)
    if len(here) >= 2:
        return True
    after = index + 1
    turns = evidence.reading.sentence_turns
    if not here or after >= len(turns) or turns[after] != turns[index]:
        return False
    there = _prices(evidence, after)
    if not there or here == there:
        return False
    first, second = evidence.sentence_tokens[index], evidence.sentence_tokens[after]
    promised = not _PROMISED.isdisjoint(first) or not _PROMISED.isdisjoint(second)
    charged = not _CHARGED.isdisjoint(first) or not _CHARGED.isdisjoint(second)
    return promised and charged


def _faulty(clause: ClauseEvidence) -> bool:
    tokens = clause.clause.tokens
    return has_fault(tokens)


def _goods_only(clause: ClauseEvidence) -> bool:
    return all(key.startswith("p:") for key, strength in clause.referents if strength >= 0.6)


def says_something(clause: ClauseEvidence, cues: SentenceCues) -> bool:
    """Whether a concrete clause says something about what it names (see module doc): two
    things placed by each other ("vatten på golvet vid frysarna"), not only listed ("mjölk,
    bröd och lite färs", "tårta och kaffe") — a list of what was bought observes nothing."""
    strong = sum(1 for _, strength in clause.referents if strength >= 0.6)
    return bool(
        clause.judged
        or clause.times
        or cues.actionable
        or cues.cause
        or (strong >= 2 and not (_goods_only(clause) and _PLACING.isdisjoint(clause.clause.tokens)))
        or _own_words(clause) > strong
    )


def _echoed(clause: ClauseEvidence, echo: frozenset[str]) -> bool:
    """Every word of substance is the store's own, said back (`echo`)."""
    if not echo:
        return False
    said = False
    for t in clause.clause.tokens:
        if t in _IDLE or t in GENERAL_WORDS:
            continue
        if echoes(t, echo):
            said = True
        elif not is_verdict(t):
            return False
    return said


def _placed_by(clause: ClauseEvidence) -> bool:
    """Things of the store's placed by each other ("det drog kallt från dörren vid
    fönsterbordet i fiket"): where in the store, which no verdict says. Two are not enough:
    "kön i kassan" is one thing in the words of any visit."""
    strong = sum(1 for _, strength in clause.referents if strength >= 0.6)
    return strong >= 3 and not _PLACING.isdisjoint(clause.clause.tokens)


def _specific(
    clause: ClauseEvidence,
    cues: SentenceCues,
    echo: frozenset[str],
    sentence: tuple[ClauseEvidence, ...] = (),
    rich: bool = True,
) -> bool:
    """A detail and a description (see the module docstring): the thing named is one of
    the words, so a description needs a second word of the customer's own; the store's own
    words said back are none (`echo`). In a call that plays for the reward (not `rich`),
    the telling alone — a person by what they did, one named before, things placed by each
    other — is none, and so is a number with no unit ("modellbygget tio, kassan tio"): a
    score given, not a count told; nor is bare more of a thing (`_bare_more`)."""
    if not rich and _bare_more(clause):
        return False
    faulty: bool | None = None
    if not (clause.amounts or cues.cause) and _own_words(clause, clause.names) < (
        1 if clause.names else 2
    ):
        faulty = _faulty(clause)
        if not faulty:
            return False
    kinds = {key[:2] for key, strength in clause.referents if strength >= 0.6}
    detail = bool(
        kinds & {"p:", "f:", "l:", "n:"}
        or (clause.numbers and (rich or counted(clause)))
        or clause.times
        or cues.cause
        or (rich and _placed_by(clause))
        or (rich and THING in kinds and _told_of(clause))
    )
    return bool(
        (
            detail
            or (_faulty(clause) if faulty is None else faulty)
            or _person(clause, rich)
            or _describing(clause)
            or _named_thing(clause)
            or (rich and _named_before(sentence, clause))
        )
        and not _echoed(clause, echo)
    )


_TOLD = 2
"""Words of the customer's own at least that tell of a thing of the trade."""


def _told_of(clause: ClauseEvidence) -> bool:
    """Whether a clause tells something of a thing of the trade (`trade_things`) beyond a
    verdict: two words of the customer's own besides its names that are no intensifiers
    ("domarna skaver i högra örat", "skärmväggen är så hög att jag inte når de översta"),
    not one ("knivarna är i världsklass") nor praise turned up ("kaffet var fantastiskt och
    personalen helt otroligt trevlig")."""
    names = clause.names
    told = sum(
        1 for t in clause.clause.tokens if _own(t) and t not in names and t not in INTENSIFIERS
    )
    return told >= _TOLD


def counted(clause: ClauseEvidence) -> bool:
    """Whether a number of the clause counts something by the word after it ("tio minuter",
    "femton procent", "tre bullar"), not a bare number ("kassan tio", "förslag två") or a
    score ("tio av tio")."""
    return any(
        unit and unit not in NO_UNIT and word_value(unit) is None for _, unit in clause.amounts
    )


_MORE = listed("mer fler flera")
_FIRST_PERSON = listed("jag vi mig oss")
_BARE = 3
"""Words at most in a clause of bare more ("fler tårtor", "mer kaffe")."""


def _bare_more(clause: ClauseEvidence) -> bool:
    """More of a thing and nothing else ("Förslag två: mer kaffe"): in a call that plays for
    the reward, a wish any customer of any such store could make, no detail of this visit."""
    tokens = clause.clause.tokens
    return len(tokens) <= _BARE and tokens[0] in _MORE


_CREDENTIALS = re.compile(
    r"^(?:(?:och|så|men) )?(?:som (?:\w+ ){0,2}?\w+ (?:sedan|i \w+ år)\b|"
    r"jag (?:är|var) (?:själv |ju |också )?(?:\w+ )?\w+ (?:sedan|i \w+ år)\b|"
    r"jag (?:är|var) själv \w+|jag har (?:jobbat|arbetat|varit) som\b|"
    r"jag (?:jobbar|arbetar|undervisar) (?:som|själv|på|i|med)\b|"
    r"jag har \w+ sedan jag var\b)"
)
"""The customer saying who they are ("som musiker sedan tonåren", "jag är själv optiker
sedan tjugo år", "jag har jobbat som cykelmekaniker i femton år"): an enthusiast's or a
professional's credentials, not the visit, however many years and trades they name."""
_CREDENTIAL_WORDS = listed("jag som")
_BURNING = listed("brinner brann brinna brunnit")
_CARING = listed("bryr brydde värnar värnade månar månade")
_PASSIONATE = listed("ni de dom man hon han vi alla ägaren ägarna personalen folk")
_SELVES = listed("er sig oss dig mig")


def _passion(clause: ClauseEvidence) -> bool:
    """People burning for or caring about something ("det märks att ni brinner för färg och
    form", "man märker att ni bryr er om maten och om gästerna", "ni värnar om kvaliteten"):
    a passion or care at large, not the thing observed — a lamp that "brann" is not read
    here, nor "ingen brydde sig" when the clause tells what was left undone."""
    tokens = clause.clause.tokens
    if _BURNING.isdisjoint(tokens) and _CARING.isdisjoint(tokens):
        return False
    return any(
        (
            (t in _BURNING and tokens[i + 1 : i + 2] == ("för",))
            or (
                t in _CARING
                and "om" in tokens[i + 1 : i + 3]
                and (tokens[i + 1 : i + 2] == ("om",) or tokens[i + 1] in _SELVES)
                and _DENIALS.isdisjoint(tokens)
            )
        )
        and not _PASSIONATE.isdisjoint(tokens[max(0, i - 2) : i])
        for i, t in enumerate(tokens)
    )


_NORM = re.compile(
    r"\b(?:förväntning\w*|förvänta\w*|krav\w*|kräva|kräver|begära)\b(?: \w+){0,4}? "
    r"man\b(?: \w+){0,3}? (?:på|av|hos) (?:en|ett)\b|"
    r"\bman\b(?: \w+){0,2}? (?:förväntar|kräver|begär|väntar)(?: sig)?(?: \w+){0,3}? "
    r"(?:på|av|hos) (?:en|ett)\b"
)
_NORM_WORDS = listed("förväntningar förväntningarna förväntar förvänta kräver kräva krav begär")


def _norm(clause: ClauseEvidence) -> bool:
    """A thing measured against what one expects of a kind of shop ("kvaliteten motsvarade
    inte förväntningarna man har på en restaurang i den här prisklassen", "det man kan kräva
    av ett företag"): its things are the kind's, not this visit's — the indefinite "en"
    after the generic "man" tells a norm, not a place."""
    tokens = clause.clause.tokens
    if "man" not in tokens or _NORM_WORDS.isdisjoint(tokens):
        return False
    return _NORM.search(" ".join(tokens)) is not None


_FIGURE_VERBS = listed("är var känns kändes blir blev")
_HEDGES = listed("nästan precis liksom lite typ mer ju")
_SUBJECTS = listed("jag du han hon vi ni de dom man det den någon alla folk")


def _figure(tokens: tuple[str, ...]) -> bool:
    """A figure of an experience: "att kliva in i Bagarstugan är som att få en varm filt över
    axlarna en kall morgon", "det kändes nästan som att komma hem" — how the visit felt,
    told as another scene, whose morning, shoulders and blanket are no detail of the visit.
    Not what someone seemed to do ("det kändes som att ni inte ville ha kunder"), nor a
    thing likened to a thing ("bullarna var som stenar")."""
    if "som" not in tokens or "att" not in tokens:
        return False
    for index in range(1, len(tokens) - 2):
        if tokens[index] != "som" or tokens[index + 1] != "att":
            continue
        before = index - 1
        while before > 0 and tokens[before] in _HEDGES:
            before -= 1
        if tokens[before] in _FIGURE_VERBS and tokens[index + 2] not in _SUBJECTS:
            return True
    return False


def _credentials(clause: ClauseEvidence) -> bool:
    """A clause of the customer's own credentials (`_CREDENTIALS`) that finds no fault: it
    observes nothing of this store ("Jag är själv optiker, så jag såg att glaset var fel" keeps
    its second clause)."""
    tokens = clause.clause.tokens
    return (
        not _CREDENTIAL_WORDS.isdisjoint(tokens[:3])
        and _CREDENTIALS.search(" ".join(tokens)) is not None
        and not is_complaint(clause)
    )


def _weather(evidence: Evidence, clause: ClauseEvidence) -> bool:
    """Cold or warmth said of the weather, not of the store: "det är ju kallt nu, minus
    tjugotvå i morse" — a temperature word as the clause's only thing, in a sentence of the
    weather outdoors that places nothing indoors ("kallt i butiken", "inne", a
    department)."""
    tokens = clause.clause.tokens
    if _TEMPERATURE.isdisjoint(tokens) or any(k != "t:layout" for k, _ in clause.referents):
        return False
    sentence = evidence.sentence_tokens[clause.clause.sentence]
    indoors = not _INDOORS.isdisjoint(sentence) or any(
        c.departments for c in evidence.in_sentence(clause.clause.sentence)
    )
    return not indoors and not _OUTDOORS.isdisjoint(sentence)


def _named_before(sentence: tuple[ClauseEvidence, ...], clause: ClauseEvidence) -> bool:
    """A particular person named in a clause of their own just before ("Hon i växthuset,
    Gunilla, gick igenom hela min lista"): what the clause tells, that person did."""
    if len(sentence) < 2 or sentence[0] is clause:
        return False
    before = sentence[: sentence.index(clause)]
    return any(
        len(c.clause.tokens) <= _NAMING
        and (_person(c) or _NAME.fullmatch(c.clause.text.strip(" ,.")))
        for c in before
    )


def _placed(clause: ClauseEvidence) -> bool:
    return bool(clause.departments) or any(key.startswith("l:") for key, _ in clause.referents)


def observations(
    evidence: Evidence, rewarded: bool = True
) -> tuple[list[Observation], int, set[int]]:
    """This store's observations, one per thing observed, the number of things observed
    about another store, and every sentence that observes something (a thing observed again
    counts once, but the words that observe it again are not padding). A clause that names
    nothing but judges ("dom var torra") says it of the thing observed just before, in its
    sentence or, opening with "dom" or "den", in the sentence before. A sentence that asks
    for the reward (`rewards`) observes nothing; `rewarded` False says none does. A call
    that asks for the reward and grades its own feedback ("den mest detaljerade feedbacken",
    "specifika detaljer") observes nothing at all: it sells its telling, it does not tell."""
    found: dict[str, Observation] = {}
    if evidence.rewarded and grades_any(evidence.words):
        return [], 0, set()
    asking = {i for i, said in enumerate(evidence.phrases) if asks_reward(said)} if rewarded else ()
    questions = asked(evidence)
    away: set[str] = set()
    observing: set[int] = set()
    last: str | None = None
    for clause in evidence.clauses:
        cues = evidence.cues[clause.clause.sentence]
        if cues.about_call:
            continue
        if cues.elsewhere:
            if clause.concrete and says_something(clause, cues):
                away.add(_key(clause))
            continue
        if not clause.concrete:
            if last is None:
                continue
            if _continues(clause, found[last]) and clause.judged:
                found[last] = _merged(found[last], _said_of(evidence, found[last], clause))
                observing.add(clause.clause.sentence)
            elif (
                not _DENIALS.isdisjoint(clause.clause.tokens)
                and _same_answer(evidence, clause, found[last])
                and _faulty(clause)
            ):
                found[last] = evolve(found[last], problem=True)
                observing.add(clause.clause.sentence)
            continue
        if not says_something(clause, cues) or clause.clause.sentence in asking:
            continue
        if clause.clause.sentence in questions:
            continue
        if _weather(evidence, clause) or _credentials(clause) or _passion(clause):
            continue
        if _norm(clause):
            continue
        if at_large(evidence.sentence_tokens[clause.clause.sentence]) and (
            evidence.in_sentence(clause.clause.sentence)[0] is clause
            or _FIRST_PERSON.isdisjoint(clause.clause.tokens)
        ):
            continue  # the customer's own account after it is still this visit
        sentence = evidence.in_sentence(clause.clause.sentence)
        figure = _figure(clause.clause.tokens)
        observed = Observation(
            clause=clause,
            key=_key(clause),
            specific=not figure
            and _specific(clause, cues, evidence.echo, sentence, not evidence.gaming),
            located=any(_placed(c) for c in sentence),
            timed=any(c.times for c in sentence if not (figure and c is clause)),
            problem=is_complaint(clause) or _trouble(evidence, clause),
        )
        seen = found.get(observed.key)
        found[observed.key] = observed if seen is None else _merged(seen, observed)
        observing.add(clause.clause.sentence)
        last = observed.key
    return list(found.values()), len(away - found.keys()), observing


def _same_answer(evidence: Evidence, clause: ClauseEvidence, previous: Observation) -> bool:
    """A fault told in the same answer as the thing observed, with no thing of its own
    ("Jag kom inte förbi", "det fanns ingen att fråga"), is that thing's problem."""
    turns = evidence.reading.sentence_turns
    return turns[clause.clause.sentence] == turns[previous.clause.clause.sentence]


def _continues(clause: ClauseEvidence, previous: Observation) -> bool:
    here = clause.clause.sentence
    before = previous.clause.clause.sentence
    return here == before or (here == before + 1 and clause.clause.tokens[0] in _ANAPHORA)


def _said_of(evidence: Evidence, observed: Observation, clause: ClauseEvidence) -> Observation:
    described = _own_words(clause) >= 1 or _faulty(clause)
    return Observation(
        clause,
        observed.key,
        described
        and (
            _describing(clause)
            or observed.specific
            or (clause.numbers > 0 and (not evidence.gaming or counted(clause)))
        ),
        observed.located,
        observed.timed or clause.times > 0,
        is_complaint(clause) or _trouble(evidence, clause),
    )


def _merged(seen: Observation, again: Observation) -> Observation:
    return Observation(
        seen.clause,
        seen.key,
        seen.specific or again.specific,
        seen.located or again.located,
        seen.timed or again.timed,
        seen.problem or again.problem,
    )
