"""Detecting fraud on demand: chosen checks on a kept transcript, or recalled once it is gone."""

from __future__ import annotations

from uuid import UUID

import pytest

from kundrost.application.fraud_detection import DetectFraud
from kundrost.application.request_analysis import RequestAnalysis
from kundrost.application.run_analysis import RunAnalysis
from kundrost.domain.analysis import FlagKind
from kundrost.domain.errors import InvalidValue
from kundrost.domain.fraud import CheckType, Indicator
from kundrost.domain.ids import CallSessionId
from kundrost.ports.errors import NotFound
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.analysis.builders import NIGHT_PURCHASE, Calls, stored
from tests.application.analysis.doubles import ScriptedAnalyzer
from tests.unit.grading_builders import a_flag, an_analysis


async def test_only_the_chosen_checks_run_in_their_fixed_order_and_the_verdict_is_stored(
    calls: Calls, detect_fraud: DetectFraud, new_uow: UnitOfWorkFactory
) -> None:
    await calls.store_context()
    session = await calls.recorded()

    verdict = await detect_fraud(session.id, ["pattern", CheckType.TIMING])

    assert [check.check_type for check in verdict.checks] == [CheckType.TIMING, CheckType.PATTERN]
    assert not verdict.is_fraudulent
    (record,) = (await stored(new_uow, session.id)).fraud_records
    assert record.verdict == verdict


async def test_a_night_purchase_fails_the_timing_check(
    calls: Calls, detect_fraud: DetectFraud
) -> None:
    await calls.store_context()
    session = await calls.recorded(transaction_time=NIGHT_PURCHASE)

    verdict = await detect_fraud(session.id, ["timing"])

    assert verdict.is_fraudulent
    assert verdict.should_exclude_from_rewards
    assert verdict.indicators == (Indicator.BUSINESS_HOURS_VIOLATION,)


async def test_the_content_check_reads_the_analyzers_flags(
    calls: Calls, detect_fraud: DetectFraud, analyzer: ScriptedAnalyzer
) -> None:
    analyzer.answers(an_analysis(content_flags=(a_flag(FlagKind.IMPOSSIBLE_CLAIM),)))
    session = await calls.recorded()

    verdict = await detect_fraud(session.id, ["content", "timing"])

    content = verdict.check(CheckType.CONTENT)
    assert content is not None
    assert content.indicators == (Indicator.IMPOSSIBLE_CLAIM,)
    assert verdict.is_fraudulent


async def test_once_the_transcript_is_gone_the_stored_checks_answer_without_the_analyzer(
    calls: Calls,
    request_analysis: RequestAnalysis,
    run_analysis: RunAnalysis,
    detect_fraud: DetectFraud,
    analyzer: ScriptedAnalyzer,
) -> None:
    await calls.store_context()
    session = await calls.recorded(transaction_time=NIGHT_PURCHASE)
    await run_analysis((await request_analysis(session.id)).id)

    verdict = await detect_fraud(session.id, ["timing", "content"])

    assert [check.check_type for check in verdict.checks] == [CheckType.TIMING, CheckType.CONTENT]
    assert verdict.is_fraudulent
    assert len(analyzer.read) == 1


async def test_each_recalled_check_is_its_latest_stored_run(
    calls: Calls, detect_fraud: DetectFraud, new_uow: UnitOfWorkFactory, analyzer: ScriptedAnalyzer
) -> None:
    session = await calls.recorded()
    await detect_fraud(session.id, ["content"])
    analyzer.answers(an_analysis(content_flags=(a_flag(FlagKind.NONSENSICAL),)))
    await detect_fraud(session.id, ["content", "pattern"])
    async with new_uow() as uow:
        await uow.transcripts.delete_for_session(session.id)
        await uow.commit()

    verdict = await detect_fraud(session.id, ["content"])

    assert verdict.indicators == (Indicator.NONSENSICAL_CONTENT,)


async def test_a_call_whose_transcript_is_gone_and_was_never_checked_is_not_found(
    calls: Calls, detect_fraud: DetectFraud
) -> None:
    session = await calls.recorded(with_transcript=False)

    with pytest.raises(NotFound) as refused:
        await detect_fraud(session.id, ["timing"])
    assert refused.value.code == "NOT_FOUND"
    assert refused.value.kind == "fraud checks"


async def test_an_unknown_call_is_not_found(detect_fraud: DetectFraud) -> None:
    with pytest.raises(NotFound) as refused:
        await detect_fraud(CallSessionId(UUID("00000000-0000-4000-8000-000000000003")), ["timing"])
    assert refused.value.code == "NOT_FOUND"


@pytest.mark.parametrize("check_types", [[], ["timing", "astrology"]], ids=["empty", "unknown"])
async def test_an_empty_or_unknown_selection_is_refused(
    calls: Calls, detect_fraud: DetectFraud, check_types: list[str]
) -> None:
    session = await calls.recorded()

    with pytest.raises(InvalidValue) as refused:
        await detect_fraud(session.id, check_types)
    assert refused.value.code == "INVALID_VALUE"
    assert refused.value.field == "check_types"
