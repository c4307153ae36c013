"""Own clauses: another business named in a later clause of a sentence, not in the clause
that tells the visit.

"Jag köpte en flaska vin i kassan och hämtade ett paket från nätbutiken" tells a purchase
here and a parcel from a business on the net: the net shop is of the second clause only. A
sentence's first clause, up to the "och", "men" or "sen" that opens another clause with a
verb of its own ("och hämtade", "och sen gick jag"), is read as this store's when it places
itself here (a department of the store, "här", "hos er"), names no other business itself,
and the later clause points nothing back at it ("och hämtade den från nätbutiken" tells the
wine's own way here, so it stays the net shop's).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from kundrost.adapters.offline.patterns import listed

_JOINS = listed("och men sen sedan")
_SUBJECTS = listed("jag vi")
_THEN = listed("sen sedan också då")
_POINTING = listed("den det dem dom där dit därifrån")
_HERE = listed("här hit")
_PAST = ("ade", "de", "te", "dde", "tt")
_STRONG = listed("gick tog fick kom var såg drack bar hittade")


def _opens_clause(tokens: Sequence[str], at: int) -> bool:
    """A join followed by a verb of the past, after a subject or "sen" if any: "och hämtade",
    "och sen gick", "men jag tog"."""
    after = [t for t in tokens[at + 1 : at + 4] if t not in _SUBJECTS and t not in _THEN]
    return bool(after) and (after[0] in _STRONG or (after[0].endswith(_PAST) and len(after[0]) > 3))


def own_clause(
    tokens: Sequence[str],
    named: Callable[[str], str | None],
    names_other: Callable[[str], bool],
) -> int | None:
    """How many words of a clause tell the visit here before a later clause that names
    another business (module docstring), or None when the first clause is not so placed.
    `named` gives the store department a word names, `names_other` whether words (joined by
    spaces) name another business."""
    cut = next(
        (at for at, token in enumerate(tokens) if token in _JOINS and _opens_clause(tokens, at)),
        None,
    )
    if cut is None:
        return None
    first, rest = tokens[:cut], tokens[cut:]
    placed = not _HERE.isdisjoint(first) or ("hos", "er") in pairwise(first)
    placed = placed or any(named(token) is not None for token in first)
    if not placed or not _POINTING.isdisjoint(rest) or names_other(" ".join(first)):
        return None
    return cut if names_other(" ".join(rest)) else None
