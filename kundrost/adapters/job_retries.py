"""Jobs wait out an outage: a handler that meets an unavailable service runs again, with
backoff, in the same worker, until the service is back (tenacity does the waiting)."""

from __future__ import annotations

from attrs import frozen
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception_type,
    stop_after_delay,
    wait_exponential_jitter,
)

from kundrost.adapters.outages import OutageLog
from kundrost.ports.availability import Unavailable
from kundrost.ports.job_queue import Job, JobHandler


@frozen
class OutageRetry:
    """A handler that raises the port's `Unavailable` runs again after about `first_wait`
    seconds, doubling up to `longest_wait` (with up to `jitter` seconds added, so a fleet
    of waiting jobs does not knock all at once), for at most `give_up_after` seconds; then
    `Unavailable` is raised to the queue like any other failure.

    The longest wait bounds how late a job notices the service is back (5 s by default),
    and the deadline stays under the queue's own run timeout (10 minutes), so a job never
    waits out an outage past what its queue allows. Any other error is not retried here.
    """

    first_wait: float = 0.5
    longest_wait: float = 5.0
    jitter: float = 1.0
    give_up_after: float = 300.0

    async def run(self, handler: JobHandler, job: Job, outages: OutageLog) -> None:
        """Runs `handler(job)`; each `Unavailable` met is told to `outages` (which logs one
        line per outage), and a run that gets through after one tells it the service is
        back."""
        met: set[str] = set()

        def waiting(state: RetryCallState) -> None:
            error = state.outcome.exception() if state.outcome else None
            if isinstance(error, Unavailable):
                met.add(error.service)
                outages.failed(error)

        retrying = AsyncRetrying(
            retry=retry_if_exception_type(Unavailable),
            wait=wait_exponential_jitter(
                multiplier=self.first_wait, max=self.longest_wait, jitter=self.jitter
            ),
            stop=stop_after_delay(self.give_up_after),
            before_sleep=waiting,
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                await handler(job)
        for service in met:
            outages.recovered(service)
