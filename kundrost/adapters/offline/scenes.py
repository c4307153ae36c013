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

from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.lexicon import is_negated
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.reading import tokens_of
from kundrost.adapters.offline.sifted import Sifted
from kundrost.adapters.offline.trades import ACT, GOODS, STAFF, TOOL, TRADES, trade_words
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


def _affirmed(text: str) -> Iterable[str]:
    """The parts of a fact that do not deny: "Vi kopierar nycklar, men slipar inte knivar"
    affirms the keys only."""
    for part in re.split(r"[.,;:]|\bmen\b|\boch\b", text.casefold()):
        if _DENIED.search(part) is None:
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
    words = [name]
    for department in departments:
        words.extend(department.names())
    for campaign in campaigns:
        words.extend((campaign.name, campaign.description))
    for question in questions:
        words.append(question.question)
    for fact in facts:
        words.extend(_affirmed(fact.statement))
    return _holding(" ".join(words).casefold())


@lru_cache(maxsize=256)
def _holding(text: str) -> frozenset[int]:
    """Trades named by their stems, or by their staff or goods ("Veckans lax: laxfilé för
    149 kronor" sells what a fish counter does)."""
    named = {i for i, trade in enumerate(TRADES) if any(name in text for name in trade.names)}
    for token in tokens_of(text):
        named.update(i for i, kind in trade_words(token) if kind in (STAFF, GOODS))
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


def _trade_kinds(tokens: tuple[str, ...]) -> dict[int, set[str]]:
    """The kinds of each trade's words the sentence holds, the customer's own acts and
    negated acts left out."""
    kinds: dict[int, set[str]] = {}
    for index, token in enumerate(tokens):
        for trade, kind in trade_words(token):
            if kind == ACT and (_own_work(tokens, index) or is_negated(tokens, index)):
                continue
            if kind == ACT and token == "band" and index and tokens[index - 1] in ("ett", "med"):
                continue
            kinds.setdefault(trade, set()).add(kind)
    return kinds


def _scenes(kinds: dict[int, set[str]]) -> set[int]:
    """The trades whose words make a scene of their work."""
    return {
        trade
        for trade, found in kinds.items()
        if (STAFF in found and len(found) > 1) or (GOODS in found and found & {ACT, TOOL})
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
    trading = _TRADING.of(evidence.words) if _WORKING.of(evidence.words) else frozenset()
    if not trading:
        return list(flags.values())
    present = _present(context)
    before: dict[int, set[str]] = {}
    turns = evidence.reading.sentence_turns
    for index, tokens in enumerate(evidence.sentence_tokens):
        kinds = {} if trading.isdisjoint(tokens) else _trade_kinds(tokens)
        if kinds and not _told_here(evidence, index, store):
            kinds = {}
        if index and turns[index - 1] == turns[index]:
            joined = {t: kinds.get(t, set()) | before.get(t, set()) for t in {*kinds, *before}}
        else:
            joined = kinds
        before = kinds
        found = _scenes(joined) - present - set(flags)
        said = evidence.reading.sentences[index]
        for trade in sorted(found & set(kinds)):
            what = TRADES[trade].name
            text = f"Kunden beskriver arbete som hör till {what}, som butiken inte har: {said}"
            flags[trade] = ContentFlag(FlagKind.UNKNOWN_DEPARTMENT, text[:500], UNKNOWN_DEPARTMENT)
    return list(flags.values())


def _told_here(evidence: Evidence, index: int, store: StoreDepartments) -> bool:
    """Whether the sentence may tell of work in this store: not about another store, not a
    wish, suggestion or question, not at home, not at one of the store's departments."""
    cues = evidence.cues[index]
    tokens = evidence.sentence_tokens[index]
    if cues.elsewhere or cues.actionable or not _HOME.isdisjoint(tokens):
        return False
    if evidence.reading.sentences[index].rstrip().endswith("?"):
        return False
    return not _at_own_department(tokens, store)
