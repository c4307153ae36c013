"""Analysis use cases on the embedded store, with a manual clock, seeded ids and a scripted
analyzer; the queue runs its jobs only when a test drains it."""

from __future__ import annotations

import pytest

from kundrost.adapters.memory import InProcessJobQueue
from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.cleanup import Cleanup
from kundrost.application.cleanup_low_grade import CleanupLowGrade
from kundrost.application.fraud_detection import DetectFraud
from kundrost.application.get_analysis import GetAnalysis
from kundrost.application.metrics import GetMetrics
from kundrost.application.request_analysis import RequestAnalysis
from kundrost.application.run_analyses import RunAnalyses
from kundrost.application.run_analysis import RunAnalysis
from kundrost.application.summarize import Summarize
from kundrost.ports.job_queue import JobKind
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.analysis.builders import STARTED_AT, Calls
from tests.application.analysis.doubles import ScriptedAnalyzer
from tests.unit.grading_builders import an_analysis


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(STARTED_AT)


@pytest.fixture
def analyzer() -> ScriptedAnalyzer:
    """Praise for the meat counter and a queue complaint, scored to qualify."""
    return ScriptedAnalyzer(an_analysis())


@pytest.fixture
def calls(new_uow: UnitOfWorkFactory, clock: ManualClock, ids: SeededIds) -> Calls:
    return Calls(new_uow, clock, ids)


@pytest.fixture
def run_analysis(
    new_uow: UnitOfWorkFactory, analyzer: ScriptedAnalyzer, clock: ManualClock, ids: SeededIds
) -> RunAnalysis:
    return RunAnalysis(new_uow, analyzer, clock, ids)


@pytest.fixture
def queue(clock: ManualClock, run_analysis: RunAnalysis) -> InProcessJobQueue:
    queue = InProcessJobQueue(clock, autostart=False)
    queue.register(JobKind.ANALYSE_FEEDBACK, RunAnalyses(run_analysis).handle)
    return queue


@pytest.fixture
def request_analysis(
    new_uow: UnitOfWorkFactory, queue: InProcessJobQueue, clock: ManualClock, ids: SeededIds
) -> RequestAnalysis:
    return RequestAnalysis(new_uow, queue, clock, ids)


@pytest.fixture
def get_analysis(new_uow: UnitOfWorkFactory) -> GetAnalysis:
    return GetAnalysis(new_uow)


@pytest.fixture
def detect_fraud(
    new_uow: UnitOfWorkFactory, analyzer: ScriptedAnalyzer, clock: ManualClock, ids: SeededIds
) -> DetectFraud:
    return DetectFraud(new_uow, analyzer, clock, ids)


@pytest.fixture
def summarize(new_uow: UnitOfWorkFactory) -> Summarize:
    return Summarize(new_uow)


@pytest.fixture
def cleanup(new_uow: UnitOfWorkFactory, clock: ManualClock) -> Cleanup:
    return Cleanup(new_uow, clock)


@pytest.fixture
def cleanup_low_grade(new_uow: UnitOfWorkFactory, clock: ManualClock) -> CleanupLowGrade:
    return CleanupLowGrade(new_uow, clock)


@pytest.fixture
def get_metrics(new_uow: UnitOfWorkFactory, clock: ManualClock) -> GetMetrics:
    return GetMetrics(new_uow, clock)
