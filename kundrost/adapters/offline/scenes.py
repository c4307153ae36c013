"""Scenes of a trade the store lacks: a department described by its work, never named.

A sentence is a scene of a trade (`trades`) when it holds the trade's staff with any other
word of it ("Bagaren drog ut plåtar med kanelbullar", "Teknikern bytte skärmen"), or one of
its goods with one of its acts or tools ("filéade en torsk", "kulade upp pistagglass i
våffelstrutar", "temperade choklad på en marmorskiva"). It is flagged as an unknown department
(0.75) when the store's own words — its name, its departments and their aliases, its
campaigns, its questions and what its facts say it does — hold none of the trade's names: a
tea room that serves coffee ("Vi serverar kaffe") has a barista, a bookshop with a children's
corner reads stories, a builder's merchant that copies keys cuts them.

Not a scene: the customer's own work ("jag bakade", "vi rullade"), work at home ("hemma"),
negated, asked, wished for or suggested, talk about another store (`elsewhere`), or work at a
department the store does have, named in the same sentence ("killen i charken filéade
torsken").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.lexicon import is_negated
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.reading import tokens_of
from kundrost.adapters.offline.sifted import Sifted
from kundrost.adapters.offline.trades import (
    ACT,
    GOODS,
    MADE_TO_ORDER,
    SERVICE,
    STAFF,
    TOOL,
    TRADES,
    named_in,
    trade_words,
)
from kundrost.adapters.offline.unlisted import UNKNOWN_DEPARTMENT
from kundrost.domain.analysis import ContentFlag, FlagKind
from kundrost.domain.business_context import (
    BaselineFact,
    BusinessContext,
    Campaign,
    Department,
    Question,
)

_OWN_WORK = listed("jag vi man själv")
"""Before an act, the customer doing it: "vi rullade egen sushi"."""
_HOME = listed("hemma hemmet")
_AT = listed("i vid från bakom bredvid")
_DENIED = re.compile(r"\b(?:inte|ingen|inga|inget|ej|aldrig)\b")
_EVERY_STORE = ("kassa", "kass", "butik", "hyll", "kund", "info", "entré", "lager")
"""Departments every store has: work told at the till is not work of the till's trade."""
_FIRST_ENDINGS = ("", "en", "et", "n", "t", "na", "erna", "arna")


_SENT_AWAY = re.compile(r"\b(?:skickas|skickar|hänvisar|hänvisas|närmaste)\b")
"""A fact part that sends the customer or the goods to another business ("de skickas till en
verkstad i Borlänge", "den närmaste finns vid Folkets hus") affirms nothing of this store."""


def _parts(text: str) -> list[str]:
    return re.split(r"[.,;:]|\bmen\b|\boch\b", text.casefold())


def _affirmed(text: str) -> Iterable[str]:
    """The parts of a fact that do not deny: "Vi kopierar nycklar, men slipar inte knivar"
    affirms the keys only; nor a part that sends the work elsewhere (`_SENT_AWAY`)."""
    for part in _parts(text):
        if _DENIED.search(part) is None and _SENT_AWAY.search(part) is None:
            yield part


_PACKED_ONLY = re.compile(
    r"\b(?:bara|endast|enbart|only)\b.*\b(?:fryst|frysta|djupfryst|djupfrysta|färdigpackat|"
    r"färdigpackad|färdigpackade|förpackat|förpackad|förpackade|frysen)\b"
    r"|\bsäljs (?:färdigpackat|färdigpackad|förpackat|fryst)\b"
)
"""A fact part that limits the goods to their packed form ("fisk finns bara fryst", "kött
säljs färdigpackat") sells them, but says no one cuts or serves them to order."""


def _denied(text: str) -> Iterable[str]:
    """The parts of a fact that deny a trade ("Butiken har ingen manuell disk för kött eller
    fisk") or limit its goods to their packed form (`_PACKED_ONLY`)."""
    for part in _parts(text):
        if _DENIED.search(part) is not None or _PACKED_ONLY.search(part) is not None:
            yield part


def _present(context: BusinessContext) -> frozenset[int]:
    """The trades whose names the store's own words hold, read once per store's words (a
    context is not hashable, its parts are)."""
    return _present_in(
        context.store_name or "",
        tuple(context.departments),
        tuple(context.current_campaigns),
        tuple(context.question_configuration),
        tuple(context.baseline_facts),
    )


