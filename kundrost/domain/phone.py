"""Swedish phone numbers in E.164 form, and the masked form that may be shown."""

from __future__ import annotations

import re

from attrs import field, frozen

from kundrost.domain.errors import InvalidValue

_SWEDISH_E164 = re.compile(r"^\+46[0-9]{8,9}$")


def _swedish(_instance: object, attribute: object, value: str) -> None:
    if not isinstance(value, str) or not _SWEDISH_E164.fullmatch(value):
        raise InvalidValue(
            "phone_number", "must be a Swedish number in E.164 form, +46 and 8–9 digits"
        )


@frozen(repr=False)
class PhoneNumber:
    """A Swedish number (`+46` and 8–9 digits). Its repr is masked so it never reaches a log."""

    e164: str = field(validator=_swedish)

    def masked(self) -> str:
        """`+46*******67`: country code and last two digits, enough for a person to recognise."""
        return f"{self.e164[:3]}{'*' * (len(self.e164) - 5)}{self.e164[-2:]}"

    def __repr__(self) -> str:
        return f"PhoneNumber({self.masked()!r})"

    def __str__(self) -> str:
        return self.masked()
