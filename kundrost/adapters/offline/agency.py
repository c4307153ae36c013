"""Agency: goods, fixtures and the queue doing what only people or animals do.

A verb's subject and its kind — a person, a device, a department, the queue, a thing, or
an unknown noun the rules do not judge ("musiken spelade") — are found by `subjects`; an
infinitive ("kunde inte läsa den") takes the subject said before it.

A verb or predicate is surreal when its subject is of a kind that cannot do it:

- speaking, thinking, wanting, promising, answering ("osten sa", "brödet svarade på
  latin"), and playing (not a part, "spelade roll"), reading, quarrelling, waving, phoning,
  writing, sleeping or going on strike: things only — a sign may say a price, a machine may
  refuse a card or play music and "bråkar" when it fails, and "bageriet sa" means the
  bakery's staff; "vägrade" only with a demand of the thing itself ("vägrade komma ut tills
  den fick ett eget rum"), since "skruven vägrade gå in tills jag förborrade" is a screw;
- marching, strolling, barking, debating, commuting, hugging (not climbing: plants
  climb): things only, and like telling, whispering and weeping, unmistakable —
  one is nonsense (swimming and waving are not: pond fish swim, flowers wave in the wind);
  snoring and yawning: things, devices and departments;
- running, dancing, crying, laughing, flying, staring, being afraid or in love, marrying:
  things, devices and departments; singing: things and devices; humming: things;
- conducting, retiring ("gick i pension"), lounging in a deckchair or a hammock, forming a
  band or an orchestra, and a holiday ("åkte på semester"): anything but a person, the
  holiday not for a department, which closes for one. These count once a clause, and not
  beside a verb that already counted.

- explaining to a person ("osten förklarade för mig"; not "förpackningen förklarade", nor
  "det förklarade" read back at goods) and turning into an animal ("kanelbullen förvandlade
  sig till en duva"; not "glassen förvandlades till soppa"): things only, unmistakable.

Tiredness, sadness and anger are left out: "trött sallad", "ledsna bananer" and "argt röd"
are idiom.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from kundrost.adapters.offline.animate_acts import (
    ANIMATE_ACTS,
    FEELINGS,
    NON_FINITE,
    PHRASES,
    SELF_PROPELLED,
    UPWARD,
    verb_form,
)
from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.goods import ANIMALS
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.subjects import (
    DEPARTMENT,
    DEVICE,
    PERSON,
    QUEUE,
    THING,
    Subjects,
    kind_of_word,
    unknown_noun,
)

_ANY = frozenset({DEVICE, DEPARTMENT, QUEUE, THING})


def _acts(groups: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    return {word: kinds for words, kinds in groups.items() for word in words.split()}


ACTS = _acts(
    {
        """sa sade säger berättade viskade ropade skrek skriker svarade svarar svarat pratade
        prata pratar pratat talade talar tänker tänkte planerar planerade glömt glömde minns
        mindes lovade bad bestämde vill ville vägrade vägrar tyckte""": frozenset({THING}),
        "betalade swishade": frozenset({THING}),
        """marscherade promenerade promenerar skällde skäller diskuterade diskuterar
        pendlar pendlade skuttade kramade pussade röstade röstar röstat""": frozenset({THING}),
        "snarkade snarkar gäspade": frozenset({THING, DEVICE, DEPARTMENT}),
        """sprang springa springer dansade dansar skrattade skrattar grät gråter gråta gråtit
        snyftade simmade flög flyger flyga flugit svävade svävar applåderade tittade rädd
        rädda kär gift gifte bröllop""": frozenset({THING, DEVICE, DEPARTMENT}),
        """spelade spelar spela spelat läste läser läsa läst bråkade bråkar bråka grälade
        grälar grälat hejade hejar vinkade vinkar hälsade skämtade fnissade ringde skrev sov somnade
        strejkade protesterade""": frozenset({THING}),
        "sjöng sjunger sjunga sjungit": frozenset({THING, DEVICE}),
        "nynnade nynnar nynna": frozenset({THING}),
        "förklarade förklarar": frozenset({THING}),
        "dirigerade dirigerar dirigera pensionerade": _ANY,
        "semestrade semestrar": frozenset({THING, DEVICE, QUEUE}),
    }
)
_ROLES = listed(
    """borgmästare borgmästaren kapten kaptenen styrman styrmannen president presidenten kung
    kungen drottning drottningen brud bruden brudgum präst båt båten skepp ubåt raket"""
)
PARTICIPLES = listed("flygande svävande talande pratande sjungande dansande")
_LOUNGING = ("solstol", "hängmatt")
_ENSEMBLES = listed("orkester orkestern popband rockband dansband kören")
_PHRASES = listed("pension pensionen semester band")
_ANIMATE = (ANIMATE_ACTS | FEELINGS) - frozenset(ACTS)
_TRIGGERS = (
    frozenset(ACTS) | _ROLES | PARTICIPLES | _ENSEMBLES | _PHRASES | _ANIMATE | frozenset(PHRASES)
)
INFORMING = listed("förklarade förklarar")
"""Goods informing: only to a person ("osten förklarade för mig"), since "förpackningen
förklarade" and "det förklarade saken" are ordinary speech."""
_TRANSFORMING = listed("förvandlade förvandlar förvandlades förvandlas förvandlats")
_INTO = listed("till en ett")
_OTHER_TRIGGERS = listed("flyttat flyttade flyttar hem höll själv själva") | _TRANSFORMING
"""Words whose clause may hold a thing walking home, moving off or being agreed with."""
_NON_FINITE = listed(
    """prata pratat springa gråta gråtit flyga flugit spela spelat läsa läst bråka grälat
    sjunga sjungit dirigera glömt"""
)
_NEEDS_SIG = frozenset({"gift", "gifte"})
_DEMAND = frozenset({"vägrade", "vägrar"})
_DEMANDING = listed("tills förrän")
_IT = listed("den det dom de")
_ROLE_PLAY = listed("roll rollen huvudrollen")
_COPULA = frozenset({"var", "är", "blev"})
_INVERTED = (("jag",), ("du",), ("han",), ("hon",), ("vi",), ("ni",), ("man",), ("dom",), ("de",))
"""A person right after the verb is its subject, the thing before it a fronted object:
"Brödet tyckte jag var torrt", "Mjölken betalade jag med kort"."""
PAYING = listed("betalade swishade")
"""Goods that pay are no figure of speech: one such clause is nonsense on its own."""
UNMISTAKABLE = listed(
    """berättade berättar viskade viskar pratade pratar grät gråter snyftade
    applåderade skämtade fnissade strejkade nynnade nynnar marscherade
    promenerade promenerar skällde skäller diskuterade diskuterar pendlar pendlade skuttade
    kramade pussade röstade röstar röstat kär"""
)
"""Acts no idiom lends to goods: a banana that tells where it came from, a loaf that
whispers, carrots that march. Like paying, one is nonsense on its own (a sign that
"says" a price, prices that "fly" or "dance", a chicken that "promised more" stay figures of
speech)."""
_SELF_IDIOMS = listed(
    """säljer sålde såld säljs talar talade löste löser betalar betalade klarar klarade
    sköter skötte"""
)
_SELF_MOVING = ("dörr", "grind", "port", "hiss", "rulltrapp", "bom", "luck", "skjutdörr")
"""Fixtures made to move by themselves: "dörren öppnade sig själv"."""
_MOVING = listed("flyttat flyttade flyttar")
_AWAY_PAIRS = (("ut",), ("in",), ("iväg",), ("bort",), ("sig",))
_HOME = (("gick", "hem"), ("går", "hem"))
_WALKING_ALONE = (("gick", "själva"), ("gick", "själv"), ("går", "själva"), ("går", "själv"))
"""Goods that walk by themselves ("kanelbullarna gick själva tillbaka till brickan"):
unmistakable, like marching."""
_AGREEING = (("höll", "med"),)
_ALONE = (("själv",), ("själva",))
_SPEAKER = listed("jag vi man mig oss")
_TO_SOMEONE = listed(
    """sjöng sjunger dansade dansar skrattade skrattar bad ber svarade svarar hälsade ringde
    skrev läste spelade spelar sprang springer nynnade förklarade förklarar"""
)
_PERSONAL = listed("mig oss dig honom henne")
_TO_PERSON = tuple((word,) for word in _PERSONAL)
_TOWARDS = listed("åt för till efter på")
_PERFORMED = listed("sjöng sjunger dansade dansar spelade spelar nynnade")
_ARTICLES = listed("en ett")
_PERFORMANCES = (
    "visa", "visan", "visor", "sång", "sången", "sånger", "låt", "låten", "låtar", "tango",
    "vals", "salsa", "schottis", "opera", "serenad", "konsert",
)  # fmt: skip
"""Songs and dances, also as a compound's head ("julsång", "julsånger")."""
_RECIPIENT_SPAN = 4
"""How far after a song or a dance its audience may follow ("sjöng en julsång för mig")."""
_WILLING = listed("bestämde bestämmer")
_QUARRELLING = listed("grälade grälar tjafsade tjafsar hejade hejar")
"""A quarrel or cheering with someone or with other things ("skumbananerna grälade med
chokladpralinerna", "hejade på mig"): unmistakable of goods; "bråkade med mig" is how a
zip or a card reader fails, and flowers wave in the wind, so neither is read so."""
_TELLING = listed(
    """sa sade säger berättade berättar svarade svarar förklarade förklarar lovade pratade
    pratar talade talar"""
)
"""What a thing got may tell by the text it carries ("boken jag köpte berättade om
vikingarna", "biljetten vi fick sa rad sju"): not read of a relative clause's head."""
_FLOATING = listed("svävade svävar")
_OFF = listed("bort iväg upp ut mot fram över")
_LIGHT = ("påse", "påsar", "papper", "plast", "lapp", "kvitto", "servett", "ballong", "folie")
_ASLEEP = listed("somnade")
_FOLLOWING = listed("följde följer")
"""A cart may roll after someone: "kundvagnen följde efter mig" is left alone."""
_REPORTING = listed(
    """sa sade säger tror trodde tycker tyckte påstod påstår menade menar låtsades lekte
    övertygad övertygade säker säkra"""
)


