"""Builders for weekly-report tests: a week of feedback at ICA Kvantum Sollentuna."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, time, timedelta
from decimal import Decimal
from itertools import count
from uuid import UUID
from zoneinfo import ZoneInfo

from kundrost.domain.analysis import ActionableItem, Category, Sentiment, Theme
from kundrost.domain.ids import AssessmentId, CallSessionId, ReportId, StoreId
from kundrost.domain.priority import Priority
from kundrost.domain.report_sections import IssueItem, TrendItem
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_aggregation import ReportPolicy, build_weekly_report
from kundrost.domain.weekly_feedback import WeeklyFeedback
from kundrost.domain.weekly_report import WeeklyReport

STOCKHOLM = ZoneInfo("Europe/Stockholm")
STORE = StoreId(UUID("5e1f0000-0000-4000-8000-000000000001"))
OTHER_STORE = StoreId(UUID("5e1f0000-0000-4000-8000-000000000002"))
WEEK = IsoWeek(2026, 48)
KOTT = "Kött & Chark"
BAGERI = "Bageri"

_serial = count(1)


def next_id() -> UUID:
    return UUID(int=next(_serial))


def at(day: int = 2, hour: int = 12, week: IsoWeek = WEEK, minute: int = 0) -> datetime:
    """Local Stockholm time on day `day` (0 = Monday) of `week`."""
    return datetime.combine(week.monday + timedelta(days=day), time(hour, minute), tzinfo=STOCKHOLM)


def report_time(week: IsoWeek = WEEK) -> datetime:
    """Monday 03:00 after the week, when the scheduler builds the report."""
    return at(7, 3, week)


def praise(
    label: str = "hjälpsam personal",
    department: str | None = None,
    quote: str | None = "Personalen var otroligt hjälpsam",
    category: Category = Category.STAFF,
) -> Theme:
    return Theme(label, Sentiment.POSITIVE, category, department, quote)


def complaint(
    label: str = "kassakö",
    department: str | None = None,
    quote: str | None = "Kön till kassan var jättelång",
    category: Category = Category.SERVICE,
) -> Theme:
    return Theme(label, Sentiment.NEGATIVE, category, department, quote)


def an_item(
    description: str = "Öppna fler kassor vid lunchtid",
    priority: Priority = Priority.MEDIUM,
    category: Category = Category.SERVICE,
    department: str | None = None,
) -> ActionableItem:
    return ActionableItem(category, description, priority, department)


def a_feedback(
    *themes: Theme,
    items: Iterable[ActionableItem] = (),
    created_at: datetime | None = None,
    qualifies: bool = True,
    fraudulent: bool = False,
    score: str = "0.70",
    reward: str | None = "8.50",
) -> WeeklyFeedback:
    return WeeklyFeedback(
        assessment_id=AssessmentId(next_id()),
        call_session_id=CallSessionId(next_id()),
        created_at=created_at or at(),
        qualifies=qualifies,
        is_fraudulent=fraudulent,
        overall_score=Decimal(score),
        reward_percentage=Decimal(reward) if qualifies and reward else None,
        themes=themes,
        actionable_items=tuple(items),
    )


def a_rejected_feedback(
    *themes: Theme, fraudulent: bool = False, **kwargs: object
) -> WeeklyFeedback:
    return a_feedback(*themes, qualifies=False, fraudulent=fraudulent, score="0.20", **kwargs)  # type: ignore[arg-type]


def build(
    feedback: Sequence[WeeklyFeedback],
    week: IsoWeek = WEEK,
    history: Sequence[WeeklyReport] = (),
    policy: ReportPolicy | None = None,
) -> WeeklyReport:
    return build_weekly_report(
        ReportId(next_id()), STORE, week, feedback, history, report_time(week), policy=policy
    )


def a_report(
    week: IsoWeek = WEEK,
    issues: Mapping[str, int] | None = None,
    praised: Mapping[str, int] | None = None,
    total: int = 10,
    qualifying: int = 8,
    quality: str | None = "0.60",
    store: StoreId = STORE,
    generated_at: datetime | None = None,
) -> WeeklyReport:
    """A stored report for history: issue and praise labels with their mentions (0: absent)."""
    return WeeklyReport(
        id=ReportId(next_id()),
        store_id=store,
        week=week,
        generated_at=generated_at or report_time(week),
        total_feedback_count=total,
        qualifying_feedback_count=qualifying,
        average_quality_score=Decimal(quality) if qualifying and quality else None,
        average_reward_percentage=Decimal("7.00") if qualifying else None,
        negative_issues=[
            IssueItem(label, Category.SERVICE, None, n) for label, n in (issues or {}).items() if n
        ],
        positive_trends=[
            TrendItem(label, Category.STAFF, None, n) for label, n in (praised or {}).items() if n
        ],
    )


def weeks_before(week: IsoWeek, n: int) -> IsoWeek:
    return week.shifted(-n)


def a_varied_week() -> list[WeeklyFeedback]:
    """Praise, complaints in two departments, an item, and one honest but low-grade call."""
    return [
        a_feedback(
            praise(),
            complaint("köttdisken", KOTT, "Tomt i köttdisken på fredag", Category.PRODUCT),
            items=[
                an_item("Fyll på köttdisken inför helgen", Priority.HIGH, Category.PRODUCT, KOTT)
            ],
            score="0.70",
            reward="8.50",
        ),
        a_feedback(
            praise("Hjälpsam  personal", quote="Killen i charken hjälpte mig hitta rätt"),
            praise("färskt bröd", BAGERI, "Brödet var nybakat", Category.PRODUCT),
            complaint(),
            score="0.65",
            reward="7.25",
        ),
        a_feedback(
            complaint(),
            complaint("Köttdisken", KOTT, None, Category.PRODUCT),
            score="0.80",
            reward="11.00",
        ),
        a_rejected_feedback(complaint(quote="Kassan var seg")),
    ]
