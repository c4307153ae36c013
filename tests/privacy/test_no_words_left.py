"""After every journey, nothing kundrost keeps shows a customer's number, sentences or the
names they said: not a table row, not a Redis value, not a log line. Cancelled, discarded
and expired feedback is not kept at all, not even encrypted; kept feedback names nobody
outside its transcript; a weekly report keeps its counts and themes and loses the quotes
of calls that are gone."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kundrost.adapters.postgres.report_repository import WORDS
from kundrost.adapters.postgres.transcript_repository import TRANSCRIPT
from tests.privacy.journeys import Journeys
from tests.privacy.scan import Secrets

QUALIFYING = (
    "Ja, absolut.",
    "Köttdisken hade fantastisk service, slaktaren Pelle hjälpte mig välja en bit entrecote "
    "och förklarade hur jag skulle tillaga den.",
    "Kassörskan som heter Lotta var väldigt hjälpsam och följde med mig till hyllan med "
    "kryddorna när jag inte hittade dem.",
    "Det var lång kö i kassan vid femtiden, min granne Zlatan stod där i tjugo minuter, så "
    "fler kassor på eftermiddagen vore bra.",
    "Ring mig gärna på 070-765 43 21 om ni vill veta mer, mitt personnummer är 19850412-1234, "
    "annars var det ett bra besök.",
)
LOW_GRADE = ("Ja.", "Det var bra, Kalle var där.", "Inget särskilt.", "Nej.", "Hej då.")
FRAUD = (
    "Ja, visst.",
    "Bageriet hade nybakat surdegsbröd som doftade underbart, bagaren Nisse rekommenderade "
    "en limpa med valnötter.",
    "Kassan gick snabbt och personalen var trevlig fast det var mycket folk i butiken.",
    "Frukten var fin men avokadorna var hårda, det har varit så flera veckor nu.",
    "Nej, det var allt, tack för samtalet.",
)
UNKNOWN_DEPARTMENT = (
    "Ja, gärna.",
    "Ostdisken var det bästa med besöket, ostmästaren Gunnel lät mig smaka en lagrad "
    "getost och skar upp en bit åt mig direkt.",
    "På ostdisken hade de dessutom tjugo sorters brie, så jag köpte tre olika till helgen.",
    "Kassan gick bra, inget att klaga på där.",
    "Nej, det var allt, tack ska du ha.",
)
"""Praise of a counter the store does not have: fraud whose evidence is a word the customer
said, which the fraud record must not keep."""
NAMES: dict[tuple[str, ...], tuple[str, ...]] = {
    QUALIFYING: ("Pelle", "Lotta", "Zlatan", "850412-1234"),
    LOW_GRADE: ("Kalle",),
    FRAUD: ("Nisse",),
    UNKNOWN_DEPARTMENT: ("Gunnel", "ostdisken", "getost"),
}
SPOKEN_NUMBER = "070-765 43 21"


def secrets_of(phone: str | None, answers: tuple[str, ...] = ()) -> Secrets:
    return Secrets(phone, answers, NAMES.get(answers, ()))


def quotes_of(report: dict[str, object]) -> list[str]:
    sections = ("positive_trends", "negative_issues", "new_issues")
    return [q for s in sections for item in report[s] for q in item["sample_quotes"]]  # type: ignore[attr-defined]


def test_qualifying_feedback_is_kept_sealed_and_names_nobody_outside_its_transcript(
    journeys: Journeys,
) -> None:
    phone, session_id, graded = journeys.call(QUALIFYING)
    assert graded["assessment"]["qualifies"] is True
    report = journeys.weekly_report()

    secrets = secrets_of(phone, QUALIFYING)
    journeys.assert_only_the_transcript_names_them(Secrets(SPOKEN_NUMBER, (), secrets.names))
    sealed = journeys.assert_nothing_in_clear(secrets)
    assert QUALIFYING[1] in sealed[TRANSCRIPT], "the scan reads what is sealed"
    assert sealed[WORDS], "the report's quotes are sealed apart"
    assert f"call {session_id} transcript recorded" in journeys.caplog.text
    quotes = quotes_of(report)
    assert quotes
    assert all(name not in quote for quote in quotes for name in secrets.names)
    assert all("765 43" not in quote and "1234" not in quote for quote in quotes)
    assert journeys.search("entrecote")


@pytest.mark.parametrize(
    "answers",
    [LOW_GRADE, FRAUD, UNKNOWN_DEPARTMENT],
    ids=["low-grade", "fraud", "unknown-department"],
)
def test_discarded_feedback_keeps_no_words_only_the_number_for_its_ninety_days(
    journeys: Journeys, answers: tuple[str, ...]
) -> None:
    night = journeys.clock.now().replace(hour=1, minute=0)
    phone, session_id, graded = journeys.call(
        answers, **({"transaction_time": night} if answers is FRAUD else {})
    )
    assessment = graded["assessment"]
    assert assessment["qualifies"] is False
    assert assessment["is_fraudulent"] is (answers is not LOW_GRADE)
    if answers is UNKNOWN_DEPARTMENT:
        [context] = journeys.fraud_checks(session_id)["fraud_results"]
        assert context["fraud_indicators"] == ["unknown_department"], context

    journeys.assert_gone(secrets_of(None, answers))
    journeys.assert_nothing_in_clear(secrets_of(phone, answers))


@pytest.mark.parametrize("moment", ["ringing", "talking", "queued", "graded", "reported"])
def test_a_cancel_at_any_moment_leaves_nothing_of_the_call(journeys: Journeys, moment: str) -> None:
    phone = journeys.a_phone()
    session_id = journeys.initiate(phone)
    if moment != "ringing":
        journeys.connect(session_id)
    analysis_id = None
    if moment in ("queued", "graded", "reported"):
        analysis_id = journeys.record(session_id, QUALIFYING)
        assert analysis_id is not None
    if moment in ("graded", "reported"):
        journeys.graded(analysis_id)  # type: ignore[arg-type]
    report = journeys.weekly_report() if moment == "reported" else None

    journeys.cancel(session_id)
    if analysis_id is not None:
        journeys.graded(analysis_id)

    journeys.assert_gone(secrets_of(phone, QUALIFYING))
    assert journeys.search("entrecote") == []
    if report is not None:
        assert quotes_of(report)
        kept = journeys.report(report["report_id"])
        assert quotes_of(kept) == []
        assert kept["total_feedback_count"] == report["total_feedback_count"]
        assert [i["label"] for i in kept["negative_issues"]] == [
            i["label"] for i in report["negative_issues"]
        ]


@pytest.mark.parametrize("days", [91, 366])
def test_after_its_days_a_call_is_gone_and_its_report_keeps_counts_and_themes(
    journeys: Journeys, days: int
) -> None:
    phone, _, graded = journeys.call(QUALIFYING)
    low_phone, _, _ = journeys.call(LOW_GRADE)
    assert graded["assessment"]["qualifies"] is True
    report = journeys.weekly_report()
    assert quotes_of(report)

    journeys.clock.advance(timedelta(days=days))
    journeys.retention()

    journeys.assert_gone(secrets_of(phone, QUALIFYING))
    journeys.assert_gone(secrets_of(low_phone, LOW_GRADE))
    kept = journeys.report(report["report_id"])
    assert quotes_of(kept) == []
    assert kept["qualifying_feedback_count"] == report["qualifying_feedback_count"]
    assert kept["average_quality_score"] == report["average_quality_score"]
    assert [i["label"] for i in kept["negative_issues"]] == [
        i["label"] for i in report["negative_issues"]
    ]
    assert journeys.search("entrecote") == []
