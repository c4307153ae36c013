"""Feedback quotes: the customer's words a feedback's themes quote, opened only when read."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from types import SimpleNamespace
from typing import Any

from kundrost.domain.errors import InvalidValue
from kundrost.domain.validation import text_length

_QUOTE = SimpleNamespace(name="quote")
_QUOTE_LENGTH = text_length(1, 500)
"""A quote's bounds, those of `Theme.quote`."""

Opener = Callable[[Any], Sequence[Any]]
"""Turns what a reader kept of a feedback's quotes into the quotes, in the themes' order."""


class FeedbackQuotes:
    """A feedback's quotes, one per theme in the themes' order (None where a theme quotes
    nothing). A weekly report quotes a few feedback of a week, so a reader may keep them
    sealed (`FeedbackQuotes.sealed`): they are opened, by the opener the reader gave, on
    the first read of one of them and never before; a week's unquoted feedback is never
    opened. Each quote is checked when opened, as `Theme.quote` is. `redacted_under` is the
    version of the redaction rules (`redaction.REDACTION_RULES`) the quotes were redacted
    under before they were kept, None when not known. Equal when their quotes are (which
    opens both); the repr shows no customer words."""

    __slots__ = ("_count", "_opened", "_opener", "_sealed", "redacted_under")

    def __init__(
        self, quotes: Iterable[str | None] = (), redacted_under: int | None = None
    ) -> None:
        self._opened: tuple[str | None, ...] | None = _checked(quotes)
        self._count = len(self._opened)
        self._sealed: Any = None
        self._opener: Opener | None = None
        self.redacted_under = redacted_under

    @classmethod
    def sealed(
        cls, count: int, sealed: Any, opener: Opener, redacted_under: int | None = None
    ) -> FeedbackQuotes:
        """`count` quotes kept as `sealed`, which `opener(sealed)` turns into them."""
        quotes = cls.__new__(cls)
        quotes._opened, quotes._count = None, count
        quotes._sealed, quotes._opener = sealed, opener
        quotes.redacted_under = redacted_under
        return quotes

    @property
    def is_open(self) -> bool:
        return self._opened is not None

    def opened(self) -> tuple[str | None, ...]:
        """Every quote, opening them if they are still sealed."""
        if self._opened is None:
            assert self._opener is not None
            opened = _checked(self._opener(self._sealed))
            if len(opened) != self._count:
                raise InvalidValue("quotes", f"{len(opened)} quotes for {self._count} themes")
            self._opened, self._sealed, self._opener = opened, None, None
        return self._opened

    def __getitem__(self, index: int) -> str | None:
        return self.opened()[index]

    def __len__(self) -> int:
        return self._count

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FeedbackQuotes):
            return NotImplemented
        return self._count == other._count and self.opened() == other.opened()

    def __hash__(self) -> int:
        return hash(self.opened())

    def __repr__(self) -> str:
        state = "sealed" if self._opened is None else "open"
        return f"FeedbackQuotes({self._count} quotes, {state})"


def _checked(quotes: Iterable[Any]) -> tuple[str | None, ...]:
    given = tuple(quotes)
    for quote in given:
        _QUOTE_LENGTH(None, _QUOTE, quote)
    return given
