"""Metrics over a period: calls, grades, fraud and rewards of one store or all."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from kundrost.adapters.system import ManualClock
from kundrost.application.metrics import QUALITY_BANDS, GetMetrics, quality_band
from kundrost.application.request_analysis import RequestAnalysis
from kundrost.application.run_analysis import RunAnalysis
from kundrost.domain.analysis_cost import AnalysisUsage
from kundrost.domain.call_status import CallStatus
from kundrost.domain.errors import InvalidValue
from tests.application.analysis.builders import NIGHT_PURCHASE, STARTED_AT, Calls
from tests.application.analysis.doubles import ScriptedAnalyzer
from tests.unit.context_builders import OTHER_STORE_ID
from tests.unit.grading_builders import STORE_ID, a_low_grade_analysis, an_analysis

START = STARTED_AT - timedelta(days=1)
END = STARTED_AT + timedelta(days=1)


@pytest.fixture
async def a_day_of_calls(
    calls: Calls,
    analyzer: ScriptedAnalyzer,
    request_analysis: RequestAnalysis,
    run_analysis: RunAnalysis,
) -> None:
    """Lindqvists Livs: four calls, three completed (60, 90 and 120 s) and graded — one
    qualifying at overall 0.754, read by a model for 1,200 + 300 tokens, one fraudulent at
    0.754, one low-grade at 0.149 — and one failed. Another store has one completed call,
    not yet analysed."""
    await calls.store_context()
    graded = [
        (
            an_analysis(prompt_tokens=1200, completion_tokens=300),
            await calls.recorded(duration=60),
        ),
        (an_analysis(), await calls.recorded(duration=90, transaction_time=NIGHT_PURCHASE)),
        (a_low_grade_analysis(), await calls.recorded(duration=120)),
    ]
    for analysis, session in graded:
        analyzer.answers(analysis)
        await run_analysis((await request_analysis(session.id)).id)
    await calls.recorded(status=CallStatus.FAILED)
    await calls.recorded(store_id=OTHER_STORE_ID)


async def test_a_stores_metrics_count_its_calls_grades_fraud_and_rewards(
    a_day_of_calls: None, get_metrics: GetMetrics
) -> None:
    metrics = await get_metrics(STORE_ID, START, END)

    assert (metrics.total_calls, metrics.completed_calls) == (4, 3)
    assert metrics.call_success_rate == Decimal("75.00")
    assert metrics.average_duration_seconds == Decimal("90.00")
    assert metrics.total_assessments == 3
    assert metrics.qualifying_feedback_count == 1
    assert metrics.qualification_rate == Decimal("33.33")
    assert metrics.fraud_detected_count == 1
    assert metrics.fraud_rate == Decimal("33.33")
    assert metrics.average_quality_score == Decimal("0.5523")
    assert metrics.average_reward_percentage == Decimal("10.43")
    assert metrics.quality_distribution == {
        "0.0-0.2": 1,
        "0.2-0.4": 0,
        "0.4-0.6": 0,
        "0.6-0.8": 2,
        "0.8-1.0": 0,
    }
    assert metrics.analysis_usage == AnalysisUsage(1200, 300, Decimal("0.000360"))


async def test_metrics_of_all_stores_count_every_store(
    a_day_of_calls: None, get_metrics: GetMetrics
) -> None:
    metrics = await get_metrics(None, START, END)

    assert (metrics.total_calls, metrics.completed_calls) == (5, 4)
    assert metrics.call_success_rate == Decimal("80.00")
    assert metrics.total_assessments == 3


async def test_a_period_without_calls_has_counts_of_zero_and_no_rates(
    a_day_of_calls: None, get_metrics: GetMetrics
) -> None:
    metrics = await get_metrics(STORE_ID, END, END + timedelta(days=7))

    assert (metrics.total_calls, metrics.total_assessments) == (0, 0)
    assert metrics.call_success_rate is None
    assert metrics.qualification_rate is None
    assert metrics.fraud_rate is None
    assert metrics.average_duration_seconds is None
    assert metrics.average_quality_score is None
    assert metrics.average_reward_percentage is None
    assert sum(metrics.quality_distribution.values()) == 0


async def test_expired_calls_are_not_counted_but_their_anonymised_grades_are(
    a_day_of_calls: None, get_metrics: GetMetrics, clock: ManualClock
) -> None:
    clock.advance(timedelta(days=91))

    metrics = await get_metrics(STORE_ID, START, END)

    assert metrics.total_calls == 0
    assert metrics.total_assessments == 3


@pytest.mark.parametrize(
    ("start", "end"),
    [(END, START), (START, START), (START.replace(tzinfo=None), END)],
    ids=["reversed", "empty", "naive"],
)
async def test_a_period_that_is_empty_reversed_or_naive_is_refused(
    get_metrics: GetMetrics, start: datetime, end: datetime
) -> None:
    with pytest.raises(InvalidValue) as refused:
        await get_metrics(STORE_ID, start, end)
    assert refused.value.code == "INVALID_VALUE"


@pytest.mark.parametrize(
    ("overall", "band"),
    [
        ("0", "0.0-0.2"),
        ("0.1999", "0.0-0.2"),
        ("0.2", "0.2-0.4"),
        ("0.8", "0.8-1.0"),
        ("1", "0.8-1.0"),
    ],
)
def test_a_score_falls_in_the_band_that_starts_at_or_below_it(overall: str, band: str) -> None:
    assert quality_band(Decimal(overall)) == band
    assert band in QUALITY_BANDS
