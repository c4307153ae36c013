"""Runs the `.feature` files of this folder with pytest-bdd.

Each feature file is collected as a test module of its own, so QA can run one feature by
its path (`pytest features/retention.feature`) and one scenario by name (`-k`). The steps
are shared by every feature and live in `tests/features/steps`. A scenario talks to the
app in this process (on the embedded adapters, or on PostgreSQL and Redis with
`KUNDROST_TEST_BACKEND=postgres`), or to the deployment at `KUNDROST_FEATURES_BASE_URL`.
"""

from __future__ import annotations

import types
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from dependency_injector import providers
from pytest_bdd import scenarios
from pytest_bdd.feature import get_features
from pytest_bdd.scenario import scenario_wrapper_template_registry

from kundrost.adapters.system import ManualClock
from kundrost.container import Container, build_container
from kundrost.settings import Settings
from tests.api.calls_builders import quiet_phone
from tests.api.conftest import NOW, settings  # noqa: F401  (the fixture: memory or postgres)
from tests.features.journey import Journey
from tests.features.service import (
    BASE_URL_VARIABLE,
    IN_PROCESS_TAGS,
    InProcessService,
    Service,
    deployed,
    deployed_url,
)
from tests.features.steps.access import *  # noqa: F403
from tests.features.steps.analysis import *  # noqa: F403
from tests.features.steps.calls import *  # noqa: F403
from tests.features.steps.reports import *  # noqa: F403
from tests.features.steps.stores import *  # noqa: F403

HERE = Path(__file__).parent


class FeatureFile(pytest.Module):
    """A `.feature` file as a module whose tests are its scenarios."""

    def _getobj(self) -> types.ModuleType:
        module = types.ModuleType(f"features.{self.path.stem}")
        module.__file__ = str(self.path)
        exec(  # binds the scenarios in the module's namespace, where pytest-bdd puts them
            compile("scenarios(path)", str(self.path), "exec"),
            {**module.__dict__, "scenarios": scenarios, "path": str(self.path)},
            module.__dict__,
        )
        return module

    def collect(self) -> list[pytest.Item | pytest.Collector]:
        """The scenarios, each reported at its line of the feature file."""
        collected = list(super().collect())
        for item in collected:
            if isinstance(item, pytest.Function):
                item.reportinfo = partial(scenario_location, item)  # type: ignore[method-assign]
        return collected


def scenario_location(item: pytest.Function) -> tuple[Path, int, str]:
    template = scenario_wrapper_template_registry.get(item.function)
    line = template.line_number - 1 if template is not None else 0
    return item.path, line, item.name


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix == ".feature":
        return FeatureFile.from_parent(parent, path=file_path)
    return None


def pytest_configure(config: pytest.Config) -> None:
    """Every tag of a feature is a marker (`-m retention`), so `--strict-markers` knows it.
    A deployment that cannot be used stops the run before the first scenario, saying why."""
    url = deployed_url()
    if url is not None:
        try:
            deployed(url).close()
        except RuntimeError as refused:
            raise pytest.UsageError(str(refused)) from None
    tags: set[str] = set()
    for feature in get_features([str(HERE)]):
        tags |= feature.tags
        for scenario in feature.scenarios.values():
            tags |= scenario.tags
    for tag in sorted(tags):
        reason = IN_PROCESS_TAGS.get(tag, "a tag of the features")
        config.addinivalue_line("markers", f"{tag}: {reason}")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Against a deployment, a scenario that needs the in-process service is skipped."""
    url = deployed_url()
    if url is None:
        return
    for item in items:
        for tag, reason in IN_PROCESS_TAGS.items():
            if item.get_closest_marker(tag):
                item.add_marker(pytest.mark.skip(reason=f"{reason} ({BASE_URL_VARIABLE}={url})"))
                break


@pytest.fixture
def service(request: pytest.FixtureRequest) -> Iterator[Service]:
    """The deployment at `KUNDROST_FEATURES_BASE_URL`, or the app in this process on a
    manual clock at NOW and a simulated phone network that rings until told what happened
    (as `kundrost serve` does)."""
    url = deployed_url()
    if url is not None:
        remote = deployed(url)
        yield remote
        remote.close()
        return
    chosen: Settings = request.getfixturevalue("settings")
    container: Container = build_container(chosen)
    clock = ManualClock(NOW)
    container.clock.override(providers.Object(clock))
    quiet_phone(container)
    local = InProcessService(container, chosen, clock)
    yield local
    local.close()


@pytest.fixture
def journey(service: Service) -> Journey:
    return Journey(service)