_LEISURE = listed("pension pensionen semester band")
"""The words `_preceded` reads ("i pension", "på semester", "ett band")."""
_ACTING = _ANIMATE | _ROLES | PARTICIPLES | _ENSEMBLES | _TRANSFORMING | _LEISURE
"""Words that may count in any clause they are said in (`may_act`)."""
_PAIRED: dict[str, frozenset[str]] = {}
for _first, _seconds in (
    *PHRASES.items(),
    *((first, frozenset({second})) for first, second in _HOME + _WALKING_ALONE + _AGREEING),
    *((word, frozenset(pair[0] for pair in _AWAY_PAIRS)) for word in _MOVING),
    *((word, frozenset(pair[0] for pair in _ALONE)) for word in SELF_PROPELLED | {"sig"}),
):
    _PAIRED[_first] = _PAIRED.get(_first, frozenset()) | _seconds
"""Words that count only before one of their own next words: "kom ihåg", "gick hem", "gick
själva", "höll med", "flyttade ut", "hoppade själva", "sig själv"."""

_COUNTING = _ACTING | frozenset(ACTS) | frozenset(_PAIRED)
"""Every word that may count where it is said (`may_act`); `acting_things` passes over the
rest."""


def may_act(tokens: tuple[str, ...]) -> bool:
    """Whether `acting_things` may find anything in a clause: a necessary condition, read
    from the words alone. Only a listed act not skipped for its next words (`_idle_act`), a
    word of `_ACTING`, a lounging word, or a word of `_PAIRED` before one of its own next
    words can count; so "gick", "kom", "sa jag" or "vill inte" alone cannot, and the
    clause's subjects are not read (tests/analyzer/test_offline_gates.py)."""
    last = len(tokens) - 1
    for index, token in enumerate(tokens):
        if token in _ACTING or token.startswith(_LOUNGING):
            return True
        if token in ACTS and not _idle_act(tokens, index):
            return True
        following = _PAIRED.get(token)
        if following is not None and index < last and tokens[index + 1] in following:
            return True
    return False


