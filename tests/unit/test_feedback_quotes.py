from __future__ import annotations

from collections.abc import Sequence

import pytest

from kundrost.domain.errors import InvalidValue
from kundrost.domain.feedback_quotes import FeedbackQuotes
from kundrost.domain.weekly_feedback import WeeklyFeedback
from tests.unit.grading_builders import a_theme, an_assessment


class Opener:
    def __init__(self, quotes: Sequence[str | None]) -> None:
        self.quotes = quotes
        self.calls = 0

    def __call__(self, sealed: object) -> Sequence[str | None]:
        assert sealed == b"sealed"
        self.calls += 1
        return self.quotes


def test_sealed_quotes_are_opened_once_on_the_first_read_and_equal_open_ones() -> None:
    opener = Opener(["Kön var lång.", None])
    quotes = FeedbackQuotes.sealed(2, b"sealed", opener)
    assert len(quotes) == 2
    assert not quotes.is_open
    assert opener.calls == 0
    assert "Kön" not in repr(quotes)
    assert quotes[0] == "Kön var lång."
    assert quotes[1] is None
    assert quotes.is_open
    assert opener.calls == 1
    assert quotes == FeedbackQuotes(["Kön var lång.", None])
    assert quotes != FeedbackQuotes(["Kön var kort.", None])
    assert opener.calls == 1


def test_sealed_quotes_of_another_count_or_shape_are_refused_when_opened() -> None:
    with pytest.raises(InvalidValue):
        FeedbackQuotes.sealed(3, b"sealed", Opener(["a quote", None]))[0]
    with pytest.raises(InvalidValue):
        FeedbackQuotes.sealed(1, b"sealed", Opener(["x" * 501]))[0]
    with pytest.raises(InvalidValue):
        FeedbackQuotes([""])


def test_weekly_feedback_keeps_its_themes_quotes_apart_from_them() -> None:
    assessment = an_assessment()
    kept = WeeklyFeedback.from_assessment(assessment)
    assert all(theme.quote is None for theme in kept.themes)
    assert kept.quotes.opened() == tuple(t.quote for t in assessment.themes)
    assert any(kept.quotes.opened())
    sealed = FeedbackQuotes.sealed(len(kept.themes), b"sealed", Opener(kept.quotes.opened()))
    assert WeeklyFeedback.from_assessment(assessment) == WeeklyFeedback(
        assessment_id=kept.assessment_id,
        call_session_id=kept.call_session_id,
        created_at=kept.created_at,
        qualifies=kept.qualifies,
        is_fraudulent=kept.is_fraudulent,
        overall_score=kept.overall_score,
        reward_percentage=kept.reward_percentage,
        themes=kept.themes,
        actionable_items=kept.actionable_items,
        usage=kept.usage,
        quotes=sealed,
    )
    with pytest.raises(InvalidValue):
        WeeklyFeedback(
            assessment_id=kept.assessment_id,
            call_session_id=kept.call_session_id,
            created_at=kept.created_at,
            qualifies=False,
            is_fraudulent=False,
            overall_score=kept.overall_score,
            themes=[a_theme(quote="one"), a_theme(quote="two")],
            quotes=FeedbackQuotes(["one"]),
        )