@lru_cache(maxsize=256)
def _present_in(
    name: str,
    departments: tuple[Department, ...],
    campaigns: tuple[Campaign, ...],
    questions: tuple[Question, ...],
    facts: tuple[BaselineFact, ...],
) -> frozenset[int]:
    """A trade is present when the store's name, departments, campaigns or questions hold
    it, or its affirmed facts do and no fact denies it: "fisk finns bara fryst" sells fish,
    but beside "Butiken har ingen manuell disk för kött eller fisk" no one fillets it. What
    the store itself offers (a department "Kött och chark", a campaign "Veckans lax")
    outweighs a denial: its goods are there, whatever a fact says of its counter."""
    own = [name]
    for department in departments:
        own.extend(department.names())
    for campaign in campaigns:
        own.extend((campaign.name, campaign.description))
    for question in questions:
        own.append(question.question)
    words: list[str] = []
    denials: list[str] = []
    for fact in facts:
        words.extend(_affirmed(fact.statement))
        denials.extend(_denied(fact.statement))
    told = _holding(" ".join(words).casefold()) - _named(" ".join(denials))
    return _holding(" ".join(own).casefold()) | told


@lru_cache(maxsize=256)
def _named(text: str) -> frozenset[int]:
    """Trades a text names by their stems: what a fact's denying part speaks of."""
    return frozenset(i for i, trade in enumerate(TRADES) if named_in(trade, text))


@lru_cache(maxsize=256)
def _holding(text: str) -> frozenset[int]:
    """Trades named by their stems, or by their staff or goods ("Veckans lax: laxfilé för
    149 kronor" sells what a fish counter does)."""
    named = {i for i, trade in enumerate(TRADES) if named_in(trade, text)}
    for token in tokens_of(text):
        named.update(i for i, kind in trade_words(token) if kind in (STAFF, GOODS, SERVICE))
    return frozenset(named)


@lru_cache(maxsize=65_536)
def _works(token: str) -> bool:
    """Whether the word is a trade's staff, act or tool: a scene needs one."""
    return any(kind != GOODS for _, kind in trade_words(token))


_WORKING = Sifted(_works)
"""A call's words that are a trade's staff, act or tool (`_works`), each tested once."""
_TRADING = Sifted(trade_words)
"""A call's words that are any trade's word, each tested once."""

_UPSTAIRS_WORDS = listed("övervåningen ovanvåningen loftet entresolen våningen trappa ovanför")
_ROOMS = ("rummet", "lokalen", "salen", "våningen")
"""A room, also a compound ("konferensrummet")."""
_FLOORS = re.compile(r"våning|trapp|hiss|entresol|loft|\bplan(?:et)?\b")
_LIVING = listed("bor bodde bott granne grannar lägenhet lägenheten")
_US = listed("jag vi oss mig")


def _has_floors(context: BusinessContext) -> bool:
    """Whether the store's own words tell of floors, stairs or a lift."""
    words = [context.store_name or ""]
    words.extend(name for d in context.departments for name in d.names())
    words.extend(fact.statement for fact in context.baseline_facts)
    return _FLOORS.search(" ".join(words).casefold()) is not None


def _upstairs(tokens: tuple[str, ...]) -> bool:
    """An upper floor or a room above something, where the customer was: "vi gick upp på
    övervåningen", "i rummet ovanför kaféet satt vi" — not where they live ("jag bor på
    våningen ovanför")."""
    if _US.isdisjoint(tokens) or not _LIVING.isdisjoint(tokens):
        return False
    pairs = list(zip(tokens, (*tokens[1:], ""), strict=True))
    return any(
        token in ("övervåningen", "ovanvåningen", "loftet", "entresolen")
        or (token.endswith(_ROOMS) and after == "ovanför")
        or (token == "andra" and after == "våningen")
        or (token == "trappa" and after == "upp")
        for token, after in pairs
    )


def _own_work(tokens: tuple[str, ...], index: int) -> bool:
    return not _OWN_WORK.isdisjoint(tokens[max(0, index - 2) : index])


_BOUGHT = listed("köpte köpt köper")
"""Bought goods, not "medan jag handlade" (shopping)."""
_USED = listed("skickade")
"""Acts by which a customer uses a trade's service, not does its work: "jag skickade ett
rekommenderat brev vid disken" used a post office."""
_BUYING = listed("köpte köper köpt handlade beställde")


def _bought_thing(tokens: tuple[str, ...], index: int) -> bool:
    """A tool bought is goods: "köpte en kokbok om sushi och en bambumatta" sells a mat, no
    one rolled sushi on it; a tool after a preposition is where the work was ("köpte … av
    honom vid plattan")."""
    return not _BUYING.isdisjoint(tokens[:index]) and not (
        index and tokens[index - 1] in _PREPOSITIONS
    )