def _idle_act(tokens: tuple[str, ...], index: int) -> bool:
    """A listed act its next words show is none: "vill inte", "gifte" without "sig", "spelade
    roll", or a person right after it ("sa jag", `_INVERTED`)."""
    token, following = tokens[index], tokens[index + 1 : index + 4]
    return (
        (token in ("vill", "ville") and following[:1] == ("inte",))
        or (token in _NEEDS_SIG and following[:1] != ("sig",))
        or (token.startswith("spela") and not _ROLE_PLAY.isdisjoint(following))
        or following[:1] in _INVERTED
    )


def is_agency_word(token: str) -> bool:
    """Whether a word may make a thing act, so that a clause without one can be skipped."""
    return token in _TRIGGERS or token.startswith(_LOUNGING) or token in _OTHER_TRIGGERS


def acting_things(
    tokens: tuple[str, ...],
    text: str,
    store: StoreDepartments,
    goods: Callable[[str], bool] = lambda token: False,
) -> float:
    """How much in one clause a subject does what its kind cannot (module doc): 1 for each
    act, 1/0.7 for goods paying, which alone makes nonsense. `goods` tells the nouns the
    call speaks of as goods though no lexicon knows them (`goods`)."""
    subjects = Subjects(tokens, text, store, goods)
    found = verbs = extras = 0.0
    for index, token in enumerate(tokens[: _reported(tokens, subjects)]):
        if token not in _COUNTING and not token.startswith(_LOUNGING):
            continue
        pair = tuple(tokens[index : index + 2])
        moving = token in _MOVING and tokens[index + 1 : index + 2] in _AWAY_PAIRS
        if (pair in _HOME or moving) and subjects.of_verb(index, finite=True) == THING:
            found += 1
            verbs += 1
            continue
        if (
            (pair in _WALKING_ALONE or _alone(tokens, index, subjects))
            and subjects.of_verb(index, finite=True) == THING
            and not any(t.startswith(_SELF_MOVING) for t in tokens[:index])
        ):
            found += 1 / 0.7
            verbs += 1
            continue
        if pair in _AGREEING and index + 2 < len(tokens) and subjects.kinds[index + 2] == THING:
            found += 1
            verbs += 1
            continue
        if token in _TRANSFORMING and _into_an_animal(tokens, index, subjects):
            found += 1 / 0.7
            verbs += 1
            continue
        if token in _ANIMATE or token in PHRASES:
            weight = _animate(tokens, index, subjects)
            if weight:
                found += weight
                verbs += 1
                continue
        allowed = ACTS.get(token)
        if allowed is not None:
            if _idle_act(tokens, index) or _made_to(tokens, index):
                continue
            if token in _DEMAND and not _demands(tokens, index, subjects.kinds):
                continue
            kind = subjects.of_verb(index, finite=token not in _NON_FINITE)
            if kind in allowed:
                sure = token in PAYING or token in UNMISTAKABLE
                at = subjects.subject_of(index, finite=token not in _NON_FINITE)
                if at in subjects.relative_heads and token in _TELLING:
                    continue
                subject = tokens[at] if at is not None else ""
                sure = sure or (kind == THING and _unmistakable_here(tokens, index, subject))
                if token in INFORMING and not sure:
                    continue
                found += 1 / 0.7 if sure else 1
                verbs += 1
            continue
        last = subjects.last(index)
        if token in _ROLES and last in (THING, DEPARTMENT):
            found += bool(_COPULA.intersection(tokens[:index]))
        elif token in PARTICIPLES and index + 1 < len(tokens):
            found += subjects.kinds[index + 1] == THING
        elif token.startswith(_LOUNGING) or token in _ENSEMBLES or _preceded(tokens, index):
            extras += last in _ANY and not (token == "semester" and last == DEPARTMENT)
    found += min(1, extras) if not verbs else 0
    if "själva" in tokens or "själv" in tokens:
        return max(found, _by_themselves(tokens, subjects))
    return found


