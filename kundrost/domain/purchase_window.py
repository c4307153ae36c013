"""PurchaseWindow: which purchase times a feedback call may be placed for."""

from __future__ import annotations

from datetime import datetime, timedelta

from attrs import field, frozen

from kundrost.domain.errors import InvalidValue


def _positive(_instance: object, attribute: object, value: timedelta) -> None:
    if not isinstance(value, timedelta) or value < timedelta(0):
        raise InvalidValue(getattr(attribute, "name", "window"), "must be a positive duration")


@frozen
class PurchaseWindow:
    """A purchase is called about only when it lies from `max_age` (7 days) before now up to
    `clock_skew` (5 minutes) after it.

    The shopper is asked about a visit they still remember, so a purchase older than a week
    is refused; a purchase in the future has not happened, but the verification system's
    clock may run a little ahead of ours, so a few minutes ahead are allowed. The bounds also
    keep nonsense (year 1, year 9999) out of the calendar arithmetic and out of storage.
    """

    max_age: timedelta = field(default=timedelta(days=7), validator=_positive)
    clock_skew: timedelta = field(default=timedelta(minutes=5), validator=_positive)

    def check(self, transaction_time: datetime, now: datetime) -> datetime:
        """`transaction_time` when it lies in the window around `now`; else `InvalidValue`
        naming `transaction_time` and the window."""
        if transaction_time.utcoffset() is None:
            raise InvalidValue("transaction_time", "must be a timezone-aware datetime")
        earliest, latest = now - self.max_age, now + self.clock_skew
        if transaction_time > latest:
            raise InvalidValue(
                "transaction_time",
                f"lies in the future: at most {_words(self.clock_skew)} after the service's "
                f"clock ({now.isoformat(timespec='seconds')}) is accepted",
            )
        if transaction_time < earliest:
            raise InvalidValue(
                "transaction_time",
                f"is older than {_words(self.max_age)}: only purchases since "
                f"{earliest.isoformat(timespec='seconds')} are called about",
            )
        return transaction_time


def _words(duration: timedelta) -> str:
    seconds = int(duration.total_seconds())
    for unit, size in (("day", 86_400), ("hour", 3_600), ("minute", 60)):
        if seconds >= size and seconds % size == 0:
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return f"{seconds} seconds"
