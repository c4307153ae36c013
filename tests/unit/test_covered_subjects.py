"""A planned question's subject, and whether the customer already told of it unasked."""

from __future__ import annotations

from datetime import UTC, datetime

from kundrost.domain.call_script import CallScript, session_instructions
from kundrost.domain.conversation import (
    ConversationPlan,
    QuestionSource,
    Visit,
    plan_conversation,
)
from kundrost.domain.covered_subjects import is_covered, stems, subject_of
from kundrost.entrypoints.cli.example import CONTEXT

CHECKOUT = "Hur var väntetiden i kassan?"


def example_plan() -> ConversationPlan:
    visit = Visit(CONTEXT.store_id, datetime(2026, 11, 24, 11, tzinfo=UTC))
    return plan_conversation(CONTEXT, visit, 0)


def test_a_question_is_about_its_words_not_its_framing() -> None:
    assert stems(CHECKOUT) == {"vänt", "kass"}
    assert stems("Hur upplevde du köttdisken?") == {"kött"}


def test_a_customer_who_told_of_the_checkout_has_answered_the_checkout_question() -> None:
    subject = stems(CHECKOUT)
    assert is_covered(subject, ["Köttdisken var bra, och kön i kassan var kort."])
    assert is_covered(subject, ["Det var lång kö till kassorna."])
    assert is_covered(subject, ["Vi väntade länge."])
    assert not is_covered(subject, ["Köttdisken var fantastisk.", "Ja, det går bra."])


def test_a_question_about_no_subject_is_never_covered() -> None:
    assert subject_of("Vad", None) == frozenset()
    assert not is_covered(frozenset(), ["Allt fungerade bra i kassan."])


def test_the_plan_gives_each_question_its_subject_with_its_departments_aliases() -> None:
    plan = example_plan()
    subjects = {q.text: q.subject for q in (*plan.questions, *plan.spare_questions)}

    assert subjects[CHECKOUT] == {"vänt", "kass"}
    assert {"kött", "char", "meat"} <= subjects["Hur upplevde du köttdisken?"]
    assert subjects["Vad tyckte du fungerade bra under ditt besök?"] == frozenset()


def test_the_plan_keeps_the_questions_past_its_limit_as_spares() -> None:
    plan = example_plan()

    assert [q.text for q in plan.questions] == [
        "Hur upplevde du köttdisken?",
        "Hittade du allt du letade efter?",
        CHECKOUT,
    ]
    assert plan.spare_questions
    assert all(q.source is QuestionSource.GENERIC for q in plan.spare_questions)
    script = CallScript.for_plan(plan)
    assert len(script.subjects) == len(script.questions) + len(script.spares)


def test_the_live_model_is_told_to_skip_what_was_told_and_ask_a_spare() -> None:
    instructions = session_instructions(example_plan())

    assert "Hoppa över en fråga om något som kunden redan har berättat om" in (
        " ".join(instructions.split())
    )
    assert "Reservfrågor, i ordning:\n- Vad tyckte du fungerade bra under ditt besök?" in (
        instructions
    )
