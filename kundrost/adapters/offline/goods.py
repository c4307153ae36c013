"""Goods known by how the customer speaks of them, not by a list of products.

A noun no lexicon knows ("bönorna", "stearinljusen", "kikärtorna") is goods in a call where
the customer bought, picked or weighed it ("jag köpte ett paket linser"), where it lay, stood
or hung at a shelf, a counter or a cooler ("bönorna låg på hyllan"), where it cost money or
weighed something ("kikärtorna kostade tolv kronor"), or where it sits at such a place or in
one of the store's departments ("tandborstarna i hyllan", "äggen i mejeriet"), or that
opens a sentence telling of a farm or of growing ("bönorna viskade vilken gård de kom
ifrån"); and so is a
compound of a known product and its packaging ("vinflaskorna", "kaffepaketen"). Every
inflected form of such a noun is then goods for the whole call ("linser" … "Linserna").

Never goods this way: people ("grabbarna i kassan", "barnbarnen", "bönderna", words for a
trade such as "-are", "-ist", "-ör"), animals ("papegojan i djuravdelningen"), abstract
nouns, words the store or a lexicon already gives a kind, and a thing bought as doing
something ("en pratande docka", "en dansande tomte"): a toy made to talk or dance does so.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from kundrost.adapters.offline.cues import DETAIL_WORDS, PLACE, UNIT
from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.lexicon import polarity
from kundrost.adapters.offline.nonsense import FUNCTION_WORDS
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.products import PRODUCT_WORDS
from kundrost.adapters.offline.subjects import kind_of_word
from kundrost.adapters.offline.swedish import abstract_noun, definite_noun, lemmas
from kundrost.adapters.offline.topics import TOPIC_WORDS

_HANDLING = listed(
    """köpte köper köpt köpa plockade plockar plockat vägde väger vägt lade la lägger hämtade
    hämtar handlade beställde provade smakade"""
)
_LYING = listed("låg ligger stod står hängde hänger")
_PRICED = listed("kostade kostar vägde väger")
_AT = listed("på i vid bredvid")
_MEASURE = listed(
    """paket kilo hekto halvkilo burk burkar påse påsar ask askar flaska flaskor kartong
    kartonger låda lådor bit bitar par knippe nät back förpackning några lite massa"""
)
_GROWN = listed("gård gården gårdar gårdarna odlade odlad odlats odlades odlat")
"""A farm or growing said in the sentence: what opens it is produce ("bönorna … gård")."""
_FOLLOWING = _LYING | _PRICED | _AT
"""Words after which a noun before them may be goods (a cheap first test)."""
_PLURAL = ("or", "ar", "er")
_PACKAGING = ("burk", "flask", "paket", "påse", "påsa", "kartong", "ask", "tub", "förpackning")
_PEOPLE_STEMS = (
    "kill", "tjej", "grabb", "gubb", "tant", "barn", "kompis", "kolleg", "grann", "vän", "dam",
    "herr", "pojk", "flick", "kvinn", "män", "mamm", "papp", "familj", "turist", "gäst",
    "bond", "bönd",
)  # fmt: skip
_PEOPLE_ENDINGS = ("are", "ist", "ör", "örer", "erska", "ska", "inna", "log", "man")
ANIMALS = (
    "hund", "katt", "fågel", "fåglar", "papegoj", "kanin", "marsvin", "hamster", "undulat",
    "häst", "gris", "höna", "höns", "anka", "ankor", "gås", "råtta", "mus", "kråk", "mås",
    "ekorr", "älg", "sköldpadd", "orm", "akvariefisk", "guldfisk", "duv",
)  # fmt: skip


@lru_cache(maxsize=65_536)
def _may_be_goods(token: str) -> bool:
    """A noun of no known kind that could be goods: not a person, an animal or an idea."""
    if len(token) < 4 or token in FUNCTION_WORDS or word_value(token) is not None:
        return False
    if kind_of_word(token) is not None or TOPIC_WORDS.lookup(token) or polarity(token):
        return False
    if DETAIL_WORDS.lookup(token) or abstract_noun(token) or token.endswith(("ande", "ende")):
        return False
    forms = lemmas(token)
    return not any(
        lemma.startswith(_PEOPLE_STEMS)
        or lemma.endswith(_PEOPLE_ENDINGS)
        or any(animal in lemma for animal in ANIMALS)
        for lemma in forms
    )


@lru_cache(maxsize=65_536)
def packaged(token: str) -> bool:
    """A known product in its packaging: "vinflaskorna", "kaffepaketen", "sillburkarna"."""
    for lemma in lemmas(token):
        for packaging in _PACKAGING:
            at = lemma.find(packaging)
            if at >= 2 and PRODUCT_WORDS.lookup(lemma[:at]):
                return True
    return False


def _object_after(tokens: tuple[str, ...], index: int) -> str | None:
    """What a verb of buying or weighing takes, past an article, a number or a measure
    ("köpte ett paket linser"), if it is a noun: definite ("dadlarna"), plural ("vantar") or
    after an article or a measure; none past a participle ("köpte en pratande docka")."""
    counted = False
    for token in tokens[index + 1 : index + 5]:
        if token in ("en", "ett") or token in _MEASURE or word_value(token) is not None:
            counted = True
            continue
        if token.endswith(("ande", "ende")):
            return None
        return token if counted or _noun(token) or token.endswith(_PLURAL) else None
    return None


def bought_head(tokens: tuple[str, ...], index: int) -> int | None:
    """Where the noun a relative clause of buying or taking hangs on was said: "Vasen (som)
    jag köpte …", "kameran vi hämtade …" — a definite noun, then "jag" or "vi", then the verb
    at `index`."""
    if index < 2 or tokens[index - 1] not in _BUYERS:
        return None
    at = index - 2 - (tokens[index - 2] == "som")
    return at if at >= 0 and _noun(tokens[at]) else None


_BUYERS = listed("jag vi")


def _bought_head(tokens: tuple[str, ...], index: int) -> str | None:
    at = bought_head(tokens, index)
    return None if at is None else tokens[at]


def _noun(token: str) -> bool:
    """A definite noun ("bönorna", "stearinljusen"): a verb ("satt vid långbordet") is none."""
    return definite_noun(token)


def _placed(tokens: tuple[str, ...], at: int, store: StoreDepartments) -> bool:
    """ "på hyllan", "i disken", "vid kylen", "i mejeriet": a shelf, counter or cooler, or one
    of the store's departments, right after a preposition."""
    if at + 1 >= len(tokens) or tokens[at] not in _AT:
        return False
    place = tokens[at + 1]
    return DETAIL_WORDS.lookup(place) == PLACE or store.named(place) is not None


