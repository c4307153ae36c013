"""JobQueue: work that runs after the request that asked for it (analysis, retries, reports)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from attrs import field, frozen

from kundrost.domain.validation import aware, text_length


class JobKind(StrEnum):
    ANALYSE_FEEDBACK = "analyse_feedback"
    RETRY_CALL = "retry_call"
    WEEKLY_REPORT = "weekly_report"
    SEND_REPORT_EMAIL = "send_report_email"


def _payload(value: Mapping[str, str]) -> dict[str, str]:
    return dict(value)


@frozen
class Job:
    """A unit of background work: what to do, with which arguments, and not before when.

    `key` makes enqueueing idempotent: a second job with the key of one that is still
    queued or running is dropped.
    """

    kind: JobKind
    payload: dict[str, str] = field(factory=dict, converter=_payload)
    key: str | None = field(default=None, validator=text_length(1, 200))
    not_before: datetime | None = field(default=None, validator=aware)


JobHandler = Callable[[Job], Awaitable[None]]


class JobQueue(Protocol):
    """Contract: `enqueue` returns at once and says whether the job was accepted (False for
    a duplicate key still pending); an accepted job runs once, by the handler registered
    for its kind, at or after `not_before`; a handler that raises does not stop other jobs.
    A handler that raises `Unavailable` (a service it needs is away) runs again, with
    backoff, until it gets through. While the queue's own service is away, `enqueue`
    raises `Unavailable("queue")`.
    """

    async def enqueue(self, job: Job) -> bool: ...


class JobRunner(Protocol):
    """The worker side: which handler runs each kind of job."""

    def register(self, kind: JobKind, handler: JobHandler) -> None: ...


Handlers = Mapping[JobKind, JobHandler]
