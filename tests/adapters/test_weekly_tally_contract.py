"""The week counted together (`weekly_tallies_of`, SQL in PostgreSQL) gives the report that
the week's feedback read row by row gives: spellings and ties, departments, severities raised
by items, repeated items, fraud, low grades, anonymised feedback, a change to summer time."""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import UUID

from attrs import evolve

from kundrost.adapters.system import ManualClock, SeededIds
from kundrost.application.generate_report import GenerateWeeklyReport
from kundrost.domain.analysis import ActionableItem, Category, Sentiment, Theme
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.ids import CallSessionId, StoreId
from kundrost.domain.priority import Priority
from kundrost.domain.redaction import REDACTION_RULES
from kundrost.domain.week_tally import WeekTally
from kundrost.domain.weekly_feedback import WeeklyFeedback
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.storage_builders import SPRING, SPRING_NOW, a_store, renewed
from tests.adapters.storage_steps import UowFactory, committed, read, row_by_row
from tests.unit.grading_builders import (
    a_fraudulent_verdict,
    a_low_grade_analysis,
    a_theme,
    an_analysis,
    an_assessment,
    at,
)

LABELS = ["Kö i kassan", "kö  i Kassan", " KÖ I KASSAN", "Kö i kassan "]
DEPARTMENTS = [None, "Kassan", "kassan ", "Bageri"]
SENTIMENTS = [Sentiment.NEGATIVE, Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE]
ITEMS = [
    ActionableItem(Category.SERVICE, "Öppna en extra kassa.", Priority.MEDIUM, "Kassan"),
    ActionableItem(Category.SERVICE, "öppna en  extra kassa.", Priority.URGENT, "kassan"),
    ActionableItem(Category.PRODUCT, "Fyll på brödhyllan.", Priority.LOW, "Bageri"),
    ActionableItem(Category.STAFF, "Fler i kassan vid lunch.", Priority.HIGH, None),
]


def varied(n: int, created_at: datetime, store: StoreId) -> QualityAssessment:
    """The n:th feedback of a week that exercises every rule of the tally."""
    themes = [
        a_theme(
            department=DEPARTMENTS[(n + k) % 4],
            label=LABELS[(n * 3 + k) % 4] if k < 2 else "Färskt bröd",
            sentiment=SENTIMENTS[(n + k) % 4],
            category=[Category.SERVICE, Category.PRODUCT, Category.STAFF][(n + k) % 3],
            quote=None if n % 5 == 0 else f"Det hände gång {n}, tema {k}.",
        )
        for k in range(1 + n % 3)
    ]
    items = [ITEMS[(n + k) % 4] for k in range(n % 4)]
    analysis = an_analysis(themes=themes, actionable_items=items)
    if n % 7 == 3:
        analysis = evolve(a_low_grade_analysis(), themes=themes, actionable_items=items)
    assessment = an_assessment(analysis, a_fraudulent_verdict() if n % 9 == 4 else None)
    made = renewed(assessment, store, created_at)
    return made.anonymised() if n % 11 == 6 else made


def instants() -> list[datetime]:
    start, end = SPRING.bounds("Europe/Stockholm")
    step = (end - start) / 30
    moments = [start + step * n for n in range(30)]
    return [*moments, moments[4], at("2026-03-29 01:59"), at("2026-03-29 03:00"), end]


async def stored_week(new_uow: UowFactory, made: list[QualityAssessment]) -> None:
    async def put_all(uow: UnitOfWork) -> None:
        await uow.assessments.put_many(made)

    await committed(new_uow, put_all)


