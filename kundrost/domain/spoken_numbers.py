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
_VALUES = {
    **{unit: str(value) for unit, value in zip(UNITS, (0, 1, 1, *range(2, 10)), strict=True)},
    **{teen: str(value) for value, teen in enumerate(TEENS, start=10)},
    **{ten: tens + "0" for ten, tens in zip(TENS, "223344445566778899", strict=True)},
}
NUMBER_WORDS = frozenset([*_VALUES, "plus", *(ten + unit for ten in TENS for unit in UNITS[1:])])
"""Every word `NUMBER_WORD` matches, casefolded."""
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


def spoken_value(word: str) -> str:
    """The digits a number word says: "åttiofem" "85", "noll" "0", "tolv" "12", "sjutti"
    "70"; none for "plus"."""
    folded = word.casefold()
    if folded in _VALUES:
        return _VALUES[folded]
    ten = max((ten for ten in TENS if folded.startswith(ten)), key=len, default="")
    unit = folded[len(ten) :]
    return _VALUES[ten][0] + _VALUES[unit] if ten and unit in UNITS[1:] else ""
