"""A denied transfer told as done: the store sold, took back or took in the very thing a fact
says it does not (`Claim.act`).

A pet shop that sells no dogs is not contradicted by the customer's own dog ("foder till min
hund", "hundens koppel", "hunden följde med", "vi tvättade hunden"), nor a bicycle repairer
that sells no bicycles by the bicycle handed in for repair. What breaks such a fact is the
transfer itself, with the thing (`fact_things`) as its object:

- sell: see `fact_sales`;
- take back: it was taken or handed back ("de tog tillbaka marsvinet", "lämnade tillbaka
  säcken", "marsvinet tog de tillbaka", "returnerade ytterdörren", "fick lämna tillbaka
  underställen"), as the object of that verb, not another thing of
  the clause ("lämnade tillbaka en säck foder som katten vägrade äta") nor the customer
  taking their own along ("vi tog med hunden tillbaka till bilen");
- take in: it was taken in or handed in ("de tog emot vår katt", "lämnade in skinnjackan",
  "lämnade vår kanin hos dem"), or traded in ("den tog de i inbyte", "de bytte in min gamla
  cykel"), not handed to someone else ("lämnade in hunden hos
  veterinären");

never asked about ("frågade om de tar emot"; a wish, "ville lämna tillbaka", has no past
act), nor denied ("de tog inte tillbaka kaninen"; "utan problem" or "som inte var rädd" deny
nothing), nor placed elsewhere ("på vägen", "på nätet"). A store that does not buy ("Vi
köper inte begagnade böcker") is broken by the customer selling it to them ("sålde tre
kassar begagnade böcker till dem").
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from kundrost.adapters.offline.fact_acts import SELL, TAKE_BACK, TAKE_IN
from kundrost.adapters.offline.fact_claims import Claim
from kundrost.adapters.offline.fact_sales import sold
from kundrost.adapters.offline.fact_things import (
    ASKED,
    BREAKS,
    CUSTOMER,
    FROM,
    NEAR,
    STORE,
    denied,
    things_in,
)  # fmt: skip
from kundrost.adapters.offline.patterns import listed

_TAKERS = listed("tog tagit togs tagits")
_HANDING = listed("lämnade lämnat lämnades")
_ELSEWHERE = listed("vägen nätet annanstans")
_SELLERS = listed("sålde sålt")
_SWAPPED = listed("bytte bytt byttes")
"""A trade-in told by its verb: "de bytte in min gamla"."""
_RETURNED = listed("returnerade returnerat returnerades")


def transferred(claim: Claim, tokens: tuple[str, ...], sentence: Sequence[str]) -> str | None:
    """A word for the thing the clause tells the store sold, took back or took in (module
    docstring)."""
    if not (ASKED.isdisjoint(tokens) and _ELSEWHERE.isdisjoint(sentence)) or denied(tokens):
        return None
    if claim.act == SELL:
        return sold(claim, tokens, sentence)
    if claim.act not in (TAKE_BACK, TAKE_IN) or any(
        t in FROM and u not in STORE for t, u in pairwise(tokens)
    ):
        return None
    found = things_in(claim, tokens, sentence)
    return next((tokens[i] for i in found if _taken(tokens, i, claim.act)), None)


def _taking(tokens: Sequence[str], at: int, act: str) -> bool:
    """The verb at `at` tells the store taking the thing back or in ("de tog tillbaka",
    "togs emot"), or the customer handing it back or in ("lämnade tillbaka", "lämnade in") —
    not the customer taking their own along ("vi tog med hunden tillbaka")."""
    token = tokens[at]
    rest = tokens[at + 1 : at + 4]
    particle = "tillbaka" if act == TAKE_BACK else "emot"
    allowed = at > 0 and tokens[at - 1] == "fick"
    if act == TAKE_BACK and (token in _RETURNED or (token == "returnera" and allowed)):
        return True
    if token == "lämna" and allowed:
        token = "lämnade"  # "fick lämna tillbaka": let hand it back is handing it back
    if act == TAKE_IN and token in _SWAPPED and rest[:1] == ("in",):
        return True  # "de bytte in min gamla cykel"
    if token in _TAKERS:
        before = tokens[at - 1] if at else ""
        traded = act == TAKE_IN and "inbyte" in rest  # "den tog de i inbyte"
        return (
            (particle in rest or traded)
            and "med" not in rest
            and not (before in CUSTOMER or (rest[:1] and rest[0] in CUSTOMER))
        )
    if token in _HANDING:
        if act == TAKE_IN and any(t == "hos" and u in STORE for t, u in pairwise(tokens[at:])):
            return True
        return ("tillbaka" if act == TAKE_BACK else "in") in rest
    return False


def _taken(tokens: Sequence[str], index: int, act: str) -> bool:
    """The thing at `index` is what is taken back or in: after the verb with nothing but
    particles, pronouns, articles and adjectives between, or first with the verb just after
    ("marsvinet tog de tillbaka")."""
    for at in range(index - 1, max(-1, index - NEAR - 1), -1):
        if _taking(tokens, at, act):
            return True
        if tokens[at] in BREAKS:
            break
    return any(_taking(tokens, at, act) for at in range(index + 1, min(len(tokens), index + 3)))


def done_converse(claim: Claim, tokens: tuple[str, ...]) -> str | None:
    """A store that does not buy a thing, told selling it to them: "sålde tre kassar
    begagnade böcker till dem"."""
    if claim.activity != "köp" or not ASKED.isdisjoint(tokens) or denied(tokens):
        return None
    for at, token in enumerate(tokens):
        if token not in _SELLERS:
            continue
        before = tokens[at - 1] if at else ""
        after = tokens[at + 1] if at + 1 < len(tokens) else ""
        if before not in CUSTOMER and after not in CUSTOMER:
            continue
        thing = next((t for t in tokens[at + 1 :] if claim.terms.lookup(t)), None)
        if thing is not None:
            return f"{token} … {thing}"
    return None
