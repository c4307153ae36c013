"""Clashes of kind: fluent sentences whose words cannot go together.

Three readings, each one point of nonsense (`surreal`):

- A day or a month graded like a quality: a degree word right before a weekday or a month,
  said of something ("Bemötandet var ganska onsdag", "Produkten fungerar ganska oktober",
  "ramen var lite för mycket tisdag"). The colloquial "det kändes väldigt fredag" has no
  subject but "det", and "mycket på fredagar" or "mycket folk i fredags" grade no day.
- Something with no body handled as matter: sewn, washed, dried, poured, mounted, charged
  or tinned silence, opinions or thoughts ("skulle tystnaden sys upp", "tvättade mina
  åsikter", "en burk torkad tystnad"). Silence in a room or an opinion told is no clash
  ("tystnaden i lokalen var skön", "hon tvättade och sa sin åsikt" are read clause by
  clause, and only the words of one clause go together).
- An act undone in the same breath: "betalade utan att betala", "var där och inte där",
  "klar … och ändå inte klar", a word said again negated at the end of the sentence. An
  object after it ("betalade utan att betala extra", "hade bokat men inte bokat frukost")
  makes an ordinary distinction.
"""

from __future__ import annotations

from kundrost.adapters.offline.evidence_types import Evidence
from kundrost.adapters.offline.nonsense import FUNCTION_WORDS
from kundrost.adapters.offline.patterns import listed

_DEGREE = listed("ganska mycket väldigt lite rätt jätte")
_DAYS = (
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "januari",
    "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
    "november", "december",
)  # fmt: skip
_DAY_PARTS = ("", "s", "en", "kväll", "skväll", "morgon", "smorgon", "eftermiddag")
_GRADED_DAYS = frozenset(day + part for day in _DAYS for part in _DAY_PARTS)
_NO_SUBJECT = listed("det de dom")
_BODILESS = listed(
    """tystnad tystnaden tystnader åsikt åsikten åsikter åsikterna tanke tanken tankar
    tankarna hemlängtan"""
)
_HANDLING = listed(
    """sy syr sydde sys sytt tvätta tvättar tvättade tvättad tvättades torka torkar torkade
    torkad torkat hälla häller hällde montera monterar monterade ladda laddar laddade
    laddad burk burken burkar påse påsen påsar"""
)
_NEGATIONS = listed("inte inga ingen inget")
_JOINS = listed("och men fast alltså ändå")
_ENDS = listed("samtidigt än heller")
_POINT = 1.0


def clash_points(evidence: Evidence) -> tuple[float, str]:
    """Points of the call's clashes of kind and the first clause that holds one."""
    words = evidence.words
    graded = not _DEGREE.isdisjoint(words) and not _GRADED_DAYS.isdisjoint(words)
    handled = not _BODILESS.isdisjoint(words) and not _HANDLING.isdisjoint(words)
    undone = not _NEGATIONS.isdisjoint(words) or "utan" in words
    if not (graded or handled or undone):
        return 0.0, ""
    points, first = 0.0, ""
    for clause in evidence.clauses:
        tokens = clause.clause.tokens
        found = (graded and _graded_day(tokens)) + (
            handled and not _BODILESS.isdisjoint(tokens) and not _HANDLING.isdisjoint(tokens)
        )
        if found:
            points += found * _POINT
            first = first or clause.clause.text
    if undone:
        for tokens, phrase in zip(evidence.sentence_tokens, evidence.phrases, strict=True):
            if _undone(tokens):
                points += _POINT
                first = first or phrase
    return points, first


def _graded_day(tokens: tuple[str, ...]) -> bool:
    return tokens[0] not in _NO_SUBJECT and any(
        token in _GRADED_DAYS and tokens[index - 1] in _DEGREE
        for index, token in enumerate(tokens)
        if index
    )


def _undone(tokens: tuple[str, ...]) -> bool:
    """A word said again after "utan att" or a joined negation, with nothing after it but the
    sentence's end, "och", "men", "samtidigt" or "än"."""
    for index in range(3, len(tokens)):
        word = tokens[index]
        if word in FUNCTION_WORDS or len(word) < 3:
            continue
        after = tokens[index + 1] if index + 1 < len(tokens) else ""
        if after and after not in _JOINS and after not in _ENDS:
            continue
        one, two = tokens[index - 2], tokens[index - 1]
        if (one, two) == ("utan", "att") or (two in _NEGATIONS and one in _JOINS):
            stem = word[:4]
            if any(token.startswith(stem) for token in tokens[: index - 2] if len(token) > 2):
                return True
    return False
