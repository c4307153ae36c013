"""Baseline facts: which of a store's facts the customer's account contradicts.

Every fact is read into claims (`fact_claims`); what the customer says they experienced is
compared with each, never what they merely mention or agree with:

- absent: the customer met the thing here — used it, was at it, judged it, or it acted
  ("laxen från fiskdisken", "jag fick låna toaletten", "Konditorn hade skrivit hennes
  namn", "tårtan jag hade beställt" for "tårtbeställningar") — not negated, wished for,
  missed or asked about ("jag hade bara kontanter" agrees with a store that takes none);
- free: the customer paid for it, in the clause that names it ("fick betala 20 kr för
  påtåren", "parkeringen som var dyr", "parkeringsavgiften, trettio kronor"); a free period
  or a condition ("gratis i två timmar") is broken only when the customer's own words keep
  within it ("för en halvtimme") and say nothing of going over it ("för sent", "utan
  kvitto");
- count: the customer counts more of it ("alla åtta kassorna");
- price: the customer says what costs money was free ("det kostade ingenting att få det
  levererat", "gratis hemleverans");
- accepts and schedule: see `fact_use`.

What the customer says of another store (`elsewhere`) contradicts nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from functools import lru_cache

from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.evidence import ClauseEvidence, Evidence
from kundrost.adapters.offline.fact_claims import (
    ABSENT,
    ACCEPTS,
    COUNT,
    FREE,
    PRICE,
    SCHEDULE,
    Claim,
    about_store,
    claims_of,
)
from kundrost.adapters.offline.fact_use import (
    THERE,
    accepts_broken,
    names_place,
    payment_means,
    schedule_broken,
)
from kundrost.adapters.offline.lexicon import NEGATIONS, is_negated
from kundrost.adapters.offline.numbers import Amount
from kundrost.adapters.offline.patterns import listed
from kundrost.domain.analysis import ContentFlag, FlagKind
from kundrost.domain.business_context import BaselineFact, BusinessContext

_CONFIDENCE = {ABSENT: Decimal("0.85")}
_DEFAULT_CONFIDENCE = Decimal("0.8")
_PAID = listed(
    """betala betalade betalat betalar kostade avgift avgiften debiterade debiterades
    betalt dyr dyra dyrt"""
)
"""What the customer paid or found dear; "kostar" is a price list ("efter två timmar kostar
det")."""
_FEES = ("avgift", "kostnad", "taxa", "pris")
_ACTED = listed("kom tog gav bar serverade frågade hämtade sa visade hjälpte ställde torkade")
_USING = listed(
    """köpte köpt köper betalade betalat betala fick tog åt ätit drack druckit beställde
    beställt handlade serverades serverade provade smakade valde hämtade plockade använde
    scannade skannade lämnade lånade låna"""
)
_PAID_FREE = listed("gratis ingick ingår bjöd bjuder")
_MISSING = listed("saknar saknade saknas fattas fattades")
_ASKING = listed("frågade undrade undrar fråga frågan")
_MONEY = listed("kronor kr spänn")
_PREPOSITIONS = listed("på i för med vid till av om under från")
_OPENERS = listed("och men sen då så")
_OVER = re.compile(
    r"\b(?:för sent|försen\w*|över tiden|(?:längre|mer) än (?:\w+ )?timm\w*|"
    r"utan (?:kvitto|skiva|p-skiva)|glömde|glömt|\w*bot|\w*boten|böter|efter (?:\w+ )?timm\w*)"
)
_FREE_SAID = re.compile(
    r"\b(?:gratis|kostnadsfri\w*|fri frakt|kostade (?:ingenting|inget|noll|inte något)|"
    r"ingen avgift|utan avgift|betalade (?:ingenting|inget))\b"
)


class FactBook:
    """A store's claims, with the claims each customer word may bear on memoised, so that a
    sentence is compared only with the claims its words touch."""

    def __init__(self, facts: tuple[BaselineFact, ...], store: StoreDepartments) -> None:
        self.claims = tuple(claim for fact in facts for claim in claims_of(fact))
        self.store = store
        self._memo: dict[str, frozenset[int]] = {}

    def touched(self, token: str) -> frozenset[int]:
        hits = self._memo.get(token)
        if hits is None:
            hits = frozenset(
                index
                for index, claim in enumerate(self.claims)
                if _bears_on(claim, token, self.store)
            )
            if len(self._memo) > 50_000:
                self._memo.clear()
            self._memo[token] = hits
        return hits


def _bears_on(claim: Claim, token: str, store: StoreDepartments) -> bool:
    if claim.terms.touches(token):
        return True
    if claim.kind == FREE:
        return _fee_named(claim, (token,))
    if claim.kind == ACCEPTS:
        return names_place(claim, token) or (
            about_store(claim) and payment_means(token) is not None
        )
    if claim.kind == SCHEDULE:
        department = store.named(claim.subject)
        return token in THERE or (department is not None and store.named(token) == department)
    return False


@lru_cache(maxsize=256)
def fact_book(facts: tuple[BaselineFact, ...], store: StoreDepartments) -> FactBook:
    return FactBook(facts, store)


def _paid(tokens: tuple[str, ...], amounts: tuple[Amount, ...]) -> bool:
    if any(t in _PAID_FREE for t in tokens):
        return False
    if any(unit in _MONEY and value > 0 for value, unit in amounts):
        return True
    for index, token in enumerate(tokens):
        if token in _PAID and not is_negated(tokens, index):
            later = tokens[index + 1 : index + 3]
            if not any(t in NEGATIONS or t in ("ingenting", "noll") for t in later):
                return True
    return False


def _met(clause: ClauseEvidence, index: int) -> bool:
    """Whether the clause has the customer meet the thing named at `index` here: use it,
    be at it, see it act or judge it — not merely name it ("fiskdisk, nej")."""
    tokens = clause.clause.tokens
    placed = index > 0 and tokens[index - 1] in _PREPOSITIONS
    acted = index + 1 < len(tokens) and tokens[index + 1] in _ACTED
    subject = (index == 0 or tokens[index - 1] in _OPENERS) and len(tokens) - index >= 3
    judged = bool(clause.positive or clause.negative)
    return placed or acted or subject or judged or not _USING.isdisjoint(tokens)


def _absent_met(claim: Claim, clause: ClauseEvidence) -> str | None:
    tokens = clause.clause.tokens
    if any(t in NEGATIONS for t in tokens):
        return None
    for index, token in enumerate(tokens):
        if claim.terms.lookup(token) and _met(clause, index):
            return token
    parts = claim.terms.parts_in(tokens)
    return parts if parts is not None and not _USING.isdisjoint(tokens) else None


def _fee_named(claim: Claim, tokens: Sequence[str]) -> bool:
    """A fee of the free thing: "parkeringsavgiften" of free parking."""
    stem = claim.subject[:-2] if claim.subject.endswith(("en", "et")) else claim.subject
    return any(t.startswith(stem) and any(fee in t[len(stem) :] for fee in _FEES) for t in tokens)


def _free_broken(claim: Claim, evidence: Evidence, clause: ClauseEvidence) -> str | None:
    tokens = clause.clause.tokens
    named = next((t for t in tokens if claim.terms.lookup(t)), None)
    fee = _fee_named(claim, tokens)
    if named is None and not fee:
        return None
    sentence = clause.clause.sentence
    priced = fee and any(u in _MONEY for _, u in evidence.sentence_amounts[sentence])
    if not (priced or _paid(tokens, clause.amounts)):
        return None
    if claim.amount:
        turn = _turn_of(evidence, sentence)
        if any(_OVER.search(evidence.phrases[i]) for i in turn):
            return None
        hours = [_hours(a) for i in turn for a in evidence.sentence_amounts[i]]
        if claim.amount > 0 and any(h is not None and h > claim.amount for h in hours):
            return None
    return named or claim.subject


def _hours(amount: Amount) -> float | None:
    value, unit = amount
    if unit.startswith("tim") or unit == "timme":
        return value
    return value / 60 if unit.startswith("minut") else None


def _turn_of(evidence: Evidence, sentence: int) -> list[int]:
    turns = evidence.reading.sentence_turns
    return [i for i, turn in enumerate(turns) if turn == turns[sentence]]


def _price_broken(claim: Claim, evidence: Evidence, index: int) -> str | None:
    tokens = evidence.sentence_tokens[index]
    named = next((t for t in tokens if claim.terms.lookup(t)), None)
    said = _FREE_SAID.search(evidence.phrases[index])
    if named is None or said is None:
        return None
    before = evidence.phrases[index][: said.start()].split()[-2:]
    return None if NEGATIONS.intersection(before) else f"{named} … {said.group(0)}"


def _touched(touching: dict[str, frozenset[int]], tokens: tuple[str, ...]) -> set[int]:
    found: set[int] = set()
    for token in tokens:
        hits = touching.get(token)
        if hits:
            found.update(hits)
    return found


def _contradictions(
    book: FactBook,
    evidence: Evidence,
    context: BusinessContext | None,
    visited_at: datetime | None,
) -> dict[int, str]:
    """The claims contradicted, each with the words that contradict it."""
    found: dict[int, str] = {}
    claims = book.claims
    touching = {word: hits for word in evidence.words if (hits := book.touched(word))}
    if not touching:
        return found
    touched = [_touched(touching, tokens) for tokens in evidence.sentence_tokens]
    for clause in evidence.clauses:
        sentence = clause.clause.sentence
        cues = evidence.cues[sentence]
        if cues.elsewhere or not touched[sentence]:
            continue
        tokens = clause.clause.tokens
        quiet = not cues.actionable and _MISSING.isdisjoint(tokens) and _ASKING.isdisjoint(tokens)
        for at in touched[sentence]:
            claim = claims[at]
            said: str | None = None
            if claim.kind == ABSENT and quiet:
                said = _absent_met(claim, clause)
            elif claim.kind == FREE:
                said = _free_broken(claim, evidence, clause)
            elif claim.kind == COUNT:
                said = next(
                    (f"{v:g} {n}" for v, n in clause.amounts
                     if v > claim.amount and claim.terms.lookup(n)),
                    None,
                )  # fmt: skip
            if said is not None:
                found.setdefault(at, said)
    for index, cues in enumerate(evidence.cues):
        if cues.elsewhere:
            continue
        for at in touched[index]:
            claim = claims[at]
            said = None
            if claim.kind == PRICE:
                said = _price_broken(claim, evidence, index)
            elif claim.kind == ACCEPTS:
                said = accepts_broken(claim, evidence, index)
            elif claim.kind == SCHEDULE:
                said = schedule_broken(claim, evidence, index, context, visited_at, book.store)
            if said is not None:
                found.setdefault(at, said)
    return found


def contradicted_facts(
    evidence: Evidence,
    context: BusinessContext | None,
    visited_at: datetime | None = None,
    store: StoreDepartments | None = None,
) -> list[ContentFlag]:
    """One flag per contradicted fact, naming the words said and the fact they contradict."""
    if context is None or not context.baseline_facts:
        return []
    book = fact_book(tuple(context.baseline_facts), store or StoreDepartments(()))
    if not book.claims:
        return []
    found = _contradictions(book, evidence, context, visited_at)
    flags: dict[str, ContentFlag] = {}
    for index, claim in enumerate(book.claims):
        said = found.get(index)
        if said is None or claim.fact.statement in flags:
            continue
        text = f"Kunden säger {said!r}, men butiken uppger: {claim.fact.statement}"
        confidence = _CONFIDENCE.get(claim.kind, _DEFAULT_CONFIDENCE)
        flags[claim.fact.statement] = ContentFlag(FlagKind.CONTRADICTS_FACT, text[:500], confidence)
    return list(flags.values())
