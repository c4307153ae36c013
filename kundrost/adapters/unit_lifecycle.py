"""The life of a unit of work, shared by every storage adapter: new, active inside its
`async with` block, then ended for good, with the same refusals everywhere (the port's
contract: used once, by one task)."""

from __future__ import annotations

from enum import Enum


class _State(Enum):
    NEW = "new"
    ACTIVE = "active"
    ENDED = "ended"


class UnitLifecycle:
    """Where a unit of work is in its life; `end` answers True only the first time, so the
    adapter releases what it holds once."""

    def __init__(self) -> None:
        self._state = _State.NEW

    @property
    def active(self) -> bool:
        return self._state is _State.ACTIVE

    def enter(self) -> None:
        if self._state is not _State.NEW:
            raise RuntimeError("a unit of work is used once; make a new one")
        self._state = _State.ACTIVE

    def ensure_active(self) -> None:
        if self._state is _State.NEW:
            raise RuntimeError("the unit of work is used outside its `async with` block")
        if self._state is _State.ENDED:
            raise RuntimeError("the unit of work has ended (committed or rolled back)")

    def end(self) -> bool:
        if self._state is _State.ENDED:
            return False
        self._state = _State.ENDED
        return True
