"""A thing a fact denies a transfer of, pointed back at by a pronoun in the next clause.

"Vi köpte en kanin. Den tog de tillbaka dagen efter." and "Killen plockade upp en kattunge
och sålde den till oss" tell the denied act (`fact_transfers`) with "den" for the thing
named just before. A pronoun ("den", "det" for one thing, "de", "dem", "dom" for several)
is read as the last word before it, in its sentence or the one before in the same answer,
that names the fact's thing and agrees with it in number; the clause is then read again with
that word in the pronoun's place, so the act must still govern it. Only the transfer is read
this way, never the thing merely met ("det var gott" is no wine sold), and never in a clause
of what would have been ("jag hade köpt en öl om det funnits"; `fact_absent.supposed`), nor
of a thing got from a business on the net ("köpte en flaska vin från nätbutiken och hämtade
den här"; `fact_absent.got_online`): fetched here, it was not sold here.
"""

from __future__ import annotations

from collections.abc import Sequence

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.fact_absent import got_online, supposed
from kundrost.adapters.offline.fact_claims import Claim
from kundrost.adapters.offline.fact_things import the_thing
from kundrost.adapters.offline.fact_transfers import transferred
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.subjects import PLURAL_ENDINGS

POINTERS = listed("den det de dem dom")
_SEVERAL = listed("de dem dom")


_COUNTED = listed("två tre fyra fem sex några flera båda")


def _agrees(pointer: str, token: str, counted: bool) -> bool:
    """Number agreement: a plural by its ending or by a number before it ("två marsvin")."""
    return (pointer in _SEVERAL) == (counted or token.endswith(PLURAL_ENDINGS))


def _antecedent(claim: Claim, pointer: str, before: Sequence[str]) -> str | None:
    for at in range(len(before) - 1, -1, -1):
        token = before[at]
        if the_thing(claim, token) is not None:
            counted = at > 0 and before[at - 1] in _COUNTED
            if got_online(before, at) or not _agrees(pointer, token, counted):
                return None
            return token
    return None


def pointed_transfer(claim: Claim, evidence: Evidence, index: int) -> str | None:
    """The denied transfer told of the thing by a pronoun (module docstring)."""
    sentence = evidence.sentence_tokens[index]
    turns = evidence.reading.sentence_turns
    earlier: tuple[str, ...] = ()
    if index and turns[index - 1] == turns[index]:
        earlier = evidence.sentence_tokens[index - 1]
    for clause in evidence.in_sentence(index):
        tokens = clause.clause.tokens
        if supposed(tokens):
            continue
        for at, token in enumerate(tokens):
            if token not in POINTERS:
                continue
            start = sentence.index(tokens[0]) if tokens[0] in sentence else 0
            said = _antecedent(claim, token, earlier + tuple(sentence[:start]) + tokens[:at])
            if said is None:
                continue
            told = (*tokens[:at], said, *tokens[at + 1 :])
            if transferred(claim, told, told) is not None:
                return f"{said} … {token}"
    return None
