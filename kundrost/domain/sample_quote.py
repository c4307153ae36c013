"""SampleQuote: a customer's words in a weekly report, with the call they came from."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from attrs import field, frozen

from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import CallSessionId
from kundrost.domain.validation import instance_of


def _quote_text(_instance: object, attribute: Any, value: str) -> None:
    if not isinstance(value, str) or not 1 <= len(value.strip()) <= 500:
        raise InvalidValue(attribute.name, "must be text of 1–500 characters")


@frozen
class SampleQuote:
    """A customer's words a report quotes, with the call they came from. The words live only
    as long as that call's personal data: erased when the call is cancelled and when its 90
    days end, while the report around them is kept forever."""

    text: str = field(validator=_quote_text)
    call_session_id: CallSessionId = field(validator=instance_of(UUID))
