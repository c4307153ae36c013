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
_GOT = listed("fick fått får betalade återbetalade gav swishade")
"""Money got back with "tillbaka" or as a refund: "fick pengarna tillbaka"."""
_PUT = listed("satte satt sätter förde överförde")
"""Staff putting the money back on a card: "satte in pengarna på mitt kort"; not the
customer's own "la in pengarna", which pays."""
_BACK = listed("tillbaka återbetalning återbetalningen")
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
    if not _ASKED.isdisjoint(tokens):
        return None
    got = not _GOT.isdisjoint(tokens) and not _BACK.isdisjoint(tokens)
    put = not _PUT.isdisjoint(tokens) and ("in" in tokens or "tillbaka" in tokens)
    return next(token for token in tokens if token in _MONEY) if got or put else None
