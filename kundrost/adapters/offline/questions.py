"""Questions: a customer who asks the store something tells nothing of the visit.

"Har ni öppet på nyårsafton?", "Tar ni emot stora paket?", "Finns det parkering?", "Vad
kostar det att skicka ett paket?" ask what the store could answer; they observe nothing,
whatever they name. A question that finds fault or wishes is read as before: one with a
denial ("Kan ni inte ha en back med mogna bananer?"), one that judges ("Är det meningen att
kön ska vara så lång?"), one that asks why or how ("Hur ska man prova skor utan att öppna
kartongen?") or one cued as a wish or a suggestion.

A question asked for yes or no ("Köpte jag en kokbok?", "Har ni inga böcker?", "Säljer ni
inte vin?") states nothing of the visit either, so no fact is contradicted by it
(`yes_or_no`); a question that asks why or how takes its event as told, and one that says
"att" holds a statement ("Visste ni att jag köpte vin här?").
"""

from __future__ import annotations

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed

_OPENERS = listed("men och eller nej ja jo så okej förresten")
_ASKING = listed(
    """har hade finns fanns tar tog säljer sålde kan går gör brukar skickar lagar hyr
    levererar öppnar stänger"""
)
"""Verbs that open a question of what the store has, does or takes."""
_ASKED = listed("ni man det")
_PRICE_ASKED = listed("kostar kostade tar")
"""After "vad": "vad kostar det …", "vad tar ni för …"."""
_DENIALS = listed("inte ej aldrig ingen inget inga ingenting")


def _asks(tokens: tuple[str, ...]) -> bool:
    start = 0
    while start < len(tokens) - 1 and tokens[start] in _OPENERS:
        start += 1
    first, second = tokens[start], tokens[start + 1] if start + 1 < len(tokens) else ""
    if first in _ASKING:
        return second in _ASKED
    return first == "vad" and second in _PRICE_ASKED


def asked(evidence: Evidence) -> frozenset[int]:
    """The sentences that ask the store for something it could answer (module docstring):
    each ends in a question mark, has a clause that opens (after "men", "och", "eller",
    "nej" …) with a verb of having, doing or taking before "ni", "man" or "det", or with "vad
    kostar", and holds no denial, no judgement and no wish or suggestion."""
    found: set[int] = set()
    for index, sentence in enumerate(evidence.reading.sentences):
        if not sentence.endswith("?"):
            continue
        tokens = evidence.sentence_tokens[index]
        clauses = evidence.in_sentence(index)
        if (
            any(_asks(c.clause.tokens) for c in clauses)
            and _DENIALS.isdisjoint(tokens)
            and not evidence.cues[index].actionable
            and not any(c.positive or c.negative for c in clauses)
        ):
            found.add(index)
    return frozenset(found)


_SUBJECTS = listed("jag du ni vi man det de dom han hon den")
_NOT_VERBS = _SUBJECTS | listed(
    """vad varför hur när vem vilken vilket vilka vems sen sedan då här där nu också bara
    inte aldrig"""
)


def _verb_first(tokens: tuple[str, ...]) -> bool:
    """A clause that opens (after "men", "och", "ja" …) with a verb before its subject: "köpte
    jag", "har ni", "säljer ni"."""
    start = 0
    while start < len(tokens) - 1 and tokens[start] in _OPENERS:
        start += 1
    return (
        start + 1 < len(tokens)
        and tokens[start] not in _NOT_VERBS
        and tokens[start + 1] in _SUBJECTS
    )


def yes_or_no(evidence: Evidence) -> frozenset[int]:
    """The sentences that ask for yes or no (module docstring): each ends in a question mark,
    opens with a verb before its subject and holds no "att"."""
    return frozenset(
        index
        for index, sentence in enumerate(evidence.reading.sentences)
        if sentence.endswith("?")
        and "att" not in evidence.sentence_tokens[index]
        and _verb_first(evidence.sentence_tokens[index])
    )