def _grown(tokens: tuple[str, ...], store: StoreDepartments) -> bool:
    """A sentence opening with a noun that may be goods and telling of a farm or growing."""
    if len(tokens) < 3 or _GROWN.isdisjoint(tokens[1:]) or not _noun(tokens[0]):
        return False
    return _may_be_goods(tokens[0]) and store.named(tokens[0]) is None


def goods_in_context(
    sentences: Iterable[tuple[str, ...]], store: StoreDepartments
) -> frozenset[str]:
    """The dictionary forms of every noun the call speaks of as goods (module doc)."""
    found: set[str] = set()
    for tokens in sentences:
        if _grown(tokens, store):
            found.update(lemmas(tokens[0]))
        if _HANDLING.isdisjoint(tokens) and _FOLLOWING.isdisjoint(tokens[1:]):
            continue  # no handling word, no word that may follow goods: no noun below
        for index, token in enumerate(tokens):
            noun: str | None = None
            if token in _HANDLING:
                noun = _object_after(tokens, index) or _bought_head(tokens, index)
            elif index + 1 < len(tokens) and tokens[index + 1] in _FOLLOWING and _noun(token):
                after = tokens[index + 1]
                lying = after in _LYING and _placed(tokens, index + 2, store)
                priced = after in _PRICED and any(
                    word_value(t) is not None or DETAIL_WORDS.lookup(t) == UNIT
                    for t in tokens[index + 2 : index + 5]
                )
                if lying or priced or _placed(tokens, index + 1, store):
                    noun = token
            if noun is not None and _may_be_goods(noun) and store.named(noun) is None:
                found.update(lemmas(noun))
    return frozenset(found)


@lru_cache(maxsize=65_536)
def may_be_goods(token: str) -> bool:
    """Whether a word could be goods known by context or packaging at all: a cheap test
    before the call's goods are read, memoised as a pure function of one word."""
    return _may_be_goods(token) or packaged(token)


def is_goods(token: str, goods: frozenset[str]) -> bool:
    """Whether a word names goods known by context (`goods_in_context`) or by packaging."""
    return (bool(goods) and not goods.isdisjoint(lemmas(token))) or packaged(token)
