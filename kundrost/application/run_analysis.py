"""RunAnalysis: the analysis job itself — read, check for fraud, grade, keep or delete the words."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from attrs import field, frozen

from kundrost.application.analysis_batch import (
    BatchReads,
    BatchWrites,
)
from kundrost.application.fraud_evidence import DUPLICATE_WINDOW, gather_evidence
from kundrost.application.recorded_feedback import RecordedFeedback, recorded_feedback
from kundrost.domain.analysability import AnalysabilityPolicy, require_analysable
from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.analysis_cost import TokenPrices
from kundrost.domain.analysis_job import AnalysisJob, AnalysisStage
from kundrost.domain.analysis_redaction import redact_analysis
from kundrost.domain.assessment import AnalysisMetadata, QualityAssessment
from kundrost.domain.call_session import CallSession
from kundrost.domain.errors import NotAnalysable
from kundrost.domain.fraud import FraudVerdict
from kundrost.domain.fraud_checks import FraudPolicy
from kundrost.domain.fraud_record import FraudRecord
from kundrost.domain.grading import GradingPolicy
from kundrost.domain.ids import AnalysisJobId, AssessmentId, FraudCheckId
from kundrost.domain.redaction import REDACTION_RULES
from kundrost.domain.transcript import Transcript
from kundrost.ports.analyzer import AnalyzerError, FeedbackAnalyzer, FeedbackInput
from kundrost.ports.availability import Unavailable
from kundrost.ports.errors import NotFound
from kundrost.ports.system import Clock, IdGenerator
from kundrost.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)

ANALYZER_FAILED = "The analyzer could not read this feedback; the transcript is kept for a re-run."
UNEXPECTED_FAILURE = "The analysis stopped on an unexpected error ({error})."
SESSION_GONE = "The call session no longer exists or has expired."

Ready = tuple[AnalysisJob, RecordedFeedback, Transcript]
Analysed = tuple[AnalysisJob, RecordedFeedback, Transcript, FeedbackAnalysis, int]


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
    stored state). A queue job's several analyses are run together by `RunAnalyses`, each
    item as one job would end, through this class's steps (`start`, `analyse`, `grade_in`,
    `grade`, `fail`).
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

    async def __call__(self, analysis_id: AnalysisJobId) -> AnalysisJob:
        started = await self.start(analysis_id)
        if isinstance(started, AnalysisJob):
            return started
        try:
            return await self._run(*started)
        except AnalyzerError as error:
            log.warning("analysis %s failed: %s", analysis_id, type(error).__name__)
            return await self.fail(analysis_id, ANALYZER_FAILED)
        except Unavailable:
            raise
        except Exception as error:
            await self.fail(analysis_id, UNEXPECTED_FAILURE.format(error=type(error).__name__))
            raise

    async def start(self, analysis_id: AnalysisJobId) -> AnalysisJob | Ready:
        """The job at its first stage with what it reads, or the job as it ends here."""
        async with self.new_uow() as uow:
            started = await self._start_in(uow, analysis_id)
            await uow.commit()
        return started

    async def _start_in(self, uow: UnitOfWork, analysis_id: AnalysisJobId) -> AnalysisJob | Ready:
        job = await job_of(uow, analysis_id)
        if job.is_finished:
            return job
        ready: Ready | None = None
        try:
            feedback = await recorded_feedback(
                uow, job.call_session_id, self.clock, for_update=True
            )
            # read again under the call's lock: a run of the same job that ends meanwhile
            # (a queue may deliver it twice) is not written back as analysing
            job = await job_of(uow, analysis_id)
            if job.is_finished:
                return job
            session = feedback.session
            require_analysable(
                session.status, feedback.transcript, self.analysability, erased=session.is_erased
            )
        except (NotFound, NotAnalysable) as refusal:
            reason = SESSION_GONE if isinstance(refusal, NotFound) else refusal.message
            job = job.failed(reason, self.clock.now())
        else:
            assert feedback.transcript is not None, "an analysable call has its transcript"
            job = job.at_stage(AnalysisStage.ANALYSING, self.clock.now())
            ready = (job, feedback, feedback.transcript)
        await uow.analysis_jobs.save(job)
        return job if ready is None else ready

    async def _run(
        self, job: AnalysisJob, feedback: RecordedFeedback, transcript: Transcript
    ) -> AnalysisJob:
        return await self.grade(*await self.analyse(job, feedback, transcript))

    async def analyse(
        self, job: AnalysisJob, feedback: RecordedFeedback, transcript: Transcript
    ) -> Analysed:
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

    async def grade(
        self,
        job: AnalysisJob,
        feedback: RecordedFeedback,
        transcript: Transcript,
        analysis: FeedbackAnalysis,
        took_ms: int,
    ) -> AnalysisJob:
        async with self.new_uow() as uow:
            job, stored = await self.grade_in(uow, job, feedback, transcript, analysis, took_ms)
            await uow.commit()
        if stored is not None and self.on_graded is not None:
            self.on_graded(stored)
        return job

    async def grade_in(
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
            job = await job_of(uow, seen.id)
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
            REDACTION_RULES,
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

    async def fail(self, analysis_id: AnalysisJobId, message: str) -> AnalysisJob:
        async with self.new_uow() as uow:
            job = await job_of(uow, analysis_id)
            if not job.is_finished:
                job = job.failed(message, self.clock.now())
                await uow.analysis_jobs.save(job)
                await uow.commit()
        return job


async def job_of(uow: UnitOfWork, analysis_id: AnalysisJobId) -> AnalysisJob:
    job = await uow.analysis_jobs.get(analysis_id)
    if job is None:
        raise NotFound("analysis", analysis_id)
    return job
