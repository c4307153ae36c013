"""Planning a feedback call: which questions, in what order, in Swedish, within 60–120 s."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kundrost.domain.business_context import BusinessContext, Campaign, Department
from kundrost.domain.conversation import (
    ConversationPlan,
    PlannedQuestion,
    QuestionSource,
    Visit,
    plan_conversation,
)
from kundrost.domain.conversation_policy import ConversationPolicy
from kundrost.domain.conversation_texts import GENERIC_QUESTIONS
from kundrost.domain.errors import InvalidValue
from kundrost.domain.priority import Priority
from tests.unit.context_builders import (
    OTHER_STORE_ID,
    STORE_ID,
    STORE_NAME,
    UTC,
    a_business_context,
    a_campaign,
    a_question,
    a_visit,
    an_empty_context,
    at,
)


def texts(plan: ConversationPlan, source: QuestionSource | None = None) -> list[str]:
    return [q.text for q in plan.questions if source is None or q.source is source]


def test_store_questions_come_most_urgent_first() -> None:
    configured = (
        a_question("Hur fräsch var frukten?", Priority.LOW),
        a_question("Hur lång var kön i kassan?", Priority.URGENT),
        a_question("Hur var det att parkera?", Priority.MEDIUM),
        a_question("Hittade du allt du letade efter?", Priority.HIGH),
    )
    plan = plan_conversation(a_business_context(question_configuration=configured), a_visit(), 0)
    assert texts(plan) == [
        "Hur lång var kön i kassan?",
        "Hittade du allt du letade efter?",
        "Hur var det att parkera?",
    ]


def test_store_questions_of_one_priority_keep_their_configured_order() -> None:
    configured = tuple(a_question(f"Fråga {n}?", Priority.HIGH) for n in "ABCD")
    plan = plan_conversation(a_business_context(question_configuration=configured), a_visit(), 0)
    assert texts(plan) == ["Fråga A?", "Fråga B?", "Fråga C?"]


@pytest.mark.parametrize(
    ("counter", "asked"),
    [(0, True), (1, False), (2, False), (3, True), (4, False), (5, False), (6, True)],
)
def test_a_frequency_three_question_is_asked_to_every_third_customer(
    counter: int, asked: bool
) -> None:
    bread = a_question("Vad tycker du om vårt surdegsbröd?", Priority.URGENT, frequency=3)
    context = a_business_context(question_configuration=(bread,))
    plan = plan_conversation(context, a_visit(), counter)
    assert (bread.question in texts(plan)) is asked
    assert len(plan.questions) == 3


def test_a_campaign_running_on_the_visit_day_adds_one_campaign_question() -> None:
    plan = plan_conversation(a_business_context(), a_visit(at("2026-08-14 11:00")), 1)
    campaign = [q for q in plan.questions if q.source is QuestionSource.CAMPAIGN]
    assert len(campaign) == 1
    assert "Kräftpremiär" in campaign[0].text
    assert campaign[0].priority is Priority.MEDIUM


@pytest.mark.parametrize(
    ("visit_time", "asked"),
    [
        ("2026-08-05 23:59", False),
        ("2026-08-06 00:00", True),
        ("2026-08-31 23:59", True),
        ("2026-09-01 00:00", False),
        ("2026-03-03 14:05", False),
    ],
)
def test_a_campaign_question_is_asked_only_within_its_dates_in_the_store_zone(
    visit_time: str, asked: bool
) -> None:
    visit = a_visit(at(visit_time).astimezone(UTC))
    plan = plan_conversation(a_business_context(question_configuration=()), visit, 0)
    assert bool(texts(plan, QuestionSource.CAMPAIGN)) is asked


def test_two_running_campaigns_take_turns_and_only_one_is_asked() -> None:
    context = a_business_context(
        question_configuration=(),
        current_campaigns=(a_campaign("Kräftpremiär"), a_campaign("Surströmmingspremiär")),
    )
    asked = [
        texts(
            plan_conversation(context, a_visit(at("2026-08-20 12:00")), counter),
            QuestionSource.CAMPAIGN,
        )
        for counter in (0, 1)
    ]
    assert [len(questions) for questions in asked] == [1, 1]
    assert "Kräftpremiär" in asked[0][0]
    assert "Surströmmingspremiär" in asked[1][0]


def test_urgent_store_questions_can_crowd_out_the_campaign() -> None:
    urgent = tuple(a_question(f"Brådskande fråga {n}?", Priority.URGENT) for n in range(3))
    context = a_business_context(question_configuration=urgent)
    plan = plan_conversation(context, a_visit(at("2026-08-14 11:00")), 0)
    assert not texts(plan, QuestionSource.CAMPAIGN)


@pytest.mark.parametrize("context", [None, an_empty_context()], ids=["missing", "empty"])
def test_a_missing_or_empty_context_gives_a_generic_plan_within_the_budget(
    context: BusinessContext | None,
) -> None:
    plan = plan_conversation(context, a_visit(), 0)
    assert {q.source for q in plan.questions} == {QuestionSource.GENERIC}
    assert 60 <= plan.estimated_seconds <= 120
    assert plan.language == "sv"
    assert texts(plan)[:2] == list(GENERIC_QUESTIONS[:2])


def test_a_generic_plan_asks_about_a_department_in_turn_when_the_store_lists_them() -> None:
    departments = (Department("Bageriet"), Department("Chark & ost"))
    context = an_empty_context(departments=departments)
    asked = [plan_conversation(context, a_visit(), counter).questions[2] for counter in (0, 1)]
    assert [q.department for q in asked] == ["Bageriet", "Chark & ost"]
    assert asked[0].text == "Hur upplevde du avdelningen Bageriet?"


def test_a_generic_question_the_store_already_asks_is_not_asked_twice() -> None:
    same = a_question(GENERIC_QUESTIONS[0].upper(), Priority.HIGH)
    plan = plan_conversation(an_empty_context(question_configuration=(same,)), a_visit(), 0)
    folded = [text.casefold() for text in texts(plan)]
    assert len(folded) == len(set(folded)) == 3


def test_the_default_plan_has_three_questions_two_follow_ups_and_takes_about_100_seconds() -> None:
    plan = plan_conversation(a_business_context(), a_visit(), 0)
    assert len(plan.questions) == 3
    assert plan.follow_up_slots == 2
    assert (plan.estimated_seconds, plan.min_seconds, plan.max_seconds) == (100, 60, 120)
    assert all(q.seconds == 20 for q in plan.questions)


def test_the_greeting_is_swedish_and_names_the_store_and_the_day_in_its_zone() -> None:
    plan = plan_conversation(
        a_business_context(),
        a_visit(at("2026-03-03 13:05", UTC)),
        0,
        now=at("2026-03-05 10:00", UTC),
    )
    assert plan.greeting.startswith("Hej!")
    assert f"hos {STORE_NAME} i tisdags klockan 14.05" in plan.greeting
    assert "AI" in plan.greeting


@pytest.mark.parametrize(
    ("now", "said"),
    [
        ("2026-03-03 21:00", "i dag klockan 14.05"),
        ("2026-03-04 00:30", "i går klockan 14.05"),
        ("2026-03-09 09:00", "i tisdags klockan 14.05"),
        ("2026-03-10 09:00", "den 3 mars klockan 14.05"),
        ("2027-01-04 09:00", "den 3 mars 2026 klockan 14.05"),
        (None, "den 3 mars klockan 14.05"),
    ],
)
def test_the_greeting_says_when_the_purchase_was_made_as_a_swede_would(
    now: str | None, said: str
) -> None:
    moment = at(now) if now else None
    plan = plan_conversation(a_business_context(), a_visit(), 0, now=moment)
    assert said in plan.greeting


def test_a_store_without_a_name_is_not_named() -> None:
    plan = plan_conversation(an_empty_context(), a_visit(), 0)
    assert "hos" not in plan.greeting
    assert "om ditt köp den 3 mars klockan 14.05." in plan.greeting


def test_the_closing_thanks_and_says_cashback_is_decided_after_the_call() -> None:
    closing = plan_conversation(None, a_visit(), 0).closing
    assert closing.startswith("Tack")
    assert "återbäring avgörs efter samtalet" in closing


def test_a_negative_counter_is_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        plan_conversation(None, a_visit(), -1)
    assert refused.value.field == "counter"


def test_another_stores_context_is_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        plan_conversation(a_business_context(), a_visit(store_id=OTHER_STORE_ID), 0)
    assert refused.value.field == "store_id"


def test_a_naive_now_is_refused() -> None:
    with pytest.raises(InvalidValue) as refused:
        plan_conversation(None, a_visit(), 0, now=datetime(2026, 3, 5, 10))
    assert refused.value.field == "now"


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"transaction_time": datetime(2026, 3, 3, 14, 5)}, "transaction_time"),
        ({"transaction_value": Decimal("-1")}, "transaction_value"),
        ({"transaction_value": 249.5}, "transaction_value"),
    ],
)
def test_a_visit_refuses_a_naive_time_and_a_negative_or_inexact_value(
    overrides: dict[str, object], field: str
) -> None:
    values: dict[str, object] = {
        "store_id": STORE_ID,
        "transaction_time": at("2026-03-03 14:05"),
        "transaction_value": Decimal("249.50"),
    }
    with pytest.raises(InvalidValue) as refused:
        Visit(**(values | overrides))  # type: ignore[arg-type]
    assert refused.value.field == field


def test_the_default_policy_derives_its_question_count_from_the_time_budget() -> None:
    policy = ConversationPolicy()
    assert (policy.min_questions, policy.question_limit) == (2, 3)
    assert policy.estimate(3) == 100


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"max_questions": 5}, "max_questions"),
        ({"max_seconds": 60}, "max_seconds"),
        ({"seconds_per_question": 0}, "seconds_per_question"),
        ({"generic_questions": ("Hur var besöket?",)}, "generic_questions"),
        ({"margin_seconds": 60}, "max_questions"),
    ],
)
def test_a_policy_that_cannot_fit_a_call_in_the_budget_is_refused(
    overrides: dict[str, object], field: str
) -> None:
    with pytest.raises(InvalidValue) as refused:
        ConversationPolicy(**overrides)  # type: ignore[arg-type]
    assert refused.value.field == field


def test_a_plan_outside_its_time_budget_is_refused() -> None:
    question = PlannedQuestion("Hur var besöket?", Priority.LOW, None, QuestionSource.GENERIC, 20)
    with pytest.raises(InvalidValue) as refused:
        ConversationPlan("Hej!", (question,), 2, "Tack!", 121, 60, 120)
    assert refused.value.field == "estimated_seconds"


# --- the time budget holds for any store, customer and policy -------------------------

SAMPLE_QUESTIONS = (
    "Hur lång var kön i kassan?",
    "Hittade du allt du letade efter?",
    "Vad tycker du om vårt surdegsbröd?",
    "Hur fräsch var frukten?",
    "Hur var det att parkera?",
    GENERIC_QUESTIONS[0],
)

store_questions = st.builds(
    a_question,
    st.sampled_from(SAMPLE_QUESTIONS),
    st.sampled_from(Priority),
    st.integers(1, 7),
    st.sampled_from(["Bageriet", "Kassan", None]),
)


def a_campaign_of(name: str, starts_on: date, days: int) -> Campaign:
    return Campaign(name, starts_on=starts_on, ends_on=starts_on + timedelta(days=days))


campaigns = st.builds(
    a_campaign_of,
    st.sampled_from(["Kräftpremiär", "Julbord", "Semla"]),
    st.dates(date(2025, 1, 1), date(2027, 12, 31)),
    st.integers(0, 60),
)
contexts = st.one_of(
    st.none(),
    st.builds(
        an_empty_context,
        timezone=st.sampled_from(["Europe/Stockholm", "Europe/Helsinki", "UTC"]),
        departments=st.lists(
            st.sampled_from(["Bageriet", "Kassan", "Frukt & grönt"]), unique=True, max_size=3
        ).map(lambda names: tuple(Department(name) for name in names)),
        current_campaigns=st.lists(campaigns, max_size=3),
        question_configuration=st.lists(store_questions, max_size=8),
        store_name=st.sampled_from([STORE_NAME, None]),
    ),
)


@st.composite
def policies(draw: st.DrawFn) -> ConversationPolicy:
    min_seconds = draw(st.integers(20, 90))
    try:
        return ConversationPolicy(
            min_seconds=min_seconds,
            max_seconds=min_seconds + draw(st.integers(10, 120)),
            greeting_seconds=draw(st.integers(0, 20)),
            closing_seconds=draw(st.integers(0, 20)),
            seconds_per_question=draw(st.integers(5, 40)),
            follow_up_slots=draw(st.integers(0, 3)),
            seconds_per_follow_up=draw(st.integers(0, 15)),
            margin_seconds=draw(st.integers(0, 20)),
            max_questions=draw(st.none() | st.integers(1, 6)),
        )
    except InvalidValue:
        assume(False)
        raise


@settings(max_examples=100)  # the whole unit suite stays within a few seconds
@given(
    context=contexts,
    counter=st.integers(0, 10_000),
    moment=st.datetimes(datetime(2025, 1, 1), datetime(2027, 12, 31), timezones=st.just(UTC)),
    policy=st.one_of(st.just(ConversationPolicy()), policies()),
)
def test_a_plan_always_fits_the_time_budget(
    context: BusinessContext | None, counter: int, moment: datetime, policy: ConversationPolicy
) -> None:
    plan = plan_conversation(context, a_visit(moment), counter, policy)
    spent = policy.estimate(0) + sum(q.seconds for q in plan.questions)
    assert policy.min_seconds <= plan.estimated_seconds == spent <= policy.max_seconds
    assert policy.min_questions <= len(plan.questions) <= policy.question_limit
    sources = [q.source for q in plan.questions]
    assert sources == sorted(sources, key=lambda s: s is QuestionSource.GENERIC)
    ranks = [q.priority.rank for q in plan.questions if q.source is not QuestionSource.GENERIC]
    assert ranks == sorted(ranks, reverse=True)
    assert sources.count(QuestionSource.CAMPAIGN) <= 1
    configured = context.question_configuration if context else ()
    for asked in texts(plan, QuestionSource.STORE):
        assert any(q.question == asked and counter % q.frequency == 0 for q in configured)
