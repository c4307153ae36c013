"""RequeueStalledAnalyses: hand analysis jobs that a lost worker left behind to the queue again."""

from __future__ import annotations

from datetime import timedelta

from attrs import field, frozen

from kundrost.application.analysis_queue import queue_job_for
from kundrost.application.batches import valid_batch_size
from kundrost.application.progress import UNWATCHED, Progress
from kundrost.domain.analysis_job import AnalysisJob
from kundrost.ports.job_queue import JobQueue
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWorkFactory

GAVE_UP = "The analysis did not finish in time and was given up; request it again to retry."


def _positive(_instance: object, attribute: object, value: timedelta) -> None:
    if value <= timedelta(0):
        raise ValueError(f"{getattr(attribute, 'name', 'duration')} must be positive")


@frozen
class StalledSweep:
    """Stalled jobs found, handed to the queue again, still waiting in the queue (a pending
    duplicate the queue dropped), and given up; `more` when the batch was full."""

    found: int
    requeued: int
    still_queued: int
    given_up: int
    more: bool


@frozen
class RequeueStalledAnalyses:
    """Jobs queued or processing that have not moved for `timeout` (15 minutes) are
    enqueued again as the request enqueued them (`queue_job_for`: an analysis a queue job
    still holds, waiting or running, is not doubled), and running a job twice is safe (`RunAnalysis`
    returns a finished job unchanged). A job older than `give_up_after` (a day) is failed
    instead, with a message that asks for a new request, so a job that kills its worker
    is not requeued forever. At most `limit` jobs per run, oldest first; the next run
    takes the rest."""

    new_uow: UnitOfWorkFactory
    queue: JobQueue
    clock: Clock
    timeout: timedelta = field(default=timedelta(minutes=15), validator=_positive)
    give_up_after: timedelta = field(default=timedelta(days=1), validator=_positive)
    limit: int = field(default=1000, validator=valid_batch_size)

    async def __call__(self, *, progress: Progress = UNWATCHED) -> StalledSweep:
        now = self.clock.now()
        async with self.new_uow() as uow:
            stalled = await uow.analysis_jobs.stalled(now - self.timeout, self.limit)
        progress.started(len(stalled))
        requeued = still_queued = given_up = 0
        for job in stalled:
            if now - job.created_at >= self.give_up_after:
                given_up += await self._give_up(job)
            elif await self.queue.enqueue(queue_job_for(job)):
                requeued += 1
            else:
                still_queued += 1
            progress.advanced()
        return StalledSweep(
            len(stalled), requeued, still_queued, given_up, more=len(stalled) == self.limit
        )

    async def _give_up(self, seen: AnalysisJob) -> int:
        """Fails the job unless it moved since it was read (a worker is on it after all)."""
        async with self.new_uow() as uow:
            job = await uow.analysis_jobs.get(seen.id)
            if job is None or job.is_finished or job.updated_at != seen.updated_at:
                return 0
            await uow.analysis_jobs.save(job.failed(GAVE_UP, max(self.clock.now(), job.updated_at)))
            await uow.commit()
        return 1
