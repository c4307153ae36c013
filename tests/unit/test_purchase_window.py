"""The purchase window: a call only for a purchase of the last week, not one in the future."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from kundrost.domain.errors import InvalidValue
from kundrost.domain.purchase_window import PurchaseWindow

NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
STOCKHOLM_WINTER = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    "bought",
    [
        NOW,
        NOW - timedelta(days=7),
        NOW + timedelta(minutes=5),
        datetime(2026, 11, 24, 11, 4, tzinfo=STOCKHOLM_WINTER),
    ],
)
def test_a_purchase_within_the_week_or_the_clock_skew_is_accepted(bought: datetime) -> None:
    assert PurchaseWindow().check(bought, NOW) == bought


@pytest.mark.parametrize(
    ("bought", "says"),
    [
        (NOW + timedelta(minutes=5, seconds=1), "lies in the future: at most 5 minutes"),
        (NOW - timedelta(days=7, seconds=1), "is older than 7 days"),
        (datetime(1, 1, 1, tzinfo=STOCKHOLM_WINTER), "is older than 7 days"),
        (datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-1))), "future"),
    ],
)
def test_a_purchase_outside_the_window_is_refused_naming_transaction_time(
    bought: datetime, says: str
) -> None:
    with pytest.raises(InvalidValue, match=says) as refused:
        PurchaseWindow().check(bought, NOW)
    assert refused.value.field == "transaction_time"


def test_the_window_is_a_policy_of_its_own_numbers() -> None:
    window = PurchaseWindow(max_age=timedelta(hours=2), clock_skew=timedelta(0))
    with pytest.raises(InvalidValue, match="older than 2 hours"):
        window.check(NOW - timedelta(hours=3), NOW)
    with pytest.raises(InvalidValue, match="future"):
        window.check(NOW + timedelta(seconds=1), NOW)


def test_a_negative_window_is_refused() -> None:
    with pytest.raises(InvalidValue):
        PurchaseWindow(max_age=timedelta(days=-1))


def test_a_naive_purchase_time_is_refused() -> None:
    with pytest.raises(InvalidValue, match="timezone-aware"):
        PurchaseWindow().check(datetime(2026, 11, 24, 10, 0), NOW)
