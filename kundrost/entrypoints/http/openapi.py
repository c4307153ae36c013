"""The OpenAPI configuration, and the Swagger UI at `/schema` served from files pinned in the
package (no CDN: the page works without internet and never changes under a running service).

Both the UI and `/schema/openapi.json` show `openapi_exact.exact_document`: Litestar's
document, made to say exactly what the server accepts and answers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from litestar import Request, Router
from litestar.datastructures import CacheControlHeader
from litestar.openapi import OpenAPIConfig
from litestar.openapi.plugins import JsonRenderPlugin, SwaggerRenderPlugin
from litestar.openapi.spec import Components, SecurityScheme, Tag
from litestar.static_files import create_static_files_router

from kundrost.entrypoints.http.openapi_exact import exact_document
from kundrost.version import installed_version

SWAGGER_UI_VERSION = "5.35.0"
ASSETS = Path(__file__).parent / "assets" / "swagger-ui"
ASSETS_PATH = f"/assets/swagger-ui-{SWAGGER_UI_VERSION}"
"""Under `/schema`; the version in the path lets browsers cache the files for good."""
STATE_KEY = "exact_openapi_document"


def openapi_config() -> OpenAPIConfig:
    return OpenAPIConfig(
        title="kundrost",
        version=installed_version(),
        description=(
            "AI feedback calls for Swedish stores: a verified purchase is called at once, the "
            "Swedish conversation graded, honest and useful feedback rewarded with 2–15 % "
            "cashback, and every store given a weekly report. Every endpoint but `/health` "
            "needs a bearer JWT (`kundrost token` makes one for local use). Errors are "
            "`{error, message, details, timestamp}`; every answer carries `X-Request-ID`."
        ),
        path="/schema",
        render_plugins=[PinnedSwaggerRenderPlugin(path=["/", "/swagger"]), ExactJsonPlugin()],
        components=Components(
            security_schemes={
                "BearerToken": SecurityScheme(
                    type="http",
                    scheme="bearer",
                    bearer_format="JWT",
                    description="HS256 JWT with claims sub, role, store_ids (business), exp.",
                )
            }
        ),
        tags=[
            Tag(name="Calls", description="Feedback calls: initiate, follow, retry, cancel."),
            Tag(name="Analysis", description="Grading, fraud checks, summaries, metrics."),
            Tag(name="Business", description="Weekly reports, search, trends, store context."),
            Tag(name="Webhooks", description="What the phone network reports about a call."),
            Tag(name="Operations", description="Health, readiness and metrics."),
        ],
        use_handler_docstrings=False,
    )


def document_of(request: Request[Any, Any, Any], litestar_document: dict[str, Any]) -> Any:
    """The app's exact document, made from Litestar's on the first request for it."""
    state = request.app.state
    if STATE_KEY not in state:
        state[STATE_KEY] = exact_document(request.app, litestar_document)
    return state[STATE_KEY]


class ExactJsonPlugin(JsonRenderPlugin):
    """`/schema/openapi.json`: the exact document."""

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        return self.render_json(request, document_of(request, openapi_schema))


class PinnedSwaggerRenderPlugin(SwaggerRenderPlugin):
    """Swagger UI from the files shipped in `assets/swagger-ui`, showing the exact document."""

    def __init__(self, **kwargs: Any) -> None:
        base = f"/schema{ASSETS_PATH}"
        super().__init__(
            js_url=f"{base}/swagger-ui-bundle.js",
            css_url=f"{base}/swagger-ui.css",
            standalone_preset_js_url=f"{base}/swagger-ui-standalone-preset.js",
            favicon=f"<link rel='icon' type='image/png' href='{base}/favicon-32x32.png'>",
            **kwargs,
        )

    def render(self, request: Request[Any, Any, Any], openapi_schema: dict[str, Any]) -> bytes:
        return super().render(request, document_of(request, openapi_schema))

    def receive_router(self, router: Router) -> None:
        router.register(
            create_static_files_router(
                path=ASSETS_PATH,
                directories=[ASSETS],
                name="swagger-ui-assets",
                cache_control=CacheControlHeader(max_age=31_536_000, public=True),
                include_in_schema=False,
            )
        )
