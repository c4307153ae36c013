"""RetentionPolicy: how long each kind of record lives, from which moment."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kundrost.domain.errors import InvalidValue
from kundrost.domain.retention import (
    RecordKind,
    RetainedRecord,
    RetentionAction,
    RetentionPolicy,
)
from tests.unit.call_builders import CALLED_AT

ANCHOR = CALLED_AT


@pytest.mark.parametrize(
    ("kind", "days"),
    [
        (RecordKind.PERSONAL_DATA, 90),
        (RecordKind.ASSESSMENT, 90),
        (RecordKind.CALL_QUALITY_METRICS, 180),
        (RecordKind.FRAUD_CHECK, 365),
    ],
)
def test_each_kind_of_record_expires_its_period_after_its_anchor(
    kind: RecordKind, days: int
) -> None:
    assert RetentionPolicy().expires_at(kind, ANCHOR) == ANCHOR + timedelta(days=days)


def test_a_weekly_report_never_expires() -> None:
    assert RetentionPolicy().expires_at(RecordKind.WEEKLY_REPORT, ANCHOR) is None


@pytest.mark.parametrize(
    ("kind", "action"),
    [
        (RecordKind.PERSONAL_DATA, RetentionAction.DELETE),
        (RecordKind.FRAUD_CHECK, RetentionAction.DELETE),
        (RecordKind.CALL_QUALITY_METRICS, RetentionAction.DELETE),
        (RecordKind.ASSESSMENT, RetentionAction.ANONYMISE),
        (RecordKind.WEEKLY_REPORT, None),
    ],
)
def test_an_expired_record_is_deleted_anonymised_or_kept_by_kind(
    kind: RecordKind, action: RetentionAction | None
) -> None:
    assert RetentionPolicy().action_for(kind) is action


def test_personal_data_is_anchored_at_the_end_of_the_call() -> None:
    ended = ANCHOR + timedelta(minutes=3)
    expected = ended + timedelta(days=90)
    assert RetentionPolicy().personal_data_expires_at(ANCHOR, ended) == expected


def test_personal_data_of_a_call_that_never_ended_is_anchored_at_initiation() -> None:
    assert RetentionPolicy().personal_data_expires_at(ANCHOR) == ANCHOR + timedelta(days=90)


def test_a_shorter_period_can_be_configured() -> None:
    policy = RetentionPolicy(fraud_records=timedelta(days=30))
    assert policy.expires_at(RecordKind.FRAUD_CHECK, ANCHOR) == ANCHOR + timedelta(days=30)


def test_a_record_is_expired_from_its_expiry_moment_on() -> None:
    record = RetainedRecord(RecordKind.PERSONAL_DATA, "samtal-1", ANCHOR)
    expiry = ANCHOR + timedelta(days=90)
    assert not RetentionPolicy().is_expired(record, expiry - timedelta(microseconds=1))
    assert RetentionPolicy().is_expired(record, expiry)


def test_only_expired_records_are_selected() -> None:
    now = ANCHOR + timedelta(days=200)
    records = [
        RetainedRecord(RecordKind.PERSONAL_DATA, "personuppgifter", ANCHOR),
        RetainedRecord(RecordKind.CALL_QUALITY_METRICS, "ljudkvalitet", ANCHOR),
        RetainedRecord(RecordKind.FRAUD_CHECK, "bedrägerikontroll", ANCHOR),
        RetainedRecord(RecordKind.WEEKLY_REPORT, "veckorapport", ANCHOR),
    ]
    selected = [r.record_id for r in RetentionPolicy().select_expired(records, now)]
    assert selected == ["personuppgifter", "ljudkvalitet"]


def test_a_record_needs_an_aware_anchor() -> None:
    with pytest.raises(InvalidValue, match="anchor"):
        RetainedRecord(RecordKind.PERSONAL_DATA, "samtal-1", datetime(2025, 3, 14, 14, 20))


@pytest.mark.parametrize("period", [timedelta(0), timedelta(days=-1)])
def test_a_retention_period_must_be_positive(period: timedelta) -> None:
    with pytest.raises(InvalidValue, match="personal_data"):
        RetentionPolicy(personal_data=period)


ZONES: list[ZoneInfo] = [
    ZoneInfo("UTC"),
    ZoneInfo("Europe/Stockholm"),
    ZoneInfo("America/New_York"),
]
CENTURY = int(timedelta(days=36500).total_seconds())


def _moment(seconds: int, zone: ZoneInfo) -> datetime:
    return (datetime(2000, 1, 1, tzinfo=UTC) + timedelta(seconds=seconds)).astimezone(zone)


moments = st.builds(_moment, st.integers(min_value=0, max_value=CENTURY), st.sampled_from(ZONES))


@settings(max_examples=100)
@given(anchor=moments, now=moments, kinds=st.lists(st.sampled_from(RecordKind), max_size=10))
def test_a_weekly_report_is_never_selected_for_deletion(
    anchor: datetime, now: datetime, kinds: list[RecordKind]
) -> None:
    records = [RetainedRecord(kind, index, anchor) for index, kind in enumerate(kinds)]
    records.append(RetainedRecord(RecordKind.WEEKLY_REPORT, "veckorapport", anchor))
    selected = list(RetentionPolicy().select_expired(records, now))
    assert all(record.kind is not RecordKind.WEEKLY_REPORT for record in selected)
