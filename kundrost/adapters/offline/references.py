"""References: what a customer points at without naming it in words the lexicons know.

A sentence points back at the one before when it says "dom", "den", "där", "sådana" or
uses a bare comparative as its object ("ta in mognare", "ha fler"); and a fault names the
definite noun nearest it ("lösviktsnötterna fanns inte", "hittade inte skruvarna") even when
no lexicon knows that noun.
"""

from __future__ import annotations

from kundrost.adapters.offline.lexicon import is_fault
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.swedish import definite_noun

ANAPHORA = listed("den dom dem de dessa denna detta där dit sådana sådan såna sånt")
_MORE = listed("fler mer flera")
_NOT_MORE = ("bättre", "sämre")


def elliptic(words: list[str]) -> bool:
    """Whether a sentence points back at what was just said: "dom", "där", "sådana", or a
    bare comparative ("ta in mognare", "ha fler")."""
    return not ANAPHORA.isdisjoint(words) or any(
        w in _MORE or (len(w) >= 6 and w.endswith("are") and not w.startswith(_NOT_MORE))
        for w in words
    )


def failed_thing(tokens: tuple[str, ...]) -> str | None:
    """The noun nearest a fault ("nötterna fanns inte", "hittade inte skruvarna"), if any."""
    for index in range(len(tokens)):
        if is_fault(tokens, index):
            before = [t for t in tokens[:index] if definite_noun(t)]
            after = [t for t in tokens[index + 1 :] if definite_noun(t)]
            nearest = before[-1:] or after[:1]
            return nearest[0] if nearest else None
    return None
