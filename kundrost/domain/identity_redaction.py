"""Identity redaction: a Swedish personal identity number a customer says is replaced by
"[personnummer]" before words are kept.

A personnummer is a date of birth, three digits and a Luhn check digit ("850412-1234"); a
samordningsnummer is the same with 60 added to the day. Either names one person for life,
so neither may reach a store. Redacted:

1. written with its own separator, a dash or a plus (100 years or older): "850412-1234",
   "19850412-1234", "850412+1234", "850412 – 1234", when the digits before it are a date;
2. written in one block or with a space ("8504121234", "198504121234", "850412 1234") when
   its first digits are a date and the Luhn check holds, or a word before it in the sentence
   says what it is ("personnummer", "född"); an order word nearer ("ordernummer",
   "kvittot") keeps a block whose check holds by chance;
3. said in number words, ten or twelve digits whose date ends where a word ends
   ("åttiofem noll fyra tolv, ett två tre fyra", "nitton åttiofem noll fyra tolv …").

Kept: dates, times, prices, counts, postcodes and order or receipt numbers ("2026-11-15",
"1 234 kr", "123 45", "ordernummer 8504121234" or any block whose check fails,
"kvitto 123456-7890", whose month is 34). Limits: a block that starts with 0 is left to
the phone rule ("[telefon]", also redacted); a written number with a wrong check digit and
neither separator nor cue reads as an order number and is kept; a date and a time said
back to back in number words ("tjugosex elva femton tolv trettio") read as one, the safe
mistake.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kundrost.domain.redaction_cues import ORDER_CUE, nearest_cue
from kundrost.domain.spoken_numbers import NUMBER_WORD, NUMBER_WORDS, spoken_value

IDENTITY_MARK = "[personnummer]"
_COORDINATION_DAYS = 60
"""A samordningsnummer's day is the day of birth plus 60."""
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_CENTURIES = ("19", "20")

_SPACE = r"[ \u00a0]"
_WRITTEN = re.compile(
    rf"(?<![\w+\-–/.,\]])(\d{{8}}|\d{{6}})(?:{_SPACE}?([-+–]){_SPACE}?|{_SPACE}?)(\d{{4}})"
    r"(?![\w\-–/\[]|[.,:]\d)"
)
_SPOKEN = re.compile(
    rf"(?<!\])\b{NUMBER_WORD}\b(?:[\s,\-–]+\b{NUMBER_WORD}\b)*(?!\[)", re.IGNORECASE
)
_SIX_DIGITS = re.compile(r"\d{6}")
_LETTERS = re.compile(r"[^\W\d_]+")
_FEWEST_SPOKEN = 5
"""Ten digits take five number words at the fewest ("åttiofem noll fyra tolv trettiofyra"
is six)."""
_SPOKEN_TOKEN = re.compile(rf"\b{NUMBER_WORD}\b", re.IGNORECASE)
IDENTITY_CUE = re.compile(
    r"\b(?:person(?:nummer|numret|nr)|pnr|samordningsnum(?:mer|ret)|född|födelse\w*)\b",
    re.IGNORECASE,
)
"""Words that say a number is a person's own."""
_CUES = (IDENTITY_CUE, ORDER_CUE)


def luhn_valid(digits: str) -> bool:
    """The Luhn check a personnummer's and a payment card's last digit makes."""
    total = 0
    for place, digit in enumerate(reversed(digits)):
        doubled = int(digit) * (2 if place % 2 else 1)
        total += doubled - 9 if doubled > 9 else doubled
    return total % 10 == 0


def _date(digits: str) -> bool:
    """Whether "YYMMDD" or "CCYYMMDD" is a date of birth (or one with 60 added to the day)."""
    if len(digits) == 8:
        if digits[:2] not in _CENTURIES:
            return False
        digits = digits[2:]
    month, day = int(digits[2:4]), int(digits[4:6])
    if day > _COORDINATION_DAYS:
        day -= _COORDINATION_DAYS
    return 1 <= month <= 12 and 1 <= day <= _MONTH_DAYS[month - 1]


def _written(text: str, match: re.Match[str]) -> bool:
    """Rules 1 and 2 for a written number."""
    date, separator, serial = match.groups()
    if not _date(date):
        return False
    cue = nearest_cue(text, match.start(), _CUES)
    if separator or cue is IDENTITY_CUE:
        return True
    return cue is None and date[0] != "0" and luhn_valid(date[-6:] + serial)


def _spoken_span(tokens: Sequence[re.Match[str]]) -> tuple[int, int] | None:
    """The first tokens, from any start, that say a personnummer in words (rule 3)."""
    values = [spoken_value(token.group()) for token in tokens]
    for first in range(len(tokens)):
        digits = ""
        word_ends = set()
        for last in range(first, len(tokens)):
            digits += values[last]
            word_ends.add(len(digits))
            date = len(digits) - 4
            if len(digits) in (10, 12) and date in word_ends and _date(digits[:date]):
                return tokens[first].start(), tokens[last].end()
            if len(digits) > 12:
                break
    return None


def _spoken(text: str) -> list[tuple[int, int]]:
    said = sum(word in NUMBER_WORDS for word in _LETTERS.findall(text.casefold()))
    if said < _FEWEST_SPOKEN:
        return []
    spans = []
    for run in _SPOKEN.finditer(text):
        tokens = list(_SPOKEN_TOKEN.finditer(text, run.start(), run.end()))
        while tokens:
            span = _spoken_span(tokens)
            if span is None:
                break
            spans.append(span)
            tokens = [token for token in tokens if token.start() >= span[1]]
    return spans


def redact_identities(text: str) -> str:
    """`text` with every personal identity number replaced by "[personnummer]" (rules
    above)."""
    spans = _spoken(text)
    if _SIX_DIGITS.search(text) is not None:
        spans += [(m.start(), m.end()) for m in _WRITTEN.finditer(text) if _written(text, m)]
    for start, end in sorted(spans, reverse=True):
        text = text[:start] + IDENTITY_MARK + text[end:]
    return text
