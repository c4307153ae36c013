"""RunAnalyses: the analyses a queue job gathered, run together in two commits for all."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

from attrs import frozen

from kundrost.application.analysis_batch import (
    BatchReads,
    BatchWrites,
    reads_to_grade,
    reads_to_start,
)
from kundrost.application.analysis_queue import analysis_ids_of
from kundrost.application.recorded_feedback import RecordedFeedback
from kundrost.application.run_analysis import (
    ANALYZER_FAILED,
    SESSION_GONE,
    UNEXPECTED_FAILURE,
    Analysed,
    Ready,
    RunAnalysis,
    job_of,
)
from kundrost.domain.analysability import require_analysable
from kundrost.domain.analysis_job import AnalysisJob, AnalysisStage
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.errors import NotAnalysable
from kundrost.domain.ids import AnalysisJobId, StoreId
from kundrost.ports.analyzer import AnalyzerError
from kundrost.ports.availability import Unavailable
from kundrost.ports.errors import NotFound
from kundrost.ports.job_queue import Job
from kundrost.ports.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


@frozen
class BatchOutcome:
    """The jobs of a batch as it left them (in the order asked, each once), and the
    unexpected errors of the items that failed with one (each item's job failed alone)."""

    jobs: tuple[AnalysisJob, ...]
    errors: tuple[Exception, ...]

    def raise_first(self) -> None:
        if self.errors:
            raise self.errors[0]


@frozen
class RunAnalyses:
    """Runs several analysis jobs as `one` runs each, in two commits for all of them: their
    reads (each store's context read once), and their checks, grades and ends. The analyzer
    reads them concurrently, outside any unit of work. Each item is checked against the
    feedback stored before it, its batch's included, as if the jobs ran one after another.
    A commit that fails on an unexpected error is done again item by item, so a failing item
    fails alone and the others complete; `Unavailable` is raised, as in one job (the queue
    runs the batch again, which finishes what is left)."""

    one: RunAnalysis

    async def handle(self, job: Job) -> None:
        """The queue's handler for `JobKind.ANALYSE_FEEDBACK`: the analyses it gathered."""
        (await self(analysis_ids_of(job))).raise_first()

    async def __call__(self, analysis_ids: Sequence[AnalysisJobId]) -> BatchOutcome:
        if len(set(analysis_ids)) == 1:
            try:
                return BatchOutcome((await self.one(analysis_ids[0]),), ())
            except Unavailable:
                raise
            except Exception as error:
                return BatchOutcome((await self._stored(analysis_ids[0]),), (error,))
        errors: list[Exception] = []
        started = await self._start_many(analysis_ids, errors)
        ready = [item for item in started.values() if not isinstance(item, AnalysisJob)]
        analysed = await asyncio.gather(
            *(self.one.analyse(*item) for item in ready), return_exceptions=True
        )
        done: dict[AnalysisJobId, AnalysisJob] = {
            job_id: item for job_id, item in started.items() if isinstance(item, AnalysisJob)
        }
        graded: list[Analysed] = []
        away: Unavailable | None = None
        for (job, *_), result in zip(ready, analysed, strict=True):
            if isinstance(result, AnalyzerError):
                log.warning("analysis %s failed: %s", job.id, type(result).__name__)
                done[job.id] = await self.one.fail(job.id, ANALYZER_FAILED)
            elif isinstance(result, Unavailable):
                away = result
            elif isinstance(result, BaseException):
                if not isinstance(result, Exception):
                    raise result
                done[job.id] = await self._failed_on(job.id, result, errors)
            else:
                graded.append(result)
        done.update(await self._grade_many(graded, errors))
        if away is not None:
            raise away
        return BatchOutcome(
            tuple([done[job_id] for job_id in dict.fromkeys(analysis_ids) if job_id in done]),
            tuple(errors),
        )

    async def _start_many(
        self, analysis_ids: Sequence[AnalysisJobId], errors: list[Exception]
    ) -> dict[AnalysisJobId, AnalysisJob | Ready]:
        wanted = list(dict.fromkeys(analysis_ids))
        try:
            async with self.one.new_uow() as uow:
                reads = await reads_to_start(uow, wanted)
                contexts: dict[StoreId, BusinessContext | None] = {}
                writes = BatchWrites()
                started = {
                    job_id: await self._start_read(uow, reads.job(job_id), reads, contexts, writes)
                    for job_id in wanted
                }
                await writes.write(uow)
                await uow.commit()
            return started
        except Unavailable:
            raise
        except Exception:
            log.warning("a batch of %d analyses starts one by one", len(analysis_ids))
        one_by_one: dict[AnalysisJobId, AnalysisJob | Ready] = {}
        for analysis_id in dict.fromkeys(analysis_ids):
            try:
                one_by_one[analysis_id] = await self.one.start(analysis_id)
            except Unavailable:
                raise
            except NotFound as missing:
                errors.append(missing)
            except Exception as error:
                one_by_one[analysis_id] = await self._failed_on(analysis_id, error, errors)
        return one_by_one

    async def _start_read(
        self,
        uow: UnitOfWork,
        job: AnalysisJob,
        reads: BatchReads,
        contexts: dict[StoreId, BusinessContext | None],
        writes: BatchWrites,
    ) -> AnalysisJob | Ready:
        """`RunAnalysis.start` on what the batch read at once; the job is written with the
        batch's."""
        if job.is_finished:
            return job
        now = self.one.clock.now()
        session = reads.sessions.get(job.call_session_id)
        ready: Ready | None = None
        if session is None or session.is_expired(now):
            job = job.failed(SESSION_GONE, now)
        else:
            transcript = reads.transcripts.get(session.id)
            try:
                require_analysable(
                    session.status, transcript, self.one.analysability, erased=session.is_erased
                )
            except NotAnalysable as refusal:
                job = job.failed(refusal.message, now)
            else:
                assert transcript is not None, "an analysable call has its transcript"
                if session.store_id not in contexts:
                    contexts[session.store_id] = await uow.contexts.get(session.store_id)
                feedback = RecordedFeedback(session, transcript, contexts[session.store_id])
                job = job.at_stage(AnalysisStage.ANALYSING, now)
                ready = (job, feedback, transcript)
        writes.jobs.append(job)
        return job if ready is None else ready

    async def _grade_many(
        self, items: list[Analysed], errors: list[Exception]
    ) -> dict[AnalysisJobId, AnalysisJob]:
        """One commit for all `items` (in their batch's order, each seeing the ones before
        it); item by item when that commit fails on an unexpected error."""
        if not items:
            return {}
        graded: dict[AnalysisJobId, AnalysisJob] = {}
        kept: list[QualityAssessment] = []
        try:
            async with self.one.new_uow() as uow:
                reads = await reads_to_grade(
                    uow, [item[0].id for item in items], [item[1].session.id for item in items]
                )
                writes = BatchWrites()
                for item in items:
                    job, stored = await self.one.grade_in(uow, *item, reads=reads, writes=writes)
                    graded[job.id] = job
                    if stored is not None:
                        kept.append(stored)
                await writes.write(uow)
                await uow.commit()
        except Unavailable:
            raise
        except Exception:
            log.warning("a batch of %d analyses is graded one by one", len(items))
        else:
            if self.one.on_graded is not None:
                for stored in kept:
                    self.one.on_graded(stored)
            return graded
        graded = {}
        for item in items:
            try:
                graded[item[0].id] = await self.one.grade(*item)
            except Unavailable:
                raise
            except Exception as error:
                graded[item[0].id] = await self._failed_on(item[0].id, error, errors)
        return graded

    async def _failed_on(
        self, analysis_id: AnalysisJobId, error: Exception, errors: list[Exception]
    ) -> AnalysisJob:
        errors.append(error)
        log.warning("analysis %s failed: %s", analysis_id, type(error).__name__)
        message = UNEXPECTED_FAILURE.format(error=type(error).__name__)
        return await self.one.fail(analysis_id, message)

    async def _stored(self, analysis_id: AnalysisJobId) -> AnalysisJob:
        async with self.one.new_uow() as uow:
            return await job_of(uow, analysis_id)
