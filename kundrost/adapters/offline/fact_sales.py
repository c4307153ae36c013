"""A sale a fact denies, told as done: the customer bought, ate or drank the thing here, or
staff sold or served it (`fact_transfers`).

"köpte en valp här", "kaninen köpte vi här", "valpen (som) vi köpte här", "handlade två
flaskor vin", "vi drack vin till maten", "de sålde oss en kanin", "betalade åttatusen kronor
för valpen", "kattungarna var så söta att vi köpte en" — not a purchase of something for it
("foder till hunden", "hundens halsband"), of the customer's own thing ("köpte min bil på
firman bredvid"), from someone else ("av en uppfödare"), or of a thing already known (its
definite form, "köpte hunden för tre år sedan") unless the clause places the purchase here
or at the visit ("här", "av er", "i dag"). Food, drink, tobacco and medicine (`consumed`)
are also met here only when sold here, so any meeting of them counts ("vinet var kallt").

A member of a goods kind the fact names whole (`fact_kinds.goods_members`: "en tröja" of
"kläder", "en bok" of "böcker") is sold here only as the customer's own purchase
(`bought_member`): "jag köpte en tröja vid kassan", "tröjan köpte jag här", "vi har köpt två
böcker" — not got, fetched or ordered ("hämtade en bok", a parcel's content), not wished or
supposed ("hade gärna köpt", "skulle köpa"), not someone else's ("min fru köpte"), not the
customer's own thing ("köpte min tröja på rea i fjol").
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from kundrost.adapters.offline.fact_absent import got_online
from kundrost.adapters.offline.fact_claims import Claim, excepted, says
from kundrost.adapters.offline.fact_kinds import goods_members
from kundrost.adapters.offline.fact_things import (
    BREAKS,
    CUSTOMER,
    FROM,
    NEAR,
    STORE,
    denied,
    heads,
    the_thing,
    things_in,
)  # fmt: skip
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.products import PRODUCT_WORDS
from kundrost.adapters.offline.swedish import definite_noun

_BUYING = listed(
    """köpte köpt köpts köper handlade handlat beställde beställt hämtade valde skaffade
    skaffat bokade bokat reserverade reserverat betalade betalat"""
)
_PAYING = listed("betalade betalat betala gav")
_GOT = listed("fick")
"""Got, as a purchase only of a new thing ("fick en kattunge av dem"), never of a known one."""
_CONSUMING = listed("åt ätit drack druckit smakade provade")
_SOLD = listed("sålde sålt såldes sålts serverade serverat serverades")
_OWNERS = listed(
    "min mitt mina vår vårt våra din ditt dina hans hennes deras sin sitt sina er ert era"
)
_HERE = listed("här där")
_RECENT = listed("idag igår nyss")
_LONG_AGO = listed("sedan fjol")
_OTHERS = listed("en ett någon annan andra min mina vår våra")
_ONE = listed("en ett den dem två tre båda")
_WITH = listed("med oss mig")
_AFTER_ONE = listed("här där hem av till också direkt med på i och men samma")
_OWNING = listed("har hade äger ägde")
_CONSUMED_GROUPS = frozenset(
    {"Bröd och bakverk", "Kött och chark", "Fisk och skaldjur", "Frukt och grönt",
     "Mejeri och ägg", "Lunch och färdigmat", "Frysvaror", "Kaffe och dryck",
     "Godis och snacks", "Skafferivaror"}
)  # fmt: skip
_CONSUMED_KINDS = ("alkohol", "tobak", "snus", "läkemedel", "medicin", "sprit")


def sold(claim: Claim, tokens: Sequence[str], sentence: Sequence[str]) -> str | None:
    """A word for the thing the clause tells sold here (module docstring)."""
    here = _placed_here(tokens, sentence)
    found = things_in(claim, tokens, sentence)
    bought = next((tokens[i] for i in found if _bought(claim, tokens, i, here)), None)
    return bought or _one_of(claim, sentence) or bought_member(claim, tokens, sentence)


_OWN_BUYING = listed("köpte köpt handlade handlat")
_WISHED = listed("gärna skulle ville vill önskar önskade kunde hoppas")
_HAVING = listed("har hade")


def member_of(claim: Claim, token: str) -> str | None:
    """The fact's term when the word names a member of its goods kind ("tröjan" of
    "kläder"), else None."""
    members = goods_members(heads(claim.subject)) if claim.subject else None
    return None if members is None or members.lookup(token) is None else claim.subject


def bought_member(claim: Claim, tokens: Sequence[str], sentence: Sequence[str]) -> str | None:
    """A member of the fact's goods kind the customer bought (module docstring), with the
    words narrowing the kind said ("begagnade" of "begagnade kläder")."""
    from_other = any(t in FROM and u in _OTHERS for t, u in pairwise(tokens))
    if from_other or not _WISHED.isdisjoint(tokens):
        return None
    if not all(any(says(part, t) for t in sentence) for part in claim.modifiers):
        return None
    here = _placed_here(tokens, sentence)
    for index, token in enumerate(tokens):
        if member_of(claim, token) is None or (definite_noun(token) and not here):
            continue
        if excepted(claim, token):
            continue
        fronted = tokens[index + 1 : index + 3]
        if len(fronted) == 2 and fronted[0] in _OWN_BUYING and fronted[1] in CUSTOMER:
            return token  # "tröjan köpte jag här"
        if _own_buying_before(tokens, index):
            return token
    return None


def _own_buying_before(tokens: Sequence[str], index: int) -> bool:
    """The customer's buying verb a few words before the thing, with nothing but articles,
    numbers and adjectives between: "jag köpte en tröja", "köpte vi två", "jag har köpt"."""
    for at in range(index - 1, max(-1, index - NEAR - 1), -1):
        token = tokens[at]
        if token in _OWN_BUYING:
            subject = at - 2 if at >= 2 and tokens[at - 1] in _HAVING else at - 1
            after = tokens[at + 1] if at + 1 < len(tokens) else ""
            return (subject >= 0 and tokens[subject] in CUSTOMER) or after in CUSTOMER
        if token in BREAKS or token in _OWNERS or token in STORE:
            return False
    return False


def consumed(claim: Claim, token: str) -> bool:
    """Whether the thing is eaten, drunk, smoked or taken (food, drink, tobacco, medicine),
    which a customer meets at the store only when it was sold there ("vinet var kallt",
    "tog två dosor snus"), unlike a dog or a bicycle of their own."""
    term = claim.terms.lookup(token) or ""
    if term.startswith(_CONSUMED_KINDS) or term.endswith(_CONSUMED_KINDS):
        return True
    return PRODUCT_WORDS.lookup(token) in _CONSUMED_GROUPS


def _definite(claim: Claim, token: str) -> bool:
    """A definite form ("hunden", "cykeln"): a thing already known, bought here only when the
    clause says so ("köpte hunden för tre år sedan" tells where the own dog came from)."""
    if definite_noun(token):
        return True
    term = claim.terms.lookup(token) or ""
    return token.endswith(("n", "t")) and token[:-1] in heads(term)


def _new(claim: Claim, tokens: Sequence[str], index: int, here: bool) -> bool:
    """Whether the thing bought is new to the customer: not in its definite form, unless the
    clause places the purchase here; never a known thing merely got ("fick hunden")."""
    if not _definite(claim, tokens[index]):
        return True
    return here and _GOT.isdisjoint(tokens[max(0, index - NEAR) : index])


def _here_after(tokens: Sequence[str], index: int) -> bool:
    """The place said right after the thing: "köpte vår valp här", "… av er"."""
    after = tokens[index + 1 : index + 3]
    return bool(after) and (
        after[0] in _HERE or (after[0] in FROM and after[1:] in (("er",), ("dem",)))
    )


def _paid_for(tokens: Sequence[str], at: int) -> bool:
    """ "för" after a payment: "betalade åttatusen kronor för valpen"."""
    return tokens[at] == "för" and not _PAYING.isdisjoint(tokens[max(0, at - NEAR) : at])


def _bought(claim: Claim, tokens: Sequence[str], index: int, here: bool) -> bool:
    """The thing at `index` is the object of a purchase, a meal, a sale or a payment told: a
    verb a few words before it with nothing but articles, numbers and adjectives between (the
    customer's own, "vår valp", only with the place said), or the thing first ("kaninen
    köpte vi", "valpen vi köpte här"); new to the customer (`_new`) unless paid for; not
    bought from someone else ("av en uppfödare")."""
    if any(t in FROM and u in _OTHERS for t, u in pairwise(tokens)):
        return False
    new = _new(claim, tokens, index, here)
    if index + 2 < len(tokens) and tokens[index + 1] in _BUYING:
        return new and tokens[index + 2] in CUSTOMER
    if index + 2 < len(tokens) and tokens[index + 1] in CUSTOMER:
        return new and tokens[index + 2] in _BUYING
    if tokens[index + 1 : index + 2] == ("som",) and index + 3 < len(tokens):
        return new and tokens[index + 2] in CUSTOMER and tokens[index + 3] in _BUYING
    for at in range(index - 1, max(-1, index - NEAR - 1), -1):
        token = tokens[at]
        before = tokens[at - 1] if at else ""
        after = tokens[at + 1] if at + 1 < len(tokens) else ""
        if _paid_for(tokens, at):
            return True
        if token in ("oss", "mig") and at and tokens[at - 1] == "med":
            continue
        if token == "med" and tokens[at + 1 : at + 2] in (("oss",), ("mig",)):
            continue
        if token in _BUYING or token in _GOT:
            return new and before not in STORE
        if token in _CONSUMING:
            return new and (before in CUSTOMER or after in CUSTOMER)
        if token in _SOLD:
            return new and before not in CUSTOMER
        if token in BREAKS or (token in _OWNERS and not _here_after(tokens, index)):
            return False
    return False


def _placed_here(tokens: Sequence[str], sentence: Sequence[str]) -> bool:
    """The clause places the act here ("här", "där", "av er", "hos dem") or at the visit
    ("i dag", "i går", "nyss", "i lördags"), not long ago ("för tre år sedan", "i fjol")."""
    if not _LONG_AGO.isdisjoint(sentence):
        return False
    pairs = list(pairwise(tokens))
    return (
        not (_HERE.isdisjoint(tokens) and _RECENT.isdisjoint(tokens))
        or any(t in FROM and u in STORE for t, u in pairs)
        or any(t == "i" and (u in ("dag", "går") or u.endswith("dags")) for t, u in pairs)
    )


def _one_of(claim: Claim, sentence: Sequence[str]) -> str | None:
    """A purchase of one of the things named before it in the sentence ("kattungarna var så
    söta att vi köpte en", "… så vi tog med oss en hem"), with no other thing named between
    ("hunden älskar tuggbenen, så vi köpte två"), not the customer's own ("vi har en hund
    och köpte två") nor got from a business on the net ("vin från nätbutiken och hämtade den
    här")."""
    for at, verb in enumerate(sentence):
        taking_home = verb == "tog" and "hem" in sentence[at + 1 : at + 6]
        if not (verb in _BUYING or verb in _GOT or taking_home):
            continue
        rest = [t for t in sentence[at + 1 : at + 6] if t not in CUSTOMER and t not in _WITH]
        if not rest or rest[0] not in _ONE:
            continue
        if len(rest) > 1 and rest[1] not in _AFTER_ONE:
            continue
        for index in range(at - 1, -1, -1):
            token = sentence[index]
            if the_thing(claim, token) is not None:
                owned = not _OWNING.isdisjoint(sentence[max(0, index - 3) : index])
                between = sentence[index + 1 : at]
                if owned or denied(sentence[index : at + 4]) or _other_thing(between):
                    return None
                if got_online(sentence, index):
                    return None  # "vin från nätbutiken och hämtade den här": fetched, not sold
                return f"{token} … {verb} {rest[0]}"
    return None


def _other_thing(between: Sequence[str]) -> bool:
    """A thing named between, outside a place said right after the first ("valparna i
    hägnet")."""
    skip = 2 if between[:1] and between[0] in BREAKS else 0
    return any(definite_noun(t) for t in between[skip:])
