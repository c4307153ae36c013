"""JobQueue: work that runs after the request that asked for it (analysis, retries, reports)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from attrs import field, frozen

from kundrost.domain.validation import aware, text_length

BATCH = 20
"""The default of the most items a gathering job carries (`KUNDROST_QUEUE_BATCH`)."""


class JobKind(StrEnum):
    ANALYSE_FEEDBACK = "analyse_feedback"
    RETRY_CALL = "retry_call"
    WEEKLY_REPORT = "weekly_report"
    SEND_REPORT_EMAIL = "send_report_email"


def _payload(value: Mapping[str, str]) -> dict[str, str]:
    return dict(value)


def _items(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@frozen
class Job:
    """A unit of background work: what to do, with which arguments, and not before when.

    `key` makes enqueueing idempotent: a second job with the key of one that is still
    queued or running is dropped.

    A gathering job (`Job.gathering`) carries `items` instead: enqueued, its one item joins
    a job of its kind that has not started yet and holds fewer than the queue's batch size
    of items, or starts a new such job; its handler receives all the items gathered. This
    lets one run of a handler do the work of many enqueues (one queue job, one transaction
    for several analyses) without delaying any: a job gathers only while it waits.
    """

    kind: JobKind
    payload: dict[str, str] = field(factory=dict, converter=_payload)
    key: str | None = field(default=None, validator=text_length(1, 200))
    not_before: datetime | None = field(default=None, validator=aware)
    items: tuple[str, ...] = field(default=(), converter=_items)
    gathers: bool = False

    @classmethod
    def gathering(cls, kind: JobKind, item: str) -> Job:
        """The gathering job that hands `item` to a handler of `kind`."""
        return cls(kind, items=(item,), gathers=True)

    def __attrs_post_init__(self) -> None:
        if self.gathers and (self.key is not None or self.not_before is not None or not self.items):
            raise ValueError("a gathering job has items, and neither a key nor a time")


JobHandler = Callable[[Job], Awaitable[None]]


class JobQueue(Protocol):
    """Contract: `enqueue` returns at once and says whether the job was accepted (False for
    a duplicate key still pending, or a gathering job whose item a job holds that has not
    ended); an accepted job runs once, by the handler registered
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
