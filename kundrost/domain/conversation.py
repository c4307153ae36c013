"""ConversationPlan: what the voice agent says and asks in one 60–120 second feedback call."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo

from attrs import field, frozen

from kundrost.domain.business_context import DEFAULT_TIMEZONE, BusinessContext
from kundrost.domain.conversation_policy import DEFAULT_CONVERSATION_POLICY, ConversationPolicy
from kundrost.domain.conversation_texts import (
    CAMPAIGN_PLACEHOLDER,
    CLOSING,
    DEPARTMENT_PLACEHOLDER,
    greeting,
)
from kundrost.domain.covered_subjects import subject_of
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import StoreId
from kundrost.domain.priority import Priority
from kundrost.domain.validation import (
    at_least,
    aware,
    decimal,
    each,
    frozen_tuple,
    instance_of,
    text_length,
)

LANGUAGE = "sv"


class QuestionSource(StrEnum):
    STORE = "store"
    CAMPAIGN = "campaign"
    GENERIC = "generic"


@frozen
class Visit:
    """The verified purchase the call is about."""

    store_id: StoreId
    transaction_time: datetime = field(validator=aware)
    transaction_value: Decimal | None = field(
        default=None, validator=[decimal, at_least(Decimal(0))]
    )


@frozen
class PlannedQuestion:
    """A question of the call; `subject` holds the stems of what it is about
    (`covered_subjects`), so that it is left out once the customer told of it unasked."""

    text: str = field(validator=text_length(1, 500))
    priority: Priority
    department: str | None
    source: QuestionSource
    seconds: int = field(validator=at_least(1))
    subject: frozenset[str] = field(default=frozenset(), validator=instance_of(frozenset))


@frozen
class ConversationPlan:
    """The script of one call, in Swedish; `estimated_seconds` lies within the time budget."""

    greeting: str = field(validator=text_length(1, 1000))
    questions: tuple[PlannedQuestion, ...] = field(
        converter=frozen_tuple, validator=each(PlannedQuestion)
    )
    follow_up_slots: int = field(validator=at_least(0))
    closing: str = field(validator=text_length(1, 1000))
    estimated_seconds: int
    min_seconds: int
    max_seconds: int
    language: str = LANGUAGE
    spare_questions: tuple[PlannedQuestion, ...] = field(
        default=(), converter=frozen_tuple, validator=each(PlannedQuestion)
    )
    """The questions past the plan's limit, in its order: one is asked in place of a
    question the customer already told of unasked, so that the call keeps its length."""

    def __attrs_post_init__(self) -> None:
        if not self.questions:
            raise InvalidValue("questions", "a plan asks at least one question")
        if not self.min_seconds <= self.estimated_seconds <= self.max_seconds:
            raise InvalidValue(
                "estimated_seconds",
                f"must be within {self.min_seconds}–{self.max_seconds} s, "
                f"got {self.estimated_seconds}",
            )
        if self.language != LANGUAGE:
            raise InvalidValue("language", "calls are held in Swedish only")


def plan_conversation(
    context: BusinessContext | None,
    visit: Visit,
    counter: int,
    policy: ConversationPolicy = DEFAULT_CONVERSATION_POLICY,
    *,
    now: datetime | None = None,
) -> ConversationPlan:
    """Plan the call for one visit; `counter` is this customer's number at the store (0, 1, …).

    Store questions come first, the most urgent first and in configuration order within a
    priority. A question of frequency N is asked when `counter % N == 0`, so at counters 0,
    N, 2N, …: deterministic, and evenly spread over a store's customers. A campaign running
    on the visit's local date adds one question at `policy.campaign_priority` (several such
    campaigns take turns by counter). Generic questions fill the rest, so a weak or missing
    context still gives a full call. Anything past `policy.question_limit` is left out.
    With `now`, a recent purchase is named by relative day ("i tisdags") in the greeting.
    """
    if counter < 0:
        raise InvalidValue("counter", f"must be at least 0, got {counter}")
    if now is not None and now.utcoffset() is None:
        raise InvalidValue("now", "must be a timezone-aware datetime")
    if context is not None and context.store_id != visit.store_id:
        raise InvalidValue("store_id", "the business context belongs to another store")
    zone = context.zone if context is not None else ZoneInfo(DEFAULT_TIMEZONE)
    purchase = visit.transaction_time.astimezone(zone)
    chosen: list[PlannedQuestion] = []
    if context is not None:
        candidates = [*_store_questions(context, counter, policy)]
        candidates += _campaign_question(context, purchase.date(), counter, policy)
        chosen = sorted(candidates, key=lambda q: -q.priority.rank)
    taken = {q.text.casefold() for q in chosen}
    generic = [
        q for q in _generic_questions(context, counter, policy) if q.text.casefold() not in taken
    ]
    ordered = chosen + generic
    questions = ordered[: policy.question_limit]
    return ConversationPlan(
        greeting=greeting(
            context.store_name if context is not None else None,
            purchase,
            now.astimezone(zone) if now is not None else None,
        ),
        questions=questions,
        follow_up_slots=policy.follow_up_slots,
        closing=CLOSING,
        estimated_seconds=policy.estimate(len(questions)),
        min_seconds=policy.min_seconds,
        max_seconds=policy.max_seconds,
        spare_questions=ordered[policy.question_limit :],
    )


def _department_names(context: BusinessContext | None, name: str | None) -> tuple[str, ...]:
    """A department's name and the aliases the store gave it, by its name."""
    if name is None:
        return ()
    found = next((d for d in context.departments if d.is_called(name)), None) if context else None
    return found.names() if found else (name,)


def _store_questions(
    context: BusinessContext, counter: int, policy: ConversationPolicy
) -> Iterator[PlannedQuestion]:
    for question in context.question_configuration:
        if counter % question.frequency == 0:
            yield PlannedQuestion(
                question.question,
                question.priority,
                question.department,
                QuestionSource.STORE,
                policy.seconds_per_question,
                subject_of(question.question, *_department_names(context, question.department)),
            )


def _campaign_question(
    context: BusinessContext, day: date, counter: int, policy: ConversationPolicy
) -> Sequence[PlannedQuestion]:
    running = [c for c in context.current_campaigns if c.runs_on(day)]
    if not running:
        return ()
    campaign = running[counter % len(running)]
    text = policy.campaign_question.replace(CAMPAIGN_PLACEHOLDER, campaign.name)
    source = QuestionSource.CAMPAIGN
    return (
        PlannedQuestion(
            text,
            policy.campaign_priority,
            None,
            source,
            policy.seconds_per_question,
            subject_of(campaign.name),
        ),
    )


def _generic_questions(
    context: BusinessContext | None, counter: int, policy: ConversationPolicy
) -> Iterator[PlannedQuestion]:
    departments = context.departments if context is not None else ()
    for template in policy.generic_questions:
        department = None
        if DEPARTMENT_PLACEHOLDER in template:
            if not departments:
                continue
            department = departments[counter % len(departments)].name
        text = template.replace(DEPARTMENT_PLACEHOLDER, department or "")
        yield PlannedQuestion(
            text,
            Priority.LOW,
            department,
            QuestionSource.GENERIC,
            policy.seconds_per_question,
            subject_of(*_department_names(context, department)),
        )
