"""Progress: what a long batch job tells whoever watches it (a progress bar, a log)."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """`started` at the start of each pass over the items, with their number when it is
    known up front, then `advanced` as items are done. Watching never changes the work."""

    def started(self, total: int | None) -> None: ...

    def advanced(self, by: int = 1) -> None: ...


class Unwatched:
    """Progress nobody watches."""

    def started(self, total: int | None) -> None:
        return None

    def advanced(self, by: int = 1) -> None:
        return None


UNWATCHED = Unwatched()
