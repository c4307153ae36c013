"""Visit accounts: which sentences tell of this visit as the customer lived it.

An account of how one visit went is read only in what the customer tells of it — not a
habit, another day, another store, a wish, a hypothetical or hearsay — and an impossible one
in two such sentences. `told` says whether a sentence is one; `told_sentences` walks them for
the readings that pair them (`visit_clashes` and its modules, `visit_people`, `visit_scene`,
`visit_service`, `told_totals`, `told_counts`, `left_behind`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from weakref import ref

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.patterns import listed
from kundrost.adapters.offline.state_reading import OTHER_TIME

_UNTOLD = re.compile(
    r"\b(?:oftast|vanligtvis|annars|om (?:jag|vi)|skulle|hade varit|vore|ska|tänkte)\b"
)
"""A habit, a plan or a hypothetical (another day or visit is `OTHER_TIME`): no account of
this visit."""
_HEARSAY = re.compile(
    r"\b(?:sa|sade|säger|berättade|påstod|menade|trodde|tyckte|tycker|hävdade) att\b|"
    r"\b(?:enligt|påstod|trodde|lär)\b"
)
"""What someone said was so, not what the customer saw."""
_NOT_LIVED = re.compile("|".join(f"(?:{p.pattern})" for p in (_UNTOLD, OTHER_TIME, _HEARSAY)))
"""The three in one search, a third cheaper than three on a sentence."""
_NOT_LIVED_WORDS = listed(
    """oftast vanligtvis annars om skulle hade vore ska tänkte går igår förrgår förra sist
    senast nästa gång brukar brukade ibland somras vintras våras höstas sedan sen sa sade
    säger berättade påstod menade trodde tyckte tycker hävdade enligt lär"""
)
"""Every phrase of `_NOT_LIVED` but a day ("i måndags") holds one of these words, and a day
holds "dags" (tests/analyzer/test_offline_gates.py)."""


_told: tuple[Callable[[], Evidence | None], dict[int, bool]] = (lambda: None, {})
"""`told` of the call read last, by sentence: a dozen readings ask it of the same sentences,
and `_NOT_LIVED` is the dearest test they share. Held for one evidence object, by a weak
reference so that nothing outlives the call, and never found by its words, so no call is
answered from another's."""


def told(evidence: Evidence, index: int) -> bool:
    """Whether sentence `index` tells of this visit as the customer lived it."""
    global _told
    of, answers = _told
    if of() is not evidence:
        answers = {}
        _told = (ref(evidence), answers)
    answer = answers.get(index)
    if answer is None:
        cues = evidence.cues[index]
        answer = not (
            cues.elsewhere
            or cues.wish
            or not_lived(evidence.sentence_tokens[index], evidence.phrases[index])
        )
        answers[index] = answer
    return answer


def not_lived(tokens: tuple[str, ...], text: str) -> bool:
    """Whether `_NOT_LIVED` matches the sentence `text` of `tokens`, its words looked for
    first."""
    return (not _NOT_LIVED_WORDS.isdisjoint(tokens) or "dags" in text) and (
        _NOT_LIVED.search(text) is not None
    )


def told_sentences(
    evidence: Evidence, cues: frozenset[str] | None = None, besides: int = -1
) -> Iterator[tuple[int, tuple[str, ...], str]]:
    """Each sentence told of this visit (`told`) but sentence `besides`, as
    `Evidence.cued_sentences` gives it: index, tokens, phrase.

    An account of the visit is read only in what the customer tells of it, and an impossible
    one in two such sentences: a reading walks these, or pairs one of them with every other
    (`besides` it). With `cues`, only the sentences holding one of them, looked up before
    `told`'s patterns are run, since most sentences hold none.
    """
    for index, tokens in enumerate(evidence.sentence_tokens):
        if index == besides or (cues is not None and cues.isdisjoint(tokens)):
            continue
        if told(evidence, index):
            yield index, tokens, evidence.phrases[index]


def same_thing(one: str, other: str) -> bool:
    """The same thing in two forms, one's first four letters inside the other: "klänningen"
    and "klänningar", "cykel" and "elcykeln" (the account readings' one test of it)."""
    return one[:4] in other or other[:4] in one
