"""End to end on the embedded defaults: the offline analyzer reads real Swedish feedback."""

from __future__ import annotations

from decimal import Decimal

from kundrost.adapters.memory import InProcessJobQueue
from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.get_analysis import GetAnalysis
from kundrost.application.request_analysis import RequestAnalysis
from kundrost.application.run_analyses import RunAnalyses
from kundrost.application.run_analysis import RunAnalysis
from kundrost.domain.analysis_job import JobStatus
from kundrost.domain.fraud import Indicator
from kundrost.ports.job_queue import JobKind
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.analysis.builders import ANSWER_SETS, Calls, stored

NONSENSE = (
    "Butiken borde köpa flygande elefanter.",
    "Hallonen sjöng i kylen hela dagen.",
    "Nej.",
)


async def test_honest_feedback_is_kept_and_rewarded_and_nonsense_is_deleted(
    calls: Calls, new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds
) -> None:
    queue = InProcessJobQueue(clock, autostart=False)
    queue.register(
        JobKind.ANALYSE_FEEDBACK,
        RunAnalyses(RunAnalysis(new_uow, OfflineFeedbackAnalyzer(), clock, ids)).handle,
    )
    request = RequestAnalysis(new_uow, queue, clock, ids)
    await calls.store_context()
    honest = await calls.recorded(answers=ANSWER_SETS[0])
    nonsense = await calls.recorded(answers=NONSENSE)
    jobs = [await request(honest.id), await request(nonsense.id)]

    await queue.drain()

    views = [await GetAnalysis(new_uow)(job.id) for job in jobs]
    assert [view.job.status for view in views] == [JobStatus.COMPLETED] * 2
    kept, dropped = await stored(new_uow, honest.id), await stored(new_uow, nonsense.id)
    assert kept.transcript is not None
    assert kept.assessment is not None
    assert kept.assessment.analysis_metadata.analyzer == "offline"
    assert kept.assessment.reward_percentage is not None
    assert Decimal("2.00") <= kept.assessment.reward_percentage <= Decimal("15.00")
    assert kept.assessment.summary
    assert dropped.transcript is None
    assert dropped.assessment is not None
    assert dropped.assessment.reward_percentage is None
    assert dropped.assessment.is_fraudulent
    assert Indicator.NONSENSICAL_CONTENT in dropped.assessment.fraud_reasons
    assert dropped.assessment.summary is None
