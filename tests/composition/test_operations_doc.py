"""docs/operations.md lists every environment variable kundrost reads, and no other.

Two ways to find what the code reads, so a new variable cannot slip past: the variables the
settings readers look up (run on an environment that records every look-up), and every
variable name written in kundrost's source (a string constant, or `PREFIX + "NAME"`).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kundrost.entrypoints.scheduler.config import SchedulerConfig
from kundrost.settings import PREFIX, Settings, database_target

ROOT = Path(__file__).resolve().parents[2]
VARIABLE = re.compile(r"^(KUNDROST|OPENAI|ELKS|PROMETHEUS)_[A-Z0-9_]*[A-Z0-9]$")
NOT_OURS = re.compile(r"^KUNDROST_TEST_|^KUNDROST_FEATURES_|^KUNDROST_HYPOTHESIS_")
"""The test suite's own variables (service addresses, the feature runner's target)."""


class RecordingEnv(dict[str, str]):
    """An empty environment that remembers every variable asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        self.asked.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> str:
        self.asked.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self.asked.add(str(key))
        return super().__contains__(key)


def read_by_the_settings() -> set[str]:
    env = RecordingEnv()
    Settings.from_env(env, warn=False)
    SchedulerConfig.from_env(env)
    database_target(env)
    return env.asked


def named_in_the_source() -> set[str]:
    return {
        name
        for path in (ROOT / "kundrost").rglob("*.py")
        for name in _names(ast.parse(path.read_text(encoding="utf-8")))
        if VARIABLE.match(name) and not NOT_OURS.match(name)
    }


def _names(tree: ast.AST) -> Iterator[str]:
    prefixed = {
        id(node.right)
        for node in ast.walk(tree)
        if isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Add)
        and isinstance(node.left, ast.Name)
        and node.left.id == "PREFIX"
    }
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield PREFIX + node.value if id(node) in prefixed else node.value


def documented() -> set[str]:
    page = (ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
    section = page.split("## Environment variables", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| `")]
    return {
        name
        for row in rows
        for name in re.findall(r"`([A-Z][A-Z0-9_]+)`", row.split(" | ")[0])
        if VARIABLE.match(name)
    }


def test_every_variable_the_settings_read_is_documented() -> None:
    read = {name for name in read_by_the_settings() if VARIABLE.match(name)}
    assert read, "the recording environment saw no look-up"
    assert read - documented() == set()


def test_every_variable_named_in_the_source_is_documented() -> None:
    named = named_in_the_source()
    assert "KUNDROST_DATABASE_URL" in named
    assert named - documented() == set()


def test_every_documented_variable_is_read_somewhere() -> None:
    assert documented() - read_by_the_settings() - named_in_the_source() == set()
