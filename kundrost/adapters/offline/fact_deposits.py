"""Deposit rules: a thing a store lends or rents out only against a deposit, and a customer
who tells of getting it without leaving one.

A fact requires a deposit when it gives a thing against one or says one is taken ("lånas ut
gratis i tre timmar mot en deposition på 500 kronor", "hyrs ut mot legitimation och en
deposition", "Vi tar en deposition på 3 000 kronor"); not when it waives one ("utan
deposition", "ingen deposition"). It is broken by a clause of the customer's own that tells
the thing got without a deposit: an act done in the past before "utan (att lämna någon)
deposition" ("jag fick låna släpkärran utan att lämna någon deposition", "de lät mig ta
släpet utan deposition"), or staff said to have taken none ("de tog ingen deposition").
Not by a wish, a question, an attempt or a condition, nor when anything else in that clause
is denied ("fick inte låna utan deposition"), nor by another person's account or hearsay
("min granne sa att han slapp depositionen"): the sentence must be the speaker's own ("jag",
"vi", "mig", "oss") and tell no one else's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kundrost.adapters.offline.fact_waived import waived
from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.reading import tokens_of

_REQUIRED = re.compile(
    r"\b(?:mot|tar|tas|krävs|kräver|dras|drar|lämnas|betalas)\b(?:\s+\S+){0,5}?\s+"
    r"(?:en\s+)?deposition\b"
)
_WAIVED = re.compile(r"\b(?:ingen|utan|inte|ej)\s+(?:\S+\s+)?deposition\b")
_WITHOUT = re.compile(
    r"\butan (?:att (?:\w+ )?(?:lämna|lämnade|betala|betalade|ställa|ställde|lägga|lade|la|"
    r"behöva lämna|behöva betala|ta|tog|dra|drog) )?(?:någon |nån |en |ens |någon som helst )?"
    r"deposition\w*"
)
_TAKEN_NONE = re.compile(
    r"\b(?:tog|drog|krävde|ville ha|bad om|begärde) (?:ingen|inte någon|inte nån|inte ens "
    r"någon|aldrig någon) deposition\w*"
)
_DEPOSIT = re.compile(r"(?:deposition\w*|handpenning\w*|pengar i förskott|förskott)\b")
"""A deposit by its words, "pengar i förskott" too, for a requirement told waived
(`fact_waived`)."""
_SUPPOSED = listed(
    """ville vill försökte försöker kan kunde skulle vore borde önskar önskade om ifall hade
    hoppades tänkte undrade undrar frågade får"""
)
"""A wish, an attempt, a condition or a question: the act not told as done."""
_ACTS = listed("fick lät tog gav")
_SPEAKER = listed("jag vi mig oss")
_HEARSAY = re.compile(r"\b(?:sa|sade|säger|berättade|hörde|påstod) att\b|\benligt\b|\btydligen\b")


def requires_deposit(part: str) -> bool:
    """Whether a fact's part gives its thing only against a deposit."""
    return (
        "deposition" in part and _REQUIRED.search(part) is not None and _WAIVED.search(part) is None
    )


def bears_on_deposit(token: str) -> bool:
    """A word that may tell a deposit left or not ("deposition", "depositionen", "förskott",
    "handpenning")."""
    return token.startswith(("deposition", "förskott", "handpenning"))


def _act_before(before: Sequence[str]) -> str | None:
    return next(
        (w for w in before if (len(w) > 3 and w.endswith(("de", "te"))) or w in _ACTS), None
    )


def no_deposit(clauses: Iterable[Sequence[str]], sentence: Sequence[str]) -> str | None:
    """The words of a sentence, given by its clauses' tokens, that tell the customer getting
    a thing without a deposit, if they do."""
    if _SPEAKER.isdisjoint(sentence) or _HEARSAY.search(" ".join(sentence)) is not None:
        return None
    clauses = [tuple(tokens) for tokens in clauses]
    told = waived(clauses, _DEPOSIT)
    if told is not None:
        return told
    for tokens in clauses:
        clause = " ".join(tokens)
        found = _WITHOUT.search(clause) or _TAKEN_NONE.search(clause)
        if found is None:
            continue
        before = tokens_of(clause[: found.start()])
        words = {*before, *tokens_of(clause[found.end() :])}
        if not NEGATIONS.isdisjoint(words) or not _SUPPOSED.isdisjoint(words):
            continue
        if found.re is _TAKEN_NONE:
            return found.group(0)
        act = _act_before(before)
        if act is not None:
            return f"{act} … {found.group(0)}"
    return None