def _animate(tokens: tuple[str, ...], index: int, subjects: Subjects) -> float:
    """Goods doing an act of `animate_acts` (its module doc): nonsense on its own, but only
    0.7 points when the subject is "den", which may point back at an app or a machine."""
    token = tokens[index]
    following = tokens[index + 1 : index + 3]
    if token in PHRASES and token not in _ANIMATE:
        if following[:1] and following[0] not in PHRASES[token]:
            return 0.0
        if not following or (token == "gick" and following[1:] != ("på",)):
            return 0.0
    if following[:1] in _INVERTED or not UPWARD.isdisjoint(following[:1]):
        return 0.0
    finite = token not in NON_FINITE
    if not finite and not verb_form(tokens, index):
        return 0.0
    at = subjects.subject_of(index, finite)
    if at is None or subjects.kinds[at] != THING:
        return 0.0
    relative = index > 1 and tokens[index - 1] == "som"
    if at < index - 1 and not relative and (at > 3 or PERSON in subjects.kinds[:at]):
        return 0.0
    if token in _FOLLOWING and "vagn" in tokens[at]:
        return 0.0
    return 1.0 if tokens[at] == "den" else 1 / 0.7


def _made_to(tokens: tuple[str, ...], index: int) -> bool:
    """An act done whenever someone works the thing is what it was made to do: "en robot som
    pratar när man trycker på magen", "dockan gråter om man vänder på den"."""
    return any(pair in _WORKED for pair in pairwise(tokens[index + 1 : index + 6]))


