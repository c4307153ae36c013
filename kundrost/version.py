"""The version of kundrost that is installed, as `kundrost --version` and `/schema` show it."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def installed_version() -> str:
    """The installed distribution's version (`pyproject.toml`), or `unknown` from a bare tree."""
    try:
        return version("kundrost")
    except PackageNotFoundError:
        return "unknown"
