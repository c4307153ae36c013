"""The live call's domain rules: consent, voicemail, the language barrier, the clock, the
script, and how a connection is rated."""

from decimal import Decimal

import pytest

from kundrost.domain.analysability import AnalysabilityPolicy
from kundrost.domain.call_quality import ConnectionQuality, rate_connection
from kundrost.domain.call_script import CONSENT_QUESTION, END_CALL_TOOL, CallScript, say_exactly
from kundrost.domain.consent import Consent, consent_of
from kundrost.domain.conversation import plan_conversation
from kundrost.domain.errors import InvalidValue
from kundrost.domain.language_barrier import LanguageBarrierRule
from kundrost.domain.live_call_policy import LiveCallPolicy
from kundrost.domain.transcript import Message, Speaker
from kundrost.domain.voicemail import sounds_like_voicemail
from tests.unit.context_builders import STORE_NAME, a_business_context, a_visit


@pytest.mark.parametrize(
    ("answer", "consent"),
    [
        ("Ja", Consent.YES),
        ("Ja, det går bra.", Consent.YES),
        ("Absolut, kör på!", Consent.YES),
        ("Nej då, det går bra.", Consent.YES),
        ("Nejdå, fråga på.", Consent.YES),
        ("Nej", Consent.NO),
        ("Nej tack.", Consent.NO),
        ("Nä, jag har inte tid.", Consent.NO),
        ("Ja, men inte just nu.", Consent.NO),
        ("Tyvärr, jag kör bil.", Consent.NO),
        ("Kan du ringa senare? Ring senare.", Consent.NO),
        ("Vem är det som ringer?", Consent.UNCLEAR),
        ("", Consent.UNCLEAR),
    ],
)
def test_the_first_answer_is_a_no_only_when_it_clearly_refuses(
    answer: str, consent: Consent
) -> None:
    assert consent_of(answer) is consent


@pytest.mark.parametrize(
    "greeting",
    [
        "Hej, du har kommit till Annas röstbrevlåda. Lämna ett meddelande efter tonen.",
        "Personen du söker kan inte ta emot ditt samtal just nu.",
        "Välkommen till Telias mobilsvar.",
        "Hi, you have reached Anna. Please leave a message after the beep.",
    ],
)
def test_a_recorded_greeting_is_voicemail(greeting: str) -> None:
    assert sounds_like_voicemail(greeting)


@pytest.mark.parametrize(
    "answer", ["Hallå, det är Anna.", "Ja, jag har tid en stund.", "Vem är det?"]
)
def test_a_person_answering_is_not_voicemail(answer: str) -> None:
    assert not sounds_like_voicemail(answer)


def turn(text: str, order: int = 0) -> Message:
    return Message(Speaker.CUSTOMER, text, order * 1000, order)


def test_the_language_barrier_takes_two_turns_not_in_swedish() -> None:
    rule = LanguageBarrierRule()
    english = [turn("Sorry, I don't speak Swedish.", 0)]
    assert not rule.reached(english)
    assert rule.reached([*english, turn("No, I really do not understand, sorry.", 1)])


def test_a_swedish_call_with_two_english_remarks_is_not_a_barrier() -> None:
    long_swedish = "Kön var lång men personalen var trevlig och jag hittade allt jag ville ha."
    turns = [turn(long_swedish, 0), turn("Sorry, what?", 1), turn("Nice, thanks.", 2)]
    assert not LanguageBarrierRule().reached(turns)


def test_the_barrier_uses_the_analysability_rules_share() -> None:
    rule = LanguageBarrierRule.matching(AnalysabilityPolicy(min_swedish_share=Decimal("0.9")))
    assert rule.min_swedish_share == Decimal("0.9")


def test_the_live_calls_clock_defaults_to_105_and_120_seconds() -> None:
    policy = LiveCallPolicy()
    assert (policy.wrap_up_seconds, policy.max_seconds, policy.silence_seconds) == (105, 120, 10)


def test_the_wrap_up_must_come_before_the_end() -> None:
    with pytest.raises(InvalidValue, match="wrap_up_seconds"):
        LiveCallPolicy(wrap_up_seconds=120, max_seconds=120)


def test_the_script_opens_with_the_ai_disclosure_and_the_request_for_a_minute() -> None:
    plan = plan_conversation(a_business_context(), a_visit(), 0)
    script = CallScript.for_plan(plan)

    assert script.opening.startswith("Hej! Jag är en AI-assistent")
    assert STORE_NAME in script.opening
    assert script.opening.endswith(CONSENT_QUESTION)
    assert script.questions == tuple(q.text for q in plan.questions)
    for number, question in enumerate(plan.questions, start=1):
        assert f"{number}. {question.text}" in script.instructions
    assert END_CALL_TOOL in script.instructions
    assert plan.closing in script.instructions
    assert "personuppgifter" in script.instructions


def test_a_line_to_say_is_quoted_word_for_word() -> None:
    assert say_exactly("Hej då!").endswith(': "Hej då!"')


@pytest.mark.parametrize(
    ("latency", "loss", "quality"),
    [
        (900, "0.5", ConnectionQuality.EXCELLENT),
        (1500, "0.5", ConnectionQuality.GOOD),
        (900, "5", ConnectionQuality.FAIR),
        (2800, "1", ConnectionQuality.FAIR),
        (3500, "0", ConnectionQuality.POOR),
        (500, "25", ConnectionQuality.POOR),
    ],
)
def test_a_connection_is_rated_by_the_worse_of_latency_and_loss(
    latency: int, loss: str, quality: ConnectionQuality
) -> None:
    assert rate_connection(latency, Decimal(loss)) is quality
