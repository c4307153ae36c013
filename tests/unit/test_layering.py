"""The domain is pure: stdlib, attrs and cattrs only; no clock reads; no I/O. Outside the
domain, only the system clock adapter reads the calendar time."""

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kundrost"
DOMAIN = PACKAGE / "domain"
SYSTEM_CLOCK = PACKAGE / "adapters" / "system" / "clocks.py"
ALLOWED_THIRD_PARTY = {"attrs", "attr", "cattrs", "kundrost"}
CLOCK_READS = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
    ("time", "monotonic"),
}


def _modules() -> list[Path]:
    return sorted(DOMAIN.rglob("*.py"))


def _clock_reads(module: Path, reads: set[tuple[str, str]]) -> list[str]:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    return [
        f"{node.value.id}.{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and (node.value.id, node.attr) in reads
    ]


def _imported_roots(tree: ast.AST) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("module", _modules(), ids=lambda p: p.name)
def test_a_domain_module_imports_only_the_standard_library_attrs_and_cattrs(module: Path) -> None:
    roots = _imported_roots(ast.parse(module.read_text(encoding="utf-8")))
    foreign = {
        r for r in roots if r not in sys.stdlib_module_names and r not in ALLOWED_THIRD_PARTY
    }
    assert not foreign, f"{module.name} imports {sorted(foreign)}"


@pytest.mark.parametrize("module", _modules(), ids=lambda p: p.name)
def test_a_domain_module_never_reads_the_clock(module: Path) -> None:
    reads = _clock_reads(module, CLOCK_READS)
    assert not reads, f"{module.name} reads the clock: {reads}"


def test_only_the_system_clock_adapter_reads_the_calendar_time() -> None:
    """Everything else asks the Clock port, so a test or a replay can move the time; elapsed
    time (`time.monotonic`) is no calendar reading and may be measured anywhere but the domain."""
    calendar = CLOCK_READS - {("time", "monotonic")}
    readers = {
        str(module.relative_to(PACKAGE)): reads
        for module in sorted(PACKAGE.rglob("*.py"))
        if module != SYSTEM_CLOCK and (reads := _clock_reads(module, calendar))
    }
    assert readers == {}
    assert _clock_reads(SYSTEM_CLOCK, calendar) == ["datetime.now"]


@pytest.mark.parametrize("module", _modules(), ids=lambda p: p.name)
def test_a_domain_module_does_no_io(module: Path) -> None:
    tree = ast.parse(module.read_text(encoding="utf-8"))
    calls = {
        node.func.id
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    assert not calls & {"open", "print", "input"}, f"{module.name} does I/O"
    roots = _imported_roots(tree)
    assert not roots & {"os", "socket", "subprocess", "random", "logging", "pathlib"}
