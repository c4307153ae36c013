"""A store's own time: its zone (from its context, Europe/Stockholm by default) and its days."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import StoreId
from kundrost.domain.week import resolve_zone
from kundrost.ports.unit_of_work import UnitOfWork

INSTANT = timedelta(microseconds=1)
"""Added to `now` to close a half-open range on it, so what happened this instant counts."""


async def store_zone(uow: UnitOfWork, store_id: StoreId) -> tzinfo:
    """The zone the store's context names; Europe/Stockholm for a store without a context."""
    context = await uow.contexts.get(store_id)
    return resolve_zone(context.timezone if context else None)


def day_start(day: date, zone: tzinfo) -> datetime:
    """Local midnight starting `day` in the store's zone, in UTC: two datetimes of one zone
    compare by wall clock, which is wrong across a daylight-saving change."""
    return datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)


def moment(name: str, value: date | datetime, zone: tzinfo, *, end: bool = False) -> datetime:
    """An API bound as an instant: a datetime as given (it must be aware), a date as local
    midnight starting it, or, as an `end` bound, the midnight after it, so the day counts."""
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            raise InvalidValue(name, "must be a timezone-aware datetime")
        return value
    if not isinstance(value, date):
        raise InvalidValue(name, f"must be a date or a datetime, got {type(value).__name__}")
    return day_start(value + timedelta(days=1) if end else value, zone)
