"""Honest fakes for what the shipped adapters cannot be told to do: break, pause, misbehave."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Sequence
from types import TracebackType
from typing import Any, Self

from kundrost.adapters.memory import MemoryStore, MemoryUnitOfWork
from kundrost.domain.conversation import ConversationPlan
from kundrost.domain.ids import CallSessionId
from kundrost.domain.transcript import Message
from kundrost.ports.job_queue import Job
from kundrost.ports.unit_of_work import UnitOfWork, UnitOfWorkFactory
from kundrost.ports.voice import ConversationEnded


class StorageDown(Exception):
    """What a database that went away raises in the middle of a unit of work."""


class _BreakingRepository:
    def __init__(self, inner: object, method: str) -> None:
        self._inner = inner
        self._method = method

    def __getattr__(self, name: str) -> Any:
        if name == self._method:

            async def broken(*_args: object, **_kwargs: object) -> None:
                raise StorageDown(f"{self._method} failed")

            return broken
        return getattr(self._inner, name)


class BreakingUnitOfWork:
    """A `MemoryUnitOfWork` whose `where` ("quality_metrics.put", "commit") raises
    `StorageDown`; everything else, rollback included, is the real thing."""

    def __init__(self, store: MemoryStore, where: str) -> None:
        self._inner = MemoryUnitOfWork(store)
        repository, _, method = where.rpartition(".")
        self._break_commit = where == "commit"
        for name in (
            "sessions",
            "transcripts",
            "assessments",
            "fraud_records",
            "quality_metrics",
            "contexts",
            "reports",
            "analysis_jobs",
        ):
            inner = getattr(self._inner, name)
            setattr(self, name, _BreakingRepository(inner, method) if name == repository else inner)

    async def __aenter__(self) -> Self:
        await self._inner.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self._inner.__aexit__(exc_type, exc, traceback)

    async def commit(self) -> None:
        if self._break_commit:
            raise StorageDown("commit failed")
        await self._inner.commit()

    async def rollback(self) -> None:
        await self._inner.rollback()


def breaking(store: MemoryStore, where: str) -> UnitOfWorkFactory:
    def new_uow() -> UnitOfWork:
        return BreakingUnitOfWork(store, where)  # type: ignore[return-value]

    return new_uow


class BrokenQueue:
    """A job queue that fails every enqueue with `error` (an unexplained failure by default)."""

    def __init__(self, error: Exception | None = None) -> None:
        self.attempts: list[Job] = []
        self.error = error or StorageDown("the queue is unreachable")

    async def enqueue(self, job: Job) -> bool:
        self.attempts.append(job)
        raise self.error


class ScriptedVoiceAgent:
    """Says `messages` and then ends with `ended`, whatever the plan; remembers the plans.

    `fail_after` raises after that many messages (a dropped audio stream); `hold` makes the
    agent wait for the event after its first message, to look at a conversation under way;
    `ended=None` stops without saying how it ended, breaking the contract.
    """

    def __init__(
        self,
        messages: Sequence[Message],
        ended: ConversationEnded | None,
        *,
        fail_after: int | None = None,
        hold: asyncio.Event | None = None,
    ) -> None:
        self.messages = tuple(messages)
        self.ended = ended
        self.fail_after = fail_after
        self.hold = hold
        self.talking = asyncio.Event()
        self.plans: list[tuple[ConversationPlan, CallSessionId]] = []

    def converse(
        self, plan: ConversationPlan, session_id: CallSessionId
    ) -> AsyncIterator[Message | ConversationEnded]:
        self.plans.append((plan, session_id))
        return self._talk()

    async def _talk(self) -> AsyncIterator[Message | ConversationEnded]:
        for index, message in enumerate(self.messages):
            if index == self.fail_after:
                raise ConnectionResetError("the audio stream dropped")
            yield message
            self.talking.set()
            if self.hold is not None:
                await self.hold.wait()
        if self.ended is not None:
            yield self.ended
