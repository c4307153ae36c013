"""NewSessions: a verified purchase's call session, stored and committed before its call."""

from __future__ import annotations

from typing import Protocol

from kundrost.domain.call_session import CallSession


class NewSessions(Protocol):
    """Contract: `add` stores `session` and commits it at once, outside any unit of work,
    so the call's events find it as soon as the call is placed. One session per
    verification, also under a race: a session for a verification (or with an id) already
    stored, or stored by a concurrent `add` first, is refused with `CallAlreadyExists`
    naming the first, and nothing of it is written. An adapter may write sessions added at
    the same time with one statement; each is still refused or stored on its own. While
    storage cannot be reached, `add` raises `Unavailable("storage")` and nothing is stored.
    """

    async def add(self, session: CallSession) -> None: ...
