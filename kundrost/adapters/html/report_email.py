"""The Monday e-mail's words: subject, plain text and HTML, in Swedish, from a report digest.

It tells the headline figures, the most urgent recommendations and where the whole report
is; it quotes no customer and names no shopper, so it can be forwarded without a thought.
"""

from __future__ import annotations

from attrs import frozen

from kundrost.adapters.html import swedish
from kundrost.adapters.html.environment import render
from kundrost.adapters.html.report_view import (
    QUOTED,
    RecommendationView,
    headline_figures,
    recommendation_view,
    store_title,
)
from kundrost.domain.recommendations import Recommendation
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.report_mail import ReportDigest


@frozen
class EmailParts:
    subject: str
    text: str
    html: str


def mailed_recommendation_view(
    rank: int, item: Recommendation, report: WeeklyReport
) -> RecommendationView:
    """A recommendation as the e-mail lists it: without a customer's words its title quotes.
    A mailbox keeps an e-mail past any retention, so the e-mail quotes nobody; the title keeps
    its words before the quote ("Åtgärda kön: ”Kön ringlade…”" → "Åtgärda kön"), or its
    category and department when nothing else is left."""
    return recommendation_view(rank, item, report, shown=set(QUOTED.findall(item.description)))


def email_parts(digest: ReportDigest) -> EmailParts:
    report = digest.report
    context = {
        "store_name": store_title(digest.store_name),
        "week": swedish.week_name(report.week),
        "period": swedish.period(report.week),
        "figures": headline_figures(report, report.historical_comparison.previous_week),
        "recommendations": [
            mailed_recommendation_view(rank, item, report)
            for rank, item in enumerate(
                report.actionable_recommendations[: digest.top_recommendations], 1
            )
        ],
        "link": digest.link,
    }
    subject = f"Veckorapport {context['week']} – {context['store_name']}"
    return EmailParts(
        subject, render("email.txt.j2", **context), render("email.html.j2", **context)
    )
