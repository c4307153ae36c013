"""RunAnalysis: the analysis job itself — read, check for fraud, grade, keep or delete the words."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from attrs import field, frozen

from kundrost.application.analysis_batch import (
    BatchReads,
    BatchWrites,
    reads_to_grade,
    reads_to_start,
)
from kundrost.application.analysis_queue import analysis_ids_of
from kundrost.application.fraud_evidence import DUPLICATE_WINDOW, gather_evidence
from kundrost.application.recorded_feedback import RecordedFeedback, recorded_feedback
from kundrost.domain.analysability import AnalysabilityPolicy, require_analysable
from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.analysis_cost import TokenPrices
from kundrost.domain.analysis_job import AnalysisJob, AnalysisStage
from kundrost.domain.analysis_redaction import redact_analysis
from kundrost.domain.assessment import AnalysisMetadata, QualityAssessment
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.call_session import CallSession
from kundrost.domain.errors import NotAnalysable
from kundrost.domain.fraud import FraudVerdict
from kundrost.domain.fraud_checks import FraudPolicy
from kundrost.domain.fraud_record import FraudRecord
from kundrost.domain.grading import GradingPolicy
from kundrost.domain.ids import AnalysisJobId, AssessmentId, FraudCheckId, StoreId
from kundrost.domain.transcript import Transcript
from kundrost.ports.analyzer import AnalyzerError, FeedbackAnalyzer, FeedbackInput
from kundrost.ports.availability import Unavailable
from kundrost.ports.errors import NotFound
from kundrost.ports.job_queue import Job
from kundrost.ports.system import Clock, IdGenerator
from kundrost.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)

ANALYZER_FAILED = "The analyzer could not read this feedback; the transcript is kept for a re-run."
UNEXPECTED_FAILURE = "The analysis stopped on an unexpected error ({error})."
SESSION_GONE = "The call session no longer exists or has expired."

_Ready = tuple[AnalysisJob, RecordedFeedback, Transcript]
_Analysed = tuple[AnalysisJob, RecordedFeedback, Transcript, FeedbackAnalysis, int]


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
class RunAnalysis:
    """Run one analysis job in two commits: the job marked as analysing (so a poller sees it
    while the analyzer reads), then the fraud checks, grade and job's end in one transaction.

    The analyzer is called outside any open unit of work (it may take seconds); names of
    people in what it returns are redacted (`redact_analysis`) before anything is kept.
    The fraud checks and the grade take milliseconds, so they are not stages of their own
    that a poller could see: one commit per job after the analyzer, not three.
    Qualifying feedback keeps its transcript and content; fraudulent or low-grade feedback is
    recorded without content and its transcript is deleted in the same commit. The final
    commit holds the call's row lock and reads the call afresh: a call cancelled meanwhile
    is graded without any of its words (anonymised, as a cancel leaves a graded call), so a
    cancel and an analysis end alike whichever commits first. A job that is already
    finished is returned unchanged, as a queue may deliver it twice. When the analyzer fails,
    the job fails with a message that never quotes the customer and the transcript stays, so
    a forced re-request can try again. The metadata keeps the model's tokens, their cost at
    `prices`, and the rubric the grade came from. `AnalyzerError` is logged and answered
    with the failed job, any other error marks the job failed and is raised again — except
    `Unavailable`: storage that is away for a moment fails nothing, the job stays where it
    was and is raised to the queue, which runs it again (it then starts over from its
    stored state). A queue job carries several analyses, which `many` runs in two commits
    for all of them, each item as one job would end.
    """

    new_uow: UnitOfWorkFactory
    analyzer: FeedbackAnalyzer
    clock: Clock
    ids: IdGenerator
    fraud_policy: FraudPolicy = field(factory=FraudPolicy)
    grading: GradingPolicy = field(factory=GradingPolicy)
    duplicate_window: timedelta = DUPLICATE_WINDOW
    analysability: AnalysabilityPolicy = field(factory=AnalysabilityPolicy)
    prices: TokenPrices = field(factory=TokenPrices)
    on_graded: Callable[[QualityAssessment], None] | None = None
    """Told of each assessment this job stored, once committed (the worker's metrics count
    them without reading them back)."""

    async def handle(self, job: Job) -> None:
        """The queue's handler for `JobKind.ANALYSE_FEEDBACK`: the analyses it gathered."""
        (await self.many(analysis_ids_of(job))).raise_first()

    async def many(self, analysis_ids: Sequence[AnalysisJobId]) -> BatchOutcome:
        """Runs several jobs as one does, in two commits for all of them: their reads (each
        store's context read once), and their checks, grades and ends. The analyzer reads
        them concurrently, outside any unit of work. Each item is checked against the
        feedback stored before it, its batch's included, as if the jobs ran one after
        another. A commit that fails on an unexpected error is done again item by item, so
        a failing item fails alone and the others complete; `Unavailable` is raised, as in
        one job (the queue runs the batch again, which finishes what is left)."""
        if len(set(analysis_ids)) == 1:
            try:
                return BatchOutcome((await self(analysis_ids[0]),), ())
            except Unavailable:
                raise
            except Exception as error:
                return BatchOutcome((await self._stored(analysis_ids[0]),), (error,))
        errors: list[Exception] = []
        started = await self._start_many(analysis_ids, errors)
        ready = [item for item in started.values() if not isinstance(item, AnalysisJob)]
        analysed = await asyncio.gather(
            *(self._analyse(*item) for item in ready), return_exceptions=True
        )
        done: dict[AnalysisJobId, AnalysisJob] = {
            job_id: item for job_id, item in started.items() if isinstance(item, AnalysisJob)
        }
        graded: list[_Analysed] = []
        away: Unavailable | None = None
        for (job, *_), result in zip(ready, analysed, strict=True):
            if isinstance(result, AnalyzerError):
                log.warning("analysis %s failed: %s", job.id, type(result).__name__)
                done[job.id] = await self._fail(job.id, ANALYZER_FAILED)
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

    async def __call__(self, analysis_id: AnalysisJobId) -> AnalysisJob:
        started = await self._start(analysis_id)
        if isinstance(started, AnalysisJob):
            return started
        try:
            return await self._run(*started)
        except AnalyzerError as error:
            log.warning("analysis %s failed: %s", analysis_id, type(error).__name__)
            return await self._fail(analysis_id, ANALYZER_FAILED)
        except Unavailable:
            raise
        except Exception as error:
            await self._fail(analysis_id, UNEXPECTED_FAILURE.format(error=type(error).__name__))
            raise

    async def _start(self, analysis_id: AnalysisJobId) -> AnalysisJob | _Ready:
        """The job at its first stage with what it reads, or the job as it ends here."""
        async with self.new_uow() as uow:
            started = await self._start_in(uow, analysis_id, None)
            await uow.commit()
        return started

    async def _start_many(
        self, analysis_ids: Sequence[AnalysisJobId], errors: list[Exception]
    ) -> dict[AnalysisJobId, AnalysisJob | _Ready]:
        wanted = list(dict.fromkeys(analysis_ids))
        try:
            async with self.new_uow() as uow:
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
        one_by_one: dict[AnalysisJobId, AnalysisJob | _Ready] = {}
        for analysis_id in dict.fromkeys(analysis_ids):
            try:
                one_by_one[analysis_id] = await self._start(analysis_id)
            except Unavailable:
                raise
            except NotFound as missing:
                errors.append(missing)
            except Exception as error:
                one_by_one[analysis_id] = await self._failed_on(analysis_id, error, errors)
        return one_by_one

    async def _start_in(
        self,
        uow: UnitOfWork,
        analysis_id: AnalysisJobId,
        contexts: dict[StoreId, BusinessContext | None] | None,
    ) -> AnalysisJob | _Ready:
        job = await _job(uow, analysis_id)
        if job.is_finished:
            return job
        ready: _Ready | None = None
        try:
            feedback = await recorded_feedback(
                uow, job.call_session_id, self.clock, contexts, for_update=True
            )
            # read again under the call's lock: a run of the same job that ends meanwhile
            # (a queue may deliver it twice) is not written back as analysing
            job = await _job(uow, analysis_id)
            if job.is_finished:
                return job
            require_analysable(feedback.session.status, feedback.transcript, self.analysability)
        except (NotFound, NotAnalysable) as refusal:
            reason = SESSION_GONE if isinstance(refusal, NotFound) else refusal.message
            job = job.failed(reason, self.clock.now())
        else:
            assert feedback.transcript is not None, "an analysable call has its transcript"
            job = job.at_stage(AnalysisStage.ANALYSING, self.clock.now())
            ready = (job, feedback, feedback.transcript)
        await uow.analysis_jobs.save(job)
        return job if ready is None else ready

    async def _start_read(
        self,
        uow: UnitOfWork,
        job: AnalysisJob,
        reads: BatchReads,
        contexts: dict[StoreId, BusinessContext | None],
        writes: BatchWrites,
    ) -> AnalysisJob | _Ready:
        """`_start_in` on what the batch read at once; the job is written with the batch's."""
        if job.is_finished:
            return job
        now = self.clock.now()
        session = reads.sessions.get(job.call_session_id)
        ready: _Ready | None = None
        if session is None or session.is_expired(now):
            job = job.failed(SESSION_GONE, now)
        else:
            transcript = reads.transcripts.get(session.id)
            try:
                require_analysable(session.status, transcript, self.analysability)
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

    async def _run(
        self, job: AnalysisJob, feedback: RecordedFeedback, transcript: Transcript
    ) -> AnalysisJob:
        return await self._grade(*await self._analyse(job, feedback, transcript))

    async def _analyse(
        self, job: AnalysisJob, feedback: RecordedFeedback, transcript: Transcript
    ) -> _Analysed:
        began = self.clock.now()
        analysis = await self.analyzer.analyse(
            FeedbackInput(transcript, feedback.context, feedback.session.transaction_time)
        )
        context = feedback.context
        analysis = redact_analysis(
            analysis,
            lambda name: context is not None and context.department_named(name) is not None,
        )
        took = max(self.clock.now() - began, timedelta(0)) // timedelta(milliseconds=1)
        return job, feedback, transcript, analysis, took

    async def _grade(
        self,
        job: AnalysisJob,
        feedback: RecordedFeedback,
        transcript: Transcript,
        analysis: FeedbackAnalysis,
        took_ms: int,
    ) -> AnalysisJob:
        async with self.new_uow() as uow:
            job, stored = await self._grade_in(uow, job, feedback, transcript, analysis, took_ms)
            await uow.commit()
        if stored is not None and self.on_graded is not None:
            self.on_graded(stored)
        return job

    async def _grade_many(
        self, items: list[_Analysed], errors: list[Exception]
    ) -> dict[AnalysisJobId, AnalysisJob]:
        """One commit for all `items` (in their batch's order, each seeing the ones before
        it); item by item when that commit fails on an unexpected error."""
        if not items:
            return {}
        graded: dict[AnalysisJobId, AnalysisJob] = {}
        kept: list[QualityAssessment] = []
        try:
            async with self.new_uow() as uow:
                reads = await reads_to_grade(
                    uow, [item[0].id for item in items], [item[1].session.id for item in items]
                )
                writes = BatchWrites()
                for item in items:
                    job, stored = await self._grade_in(uow, *item, reads=reads, writes=writes)
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
            if self.on_graded is not None:
                for stored in kept:
                    self.on_graded(stored)
            return graded
        graded = {}
        for item in items:
            try:
                graded[item[0].id] = await self._grade(*item)
            except Unavailable:
                raise
            except Exception as error:
                graded[item[0].id] = await self._failed_on(item[0].id, error, errors)
        return graded

    async def _grade_in(
        self,
        uow: UnitOfWork,
        seen: AnalysisJob,
        feedback: RecordedFeedback,
        transcript: Transcript,
        analysis: FeedbackAnalysis,
        took_ms: int,
        *,
        reads: BatchReads | None = None,
        writes: BatchWrites | None = None,
    ) -> tuple[AnalysisJob, QualityAssessment | None]:
        """The job's end in `uow`. The call's row lock comes first, then the job is read
        afresh: a second run of the same job (a queue may deliver it twice) waits for the
        first and finds it finished. `reads`: what a batch read so at once; `writes`: where
        a batch gathers what it writes at its end."""
        if reads is None:
            current = await uow.sessions.get(feedback.session.id, for_update=True)
            job = await _job(uow, seen.id)
        else:
            current, job = reads.sessions.get(feedback.session.id), reads.job(seen.id)
        if job.is_finished:
            return job, None
        now = self.clock.now()
        stored: QualityAssessment | None = None
        if current is None or current.is_expired(now):
            job = job.failed(SESSION_GONE, now)
        else:
            evidence = await gather_evidence(
                uow,
                feedback.session,
                transcript,
                analysis,
                feedback.context,
                policy=self.fraud_policy,
                duplicate_window=self.duplicate_window,
                signatures=None if reads is None else reads.signatures,
            )
            verdict = self.fraud_policy.evaluate(evidence)
            stored = await self._keep(
                uow, feedback, analysis, verdict, current, took_ms, now, writes
            )
            job = job.completed(stored.id, now)
        if writes is None:
            await uow.analysis_jobs.save(job)
        else:
            writes.jobs.append(job)
        return job, stored

    async def _keep(
        self,
        uow: UnitOfWork,
        feedback: RecordedFeedback,
        analysis: FeedbackAnalysis,
        verdict: FraudVerdict,
        current: CallSession,
        took_ms: int,
        now: datetime,
        writes: BatchWrites | None = None,
    ) -> QualityAssessment:
        """Grades and stores the assessment and fraud record; deletes the words it must not
        keep. Returns the assessment stored."""
        session = feedback.session
        metadata = AnalysisMetadata(
            (analysis.analyzer.strip() or "unknown")[:100],
            (analysis.model_version.strip() or "unknown")[:100],
            took_ms,
            analysis.prompt_tokens,
            analysis.completion_tokens,
            self.prices.cost(analysis.prompt_tokens, analysis.completion_tokens),
            analysis.rubric,
        )
        assessment = QualityAssessment.record(
            AssessmentId(self.ids.new()),
            session.id,
            session.store_id,
            analysis,
            verdict,
            self.grading.grade(analysis, verdict),
            metadata,
            now,
        )
        if current.is_erased:
            assessment = assessment.anonymised()
        record = FraudRecord.of(FraudCheckId(self.ids.new()), session, verdict, now)
        if writes is None:
            await uow.assessments.put(assessment)
            await uow.fraud_records.add(record)
        else:
            writes.assessments.append(assessment)
            writes.fraud_records.append(record)
        if not assessment.qualifies or current.is_erased:
            await uow.transcripts.delete_for_session(session.id)
        return assessment

    async def _failed_on(
        self, analysis_id: AnalysisJobId, error: Exception, errors: list[Exception]
    ) -> AnalysisJob:
        errors.append(error)
        log.warning("analysis %s failed: %s", analysis_id, type(error).__name__)
        return await self._fail(analysis_id, UNEXPECTED_FAILURE.format(error=type(error).__name__))

    async def _stored(self, analysis_id: AnalysisJobId) -> AnalysisJob:
        async with self.new_uow() as uow:
            return await _job(uow, analysis_id)

    async def _fail(self, analysis_id: AnalysisJobId, message: str) -> AnalysisJob:
        async with self.new_uow() as uow:
            job = await _job(uow, analysis_id)
            if not job.is_finished:
                job = job.failed(message, self.clock.now())
                await uow.analysis_jobs.save(job)
                await uow.commit()
        return job


async def _job(uow: UnitOfWork, analysis_id: AnalysisJobId) -> AnalysisJob:
    job = await uow.analysis_jobs.get(analysis_id)
    if job is None:
        raise NotFound("analysis", analysis_id)
    return job
