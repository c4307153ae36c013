"""ConversationPolicy: the time budget of a feedback call and how it is spent."""

from __future__ import annotations

from attrs import field, frozen

from kundrost.domain.conversation_texts import (
    CAMPAIGN_QUESTION,
    DEPARTMENT_PLACEHOLDER,
    GENERIC_QUESTIONS,
)
from kundrost.domain.errors import InvalidValue
from kundrost.domain.priority import Priority
from kundrost.domain.validation import at_least, each, frozen_tuple, text_length


@frozen
class ConversationPolicy:
    """The time budget of a call and how it is spent.

    A plan holds as many questions as fit in `max_seconds - margin_seconds` after the
    greeting, the closing and the follow-up slots (3 by default, an estimated 100 s): the
    margin is there because real answers run long and a call over `max_seconds` cannot be
    analysed. `max_questions` overrides that count but may not break `max_seconds`. A plan
    never holds fewer questions than it takes to reach `min_seconds` without any follow-up,
    so a terse customer still gives an analysable call.
    """

    min_seconds: int = field(default=60, validator=at_least(1))
    max_seconds: int = field(default=120, validator=at_least(1))
    greeting_seconds: int = field(default=10, validator=at_least(0))
    closing_seconds: int = field(default=10, validator=at_least(0))
    seconds_per_question: int = field(default=20, validator=at_least(1))
    follow_up_slots: int = field(default=2, validator=at_least(0))
    seconds_per_follow_up: int = field(default=10, validator=at_least(0))
    margin_seconds: int = field(default=15, validator=at_least(0))
    max_questions: int | None = field(default=None, validator=at_least(1))
    campaign_priority: Priority = Priority.MEDIUM
    generic_questions: tuple[str, ...] = field(
        default=GENERIC_QUESTIONS, converter=frozen_tuple, validator=each(str)
    )
    campaign_question: str = field(default=CAMPAIGN_QUESTION, validator=text_length(1, 300))

    def __attrs_post_init__(self) -> None:
        if self.max_seconds <= self.min_seconds:
            raise InvalidValue("max_seconds", "must be more than min_seconds")
        limit = self.question_limit
        if limit < self.min_questions or self.estimate(limit) > self.max_seconds:
            raise InvalidValue(
                "max_questions",
                f"no number of questions fits {self.min_seconds}–{self.max_seconds} s",
            )
        plain = [q for q in self.generic_questions if DEPARTMENT_PLACEHOLDER not in q]
        if len(plain) < self.min_questions:
            raise InvalidValue(
                "generic_questions",
                f"need {self.min_questions} that name no department to fill a call",
            )

    @property
    def min_questions(self) -> int:
        """Questions needed to reach `min_seconds` with greeting and closing, no follow-up."""
        missing = self.min_seconds - self.greeting_seconds - self.closing_seconds
        return max(1, -(-missing // self.seconds_per_question))

    @property
    def question_limit(self) -> int:
        if self.max_questions is not None:
            return self.max_questions
        room = self.max_seconds - self.margin_seconds - self.estimate(0)
        return room // self.seconds_per_question

    def estimate(self, questions: int) -> int:
        """Seconds of a call with `questions` questions and every follow-up slot used."""
        follow_ups = self.follow_up_slots * self.seconds_per_follow_up
        fixed = self.greeting_seconds + self.closing_seconds + follow_ups
        return fixed + questions * self.seconds_per_question


DEFAULT_CONVERSATION_POLICY = ConversationPolicy()
