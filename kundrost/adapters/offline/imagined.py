"""Imagined beings: a fantastic being that lives in someone's play, belief or name for a thing.

A parent telling of a child who "har bestämt att springcykeln är en drake", "låtsas att
kundvagnen är en enhörning", "tror att det bor ett spöke i provhytten" or "kallar hjälmen för
Draken" tells the child's fantasy as such: the being is the child's, not an event of the
visit. Read here (`imagined_beings`):

- a being said after a verb of deciding, pretending, playing, believing, dreaming or saying
  ("bestämt", "låtsas", "leker", "tror", "inbillar sig", "drömmer", "säger", "påstår") whose
  subject is someone else than the speaker (not "jag", "vi", "man" before it in the
  sentence): what the customer vouches for themselves ("jag tror att det var en drake") is
  still a claim;
- a being given as a name ("kallar den för draken", "döpte cykeln till Draken", "som heter
  Draken"), whoever names it: a name is never a claim.

Once imagined, the being is the same being wherever the call names it again ("frågade om
draken var snäll" is the shop assistant playing along), so its word's stem is cleared for the
whole call. A being with no such frame ("en drake satt i kassan", "draken flög iväg med
hjälmen") is read as before (`surreal`).
"""

from __future__ import annotations

from collections.abc import Callable

from kundrost.adapters.offline.patterns import listed

_IMAGINING = listed(
    """bestämt bestämde bestämmer låtsas låtsades låtsat leker lekte lekt tror trodde trott
    inbillar inbillade fantiserar fantiserade drömmer drömde säger sa sade påstår påstod
    hävdar hävdade övertygad övertygade"""
)
"""Verbs whose clause after them is someone's play, belief or telling, not the speaker's
account."""
_NAMING = listed("kallar kallade kallat döpte döpt döper heter hette")
"""Verbs that give a thing a name: the being after them is a name."""
_SPEAKER = listed("jag vi man")
REACH = 8
NAMED_NEAR = 3
"""A name right after its verb ("heter Draken", "kallar den draken"); further on, only after
"för" or "till" ("kallar sina nya skidor för Draken", "döpte cykeln till Draken")."""
_AS = listed("för till")
"""Words from the verb to the being: further on, the sentence has moved on to other things."""
STEM = 4
"""Letters of a being's word that name it again in other forms ("drake", "draken")."""


def imagined_beings(
    sentences: tuple[tuple[str, ...], ...], being: Callable[[str], bool]
) -> frozenset[str]:
    """The stems (`STEM` letters) of the beings (`being`) the call places in someone's
    imagining or names (module docstring)."""
    stems: set[str] = set()
    for tokens in sentences:
        if _IMAGINING.isdisjoint(tokens) and _NAMING.isdisjoint(tokens):
            continue
        for index, token in enumerate(tokens):
            if being(token) and _framed(tokens, index):
                stems.add(token[:STEM])
    return frozenset(stems)


def _framed(tokens: tuple[str, ...], index: int) -> bool:
    for at in range(index - 1, -1, -1):
        verb = tokens[at]
        if verb in _NAMING and (
            index - at <= NAMED_NEAR or (index - at <= REACH and tokens[index - 1] in _AS)
        ):
            return True
        if verb in _IMAGINING:
            return index - at <= REACH and _SPEAKER.isdisjoint(tokens[:at])
    return False
