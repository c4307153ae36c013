"""RetryDueCalls: place every automatic retry whose backoff has passed."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from attrs import field, frozen

from kundrost.application.batches import valid_batch_size
from kundrost.application.progress import UNWATCHED, Progress
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus
from kundrost.domain.errors import DomainError
from kundrost.domain.ids import CallSessionId
from kundrost.domain.retry import RetryPolicy
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWorkFactory

log = logging.getLogger("kundrost.calls")

Retry = Callable[[CallSessionId], Awaitable[CallSession]]
"""`RetryCall`: commits the next attempt and dials it; a refused call comes back failed."""


@frozen
class RetrySweep:
    """One pass over the failed calls: how many were looked at, how many were due, and of
    those how many calls were placed, failed again at once (the provider refused, or the
    retry raised), or were no longer retryable when their turn came (retried through the
    API or expired meanwhile)."""

    examined: int
    due: int
    placed: int
    failed: int
    refused: int


@frozen
class RetryDueCalls:
    """Read the failed sessions that have attempts left, page by page in id order, and
    retry each one the retry policy says is due (`backoff[n - 1]` after attempt n ended:
    5 then 30 minutes), through `RetryCall`, which keeps the limit of 3 attempts in all
    under a lock. Expired sessions are left to retention. A retry that raises is logged
    (session id and error type) and counted; the others go on."""

    new_uow: UnitOfWorkFactory
    retry: Retry
    clock: Clock
    policy: RetryPolicy = field(factory=RetryPolicy)
    page_size: int = field(default=500, validator=valid_batch_size)

    async def __call__(self, *, progress: Progress = UNWATCHED) -> RetrySweep:
        now = self.clock.now()
        progress.started(None)
        examined = due = placed = failed = refused = 0
        after: CallSessionId | None = None
        while True:
            async with self.new_uow() as uow:
                page = await uow.sessions.failed(
                    attempts_below=self.policy.max_attempts, after=after, limit=self.page_size
                )
            for session in page:
                examined += 1
                progress.advanced()
                if session.is_expired(now) or not self.policy.is_due(session, now):
                    continue
                due += 1
                try:
                    retried = await self.retry(session.id)
                except DomainError as refusal:
                    refused += 1
                    log.info("retry of call %s refused: %s", session.id, refusal.code)
                except Exception as error:
                    failed += 1
                    log.error(
                        "retry of call %s failed: %s",
                        session.id,
                        type(error).__name__,
                        exc_info=error,
                    )
                else:
                    if retried.status is CallStatus.FAILED:
                        failed += 1
                    else:
                        placed += 1
            if len(page) < self.page_size:
                return RetrySweep(examined, due, placed, failed, refused)
            after = page[-1].id
