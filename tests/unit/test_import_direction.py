"""Imports point inwards: ports and application know only the domain (and ports); adapters
never call use cases; nothing inside imports an entry point or the composition root."""

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kundrost"
IO_LIBRARIES = {"litestar", "asyncpg", "redis", "httpx", "openai", "dependency_injector", "rich"}
ALLOWED = {
    "ports": {"kundrost.domain", "kundrost.ports"},
    "application": {"kundrost.domain", "kundrost.ports", "kundrost.application"},
    "adapters": {"kundrost.domain", "kundrost.ports", "kundrost.adapters"},
}


def _imports(module: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def _modules(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize(
    ("layer", "module"),
    [(layer, module) for layer in ALLOWED for module in _modules(layer)],
    ids=lambda value: value if isinstance(value, str) else value.stem,
)
def test_a_module_imports_only_its_own_layer_and_the_layers_inside_it(
    layer: str, module: Path
) -> None:
    project = {name for name in _imports(module) if name.split(".")[0] == "kundrost"}
    outward = {
        name
        for name in project
        if not any(name == allowed or name.startswith(allowed + ".") for allowed in ALLOWED[layer])
    }
    assert not outward, f"{layer}/{module.name} imports {sorted(outward)}"


@pytest.mark.parametrize("module", _modules("ports") + _modules("application"), ids=str)
def test_ports_and_use_cases_import_no_io_library(module: Path) -> None:
    roots = {name.split(".")[0] for name in _imports(module)}
    third_party = roots - sys.stdlib_module_names - {"kundrost", "attrs", "attr"}
    assert not roots & IO_LIBRARIES, f"{module.name} imports {sorted(roots & IO_LIBRARIES)}"
    assert not third_party, f"{module.name} imports {sorted(third_party)}"
