"""Low-grade cleanup: transcripts that should have gone at once are deleted, good ones stay."""

from __future__ import annotations

import pytest
from attrs import evolve

from kundrost.adapters.memory import MemoryStore
from kundrost.adapters.system import ManualClock
from kundrost.application.cleanup_low_grade import CleanupLowGrade
from kundrost.application.request_analysis import RequestAnalysis
from kundrost.application.run_analysis import RunAnalysis
from kundrost.domain.call_status import CallStatus
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import CallSessionId
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.analysis.builders import Calls, stored
from tests.unit.grading_builders import a_low_grade_analysis, an_assessment


@pytest.fixture
async def kept(
    calls: Calls,
    request_analysis: RequestAnalysis,
    run_analysis: RunAnalysis,
    new_uow: UnitOfWorkFactory,
) -> dict[str, CallSessionId]:
    """Five transcripts still stored: two rightly, three that should have been deleted."""
    qualifying = await calls.recorded()
    await run_analysis((await request_analysis(qualifying.id)).id)
    awaiting = await calls.recorded()
    abandoned = await calls.recorded(status=CallStatus.ABANDONED)
    failed = await calls.recorded(status=CallStatus.FAILED)
    low_grade = await calls.recorded()
    left_behind = evolve(
        an_assessment(a_low_grade_analysis()),
        call_session_id=low_grade.id,
        is_anonymised=False,
    )
    async with new_uow() as uow:
        await uow.assessments.put(left_behind)
        await uow.commit()
    return {
        "qualifying": qualifying.id,
        "awaiting": awaiting.id,
        "abandoned": abandoned.id,
        "failed": failed.id,
        "low_grade": low_grade.id,
    }


async def test_transcripts_of_failed_calls_and_low_grade_feedback_are_deleted(
    kept: dict[str, CallSessionId],
    cleanup_low_grade: CleanupLowGrade,
    new_uow: UnitOfWorkFactory,
) -> None:
    report = await cleanup_low_grade()

    remaining = {
        name for name, session_id in kept.items() if (await stored(new_uow, session_id)).transcript
    }
    assert remaining == {"qualifying", "awaiting"}
    assert (report.deleted_count, report.anonymized_count, report.preserved_count) == (3, 1, 2)
    assessment = (await stored(new_uow, kept["low_grade"])).assessment
    assert assessment is not None
    assert assessment.is_anonymised
    assert assessment.content_deleted


async def test_a_second_run_finds_nothing_more_to_delete(
    kept: dict[str, CallSessionId], cleanup_low_grade: CleanupLowGrade
) -> None:
    await cleanup_low_grade()

    again = await cleanup_low_grade()

    assert (again.deleted_count, again.anonymized_count, again.preserved_count) == (0, 0, 2)


async def test_a_dry_run_changes_nothing_and_counts_what_the_real_run_then_does(
    kept: dict[str, CallSessionId], cleanup_low_grade: CleanupLowGrade, store: MemoryStore
) -> None:
    transcripts, assessments = dict(store.transcripts), dict(store.assessments)

    dry = await cleanup_low_grade(dry_run=True)

    assert (dict(store.transcripts), dict(store.assessments)) == (transcripts, assessments)
    real = await cleanup_low_grade()
    assert dry.dry_run is True
    assert real.dry_run is False
    assert (dry.deleted_count, dry.anonymized_count, dry.preserved_count) == (
        real.deleted_count,
        real.anonymized_count,
        real.preserved_count,
    )


@pytest.mark.parametrize("size", [1, 2, 5])
async def test_small_batches_walk_every_transcript(
    kept: dict[str, CallSessionId],
    new_uow: UnitOfWorkFactory,
    clock: ManualClock,
    size: int,
) -> None:
    report = await CleanupLowGrade(new_uow, clock)(batch_size=size)

    assert (report.deleted_count, report.anonymized_count, report.preserved_count) == (3, 1, 2)


async def test_an_invalid_batch_size_is_refused(cleanup_low_grade: CleanupLowGrade) -> None:
    with pytest.raises(InvalidValue) as refused:
        await cleanup_low_grade(batch_size=0)
    assert (refused.value.code, refused.value.field) == ("INVALID_VALUE", "batch_size")
