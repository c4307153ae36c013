"""Clock and identifiers: the two things a use case must never take from the environment itself."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol
from uuid import UUID


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware (UTC), never earlier than a previous answer."""
        ...


class IdGenerator(Protocol):
    def new(self) -> UUID:
        """A fresh identifier, never returned before by this generator."""
        ...
