"""The store every honest-answer material builds (`honest_speech_15`, `honest_facts_15`,
`honest_visits_15`): open the same hours every day, one question, no campaigns, and a store id
of the material's own series so that no two materials share one."""

from __future__ import annotations

from uuid import UUID

from kundrost.domain.business_context import BaselineFact, BusinessContext, Department, Question
from kundrost.domain.ids import StoreId
from tests.unit.context_builders import a_business_context, every_day


def honest_store(
    series: int,
    number: int,
    name: str,
    opens: str,
    closes: str,
    departments: tuple[Department, ...],
    facts: tuple[BaselineFact, ...],
) -> BusinessContext:
    return a_business_context(
        store_id=StoreId(UUID(f"00000000-0000-4000-{series:04d}-{number:012d}")),
        store_name=name,
        operating_hours=every_day(opens, closes),
        departments=departments,
        baseline_facts=facts,
        current_campaigns=(),
        question_configuration=(Question("Hur var ditt besök idag?"),),
    )


def fact_store(
    series: int,
    number: int,
    name: str,
    departments: dict[str, tuple[str, ...]],
    *facts: str,
    hours: tuple[str, str] = ("10:00", "18:00"),
) -> BusinessContext:
    """`honest_store` told compactly: each department by its name with its aliases, the facts
    as the owner wrote them."""
    return honest_store(
        series,
        number,
        name,
        *hours,
        tuple(Department(department, aliases) for department, aliases in departments.items()),
        tuple(BaselineFact(fact) for fact in facts),
    )
