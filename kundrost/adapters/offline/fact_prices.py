"""Prices and fees told at another sum than the store's.

A fact that prices a thing ("Hemleverans kostar 99 kronor", "Barnstol kostar 100 kronor per
dygn", "Greenfee är 550 kronor", "En runda kostar 120 kronor") or names a fee ("en tankavgift
på 500 kronor") is broken by a customer who tells paying another sum for that very thing: a
sum of money said within a few words of it, with no "och" or "men" between ("Hemleveransen
kostade bara 39 kronor", "tankavgiften var 1000 kronor"). A price per unit ("per dygn", "för
20 minuter", "kilot") is broken only by less than one unit's price, since more may be several
units. Not by a sum compared ("billigare
än 49 kronor"), a wish or a supposition ("borde kosta", "hade varit bra om"), anything
denied, a sentence that names a discount ("rabatt", "kampanj", "medlemspris"), which may
lower any price, a sum of long ago ("sen jag var liten", "förr", "för tio år sedan"), nor a
sum of several things ("totalt", "för hemleveransen och varorna").
A price in tiers ("99 kronor för vanliga klockor och 299 kronor för vattentäta") is kept by
any of its sums: which tier the customer's thing falls in is not told by its name. A sum for
a count of the thing ("258 kronor för två luncher" at "Lunchen kostar 129 kronor") is kept
by that many times the price. A second
thing priced after "och" ("… och en elcykel 350 kronor per dag") is priced on its own.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.reading import tokens_of

_MONEY = listed("kronor kr spänn")
_JOINS = listed("och men")
_NEAR = 5
_SUPPOSED = listed("borde skulle vore önskar önskade om ifall hoppas hoppades trodde tror")
_COMPARED = listed("än under över upp till från högst minst cirka")
_DISCOUNT = (
    "rabatt", "rea", "kampanj", "erbjudand", "medlem", "student", "pensionär", "kupong",
    "halva", "halvt", "extrapris",
)  # fmt: skip
_THEN = re.compile(
    r"\b(?:när|sen|sedan) (?:jag|vi) var (?:liten|små|barn|ung|unga|yngre|tonåring)\b"
    r"|\bpå den tiden\b|\bförr\b|\bförut\b|\bför (?:\w+ ){1,2}(?:år|decennier) (?:sedan|sen)\b"
    r"|\bi fjol\b|\bförra året\b"
)
"""A sum told of long ago ("sen jag var liten, då kostade en bana hundra spänn") is no price
of this visit."""
_TOTAL = listed("totalt sammanlagt tillsammans inklusive inkl allt")
_WITH = listed("och plus med samt")
_FEE = re.compile(r"\b(\w*avgift\w*) på (\w+) (?:kronor|kr)\b")
_PRICE = re.compile(
    r"\b(?:kostar|är) (\w+) (?:kronor|kr)\b(?P<per> per \w+| för (?:\w+ )?"
    r"(?:minut|timm|tim|dygn|dag|natt|veck|månad|kilo|liter|st|gång|tillfälle|säsong)\w*"
    r"| (?:kilot|litern|styck|timmen|dygnet|natten|gången|styck|st)\b)?"
)
"""A price, and its unit when it is one unit's ("per dygn", "för 20 minuter", "kilot")."""
_FURTHER = re.compile(
    r"\bkostar \w+ (?:kronor|kr)\b.*?\boch (?:en |ett )?(?P<thing>[^\W\d]{3,}) (?P<sum>\w+) "
    r"(?:kronor|kr)\b(?P<per> per \w+)?"
)


def further_prices(part: str) -> list[tuple[str, float, bool]]:
    """Each further thing a part prices after "och", with its sum and whether it is per unit
    ("En vanlig cykel kostar 150 kronor per dag och en elcykel 350 kronor per dag")."""
    found: list[tuple[str, float, bool]] = []
    for further in _FURTHER.finditer(part):
        value = word_value(further.group("sum"))
        if value is not None and value > 0:
            found.append((further.group("thing"), value, further.group("per") is not None))
    return found


def price_amount(part: str) -> tuple[float, bool] | None:
    """The sum a part prices its subject at, and whether it is per unit, or None."""
    found = _PRICE.search(part)
    if found is None:
        return None
    value = word_value(found.group(1))
    return None if value is None or value <= 0 else (value, found.group("per") is not None)


def fee_amount(part: str) -> tuple[str, float] | None:
    """A fee a part names with its sum ("en tankavgift på 500 kronor"), or None."""
    found = _FEE.search(part)
    if found is None:
        return None
    value = word_value(found.group(2))
    return None if value is None or value <= 0 else (found.group(1), value)


def _sums(tokens: Sequence[str]) -> list[tuple[int, float]]:
    """Each sum of money said, by where its number stands: "39 kronor", "femtio spänn"."""
    found: list[tuple[int, float]] = []
    for at in range(len(tokens) - 1):
        if tokens[at + 1] not in _MONEY:
            continue
        value = word_value(tokens[at])
        if value is not None and value > 0:
            found.append((at, value))
    return found


def stated_sums(part: str) -> tuple[float, ...]:
    """Every sum of money a part of a fact states: the tiers of a price told in several."""
    return tuple(value for _, value in _sums(tokens_of(part)))


def other_sum(
    tokens: Sequence[str],
    named: int,
    amount: float,
    per_unit: bool,
    sentence: Sequence[str],
    tiers: Collection[float] = (),
) -> str | None:
    """A sum other than `amount` and its `tiers` told as paid for the thing named at `named`,
    as words."""
    if not _SUPPOSED.isdisjoint(sentence) or not NEGATIONS.isdisjoint(tokens):
        return None
    if any(t.startswith(_DISCOUNT) for t in sentence) or not _TOTAL.isdisjoint(sentence):
        return None
    if _THEN.search(" ".join(sentence)):
        return None
    if not _WITH.isdisjoint(tokens[named + 1 : named + 3]):
        return None  # "300 kronor för hemleveransen och varorna": a sum of several things
    counted = word_value(tokens[named - 1]) if named else None
    each = {amount, *tiers}
    if counted is not None and counted >= 2:
        each |= {counted * price for price in each}  # "258 kronor för två luncher"
    for at, value in _sums(tokens):
        if value in each or (per_unit and value > amount) or abs(at - named) > _NEAR:
            continue
        if at and tokens[at - 1] in _COMPARED:
            continue
        between = tokens[min(at, named) + 1 : max(at, named)]
        if _JOINS.isdisjoint(between):
            return f"{tokens[named]} … {value:g} {tokens[at + 1]}"
    return None
