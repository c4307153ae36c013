"""The `Allow` header of OPTIONS answers, listing every method of the path.

Litestar 2 makes a path's automatic OPTIONS handler when the first handler of the path is
registered, so a path served by several handlers (PATCH and DELETE of a call session) lists
only the first one's methods (litestar-org/litestar#4169, fixed in Litestar 3). This wrapper
writes the header from the app's routes instead; every other request passes straight on.
"""

from __future__ import annotations

from litestar import Litestar
from litestar.enums import ScopeType
from litestar.routes import HTTPRoute
from litestar.types import ASGIApp, Message, Receive, Scope, Send


class ExactAllow:
    """ASGI wrapper: an OPTIONS answer's `Allow` is the methods of its route, all handlers'."""

    def __init__(self, app: ASGIApp, allowed: dict[str, bytes]) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != ScopeType.HTTP or scope["method"] != "OPTIONS":
            await self.app(scope, receive, send)
            return

        async def send_allow(message: Message) -> None:
            allow = self.allowed.get(scope.get("path_template", ""))
            if message["type"] == "http.response.start" and allow is not None:
                headers = [(k, v) for k, v in message.get("headers", ()) if k.lower() != b"allow"]
                message["headers"] = [*headers, (b"allow", allow)]
            await send(message)

        await self.app(scope, receive, send_allow)


def install_exact_allow(app: Litestar) -> Litestar:
    """Wrap the app's ASGI handler; the methods are read from its routes once, here."""
    allowed = {
        route.path_format: ", ".join(sorted(route.methods)).encode()
        for route in app.routes
        if isinstance(route, HTTPRoute)
    }
    app.asgi_handler = ExactAllow(app.asgi_handler, allowed)
    return app
