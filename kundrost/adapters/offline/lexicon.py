"""Swedish sentiment: a word lexicon with intensifiers and negation, read clause by clause.

Each listed word weighs +1 or -1 (strong words 1.5, mild ones 0.5); adjectives are listed by
their stem and match every inflection ("trevlig", "trevligt", "trevliga", "trevligare").
A "jätte-", "super-" or "skit-" prefix and a preceding "väldigt", "riktigt", "otroligt"...
strengthen a word by half. A negation ("inte", "ej", "aldrig", "ingen", "inget", "inga",
"knappast", "knappt", "sällan", "utan", "varken") up to three words before a word flips it,
as does one right after a verb ("gillade inte"): "inte bra" is negative, "ingen kö" and "inga
problem" are positive. Words outside the lexicon score nothing.

Two complaints need no judging word. A fault — a verb of being there or working, negated
("fanns inte", "fungerade den inte", "hittade inte", "stämde inte", "gick inte att") —
weighs -1, unless what follows is itself bad or a crowd ("fanns inte någon kö", "fanns inte
mycket folk"); praise before it in the clause describes what was missing and is dropped.
An excess — "för" after a degree word or a copula, before an adjective ("alldeles för
gröna", "lite för små") — weighs -1 too.

A judging word in a hypothetical ("det hade varit bra om…", "vore skönt med", "det skulle
vara trevligt") weighs nothing: it wishes for something the visit lacked and praises nothing
that was there. So does praise in the comparative after a wish or a modal verb ("jag önskar
att ni lagar dem snabbare", "kassan kan bli tydligare"): it names what should be better.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.swedish import definite_noun

NEGATIONS = listed(
    "inte ej icke aldrig ingen inget inga knappast knappt sällan utan varken slapp slipper slippa"
)
INTENSIFIERS = listed(
    "väldigt mycket riktigt otroligt extremt jätte super så helt oerhört himla sjukt grymt"
)
_PREFIXES = ("jätte", "super", "skit", "sjukt", "asså")
_WINDOW = 3
_WOULD_BE = frozenset({"vore", "varit", "vara"})
_WOULD = frozenset({"hade", "skulle", "kunde", "borde"})
_WISHING = listed(
    "önskar önskade önska önskat vill ville hoppas hoppades borde bör behöver behövde skulle"
    " kunde kan"
)
_IN_FRAME = frozenset({"det", "ha", "nog", "ju", "ännu", "ganska", "lite"}) | INTENSIFIERS

_POSITIVE = """
trevlig vänlig hjälpsam glad fräsch färsk fin snygg prydlig snabb smidig billig prisvärd
rimlig kunnig proffsig mysig lugn härlig nöjd imponerad välsorterad välfylld rymlig tydlig
effektiv positiv schysst schyst sjyst läcker mumsig smaskig hygienisk luftig generös
uppmärksam tjänstvillig artig ordentlig pålitlig välkomnande omtänksam engagerad duktig
praktisk bekväm överskådlig lättillgänglig frisk städad organiserad serviceinriktad
nybakad nygräddad nybryggd nymalen nyplockad nylagad hemgjord hemlagad krispig knaprig
saftig smakrik välsmakande mogen friktionsfri motiverad välskött genomtänkt kompetent
inspirerande gedigen välordnad
"""
_STRONG_POSITIVE = "fantastisk underbar utmärkt perfekt grym suverän otrolig enastående strålande"
_POSITIVE_WORDS = """
bra god gott goda godare godast toppen kanon jättebra superbra bäst bästa lätt lätta
enkel enkelt enkla ren rent rena renare tillmötesgående gillar gillade gilla gillat älskar
älskade uppskattar uppskattade uppskattat rekommenderar rekommenderade tack tacksam beröm
glädje njöt imponerade professionell professionellt professionella lagom moget mogna
"""
_MILD_POSITIVE = "okej ok okey vidare hyfsad hyfsat hyfsade godkänt godkänd"
_NEGATIVE = """
otrevlig ovänlig ohjälpsam sur tråkig stressig rörig stökig smutsig skitig ofräsch unken
möglig trasig långsam dyr krånglig besvärlig irriterad missnöjd trång mörk halt farlig
ointresserad nonchalant slarvig kladdig ostädad sunkig sliten otydlig felaktig konstig
orimlig överprisad onödig frustrerad ohygienisk snål stel ouppmärksam oartig butter
bristfällig kaotisk jobbig högljudd bullrig risig trist torr smaklös avslagen ljummen
dålig ful fånig löjlig pinsam blöt mjölig
"""
_STRONG_NEGATIVE = "hemsk fruktansvärd äcklig värdelös oacceptabel oförskämd vidrig usel"
_NEGATIVE_WORDS = """
dåligt dåliga sämre sämst tom tomt tomma rutten ruttet ruttna besviken
besviket besvikna utgången utgånget utgångna irriterande störande stressande frustrerande
förvirrande förvirrad nedgången svår svårt svåra kass kasst problem problemet problemen
strul strulade strular fel felet mögel möglet smuts skräp stank stinker stank brist brister
bristen klagomål klaga klagade klagar saknade saknar saknas fattades fattas irriterar
irriterade stör störde synd tyvärr hatar hatade besvikelse katastrof skandal slut slutsåld
slutsålt krångel krånglade krånglar missade misslyckades glömde trängsel väntan skadad
skadade trasiga sönder oreda kaos läckte läcker läckage halkade halkar ramlade pinsamt
pinsam överdebiterad överdebiterade upptagen upptaget upptagna fullsatt fullsatta
klämmer klämde skaver skavde glappar glappade gnisslar gnisslade kärvar kärvade
ohyra löss bladlöss skadedjur
"""
"""The last two lines: a thing that fits badly, jams or squeaks, and pests on plants —
faults whatever the trade ("bågarna klämmer bakom örat", "pelargonerna hade bladlöss")."""
_IRREGULAR_NEGATIVE = """omogen omoget omogna skrumpen skrumpet skrumpna ljummen ljummet ljumna
bränd bränt brända brände härsken härsket härskna unket unkna surnad surnat surnade"""
_MILD_NEGATIVE = "köa köade väntade vänta väntat väntetid väntetiden dröjde"
QUEUE_WORDS = listed("kö kön köer köerna köbildning köbildningen")
_SHORT_QUEUE = listed("kort korta kortare kortast liten lite små ingen inga snabb snabbt")
_LONG_QUEUE = listed(
    "lång långt långa längre längst jättelång jättelånga stor stora enorm enorma seg segt"
)
"""A queue is neither good nor bad until it is called short or long: "kön var kort" is
praise, "kön var lång" a complaint."""
IDIOMS = frozenset({("till", "slut")})
_FAULT_VERBS = listed(
    """fanns finns fungerade fungerar funkade funkar stämde stämmer räckte räcker syntes syns
    hittade hittar fick får öppnade startade reagerade svarade lyste gick går kom kommer
    stod står väger vägde"""
)
_WEIGHED = listed("väger vägde")
_WEIGHTS = listed("kilo kg gram hekto hg ton")
"""A weight denied in its unit is short ("säckarna väger inte tio kilo"); without one it
may be praise ("den väger inte mycket")."""
_TAKING = listed("tog tar godkände godkänner läste läser")
_MACHINES = ("automaten", "automaterna", "maskinen", "läsaren", "scannern", "terminalen",
             "appen", "kassan", "självscanningen")  # fmt: skip
"""A machine that did not take or read what it should ("pantautomaten tog inte mina
glasflaskor", "kortläsaren läste inte kortet") failed."""
_NOBODY = listed("ingen inget inga ingenting ingenstans")
"""After "fanns", "finns", "stod" or "står": nobody, nothing or nowhere ("det fanns ingen att
fråga", "det står ingenstans")."""
_EXISTING = listed("fanns finns stod står")
_NOT_FAULTS = listed("ihåg åt på")
"""What after a negated "kom" is no failure: "kom inte ihåg", "kom inte åt"... are idioms."""
_IMPOSSIBLE = listed("gick går")
_TOO = listed("alldeles alltför lite tok var är blev väldigt ganska alltid")
_NOUN_ENDINGS = ("en", "et", "rna")
"""Definite nouns ("för barnen", "för bananerna"), not plural adjectives ("för gröna")."""
_NOT_TOO = listed("att mig dig oss er dem den det en ett dom de sig honom henne")
_FAULT_NEGATIONS = listed("inte ej aldrig")
_CROWD = listed("folk kunder människor")
FAULT = 1.0
_VERBS = listed(
    """gillar gillade gilla gillat älskar älskade uppskattar uppskattade rekommenderar fanns
    finns funkade fungerade hittade stämde räckte klämmer klämde skaver skavde glappar
    glappade gnisslar gnisslade kärvar kärvade"""
)
"""Verbs a negation after denies: "bågarna klämmer inte"."""


def _adjective(stem: str) -> tuple[str, ...]:
    if stem.endswith("ad"):
        neuter = stem[:-1] + "t"
    elif stem.endswith("d") and stem[-2] in "aeiouyåäö":
        neuter = stem[:-1] + "tt"
    elif stem.endswith("t"):
        neuter = stem
    else:
        neuter = stem + "t"
    return (stem, neuter, stem + "a", stem + "e", stem + "are", stem + "ast", stem + "aste")


def _weights() -> dict[str, float]:
    weights: dict[str, float] = {}
    groups = (
        (_NEGATIVE, -1.0, True),
        (_STRONG_NEGATIVE, -1.5, True),
        (_NEGATIVE_WORDS, -1.0, False),
        (_IRREGULAR_NEGATIVE, -1.0, False),
        (_MILD_NEGATIVE, -0.5, False),
        (_POSITIVE, 1.0, True),
        (_STRONG_POSITIVE, 1.5, True),
        (_POSITIVE_WORDS, 1.0, False),
        (_MILD_POSITIVE, 0.5, False),
    )
    for words, weight, inflect in groups:
        for word in words.split():
            for form in _adjective(word) if inflect else (word,):
                weights.setdefault(form, weight)
    return weights


WEIGHTS = _weights()

_VERDICT_STEMS = """
bra god gott goda bäst bästa bättre sämre sämst dålig dåligt dåliga okej ok toppen kanon
perfekt fantastisk underbar utmärkt grym suverän härlig trevlig vänlig glad hjälpsam
professionell tillmötesgående välkomnande smidig snabb mysig skön nöjd missnöjd positiv
negativ fin trist tråkig kass jobbig rimlig lugn bekväm schysst schyst ordentlig duktig
imponerad imponerande sådär hyfsad hyfsat godkänd välfylld välsorterad fräsch ren städad
snygg prydlig organiserad hygienisk kanonbra toppenbra tydlig effektiv engagerad kunnig
generös uppmärksam tjänstvillig artig pålitlig omtänksam serviceinriktad läcker mumsig smaskig
smakrik välsmakande praktisk överskådlig lättillgänglig enastående strålande otrolig proffsig
sjyst friktionsfri motiverad välskött genomtänkt kompetent inspirerande gedigen välordnad
"""
_VERDICT_WORDS = """problem problemet problemen klagomål klaga klagar synpunkter fel felet
amazing great nice good awesome perfect lovely excellent fantastic super cool fine bad
terrible awful friendly smooth clean fresh helpful best better worst wonderful gillar gillade
gilla gillat älskar älskade uppskattar uppskattade uppskattat rekommenderar rekommenderade tack
tacksam beröm glädje lätt lätta enkel enkelt enkla lagom"""
VERDICTS = frozenset(
    [form for stem in _VERDICT_STEMS.split() for form in (stem, *_adjective(stem))]
    + _VERDICT_WORDS.split()
)
"""Words that only pass a verdict ("bra", "trevlig", "smidigt"), as against words that
describe a state ("nybakade", "ljumna", "gröna")."""


@lru_cache(maxsize=65_536)
def is_verdict(token: str) -> bool:
    """Whether the word only judges, a "jätte-"/"super-" compound of such a word included."""
    if token in VERDICTS:
        return True
    return any(token.startswith(p) and token[len(p) :] in VERDICTS for p in _PREFIXES)


@lru_cache(maxsize=65_536)
def polarity(token: str) -> float:
    """The lexicon weight of a word, a "jätte-"/"super-"/"skit-" compound strengthened."""
    weight = WEIGHTS.get(token)
    if weight is not None:
        return weight
    for prefix in _PREFIXES:
        if token.startswith(prefix) and len(token) > len(prefix) + 2:
            inner = WEIGHTS.get(token[len(prefix) :])
            if inner is not None:
                return inner * 1.5
    return 0.0


def is_negated(tokens: Sequence[str], index: int) -> bool:
    """Whether the word at `index` is in the scope of a negation (see module doc)."""
    if not NEGATIONS.isdisjoint(tokens[max(0, index - _WINDOW) : index]):
        return True
    after = index + 1
    return tokens[index] in _VERBS and after < len(tokens) and tokens[after] in NEGATIONS


def is_hypothetical(tokens: Sequence[str], index: int) -> bool:
    """Whether the word at `index` is judged in a hypothetical (see module doc): after "vore",
    or after "varit" or "vara" governed by "hade", "skulle", "kunde" or "borde" ("hade det
    varit", "skulle ha varit", "kunde vara"), with only adverbs between."""
    at = index - 1
    while at >= 0 and tokens[at] in _IN_FRAME:
        at -= 1
    if at < 0 or tokens[at] not in _WOULD_BE:
        return False
    if tokens[at] == "vore":
        return True
    at -= 1
    while at >= 0 and tokens[at] in _IN_FRAME:
        at -= 1
    return at >= 0 and tokens[at] in _WOULD


def is_wished(tokens: Sequence[str], index: int) -> bool:
    """Whether the word at `index` is a comparative ("snabbare", "billigare") after a wish or a
    modal verb in its clause: what should be better, not what was good (module doc)."""
    return tokens[index].endswith("are") and not _WISHING.isdisjoint(tokens[:index])


def is_fault(tokens: Sequence[str], index: int) -> bool:
    """Whether the verb at `index` says, negated, that something was missing or failed
    ("fanns inte", "fungerade den inte", "inte stämde"), not the absence of something bad
    or of a crowd ("fanns inte någon kö", "fanns inte mycket folk")."""
    if tokens[index] not in _FAULT_VERBS and not (
        tokens[index] in _TAKING and any(t.endswith(_MACHINES) for t in tokens[:index])
    ):
        return False
    near = tokens[index + 1 : index + 3]
    before = tokens[index - 1] if index else ""
    if tokens[index] in _WEIGHED:
        return "inte" in near and not _WEIGHTS.isdisjoint(tokens[index + 2 : index + 6])
    if tokens[index] in _IMPOSSIBLE:
        return near == ("inte", "att") or (before == "inte" and near[:1] == ("att",))
    nobody = tokens[index] in _EXISTING and not _NOBODY.isdisjoint(near)
    if _FAULT_NEGATIONS.isdisjoint(near) and before not in _FAULT_NEGATIONS and not nobody:
        return False
    rest = tokens[index + 1 :]
    if tokens[index] in ("kom", "kommer") and not _NOT_FAULTS.isdisjoint(rest[:3]):
        return False
    calm = _CROWD.isdisjoint(rest) and QUEUE_WORDS.isdisjoint(rest)
    return calm and not _rare(rest) and not any(polarity(t) < 0 for t in rest)


_MANY = listed("många alla flera")
_WHERE = listed("på i hos")
_PLACES = listed("ställen platser butiker affärer håll")


def _rare(rest: Sequence[str]) -> bool:
    """What is not found in many places ("det finns inte på många ställen idag", "finns inte
    i alla butiker", "finns inte överallt"): rarity, praise of this store, not a lack; "det
    fanns inte många kvar" is a lack."""
    if "överallt" in rest[:3]:
        return True
    return any(
        rest[i] in _WHERE and rest[i + 1] in _MANY and rest[i + 2] in _PLACES
        for i in range(min(len(rest) - 2, 3))
    )


def has_fault(tokens: Sequence[str]) -> bool:
    """Whether any word of the clause is a fault (`is_fault`): only a fault verb or a verb of
    taking can be one, so a clause without either is read no further."""
    if not _UNDOING.isdisjoint(tokens) and _undone(tokens):
        return True
    if _FAULT_VERBS.isdisjoint(tokens) and _TAKING.isdisjoint(tokens):
        return False
    return any(is_fault(tokens, i) for i in range(len(tokens)))


def is_excess(tokens: Sequence[str], index: int) -> bool:
    """Whether "för" at `index` says "too": after a degree word or a copula and before a word
    that is not a pronoun, an article or a noun ("alldeles för gröna", "var för dyrt")."""
    if tokens[index] != "för" or not index:
        return False
    if tokens[index - 1] not in _TOO and not definite_noun(tokens[index - 1]):
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    noun = len(after) >= 5 and after.endswith(_NOUN_ENDINGS)
    if not after or after in _NOT_TOO or after.isdigit() or noun:
        return False
    return polarity(after) <= 0


def _many(tokens: Sequence[str], index: int) -> bool:
    """Ten or more before the unit at `index` ("femton minuter", "20 minuter")."""
    value = word_value(tokens[index - 1]) if index else None
    return value is not None and value >= 10


@lru_cache(maxsize=65_536)
def _weighs(token: str) -> bool:
    """Whether `sentiment` may weigh the word after its queue reading: a fault verb, "för"
    (an excess) or a word of the lexicon. A clause without one weighs nothing more."""
    return token in _FAULT_VERBS or token == "för" or bool(polarity(token))


_COPULAS = listed("var är blev blir varit")
_PARTICIPLE_ENDINGS = (
    "ad",
    "ade",
    "at",
    "ats",
    "gen",
    "ten",
    "dd",
    "dda",
    "rd",
    "rda",
    "kt",
    "kta",
)
_NOT_PARTICIPLES = listed("direkt exakt precis bara alls heller riktigt säkert klart")
_NOT = listed("inte ej")


def undone_at(tokens: Sequence[str], index: int) -> bool:
    """Whether the word at `index` is a participle said, after a copula and a negation, not
    to hold of a thing ("skalmarna var inte justerade", "snabbkopplingen var inte
    åtdragen"): what was to be done to it was not. The thing is a definite noun just before
    the copula, so a person's state ("hon var inte stressad") is none; a judging word is
    weighed by `sentiment`."""
    token = tokens[index]
    if index < 3 or tokens[index - 1] not in _NOT or tokens[index - 2] not in _COPULAS:
        return False
    if len(token) < 5 or not token.endswith(_PARTICIPLE_ENDINGS) or token in _NOT_PARTICIPLES:
        return False
    return not polarity(token) and definite_noun(tokens[index - 3])


_FINITE = ("de", "te", "dde", "tte", "ar", "er")
_NOBODY_DID = listed("kan kunde ska skulle vill ville har hade sa verkar")
_NEEDLESS = listed("behövde behöver behövt")
"""Nobody needing to ("ingen behövde vänta") is no fault."""


def _nobody_did(tokens: Sequence[str]) -> bool:
    """ "Ingen ringde", "ingen svarar på mejlen", "ingen kunde säga varför": nobody did what
    someone should have — "ingen" before a verb, not before a noun ("ingen kö")."""
    return any(
        t == "ingen"
        and i + 1 < len(tokens)
        and tokens[i + 1] not in _NEEDLESS
        and (tokens[i + 1] in _NOBODY_DID or tokens[i + 1].endswith(_FINITE))
        for i, t in enumerate(tokens)
    )


_LACKING = listed("har hade")
_NONE = listed("inte ej inga inget ingen")
_ASIDES = listed("tyvärr fortfarande faktiskt alltså nog")
"""Words said between "ni har" and the lack ("ni har tyvärr ingen laddstolpe")."""
_SHARED = listed("ju väl")
"""Words that tell a lack as known to both ("ni har ju ingen laddstolpe")."""


def lacks_at(tokens: Sequence[str], index: int, known: bool = False) -> bool:
    """Whether "har"/"hade" at `index` says this store lacked something: "ni hade inga filter
    till mokabryggaren", "ni har inte den storleken", "det har ni inte", "ni har tyvärr ingen
    laddstolpe". A lack told as known to both ("ni har ju ingen hemleverans, det vet jag") is
    the ground of a wish, no fault found: it counts only when `known` is asked. Not the
    perfect tense ("ni har inte glömt mig": a supine in "-t" after the negation), nothing to
    regret ("ni har inget att skämmas för"), nor a queue, a crowd or something bad lacking
    ("ni hade ingen kö", "ni har inga dåliga varor")."""
    if tokens[index] not in _LACKING or not index:
        return False
    if tokens[index - 1] == "ni":
        rest = tokens[index + 1 :]
    elif index + 1 < len(tokens) and tokens[index + 1] == "ni":
        rest = tokens[index + 2 :]
    else:
        return False
    shared = False
    while rest and (rest[0] in _ASIDES or rest[0] in _SHARED):
        shared = shared or rest[0] in _SHARED
        rest = rest[1:]
    if shared is not known or not rest or rest[0] not in _NONE:
        return False
    after = rest[1:2]
    if after and (after[0] == "att" or (after[0].endswith("t") and not after[0].endswith("et"))):
        return False
    return (
        _CROWD.isdisjoint(rest)
        and QUEUE_WORDS.isdisjoint(rest)
        and not any(polarity(t) < 0 for t in rest)
    )


_UNDOING = _NOT | {"ingen", "inga", "inget"}


def _undone(tokens: Sequence[str]) -> bool:
    if _UNDOING.isdisjoint(tokens):
        return False
    if "ingen" in tokens and _nobody_did(tokens):
        return True
    if "ni" in tokens and any(lacks_at(tokens, i) for i in range(len(tokens))):
        return True
    if _NOT.isdisjoint(tokens) or _COPULAS.isdisjoint(tokens):
        return False
    return any(undone_at(tokens, i) for i in range(len(tokens)))


_WEIGHING = _FAULT_VERBS | QUEUE_WORDS | {"för"}
"""The words other than judging ones that `sentiment` may weigh a clause by."""


def clause_weights(tokens: Sequence[str], judging: int) -> tuple[float, float]:
    """`sentiment` of a clause whose judging words (`polarity`) are counted: a clause with
    none, no queue word, no fault verb and no "för" weighs nothing, read no further."""
    if (
        not judging
        and _WEIGHING.isdisjoint(tokens)
        and (_UNDOING.isdisjoint(tokens) or not _undone(tokens))
    ):
        return 0.0, 0.0
    return sentiment(tokens)


def sentiment(tokens: Sequence[str]) -> tuple[float, float]:
    """The positive and the negative weight of one clause, negation and intensity applied;
    a queue called short or long, or taking ten minutes or more, weighs +1 or -1, and no
    queue at all ("fanns inte någon kö") +1.

    A fault (`is_fault`) weighs -1, and praise before it describes what was missing or
    failed ("färsk koriander fanns inte"), so it does not count."""
    positive = negative = 0.0
    if not QUEUE_WORDS.isdisjoint(tokens):
        for index, token in enumerate(tokens):
            short = (token in _SHORT_QUEUE and not polarity(token)) or (
                token in QUEUE_WORDS and is_negated(tokens, index)
            )
            long_wait = token.startswith(("minut", "timm")) and _many(tokens, index)
            if short or long_wait or token in _LONG_QUEUE:
                good = short if token in QUEUE_WORDS else short is not is_negated(tokens, index)
                positive, negative = positive + good, negative + (not good)
    if not _UNDOING.isdisjoint(tokens) and _undone(tokens):
        return 0.0, negative + FAULT
    if not any(map(_weighs, tokens)):
        return positive, negative
    for index, token in enumerate(tokens):
        if not _weighs(token):
            continue
        if token in _FAULT_VERBS and is_fault(tokens, index):
            positive = 0.0
            negative += FAULT
            continue
        if token == "för" and is_excess(tokens, index):
            negative += FAULT
            continue
        weight = polarity(token)
        if not weight or (index and (tokens[index - 1], token) in IDIOMS):
            continue
        if is_hypothetical(tokens, index) or (weight > 0 and is_wished(tokens, index)):
            continue
        if index and tokens[index - 1] in INTENSIFIERS:
            weight *= 1.5
        if is_negated(tokens, index):
            weight = -weight * (0.7 if weight > 0 else 1.0)
        if weight > 0:
            positive += weight
        else:
            negative -= weight
    return positive, negative
