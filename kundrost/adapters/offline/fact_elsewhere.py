"""A service denied only on things got elsewhere: "Klarsyn … lagar inte bågar som köpts någon
annanstans", "Vi syr inte om kläder som köpts i andra butiker", "slipar inte knivar som inte
köpts hos oss".

The relative clause is the rule's whole point: the store does the act on what it sold. Read
without it ("lagar inte bågar"), every repair of a frame bought here would break the fact, and
honest customers tell such repairs all the time ("Leffe lagade bågen som jag köpte här i
fjol"). So the claim keeps the condition (`Claim.elsewhere`), and the act told done breaks it
only in an answer that tells the thing got elsewhere: "någon annanstans", "på annat håll",
"i en annan butik", "hos en annan optiker", "på nätet", "utomlands", "på semester", "i
utlandet" — not "här", "hos er", "hos dig", which place the purchase at this store.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kundrost.adapters.offline.patterns import listed

_GOT = re.compile(r"^(?:köpt|köpta|köpts|köpte|handlat|handlats|inhandlat|fått)$")
_ELSEWHERE = re.compile(
    r"\b(?:någon annanstans|annanstans|på annat håll|i (?:en |någon )?annan \w+|"
    r"i andra \w+|hos (?:en |någon )?annan \w*|hos andra\b|på nätet|på internet|utomlands|"
    r"i utlandet|på semester|(?:inte|ej) (?:\w+ )?(?:hos oss|här|i butiken|hos \w+))"
)
_HERE = listed("här hos er dig oss ni")


def bought_elsewhere_rule(after: Sequence[str]) -> str | None:
    """The words of a relative clause after a denied act's thing that say it was got
    elsewhere ("som köpts någon annanstans", "som inte köpts hos oss"), or None."""
    if "som" not in after:
        return None
    rest = list(after[after.index("som") + 1 :])
    if not any(_GOT.match(word) for word in rest[:4]):
        return None
    found = _ELSEWHERE.search(" ".join(rest))
    return None if found is None else found.group(0)


def told_elsewhere(answer: Sequence[str]) -> bool:
    """Whether an answer tells a thing got elsewhere (module docstring): a purchase word and
    a place that is not this store's."""
    text = " ".join(answer)
    if not any(_GOT.match(word) or word.startswith("köp") for word in answer):
        return False
    found = _ELSEWHERE.search(text)
    return found is not None and not found.group(0).startswith(("inte", "ej"))
