"""Visit accounts: two things said of how one visit went that cannot both be true.

Each is one point towards an impossible claim (`claims`), read only in sentences told of this
visit — not a habit, another day, another store, a wish, a hypothetical or hearsay:

- paying by card, Swish or an app ("blippade kortet", "swishade", "drog mitt bankkort") and
  cash change counted out to the customer ("fick jag tillbaka några tiokronor", "gav mig
  femton kronor tillbaka", "räknade upp växeln"), with no cash paid or card refused in the
  call and no refund told ("fel pris");
- coming by bus, train, tram, taxi or on foot and one's own car there ("parkerade", "fick
  leta parkering", "hittade en ruta till vår bil", "satte mig i bilen"); a car fetched from a
  workshop is driven home, so only a parking before going in counts beside it;
- the way there told by two means that cannot be one trip: cycling there and walking or
  riding a bus there ("vi cyklade dit" … "vi tog bussen dit"), or walking the whole way and
  riding ("promenerade dit hela vägen" … "tog spårvagnen dit"); not one way there and
  another home, a walk from the stop, nor another person's means in the same sentence;
- the visit placed in the morning or at lunch ("vi var där i morse", "jag gick dit på
  lunchen") and in the evening ("när vi kom dit på kvällen"), the later words not telling
  of a second visit ("sen", "igen", "tillbaka", "hämtade");
- leaving without buying ("gick därifrån tomhänt", "utan att handla något") and goods told
  as bought ("honungen jag köpte"); "nästan" is no leaving empty-handed;
- one thing bought told in two colours or two sizes: "jag köpte en svart baddräkt" … "den
  röda baddräkten jag köpte"; "skorna jag hyrde var i storlek fyrtiofyra" … "skorna i
  storlek fyrtiotvå som jag hyrde"; the thing the same by its stem ("färgen", "fasadfärg").
  Not a thing tried on against one bought ("provade" is no buying), two of a kind bought in
  one sentence or with "också", nor a change ("bytte", "ångrade", "istället", "förresten").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.state_reading import KIN, MY, NEGATED, OTHER_TIME

_UNTOLD = re.compile(
    r"\b(?:oftast|vanligtvis|annars|om (?:jag|vi)|skulle|hade varit|vore|ska|tänkte)\b"
)
"""A habit, a plan or a hypothetical (another day or visit is `OTHER_TIME`): no account of
this visit."""
_HEARSAY = re.compile(
    r"\b(?:sa|sade|säger|berättade|påstod|menade|trodde|tyckte|tycker|hävdade) att\b|"
    r"\b(?:enligt|påstod|trodde|lär)\b"
)
"""What someone said was so, not what the customer saw."""
_NOT_LIVED = re.compile("|".join(f"(?:{p.pattern})" for p in (_UNTOLD, OTHER_TIME, _HEARSAY)))
"""The three in one search, a third cheaper than three on a sentence."""


def told(evidence: Evidence, index: int) -> bool:
    """Whether sentence `index` tells of this visit as the customer lived it."""
    cues = evidence.cues[index]
    return not (cues.elsewhere or cues.wish or _NOT_LIVED.search(evidence.phrases[index]))


def told_sentences(
    evidence: Evidence, cues: frozenset[str] | None = None, besides: int = -1
) -> Iterator[tuple[int, tuple[str, ...], str]]:
    """Each sentence told of this visit (`told`) but sentence `besides`, as
    `Evidence.cued_sentences` gives it: index, tokens, phrase.

    An account of the visit is read only in what the customer tells of it, and an impossible
    one in two such sentences: a reading walks these, or pairs one of them with every other
    (`besides` it). With `cues`, only the sentences holding one of them, looked up before
    `told`'s patterns are run, since most sentences hold none.
    """
    for index, tokens in enumerate(evidence.sentence_tokens):
        if index == besides or (cues is not None and cues.isdisjoint(tokens)):
            continue
        if told(evidence, index):
            yield index, tokens, evidence.phrases[index]


_CARD_PAID = re.compile(
    r"\b(?:(?:jag|vi) (?:betalade|swishade|blippade|drog)|(?:betalade|swishade|blippade|drog) "
    r"(?:jag|vi))\b(?: \w+){0,4}? (?:med |i |på )?(?:\w*kort(?:et)?|swish|appen|mobilen|"
    r"kontaktlöst)\b|\b(?:jag|vi) swishade\b|\b(?:jag|vi) (?:höll|lade|la) (?:upp )?(?:mobilen|"
    r"telefonen|kortet|klockan) mot (?:\w*terminalen|\w*läsaren|dosan)\b"
)
_CARD_WORDS = ("kort", "swish", "appen", "mobilen", "kontaktlöst")
_CASH_PAID = re.compile(r"\bkontant\w*|\bbetalade (?:\w+ ){0,2}?med (?:en |min )?\w+lapp")
_CHANGE_GOT = re.compile(
    r"\b(?:(?:jag|vi) fick|fick (?:jag|vi)) (?:\w+ ){0,4}?tillbaka\b|"
    r"\bgav (?:mig|oss) (?:\w+ ){0,4}?tillbaka\b|"
    r"\b(?:räknade upp|gav (?:mig|oss)|lämnade|fick (?:jag|vi)?) ?(?:\w+ ){0,3}?"
    r"växel(?:n|pengarna|pengar)?\b"
)
_CHANGE_WORDS = listed("tillbaka växel växeln växelpengar växelpengarna")
_MONEY = listed("kronor kr spänn femma femmor tia tior tjuga tjugor mynt mynten växeln växel")
_REFUND = re.compile(r"\b(?:fel|dubbel\w*|återbetal\w*|pengarna|kort\w*|retur\w*)\b")
_TO_ANOTHER = re.compile(r"\b(?:åt|till) (?!mig\b|oss\b)\w+")
"""Change counted out to someone else: "räknade upp växeln åt damen bakom mig"."""
_NO_CHANGE = re.compile(r"\b(?:ingen|inget|inte) (?:\w+ )?(?:växel\w*|tillbaka)\b")
_FAILED = re.compile(r"\b(?:gick inte|funkade inte|fungerade inte|trasig\w*|nekad\w*|strula\w*)\b")


def _money(tokens: tuple[str, ...]) -> bool:
    return any(t in _MONEY or t.endswith(("kronor", "lapp", "lappar")) for t in tokens)


def _card_yet_change(evidence: Evidence) -> float:
    if not evidence.says_any(_CHANGE_WORDS):
        return 0.0
    joined = " ".join(evidence.phrases)
    if not any(word in joined for word in _CARD_WORDS):
        return 0.0
    if _CASH_PAID.search(joined) or _FAILED.search(joined):
        return 0.0
    card = any(
        _CARD_PAID.search(text) and NEGATED.isdisjoint(tokens)
        for _, tokens, text in told_sentences(evidence)
    )
    if not card:
        return 0.0
    for _, tokens, text in told_sentences(evidence, _CHANGE_WORDS):
        if _NO_CHANGE.search(text) or _REFUND.search(text) or _TO_ANOTHER.search(text):
            continue
        if _CHANGE_GOT.search(text) and _money(tokens):
            return 1.0
    return 0.0


_TRANSIT = re.compile(
    r"\b(?:(?:jag|vi) (?:tog|åkte|kom|reste)|(?:tog|åkte|kom|reste) (?:jag|vi))(?: med)? "
    r"(?:en )?(?:\w*buss\w*|tåg\w*|pendel\w*|spårvagn\w*|tunnelban\w*|taxi\w*)|"
    r"\b(?:jag|vi) (?:promenerade|gick dit|cyklade dit)\b"
)
_TRANSIT_STEMS = ("buss", "tåg", "pendel", "spårvagn", "tunnelban", "taxi", "promenerade", "dit")
_OWN_CAR = re.compile(
    r"\b(?:(?:jag|vi) parkerade|parkerade (?:jag|vi)|(?:jag|vi) körde (?:hem|dit|hit|till)|"
    r"körde (?:jag|vi) (?:hem|dit|hit|till)|(?:(?:jag|vi)(?: fick)?|fick (?:jag|vi)) "
    r"leta(?:de)? (?:efter )?(?:parkering|p-plats|en ruta)|(?:jag|vi) hittade (?:en )?"
    r"(?:ledig )?(?:parkering\w*|ruta|p-plats)|satte (?:(?:jag|vi) )?(?:mig|oss) i bilen|"
    r"(?:bagageluckan|baksätet) på (?:min|vår) bil|i (?:min|vår) (?:egen )?bil)\b"
)
_CAR_WORDS = listed("parkerade parkering körde ruta p-plats bilen bil")
_FETCHED_CAR = re.compile(r"\bhämta\w* (?:ut )?(?:bilen|min bil|vår bil)\b")
_PARKED_AND_IN = re.compile(r"\bparkerade (?:\w+ ){0,5}?och gick in\b")
_OTHER_CAR = re.compile(r"\b(?:lånade|hyrde|lånebil\w*|hyrbil\w*)\b")


def _transit_yet_car(evidence: Evidence) -> float:
    if not evidence.says_any(_CAR_WORDS):
        return 0.0
    joined = " ".join(evidence.phrases)
    if not any(stem in joined for stem in _TRANSIT_STEMS) or _OTHER_CAR.search(joined):
        return 0.0
    said = list(told_sentences(evidence))
    if not any(_TRANSIT.search(text) for _, _, text in said):
        return 0.0
    fetched = _FETCHED_CAR.search(joined) is not None
    for _, tokens, text in said:
        if _CAR_WORDS.isdisjoint(tokens) or _TRANSIT.search(text):
            continue
        if any(t in MY and tokens[i + 1] in KIN for i, t in enumerate(tokens[:-1])):
            continue
        if fetched and _PARKED_AND_IN.search(text) is None:
            continue
        if _OWN_CAR.search(text) and NEGATED.isdisjoint(tokens):
            return 1.0
    return 0.0


_MEANS = (
    ("cykel", re.compile(r"\b(?:(?:jag|vi) cyklade|cyklade (?:jag|vi)) dit\b")),
    (
        "fots",
        re.compile(
            r"\b(?:(?:jag|vi) (?:promenerade|gick)|(?:promenerade|gick) (?:jag|vi)) dit\b|"
            r"\b(?:jag|vi) gick (?:\w+ )?till fots\b"
        ),
    ),
    (
        "åkte",
        re.compile(
            r"\b(?:(?:jag|vi) (?:tog|åkte)|(?:tog|åkte) (?:jag|vi)) (?:med )?(?:\w*buss\w*|"
            r"\w*tåg\w*|spårvagn\w*|tunnelban\w*|pendel\w*|taxi\w*) dit\b"
        ),
    ),
)
_WAY_THERE = listed("dit fots")
_APART = {frozenset(("cykel", "fots")), frozenset(("cykel", "åkte"))}
"""Means no trip there joins; walking and riding join unless the walk was the whole way."""


def _two_ways_there(evidence: Evidence) -> float:
    if not evidence.says_any(_WAY_THERE):
        return 0.0
    told_means: list[tuple[str, bool]] = []
    for _, tokens, text in told_sentences(evidence, _WAY_THERE):
        means = {name for name, pattern in _MEANS if pattern.search(text)}
        if len(means) != 1:
            continue
        (way,) = means
        whole = "hela" in tokens and "vägen" in tokens
        for other, other_whole in told_means:
            pair = frozenset((way, other))
            if pair in _APART or (pair == {"fots", "åkte"} and (whole or other_whole)):
                return 1.0
        told_means.append((way, whole))
    return 0.0


_PLACED = re.compile(
    r"\b(?:(?:jag|vi) (?:var (?:där|dit|inne|på plats|i \w+)|kom (?:dit|in|fram|till)|"
    r"gick dit|åkte dit|stod vid)|(?:var|kom|gick|åkte) (?:jag|vi) (?:där|dit|in))\b"
)
_EARLY = re.compile(
    r"\b(?:i morse|i förmiddags|på förmiddagen|tidigt på morgonen|på morgonen|på lunchen|"
    r"mitt på dagen)\b"
)
_LATE = re.compile(r"\b(?:i kväll|i kvälls|på kvällen|sent på kvällen)\b")
_DAY_WORDS = listed("morse förmiddags förmiddagen morgonen lunchen dagen kväll kvälls kvällen")
_AGAIN = listed("sen senare igen tillbaka efteråt hämtade hämta gång kvar ända hela stannade")
"""A second visit ("igen", "hämtade"), or one visit lasting ("kvar", "ända till kvällen")."""


def _early_and_late(evidence: Evidence) -> float:
    if not evidence.says_any(listed("kväll kvälls kvällen")):
        return 0.0
    early = late = False
    for _, tokens, text in told_sentences(evidence, _DAY_WORDS):
        if _PLACED.search(text) is None:
            continue
        is_early, is_late = _EARLY.search(text), _LATE.search(text)
        if is_early and is_late:
            continue
        if is_late and early and _AGAIN.isdisjoint(tokens):
            return 1.0
        if is_early and late and _AGAIN.isdisjoint(tokens):
            return 1.0
        early, late = early or bool(is_early), late or bool(is_late)
    return 0.0


_LEFT_EMPTY = re.compile(
    r"\b(?:gick|lämnade|åkte|kom) (?:därifrån|butiken|affären|hem|ut)(?: \w+)? "
    r"(?:tomhänt|utan att (?:köpa|handla) (?:något|någonting|nåt|ett dugg))\b"
)
_EMPTY_WORDS = listed("tomhänt utan")
_BOUGHT = re.compile(
    r"\b\w+ (?:som )?(?:jag|vi) köpte\b|\b(?:jag|vi) köpte (?!inte|ingen|inget)\w+"
)


def _left_empty_yet_bought(evidence: Evidence) -> float:
    if not evidence.says_any(_EMPTY_WORDS) or "köpte" not in evidence.words:
        return 0.0
    said = list(told_sentences(evidence))
    left = {i for i, tokens, text in said if _LEFT_EMPTY.search(text) and "nästan" not in tokens}
    if not left:
        return 0.0
    return 1.0 if any(_BOUGHT.search(text) for i, _, text in said if i not in left) else 0.0


_BUYING = listed("köpte valde hyrde beställde")
_BOUGHT_BY_US = re.compile(
    r"\b(?:(?:jag|vi) (?:köpte|valde|hyrde|beställde)|"
    r"(?:köpte|valde|hyrde|beställde) (?:jag|vi))\b"
)
_COLOURS = (
    ("röd", "rött", "röda"),
    ("svart", "svarta"),
    ("vit", "vitt", "vita"),
    ("blå", "blått", "blåa"),
    ("grön", "grönt", "gröna"),
    ("gul", "gult", "gula"),
    ("rosa",),
    ("grå", "grått", "gråa"),
    ("brun", "brunt", "bruna"),
    ("lila",),
    ("orange",),
    ("beige",),
    ("turkos",),
)
_SIZE = re.compile(r"\bstorlek (?P<n>\w+)\b")
_CHANGED_MIND = listed("bytte bytt byta ångrade istället förresten egentligen")
_ONE_MORE = listed("också även andra annan annat fler")
_FOR_SOMEONE = re.compile(
    r"\b(?:till|åt) (?:min|mitt|mina|vår|vårt|våra|hans|hennes|deras|\w*(?:sonen|dottern|"
    r"barnet|barnen|frun|mannen|pappa|mamma))\b"
)
"""One of a kind bought for each of two people: "en röd cykel till sonen", "en blå till
dottern"."""
_NOT_THING = listed("köpte valde hyrde beställde storlek")


