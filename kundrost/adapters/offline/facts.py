"""Baseline facts: which of a store's facts the customer's account contradicts.

Three kinds of fact are read from a statement, without knowing the store in advance:

- Absence: "Butiken har ingen fiskdisk", "serverar varken vin eller öl", "tar inte
  kontanter". The words after the negation name what the store lacks; a customer who met
  one of them here — used it, was at it or judged it ("laxen från fiskdisken", "jag
  betalade kontant", "fiskdisken var fin") — not negated, not wished for ("jag önskar en
  fiskdisk"), not missed ("saknar") and not asked about ("jag frågade om jag fick betala
  kontant"), contradicts the fact (0.85). Naming it is not meeting it: "jag hade bara
  kontanter" agrees with a store that takes none.
- Free of charge: "Parkeringen är gratis", "Påtår ingår i priset", "utan extra kostnad".
  The words before "gratis"/"ingår" name what is free; a customer who says they paid for it
  in the same clause ("fick betala 20 kr för påtåren"), not negated, contradicts it (0.8);
  a price list ("efter två timmar kostar det") does not.
- Counts: "fem kassor, varav två självscanningskassor". A customer who counts more of the
  same thing ("alla åtta kassorna") contradicts it (0.8); fewer may just be the open ones.

Words are matched in every inflected and compound form (see `swedish`). What the customer
says of another store (`elsewhere`: "Ica har en fiskdisk") contradicts nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

from attrs import frozen

from kundrost.adapters.offline.concepts import FactTerms
from kundrost.adapters.offline.evidence import ClauseEvidence, Evidence
from kundrost.adapters.offline.lexicon import NEGATIONS, is_negated
from kundrost.adapters.offline.nonsense import FUNCTION_WORDS
from kundrost.adapters.offline.numbers import Amount, quantities
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.reading import tokens_of
from kundrost.domain.analysis import ContentFlag, FlagKind
from kundrost.domain.business_context import BaselineFact

ABSENT, FREE, COUNT = "absent", "free", "count"
_CONFIDENCE = {ABSENT: Decimal("0.85"), FREE: Decimal("0.8"), COUNT: Decimal("0.8")}
_PART = re.compile(r"[;,:]|\s(?:men|fast)\s")
_FREE = re.compile(r"\b(?:gratis|kostnadsfri\w*|ingår|ingick|bjuder)\b|utan (?:extra )?kostnad")
_NEGATORS = NEGATIONS | {"saknar", "saknas"}
_NOT_THINGS = FUNCTION_WORDS | listed(
    """har finns serverar säljer tar erbjuder bakar bakas görs står ligger sker gäller eller
    varken heller något några extra bara alla butiken kaféet butik kafé vi eget egen egna"""
)
_UNITS = listed(
    """minut minuter timme timmar dag dagar vecka veckor månad månader år kronor kr procent
    gånger"""
)
_PAID = listed(
    """betala betalade betalat betalar kostade avgift avgiften debiterade debiterades
    betalt"""
)
"""What the customer paid; "kostar" is a price list ("efter två timmar kostar det")."""
_ACTED = listed("kom tog gav bar serverade frågade hämtade sa visade hjälpte ställde torkade")
_USING = listed(
    """köpte köpt köper betalade betalat betala fick tog åt ätit drack druckit beställde
    beställt handlade serverades serverade provade smakade valde hämtade plockade använde
    scannade skannade lämnade"""
)
_PAID_FREE = listed("gratis ingick ingår bjöd bjuder")
_MISSING = listed("saknar saknade saknas fattas fattades")
_ASKING = listed("frågade undrade undrar fråga frågan")
_MONEY = listed("kronor kr spänn")
_PREPOSITIONS = listed("på i för med vid till av om under från")


@frozen
class FactCheck:
    fact: BaselineFact
    kind: str
    terms: FactTerms
    amount: float = 0.0


def _things(tokens: Sequence[str]) -> list[str]:
    return [t for t in tokens if len(t) >= 2 and not t.isdigit() and t not in _NOT_THINGS]


def _subject(tokens: Sequence[str]) -> list[str]:
    """The head of the phrase before "gratis"/"ingår": "påtår" of "påtår på bryggkaffe"."""
    cut = next((i for i, t in enumerate(tokens) if t in _PREPOSITIONS), len(tokens))
    return _things(tokens[:cut])


def _checks_of(fact: BaselineFact) -> list[FactCheck]:
    checks: list[FactCheck] = []
    text = fact.statement.casefold()
    for part in _PART.split(text):
        tokens = tokens_of(part)
        negation = next((i for i, t in enumerate(tokens) if t in _NEGATORS), None)
        free = _FREE.search(part)
        if free is not None:
            subject = _subject(tokens_of(part[: free.start()]))
            if subject:
                checks.append(FactCheck(fact, FREE, FactTerms(subject)))
        elif negation is not None:
            absent = _things(tokens[negation + 1 :])
            if absent:
                checks.append(FactCheck(fact, ABSENT, FactTerms(absent)))
        for value, noun in quantities(tokens):
            if noun and noun not in _UNITS and noun not in _NOT_THINGS:
                checks.append(FactCheck(fact, COUNT, FactTerms([noun]), value))
    return checks


class FactBook:
    """A store's facts as checks, with the checks each customer word names memoised."""

    def __init__(self, facts: tuple[BaselineFact, ...]) -> None:
        self.checks = tuple(check for fact in facts for check in _checks_of(fact))
        self._memo: dict[str, tuple[int, ...]] = {}

    def named(self, token: str) -> tuple[int, ...]:
        hits = self._memo.get(token)
        if hits is None:
            hits = tuple(i for i, c in enumerate(self.checks) if c.terms.lookup(token))
            if len(self._memo) > 50_000:
                self._memo.clear()
            self._memo[token] = hits
        return hits


