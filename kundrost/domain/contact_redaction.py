"""Contact redaction: the phone numbers and e-mail addresses a customer says are replaced by
"[telefon]" and "[e-post]" before words are kept.

"Ring mig på 070-123 45 99 eller maila kalle.anka@example.se" gives the customer's own
contact details, which are never the store's to read in a summary, item or report. Redacted:

1. an e-mail address, written ("kalle.anka@example.se", also around a "[namn]" an earlier
   release left in it) or said ("kalle punkt anka snabel-a example punkt se"), whole;
2. a phone number: a run of digit groups or Swedish number words joined by spaces, dashes,
   a slash or commas, that
   - starts with "+", "plus", "0" or "noll" and holds at least 8 digits ("+46 70 123 45 99",
     "0701234599", "08-123 456 78", "noll sju noll, ett två tre, fyrtiofem, nittionio"), or
   - is written as a local number: three digits, then at least two groups of two or three,
     7 digits or more, not thousands ("123 45 67", but not "10 15 20 25" or "149 500 000").
   A date in a run ("05-11-2026", "plus fem 2026-11-15") is not part of a number, a comma
   parts two digit groups ("08-22, 10-18"), and a phone number later in a run is found
   from where it starts ("kassa 3 070-123 45 99").

Kept, since a store needs them: prices, times, dates, years, counts, amounts and order or
receipt numbers of few digits ("149 kronor", "kl 17.30", "2026-11-15", "kassa 3",
"1,5 liter", "order 4711"). Redacting is idempotent: neither mark holds a digit or an "@".
Limits: numbers written back to back with only spaces may read as one ("08-22 10-18" is
phone-shaped: 8 digits from a 0), the safe mistake; a number said without its leading zero
in words ("sjuttio ett två tre …") or as a single block without one ("701234599") is kept.
"""

from __future__ import annotations

import re

from kundrost.domain.spoken_numbers import NUMBER_WORD, spoken_digits

PHONE_MARK = "[telefon]"
EMAIL_MARK = "[e-post]"
MIN_PHONE_DIGITS, MIN_LOCAL_DIGITS = 8, 7
"""A Swedish number with its area code has 8 to 10 digits; one without it at least 7."""

_SPACE = r"[ \u00a0]"
_ATOM = r"(?:\[namn\]|[\w%+'-])+"
_SAID_DOT = rf"(?:\.|{_SPACE}+(?:punkt|understreck|bindestreck){_SPACE}+)"
_DOMAIN = rf"[\w-]+(?:{_SAID_DOT}[\w-]+)*{_SAID_DOT}[^\W\d_]{{2,}}\b"
_AT = rf"(?:{_SPACE}?@{_SPACE}?|{_SPACE}+snabel[- ]?a{_SPACE}+)"
_EMAIL = re.compile(rf"{_ATOM}(?:{_SAID_DOT}{_ATOM})*{_AT}{_DOMAIN}", re.IGNORECASE)
_EMAIL_CLUE = re.compile(r"@|snabel", re.IGNORECASE)

_TOKEN = rf"(?:\+?\d+|\b{NUMBER_WORD}\b(?!\[))"
_SEPARATOR = rf"(?:{_SPACE}*[-–/]{_SPACE}*|,?{_SPACE}+)"
_RUN = re.compile(
    rf"(?:(?<![\w+\]])\+?\d+|(?<!\])\b(?:plus|noll)\b)(?:{_SEPARATOR}{_TOKEN})*", re.IGNORECASE
)
_TOKENS = re.compile(_TOKEN, re.IGNORECASE)
_PHONE_CLUE = re.compile(r"\d|noll|plus", re.IGNORECASE)
_DAY, _MONTH, _YEAR = r"(?:0?[1-9]|[12]\d|3[01])", r"(?:0?[1-9]|1[0-2])", r"(?:19|20)\d\d"
_DATE = re.compile(rf"(?:{_YEAR}([-/]){_MONTH}\1{_DAY}|{_DAY}([-/]){_MONTH}\2{_YEAR})(?!\d)")
"""A date as written: "2026-11-15", "15/11/2026", "05-11-2026"."""


def _local(groups: list[str]) -> bool:
    """Three digits, then groups of two or three, not a number written in thousands."""
    sizes = [len(group) for group in groups]
    return (
        len(sizes) >= 3
        and sizes[0] == 3
        and sum(sizes) >= MIN_LOCAL_DIGITS
        and all(size in (2, 3) for size in sizes)
        and any(size != 3 for size in sizes)
    )


def _phone(tokens: list[str]) -> bool:
    """Whether the tokens (digit groups and number words) are a phone number (rule 2)."""
    first = tokens[0].casefold()
    if first in ("plus", "noll") or first[0] in "+0":
        digits = sum(len(t.lstrip("+")) if t[-1].isdigit() else spoken_digits(t) for t in tokens)
        return digits >= MIN_PHONE_DIGITS
    return all(token.isdigit() for token in tokens) and _local(tokens)


def _parted(text: str, before: re.Match[str], token: re.Match[str]) -> bool:
    """Where digits meet words ("tre 149 kronor" is a count and a price) or a comma parts
    two digit groups ("08-22, 10-18" are opening hours); "noll sju noll, ett två tre" is one
    number said in pieces, and "plus" may lead digits or words."""
    was_digits, is_digits = before.group()[-1].isdigit(), token.group()[-1].isdigit()
    if was_digits and is_digits:
        return "," in text[before.end() : token.start()]
    return was_digits != is_digits and before.group().casefold() != "plus"


def _numbers(text: str, tokens: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The tokens of a run cut into the numbers it may hold (`_parted`), dates left out."""
    numbers: list[list[re.Match[str]]] = [[]]
    date_end = -1
    for index, token in enumerate(tokens):
        if token.start() < date_end:
            continue
        date = _DATE.match(text, token.start())
        after_date = index > 0 and tokens[index - 1].end() == date_end
        if date is not None or after_date or (index and _parted(text, tokens[index - 1], token)):
            numbers.append([])
        if date is not None:
            date_end = date.end()
        else:
            numbers[-1].append(token)
    return [number for number in numbers if number]


def _redact_phones(text: str) -> str:
    pieces: list[str] = []
    written = 0
    for run in _RUN.finditer(text):
        for tokens in _numbers(text, list(_TOKENS.finditer(text, run.start(), run.end()))):
            for start, token in enumerate(tokens):
                if _phone([t.group() for t in tokens[start:]]):
                    pieces += [text[written : token.start()], PHONE_MARK]
                    written = tokens[-1].end()
                    break
    pieces.append(text[written:])
    return "".join(pieces)


def redact_contacts(text: str) -> str:
    """`text` with every e-mail address replaced by "[e-post]" and every phone number by
    "[telefon]" (rules above)."""
    if _EMAIL_CLUE.search(text) is not None:
        text = _EMAIL.sub(EMAIL_MARK, text)
    if _PHONE_CLUE.search(text) is not None:
        text = _redact_phones(text)
    return text