async def test_a_week_counted_together_gives_the_report_of_its_rows(new_uow: UowFactory) -> None:
    stores = [a_store() for _ in range(3)]
    made = [
        varied(n + s, when, store)
        for s, store in enumerate(stores)
        for n, when in enumerate(instants())
    ]
    await stored_week(new_uow, made)
    generate = GenerateWeeklyReport(new_uow, ManualClock(SPRING_NOW), SeededIds(3))

    reports = await generate.new_reports(stores, SPRING)

    assert sorted(reports) == sorted(stores)
    for report in reports.values():
        assert report == await row_by_row(new_uow, report.id, report.store_id)
    report = reports[stores[0]]
    assert report.total_feedback_count == 33
    assert len(report.negative_issues) >= 3
    assert report.negative_issues[0].sample_quotes
    assert report.positive_trends
    assert report.department_insights
    assert report.actionable_recommendations[0].priority is Priority.URGENT
    assert report.actionable_recommendations[0].frequency > 1


async def test_a_group_whose_newest_quotes_repeat_is_quoted_as_its_rows_quote_it(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    repeated = "Kön var lång."
    made = []
    for n in range(30):
        quote = "Brödet var gott." if n == 0 else repeated
        themes: list[Theme] = [
            a_theme(label="Kö", sentiment=Sentiment.NEGATIVE, department=None, quote=quote)
        ]
        assessment = an_assessment(an_analysis(themes=themes))
        made.append(renewed(assessment, store, at("2026-03-24 08:00") + timedelta(hours=n)))
    await stored_week(new_uow, made)
    generate = GenerateWeeklyReport(new_uow, ManualClock(SPRING_NOW), SeededIds(4))

    together = await generate.new_reports([store], SPRING)
    report = together.get(store) or await generate(store, SPRING)

    assert report == await row_by_row(new_uow, report.id, report.store_id)
    assert [q.text for q in report.negative_issues[0].sample_quotes] == [
        repeated,
        "Brödet var gott.",
    ]


async def test_a_report_stored_after_a_batch_was_read_is_kept_and_the_batch_stores_none(
    new_uow: UowFactory,
) -> None:
    stores = [a_store() for _ in range(2)]
    await stored_week(
        new_uow, [varied(n, when, s) for s in stores for n, when in enumerate(instants()[:6])]
    )
    generate = GenerateWeeklyReport(new_uow, ManualClock(SPRING_NOW), SeededIds(5))

    new = await generate.read_new_reports(stores, SPRING)
    first = await generate(stores[1], SPRING)

    assert set(new.due) == set(stores)
    assert await new.store() == {}
    kept = await read(new_uow, lambda uow: uow.reports.for_week(stores[1], SPRING))
    assert kept is not None
    assert (kept.id, kept.generated_at) == (first.id, first.generated_at)
    assert await read(new_uow, lambda uow: uow.reports.for_week(stores[0], SPRING)) is None


async def test_quotes_are_read_with_the_redaction_rules_they_were_kept_under(
    new_uow: UowFactory,
) -> None:
    """Counted or read row by row, a feedback's quotes carry the rules they were redacted
    under (none known for rows of earlier releases), so a report redacts only those."""
    store = a_store()
    themes = [a_theme(label="Kö", sentiment=Sentiment.NEGATIVE, quote="Kön var lång.")]
    made = [
        renewed(an_assessment(an_analysis(themes=themes)), store, at("2026-03-24 08:00") + hours)
        for hours in (timedelta(hours=1), timedelta(hours=2))
    ]
    current = evolve(made[1].analysis_metadata, redaction_rules=REDACTION_RULES)
    await stored_week(new_uow, [made[0], evolve(made[1], analysis_metadata=current)])
    expected = {made[0].call_session_id: None, made[1].call_session_id: REDACTION_RULES}
    start, end = SPRING.bounds("Europe/Stockholm")

    async def week(uow: UnitOfWork) -> tuple[list[WeeklyFeedback], WeekTally]:
        rows = await uow.assessments.weekly_feedback(start, end, store_id=store)
        tallies = await uow.assessments.weekly_tallies_of({store: (start, end)}, quote_candidates=4)
        return rows, tallies[store]

    rows, tally = await read(new_uow, week)

    assert {f.call_session_id: f.quotes.redacted_under for f in rows} == expected
    [candidates] = tally.quotes.values()
    assert {
        CallSessionId(UUID(str(call))): quotes.redacted_under
        for call, quotes, _ in candidates.mentions
    } == expected
