"""The thing a fact denies a transfer of, as a clause names it (`fact_transfers`,
`fact_sales`): its own word or a compound with it as head ("husbilen" of "bilar", "cykel" of
"cyklar"), what holds it ("fodersäcken"), a member of its kind ("kaninen" of "djur") — never
a compound on it ("hundfoder") nor its genitive ("hundens foder").
"""

from __future__ import annotations

from collections.abc import Sequence

from kundrost.adapters.offline.concepts import singular
from kundrost.adapters.offline.fact_claims import Claim, excepted, says
from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.swedish import lemmas

NEAR = 5
CUSTOMER = listed("jag vi man")
STORE = listed("de dom ni dem er butiken affären personalen")
FROM = listed("av hos från")
BREAKS = listed("på i för med vid till av om under från åt hos och men eller som att när")
"""Words that end the noun phrase after a verb: the thing after them is not its object."""
ASKED = listed("frågade frågar undrade undrar")
"""A transfer asked about ("frågade om de tog tillbaka kaniner") is not told as done; a
wish or an attempt ("ville lämna tillbaka") has an infinitive, which no act here is."""
_ACTS = listed(
    """köpte köpt köpts köper handlade handlat beställde beställt hämtade valde fick sålde
    sålt såldes sålts serverade serverat serverades åt ätit drack druckit smakade provade
    betalade betalat gav tog tagit togs tagits lämnade lämnat lämnades"""
)
_CONTAINERS = ("säck", "pås", "burk", "paket", "kartong", "flask", "låd", "förpackning")
"""What holds the thing: "fodersäcken" is food, "hundfoder" no dog."""


def heads(term: str) -> tuple[str, ...]:
    """A term's stems and its singular ("cyklar" → "cykel")."""
    alone = singular(term)
    return (*lemmas(term), alone) if alone else lemmas(term)


def the_thing(claim: Claim, token: str) -> str | None:
    """The term the word names as the thing itself: a form of it or a compound with it as
    head ("husbilen" of "bilar"), or a member of its kind ("kaninen" of "djur") — not a
    compound on it ("hundfoder") nor its genitive ("hundens foder")."""
    term = claim.terms.lookup(token)
    if term is None or excepted(claim, token):
        return None
    if token.endswith("s") and not token.endswith("ss") and claim.terms.lookup(token[:-1]):
        return None
    if not claim.terms.names(token):
        return term
    stems = heads(term)
    for said in lemmas(token):
        if said.endswith(stems) or any(
            said.startswith(head) and said[len(head) :].startswith(_CONTAINERS) for head in stems
        ):
            return term
    return claim.terms.kind_of(token)


def things_in(claim: Claim, tokens: Sequence[str], sentence: Sequence[str]) -> list[int]:
    """Where the clause names the thing, with the words that narrow it said when it is named
    by its own term ("levande" of "levande djur")."""
    narrowed = all(any(says(part, t) for t in sentence) for part in claim.modifiers)
    return [
        i
        for i, token in enumerate(tokens)
        if the_thing(claim, token) is not None and (narrowed or not claim.terms.names(token))
    ]


def denied(tokens: Sequence[str]) -> bool:
    """A negation before the clause's act or just after it ("tog de inte emot"), not of
    something told beside it ("en kattunge som inte var rädd", "utan problem")."""
    act = next((i for i, t in enumerate(tokens) if t in _ACTS), len(tokens))
    return any(t in NEGATIONS and t != "utan" for t in tokens[: act + 4])
