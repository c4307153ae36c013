"""The worker's analysis handler counts each analysis and reward from what the job stored,
without reading the assessment back."""

from __future__ import annotations

from dependency_injector import providers
from prometheus_client import REGISTRY

from kundrost.adapters.memory import InProcessJobQueue
from kundrost.adapters.system import ManualClock
from kundrost.application.analysis_queue import queue_job_for
from kundrost.container import build_container, connect
from kundrost.domain.analysis_job import JobStatus
from kundrost.entrypoints.metrics import counting_analysis
from kundrost.settings import Settings
from tests.application.analysis.builders import STARTED_AT, Calls
from tests.application.analysis.test_run_analysis import CountingUnitsOfWork


def counted(outcome: str) -> float:
    return REGISTRY.get_sample_value("kundrost_analyses_total", {"outcome": outcome}) or 0.0


async def test_one_job_opens_two_units_of_work_and_is_counted_once() -> None:
    clock = ManualClock(STARTED_AT)
    container = build_container(Settings.embedded(seed=3))
    container.clock.override(providers.Object(clock))
    container.job_queue.override(providers.Object(InProcessJobQueue(clock, autostart=False)))
    connect(container)
    calls = Calls(container.new_uow(), clock, container.ids())
    await calls.store_context()
    queued = await container.request_analysis()((await calls.recorded()).id)
    counting = CountingUnitsOfWork(container.new_uow())
    container.new_uow.override(providers.Object(counting))
    before = counted("qualifying")

    await counting_analysis(container)(queue_job_for(queued))

    async with counting() as uow:
        finished = await uow.analysis_jobs.get(queued.id)
    assert finished is not None
    assert finished.status is JobStatus.COMPLETED
    assert counting.opened == 3, "two for the job, one for this test's read; none to count"
    assert counted("qualifying") == before + 1
