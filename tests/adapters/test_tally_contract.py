"""CallSessionRepository.tally and AssessmentRepository.tally contracts: what metrics count."""

from __future__ import annotations

from decimal import Decimal
from uuid import uuid4

from attrs import evolve

from kundrost.domain.analysis_cost import AnalysisUsage
from kundrost.domain.assessment import AnalysisMetadata, QualityAssessment
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus
from kundrost.domain.grading import QualityScores
from kundrost.domain.ids import StoreId, VerificationId
from kundrost.ports.tallies import AssessmentTally, SessionTally
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.storage_builders import (
    DAY,
    MINUTE,
    START,
    a_session,
    a_session_id,
    a_store,
    an_assessment_of,
)
from tests.adapters.storage_steps import UowFactory, committed, read, stored
from tests.unit.call_builders import a_call_session
from tests.unit.grading_builders import metadata

END = START + DAY
NOW = END + DAY


def a_call_lasting(seconds: int, store_id: StoreId) -> CallSession:
    session = a_call_session(CallStatus.COMPLETED, duration_seconds=seconds, now=START)
    return evolve(
        session, id=a_session_id(), verification_id=VerificationId(uuid4()), store_id=store_id
    )


def graded(
    store_id: StoreId,
    overall: str,
    *,
    reward: str | None = None,
    fraudulent: bool = False,
) -> QualityAssessment:
    """An assessment with every score at `overall`: qualifying when it has a `reward`,
    otherwise low-grade or fraudulent, its content deleted."""
    scores = QualityScores(*[Decimal(overall)] * 4)
    session = a_session(store_id=store_id)
    if reward is not None:
        return an_assessment_of(session, START, scores=scores, reward_percentage=Decimal(reward))
    return an_assessment_of(
        session,
        START,
        scores=scores,
        qualifies=False,
        reward_percentage=None,
        is_fraudulent=fraudulent,
        content_deleted=True,
        summary=None,
        themes=(),
        actionable_items=(),
    )


async def put(new_uow: UowFactory, *assessments: QualityAssessment) -> None:
    async def add(uow: UnitOfWork) -> None:
        for assessment in assessments:
            await uow.assessments.put(assessment)

    await committed(new_uow, add)


async def session_tally(new_uow: UowFactory, store_id: StoreId | None) -> SessionTally:
    return await read(
        new_uow, lambda uow: uow.sessions.tally(START, END, store_id=store_id, now=NOW)
    )


async def assessment_tally(new_uow: UowFactory, store_id: StoreId | None) -> AssessmentTally:
    return await read(new_uow, lambda uow: uow.assessments.tally(START, END, store_id=store_id))