def _shown(tokens: tuple[str, ...]) -> bool:
    """A machine bought and shown working ("köpte en mixer, och killen mixade en smoothie åt
    oss för att visa den"): a sale, no trade's work."""
    return not _BUYING.isdisjoint(tokens) and demonstrated(tokens)


_RECEIVED = listed("fick gjorde tog köpte betalade bokade beställde hann lämnade satte")
"""Verbs a service noun is had by: "jag fick ett passfoto", "vi gjorde ett syntest"."""
_WHITE_COAT_TRADES = tuple(
    trade.name in ("ett apotek", "en klinik", "en optiker", "en hörselmottagning")
    for trade in TRADES
)
"""Trades whose staff a customer may tell only by the white coat: "en kvinna i vit rock"."""


_COATS = listed("rock rocken rockar")


def _white_coat(tokens: tuple[str, ...]) -> bool:
    return any(
        token in ("vit", "vita") and after.startswith("rock") for token, after in pairwise(tokens)
    )


def _trade_kinds(tokens: tuple[str, ...]) -> dict[int, set[str]]:
    """The kinds of each trade's words the sentence holds, the customer's own acts and
    negated acts left out. A service noun had ("fick ett passfoto", "gjorde en
    synundersökning") is the trade's goods and act at once; without such a verb, its goods
    ("ett presentkort på massage" is bought, no massage had). A white coat ("en kvinna i vit
    rock") is the staff of the medical trades (`_WHITE_COAT_TRADES`)."""
    kinds: dict[int, set[str]] = {}
    for index, token in enumerate(tokens):
        for trade, kind in trade_words(token):
            own = _own_work(tokens, index) and token not in _USED
            if kind == ACT and (own or is_negated(tokens, index)):
                continue
            if kind == ACT and token == "band" and index and tokens[index - 1] in ("ett", "med"):
                continue
            if kind == TOOL and _bought_thing(tokens, index):
                kind = GOODS
            if kind == SERVICE:
                had = not _RECEIVED.isdisjoint(tokens[max(0, index - 5) : index])
                if had and not is_negated(tokens, index) and "presentkort" not in tokens:
                    kinds.setdefault(trade, set()).add(ACT)
                kind = GOODS
            kinds.setdefault(trade, set()).add(kind)
    if kinds and _white_coat(tokens):
        for trade in kinds:
            if _WHITE_COAT_TRADES[trade]:
                kinds[trade].add(STAFF)
    return kinds


_MAKING = listed(
    """gjorde lagade bredde stekte grillade värmde hällde skar ritade rullade blandade mixade
    vägde öppnade lade la öste"""
)
"""Verbs of making or preparing something; with a server or to order, the trade's work."""
_PLATING = listed("lade la öste")
"""Verbs that make only with "upp": "lade upp en portion", not "lade varorna i påsen"."""
_SERVERS = listed(
    """killen tjejen han hon hen personalen expediten mannen kvinnan damen grabben kocken
    flickan pojken"""
)
"""Third persons who serve: a maker that is no customer."""
_CUSTOMERS = listed("jag vi man")
_FOR_US = listed("mig oss barnen henne honom")
_PRONOUNS = listed("den det dem dom")
_MADE_REACH = 6
_DEMO = listed("visade demonstrera demonstrerade fungerar funkar")


def demonstrated(tokens: tuple[str, ...]) -> bool:
    """Made to show how a machine works, not served: "gjorde en espresso åt mig för att
    visa den", "visade hur den fungerar"; "en skiva med svensk visa" is a song."""
    return not _DEMO.isdisjoint(tokens) or any(
        word == "visa" and before == "att" for before, word in pairwise(tokens)
    )


_PREPOSITIONS = listed("i på vid med till för av från åt under om bakom")
"""The thing made is the verb's object, before any preposition; a tool may stand after one
("i mjölkskummet", "på plattan")."""
_MADE_TRADES = tuple(trade.name in MADE_TO_ORDER for trade in TRADES)
"""How many words after the making verb its object and tools may stand."""


