"""Honest answers at twenty stores (`honest_speech_15`, written by someone who had not read
the analyzer): no answer raises a decisive fraud flag. The material found a number misread
("tvåtusenfemhundra"), a price read as things eaten ("för hundratio med sallad"), spoken
"verkstan" for the store's "Verkstaden", and the optician's own "optikern" taken for an
unknown department, polishing glasses at an optician's own "Glasögon" taken for a service
it lacks, and a dragon on a bookshop's sign taken for one in the shop; each is read right
now."""

from __future__ import annotations

from datetime import datetime

import pytest

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.ports.analyzer import FeedbackInput
from tests.analyzer.honest_speech_15 import HONEST, STORES
from tests.analyzer.offline_calls import DECISIVE, FRAUD_KINDS
from tests.unit.transcript_builders import AI, CUSTOMER, a_transcript

ANALYZER = OfflineFeedbackAnalyzer()
TUESDAY = "2026-11-17T{}:00+01:00"
AT_CLOSING = {
    "Jag var sista kunden för dagen, hon klippte mig fast klockan var nästan sju.": "18:50",
    "Jag kom in precis innan de stängde, och de låste dörren efter mig men lät mig handla "
    "klart.": "18:55",
    "Jag var där strax innan de stängde klockan tio och var helt ensam, härligt.": "21:50",
}
"""Answers that place the visit at closing time are bought then; the rest at 14:05."""
MISSED: dict[str, str] = {}
"""Answers still flagged, with why (strict xfails)."""


def flagged(store: str, said: str) -> list[str]:
    turns = [(AI, "Hur var ditt besök idag?"), (CUSTOMER, "Ja, det går bra.")]
    turns += [(AI, "Berätta gärna."), (CUSTOMER, said)]
    at = datetime.fromisoformat(TUESDAY.format(AT_CLOSING.get(said, "14:05")))
    analysis = ANALYZER.analyse_now(FeedbackInput(a_transcript(turns), STORES[store], at))
    return [
        flag.kind.value
        for flag in analysis.content_flags
        if flag.kind in FRAUD_KINDS and flag.confidence >= DECISIVE
    ]


def _case(store: str, said: str) -> object:
    reason = MISSED.get(said)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(store, said, id=f"{store}: {said[:50]}", marks=marks)


@pytest.mark.parametrize(
    ("store", "said"), [_case(store, said) for store, answers in HONEST.items() for said in answers]
)
def test_an_honest_answer_raises_no_fraud_flag(store: str, said: str) -> None:
    assert flagged(store, said) == []


def test_the_material_is_whole() -> None:
    assert len(STORES) == 20
    assert sum(len(answers) for answers in HONEST.values()) == 400
