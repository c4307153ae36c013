"""A thing a fact denies a transfer of, pointed back at by a pronoun in the next clause.

"Vi köpte en kanin. Den tog de tillbaka dagen efter." and "Killen plockade upp en kattunge
och sålde den till oss" tell the denied act (`fact_transfers`) with "den" for the thing
named just before. A pronoun ("den", "det" for one thing, "de", "dem", "dom" for several)
is read as the last word before it, in its sentence or the one before in the same answer,
that names the fact's thing and agrees with it in number; the clause is then read again with
that word in the pronoun's place, so the act must still govern it. The staff act a fact denies on a
thing ("reparerar inte elsparkcyklar", "kör inte hem cyklar") is read so too (`offline-28`):
"Jag lämnade in min elsparkcykel … och de fixade den på en dag", and, from the first sentence
of an answer, with the thing named in the answer before ("Ja, en lådcykel." … "De körde hem
den åt oss"). Only the transfer and the staff act are read this way, never the thing merely
met ("det var gott" is no wine sold), and never in a clause
of what would have been ("jag hade köpt en öl om det funnits"; `fact_absent.supposed`), nor
of a thing got from a business on the net ("köpte en flaska vin från nätbutiken och hämtade
den här"; `fact_absent.got_online`): fetched here, it was not sold here.
"""

from __future__ import annotations

from collections.abc import Sequence

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.fact_absent import got_online, supposed
from kundrost.adapters.offline.fact_checks import staff_done
from kundrost.adapters.offline.fact_claims import Claim
from kundrost.adapters.offline.fact_things import the_thing
from kundrost.adapters.offline.fact_transfers import transferred
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.subjects import PLURAL_ENDINGS

POINTERS = listed("den det de dem dom")
_SEVERAL = listed("de dem dom")


_COUNTED = listed("två tre fyra fem sex några flera båda")


def _agrees(pointer: str, token: str, counted: bool, modifier: bool = False) -> bool:
    """Number agreement: a plural by its ending or by a number before it ("två marsvin"); a
    weak adjective of the fact's thing ("min gamla", "mina gamla") is of either number."""
    if modifier and token.endswith("a"):
        return True
    return (pointer in _SEVERAL) == (counted or token.endswith(PLURAL_ENDINGS))


def _antecedent(claim: Claim, pointer: str, before: Sequence[str]) -> str | None:
    for at in range(len(before) - 1, -1, -1):
        token = before[at]
        if the_thing(claim, token) is not None:
            counted = at > 0 and before[at - 1] in _COUNTED
            modifier = any(token.startswith(part) for part in claim.modifiers)
            if got_online(before, at) or not _agrees(pointer, token, counted, modifier):
                return None
            return token
    return None


def _earlier(claim: Claim, evidence: Evidence, index: int) -> tuple[str, ...]:
    """The words a pronoun of sentence `index` may point back into: the sentence before in the
    same answer; for a staff act denied, in the first sentence of an answer, the whole answer
    before ("Ja, en lådcykel till familjen. Den var monterad." … "De körde hem den åt oss")."""
    turns = evidence.reading.sentence_turns
    if not index:
        return ()
    if turns[index - 1] == turns[index]:
        return evidence.sentence_tokens[index - 1]
    if not claim.activity:
        return ()
    earlier: tuple[str, ...] = ()
    for before in range(index - 1, -1, -1):
        if turns[before] != turns[index - 1]:
            break
        earlier = evidence.sentence_tokens[before] + earlier
    return earlier


def pointed_transfer(claim: Claim, evidence: Evidence, index: int) -> str | None:
    """The denied transfer, or the staff act denied on a thing (`fact_checks.staff_done`),
    told of the thing by a pronoun (module docstring)."""
    sentence = evidence.sentence_tokens[index]
    earlier = _earlier(claim, evidence, index)
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
            done = (
                staff_done(claim, told, (*earlier, *sentence))
                if claim.activity and not claim.act
                else transferred(claim, told, told)
            )
            if done is not None:
                return f"{said} … {token}"
    return None
