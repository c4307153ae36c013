"""Declared means of paying (`declared_states`): never owned a phone or no Swish, and paying
by Swish or showing something on the phone or in an app; no bank card, and paying or tapping
by card."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.state_reading import REPORTED, state_and_act

_PHONE_STATE = re.compile(
    r"\b(?:jag|vi) (?:har|hade) (?:aldrig|aldrig någonsin) (?:haft|ägt|använt) (?:en |någon |nån )?"
    r"(?:egen )?(?:mobil\w*|smartphone|smart telefon|telefon)|\b(?:jag|vi) (?:har|äger) "
    r"(?:ingen|inte någon|inte nån) (?:egen )?(?:mobil\w*|smartphone|telefon\w*)|"
    r"\b(?:jag|vi) (?:har|hade) (?:inte|ingen|inget|aldrig haft|aldrig använt) (?:\w+ )?swish|"
    r"\b(?:jag|vi) använder (?:inte|aldrig) swish"
)
_CARD_STATE = re.compile(
    r"\b(?:jag|vi) (?:har|hade|äger) (?:inget|inte något|inte nåt|aldrig haft(?: ett| något)?) "
    r"(?:eget )?(?:bankkort|kontokort|betalkort|kreditkort|kort)\b"
)
_CARD_ACT = re.compile(
    r"\b(?:(?:jag|vi) (?:\w+ ){0,2}?(?:betalade|blippade|drog)|(?:betalade|blippade|drog) "
    r"(?:jag|vi))\b(?: \w+){0,5}? (?:med )?(?:mitt |ett )?(?:kort|kortet|bankkort\w*|kontokort\w*|"
    r"betalkort\w*|kreditkort\w*)\b"
)

_PHONE_ACT = re.compile(
    r"\b(?:jag|vi) (?:\w+ ){0,2}?(?:betalade|swishade|visade|scannade|blippade|använde|öppnade|"
    r"loggade in|laddade ner)\b(?: \w+){0,6}? (?:swish\w*|appen|\w*app|mobil\w*|telefon\w*)\b|"
    r"\b(?:betalade|swishade|visade|scannade|blippade|använde|öppnade) (?:jag|vi)\b(?: \w+){0,6}? "
    r"(?:swish\w*|appen|\w*app|mobil\w*|telefon\w*)\b|"
    r"\b(?:jag|vi) swishade\b|\bswishade (?:jag|vi)\b"
)


def _speaker_in(text: str) -> bool:
    return re.search(r"\b(?:jag|vi)\b", text) is not None


def _phone_act(tokens: tuple[str, ...], text: str) -> bool:
    return (
        _PHONE_ACT.search(text) is not None
        and not REPORTED.search(text)
        and _speaker_in(text)
        and _PHONE_STATE.search(text) is None
    )


def _card_act(tokens: tuple[str, ...], text: str) -> bool:
    return (
        _CARD_ACT.search(text) is not None
        and _CARD_STATE.search(text) is None
        and not REPORTED.search(text)
    )


def phone_points(evidence: Evidence, said: Sequence[int]) -> float:
    """No phone or no Swish declared, and paying or showing something by phone."""
    return state_and_act(evidence, said, _PHONE_STATE, _phone_act)


def card_points(evidence: Evidence, said: Sequence[int]) -> float:
    """No bank card declared, and paying or tapping by card. Every card word of both patterns
    holds "kort", so only sentences holding it are read."""
    carded = [i for i in said if "kort" in evidence.phrases[i]]
    return state_and_act(evidence, carded, _CARD_STATE, _card_act)
