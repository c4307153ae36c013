"""Theme groups: which mentions name the same theme, how a group is labelled and quoted."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

from kundrost.domain.analysis import Category, Theme
from kundrost.domain.redaction import redact_names
from kundrost.domain.sample_quote import SampleQuote
from kundrost.domain.weekly_feedback import WeeklyFeedback

_PERSONAL = re.compile(r"\S+@\S+|\+?\d(?:[ -]?\d){6,}")
ThemeKey = tuple[str, str]
Mention = tuple[WeeklyFeedback, Theme, int]
"""A feedback, one of its themes and the theme's place among them (its quote's)."""


@lru_cache(maxsize=8192)
def normalised(text: str | None) -> str:
    """Case and spacing do not make two themes different: " Kassakö" is "kassakö".
    Remembered: a week's themes repeat a few labels and departments many times."""
    return " ".join((text or "").split()).casefold()


@lru_cache(maxsize=8192)
def _spelling(text: str) -> str:
    """A label or department as written, its spacing tidied."""
    return " ".join(text.split())


def theme_key(label: str, department: str | None) -> ThemeKey:
    return normalised(label), normalised(department)


def excerpt(quote: str | None, max_chars: int) -> str | None:
    """A quote as a report may keep it: names of people redacted (`redact_names`), e-mail
    addresses and runs of seven or more digits (phone and personal identity numbers) masked,
    cut at a word to `max_chars` with "…"."""
    text = " ".join(_PERSONAL.sub("[…]", redact_names(quote or "")).split())
    if len(text) <= max_chars:
        return text or None
    return text[: max_chars - 1].rsplit(" ", 1)[0] + "…"


def _common(values: Iterable[Any], spelled: Callable[[Any], Any] | None = None) -> Any:
    """The most frequent value (ties to the earliest), each value first `spelled`: counted
    as given, then the counts of values spelled alike summed, in order of first appearance."""
    counts = Counter(values)
    if spelled is not None:
        merged: dict[Any, int] = {}
        for value, count in counts.items():
            key = spelled(value)
            merged[key] = merged.get(key, 0) + count
        return max(merged, key=merged.__getitem__)
    return max(counts, key=counts.__getitem__)


def _department_spelling(department: str | None) -> str | None:
    return _spelling(department) if department else None


def group_label(mentions: Sequence[Mention]) -> tuple[str, Category, str | None]:
    """The spelling, category and department most of the themes used; ties go to the earliest."""
    themes = [theme for _, theme, _ in mentions]
    return (
        _common([t.label for t in themes], _spelling),
        _common([t.category for t in themes]),
        _common([t.department for t in themes], _department_spelling),
    )


def sample_quotes(mentions: Sequence[Mention], limit: int, max_chars: int) -> list[SampleQuote]:
    """At most `limit` different excerpts, newest first, from qualifying feedback only, each
    with the call it came from; no quote older than the last one kept is read, or opened
    (a group of hundreds of mentions costs what its newest few do)."""
    found: list[SampleQuote] = []
    read: set[str | None] = set()
    for feedback, _, index in sorted(mentions, key=lambda m: m[0].created_at, reverse=True):
        if len(found) >= limit:
            break
        if not feedback.qualifies:
            continue
        quote = feedback.quotes[index]
        if quote in read:
            continue  # a quote read before gives the same excerpt, kept or a repeat
        read.add(quote)
        text = excerpt(quote, max_chars)
        if text and all(text != quote.text for quote in found):
            found.append(SampleQuote(text, feedback.call_session_id))
    return found


def grouped(mentions: Iterable[Mention], key: Callable[[Theme], object]) -> list[list[Mention]]:
    """Mentions grouped by `key`, the most mentioned group first, ties in order of appearance."""
    groups: dict[object, list[Mention]] = {}
    for mention in mentions:
        groups.setdefault(key(mention[1]), []).append(mention)
    return sorted(groups.values(), key=len, reverse=True)


def by_theme(mentions: Iterable[Mention]) -> list[list[Mention]]:
    return grouped(mentions, lambda t: theme_key(t.label, t.department))
