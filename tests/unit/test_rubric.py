"""The rubric: features any analyzer counts, and the one rule that turns them into scores."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from kundrost.domain.analysis import ContentFlag, FlagKind
from kundrost.domain.errors import InvalidValue
from kundrost.domain.grading import GradingPolicy
from kundrost.domain.rubric import NOTHING_SAID, Reach, Rubric, Stakes
from kundrost.domain.rubric_scoring import RubricPolicy
from tests.unit.grading_builders import a_clean_verdict

POLICY = RubricPolicy()
GRADING = GradingPolicy()
CLEAN = a_clean_verdict()


def rubric(**features: Any) -> Rubric:
    counts = dict.fromkeys(
        (
            "observations",
            "specific_observations",
            "located_observations",
            "timed_observations",
            "causes",
            "suggestions",
            "problems",
        ),
        0,
    )
    return Rubric(**(counts | features))


def reward(features: Rubric, *flags: ContentFlag) -> Decimal | None:
    return GRADING.judge(POLICY.scores(features, flags), CLEAN, features).reward_percentage


ONE_DETAIL = rubric(observations=1, specific_observations=1, located_observations=1)
SMALL_WISH = rubric(
    observations=1, specific_observations=1, suggestions=1, padding_share=Decimal("0.4")
)
SYSTEMIC_OVERCHARGE = rubric(
    observations=4,
    specific_observations=4,
    located_observations=3,
    timed_observations=2,
    causes=2,
    suggestions=2,
    problems=2,
    reach=Reach.SYSTEMIC,
    stakes=Stakes.HIGH,
)


def test_a_call_that_says_nothing_scores_zero() -> None:
    scores = POLICY.scores(NOTHING_SAID)
    assert (scores.legitimacy, scores.depth, scores.usefulness) == (Decimal(0),) * 3


def test_verdicts_without_a_specific_observation_cannot_qualify() -> None:
    generic = rubric(observations=3, located_observations=3, generic_statements=4)
    assert POLICY.scores(generic).legitimacy < GRADING.min_legitimacy
    assert reward(generic) is None


def test_one_specific_observation_earns_near_the_bottom_of_the_range() -> None:
    earned = reward(ONE_DETAIL)
    assert earned is not None
    assert Decimal(2) <= earned < Decimal(6)


def test_a_small_wish_earns_near_the_bottom_and_a_systemic_costly_problem_near_the_top() -> None:
    small, large = reward(SMALL_WISH), reward(SYSTEMIC_OVERCHARGE)
    assert small is not None
    assert large is not None
    assert small < Decimal(6)
    assert large >= Decimal(12)


def test_the_reach_and_stakes_of_a_problem_raise_its_worth() -> None:
    one_off = rubric(observations=2, specific_observations=2, problems=1, reach=Reach.ONE_OFF)
    systemic = rubric(observations=2, specific_observations=2, problems=1, reach=Reach.SYSTEMIC)
    costly = rubric(
        observations=2,
        specific_observations=2,
        problems=1,
        reach=Reach.SYSTEMIC,
        stakes=Stakes.HIGH,
    )
    usefulness = [POLICY.scores(r).usefulness for r in (one_off, systemic, costly)]
    assert usefulness == sorted(usefulness)
    assert usefulness[0] < usefulness[2]


def test_asking_for_a_reward_earns_less_than_not_asking() -> None:
    asked = evolve(SYSTEMIC_OVERCHARGE, reward_request=True)
    plain, greedy = reward(SYSTEMIC_OVERCHARGE), reward(asked)
    assert plain is not None
    assert greedy is not None
    assert greedy < plain - Decimal(2)


def test_talk_about_another_store_and_listed_departments_cost_legitimacy() -> None:
    plain = POLICY.scores(ONE_DETAIL).legitimacy
    elsewhere = evolve(ONE_DETAIL, off_store_observations=2)
    listed = evolve(ONE_DETAIL, empty_mentions=6)
    assert POLICY.scores(elsewhere).legitimacy == plain - Decimal("0.16")
    assert POLICY.scores(listed).legitimacy == plain - Decimal("0.20")


def test_padding_above_half_the_words_scales_depth_and_usefulness_down() -> None:
    lean = POLICY.scores(evolve(SYSTEMIC_OVERCHARGE, padding_share=Decimal("0.5")))
    padded = POLICY.scores(evolve(SYSTEMIC_OVERCHARGE, padding_share=Decimal(1)))
    assert padded.depth < lean.depth
    assert padded.usefulness < lean.usefulness


def test_padding_up_to_seven_words_in_ten_leaves_legitimacy_alone() -> None:
    bare = POLICY.scores(evolve(SYSTEMIC_OVERCHARGE, padding_share=Decimal(0))).legitimacy
    talkative = POLICY.scores(evolve(SYSTEMIC_OVERCHARGE, padding_share=Decimal("0.7")))
    assert talkative.legitimacy == bare


def test_a_remark_in_a_call_about_something_else_earns_no_credibility() -> None:
    mostly = POLICY.scores(evolve(ONE_DETAIL, padding_share=Decimal("0.78"))).legitimacy
    drowned = POLICY.scores(evolve(SYSTEMIC_OVERCHARGE, padding_share=Decimal("0.9")))
    assert Decimal("0.3") < mostly < POLICY.scores(ONE_DETAIL).legitimacy
    assert drowned.legitimacy == Decimal("0.30")


def test_counts_of_a_kind_are_read_as_at_most_the_observations() -> None:
    overcounted = rubric(observations=1, specific_observations=5, located_observations=9)
    assert POLICY.scores(overcounted) == POLICY.scores(ONE_DETAIL)


@pytest.mark.parametrize(
    ("kind", "cap"),
    [
        (FlagKind.NONSENSICAL, Decimal("0.15")),
        (FlagKind.IMPOSSIBLE_CLAIM, Decimal("0.30")),
        (FlagKind.CONTRADICTS_FACT, Decimal("0.45")),
        (FlagKind.GENERIC, Decimal("0.45")),
    ],
)
def test_a_decisive_flag_caps_legitimacy_and_a_doubtful_one_does_not(
    kind: FlagKind, cap: Decimal
) -> None:
    sure = ContentFlag(kind, "Sagt.", Decimal("0.75"))
    doubtful = ContentFlag(kind, "Sagt.", Decimal("0.6"))
    assert POLICY.scores(SYSTEMIC_OVERCHARGE, [sure]).legitimacy == cap
    assert POLICY.scores(SYSTEMIC_OVERCHARGE, [doubtful]).legitimacy > cap


def test_abuse_with_little_said_is_capped_but_a_detailed_complaint_that_swears_is_not() -> None:
    harsh = ContentFlag(FlagKind.OFFENSIVE, "Kränkande ord: idiot, jävla", Decimal("0.7"))
    assert POLICY.scores(ONE_DETAIL, [harsh]).legitimacy == Decimal("0.30")
    detailed = POLICY.scores(SYSTEMIC_OVERCHARGE).legitimacy
    assert POLICY.scores(SYSTEMIC_OVERCHARGE, [harsh]).legitimacy == detailed - Decimal("0.2")


def test_the_grade_names_the_features_it_came_from() -> None:
    asked = evolve(ONE_DETAIL, reward_request=True, generic_statements=2)
    grade = GRADING.judge(POLICY.scores(asked), CLEAN, asked)
    assert grade.explanation.startswith("1 observation(s): 1 specific, 1 placed")
    assert "penalties: 2 generic statement(s), asks for a reward" in grade.explanation


def test_a_negative_count_or_a_share_above_one_is_refused() -> None:
    with pytest.raises(InvalidValue, match="causes"):
        rubric(causes=-1)
    with pytest.raises(InvalidValue, match="padding_share"):
        rubric(padding_share=Decimal("1.2"))


counts = st.integers(min_value=0, max_value=6)


@given(counts, counts, counts, counts, counts, st.sampled_from(Reach), st.sampled_from(Stakes))
def test_one_more_specific_observation_never_lowers_a_score(
    observed: int,
    placed: int,
    causes: int,
    suggestions: int,
    problems: int,
    reach: Reach,
    stakes: Stakes,
) -> None:
    before = rubric(
        observations=observed,
        specific_observations=observed,
        located_observations=placed,
        causes=causes,
        suggestions=suggestions,
        problems=problems,
        reach=reach,
        stakes=stakes,
    )
    after = evolve(before, observations=observed + 1,
                      specific_observations=observed + 1)  # fmt: skip
    low, high = POLICY.scores(before), POLICY.scores(after)
    assert high.legitimacy >= low.legitimacy
    assert high.depth >= low.depth
    assert high.usefulness >= low.usefulness
