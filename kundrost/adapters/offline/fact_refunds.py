"""Money a fact says is not paid back, told as paid back.

"Pengar betalas inte tillbaka, kunden får ett tillgodokvitto", "Vi betalar inte tillbaka
pengar", "ingen återbetalning": a store that gives credit notes or exchanges, never money.
Broken by a sentence that tells the customer got the money back ("tjejen satte in pengarna på
mitt kort", "fick pengarna tillbaka", "fick en återbetalning") — not denied ("fick inte
pengarna tillbaka"), wished or asked for ("ville ha pengarna tillbaka", "frågade om
återbetalning"), and not change given at the till ("fick tillbaka tjugo kronor", "växeln"),
which names no "pengarna" and no "återbetalning".
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.patterns import listed

_DENIED = re.compile(
    r"\bpengar(?:na)? (?:betalas|återbetalas|ges|lämnas) (?:inte|ej) tillbaka\b"
    r"|\b(?:betalar|ger|lämnar) (?:vi |butiken )?(?:inte|ej|aldrig) tillbaka (?:några )?pengar"
    r"|\bingen återbetalning\b|\bpengar(?:na)? återbetalas (?:inte|ej|aldrig)\b"
)
_MONEY = listed("pengarna återbetalning återbetalningen")
_GOT = listed(
    """fick fått får satte satt sätter förde för överförde betalade återbetalade gav swishade
    la lade"""
)
_BACK = listed("tillbaka in återbetalning återbetalningen")
_ASKED = listed(
    "ville vill önskar önskade hoppades hoppas frågade frågar begärde skulle kunde kan borde"
)


def refund_denied(part: str) -> bool:
    """Whether a fact's part says money is not paid back."""
    return ("tillbaka" in part or "återbetal" in part) and _DENIED.search(part) is not None


def bears_on_refund(token: str) -> bool:
    return token in _MONEY


def refund_told(tokens: tuple[str, ...]) -> str | None:
    """The money said got back in one sentence, or None (module docstring)."""
    if _MONEY.isdisjoint(tokens) or not NEGATIONS.isdisjoint(tokens):
        return None
    if not _ASKED.isdisjoint(tokens) or _GOT.isdisjoint(tokens) or _BACK.isdisjoint(tokens):
        return None
    return next(token for token in tokens if token in _MONEY)