def _made(tokens: tuple[str, ...]) -> tuple[set[int], bool]:
    """Trades whose goods or tools a server made or prepared, to order ("Killen gjorde kaffet
    … i mjölkskummet", "stod en kille … och gjorde hamburgare åt oss"), and whether the thing
    made is a pronoun taken up from the sentence before ("Han gjorde den medan jag väntade").

    A making verb is a server's when a third person is its subject (`_served_by`) or the
    making is for the customer ("åt mig", "åt oss", "medan jag väntade");
    not the customer's own ("vi grillade", "grillade jag"), nor negated. Only words within
    `_MADE_REACH` after the verb, and before the customer comes in, count: "hon i kassan
    gjorde ett bra jobb, jag köpte lax" made no fish."""
    trades: set[int] = set()
    taken_up = False
    if demonstrated(tokens):
        return trades, taken_up
    for index, token in enumerate(tokens):
        if token not in _MAKING or _own_work(tokens, index) or is_negated(tokens, index):
            continue
        if token in _PLATING and tokens[index + 1 : index + 2] != ("upp",):
            continue
        after = tokens[index + 1 : index + 1 + _MADE_REACH]
        if after[:1] and after[0] in _CUSTOMERS:
            continue
        cut = next((i for i, word in enumerate(after) if word in _CUSTOMERS), len(after))
        after = after[:cut]
        server = _served_by(tokens, index)
        ordered = any(
            (word == "åt" and nxt in _FOR_US) or (word == "medan" and nxt in _CUSTOMERS)
            for word, nxt in zip(tokens[index + 1 :], tokens[index + 2 :], strict=False)
        )
        if not (server or ordered):
            continue
        placed = False
        for word in after:
            placed = placed or word in _PREPOSITIONS
            trades.update(
                t
                for t, kind in trade_words(word)
                if _MADE_TRADES[t] and (kind == TOOL or (kind == GOODS and not placed))
            )
        taken_up = taken_up or (bool(after) and after[0] in _PRONOUNS and ordered)
    return trades, taken_up


def _served_by(tokens: tuple[str, ...], index: int) -> bool:
    """Whether the verb's subject is a server: the nearest person word before it is a third
    person ("Killen gjorde kaffet … och ritade ett hjärta"), not the customer; or one stands
    just after it ("gjorde hon")."""
    if index + 1 < len(tokens) and tokens[index + 1] in _SERVERS:
        return True
    for word in reversed(tokens[:index]):
        if word in _CUSTOMERS:
            return False
        if word in _SERVERS:
            return True
    return False


def _scenes(kinds: dict[int, set[str]]) -> set[int]:
    """The trades whose words make a scene of their work: staff with any other word of the
    trade, goods with an act or a tool, or an act with a tool ("säkrade mig vid
    klätterväggen")."""
    return {
        trade
        for trade, found in kinds.items()
        if (STAFF in found and len(found) > 1)
        or (GOODS in found and found & {ACT, TOOL})
        or {ACT, TOOL} <= found
    }


def _at_own_department(tokens: tuple[str, ...], store: StoreDepartments) -> bool:
    """Whether the sentence places the work at one of the store's departments ("killen i
    charken", "vid ostdisken"), not only names its goods ("katten" of "Hund och katt")."""
    for index, token in enumerate(tokens):
        if _AT.isdisjoint(tokens[max(0, index - 2) : index]):
            continue
        name = store.named(token)
        if name is not None and not name.casefold().startswith(_EVERY_STORE):
            return True
    return False


def trade_scene_flags(
    evidence: Evidence, store: StoreDepartments, context: BusinessContext | None
) -> list[ContentFlag]:
    """A floor the store lacks, or work of a trade it lacks told as a scene here. A call
    without a trade's word makes no scene, so its sentences are not read for one."""
    if context is None or not context.departments:
        return []
    flags: dict[int, ContentFlag] = {}
    if not _UPSTAIRS_WORDS.isdisjoint(evidence.words) and not _has_floors(context):
        for index, tokens in enumerate(evidence.sentence_tokens):
            if _upstairs(tokens) and _told_here(evidence, index, store):
                said = evidence.reading.sentences[index]
                text = f"Kunden beskriver en våning eller ett rum som butiken inte har: {said}"
                flags[-1] = ContentFlag(FlagKind.UNKNOWN_DEPARTMENT, text[:500], UNKNOWN_DEPARTMENT)
                break
    working = (
        _WORKING.of(evidence.words)
        or not _MAKING.isdisjoint(evidence.words)
        or not _COATS.isdisjoint(evidence.words)
    )
    trading = _TRADING.of(evidence.words) if working else frozenset()
    if not trading:
        return list(flags.values())
    present = _present(context)
    own_name = (context.store_name or "").casefold()
    before: dict[int, set[str]] = {}
    turns = evidence.reading.sentence_turns
    for index, tokens in enumerate(evidence.sentence_tokens):
        kinds = {} if trading.isdisjoint(tokens) or _shown(tokens) else _trade_kinds(tokens)
        same_answer = bool(index) and turns[index - 1] == turns[index]
        made, taken_up = _made(tokens) if not _MAKING.isdisjoint(tokens) else (set(), False)
        if taken_up and same_answer:
            made |= {t for t, found in before.items() if GOODS in found and _MADE_TRADES[t]}
        for trade in made:
            kinds.setdefault(trade, set()).add(STAFF)
        if kinds and not _told_here(evidence, index, store, own_name):
            kinds = {}
        if same_answer:
            joined = {t: kinds.get(t, set()) | before.get(t, set()) for t in {*kinds, *before}}
        else:
            joined = kinds
        before = kinds
        scenes = _scenes(joined)
        found = scenes - present - set(flags)
        said = evidence.reading.sentences[index]
        words = (*evidence.sentence_tokens[index - 1], *tokens) if same_answer else tokens
        told = {t: _words_of(t, words) for t in found & set(kinds)}
        for trade in sorted(told):
            if _present_work(trade, words, present) or _stores_goods(trade, words, store):
                continue
            if not _MADE_TRADES[trade] and _bought_goods(trade, words):
                continue
            if any(told[trade] < other for t, other in told.items() if t != trade):
                continue  # "Mekanikern … på lyften … bytte" is a car's, not also a bicycle's
            what = TRADES[trade].name
            text = f"Kunden beskriver arbete som hör till {what}, som butiken inte har: {said}"
            flags[trade] = ContentFlag(FlagKind.UNKNOWN_DEPARTMENT, text[:500], UNKNOWN_DEPARTMENT)
    return list(flags.values())