_WORKED = (("när", "man"), ("om", "man"))


def _into_an_animal(tokens: tuple[str, ...], index: int, subjects: Subjects) -> bool:
    """Goods turning into an animal ("kanelbullen förvandlade sig till en duva"); ice cream
    that "förvandlades till soppa" in the heat is idiom, and a child may play a cat."""
    following = tokens[index + 1 : index + 5]
    if "till" not in following or subjects.of_verb(index, finite=True) != THING:
        return False
    after = following[following.index("till") + 1 :]
    noun = next((t for t in after if t not in _INTO), "")
    return noun.startswith(ANIMALS)


def _unmistakable_here(tokens: tuple[str, ...], index: int, subject: str) -> bool:
    """A weak act of goods made unmistakable by what follows it: a person it is done to or
    for ("sjöng för mig", "skrattade åt mig", "bad oss köpa"), a song or a dance ("sjöng en
    visa", "dansade tango"), a will of its own ("bestämde sig för", "bestämde att"), or
    floating off somewhere ("svävade bort mot hissen") when the `subject` that floats is no
    bag, paper or balloon (a loaf floating off "i påsen" still floats). Idiom has none of
    these: "korven sjöng i pannan", "popcornen dansade i kastrullen", "flingorna svävade i
    mjölken". A song may have its audience a few words on ("sjöng en julsång för mig")."""
    token, following = tokens[index], tokens[index + 1 : index + 3]
    if token in _TO_SOMEONE and following:
        if following[0] in _PERSONAL:
            return True
        if following[0] in _TOWARDS:
            return following[1:2] in _TO_PERSON
        performance = following[1:] if following[0] in _ARTICLES else following[:1]
        if token not in _PERFORMED or not performance:
            return False
        if following == ("i", "kör") or performance[0].endswith(_PERFORMANCES):
            return True
        window = tokens[index + 2 : index + 2 + _RECIPIENT_SPAN]
        pairs = list(pairwise(window))
        return ("i", "kör") in pairs or any(a in _TOWARDS and (b,) in _TO_PERSON for a, b in pairs)
    if token in _QUARRELLING and following[:1] in (("med",), ("på",)) and len(following) > 1:
        return (
            following[1] in _PERSONAL or following[1] == "varandra" or _thing_after(tokens, index)
        )
    if token in _WILLING:
        return following[:1] in (("sig",), ("att",))
    if token in _FLOATING:
        return not subject.startswith(_LIGHT) and not _OFF.isdisjoint(following[:1])
    return token in _ASLEEP


