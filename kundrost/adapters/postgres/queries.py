"""SQL fragments more than one repository filters by."""

from __future__ import annotations

from datetime import datetime

from kundrost.domain.ids import StoreId


def created_between(
    start: datetime, end: datetime, store_id: StoreId | None
) -> tuple[str, datetime, datetime, *tuple[StoreId, ...]]:
    """The WHERE clause (and its arguments) of rows created in `[start, end)`, of one store
    or of all, oldest first; it matches the `(store_id,) created_at, id` indexes."""
    if store_id is None:
        return "WHERE created_at >= $1 AND created_at < $2 ORDER BY created_at, id", start, end
    return (
        "WHERE store_id = $3 AND created_at >= $1 AND created_at < $2 ORDER BY created_at, id",
        start,
        end,
        store_id,
    )
