"""Overlay: a unit of work's pending changes laid over the committed records of one table."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, Protocol, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

Guard = Callable[[], None]


def positive_limit(limit: int) -> int:
    """A batch size is at least one: a zero or negative limit is a caller's mistake."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValueError(f"limit must be a positive integer, got {limit!r}")
    return limit


class Overlay(Generic[K, V]):
    """Reads see the committed records with this unit of work's puts and deletes on top.

    `committed` is the store's own dict: reads see other units of work's commits as soon
    as they happen (read committed), and this unit of work's own changes at once.
    """

    def __init__(self, committed: dict[K, V]) -> None:
        self.committed = committed
        self.pending: dict[K, V | None] = {}

    def get(self, key: K) -> V | None:
        if key in self.pending:
            return self.pending[key]
        return self.committed.get(key)

    def items(self) -> list[tuple[K, V]]:
        visible = [(k, v) for k, v in list(self.committed.items()) if k not in self.pending]
        visible += [(k, v) for k, v in self.pending.items() if v is not None]
        return visible

    def values(self) -> list[V]:
        return [value for _, value in self.items()]

    def visible_keys(self) -> list[K]:
        return [key for key, _ in self.items()]

    def put(self, key: K, value: V) -> None:
        self.pending[key] = value

    def delete(self, key: K) -> None:
        self.pending[key] = None

    def pending_values(self) -> list[V]:
        return [value for value in self.pending.values() if value is not None]

    def apply(self) -> None:
        """Writes the pending puts and deletes into the committed records (at commit)."""
        for key, value in self.pending.items():
            if value is None:
                self.committed.pop(key, None)
            else:
                self.committed[key] = value


class PendingChanges(Protocol):
    """What a repository of a unit of work does at commit: first every repository checks
    that its changes still keep the store's rules, then every repository applies them."""

    def check_commit(self) -> None: ...

    def apply_commit(self) -> None: ...
