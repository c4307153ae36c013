"""Paying or depositing at a place with what a fact says it does not take.

The fact lists what a place takes ("Självscanningen tar bara kort", "Pantautomaten … tar
burkar och PET-flaskor"). A customer who pays or deposits at that place (or anywhere, when the
fact is about the store) with something of the same kind that is not listed breaks it: cash
at a card-only self-scan ("tog självscanningen och betalade med en femhundralapp"), glass
bottles in a machine for cans and PET bottles. Kinds: payment means (card, Swish, cash in
every form, invoice), and things that share a word's head but not its first part
("glasflaskor" beside "PET-flaskor"). Saying what the place takes ("självscanningen tar ju
bara kort") is no use of it.
"""

from __future__ import annotations

from kundrost.adapters.offline.departments import StoreDepartments
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.fact_claims import Claim, about_store
from kundrost.adapters.offline.lexicon import is_negated
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.swedish import lemmas

CARD, SWISH, CASH, INVOICE = "kort", "swish", "kontanter", "faktura"
_CASH = ("kontant", "sedel", "sedl", "mynt", "växel")
_NOTES = ("hundralapp", "tjugolapp", "femtiolapp", "tusenlapp")
"""Notes by their value, anywhere in a word ("femhundralappen"); a bare "lappen" is a slip
("prislappen", "lappen de skriver ut på vågen"), no money."""
_PAYING = listed(
    """betalade betala betalar betalat swishade pantade panta pantar stoppade stoppa matade
    la lade lägga lämnade lämna"""
)
_TAKING = listed("tog tar tagit")


def payment_means(token: str) -> str | None:
    """The means of payment a word names, or None."""
    if token.startswith("swish"):
        return SWISH
    if token.startswith("faktur"):
        return INVOICE
    if token.startswith(_CASH) or any(note in token for note in _NOTES):
        return CASH
    if token in ("kort", "kortet", "korten") or token.endswith(("bankkort", "kreditkort")):
        return CARD
    return None


def _kind_differs(accepted: tuple[str, ...], token: str) -> bool:
    """The word shares the head of an accepted word that has a first part of its own, and
    has another first part ("glasflaskor" beside "petflaskor")."""
    said = lemmas(token)[-1]
    for word in accepted:
        taken = lemmas(word)[-1]
        if said == taken or said.endswith(taken):
            return False
    for word in accepted:
        taken = lemmas(word)[-1]
        shared = 0
        while shared < min(len(said), len(taken)) and said[-1 - shared] == taken[-1 - shared]:
            shared += 1
        if shared >= 4 and len(taken) - shared >= 2 and len(said) - shared >= 3:
            return True
    return False


def names_place(claim: Claim, token: str) -> bool:
    """The word names the place: its word, a compound of it, or its head on its own
    ("automaten" for "pantautomaten")."""
    if claim.terms.lookup(token):
        return True
    subject = lemmas(claim.subject)[-1]
    return any(len(f) >= 6 and subject.endswith(f) and f != subject for f in lemmas(token))


def _at_place(claim: Claim, tokens: tuple[str, ...]) -> bool:
    return any(names_place(claim, token) for token in tokens)


def _means_after(claim: Claim, tokens: tuple[str, ...], act: int) -> str | None:
    """The first thing of the place's kind given after an act, if the place does not take it."""
    taken = {payment_means(word) for word in claim.accepted} - {None}
    for index in range(act + 1, len(tokens)):
        token = tokens[index]
        if is_negated(tokens, index):
            continue
        means = payment_means(token)
        if taken and means is not None:
            return None if means in taken else token
        if not taken and _kind_differs(claim.accepted, token):
            return token
    return None


def _restates(claim: Claim, tokens: tuple[str, ...]) -> bool:
    """The sentence names what the place does take: "självscanningen tar ju bara kort"."""
    taken = {payment_means(word) for word in claim.accepted} - {None}
    accepted = {lemmas(word)[-1] for word in claim.accepted}
    return any(payment_means(t) in taken or lemmas(t)[-1] in accepted for t in tokens)


def accepts_broken(
    claim: Claim, evidence: Evidence, index: int, store: StoreDepartments
) -> str | None:
    """A payment or a deposit at the place with what it does not take (module docstring):
    the customer's act, or the place's own ("självscanningen tog mina kontanter"). A word
    for the store that is also one of its departments ("Kaféet tar bara kort" in a swimming
    hall with a café) speaks of that department alone, named by any of its names ("fiket")."""
    sentence = evidence.sentence_tokens[index]
    department = store.named(claim.subject)
    whole = about_store(claim) and department is None
    there = _at_place(claim, sentence) or (
        department is not None and any(store.named(t) == department for t in sentence)
    )
    if not (whole or there) or _restates(claim, sentence):
        return None
    for clause in evidence.in_sentence(index):
        tokens = clause.clause.tokens
        for at, token in enumerate(tokens):
            took = token in _TAKING and at > 0 and _at_place(claim, tokens[at - 1 : at])
            if (token in _PAYING or took) and not is_negated(tokens, at):
                said = _means_after(claim, tokens, at)
                if said is not None:
                    return said
    return None


def only_at_broken(
    claim: Claim, evidence: Evidence, index: int, store: StoreDepartments
) -> str | None:
    """Paid with the means one place alone takes, in a sentence that places the payment at
    another of the store's departments and not at that place: "betalade med en hundralapp i
    brödboden" where cash is taken only at the information desk."""
    means = payment_means(claim.subject)
    sentence = evidence.sentence_tokens[index]
    if means is None or any(claim.terms.lookup(t) for t in sentence):
        return None
    home = {store.named(t) for t in claim.accepted} - {None}
    named = {store.named(t) for t in sentence} - {None}
    if not named or not home.isdisjoint(named):
        return None
    for clause in evidence.in_sentence(index):
        tokens = clause.clause.tokens
        for at, token in enumerate(tokens):
            if token not in _PAYING or is_negated(tokens, at):
                continue
            said = next((t for t in tokens[at + 1 :] if payment_means(t) == means), None)
            if said is not None:
                return said
    return None
