"""UnitOfWork: one atomic piece of work over every repository."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Protocol, Self

from kundrost.ports.repositories import (
    AnalysisJobRepository,
    AssessmentRepository,
    BusinessContextRepository,
    CallQualityRepository,
    CallSessionRepository,
    FraudRecordRepository,
    TranscriptRepository,
    WeeklyReportRepository,
)


class UnitOfWork(Protocol):
    """Contract: changes made through the repositories are seen by other units of work only
    after `commit`; leaving the `async with` block without committing (or on an exception)
    rolls every change back, so a failed use case leaves nothing behind. A unit of work is
    used once, by one task: make a new one per use (`Callable[[], UnitOfWork]`).
    Uniqueness rules (verification, transcript per session, report per store and week)
    hold across concurrent units of work, at the latest when the second one commits.
    The unit of work ends at `commit`, `rollback` or the end of its block, whichever comes
    first; after that any use raises `RuntimeError`, except `rollback`, which then does
    nothing. A refused commit applies nothing. When the storage cannot be reached, entering
    the block or any statement in it raises `Unavailable("storage")`, rolled back.
    """

    @property
    def sessions(self) -> CallSessionRepository: ...

    @property
    def transcripts(self) -> TranscriptRepository: ...

    @property
    def assessments(self) -> AssessmentRepository: ...

    @property
    def fraud_records(self) -> FraudRecordRepository: ...

    @property
    def quality_metrics(self) -> CallQualityRepository: ...

    @property
    def contexts(self) -> BusinessContextRepository: ...

    @property
    def reports(self) -> WeeklyReportRepository: ...

    @property
    def analysis_jobs(self) -> AnalysisJobRepository: ...

    async def __aenter__(self) -> Self: ...

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...

    async def commit(self) -> None: ...

    async def rollback(self) -> None: ...


UnitOfWorkFactory = Callable[[], UnitOfWork]
