"""The HTTP entrypoint: `create_app(container, settings)` builds the Litestar app."""

from kundrost.entrypoints.http.app import create_app

__all__ = ["create_app"]
