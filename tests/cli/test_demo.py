"""`kundrost demo`: a week of three stores through the real use cases, reproducibly."""

import asyncio
import re
import tempfile
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from kundrost.domain import CallStatus, EndReason
from kundrost.entrypoints.cli import main
from kundrost.entrypoints.cli.demo_run import CallRow, DemoResult, simulate_week
from kundrost.entrypoints.cli.demo_week import Shopper, plan_week


@pytest.fixture(scope="module")
def week() -> DemoResult:
    return asyncio.run(simulate_week(47))


def rows_of(week: DemoResult, shopper: Shopper) -> list[CallRow]:
    return [row for row in week.calls if row.purchase.shopper is shopper]


def test_the_week_holds_about_sixty_purchases_of_every_kind_in_three_stores() -> None:
    purchases = plan_week(47)

    kinds = Counter(purchase.shopper for purchase in purchases)
    assert 55 <= len(purchases) <= 70
    assert set(kinds) == set(Shopper)
    assert len({purchase.store.name for purchase in purchases}) == 3
    assert [p.bought_at for p in purchases] == sorted(p.bought_at for p in purchases)


def test_the_same_seed_plans_the_same_week_and_another_seed_another() -> None:
    assert plan_week(5) == plan_week(5)
    assert plan_week(5) != plan_week(6)


def test_every_purchase_gets_a_call_and_detailed_feedback_earns_cashback(
    week: DemoResult,
) -> None:
    assert len(week.calls) == len(plan_week(47))
    detailed = rows_of(week, Shopper.DETAILED)
    rewarded = [row for row in detailed if row.assessment and row.assessment.qualifies]
    assert len(rewarded) >= 0.9 * len(detailed)
    for row in rewarded:
        assert row.assessment is not None
        assert row.assessment.reward_percentage is not None
        assert Decimal("2.00") <= row.assessment.reward_percentage <= Decimal("15.00")


def test_generic_feedback_earns_nothing(week: DemoResult) -> None:
    for row in rows_of(week, Shopper.GENERIC):
        assert row.assessment is None or not row.assessment.qualifies


def test_the_purchase_at_two_at_night_is_caught_as_fraud(week: DemoResult) -> None:
    (night,) = rows_of(week, Shopper.CLOSED)

    assert night.assessment is not None
    assert night.assessment.is_fraudulent
    assert night.assessment.reward_percentage is None
    assert "business_hours_violation" in night.assessment.fraud_reasons


@pytest.mark.parametrize("shopper", [Shopper.NONSENSE, Shopper.IMPOSSIBLE])
def test_nonsense_and_impossible_claims_are_flagged_and_earn_nothing(
    week: DemoResult, shopper: Shopper
) -> None:
    for row in rows_of(week, shopper):
        assert row.assessment is not None
        assert not row.assessment.qualifies
        assert row.fraud_indicators


def test_the_english_speaker_is_abandoned_for_the_language_barrier(
    week: DemoResult,
) -> None:
    (english,) = rows_of(week, Shopper.ENGLISH)

    assert english.session.status is CallStatus.ABANDONED
    assert english.session.end_reason is EndReason.LANGUAGE_BARRIER
    assert english.assessment is None


def test_an_unanswered_first_call_is_retried_and_completes_on_attempt_two(
    week: DemoResult,
) -> None:
    unanswered = rows_of(week, Shopper.NO_ANSWER)

    assert len(unanswered) == 2
    for row in unanswered:
        assert row.session.attempt == 2
        assert row.session.status is CallStatus.COMPLETED


def test_the_fifth_call_to_one_number_within_a_week_is_phone_velocity(
    week: DemoResult,
) -> None:
    calls = rows_of(week, Shopper.REPEATER)

    assert len(calls) == 5
    assert "phone_velocity" not in calls[2].fraud_indicators
    assert calls[-1].assessment is not None
    assert "phone_velocity" in calls[-1].assessment.fraud_reasons


def test_each_store_gets_its_weekly_report_of_the_graded_feedback(
    week: DemoResult,
) -> None:
    assert len(week.reports) == 3
    for store, report in week.reports:
        graded = [
            row.assessment
            for row in week.calls
            if row.purchase.store is store and row.assessment is not None
        ]
        assert report.store_id == store.context.store_id
        assert report.week == week.week
        assert report.total_feedback_count == len(graded)
        assert report.qualifying_feedback_count == sum(1 for a in graded if a.qualifies)
        assert report.actionable_recommendations


async def test_the_same_seed_replays_the_same_outcomes() -> None:
    first, second = await simulate_week(11), await simulate_week(11)

    def outcomes(result: DemoResult) -> list[tuple[object, ...]]:
        return [
            (
                row.session.status,
                row.session.end_reason,
                row.assessment.reward_percentage if row.assessment else None,
                row.fraud_indicators,
            )
            for row in result.calls
        ]

    assert outcomes(first) == outcomes(second)


def test_the_command_prints_the_calls_and_the_three_reports(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where its pages go by default

    assert main(["demo", "--seed", "3"]) == 0

    out = capsys.readouterr().out
    assert "Calls in week 2026-W47" in out
    assert out.count("Weekly report") == 3
    assert "business_hours_violation" in out
    assert "language_barrier" in out
    assert "+4670" not in out


def test_the_command_ends_with_the_three_stores_report_pages(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["demo", "--seed", "3", "--pages", str(tmp_path)]) == 0

    out = capsys.readouterr().out
    written = sorted(tmp_path.glob("*.html"))
    assert len(written) == 3
    for path in written:
        assert str(path) in out
        page = path.read_text(encoding="utf-8")
        assert '<html lang="sv">' in page
        assert "Veckorapport vecka 47 2026" in page
        assert "/api/ai/business" not in page
        assert not re.search(r"\+46\d|07\d{8}", page)
