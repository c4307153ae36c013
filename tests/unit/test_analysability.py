"""Analysability: 60–120 seconds inclusive, the customer speaking Swedish, the call completed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kundrost.domain.analysability import (
    Analysability,
    AnalysabilityPolicy,
    is_swedish_turn,
    require_analysable,
)
from kundrost.domain.call_status import CallStatus, EndReason
from kundrost.domain.errors import InvalidValue, NotAnalysable
from kundrost.domain.transcript import Message, MessageType
from tests.unit.transcript_builders import (
    AI,
    a_message,
    a_swedish_transcript,
    a_transcript,
    an_english_transcript,
    with_customer_answers,
)

POLICY = AnalysabilityPolicy()


@pytest.mark.parametrize(
    ("seconds", "reason"),
    [
        (0, EndReason.TOO_SHORT),
        (59, EndReason.TOO_SHORT),
        (60, None),
        (95, None),
        (120, None),
        (121, EndReason.TOO_LONG),
    ],
)
def test_a_swedish_call_is_analysable_from_60_to_120_seconds_inclusive(
    seconds: int, reason: EndReason | None
) -> None:
    result = POLICY.evaluate(a_swedish_transcript(duration=seconds))
    assert result.reason is reason
    assert result.analysable is (reason is None)
    assert result.swedish_share == Decimal(1)


@pytest.mark.parametrize("seconds", [30, 95, 150])
def test_a_customer_answering_in_english_is_a_language_barrier_whatever_the_length(
    seconds: int,
) -> None:
    result = POLICY.evaluate(an_english_transcript(duration=seconds))
    assert result == Analysability(False, EndReason.LANGUAGE_BARRIER, Decimal(0))


def test_the_swedish_share_counts_characters_so_a_short_english_aside_does_not_matter() -> None:
    transcript = with_customer_answers(
        "Sorry?", "Köttdisken var fantastisk och personalen var hjälpsam.", "Nej, inget mer."
    )
    result = POLICY.evaluate(transcript)
    assert result.analysable
    assert result.swedish_share == Decimal("0.9200")


def turns_in(*languages: str, length: int = 50) -> list[Message]:
    return [
        a_message("x" * length, message_order=order, language_detected=language)
        for order, language in enumerate(languages)
    ]


def test_exactly_half_swedish_is_enough_and_just_below_half_is_a_language_barrier() -> None:
    half = a_transcript(messages=turns_in("sv", "en"))
    assert POLICY.evaluate(half).analysable
    assert POLICY.evaluate(half).swedish_share == Decimal("0.5000")
    below = a_transcript(messages=[*turns_in("sv", "en"), a_message("x", message_order=9)])
    assert POLICY.evaluate(below) == Analysability(
        False, EndReason.LANGUAGE_BARRIER, Decimal("0.4950")
    )


def test_the_detected_language_wins_over_the_text_test() -> None:
    assert not is_swedish_turn(a_message("Allt var bra, tack.", language_detected="no"))
    assert is_swedish_turn(a_message("Okay, thanks.", language_detected="sv"))
    assert is_swedish_turn(a_message("Allt var bra, tack."))


def test_a_call_in_which_the_customer_said_nothing_is_too_short_not_a_language_barrier() -> None:
    silent = a_transcript([(AI, "Hej! Har du tid att svara på några frågor?"), (AI, "Hallå?")])
    assert POLICY.evaluate(silent) == Analysability(False, EndReason.TOO_SHORT, Decimal(0))


def test_system_notes_on_the_customers_side_are_not_customer_speech() -> None:
    notes = [a_message("[ohörbart]", message_order=1, message_type=MessageType.ERROR)]
    assert POLICY.evaluate(a_transcript(messages=notes)).reason is EndReason.TOO_SHORT


def test_a_policy_takes_its_own_bounds_and_share() -> None:
    policy = AnalysabilityPolicy(min_seconds=30, max_seconds=90, min_swedish_share=Decimal("0.9"))
    assert policy.evaluate(a_swedish_transcript(duration=30)).analysable
    assert policy.evaluate(a_swedish_transcript(duration=91)).reason is EndReason.TOO_LONG
    aside = with_customer_answers("Sorry?", "Köttdisken var fantastisk och personalen var bra.")
    assert policy.evaluate(aside).reason is EndReason.LANGUAGE_BARRIER


@pytest.mark.parametrize(
    ("field", "settings"),
    [
        ("min_seconds", {"min_seconds": -1}),
        ("max_seconds", {"min_seconds": 60, "max_seconds": 59}),
        ("min_swedish_share", {"min_swedish_share": Decimal("1.1")}),
        ("min_swedish_share", {"min_swedish_share": 0.5}),
    ],
)
def test_a_policy_refuses_impossible_settings(field: str, settings: dict[str, object]) -> None:
    with pytest.raises(InvalidValue) as caught:
        AnalysabilityPolicy(**settings)  # type: ignore[arg-type]
    assert caught.value.field == field


def test_a_verdict_has_a_reason_exactly_when_it_is_not_analysable() -> None:
    with pytest.raises(InvalidValue):
        Analysability(True, EndReason.TOO_SHORT, Decimal(1))
    with pytest.raises(InvalidValue):
        Analysability(False, None, Decimal(1))


def test_a_completed_analysable_call_may_be_analysed() -> None:
    assert require_analysable(CallStatus.COMPLETED, a_swedish_transcript()).analysable


@pytest.mark.parametrize(
    ("status", "duration", "reason"),
    [
        (CallStatus.IN_PROGRESS, 95, None),
        (CallStatus.ABANDONED, 95, None),
        (CallStatus.COMPLETED, 59, "too_short"),
        (CallStatus.COMPLETED, 121, "too_long"),
    ],
)
def test_any_other_call_is_refused_with_its_status_and_reason(
    status: CallStatus, duration: int, reason: str | None
) -> None:
    with pytest.raises(NotAnalysable) as caught:
        require_analysable(status, a_swedish_transcript(duration=duration), POLICY)
    assert caught.value.code == "NOT_ANALYSABLE"
    assert caught.value.details == {
        "status": status.value,
        "reason": reason,
        "duration_seconds": duration,
    }


def test_a_call_without_a_transcript_is_refused() -> None:
    with pytest.raises(NotAnalysable) as caught:
        require_analysable(CallStatus.COMPLETED, None)
    assert caught.value.details == {"status": "completed", "reason": None, "duration_seconds": None}
    assert "no transcript" in str(caught.value)
    assert "None" not in str(caught.value)


def test_a_call_not_completed_is_refused_saying_only_completed_calls_are_analysed() -> None:
    with pytest.raises(NotAnalysable) as caught:
        require_analysable(CallStatus.ABANDONED, a_swedish_transcript(duration=95), POLICY)
    assert str(caught.value).endswith("status 'abandoned': only a completed call is analysed")


def test_a_completed_call_in_english_is_refused_as_a_language_barrier() -> None:
    with pytest.raises(NotAnalysable) as caught:
        require_analysable(CallStatus.COMPLETED, an_english_transcript())
    assert caught.value.details["reason"] == "language_barrier"


@given(
    duration=st.integers(min_value=0, max_value=10_000),
    low=st.integers(min_value=0, max_value=300),
    span=st.integers(min_value=0, max_value=300),
    english=st.booleans(),
)
def test_an_analysable_call_always_lasted_within_the_bounds(
    duration: int, low: int, span: int, english: bool
) -> None:
    policy = AnalysabilityPolicy(min_seconds=low, max_seconds=low + span)
    transcript = an_english_transcript(duration) if english else a_swedish_transcript(duration)
    result = policy.evaluate(transcript)
    if result.analysable:
        assert policy.min_seconds <= duration <= policy.max_seconds
        assert result.swedish_share >= policy.min_swedish_share
    assert result.analysable is (not english and low <= duration <= low + span)
