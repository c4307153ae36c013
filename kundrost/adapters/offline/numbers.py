"""Swedish numbers: "15", "femton", "tjugofem", "en halvtimme", "tusentals" as values."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import compress

from kundrost.adapters.offline.patterns import listed

_UNITS = {
    "noll": 0, "ett": 1, "en": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
    "åtta": 8, "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14,
    "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19,
}  # fmt: skip
_TENS = {
    "tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70,
    "åttio": 80, "nittio": 90,
}  # fmt: skip
_LARGE = {"hundra": 100, "tusen": 1000, "miljon": 1_000_000, "miljoner": 1_000_000,
          "miljard": 1e9, "miljarder": 1e9}  # fmt: skip
_LARGEST_FIRST = sorted(_LARGE.items(), key=lambda item: (-item[1], -len(item[0])))
"""A compound splits at its largest factor first: "tvåtusenfemhundra" is two thousand and
five hundred, not "tvåtusenfem" hundred."""
_VAGUE = {"hundratals": 100, "tusentals": 1000, "miljontals": 1e6, "flera": 3, "några": 2,
          "dussintals": 12}  # fmt: skip
_EXPLETIVES = frozenset(
    {"jävla", "djävla", "förbannade", "jävulska", "satans", "fucking", "jäkla", "långa", "hela"}
)
"""Words between a number and its unit that change no amount: "tio jävla minuter", "tjugo
långa minuter", "två hela timmar"."""
_NEEDS_UNIT = frozenset({"en", "ett", "flera", "några"})
_HALF = frozenset({"halv", "halva", "halvt"})
_JOINING = _HALF | {"och", "en", "ett"}
"""Words that join a number to its half: "en och en halv", "ett och ett halvt", "två halva"."""
_CHARGING = frozenset(
    ("tog", "tar", "kostade", "kostar", "betalade", "betalar", "debiterade", "debiterar")
)
_NO_NOUN = frozenset(
    (
        "", "och", "men", "bara", "endast", "för", "att", "extra", "direkt", "utan", "plus",
        "trots", "fast", "så", "då", "sen", "i", "på", "med", "till", "av", "när",
    )
)  # fmt: skip
"""Words after a number that begin no noun: a charge told without its kronor ("tog
tvåtusen bara för att titta") is money, not two thousand things."""


@lru_cache(maxsize=8192)
def word_value(token: str) -> float | None:
    """The value a single word spells, or None."""
    if token.isdigit():
        return float(token)
    if token in _VAGUE:
        return float(_VAGUE[token])
    if token in _LARGE:
        return float(_LARGE[token])
    spelled = _compound(token)
    return spelled if spelled is not None else _about(token)


def _compound(token: str) -> float | None:
    """A number written as one word: "tjugofem", "tvåhundra", "hundrasextiofem"."""
    for large, factor in _LARGEST_FIRST:
        at = token.find(large)
        if at < 0 or len(token) == len(large):
            continue
        head = _compound(token[:at]) if at else 1.0
        rest = token[at + len(large) :]
        tail = _compound(rest) if rest else 0.0
        if head is None or tail is None or tail >= factor:
            return None
        return head * factor + tail
    for word, value in _TENS.items():
        if token.startswith(word):
            rest = token[len(word) :]
            if not rest:
                return float(value)
            tail = _UNITS.get(rest)
            return None if tail is None or tail >= 10 else float(value + tail)
    single = _UNITS.get(token)
    return None if single is None else float(single)


Amount = tuple[float, str]

NO_UNIT = listed("med och i på till för av om var är som men eller så när att från hos vid mot än")
"""Function words after a number that are no unit of it: "lunchpizzan för hundratio med
sallad" is a price with its kronor left out, "tio av tio" a score, "kassan tio och" a bare
number; an amount with one of these after it counts nothing."""
KILOS = {"kilo": 1.0, "kg": 1.0, "kilogram": 1.0, "ton": 1000.0, "tonn": 1000.0}
"""Units of weight in kilos."""


_COUNTED_BY = {"dussin": 12.0, "tjog": 20.0}
"""Counts of a dozen and a score: "två dussin bullar" is 24 buns."""


def _thousands(token: str) -> bool:
    """A run of three digits after a number is its thousands, a space between: "1 000",
    "2 500". Any other split ("2,5", "2-5") is left alone: the words do not tell a decimal
    comma from a range."""
    return len(token) == 3 and token.isdigit()


@lru_cache(maxsize=8192)
def _about(token: str) -> float | None:
    """The number a "-tal" word gives roughly: "ett hundratal" about a hundred, "ett
    femtiotal" about fifty; "antal" and "årtal" are no numbers."""
    if len(token) < 6 or not token.endswith("tal"):
        return None
    value = word_value(token[:-3])
    return value if value is not None and value >= 10 else None


@lru_cache(maxsize=8192)
def _opens(token: str) -> bool:
    """Whether an amount may begin at the word: a number or a "halvtimme"."""
    return word_value(token) is not None or token.startswith("halvtim")


def quantities(tokens: Sequence[str]) -> tuple[Amount, ...]:
    """Each number in the clause with the word after it, see `_quantities`."""
    if not any(map(_opens, tokens)):
        return ()
    return tuple(_quantities(tokens))


def _quantities(tokens: Sequence[str]) -> Iterator[Amount]:
    """Each number in the clause with the word after it ("tre timmar" → (3.0, "timmar")).

    "en"/"ett" and vague words count only before a unit word, since they are also articles.
    "halv" halves, so "en halv timme" is (0.5, "timme"), "en och en halv timme" (1.5, "timme"),
    "ett och ett halvt kilo" (1.5, "kilo") and "halvtimme" is (0.5, "timme").
    """
    index = 0
    # words no amount begins at are passed over in C, not one by one here
    for start in compress(range(len(tokens)), map(_opens, tokens)):
        if start < index:
            continue
        index = start
        token = tokens[index]
        if token.startswith("halvtim"):
            yield 0.5, "timme"
            index += 1
            continue
        value = word_value(token)
        assert value is not None
        following = index + 1
        joined = False
        while following < len(tokens) and tokens[following] in _JOINING:
            joined = joined or tokens[following] == "och"
            if tokens[following] in _HALF:
                whole = value > 1 or joined or token not in _NEEDS_UNIT
                value += 0.5 if whole else -0.5
            following += 1
        if token.isdigit() and following < len(tokens) and _thousands(tokens[following]):
            value = value * 1000 + float(tokens[following])
            following += 1
        if token in _NEEDS_UNIT and tokens[following : following + 1] == ("par",):
            couple = following + 1 < len(tokens) and tokens[following + 1] in _LARGE
            value, following = (2.0, following + 1) if couple else (value, following)
        while following < len(tokens) and tokens[following] in _LARGE:
            value *= _LARGE[tokens[following]]
            following += 1
        if following < len(tokens) and (counted := _COUNTED_BY.get(tokens[following])):
            value *= counted
            following += 1
        elif token in _NEEDS_UNIT and following < len(tokens) and _about(tokens[following]):
            continue
        if following < len(tokens) and tokens[following].startswith("halvtim"):
            index = following
            continue
        while following + 1 < len(tokens) and tokens[following] in _EXPLETIVES:
            following += 1
        unit = tokens[following] if following < len(tokens) else ""
        if unit in _NO_NOUN and value >= 10 and index and tokens[index - 1] in _CHARGING:
            unit = "kronor"
        if token not in _NEEDS_UNIT or unit:
            yield value, unit
        index = following
