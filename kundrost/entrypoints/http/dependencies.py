"""What handlers receive by name: the container (every use case) and the caller."""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.datastructures import State
from litestar.di import Provide
from litestar.params import SkipValidation

from kundrost.container import Container
from kundrost.entrypoints.http.security import Principal


def _container(state: State) -> Container:
    container: Container = state.container
    return container


def _principal(request: Request[Any, Any, Any]) -> Principal:
    principal: Principal = request.user
    return principal


DEPENDENCIES = {
    "container": Provide(_container, sync_to_thread=False),
    "principal": Provide(_principal, sync_to_thread=False),
}

ContainerDep = SkipValidation[Container]
"""A handler parameter `container: ContainerDep` receives the app's container."""

PrincipalDep = SkipValidation[Principal]
"""A handler parameter `principal: PrincipalDep` receives the caller of a guarded route."""