@lru_cache(maxsize=256)
def fact_book(facts: tuple[BaselineFact, ...]) -> FactBook:
    return FactBook(facts)


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
    """Whether the clause has the customer meet the thing named at `index` here: use it
    ("betalade kontant", "drack ett glas vin"), be at it ("i fiskdisken", "laxen från
    fiskdisken"), see it act ("servitrisen kom till bordet") or judge it ("fiskdisken var
    fin") — not merely name it ("jag hade bara kontanter", "fiskdisk, nej")."""
    tokens = clause.clause.tokens
    placed = index > 0 and tokens[index - 1] in _PREPOSITIONS
    acted = index + 1 < len(tokens) and tokens[index + 1] in _ACTED
    judged = bool(clause.positive or clause.negative)
    return placed or acted or judged or not _USING.isdisjoint(tokens)


def _contradictions(book: FactBook, evidence: Evidence) -> dict[int, str]:
    """The checks contradicted, each with the words that contradict it."""
    found: dict[int, str] = {}
    for clause in evidence.clauses:
        tokens = clause.clause.tokens
        sentence = clause.clause.sentence
        if evidence.cues[sentence].elsewhere:
            continue
        absent_counts = (
            not evidence.cues[sentence].actionable
            and _MISSING.isdisjoint(tokens)
            and _ASKING.isdisjoint(tokens)
        )
        for index, token in enumerate(tokens):
            hits = book.named(token)
            if not hits or is_negated(tokens, index):
                continue
            for hit in hits:
                kind = book.checks[hit].kind
                if (kind == ABSENT and absent_counts and _met(clause, index)) or (
                    kind == FREE and _paid(tokens, clause.amounts)
                ):
                    found.setdefault(hit, token)
        for value, noun in clause.amounts:
            for hit in book.named(noun):
                check = book.checks[hit]
                if check.kind == COUNT and value > check.amount:
                    found.setdefault(hit, f"{value:g} {noun}")
    return found


def contradicted_facts(evidence: Evidence, facts: tuple[BaselineFact, ...]) -> list[ContentFlag]:
    """One flag per contradicted fact, naming the words said and the fact they contradict."""
    book = fact_book(facts)
    if not book.checks:
        return []
    found = _contradictions(book, evidence)
    flags: dict[str, ContentFlag] = {}
    for index, check in enumerate(book.checks):
        said = found.get(index)
        if said is None or check.fact.statement in flags:
            continue
        evidence_text = f"Kunden nämner {said!r}, men butiken uppger: {check.fact.statement}"
        flags[check.fact.statement] = ContentFlag(
            FlagKind.CONTRADICTS_FACT, evidence_text[:500], _CONFIDENCE[check.kind]
        )
    return list(flags.values())