def _bought_goods(trade: int, words: Iterable[str]) -> bool:
    """Work on goods bought here in the same sentence is the seller's own after-sale service:
    "köpte skidorna klockan två, de vallade dem på stället"; not for food or drink made to
    order, which is bought as it is made ("köpte en tunnbrödsrulle … vid plattan")."""
    words = tuple(words)
    return any(
        any(t == trade and kind == GOODS for t, kind in trade_words(word))
        and not _BOUGHT.isdisjoint(words[max(0, index - 4) : index])
        for index, word in enumerate(words)
    )


def _present_work(trade: int, words: Iterable[str], present_scenes: frozenset[int]) -> bool:
    """Whether every word of the trade's scene is also a word of a trade the store has:
    "hunden fick en fin klippning" at a dog groomer is its trim, not a hairdresser's cut;
    "Er mekaniker … kollade bromsbeläggen" at a bicycle workshop is its own."""
    if not present_scenes:
        return False
    own = [w for w in words if any(t == trade for t, _ in trade_words(w))]
    return all(any(t in present_scenes for t, _ in trade_words(w)) for w in own)


def _words_of(trade: int, words: Iterable[str]) -> frozenset[str]:
    return frozenset(w for w in words if any(t == trade for t, _ in trade_words(w)))


def _stores_goods(trade: int, words: Iterable[str], store: StoreDepartments) -> bool:
    """Whether the scene's goods are named by one of the store's own departments: "slipade
    mina köksknivar" at a kitchen shop listing "Knivar" is its service; not when the trade's
    own staff did it ("Veterinären lyssnade på katten" at a pet shop's "Hund och katt")."""
    words = tuple(words)
    if any(t == trade and kind == STAFF for w in words for t, kind in trade_words(w)):
        return False
    for word in words:
        kinds = {kind for t, kind in trade_words(word) if t == trade}
        if GOODS in kinds and SERVICE not in kinds:  # "glasskula" is a scoop, not "glasen"
            name = store.named(word)
            if name is not None and not name.casefold().startswith(_EVERY_STORE):
                return True
    return False


def _told_here(evidence: Evidence, index: int, store: StoreDepartments, own_name: str = "") -> bool:
    """Whether the sentence may tell of work in this store: not about another store, not a
    wish, suggestion or question, not at home, not at one of the store's departments."""
    cues = evidence.cues[index]
    tokens = evidence.sentence_tokens[index]
    if cues.elsewhere or cues.actionable or not _HOME.isdisjoint(tokens):
        return False
    said = evidence.reading.sentences[index]
    if said.rstrip().endswith("?") or _at_named_business(said, store, own_name):
        return False
    return not _at_own_department(tokens, store)


_HOS_NAME = re.compile(r"\bhos ([A-ZÅÄÖ]\w+)")


def _at_named_business(said: str, store: StoreDepartments, own_name: str) -> bool:
    """Work placed "hos" a business named by a capitalised name that is neither the store's
    own name nor one of its departments ("betalade för däckbytet hos Däckia"): another
    business's work."""
    return any(
        store.named(name.casefold()) is None and name.casefold() not in own_name
        for name in _HOS_NAME.findall(said)
    )
