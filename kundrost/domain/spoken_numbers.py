"""Spoken numbers: the Swedish words for 0 to 99, as a transcript writes a number said aloud."""

from __future__ import annotations

UNITS = ("noll", "en", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio")
TEENS = (
    *("tio", "elva", "tolv", "tretton", "fjorton", "femton", "sexton", "sjutton", "arton"),
    "nitton",
)
TENS = (
    *("tjugo", "tjuge", "trettio", "tretti", "fyrtio", "fyrti", "förtio", "förti", "femtio"),
    *("femti", "sextio", "sexti", "sjuttio", "sjutti", "åttio", "åtti", "nittio", "nitti"),
)
"""The tens as written and as said ("sjutti", "förti")."""

_ONE_TO_NINE = "|".join(UNITS[1:])
NUMBER_WORD = (
    f"(?:(?:{'|'.join(TENS)})(?:{_ONE_TO_NINE})?|{'|'.join(TEENS)}|{'|'.join(UNITS)}|plus)"
)
"""One number word (a unit, a teen, a ten with or without its unit) or "plus", as a
case-insensitive pattern to be bounded by `\\b`."""


def spoken_digits(word: str) -> int:
    """How many digits a number word stands for: one for a unit, two for the rest; none for
    "plus", which says a country code follows."""
    folded = word.casefold()
    if folded == "plus":
        return 0
    return 1 if folded in UNITS else 2
