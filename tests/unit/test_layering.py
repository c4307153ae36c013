"""The domain is pure: stdlib, attrs and cattrs only; no clock reads; no I/O."""

import ast
import sys
from pathlib import Path

import pytest

DOMAIN = Path(__file__).resolve().parents[2] / "kundrost" / "domain"
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
    tree = ast.parse(module.read_text(encoding="utf-8"))
    reads = [
        f"{node.value.id}.{node.attr}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and (node.value.id, node.attr) in CLOCK_READS
    ]
    assert not reads, f"{module.name} reads the clock: {reads}"


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
