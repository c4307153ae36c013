"""The acts a fact's words name: the transfer a negated verb denies (`act_of`: "säljer" sells,
"tar … tillbaka" takes back, "tar emot" takes in), the act a denied help is with ("hjälper inte
till att lasta", "bärhjälp"), what the customer is said to do themself ("kunden lastar
själv"), and the past forms of strong verbs ("bar" of "bär"). See `fact_claims`.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from kundrost.adapters.offline.patterns import listed

SELL, TAKE_BACK, TAKE_IN = "sell", "take back", "take in"
"""The transfer an absent claim denies (`Claim.act`): the store sells, takes back or takes in
no such thing."""
_SELLING = listed("säljer säljs saluför saluförs")
_TAKING = listed("tar tas")
_PASSIVE = listed("säljs saluförs tas byts")
_TRANSACTIONS = (
    "kontant", "sedl", "sedel", "mynt", "kort", "swish", "faktur", "check", "kupong",
    "betalning", "beställning", "bokning", "order", "reservation",
)  # fmt: skip
"""What a store "tar emot" as a transaction, met by paying or ordering, not a thing handed in."""
_STRONG = {
    "bär": ("bar", "burit"), "ger": ("gav", "gett", "givit"), "dra": ("drog", "dragit"),
    "gör": ("gjorde", "gjort"), "sätt": ("satte",), "lägg": ("la", "lade", "lagt"),
    "välj": ("valde", "valt"), "bjud": ("bjöd", "bjudit"), "syr": ("sydde", "sytt"),
    "skä": ("skar", "skurit"), "bind": ("band", "bundit"), "stryk": ("strök", "strukit"),
    "skriv": ("skrev", "skrivit"), "bryt": ("bröt", "brutit"),
    "utfärd": ("skrev", "skrivit"),
}  # fmt: skip
"""Past forms of strong and irregular verbs, by the stem `_activity` gives their present; a
document is issued by being written ("utfärdar inga synintyg": "skrev under intyget")."""
_SELF = re.compile(r"\bkund(?:en|erna|er)?\s+(\w+)\s+(?:\w+\s+)?själva?\b")
"""A part that has the customer do something themself: "kunden lastar själv"."""
_PARTICLES = ("ut", "upp", "in", "ner", "bort", "fram")


def strong_past(activity: str, token: str) -> bool:
    """A past form of a strong or irregular verb: "bar" of "bär"."""
    return token in _STRONG.get(activity, ())


def self_served(part: str) -> str | None:
    """The verb of what the customer does themself ("lastar" of "kunden lastar själv")."""
    found = _SELF.search(part)
    return found.group(1) if found is not None and found.group(1).endswith("r") else None


def act_of(tokens: Sequence[str], before: int, stops: Collection[str], carried: str = "") -> str:
    """The transfer the verb nearest before `before` names: "säljer" sells, "tar … tillbaka"
    takes back, "tar emot" takes in; with no verb, the one the part before named ("Butiken
    säljer fiskar, men inga hundar")."""
    for at in range(min(before, len(tokens)) - 1, -1, -1):
        verb = tokens[at]
        if verb in _SELLING:
            return SELL
        if verb in _TAKING:
            around = tokens[at + 1 : before + 2]
            return TAKE_BACK if "tillbaka" in around else TAKE_IN if "emot" in around else ""
        if verb in stops:
            return ""
    return carried


def custody(act: str, named: Sequence[str]) -> str:
    """The act, unless what is taken in is a payment or an order ("tar inte emot kontanter",
    "tårtbeställningar"), which is met by paying or ordering."""
    if act == TAKE_IN and any(kind in t for t in named for kind in _TRANSACTIONS):
        return ""
    return act


def help_act(word: str) -> str:
    """The act a help compound names: "bär" of "bärhjälp", "utbärningshjälp"; or ""."""
    if "hjälp" not in word:
        return ""
    act = word[: word.index("hjälp")]
    for ending in ("nings", "ning", "s"):
        if act.endswith(ending):
            act = act[: -len(ending)]
            break
    for particle in _PARTICLES:
        if act.startswith(particle) and len(act) - len(particle) >= 3:
            act = act[len(particle) :]
            break
    return act if len(act) >= 3 else ""


def helped_with(span: Sequence[str]) -> tuple[str, Sequence[str]] | None:
    """The act a denied help is with, and the words after it: "hjälper inte till att lasta
    bilen" denies loading, not help ("hjälpte mig hitta rätt foder"), as "… med lastning" or
    "… med installation av datorer" (installing)."""
    for at, token in enumerate(span):
        if token == "att" and at + 1 < len(span) and len(span[at + 1]) > 3:
            verb = span[at + 1]
            return (verb[:-1] if verb.endswith("a") else verb), span[at + 2 :]
        if "ning" in token and at and span[at - 1] == "med":
            return token[: token.index("ning")], span[at + 1 :]
        if token.endswith("ation") and at and span[at - 1] == "med" and len(token) > 8:
            return token[:-5] + "er", span[at + 1 :]  # "installation": "installerade"
    return None
