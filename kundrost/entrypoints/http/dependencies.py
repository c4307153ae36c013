"""What handlers receive by name: the container (every use case) and the caller."""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.di import Provide
from litestar.params import SkipValidation

from kundrost.container import Container
from kundrost.entrypoints.http.security import Principal


def _principal(request: Request[Any, Any, Any]) -> Principal:
    principal: Principal = request.user
    return principal


def dependencies(container: Container) -> dict[str, Provide]:
    """The app's dependencies. The container comes from a provider without parameters:
    Litestar parses a provider's own parameters on every request, and the container a
    process serves never changes."""

    def provided() -> Container:
        return container

    return {
        "container": Provide(provided, sync_to_thread=False, use_cache=True),
        "principal": Provide(_principal, sync_to_thread=False),
    }


ContainerDep = SkipValidation[Container]
"""A handler parameter `container: ContainerDep` receives the app's container."""

PrincipalDep = SkipValidation[Principal]
"""A handler parameter `principal: PrincipalDep` receives the caller of a guarded route."""
