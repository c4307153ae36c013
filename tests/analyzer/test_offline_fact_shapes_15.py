"""Baseline facts and departments at nine more trades (`fact_shapes_15`): an honest sentence
around a fact (agreeing as experienced, accepting or regretting it, a wish, another store, an
exception the fact allows) contradicts nothing, an account of what a fact rules out
contradicts it, and a department is unknown only when told as used in this store.

Every store, fact and sentence was written for `fact_shapes_15` before the analyzer ran on
it.
"""

from __future__ import annotations

import pytest

from tests.analyzer.fact_shapes import Said, moment
from tests.analyzer.fact_shapes_15 import DEPARTMENTS, SAID, STORES, Told, context
from tests.analyzer.offline_calls import contradicted_facts, department_unknown, said_cases


def _each(reason: str, *texts: str) -> dict[str, str]:
    return dict.fromkeys(texts, reason)


MISSED: dict[str, str] = {}
"""Contradictions the checker does not yet catch, each with the reason."""

FLAGGED: dict[str, str] = {}
"""Honest sentences the checker still flags, each with the reason."""

UNREAD: dict[str, str] = {}
"""Department sentences not yet read as they are, each with the reason."""


def contradictions(said: Said) -> list[str]:
    return contradicted_facts(said.text, context(said.store), moment(said.at))


@pytest.mark.parametrize("said", said_cases((s for s in SAID if not s.contradicts), FLAGGED))
def test_an_honest_sentence_contradicts_nothing(said: Said) -> None:
    assert contradictions(said) == []


@pytest.mark.parametrize("said", said_cases((s for s in SAID if s.contradicts), MISSED))
def test_an_account_of_what_a_fact_rules_out_contradicts_it(said: Said) -> None:
    assert contradictions(said)


@pytest.mark.parametrize("told", said_cases(DEPARTMENTS, UNREAD))
def test_a_department_is_unknown_only_when_told_as_used_here(told: Told) -> None:
    assert department_unknown(told.text, context(told.store), moment("wed 12:00")) is told.lacking


def test_the_material_holds_enough_of_each() -> None:
    assert len(STORES) == 9
    honest = [s for s in SAID if not s.contradicts]
    assert len(honest) >= 150
    assert len(SAID) - len(honest) >= 90
    assert sum(t.lacking for t in DEPARTMENTS) >= 18
    assert sum(not t.lacking for t in DEPARTMENTS) >= 27