@lru_cache(maxsize=8192)
def _colour(token: str) -> str:
    return next((forms[0] for forms in _COLOURS if token.endswith(forms)), "")


def _coloured(tokens: tuple[str, ...]) -> list[tuple[str, str]]:
    return [
        (colour, thing)
        for token, thing in pairwise(tokens)
        if (colour := _colour(token)) and len(thing) >= 3 and not _colour(thing)
    ]


def _same_thing(one: str, other: str) -> bool:
    return one[:4] in other or other[:4] in one


def _bought_two_ways(evidence: Evidence) -> float:
    if not evidence.says_any(_BUYING) or evidence.says_any(_CHANGED_MIND):
        return 0.0
    colours: list[tuple[str, str]] = []
    sizes: list[tuple[float, set[str]]] = []
    for _, tokens, text in told_sentences(evidence, _BUYING):
        if _BOUGHT_BY_US.search(text) is None or not _ONE_MORE.isdisjoint(tokens):
            continue
        if _FOR_SOMEONE.search(text):
            continue
        said = _coloured(tokens)
        if len({colour for colour, _ in said}) == 1:
            colour, thing = said[0]
            if any(c != colour and _same_thing(t, thing) for c, t in colours):
                return 1.0
            colours.append(said[0])
        found = list(_SIZE.finditer(text))
        if len(found) == 1 and (size := word_value(found[0].group("n"))) is not None:
            things = {
                t for t in tokens if len(t) >= 4 and t not in _NOT_THING and word_value(t) is None
            }
            for other, named in sizes:
                if other != size and any(_same_thing(a, b) for a in things for b in named):
                    return 1.0
            sizes.append((size, things))
    return 0.0


def visit_account_points(evidence: Evidence) -> float:
    """The points of the whole account (module docstring)."""
    return (
        _card_yet_change(evidence)
        + _transit_yet_car(evidence)
        + _two_ways_there(evidence)
        + _early_and_late(evidence)
        + _left_empty_yet_bought(evidence)
        + _bought_two_ways(evidence)
    )
