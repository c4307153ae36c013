"""A requirement told waived in a list of what the customer did not need: "Jag fick en elcykel
på bara mitt namn, ingen legitimation, inga pengar i förskott".

A rule that gives a thing only against something (ID, a deposit) is broken by the speaker's
own act told done, in the past, in one clause ("jag fick en elcykel", "vi hyrde kanoten"),
and, in a later clause of the same sentence that holds no verb of its own, the requirement
named as none ("ingen legitimation", "inget leg alls", "inga pengar i förskott", "ingen
deposition behövdes"). The clause of the act must deny, wish, ask or suppose nothing, so that
"jag fick inte hyra, ingen legitimation" (a refusal and its reason) and "jag ville hyra, men
ingen legitimation" break nothing; nor does a requirement said lacking before any act ("ingen
legitimation, så jag fick åka hem"). The rule needs no list of services: any past verb of
the speaker's is the act.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kundrost.adapters.offline.lexicon import NEGATIONS
from kundrost.adapters.offline.patterns import listed

_NONE = listed("ingen inget inga utan")
_TRAILING = listed("alls heller ens behövdes krävdes i förskott eller något sånt sådant")
"""Words a verbless clause of a requirement waived may end with ("inga pengar i förskott",
"ingen legitimation behövdes")."""
_SPEAKER = listed("jag vi")
_GOT = listed("fick tog lånade hyrde köpte gav lät")
_SUPPOSED = listed(
    """ville vill försökte försöker kan kunde skulle vore borde önskar önskade om ifall
    hoppades tänkte undrade undrar frågade får så"""
)


def _act(tokens: Sequence[str]) -> str | None:
    """The speaker's own past act in a clause ("jag fick", "vi hyrde"), or None."""
    if _SPEAKER.isdisjoint(tokens[:3]):
        return None
    if not NEGATIONS.isdisjoint(tokens) or not _SUPPOSED.isdisjoint(tokens):
        return None
    return next(
        (t for t in tokens if t in _GOT or (len(t) > 3 and t.endswith(("ade", "de", "te")))),
        None,
    )


def waived(clauses: Sequence[Sequence[str]], required: re.Pattern[str]) -> str | None:
    """The words of a sentence, by its clauses' tokens, that tell an act done and then, in a
    verbless clause of its own, the requirement `required` matches named as none."""
    act: str | None = None
    for tokens in clauses:
        if act is None:
            act = _act(tokens)
            continue
        if not tokens or tokens[0] not in _NONE:
            continue
        rest = " ".join(tokens[1:])
        found = required.match(rest)
        if found is None:
            found = required.match(" ".join(tokens[2:])) if len(tokens) > 2 else None
        if found is None:
            continue
        tail = " ".join(tokens).split(found.group(0), 1)[-1].split()
        if all(word in _TRAILING for word in tail):
            return f"{act} … {tokens[0]} {found.group(0)}"
    return None
