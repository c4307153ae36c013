"""Count words: what the readings of counts told twice share.

`told_counts`, `done_counts` and `party_counts` read a count said once and said otherwise
later; the same words gate them (a small count, "jag" or "vi") and the same words excuse them
(a count changed, people joining, more taken), so they live here once.
"""

from __future__ import annotations

import re

from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.state_reading import KIN, MY

SMALL_COUNTS = listed("två tre fyra fem sex sju åtta nio tio elva tolv")
"""A whole told by "de", "oss" or "vi" and a count is read only in a call saying one."""
DECLARED_WORDS = listed("jag vi enda")
"""Every phrase of `told_counts._DECLARED` holds one of these words."""
MORE = re.compile(r"\b(?:tog|köpte|beställde|hämtade|plockade) (?:\w+ )?\w+ till\b")
"""More of the same: "tog tre till", "köpte en till"."""
CHANGED = listed(
    "förresten egentligen fler flera ytterligare slut extra plus anslöt nej eller början"
)
JOINED = re.compile(r"\bkom (?:\w+ ){0,3}?till\b|\bkom (?:\w+ )?(?:och )?(?:sen|senare)\b")
NOT_COUNTED = listed("där dit hit här inne ute hemma på i och som med till av om så")
MORE_OF = re.compile(
    r"\b(?:en|ett|två|tre|några) till(?: och| men| så|$)|förläng\w*|kvar\b|\btill slut\b"
)
"""More done or left: "en till", "förlängde", "kvar", "till slut"."""


def shared_with_kin(tokens: tuple[str, ...]) -> bool:
    """Another person's share told beside the count: "en cykel och min man lämnade in sin"."""
    return any(t in MY and tokens[i + 1] in KIN for i, t in enumerate(tokens[:-1]))
