"""Test-wide settings: hypothesis profiles sized for a 2-core CI machine, and logging put
back after each test."""

import logging
import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", max_examples=200, deadline=None)
settings.register_profile(
    "ci", max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("KUNDROST_HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True)
def _logging_as_it_was() -> Iterator[None]:
    """A command under test configures logging for its whole process (the demo quietens
    `kundrost`, the scheduler installs handlers); put it back, so no test depends on which
    ran before it."""
    kundrost, root = logging.getLogger("kundrost"), logging.getLogger()
    levels, handlers = (kundrost.level, root.level), list(root.handlers)
    yield
    kundrost.setLevel(levels[0])
    root.setLevel(levels[1])
    root.handlers[:] = handlers
