"""Retention cleanup: personal data after 90 days, metrics after 180, fraud records after 365."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from kundrost.adapters.memory import MemoryStore
from kundrost.adapters.system import ManualClock
from kundrost.application.cleanup import Cleanup, CleanupReport
from kundrost.application.request_analysis import RequestAnalysis
from kundrost.application.run_analysis import RunAnalysis
from kundrost.domain.call_quality import CallQualityMetrics
from kundrost.domain.call_session import CallSession
from kundrost.domain.errors import InvalidValue
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.analysis.builders import Calls, stored


def counts(report: CleanupReport) -> tuple[int, int, int, int]:
    return (
        report.sessions_deleted,
        report.assessments_anonymised,
        report.fraud_records_deleted,
        report.quality_metrics_deleted,
    )


def snapshot(store: MemoryStore) -> tuple[object, ...]:
    """Copies of every table the cleanup may touch, to compare before and after."""
    return (
        dict(store.sessions),
        dict(store.transcripts),
        dict(store.assessments),
        dict(store.fraud_records),
        dict(store.quality_metrics),
    )


@pytest.fixture
async def analysed(
    calls: Calls,
    request_analysis: RequestAnalysis,
    run_analysis: RunAnalysis,
    new_uow: UnitOfWorkFactory,
    clock: ManualClock,
) -> CallSession:
    """A qualifying feedback with its assessment, fraud record and call quality metrics."""
    session = await calls.recorded()
    await run_analysis((await request_analysis(session.id)).id)
    async with new_uow() as uow:
        await uow.quality_metrics.put(
            CallQualityMetrics(
                call_session_id=session.id,
                connection_quality="good",
                audio_clarity_score=Decimal("0.92"),
                latency_ms=140,
                packet_loss_percentage=Decimal("0.4"),
                recorded_at=clock.now(),
            )
        )
        await uow.commit()
    return session


@pytest.mark.parametrize(
    ("days", "expected"),
    [(89, (0, 0, 0, 0)), (91, (1, 1, 0, 0)), (181, (1, 1, 0, 1)), (366, (1, 1, 1, 1))],
)
async def test_each_kind_of_record_goes_when_its_period_is_over(
    analysed: CallSession,
    cleanup: Cleanup,
    clock: ManualClock,
    days: int,
    expected: tuple[int, int, int, int],
) -> None:
    clock.advance(timedelta(days=days))

    report = await cleanup()

    assert counts(report) == expected
    assert report.dry_run is False


async def test_after_ninety_days_the_call_and_its_words_are_gone_and_the_grade_stays(
    analysed: CallSession,
    cleanup: Cleanup,
    clock: ManualClock,
    new_uow: UnitOfWorkFactory,
) -> None:
    clock.advance(timedelta(days=91))

    await cleanup()

    left = await stored(new_uow, analysed.id)
    async with new_uow() as uow:
        assert await uow.sessions.get(analysed.id) is None
        assert await uow.quality_metrics.for_session(analysed.id) is not None
    assert left.transcript is None
    assert left.assessment is not None
    assert left.assessment.is_anonymised
    assert left.assessment.summary is None
    assert left.assessment.reward_percentage is not None
    assert all(theme.quote is None for theme in left.assessment.themes)
    assert len(left.fraud_records) == 1


async def test_a_dry_run_changes_nothing_and_counts_what_the_real_run_then_does(
    analysed: CallSession, cleanup: Cleanup, clock: ManualClock, store: MemoryStore
) -> None:
    clock.advance(timedelta(days=366))
    before = snapshot(store)

    dry = await cleanup(dry_run=True)

    assert snapshot(store) == before
    real = await cleanup()
    assert dry.dry_run is True
    assert (counts(dry), dry.batches) == (counts(real), real.batches)
    assert counts(real) == (1, 1, 1, 1)


async def test_expired_calls_go_in_batches_of_the_size_asked_for(
    calls: Calls, new_uow: UnitOfWorkFactory, clock: ManualClock, store: MemoryStore
) -> None:
    for _ in range(5):
        await calls.recorded()
    clock.advance(timedelta(days=91))
    cleanup = Cleanup(new_uow, clock, batch_size=2)

    dry = await cleanup(dry_run=True)
    real = await cleanup()

    assert (real.sessions_deleted, real.batches) == (5, 3)
    assert (dry.sessions_deleted, dry.batches) == (5, 3)
    assert store.sessions == {}
    assert store.transcripts == {}


async def test_a_batch_size_given_with_the_call_overrides_the_default(
    calls: Calls, cleanup: Cleanup, clock: ManualClock
) -> None:
    for _ in range(3):
        await calls.recorded()
    clock.advance(timedelta(days=91))

    report = await cleanup(batch_size=1)

    assert (report.sessions_deleted, report.batches) == (3, 3)


@pytest.mark.parametrize("size", [0, 10_001, -1])
async def test_a_batch_size_outside_one_to_ten_thousand_is_refused(
    new_uow: UnitOfWorkFactory, clock: ManualClock, cleanup: Cleanup, size: int
) -> None:
    with pytest.raises(InvalidValue) as at_construction:
        Cleanup(new_uow, clock, batch_size=size)
    with pytest.raises(InvalidValue) as at_call:
        await cleanup(batch_size=size)
    assert at_construction.value.field == at_call.value.field == "batch_size"
    assert at_call.value.code == "INVALID_VALUE"
