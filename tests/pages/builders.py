"""Weekly reports for the page and e-mail tests: five weeks at ICA Kvantum Sollentuna, built by
the real aggregation from graded feedback, so every section and chart has something to show."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from kundrost.domain.analysis import Category
from kundrost.domain.priority import Priority
from kundrost.domain.report_page import ReportPage
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_feedback import WeeklyFeedback
from kundrost.domain.weekly_report import WeeklyReport
from tests.unit.report_builders import (
    BAGERI,
    KOTT,
    STORE,
    WEEK,
    a_feedback,
    a_rejected_feedback,
    an_item,
    at,
    build,
    complaint,
    praise,
)

STORE_NAME = "ICA Kvantum Sollentuna"
STOCKHOLM = ZoneInfo("Europe/Stockholm")
QUEUE_QUOTE = "Kön till kassan var jättelång"
MEAT_QUOTE = "Tomt i köttdisken på fredag"


def _week(week: IsoWeek, queue_complaints: int, extra_praise: int) -> list[WeeklyFeedback]:
    feedback = [
        a_feedback(
            praise(quote="Personalen var otroligt hjälpsam"),
            complaint("köttdisken", KOTT, MEAT_QUOTE, Category.PRODUCT),
            items=[
                an_item("Fyll på köttdisken inför helgen", Priority.HIGH, Category.PRODUCT, KOTT)
            ],
            created_at=at(1, 11, week),
            score="0.72",
            reward="9.60",
        ),
        a_feedback(
            praise("färskt bröd", BAGERI, "Brödet var nybakat och varmt", Category.PRODUCT),
            created_at=at(2, 15, week),
            score="0.64",
            reward="7.90",
        ),
        a_rejected_feedback(complaint(quote=None), created_at=at(3, 9, week)),
    ]
    for n in range(queue_complaints):
        feedback.append(
            a_feedback(
                complaint(quote=QUEUE_QUOTE if n == 0 else "Bara en kassa öppen vid lunch"),
                items=[an_item("Öppna fler kassor vid lunchtid", Priority.URGENT)],
                created_at=at(4, 12, week, minute=n),
                score="0.81",
                reward="11.60",
            )
        )
    for n in range(extra_praise):
        feedback.append(
            a_feedback(
                praise(quote="Trevligt bemötande i kassan"),
                created_at=at(5, 10, week, minute=n),
                score="0.58",
                reward="6.60",
            )
        )
    return feedback


def five_weeks(last: IsoWeek = WEEK) -> list[WeeklyReport]:
    """Weeks `last`−4 … `last`, oldest first; the week before last has no report (a gap),
    and the lunch queue grows week by week."""
    reports: list[WeeklyReport] = []
    for offset, (queue, extra) in zip((4, 3, 1, 0), ((1, 0), (2, 1), (3, 1), (4, 2)), strict=True):
        week = last.shifted(-offset)
        reports.append(build(_week(week, queue, extra), week, history=list(reports)))
    return reports


def a_page(last: IsoWeek = WEEK, store_name: str | None = STORE_NAME) -> ReportPage:
    *earlier, report = five_weeks(last)
    return ReportPage(report, tuple(earlier), store_name, STOCKHOLM)


def an_empty_week_page() -> ReportPage:
    """A store's first report of a week without any feedback."""
    return ReportPage(build([], WEEK), (), None, STOCKHOLM)


__all__ = ["STORE", "a_page", "an_empty_week_page", "five_weeks"]
