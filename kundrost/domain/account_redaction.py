"""Account redaction: a payment card or bank account number a customer says is replaced by
"[kortnummer]" or "[kontonummer]" before words are kept.

"Pengarna drogs två gånger från kortet 4111 1111 1111 1111" gives the store what it must
never hold. Redacted:

1. a card number: 16 digits in four groups of four ("4111 1111 1111 1111",
   "1234-5678-9012-3456") unless the groups are years ("2019 2020 2021 2022"); or 13 to 19
   digits in one block or as 4-6-5 that pass the Luhn check every card number passes; or
   either after a word for a card in its sentence ("kortet", "bankkortet", "kortnummer");
2. a bank account number after a word for one in its sentence ("kontonummer", "kontot",
   "clearingnummer"): eight to sixteen digits in any groups ("8327-9, 123 456 789-0"); and
   a Swedish IBAN ("SE45 5000 0000 0583 9825 7466") anywhere.

Kept: prices, counts, years and order or article numbers: "betalade med kort, 149 kr",
"kassa 3", a number after an order word nearer than any card word ("ordernummer
4111111111111111"), a block whose check fails with no card word. Limits: an account number
said with no word for it is kept (its check digit depends on the bank), as is a card
number said in number words.
"""

from __future__ import annotations

import re

from kundrost.domain.identity_redaction import luhn_valid
from kundrost.domain.redaction_cues import ORDER_CUE, mask, nearest_cue

CARD_MARK = "[kortnummer]"
ACCOUNT_MARK = "[kontonummer]"

_SPACE = r"[ \u00a0]"
_GAP = rf"{_SPACE}?[-–]?{_SPACE}?"
_BEFORE, _AFTER = r"(?<![\w+\-–/.,\]])", r"(?![\w\-–/\[]|[.,]\d)"
_GROUPED = re.compile(rf"{_BEFORE}\d{{4}}(?:{_GAP}\d{{4}}){{3}}{_AFTER}")
_CARD = re.compile(rf"{_BEFORE}(?:\d{{13,19}}|\d{{4}}{_GAP}\d{{6}}{_GAP}\d{{5}}){_AFTER}")
_ACCOUNT = re.compile(rf"{_BEFORE}\d(?:(?:{_SPACE}*[-–,]{_SPACE}*|{_SPACE}+)?\d){{7,15}}{_AFTER}")
_EIGHT_DIGITS = re.compile(r"\d(?:\D{0,3}\d){7}")
"""No number these rules take holds fewer than eight digits; most texts hold none."""
_IBAN = re.compile(rf"\bSE{_SPACE}?\d\d(?:{_SPACE}?\d{{4}}){{5}}\b", re.IGNORECASE)
_CARD_CUE = re.compile(r"\b\w*kort(?:et|en|nummer|numret)?\b", re.IGNORECASE)
_ACCOUNT_CUE = re.compile(r"\b\w*(?:konto|kontot|kontonummer|kontonumret|clearing\w*)\b", re.I)
_YEARS = re.compile(r"(?:(?:19|20)\d\d\D*){4}")


def _card(text: str, match: re.Match[str]) -> bool:
    """Rule 1."""
    cue = nearest_cue(text, match.start(), (_CARD_CUE, ORDER_CUE))
    if cue is not None:
        return cue is _CARD_CUE
    if luhn_valid(re.sub(r"\D", "", match.group())):
        return True
    return match.re is _GROUPED and _YEARS.fullmatch(match.group()) is None


def _account(text: str, match: re.Match[str]) -> bool:
    """Rule 2, but for an IBAN."""
    return nearest_cue(text, match.start(), (_ACCOUNT_CUE, ORDER_CUE)) is _ACCOUNT_CUE


def redact_accounts(text: str) -> str:
    """`text` with every card number replaced by "[kortnummer]" and every bank account
    number by "[kontonummer]" (rules above)."""
    if _EIGHT_DIGITS.search(text) is None:
        return text
    text = mask(text, _IBAN, ACCOUNT_MARK)
    text = mask(text, _GROUPED, CARD_MARK, _card)
    text = mask(text, _CARD, CARD_MARK, _card)
    return mask(text, _ACCOUNT, ACCOUNT_MARK, _account)
