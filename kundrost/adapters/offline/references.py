"""References: what a customer points at without naming it in words the lexicons know.

A sentence points back at the one before when it says "dom", "den", "där", "sådana" or
uses a bare comparative as its object ("ta in mognare", "ha fler"); and a fault names the
definite noun nearest it ("lösviktsnötterna fanns inte", "hittade inte skruvarna") even when
no lexicon knows that noun.
"""

from __future__ import annotations

from itertools import pairwise

from kundrost.adapters.offline.lexicon import (
    is_excess,
    is_fault,
    lacks_at,
    polarity,
    undone_at,
)
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.swedish import abstract_noun, definite_noun

ANAPHORA = listed("den dom dem de dessa denna detta där dit sådana sådan såna sånt")
_MORE = listed("fler mer flera")
_NOTHING_TO = {
    ("att", verb)
    for verb in listed("förbättra klaga anmärka invända tillägga säga önska ändra förändra")
}
"""Nothing to criticise ("det finns inget att förbättra", "inget att klaga på") is a verdict,
not a thing missing; "inget att sitta på" is."""
_NOT_MORE = ("bättre", "sämre")
_NEAR = 4


def elliptic(words: list[str]) -> bool:
    """Whether a sentence points back at what was just said: "dom", "där", "sådana", or a
    bare comparative ("ta in mognare", "ha fler")."""
    return not ANAPHORA.isdisjoint(words) or any(
        w in _MORE or (len(w) >= 6 and w.endswith("are") and not w.startswith(_NOT_MORE))
        for w in words
    )


_CUSTOMER = listed("kunden kunderna kundens")
"""The customer as a role ("det kändes som att kunden inte stod i fokus"): whom the store
serves, not a thing of it a fault is said of."""


_QUANTITIES = listed("mycket inget")
"""Quantity words that end like a definite noun ("det var mycket som inte funkade", "inget
fungerade"): an amount of what went wrong, no thing named."""


def _thing(token: str) -> bool:
    """A noun a fault can be said of: not "tiden" ("nu för tiden") or "värmen", nor the
    customer (`_CUSTOMER`), nor an amount (`_QUANTITIES`)."""
    return (
        definite_noun(token)
        and not abstract_noun(token)
        and token not in _CUSTOMER
        and token not in _QUANTITIES
    )


def faulted_thing(tokens: tuple[str, ...]) -> str | None:
    """The noun nearest a fault (`failed_thing`) or, in a clause that finds fault without a
    verb of failing, within `_NEAR` words of its first judging word or excess ("stödhjulen
    på fel höjd", "närdelen för högt"; not the shop named at the head of a long sentence)."""
    failed = failed_thing(tokens)
    if failed is not None:
        return failed
    index = next((i for i, t in enumerate(tokens) if polarity(t) < 0 or is_excess(tokens, i)), None)
    return None if index is None else _nearest(tokens, index, _NEAR)


def _nearest(tokens: tuple[str, ...], index: int, span: int) -> str | None:
    """The thing nearest the word at `index` within `span` words, the one before first."""
    before = [t for t in tokens[max(0, index - span) : index] if _thing(t)]
    after = [t for t in tokens[index + 1 : index + 1 + span] if _thing(t)]
    nearest = before[-1:] or after[:1]
    return nearest[0] if nearest else None


def failed_thing(tokens: tuple[str, ...]) -> str | None:
    """The noun nearest a fault ("nötterna fanns inte", "hittade inte skruvarna"), if any;
    a noun of time or feeling fails nothing ("som man inte får nu för tiden"), and nothing
    to criticise is no fault (`_NOTHING_TO`)."""
    for index in range(len(tokens)):
        lacking = lacks_at(tokens, index)
        if lacking or is_fault(tokens, index) or undone_at(tokens, index):
            if any(pair in _NOTHING_TO for pair in pairwise(tokens[index:])):
                return None
            nearest = _nearest(tokens, index, len(tokens))
            return nearest if nearest is not None or not lacking else _lacked(tokens, index)
    return None


def known_lack(tokens: tuple[str, ...]) -> str | None:
    """The thing of a lack told as known to both ("ni har ju ingen laddstolpe", "ni har väl
    inga korgar"): a thing of the store the customer names, though no fault found on this
    visit (`lexicon.lacks_at`)."""
    for index in range(len(tokens)):
        if lacks_at(tokens, index, known=True):
            return _nearest(tokens, index, len(tokens)) or _lacked(tokens, index)
    return None


_NO = listed("ingen inga inget")
_NOT_THINGS = listed("annan annat andra sån sånt såna sådan sådant alls mer fler aning")
_THING_LENGTH = 4
"""Letters at least of a thing lacked: shorter words are function words."""


def _lacked(tokens: tuple[str, ...], index: int) -> str | None:
    """The thing a lack names in its indefinite form ("ni har ju ingen laddstolpe", "ni hade
    inga korgar"), the word after "ingen", "inga" or "inget": a customer's own word for
    what the store lacks is a thing, as the definite noun nearest a fault is."""
    after = tokens[index + 1 : index + 4]
    for at, token in enumerate(after[:-1]):
        if token in _NO:
            word = after[at + 1]
            if (
                len(word) >= _THING_LENGTH
                and word not in _NOT_THINGS
                and not abstract_noun(word)
                and not polarity(word)
            ):
                return word
            return None
    return None
