"""Cancel is final at any moment: a cancel racing the analysis (queued, analysing, grading,
committing) or a weekly report leaves no summary, quote, item, search hit or report words,
whichever commits first; on the embedded store and on PostgreSQL, the race run many times."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Sequence
from datetime import datetime, timedelta
from itertools import count
from types import TracebackType
from typing import Any, Self
from uuid import UUID

import pytest

from kundrost.adapters.memory import (
    InProcessJobQueue,
    MemorySessionStore,
    MemoryStore,
    MemoryUnitOfWork,
    UnitOfWorkNewSessions,
    UnitOfWorkPlacedCalls,
)
from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.adapters.simulated import SimulatedTelephony
from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.cancel_call import CancelCall
from kundrost.application.generate_report import GenerateWeeklyReport
from kundrost.application.initiate_call import InitiateCall, InitiateCallCommand
from kundrost.application.record_call_event import RecordCallEvent
from kundrost.application.record_transcript import RecordTranscript
from kundrost.application.run_analysis import RunAnalysis
from kundrost.application.search import SearchFeedback
from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.call_events import Connected
from kundrost.domain.ids import AnalysisJobId, CallSessionId, StoreId, VerificationId
from kundrost.domain.phone import PhoneNumber
from kundrost.domain.transcript import Message, Speaker
from kundrost.domain.week import IsoWeek
from kundrost.ports.analyzer import FeedbackInput
from kundrost.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory
from tests.adapters.postgres_fixtures import postgres_storage

STORE = StoreId(UUID("3d2c1b0a-9f8e-4d7c-8b6a-5f4e3d2c1b0a"))
NOW = datetime.fromisoformat("2026-11-24T10:00:00+01:00")
RACES = 30
ANSWERS = (
    "Slaktaren Pelle skar upp en entrecôte åt mig och berättade hur länge den skulle vila.",
    "Kön i kassan var lång vid lunch, kassörskan Lotta fick jobba ensam i tjugo minuter.",
    "Jag önskar att ni öppnar en kassa till vid lunch, det skulle hjälpa mycket.",
)
SEARCHED = ("entrecôte", "kassan lunch", "Pelle", "Lotta")


class GatedAnalyzer:
    """The offline analyzer, made to wait: for a gate (a scripted moment) or a random pause."""

    def __init__(self) -> None:
        self._inner = OfflineFeedbackAnalyzer()
        self.gate: asyncio.Event | None = None
        self.entered = asyncio.Event()
        self.pause = 0.0

    async def analyse(self, feedback: FeedbackInput) -> FeedbackAnalysis:
        self.entered.set()
        if self.gate is not None:
            await self.gate.wait()
        await asyncio.sleep(self.pause)
        return await self._inner.analyse(feedback)

    async def embed(self, texts: Sequence[str]) -> list[tuple[float, ...]]:
        return await self._inner.embed(texts)


class HeldCommit:
    """Units of work whose commit, once an assessment was put in them, waits for `release`
    (set, so not waiting, until a test clears it)."""

    def __init__(self, new_uow: UnitOfWorkFactory) -> None:
        self._new_uow = new_uow
        self.holding = asyncio.Event()
        self.release = asyncio.Event()
        self.release.set()

    def __call__(self) -> UnitOfWork:
        return _Held(self._new_uow(), self)


class _Held:
    def __init__(self, inner: UnitOfWork, held: HeldCommit) -> None:
        self._inner, self._held, self._graded = inner, held, False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    @property
    def assessments(self) -> Any:
        outer = self

        class Marking:
            async def put(self, assessment: Any) -> None:
                outer._graded = True
                await outer._inner.assessments.put(assessment)

            def __getattr__(self, name: str) -> Any:
                return getattr(outer._inner.assessments, name)

        return Marking()

    async def __aenter__(self) -> Self:
        await self._inner.__aenter__()
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._inner.__aexit__(kind, error, tb)

    async def commit(self) -> None:
        if self._graded:
            self._held.holding.set()
            await self._held.release.wait()
        await self._inner.commit()


class World:
    """The use cases of one journey on one storage, with numbers and purchases of their own."""

    def __init__(self, new_uow: UnitOfWorkFactory) -> None:
        self.clock = ManualClock(NOW)
        self.ids = SeededIds(16)
        self.new_uow = new_uow
        self.analyzer = GatedAnalyzer()
        self.held = HeldCommit(new_uow)
        telephony = SimulatedTelephony()
        self.initiate = InitiateCall(
            new_uow,
            telephony,
            self.clock,
            self.ids,
            UnitOfWorkNewSessions(new_uow),
            UnitOfWorkPlacedCalls(new_uow),
        )
        self.connect = RecordCallEvent(new_uow, self.clock, MemorySessionStore(self.clock))
        queue = InProcessJobQueue(self.clock, autostart=False)
        self.record = RecordTranscript(new_uow, queue, self.clock, self.ids)
        self.analyse = RunAnalysis(self.held, self.analyzer, self.clock, self.ids)
        self.cancel = CancelCall(new_uow, telephony, self.clock)
        self.report = GenerateWeeklyReport(new_uow, self.clock, self.ids)
        self.search = SearchFeedback(new_uow, self.analyzer, self.clock)
        self._serial = count(1)

    async def a_recorded_call(self) -> tuple[CallSessionId, AnalysisJobId]:
        n = next(self._serial)
        placed = await self.initiate(
            InitiateCallCommand(
                verification_id=VerificationId(UUID(int=n)),
                store_id=STORE,
                phone=PhoneNumber(f"+467012{n:05d}"),
                transaction_time=NOW - timedelta(minutes=20),
                transaction_value=None,
            )
        )
        await self.connect(placed.id, Connected())
        questions = ("Vad tyckte du om köttdisken?", "Hur var kön?", "Något mer?")
        messages = []
        for index, (question, answer) in enumerate(zip(questions, ANSWERS, strict=True)):
            seconds = index * 30
            messages.append(Message(Speaker.AI, question, seconds * 1000, 2 * index))
            messages.append(Message(Speaker.CUSTOMER, answer, seconds * 1000 + 4000, 2 * index + 1))
        recorded = await self.record(placed.id, messages, 90)
        assert recorded.analysis_job is not None
        return placed.id, recorded.analysis_job.id

    async def assert_no_words_of(self, session_id: CallSessionId) -> None:
        async with self.new_uow() as uow:
            assessment = await uow.assessments.for_session(session_id)
            assert await uow.transcripts.for_session(session_id) is None
            assert await uow.transcripts.signature(session_id) is None
            reports = await uow.reports.for_store(STORE)
        if assessment is not None:
            assert assessment.is_anonymised
            assert assessment.summary is None
            assert not assessment.actionable_items
            assert all(theme.quote is None for theme in assessment.themes)
        for query in SEARCHED:
            found = await self.search(STORE, query)
            assert assessment is None or all(hit.id != assessment.id for hit in found.results)
        for report in reports:
            quoted = [q for i in report.negative_issues for q in i.sample_quotes]
            quoted += [q for i in report.positive_trends for q in i.sample_quotes]
            assert session_id not in {q.call_session_id for q in quoted}
            assert session_id not in {r.source for r in report.actionable_recommendations}


@pytest.fixture(params=["memory", "postgres"])
async def world(request: pytest.FixtureRequest) -> AsyncIterator[World]:
    if request.param == "memory":
        store = MemoryStore()
        yield World(lambda: MemoryUnitOfWork(store))
        return
    async with postgres_storage() as new_uow:
        yield World(new_uow)


async def test_a_call_analysed_to_the_end_keeps_its_words_redacted(world: World) -> None:
    _, job_id = await world.a_recorded_call()
    job = await world.analyse(job_id)
    assert job.assessment_id is not None
    async with world.new_uow() as uow:
        assessment = await uow.assessments.get(job.assessment_id)
    assert assessment is not None
    assert assessment.qualifies
    kept = [assessment.summary or "", *(t.quote or "" for t in assessment.themes)]
    kept += [item.description for item in assessment.actionable_items]
    assert any("[namn]" in text for text in kept)
    assert not any(name in text for text in kept for name in ("Pelle", "Lotta"))
    assert (await world.search(STORE, "entrecôte")).total_matches > 0


async def test_a_cancel_while_the_analysis_is_queued_leaves_nothing(world: World) -> None:
    session_id, job_id = await world.a_recorded_call()
    await world.cancel(session_id)
    job = await world.analyse(job_id)
    assert job.assessment_id is None
    await world.assert_no_words_of(session_id)


async def test_a_cancel_while_the_analyzer_reads_leaves_nothing(world: World) -> None:
    session_id, job_id = await world.a_recorded_call()
    world.analyzer.gate = asyncio.Event()
    running = asyncio.create_task(world.analyse(job_id))
    await world.analyzer.entered.wait()
    await world.cancel(session_id)
    world.analyzer.gate.set()
    job = await running
    assert job.assessment_id is not None
    await world.assert_no_words_of(session_id)


async def test_a_cancel_while_the_grade_commits_waits_for_it_and_erases_it(world: World) -> None:
    session_id, job_id = await world.a_recorded_call()
    world.held.release.clear()
    running = asyncio.create_task(world.analyse(job_id))
    await world.held.holding.wait()
    cancelling = asyncio.create_task(world.cancel(session_id))
    try:
        await asyncio.sleep(0.05)
        waited = not cancelling.done()
    finally:
        world.held.release.set()
    await running
    await cancelling
    assert waited, "the cancel waits for the grade's row lock"
    await world.assert_no_words_of(session_id)


async def test_a_cancel_after_the_weekly_report_takes_its_quotes_out_of_it(world: World) -> None:
    session_id, job_id = await world.a_recorded_call()
    await world.analyse(job_id)
    report = await world.report(STORE, IsoWeek.of(NOW))
    quoted = {q.call_session_id for i in report.negative_issues for q in i.sample_quotes}
    assert session_id in quoted
    await world.cancel(session_id)
    await world.assert_no_words_of(session_id)


async def test_a_cancel_racing_the_analysis_and_the_report_leaves_nothing_many_times(
    world: World,
) -> None:
    """The cancel starts anywhere from before the analysis to after it: the span is one
    analysis of this storage, timed here, so both backends meet every moment."""
    _, job_id = await world.a_recorded_call()
    started = time.perf_counter()
    await world.analyse(job_id)
    span = time.perf_counter() - started
    chance = random.Random(16)
    for _ in range(RACES):
        session_id, job_id = await world.a_recorded_call()
        world.analyzer.pause = chance.uniform(0, span / 4)

        async def cancel_soon(delay: float, session: CallSessionId = session_id) -> None:
            await asyncio.sleep(delay)
            await world.cancel(session)

        async def report_soon(delay: float) -> None:
            await asyncio.sleep(delay)
            await world.report(STORE, IsoWeek.of(NOW), force=True)

        await asyncio.gather(
            world.analyse(job_id),
            cancel_soon(chance.uniform(0, span * 1.5)),
            report_soon(chance.uniform(0, span * 1.5)),
        )
        await world.assert_no_words_of(session_id)


async def test_generations_of_the_week_and_cancels_at_once_all_succeed(world: World) -> None:
    """As an outside tester ran them on PostgreSQL (once 500s: a duplicate key, a deadlock):
    several generations of the current week, each replacing the partial report, and cancels
    of calls it quotes, at once. Each succeeds; the week keeps one report, without the
    cancelled calls' words."""
    week = IsoWeek.of(NOW)
    for _ in range(3):
        calls = [await world.a_recorded_call() for _ in range(3)]
        for _, job_id in calls:
            await world.analyse(job_id)
        first = await world.report(STORE, week)
        cancelled = [session_id for session_id, _ in calls[:2]]
        reports, _ = await asyncio.gather(
            asyncio.gather(*(world.report(STORE, week) for _ in range(5))),
            asyncio.gather(*map(world.cancel, cancelled)),
        )
        assert {report.id for report in reports} == {first.id}
        for session_id in cancelled:
            await world.assert_no_words_of(session_id)
    async with world.new_uow() as uow:
        assert [report.id for report in await uow.reports.for_store(STORE)] == [first.id]
