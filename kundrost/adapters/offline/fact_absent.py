"""A lacking thing named but not met here: the shapes in which an honest customer names what
a store does not have, sell or do (`fact_checks.absent_met`).

- placed at another place or person: the thing followed by "i", "vid", "hos" or "på" and a
  capitalised name not of the store's own ("hundtrimmen i Hille", "på Adelsgatan") or a
  shop or trade not of the store's name ("på apoteket", "på vårdcentralen"; a shoemaker's
  "hos skomakaren" is here); in a sentence with a time away from the visit ("efteråt",
  "förra året"), by "i", "vid" or "hos" and a definite noun the store has no department of
  ("båt vid campingen efteråt"), or a definite thing by "på" and one ("lekhörnan på
  biblioteket efteråt", "nagelstudion på torget efteråt"), or a shop or trade anywhere in
  the clause ("Lunch åt vi på restaurangen vid hamnen efteråt"), where without such a time
  the place may be the store's own ("valparna i hägnet"); or by "av" or "hos" and someone
  of the customer's own ("kostrådgivning av min dietist"); never by "från", which tells
  where a thing came from ("kom med båten från Kalmar");
- come from: "kom direkt från veterinären" is where the customer came from;
- what someone is: a predicative noun after "är", "var" or "blev" said of someone ("Min
  syster är veterinär"), not of "det" ("det var kostrådgivning");
- planned: after "ska", "skall", "tänker" or "planerar" in the clause ("som jag ska ta frön
  från");
- supposed: in a clause of what would have been, not what was: "om" and "hade" ("om jag
  hade köpt färg"), "hade" opening it or after "då", "så" or "annars" before its subject
  ("hade jag köpt en öl", "då hade jag köpt färgen här"), "skulle ha" ("jag skulle ha köpt
  en öl"), or "hade" and a supine before "om" ("jag hade köpt en om det funnits");
- a habit set against this visit: "annars" with a use in the present and none in the past
  ("Begagnade böcker köper jag annars på loppis"), not "annars är hemleveransen jättebra";
- generic: a bare indefinite noun followed by a present verb of judging or being
  ("konstgjorda blommor ser så tråkiga ut") says what such things are, not what was met;
- another head: a compound that opens with the lacking thing's word but ends in another noun
  that may be goods ("gravyrpennan" of "gravyr") is that other thing; a person of it
  ("yogainstruktören" of "yoga") is not;
- on the net: the thing's word after "nät", "webb", "online" or "internet" in one compound
  ("nätapoteket", "webbapoteket", "nätbokhandeln" of "inget apotek", "ingen bokhandel") is a
  business on the net, not this store's own;
- got online: the thing bought, ordered or sent from a business on the net, said in its own
  clause after it ("en flaska vin från nätbutiken", "boken från en webbshop", "köpte den på
  nätet"): fetched here, it was not sold here;
- of another thing: a lack of something of a kind ("hemleverans av blommor") named with an
  "av" of another thing ("hemleveransen av matkassen");
- a modifier alone: the word narrowing the lack ("levande" of "levande beten") counts only
  before a noun, and not before a known product that is not the thing ("glutenfritt mjöl"
  of "glutenfritt bröd"); the thing's own word counts only with its
  modifiers in its own phrase ("konstgjorda blommor", "medicin på receptet", "tyget som de
  hade klippt", "blommorna var konstgjorda"), not said of another phrase of the sentence
  ("riktiga blommor eftersom konstgjorda …").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise

from kundrost.adapters.offline.departments import StoreDepartments, specialty
from kundrost.adapters.offline.goods import may_be_goods
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.products import PRODUCT_WORDS
from kundrost.adapters.offline.swedish import definite_noun

_AT_PLACE = listed("i vid hos")
_AT_NAME = _AT_PLACE | listed("på")
_AWAY = listed("efteråt innan förut förra")
"""Times away from the visit, which a place the store has no name for is another place at:
"båt vid campingen efteråt", not "valparna i hägnet"."""
_BY_WHOM = listed("av hos")
_ARTICLES = listed("en ett den det de")
_CUSTOMERS = listed("min mitt mina vår vårt våra hans hennes deras")
_STORE_WORDS = listed("butiken affären er ert era dem oss här där")
_MOTION = listed("kom kommit åkte åkt gick körde cyklade direkt")
_COPULAS = listed("är var blev")
_PRONOUNS = listed("jag vi du ni han hon de dom den det man")
_OTHER_PARTY = listed("en ett någon några min mitt mina vår våra hans hennes deras andra")
_IMPERSONAL = listed("det där här som")
_PLANS = listed("ska skall tänker planerar")
_TOWN = listed("stan centrum city")
_SUBJECTS = listed("jag vi han hon de dom")
_CARRYING = listed("tog tagit lämnade lämnat körde kört bar burit skickade skickat")
"""The town outside the store: "lunchen åt vi på stan"."""
_HABIT = listed("annars")
_PAST_USE = re.compile(r"(?:de|te|dde|tt|ade)$")
_GENERIC_VERBS = listed("är ser blir känns verkar brukar håller luktar")
_INFLECTIONS = listed("en et n t er ar or na erna arna orna ena s ens ets ns ts r e a")
_PARTICLES = listed("ut upp in ner på av till med om")
_COPULA_AFTER = listed("var är blev verkade kändes såg")
_DEFINITE_ENDINGS = listed("n en et t na erna arna orna")
_BOUNDARIES = listed("och men eftersom att för så när som medan fast")


def placed_elsewhere(
    tokens: Sequence[str],
    index: int,
    text: str,
    store: StoreDepartments,
    own: frozenset[str],
    required: Sequence[str],
    term: str = "",
) -> bool:
    """The thing at `index` placed at another place or person (module docstring)."""
    at = index + 1
    if not _AWAY.isdisjoint(tokens) and _shop_away(tokens, store, own):
        return True
    if _taken_to(tokens, index, store, own):
        return True
    if at + 2 < len(tokens) and tokens[at + 1] in _SUBJECTS and tokens[at] not in _PARTICLES:
        at += 2  # put first: "lunchen åt vi på stan" places what was eaten as "åt vi" does
    if at + 1 >= len(tokens):
        return False
    preposition = tokens[at]
    word = (
        tokens[at + 2] if tokens[at + 1] in _ARTICLES and at + 2 < len(tokens) else tokens[at + 1]
    )
    if preposition in _BY_WHOM and tokens[at + 1] in _CUSTOMERS:
        return True
    if preposition not in _AT_NAME or word in _STORE_WORDS or word in own:
        return False
    if any(word.startswith(part) for part in required) or store.named(word) is not None:
        return False
    if _capitalised(text, preposition, word) or word in _TOWN:
        return True
    if specialty(word) is not None:
        return not _own_trade(word, own)
    if _AWAY.isdisjoint(tokens) or not definite_noun(word):
        return False
    return preposition in _AT_PLACE or _definite(tokens[index], term)


def _taken_to(
    tokens: Sequence[str], index: int, store: StoreDepartments, own: frozenset[str]
) -> bool:
    """A trade the customer took a thing to ("tog den till kemtvätten", "lämnade skorna till
    skomakaren"): an errand to another business, which the store is not, as it lacks it."""
    if index < 3 or tokens[index - 1] != "till" or specialty(tokens[index]) is None:
        return False
    if store.named(tokens[index]) is not None or _own_trade(tokens[index], own):
        return False
    return any(t in _CARRYING for t in tokens[max(0, index - 5) : index - 2])


def _own_trade(word: str, own: frozenset[str]) -> bool:
    return any(word.startswith(name[:-1]) for name in own if len(name) >= 5)


def _shop_away(tokens: Sequence[str], store: StoreDepartments, own: frozenset[str]) -> bool:
    """A clause told away from the visit at a shop or trade the store has no department of
    ("Lunch åt vi på restaurangen vid hamnen efteråt"): nothing in it is met here."""
    return any(
        before in _AT_NAME
        and specialty(word) is not None
        and store.named(word) is None
        and word not in own
        and not _own_trade(word, own)
        for before, word in pairwise(tokens)
    )


def _definite(token: str, term: str) -> bool:
    """A definite form: by its ending, or the lack's own word with a definite ending
    ("nagelstudion" of "nagelstudio")."""
    if definite_noun(token) or (len(token) >= 5 and token.endswith(("an", "en", "et", "na"))):
        return True
    return token.startswith(term) and token[len(term) :] in _DEFINITE_ENDINGS


def someone_elses(tokens: Sequence[str], index: int) -> bool:
    """The verb at `index` done by someone of the customer's: "min svåger monterade"."""
    return index >= 2 and tokens[index - 2] in _CUSTOMERS and tokens[index - 1] not in _PRONOUNS


def sold_to_another(tokens: Sequence[str], index: int) -> bool:
    """A sale at `index` to someone else: "sålde … till en guldköpare"."""
    if not tokens[index].startswith("sål"):
        return False
    rest = tokens[index + 1 :]
    return any(t == "till" and u in _OTHER_PARTY for t, u in pairwise(rest))


def _capitalised(text: str, preposition: str, word: str) -> bool:
    found = re.search(rf"\b{preposition}\s+([A-ZÅÄÖ]\w*)", text)
    return found is not None and found.group(1).casefold() == word


def not_met_here(tokens: Sequence[str], index: int) -> bool:
    """The thing at `index` is where the customer came from, what someone is, or planned
    (module docstring)."""
    before = tokens[max(0, index - 4) : index]
    if index and tokens[index - 1] == "från" and not _MOTION.isdisjoint(before):
        return True
    if (
        index >= 2
        and tokens[index - 1] in _COPULAS
        and tokens[index - 2] not in _IMPERSONAL
        and not definite_noun(tokens[index])
    ):
        return True
    return not _PLANS.isdisjoint(tokens[:index])


_THEN = listed("då så annars")
_NO_SUPINES = listed("det ett mitt ditt sitt vårt ert allt inget något mycket litet just nyss")


def _supine(tokens: Sequence[str]) -> bool:
    """Whether a supine ("köpt", "haft", "tagit") is among `tokens`."""
    return any(t.endswith("t") and len(t) > 2 and t not in _NO_SUPINES for t in tokens)


def supposed(tokens: Sequence[str]) -> bool:
    """A clause of what would have been (module docstring): "hade jag köpt färgen här"."""
    if "hade" not in tokens and "skulle" not in tokens:
        return False
    for at, token in enumerate(tokens):
        if token == "skulle" and "ha" in tokens[at + 1 : at + 3]:
            return True
        if token != "hade" or not _supine(tokens[at + 1 : at + 3]):
            continue
        if at >= 2 and tokens[at - 2] == "om" and tokens[at - 1] in _PRONOUNS:
            return True
        inverted = tokens[at + 1 : at + 2] and tokens[at + 1] in _PRONOUNS
        if inverted and (at == 0 or tokens[at - 1] in _THEN):
            return True
        if "om" in tokens[at + 2 :]:
            return True
    return False


def habitual(tokens: Sequence[str], using: frozenset[str]) -> bool:
    """A habit set against this visit: "annars" and no past use (module docstring)."""
    if _HABIT.isdisjoint(tokens) or not any(t in using and t.endswith("r") for t in tokens):
        return False
    return not any(t in using and _PAST_USE.search(t) for t in tokens)


def generic(tokens: Sequence[str], index: int) -> bool:
    """A bare indefinite noun with a present verb after it (module docstring)."""
    token = tokens[index]
    if definite_noun(token) or index + 1 >= len(tokens):
        return False
    if index and tokens[index - 1] in _ARTICLES | _CUSTOMERS:
        return False
    return tokens[index + 1] in _GENERIC_VERBS


def other_head(term: str, token: str) -> bool:
    """A compound opening with the term's word and ending in another noun that may be goods
    ("gravyrpennan"), not a person or an event of it ("yogainstruktören")."""
    stem = term[:-2] if term.endswith(("ar", "er", "or")) and len(term) > 5 else term
    if not token.startswith(stem):
        return False
    rest = token[len(stem) :]
    if rest[:1] == stem[-1:]:
        rest = rest[1:]  # "hundtrimmen": a doubled consonant before the ending
    if len(rest) < 3 or rest in _INFLECTIONS or rest.lstrip("s") in _INFLECTIONS:
        return False
    return may_be_goods(token)


_ONLINE = ("nät", "webb", "web", "online", "internet")


def on_the_net(term: str, token: str) -> bool:
    """A business on the net named by a compound of the term ("nätapoteket" of "apotek")."""
    return bool(term) and any(
        token.startswith(prefix) and term in token[len(prefix) :] for prefix in _ONLINE
    )


_NET_SHOPS = (
    "butik", "shop", "handel", "affär", "apotek", "varuhus", "sida", "auktion", "bokhandel",
)  # fmt: skip
_NET_WORDS = listed("nätet webben internet online")
_FROM_NET = listed("från på hos via")
_CLAUSE_ENDS = listed("och men eftersom att så när som medan fast")


def online_shop(word: str) -> bool:
    """The net or a business on it: "nätet", "nätbutiken", "webbshopen", "internetapoteket"."""
    if word in _NET_WORDS:
        return True
    return any(
        word.startswith(prefix) and word[len(prefix) :].startswith(_NET_SHOPS) for prefix in _ONLINE
    )


def got_online(tokens: Sequence[str], index: int) -> bool:
    """The thing at `index` got from a business on the net (module docstring): "från",
    "på", "hos" or "via" and the net or such a business after it in its clause."""
    after = tokens[index + 1 : index + 8]
    end = next((i for i, t in enumerate(after) if t in _CLAUSE_ENDS), len(after))
    words = [t for t in after[:end] if t not in _ARTICLES]
    return any(t in _FROM_NET and online_shop(u) for t, u in pairwise(words))


def other_of(tokens: Sequence[str], index: int, required: Sequence[str]) -> bool:
    """The thing named with an "av" of something the lack is not of ("hemleveransen av
    matkassen" of "hemleverans av blommor")."""
    if not required or tokens[index + 1 : index + 2] != ("av",) or index + 2 >= len(tokens):
        return False
    word = tokens[index + 3] if tokens[index + 2] in _ARTICLES | _CUSTOMERS else tokens[index + 2]
    return not any(word.startswith(part) for part in required)


def modifier_alone(tokens: Sequence[str], index: int, thing: Callable[[str], object]) -> bool:
    """A modifier word said without the thing (module docstring): predicative, or before a
    known product that is not the thing."""
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    if not after or after in _PARTICLES or after in _COPULAS:
        return True
    return not thing(after) and PRODUCT_WORDS.lookup(after) is not None


def modifiers_with(tokens: Sequence[str], index: int, said: Sequence[str]) -> bool:
    """Each modifier said in the thing's own phrase: just before it, or after it past a copula
    ("blommorna var konstgjorda")."""
    before = tokens[max(0, index - 3) : index]
    after = tokens[index + 1 : index + 8]
    copula = next((i for i, t in enumerate(after) if t in _COPULA_AFTER), None)
    later = after[copula + 1 :] if copula is not None else ()
    stop = next((i for i, t in enumerate(after) if t in _BOUNDARIES), len(after))
    near = after[1:6] if after[:1] == ("som",) else after[: min(stop, 4)]
    return all(any(t.startswith(part) for t in (*before, *near, *later)) for part in said)
