"""The weekly run opens only the quotes a report samples: the week's other feedback keeps its
quotes sealed, and the report is the one built from whole assessments."""

from __future__ import annotations

import secrets
from datetime import timedelta
from uuid import uuid4

import pytest
from attrs import evolve

from kundrost.adapters.postgres.assessment_repository import QUOTES
from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.generate_report import GenerateWeeklyReport
from kundrost.domain.analysis import Category, Sentiment
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import AssessmentId, CallSessionId
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_aggregation import build_weekly_report
from kundrost.domain.weekly_feedback import WeeklyFeedback
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.postgres_fixtures import postgres_database
from tests.adapters.storage_builders import a_store
from tests.adapters.storage_steps import committed
from tests.counting_cipher import CountingCipher
from tests.unit.grading_builders import (
    a_low_grade_analysis,
    a_theme,
    an_analysis,
    an_assessment,
    at,
)

WEEK = IsoWeek(2026, 11)
"""Monday 9 to Sunday 15 March 2026."""


def feedback(n: int, *, qualifies: bool = True) -> QualityAssessment:
    themes = [
        a_theme(
            label="Kö i kassan",
            sentiment=Sentiment.NEGATIVE,
            category=Category.SERVICE,
            quote=f"Kön var lång, gång {n}.",
        ),
        a_theme(department="Bageri", label="Färskt bröd", quote=f"Brödet var varmt {n}."),
    ]
    analysis = an_analysis(themes=themes) if qualifies else a_low_grade_analysis()
    return evolve(
        an_assessment(analysis),
        id=AssessmentId(uuid4()),
        call_session_id=CallSessionId(uuid4()),
        created_at=at("2026-03-10 08:00") + timedelta(hours=n),
    )


async def test_a_weeks_unsampled_quotes_are_never_decrypted() -> None:
    cipher = CountingCipher(secrets.token_bytes(32))
    store = a_store()
    made = [evolve(feedback(n, qualifies=n != 5), store_id=store) for n in range(12)]
    async with postgres_database("quotes", cipher=cipher) as database:
        new_uow = database.unit_of_work

        async def put_all(uow: UnitOfWork) -> None:
            for assessment in made:
                await uow.assessments.put(assessment)

        await committed(new_uow, put_all)
        async with new_uow() as uow:
            whole = await uow.assessments.between(*WEEK.bounds("Europe/Stockholm"), store_id=store)
            weeks = {store: WEEK.bounds("Europe/Stockholm")}
            cipher.decrypted.clear()
            read = (await uow.assessments.weekly_feedback_of(weeks))[store]
        assert len(read) == 12
        assert cipher.decrypted[QUOTES] == 0
        assert all(not f.quotes.is_open for f in read if f.qualifies)

        now = at("2026-03-16 03:00")
        generate = GenerateWeeklyReport(new_uow, ManualClock(now), SeededIds(7))
        cipher.decrypted.clear()
        [report] = (await generate.new_reports([store], WEEK)).values()

    # Each group quotes the two newest qualifying feedback (11 and 10): two rows opened once.
    assert cipher.decrypted[QUOTES] == 2
    expected = build_weekly_report(
        report.id,
        store,
        WEEK,
        [WeeklyFeedback.from_assessment(a) for a in whole],
        [],
        now,
        "Europe/Stockholm",
    )
    assert report == expected
    assert [q.text for q in report.negative_issues[0].sample_quotes] == [
        "Kön var lång, gång 11.",
        "Kön var lång, gång 10.",
    ]
    assert [q.text for q in report.positive_trends[0].sample_quotes] == [
        "Brödet var varmt 11.",
        "Brödet var varmt 10.",
    ]


async def test_a_stored_theme_with_json_where_text_belongs_is_refused_as_theme_refuses_it() -> None:
    store = a_store()
    stored = evolve(feedback(1), store_id=store)
    async with postgres_database("quotes") as database:
        await committed(database.unit_of_work, lambda uow: uow.assessments.put(stored))
        async with database.pool.acquire() as connection:
            await connection.execute(
                "UPDATE quality_assessments SET themes = jsonb_set(themes, '{0,label}', '[1]')"
            )
        async with database.unit_of_work() as uow:
            with pytest.raises(InvalidValue, match="label"):
                await uow.assessments.weekly_feedback_of({store: WEEK.bounds("Europe/Stockholm")})
