"""PostgresUnitOfWork: one transaction on one pooled connection, every repository in it."""

from __future__ import annotations

from functools import cached_property
from types import TracebackType
from typing import Self

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from kundrost.adapters.postgres.analysis_job_repository import PostgresAnalysisJobRepository
from kundrost.adapters.postgres.assessment_repository import PostgresAssessmentRepository
from kundrost.adapters.postgres.availability import broken, end, unavailable
from kundrost.adapters.postgres.context_repository import PostgresBusinessContextRepository
from kundrost.adapters.postgres.record_repositories import (
    PostgresCallQualityRepository,
    PostgresFraudRecordRepository,
)
from kundrost.adapters.postgres.report_repository import PostgresWeeklyReportRepository
from kundrost.adapters.postgres.session_repository import PostgresCallSessionRepository
from kundrost.adapters.postgres.transaction import Write
from kundrost.adapters.postgres.transcript_repository import PostgresTranscriptRepository
from kundrost.adapters.unit_lifecycle import UnitLifecycle
from kundrost.ports.availability import Unavailable
from kundrost.ports.cipher import Cipher
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


class PostgresTransaction:
    """One PostgreSQL transaction (READ COMMITTED) on one pooled connection: what
    `PostgresUnitOfWork` does, and all its repositories hold of it.

    A connection is taken from the pool on entry; the transaction begins with the first
    write or locking read. Plain reads before it run on their own: under READ COMMITTED
    each statement sees its own snapshot inside a transaction too, so nothing changes but
    the round trips of BEGIN and ROLLBACK, which a status read would otherwise pay twice
    over its one query. A commit with a single write and no transaction begun sends that
    write alone, atomic by itself (no BEGIN, no COMMIT). `commit` commits, anything else
    rolls back, and the connection goes back to the pool either way.

    Inserts that a uniqueness rule guards (a session per verification, a transcript per
    session, a report per store and week, a context version) are written when the unit of
    work next touches the database, at the latest on commit, with `ON CONFLICT DO NOTHING`:
    an uncommitted row never makes a concurrent unit of work wait while this one still has
    work to do, the first to commit wins, and the loser learns at its commit which record
    won. Any later statement of the same unit of work runs after them, so it sees its own
    changes. A write refused then ends the unit of work, rolled back.

    When the database cannot be reached — on entry, or by any statement inside the block,
    or the block failed on a connection that broke (closed by the server, or stuck in
    mid-reply) — the unit of work ends rolled back, a broken connection is ended rather than
    lent again, and the port's `Unavailable` is raised in place of asyncpg's error (its
    cause).
    """

    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool
        self._life = UnitLifecycle()
        self._connection: PoolConnectionProxy | None = None
        self._open = False
        self._lost = False
        self._pending: list[Write] = []

    async def __aenter__(self) -> Self:
        self._life.enter()
        try:
            self._connection = await self._pool.acquire()
        except BaseException as error:
            await self._end()
            away = self._away(error)
            if away is not None:
                raise away from error
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self._end(exc)
        away = None if exc is None else self._away(exc)
        if away is not None and away is not exc:
            raise away from exc

    def _away(self, error: BaseException) -> Unavailable | None:
        """`Unavailable` when `error` says the database is away, or when it came from a
        connection that broke (`broken`: asyncpg then raises all sorts of errors)."""
        away = unavailable(error)
        if away is None and self._lost and isinstance(error, Exception):
            away = Unavailable("storage", error)
        return away

    async def commit(self) -> None:
        self._ensure_active()
        try:
            await self._commit()
        except BaseException as error:
            await self._end(error)
            raise
        await self._end()

    async def _commit(self) -> None:
        if not self._open and len(self._pending) <= 1:
            await self._flush()
            return
        await self._begin()
        await self._flush()
        assert self._connection is not None
        self._open = False
        status = await self._connection.execute("COMMIT")
        if status != "COMMIT":
            raise RuntimeError(
                "the transaction had failed earlier and was rolled back; nothing committed"
            )

    async def rollback(self) -> None:
        """Drops every change; rolling back an ended unit of work does nothing."""
        await self._end()

    async def connection(self, *, reads_only: bool = False) -> PoolConnectionProxy:
        """The transaction's connection, once the writes waiting for it are written; the
        transaction begins here unless `reads_only` and nothing has been written yet."""
        self._ensure_active()
        if self._pending or not reads_only:
            await self._begin()
            await self._flush()
        assert self._connection is not None
        return self._connection

    async def _begin(self) -> None:
        if self._open:
            return
        assert self._connection is not None
        try:
            await self._connection.execute("BEGIN")
        except BaseException as error:
            await self._end(error)
            raise
        self._open = True

    def defer(self, write: Write) -> None:
        """Writes `write` before the next statement of this unit of work, or at commit."""
        self._ensure_active()
        self._pending.append(write)

    async def _flush(self) -> None:
        assert self._connection is not None
        try:
            while self._pending:
                await self._pending.pop(0)(self._connection)
        except BaseException as error:
            await self._end(error)
            raise

    def _ensure_active(self) -> None:
        self._life.ensure_active()

    async def _end(self, error: BaseException | None = None) -> None:
        """Rolls back what is open and gives the connection back; a connection that `error`
        left `broken`, or that fails its ROLLBACK, is ended instead: its transaction is gone
        with it, and the pool opens a fresh one rather than lending it again."""
        if not self._life.end():
            return
        self._pending.clear()
        connection, self._connection = self._connection, None
        if connection is None:
            return
        opened, self._open = self._open, False
        self._lost = broken(connection, error)
        try:
            if opened and not self._lost:
                await connection.execute("ROLLBACK")
        except Exception:
            self._lost = True
        finally:
            if self._lost:
                end(connection)
            await self._pool.release(connection)