def _thing_after(tokens: tuple[str, ...], index: int) -> bool:
    """The other party of a quarrel is a thing too: "grälade med chokladpralinerna"."""
    other = tokens[index + 2] if index + 2 < len(tokens) else ""
    return kind_of_word(other) == THING


def _reported(tokens: tuple[str, ...], subjects: Subjects) -> int:
    """Where what someone else said or believes begins: "min son sa att bullen pratade",
    "(han är) övertygad om att gösen log" are a child's fantasy told by a parent, honest.
    The speaker's own "jag lovar att" vouches and is read, and "osten sa att" is the cheese
    speaking."""
    if "att" not in tokens:
        return len(tokens)
    for index, token in enumerate(tokens):
        if token != "att" or not _SPEAKER.isdisjoint(tokens[:index]):
            continue
        for at in range(index):
            if tokens[at] in _REPORTING and subjects.of_verb(at, finite=True) not in _ANY:
                return index
    return len(tokens)


def _alone(tokens: tuple[str, ...], index: int, subjects: Subjects) -> bool:
    """ "hoppade själva ner i kvarnen", "valde själva hur": an act of `SELF_PROPELLED`
    followed by "själv"/"själva" that is not "själva butiken" (the store itself)."""
    if tokens[index] not in SELF_PROPELLED or tokens[index + 1 : index + 2] not in _ALONE:
        return False
    after = index + 2
    if after >= len(tokens):
        return True
    return subjects.kinds[after] is None and not unknown_noun(tokens[after])


def _by_themselves(tokens: tuple[str, ...], subjects: Subjects) -> float:
    """Goods doing something to themselves ("kängorna knöt sig själva", "limporna sorterade
    sig själva efter färg", "kylen flyttade sig själv"): nonsense on its own. Machines and
    doors do ("dörren öppnade sig själv"), and goods that "säljer sig själva" or a price that
    "talar för sig självt" are idiom."""
    for index in range(2, len(tokens)):
        if tokens[index] not in ("själv", "själva") or tokens[index - 1] != "sig":
            continue
        verb = index - 2
        if tokens[verb] in _SELF_IDIOMS or any(t.startswith(_SELF_MOVING) for t in tokens[:verb]):
            continue
        if subjects.of_verb(verb, finite=True) in (THING, DEPARTMENT):
            return 1 / 0.7
    return 0.0


def _demands(tokens: tuple[str, ...], index: int, kinds: list[str | None]) -> bool:
    """ "vägrade … tills den fick ett eget rum": a refusal until the thing itself is given
    something; "vägrade gå in tills jag förborrade" is a screw, and ordinary."""
    for at in range(index + 1, len(tokens) - 1):
        if tokens[at] in _DEMANDING:
            return tokens[at + 1] in _IT or kinds[at + 1] in (THING, DEPARTMENT, DEVICE)
    return False


def _preceded(tokens: tuple[str, ...], index: int) -> bool:
    """ "i pension", "på semester", "ett band" — the phrases of leisure and bands."""
    before = tokens[index - 1] if index else ""
    if index > 1 and tokens[index - 2] == "som":
        return False
    pair = (before, tokens[index])
    return pair in (("i", "pension"), ("i", "pensionen"), ("på", "semester"), ("ett", "band"))
