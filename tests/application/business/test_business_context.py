import asyncio
from decimal import Decimal

import pytest

from kundrost.application.business_context import GetBusinessContext, PutBusinessContext
from kundrost.domain.completeness import Gap
from kundrost.ports.errors import ContextConflict, NotFound
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.unit.context_builders import (
    OTHER_STORE_ID,
    STORE_ID,
    a_business_context,
    an_empty_context,
)


async def test_a_new_stores_context_is_stored_as_version_1(new_uow: UnitOfWorkFactory) -> None:
    saved = await PutBusinessContext(new_uow)(a_business_context())
    assert saved.context.version == 1
    assert await GetBusinessContext(new_uow)(STORE_ID) == saved.context


async def test_each_put_stores_the_next_version_whatever_version_the_caller_sent(
    new_uow: UnitOfWorkFactory,
) -> None:
    put = PutBusinessContext(new_uow)
    await put(a_business_context(version=7))
    second = await put(a_business_context(store_name="Lindqvists Livs Söder", version=1))
    stored = await GetBusinessContext(new_uow)(STORE_ID)
    assert (second.context.version, stored.version) == (2, 2)
    assert stored.store_name == "Lindqvists Livs Söder"


async def test_a_complete_context_scores_1_without_gaps_or_warnings(
    new_uow: UnitOfWorkFactory,
) -> None:
    completeness = (await PutBusinessContext(new_uow)(a_business_context())).completeness
    assert (completeness.score, completeness.gaps, completeness.warnings) == (
        Decimal("1.00"),
        (),
        (),
    )


async def test_a_weak_context_is_stored_and_the_store_warned_of_each_gap(
    new_uow: UnitOfWorkFactory,
) -> None:
    saved = await PutBusinessContext(new_uow)(an_empty_context())
    assert saved.completeness.score == Decimal("0.00")
    assert set(saved.completeness.gaps) == set(Gap)
    assert len(saved.completeness.warnings) == len(Gap)
    assert await GetBusinessContext(new_uow)(STORE_ID) == saved.context


async def test_a_context_just_below_the_threshold_is_warned_and_one_at_it_is_not(
    new_uow: UnitOfWorkFactory,
) -> None:
    put = PutBusinessContext(new_uow)
    # opening hours 0.30 + departments 0.30 = 0.60: at the threshold
    at_threshold = a_business_context(question_configuration=(), baseline_facts=())
    assert (await put(at_threshold)).completeness.warnings == ()
    below = a_business_context(departments=(), question_configuration=(), baseline_facts=())
    assert (await put(below)).completeness.is_weak


async def test_getting_the_context_of_a_store_that_never_put_one_is_not_found(
    new_uow: UnitOfWorkFactory,
) -> None:
    await PutBusinessContext(new_uow)(a_business_context())
    with pytest.raises(NotFound) as refused:
        await GetBusinessContext(new_uow)(OTHER_STORE_ID)
    assert refused.value.code == "NOT_FOUND"
    assert refused.value.details["id"] == str(OTHER_STORE_ID)


async def test_puts_that_run_one_after_the_other_get_versions_1_and_2(
    new_uow: UnitOfWorkFactory,
) -> None:
    put = PutBusinessContext(new_uow)
    saved = await asyncio.gather(put(a_business_context()), put(an_empty_context()))
    assert sorted(s.context.version for s in saved) == [1, 2]


async def test_of_two_edits_that_read_the_same_version_the_second_to_commit_conflicts(
    racing_uow: UnitOfWorkFactory,
) -> None:
    put = PutBusinessContext(racing_uow)
    first, second = await asyncio.gather(
        put(a_business_context(store_name="Först")),
        put(a_business_context(store_name="Sist")),
        return_exceptions=True,
    )
    assert not isinstance(first, BaseException)
    assert isinstance(second, ContextConflict)
    assert second.code == "CONTEXT_CONFLICT"
    stored = await GetBusinessContext(racing_uow)(STORE_ID)
    assert stored == first.context
    assert stored.store_name == "Först"