class PostgresUnitOfWork:
    """`ports.UnitOfWork` as one `PostgresTransaction` and every repository in it.

    The repositories hold the transaction, not the unit of work, so nothing here refers
    back to what holds it: a unit of work is freed by reference counting when its request
    ends. (They used to hold the unit of work, a cycle of eleven objects a request that only
    a full collection freed, which made those collections long and frequent under load.)
    Each repository is made when it is first used: most units of work use one or two of the
    eight, and a status read would otherwise build all of them for its one query.
    """

    def __init__(self, pool: asyncpg.Pool, cipher: Cipher) -> None:
        self._transaction = PostgresTransaction(pool)
        self._cipher = cipher

    @cached_property
    def sessions(self) -> CallSessionRepository:
        return PostgresCallSessionRepository(self._transaction, self._cipher)

    @cached_property
    def transcripts(self) -> TranscriptRepository:
        return PostgresTranscriptRepository(self._transaction, self._cipher)

    @cached_property
    def assessments(self) -> AssessmentRepository:
        return PostgresAssessmentRepository(self._transaction, self._cipher)

    @cached_property
    def fraud_records(self) -> FraudRecordRepository:
        return PostgresFraudRecordRepository(self._transaction)

    @cached_property
    def quality_metrics(self) -> CallQualityRepository:
        return PostgresCallQualityRepository(self._transaction)

    @cached_property
    def contexts(self) -> BusinessContextRepository:
        return PostgresBusinessContextRepository(self._transaction)

    @cached_property
    def reports(self) -> WeeklyReportRepository:
        return PostgresWeeklyReportRepository(self._transaction, self._cipher)

    @cached_property
    def analysis_jobs(self) -> AnalysisJobRepository:
        return PostgresAnalysisJobRepository(self._transaction)

    async def __aenter__(self) -> Self:
        await self._transaction.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self._transaction.__aexit__(exc_type, exc, traceback)

    async def commit(self) -> None:
        await self._transaction.commit()

    async def rollback(self) -> None:
        """Drops every change; rolling back an ended unit of work does nothing."""
        await self._transaction.rollback()

    async def connection(self, *, reads_only: bool = False) -> PoolConnectionProxy:
        """The transaction's connection (`PostgresTransaction.connection`), for adapter work
        that no repository does, such as sealing stored rows."""
        return await self._transaction.connection(reads_only=reads_only)

    def defer(self, write: Write) -> None:
        self._transaction.defer(write)
