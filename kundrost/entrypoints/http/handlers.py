"""Litestar's route decorators, with guards that are given the handler itself.

Litestar hands each guard a copy of the route handler (`copy(self)` per guard, per request),
so that a guard cannot change the handler for the requests after it. kundrost's guards read
nothing from the handler and change nothing, and the copy cost more than the checks. The
decorators here are Litestar's own, with `authorize_connection` overridden and nothing else.
"""

from __future__ import annotations

from typing import Any

import litestar
from litestar.connection import ASGIConnection


class _UncopiedGuards:
    async def authorize_connection(self, connection: ASGIConnection[Any, Any, Any, Any]) -> None:
        """Every guard in scope, in order, each given this handler (guards must not change it)."""
        for guard in self.resolve_guards():  # type: ignore[attr-defined]
            await guard(connection, self)


class get(_UncopiedGuards, litestar.get):
    pass


class post(_UncopiedGuards, litestar.post):
    pass


class put(_UncopiedGuards, litestar.put):
    pass


class patch(_UncopiedGuards, litestar.patch):
    pass


class delete(_UncopiedGuards, litestar.delete):
    pass
