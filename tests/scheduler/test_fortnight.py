"""A simulated fortnight of the scheduler on the embedded adapters, across the autumn change
to winter time: every job fires at its ticks, composed from the real use cases."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from dependency_injector import providers

from kundrost.adapters.memory.tick_claims import MemoryTickClaims
from kundrost.adapters.system import ManualClock
from kundrost.application.run_analysis import SESSION_GONE
from kundrost.container import Container, build_container, connect
from kundrost.domain.analysis_job import AnalysisJob, JobStatus
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus
from kundrost.domain.ids import StoreId
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.entrypoints.scheduler.compose import scheduled_jobs
from kundrost.entrypoints.scheduler.config import SchedulerConfig
from kundrost.entrypoints.scheduler.loop import Outcome, Scheduler
from kundrost.entrypoints.scheduler.progress import LogProgress
from kundrost.ports.tick_claims import TickClaims
from kundrost.settings import Settings
from tests.adapters.storage_builders import a_context, a_job, a_session, a_session_id, a_store
from tests.application.calls.records import put
from tests.application.scheduled.doubles import NotingTelephony
from tests.scheduler.simulation import ran, run_together, run_until, runs_per_tick

STOCKHOLM = ZoneInfo("Europe/Stockholm")
START = datetime(2026, 10, 18, 12, 0, tzinfo=STOCKHOLM)
"""Sunday noon; the clocks go back an hour in the night to Sunday 25 October."""
END = START + timedelta(days=14)
HOURS = 14 * 24 + 1
"""Real hours in the fortnight: the autumn change repeats one."""
W42, W43 = IsoWeek(2026, 42), IsoWeek(2026, 43)


def on(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(START.date() + timedelta(days=day), time(hour, minute), STOCKHOLM)


class FlakyReports:
    """The real report generation, except that one store's first attempt fails."""

    def __init__(self, generate: object, broken: StoreId) -> None:
        self.generate = generate
        self.broken = broken
        self.generated: Counter[StoreId] = Counter()
        self.broke = 0

    async def __call__(self, store_id: StoreId, week: IsoWeek) -> WeeklyReport:
        if store_id == self.broken and not self.broke:
            self.broke += 1
            raise ConnectionResetError("the database connection was lost")
        report: WeeklyReport = await self.generate(store_id, week)  # type: ignore[operator]
        self.generated[store_id] += 1
        return report


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(START)


@pytest.fixture
def container(clock: ManualClock) -> Container:
    container = build_container(Settings.embedded(seed=42))
    container.clock.override(providers.Object(clock))
    container.telephony.override(providers.Object(NotingTelephony(clock)))
    connect(container)
    return container


def scheduler_of(
    container: Container, clock: ManualClock, claims: TickClaims | None = None
) -> Scheduler:
    jobs = scheduled_jobs(container, SchedulerConfig.defaults())
    claims = claims or container.tick_claims()
    return Scheduler(jobs, clock, claims, LogProgress, history=100_000)


async def reports_by_store(container: Container, stores: list[StoreId]) -> list[list[IsoWeek]]:
    async with container.new_uow()() as uow:
        return [sorted(r.week for r in await uow.reports.for_store(store)) for store in stores]


@pytest.mark.slow
async def test_a_fortnight_fires_every_job_at_its_ticks(
    container: Container, clock: ManualClock
) -> None:
    stores = sorted(a_store() for _ in range(3))
    broken = stores[1]
    reports = FlakyReports(container.generate_report(), broken)
    container.generate_report.override(providers.Object(reports))
    container.generate_report_batch.override(providers.Object(None))  # one store at a time
    failed_call = a_session(CallStatus.FAILED, created_at=on(2, 10), store_id=stores[0])
    expiring = a_session(CallStatus.COMPLETED, created_at=on(3, 9) - timedelta(days=90))
    stalled = a_job(a_session_id(), created_at=on(5, 8))
    unanswered = [a_session(created_at=on(day, 15), store_id=s) for day in (0, 4) for s in stores]
    await put(
        container.new_uow(),
        *(a_context(store) for store in stores),
        *unanswered,
        failed_call,
        expiring,
    )
    await _add_job(container, stalled)
    scheduler = scheduler_of(container, clock)

    await run_until(scheduler, clock, END)
    await container.job_queue().drain()

    history = list(scheduler.history)
    assert [run.outcome for run in history if run.outcome is not Outcome.RAN] == []
    weekly = ran(history, "weekly-reports")
    assert [run.tick for run in weekly] == [on(1, 3), on(8, 3)]
    assert [run.result.failures if run.result else None for run in weekly] == [1, 0]
    assert reports.generated == Counter(dict.fromkeys(stores, 2))
    assert await reports_by_store(container, stores) == [[W42, W43]] * 3

    retention = ran(history, "retention")
    assert len(retention) == HOURS
    assert len({run.tick for run in retention}) == HOURS
    cleaned = [run for run in retention if run.result and "1 expired" in run.result.summary]
    assert [run.tick for run in cleaned] == [_next_hour(expiring)]

    assert len(ran(history, "retries")) == HOURS * 60
    telephony = container.telephony()
    assert telephony.times_for(failed_call.id) == [on(2, 10, 6), on(2, 10, 36)]
    assert await _session(container, failed_call) == (CallStatus.FAILED, 3)
    for call in unanswered:  # never reported back: given up, retried, given up for good
        assert await _session(container, call) == (CallStatus.FAILED, 3)

    assert len(ran(history, "analysis-sweeper")) == HOURS * 12
    requeued = [run for run in ran(history, "analysis-sweeper") if "1 requeued" in str(run.result)]
    assert [run.tick for run in requeued] == [on(5, 8, 20)]
    assert await _job_status(container, stalled) == (JobStatus.FAILED, SESSION_GONE)


async def test_two_schedulers_sharing_their_claims_run_each_tick_once(
    container: Container, clock: ManualClock
) -> None:
    stores = [a_store() for _ in range(2)]
    await put(container.new_uow(), *(a_context(store) for store in stores))
    claims = MemoryTickClaims()
    first, second = (scheduler_of(container, clock, claims) for _ in range(2))
    end = on(1, 6)

    await run_together([first, second], clock, end)

    both = [*first.history, *second.history]
    per_tick = runs_per_tick(both)
    assert set(per_tick.values()) == {1}
    assert Counter(job for job, _ in per_tick) == {
        "weekly-reports": 1,
        "retention": 18,
        "retries": 18 * 60,
        "analysis-sweeper": 18 * 12,
    }
    seen = Counter((run.job, run.tick) for run in both)
    assert set(seen.values()) == {2}
    assert {run.outcome for run in both} <= {Outcome.RAN, Outcome.ELSEWHERE, Outcome.BUSY}
    assert await reports_by_store(container, stores) == [[W42]] * 2


def _next_hour(session: CallSession) -> datetime:
    return session.expires_at.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)


async def _add_job(container: Container, job: AnalysisJob) -> None:
    async with container.new_uow()() as uow:
        await uow.analysis_jobs.add(job)
        await uow.commit()


async def _session(container: Container, session: CallSession) -> tuple[CallStatus, int]:
    async with container.new_uow()() as uow:
        stored = await uow.sessions.get(session.id)
    assert stored is not None
    return stored.status, stored.attempt


async def _job_status(container: Container, job: AnalysisJob) -> tuple[JobStatus, str | None]:
    async with container.new_uow()() as uow:
        stored = await uow.analysis_jobs.get(job.id)
    assert stored is not None
    return stored.status, stored.error_message
