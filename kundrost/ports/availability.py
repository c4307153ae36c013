"""Unavailable: a service behind a port does not answer now, and may again later."""

from __future__ import annotations

from typing import Literal

Service = Literal["storage", "cache", "queue"]
"""The ports whose service can be away: PostgreSQL storage, the Redis cache and queue."""


class Unavailable(RuntimeError):
    """The service behind `service` could not be reached (refused, reset, timed out, shut
    down): nothing is wrong with the request, and the same call may succeed later.

    Adapters raise it instead of their driver's connection errors, so the HTTP layer answers
    503 and the job queues retry without knowing asyncpg or redis. The message names the
    error's type only: a driver's text may hold an address or a password.
    """

    def __init__(self, service: Service, cause: BaseException | None = None) -> None:
        reason = f" ({type(cause).__name__})" if cause is not None else ""
        super().__init__(f"{service} is unavailable{reason}")
        self.service: Service = service
        self.reason = type(cause).__name__ if cause is not None else None


class Contended(Unavailable):
    """The service is up but gave up the request's transaction in a conflict with another
    one at the same moment (a deadlock): nothing of it was changed, and the same call may
    succeed at once. Answered and retried as `Unavailable`, but no outage: nothing else is
    refused meanwhile."""