async def test_a_session_tally_counts_calls_completions_and_completed_durations(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    await stored(
        new_uow,
        a_call_lasting(60, store),
        a_call_lasting(95, store),
        a_session(CallStatus.ABANDONED, store_id=store),
        a_session(CallStatus.FAILED, store_id=store),
        a_session(CallStatus.PENDING, store_id=store),
    )
    assert await session_tally(new_uow, store) == SessionTally(
        total=5, completed=2, duration_seconds_sum=155, durations=2
    )


async def test_a_session_is_not_counted_from_the_moment_it_expires(new_uow: UowFactory) -> None:
    store = a_store()
    expiring = [NOW - MINUTE, NOW, NOW + MINUTE]
    await stored(
        new_uow,
        *(
            evolve(a_call_lasting(seconds, store), expires_at=expires_at)
            for seconds, expires_at in zip((10, 20, 30), expiring, strict=True)
        ),
    )
    assert await session_tally(new_uow, store) == SessionTally(
        total=1, completed=1, duration_seconds_sum=30, durations=1
    )


async def test_a_session_tally_counts_one_store_or_all(new_uow: UowFactory) -> None:
    mine, other = a_store(), a_store()
    await stored(
        new_uow,
        a_call_lasting(60, mine),
        a_session(CallStatus.FAILED, store_id=mine),
        a_call_lasting(40, other),
    )
    assert (await session_tally(new_uow, mine)).total == 2
    assert await session_tally(new_uow, None) == SessionTally(
        total=3, completed=2, duration_seconds_sum=100, durations=2
    )


async def test_a_session_tally_counts_from_start_up_to_but_not_including_end(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    await stored(
        new_uow,
        *(
            a_session(CallStatus.FAILED, store_id=store, created_at=created_at)
            for created_at in (START - MINUTE, START, END - MINUTE, END)
        ),
    )
    assert (await session_tally(new_uow, store)).total == 2


async def test_a_session_tally_sees_the_units_own_uncommitted_sessions(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    async with new_uow() as uow:
        await uow.sessions.add(a_call_lasting(45, store))
        found = await uow.sessions.tally(START, END, store_id=store, now=NOW)
    assert found == SessionTally(total=1, completed=1, duration_seconds_sum=45, durations=1)


async def test_an_empty_period_tallies_to_zeros(new_uow: UowFactory) -> None:
    assert await session_tally(new_uow, None) == SessionTally(
        total=0, completed=0, duration_seconds_sum=0, durations=0
    )
    assert await assessment_tally(new_uow, None) == AssessmentTally(
        total=0,
        qualifying=0,
        fraudulent=0,
        overall_sum=Decimal(0),
        reward_percentage_sum=Decimal(0),
        quality_bands=(0, 0, 0, 0, 0),
    )


async def test_an_assessment_tally_counts_grades_and_sums_scores_and_rewards_exactly(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    await put(
        new_uow,
        graded(store, "0.7", reward="10.10"),
        graded(store, "0.6", reward="5.20"),
        graded(store, "0.1", fraudulent=True),
        graded(store, "0.2"),
    )
    found = await assessment_tally(new_uow, store)
    assert (found.total, found.qualifying, found.fraudulent) == (4, 2, 1)
    assert found.overall_sum == Decimal("1.6")
    assert found.reward_percentage_sum == Decimal("15.30")
    assert isinstance(found.overall_sum, Decimal)
    assert isinstance(found.reward_percentage_sum, Decimal)


async def test_an_assessment_tally_sums_the_models_tokens_and_cost_and_nothing_offline(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    offline = AnalysisMetadata("offline", "offline-3", 1)
    dearer = evolve(metadata(), prompt_tokens=2000, cost_usd=Decimal("0.000480"))
    await put(
        new_uow,
        graded(store, "0.7", reward="10.10"),
        evolve(graded(store, "0.6", reward="5.20"), analysis_metadata=dearer),
        evolve(graded(store, "0.1", fraudulent=True), analysis_metadata=offline),
    )
    usage = (await assessment_tally(new_uow, store)).usage
    assert usage == AnalysisUsage(3200, 600, Decimal("0.000840"))
    assert isinstance(usage.cost_usd, Decimal)


async def test_scores_fall_in_the_band_that_starts_at_or_below_them_and_one_in_the_last(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    overalls = ["0", "0.1999", "0.2", "0.3999", "0.5", "0.7999", "0.8", "1"]
    await put(new_uow, *(graded(store, overall) for overall in overalls))
    assert (await assessment_tally(new_uow, store)).quality_bands == (2, 2, 1, 1, 2)


async def test_an_assessment_tally_counts_one_store_or_all_within_the_half_open_period(
    new_uow: UowFactory,
) -> None:
    mine, other = a_store(), a_store()
    await put(
        new_uow,
        *(
            evolve(graded(mine, "0.5", reward="8.00"), created_at=created_at)
            for created_at in (START - MINUTE, START, END - MINUTE, END)
        ),
        graded(other, "0.9", reward="14.00"),
    )
    assert await assessment_tally(new_uow, mine) == AssessmentTally(
        total=2,
        qualifying=2,
        fraudulent=0,
        overall_sum=Decimal("1.0"),
        reward_percentage_sum=Decimal("16.00"),
        quality_bands=(0, 0, 2, 0, 0),
        usage=AnalysisUsage(2400, 600, Decimal("0.000720")),
    )
    everyone = await assessment_tally(new_uow, None)
    assert (everyone.total, everyone.reward_percentage_sum) == (3, Decimal("30.00"))
    assert everyone.quality_bands == (0, 0, 2, 0, 1)
