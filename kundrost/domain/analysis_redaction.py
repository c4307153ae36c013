"""Redacting an analysis: contact details and names of people out of everything it would keep."""

from __future__ import annotations

from collections.abc import Callable

from attrs import evolve

from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.redaction import redact

LABEL_CHARS, DEPARTMENT_CHARS, QUOTE_CHARS, SUMMARY_CHARS = 200, 100, 500, 2000
"""The longest label, department, quote or item, and summary an analysis holds."""


def _fitted(text: str, limit: int) -> str:
    """A mark is longer than a short name: cut the redacted text back to its field's limit."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _department(name: str | None, known: Callable[[str], bool]) -> str | None:
    """A store's own department is kept as named; one the customer named ("Pelles hörna")
    is redacted like their words."""
    if name is None or known(name):
        return name
    return _fitted(redact(name), DEPARTMENT_CHARS)


def redact_analysis(
    analysis: FeedbackAnalysis, known_department: Callable[[str], bool] = lambda _: False
) -> FeedbackAnalysis:
    """The analysis with contact details and names redacted (`redact`) from every text that
    may be kept or shown: the
    summary, theme labels and quotes, item descriptions, flag evidence, and departments the
    store does not list (`known_department` says which it does)."""
    themes = [
        evolve(
            theme,
            label=_fitted(redact(theme.label), LABEL_CHARS),
            department=_department(theme.department, known_department),
            quote=None if theme.quote is None else _fitted(redact(theme.quote), QUOTE_CHARS),
        )
        for theme in analysis.themes
    ]
    items = [
        evolve(
            item,
            description=_fitted(redact(item.description), QUOTE_CHARS),
            department=_department(item.department, known_department),
        )
        for item in analysis.actionable_items
    ]
    flags = [
        evolve(flag, evidence=_fitted(redact(flag.evidence), QUOTE_CHARS))
        for flag in analysis.content_flags
    ]
    summary = _fitted(redact(analysis.summary), SUMMARY_CHARS)
    return evolve(
        analysis, themes=themes, actionable_items=items, content_flags=flags, summary=summary
    )
