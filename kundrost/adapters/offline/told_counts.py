"""Counts told twice: how many there were, said once and then said otherwise.

`recounted` reads one staff member, a purchase told again as a fraction and tenure against
age of staff; this reads the customer's own counts, each one point towards an impossible
claim, and sums the readings of counts told twice (`done_counts`, `party_counts`,
`own_years`):

- a count declared — "vi var tre personer", "jag har två barn", "jag köpte tre kulor",
  "min enda hund" — and later all of them told as more: "alla fem i sällskapet", "alla mina
  tre barn", "alla fem kulorna", "båda hundarna". "Alla" and "båda" say the whole of what
  was declared, so a larger whole cannot be the same group; a smaller one may be a part of
  it ("vi var fem" … "alla tre barnen"). The same thing is told by the same stem ("kulor",
  "kulorna"), people by "personer", "i sällskapet" or a bare "vi var tre". A count that
  changes for a reason ("sen kom två kompisar till", "till slut", "fler", "nej förresten")
  is no contradiction. Since offline-15 also: a count left in, sent or bought "bara"
  ("lämnade in en cykel", "köpte bara en flaska") against "båda cyklarna", "de tre paren"
  (not a group named by another act: "de tre tröjorna jag provade"), and "det sjunde
  paketet" of three (not "den femte boken i serien"); a party told by its count alone
  ("alla fyra fick", "vi sex smakade", "tog oss fem runt"); not another's share beside the
  count ("en cykel och min man lämnade in sin"), nor more taken ("tog tre till").

Each reading is tried only when its words are said ("alla" or "båda" with a count, "år").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from kundrost.adapters.offline.consistency import ordinal
from kundrost.adapters.offline.count_words import (
    CHANGED,
    DECLARED_WORDS,
    JOINED,
    MORE,
    NOT_COUNTED,
    SMALL_COUNTS,
    shared_with_kin,
)
from kundrost.adapters.offline.done_counts import done_told_otherwise
from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.numbers import word_value
from kundrost.adapters.offline.own_years import older_doing_than_living
from kundrost.adapters.offline.party_counts import party_told_twice
from kundrost.adapters.offline.patterns import listed

_PEOPLE = "personer"
_PEOPLE_WORDS = listed("personer personerna pers stycken st")
_DECLARED = (
    re.compile(r"\bvi var (?P<n>\w+)(?: (?P<thing>\w+))?"),
    re.compile(r"\b(?:jag|vi) har (?P<n>\w+) (?P<thing>\w+)"),
    re.compile(
        r"\b(?:jag|vi) (?:köpte|beställde|tog|fick|hyrde|skickade|lämnade in) (?:bara |endast )?"
        r"(?P<n>\w+) (?P<thing>\w+)"
    ),
    re.compile(r"\b(?:min|mitt|vår|vårt) (?P<n>enda) (?P<thing>\w+)"),
)
_DECLARED_NEEDS = (
    listed("var"),
    listed("har"),
    listed("köpte beställde tog fick hyrde skickade lämnade"),
    listed("enda"),
)
"""For each of `_DECLARED`, words one of which its phrase holds: a sentence without them is
not searched for it (tests/analyzer/test_offline_gates.py)."""
_BY_ANOTHER_ACT = r"(?:som|jag|vi|han|hon|de|dom|ni)\b"
"""A group named by another act ("de tre tröjorna jag provade") is not the one bought."""
_TOLD_OF_ALL = (
    r"\w+(?:ade|de|te)|fick|tog|satt|var|åt|gick|kom|stod|drack|såg|fanns|runt|genom|"
    r"tillsammans|allihop"
)
"""What follows a whole group of people said by its count alone: a verb in the past ("alla
fyra fick", "vi sex smakade") or where it was taken ("tog oss fem runt")."""
_ALL = (
    re.compile(
        r"\balla (?:mina |våra |de |dom )?(?P<n>\w+) (?P<thing>i (?:sällskapet|gruppen|gänget))"
    ),
    re.compile(r"\balla (?:mina |våra |de |dom )?(?P<n>\w+) (?P<thing>\w+)"),
    re.compile(r"\b(?P<n>båda|bägge) (?:mina |våra )?(?P<thing>\w+)"),
    re.compile(r"\b(?:de|dom) (?P<n>\w+) (?P<thing>\w+(?:na|en|et))\b(?! " + _BY_ANOTHER_ACT + ")"),
    re.compile(r"\b(?:alla|oss|vi) (?P<n>\w+)(?P<thing>)(?= (?:" + _TOLD_OF_ALL + r")\b)"),
)
_ALL_NEEDS = (
    listed("alla"),
    listed("alla"),
    listed("båda bägge"),
    listed("de dom"),
    listed("alla oss vi"),
)
"""For each of `_ALL`, as `_DECLARED_NEEDS` for `_DECLARED`."""
_WHOLE_WORDS = listed("alla båda bägge")
_ALL_WORDS = _WHOLE_WORDS | listed("de dom oss vi")
"""Every phrase of `_ALL` holds one of these words."""
_GROUPS = ("i sällskapet", "i gruppen", "i gänget")


class _Count(NamedTuple):
    sentence: int
    value: float
    thing: str


def _value(word: str) -> float | None:
    if word == "enda":
        return 1.0
    if word in ("båda", "bägge"):
        return 2.0
    return word_value(word)


def _thing(word: str | None) -> str:
    if not word or word in _PEOPLE_WORDS or word in NOT_COUNTED or word.startswith(_GROUPS):
        return _PEOPLE
    return word


def _same(one: str, other: str) -> bool:
    """The same thing by its stem: "kulor" and "kulorna", "hund" and "hundarna"."""
    if one == _PEOPLE or other == _PEOPLE:
        return one == other
    return any(
        a[: (stem := max(3, min(len(a), len(b), 4)))] == b[:stem]
        for a in _forms(one)
        for b in _forms(other)
    )


def _forms(word: str) -> tuple[str, ...]:
    """A word and its stem with the last syllable's "e" dropped, as in the plural: "cykel"
    and "cykl" ("cyklarna"), "vinter" and "vintr"."""
    if len(word) > 4 and word[-2] == "e" and word[-1] in "lrn" and word[-3] not in "aeiouyåäö":
        return word, word[:-2] + word[-1]
    return (word,)


def _counts(
    evidence: Evidence,
    patterns: tuple[re.Pattern[str], ...],
    words: frozenset[str],
    needs: tuple[frozenset[str], ...],
) -> list[_Count]:
    """The counts `patterns` read, in the sentences holding one of the `words` every one of
    them needs, each pattern only where one of its own `needs` is said
    (tests/analyzer/test_offline_gates.py)."""
    found: list[_Count] = []
    for index, text in enumerate(evidence.phrases):
        tokens = evidence.sentence_tokens[index]
        if evidence.cues[index].elsewhere or words.isdisjoint(tokens):
            continue
        for pattern, needed in zip(patterns, needs, strict=True):
            if needed.isdisjoint(tokens):
                continue
            for match in pattern.finditer(text):
                value = _value(match.group("n"))
                if value is None or value != int(value) or value > 100:
                    continue
                thing = match.group("thing")
                if pattern is _DECLARED[0] and _thing(thing) != _PEOPLE:
                    continue  # "vi var sex vuxna": a part of the group, not all of it
                found.append(_Count(index, value, _thing(thing)))
    return found


def _grown(evidence: Evidence) -> bool:
    if _WHOLE_WORDS.isdisjoint(evidence.words) and not (
        not _COUNTED_WORDS.isdisjoint(evidence.words)
        and not SMALL_COUNTS.isdisjoint(evidence.words)
    ):
        return False
    declared = _counts(evidence, _DECLARED, DECLARED_WORDS, _DECLARED_NEEDS)
    if not declared:
        return False
    if _nth_beyond(evidence, [c for c in declared if c.thing != _PEOPLE]):
        return True
    for whole in _counts(evidence, _ALL, _ALL_WORDS, _ALL_NEEDS):
        for count in declared:
            if count.sentence > whole.sentence or whole.value <= count.value:
                continue
            if not _same(count.thing, whole.thing):
                continue
            if shared_with_kin(evidence.sentence_tokens[count.sentence]):
                continue
            between = evidence.sentence_tokens[count.sentence : whole.sentence + 1]
            if any(not CHANGED.isdisjoint(tokens) for tokens in between):
                continue
            if any(
                JOINED.search(text) or MORE.search(text)
                for text in evidence.phrases[count.sentence : whole.sentence + 1]
            ):
                continue
            return True
    return False


_NTH = re.compile(
    r"\b(?:det|den) (?P<nth>\w+) (?P<thing>\w+(?:et|en|n))\b(?! i\b| " + _BY_ANOTHER_ACT + ")"
)
_NTH_WORDS = listed("det den")
_COUNTED_WORDS = _ALL_WORDS | _NTH_WORDS
"""Words one of which, with a small count, a whole told as more needs besides `_WHOLE_WORDS`."""


def _nth_beyond(evidence: Evidence, declared: list[_Count]) -> bool:
    """The seventh of three: "jag skickade tre paket" … "det sjunde paketet vägdes"; a
    place in a series ("den femte boken i serien") is not one of those bought."""
    for index, text in enumerate(evidence.phrases):
        if _NTH_WORDS.isdisjoint(evidence.sentence_tokens[index]):
            continue
        for found in _NTH.finditer(text):
            nth = ordinal(found.group("nth"))
            if nth is None or nth < 3:
                continue
            for count in declared:
                later = count.sentence < index and nth >= count.value + 2
                if later and _same(count.thing, found.group("thing")):
                    return True
    return False


def told_count_points(evidence: Evidence) -> tuple[float, str]:
    """One point per contradiction read (module docstring), and a sentence saying it."""
    points = (
        float(_grown(evidence))
        + float(older_doing_than_living(evidence))
        + float(done_told_otherwise(evidence))
        + float(party_told_twice(evidence))
    )
    said = "Kunden anger ett antal och senare ett större antal av samma." if points else ""
    return points, said
