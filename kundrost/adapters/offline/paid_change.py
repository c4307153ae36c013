"""Paid change: paying by card yet cash change counted out, on one visit.

Paying by card, Swish or an app ("blippade kortet", "swishade", "drog mitt bankkort") and cash
change counted out to the customer ("fick jag tillbaka några tiokronor", "gav mig femton
kronor tillbaka", "räknade upp växeln") cannot both be told of one visit (`visit_clashes`):
not with cash paid or a card refused in the call, a refund told ("fel pris"), nor change
counted out to someone else.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.state_reading import NEGATED
from kundrost.adapters.offline.visit_accounts import told_sentences

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


def card_yet_change(evidence: Evidence) -> float:
    """One point for card paid yet cash change counted out (module docstring)."""
    if _CHANGE_WORDS.isdisjoint(evidence.words):
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
