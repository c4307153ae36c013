"""Theme groups: which mentions name the same theme, how a group is labelled and quoted."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from kundrost.domain.analysis import Category, Theme
from kundrost.domain.redaction import redact_names
from kundrost.domain.sample_quote import SampleQuote
from kundrost.domain.weekly_feedback import WeeklyFeedback

_PERSONAL = re.compile(r"\S+@\S+|\+?\d(?:[ -]?\d){6,}")
ThemeKey = tuple[str, str]
Mention = tuple[WeeklyFeedback, Theme]


def normalised(text: str | None) -> str:
    """Case and spacing do not make two themes different: " Kassakö" is "kassakö"."""
    return " ".join((text or "").split()).casefold()


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


def _common(values: Iterable[Any]) -> Any:
    return Counter(values).most_common(1)[0][0]


def group_label(mentions: Sequence[Mention]) -> tuple[str, Category, str | None]:
    """The spelling, category and department most of the themes used; ties go to the earliest."""
    return (
        _common(" ".join(t.label.split()) for _, t in mentions),
        _common(t.category for _, t in mentions),
        _common(" ".join(t.department.split()) if t.department else None for _, t in mentions),
    )


def sample_quotes(mentions: Sequence[Mention], limit: int, max_chars: int) -> list[SampleQuote]:
    """At most `limit` different excerpts, newest first, from qualifying feedback only, each
    with the call it came from; no quote older than the last one kept is read (a group of
    hundreds of mentions costs what its newest few do)."""
    found: list[SampleQuote] = []
    for feedback, theme in sorted(mentions, key=lambda m: m[0].created_at, reverse=True):
        if len(found) >= limit:
            break
        text = excerpt(theme.quote, max_chars) if feedback.qualifies else None
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
