"""Price matches refused: a store that matches no other's price or gives no price guarantee,
and a customer who tells of staff matching or refunding all the same.

A fact refuses a match when it says the store does not match prices ("Vi matchar inte
andra bygghandlares priser", "matchar inte nätbutikers priser") or gives no price guarantee
or price match ("Vi lämnar ingen prisgaranti", "ingen prismatchning"). It is broken by a
clause telling staff matching a price ("de matchade Byggmax pris", "kassörskan sänkte priset
… till samma som hos Bauhaus", "jag fick samma pris som på nätet") or, where no guarantee
is given, refunding a price's drop ("de betalade tillbaka mellanskillnaden"). The one who
matches must be this store's ("de", "ni", "kassörskan"), not another store ("Bauhaus
matchade"); not a wish, a question or a supposition ("det vore bra om ni matchade"), and not
when anything in the clause is denied ("de matchade inte priset"), nor in another's account
("min granne sa att de matchade priset").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.patterns import listed

_REFUSED = re.compile(
    r"\b(?:pris)?matchar (?:inte|ej|aldrig)\b"
    r"|\b(?:ingen|inga) (?:pris)?(?:garanti|matchning|prismatchning)\w*"
)
_NO_GUARANTEE = re.compile(r"\b(?:ingen|inga) prisgaranti\w*")
_STAFF = (
    r"(?:de|dom|ni|hon|han|kassörskan|kassören|personalen|killen|tjejen|expediten|säljaren|"
    r"butiken|kassan)"
)
_MATCHED = re.compile(
    rf"\b{_STAFF} (?:\w+ )?(?:matchade|prismatchade)\b"
    rf"|\b{_STAFF} (?:sänkte|justerade) (?:\w+ ){{0,5}}?till (?:samma (?:pris )?som|\w+s pris)\b"
    r"|\b(?:jag|vi) fick (?:\w+ )?(?:samma pris som|prismatchning|priset matchat)\b"
)
_REFUNDED = re.compile(
    rf"\b{_STAFF} (?:betalade|gav|betalat) (?:\w+ ){{0,3}}?tillbaka (?:\w+ )?mellanskillnaden\b"
    r"|\b(?:jag|vi) fick (?:\w+ ){0,3}?tillbaka mellanskillnaden\b"
    r"|\bfick (?:jag|vi) (?:\w+ ){0,3}?mellanskillnaden tillbaka\b"
)
_SUPPOSED = listed(
    """ville vill försökte försöker kan kunde skulle vore borde önskar önskade om ifall hade
    hoppades tänkte undrade undrar frågade får"""
)
_HEARSAY = listed("sa sade säger berättade hörde påstod enligt tydligen")
"""Another's account: "min granne sa att de matchade priset åt honom"."""
_WORDS = ("match", "prismatch", "sänkte", "justerade", "samma", "mellanskillnad")


def refuses_match(part: str) -> tuple[bool, bool] | None:
    """Whether a fact's part refuses price matches, and whether it refuses a price guarantee
    too; None when it refuses neither."""
    if "match" not in part and "garanti" not in part:
        return None
    if _REFUSED.search(part) is None:
        return None
    return True, _NO_GUARANTEE.search(part) is not None


def bears_on_match(token: str) -> bool:
    """A word without which a sentence cannot tell a price matched or refunded."""
    return token.startswith(_WORDS)


def price_matched(
    clauses: Iterable[Sequence[str]], guarantee: bool, opening: bool = False
) -> str | None:
    """The words of a sentence, given by its clauses' tokens, that tell staff matching a price
    (or refunding a drop, when no `guarantee` is given), if they do. In a sentence that is
    about another store only a clause opening with this store's staff counts ("de matchade
    Byggmax pris", not "hos Bauhaus matchade de …")."""
    for tokens in clauses:
        clause = " ".join(tokens)
        found = _MATCHED.search(clause) or (_REFUNDED.search(clause) if guarantee else None)
        if found is None or (opening and found.start() > 0):
            continue
        rest = {*clause[: found.start()].split(), *clause[found.end() :].split()}
        if not (NEGATIONS.isdisjoint(rest) and _SUPPOSED.isdisjoint(rest)):
            continue
        if not _HEARSAY.isdisjoint(rest):
            continue
        return found.group(0)
    return None
