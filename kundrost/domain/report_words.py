"""Report words: the customers' words a weekly report holds, kept apart from the rest of it.

A report is kept forever; the words in it only as long as the calls they came from. So
storage keeps the two apart: `without_words` is the report as it is kept forever (counts,
themes, scores; no quotes, and recommendations described by category and department),
`words_of` lists each piece of a customer's words with its place in the report and its
call, and `with_words` puts back the pieces still kept. A piece whose call was cancelled or
expired is simply not given back: the quote is gone, the recommendation keeps its neutral
description.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from attrs import evolve, field, frozen

from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import CallSessionId
from kundrost.domain.sample_quote import SampleQuote
from kundrost.domain.validation import text_length
from kundrost.domain.weekly_report import WeeklyReport

QUOTED_SECTIONS = ("positive_trends", "negative_issues", "new_issues")
RECOMMENDATIONS = "actionable_recommendations"


@frozen
class ReportWords:
    """One piece of a customer's words at `place` in a report: a quote at
    "negative_issues/2/0" (section, item, quote), or a recommendation's wording at
    "actionable_recommendations/3"."""

    place: str = field(validator=text_length(1, 100))
    text: str = field(validator=text_length(1, 500))
    call_session_id: CallSessionId


def words_of(report: WeeklyReport) -> list[ReportWords]:
    found = [
        ReportWords(f"{section}/{item_index}/{index}", quote.text, quote.call_session_id)
        for section in QUOTED_SECTIONS
        for item_index, item in enumerate(getattr(report, section))
        for index, quote in enumerate(item.sample_quotes)
    ]
    found += [
        ReportWords(f"{RECOMMENDATIONS}/{index}", recommendation.description, recommendation.source)
        for index, recommendation in enumerate(report.actionable_recommendations)
        if recommendation.source is not None
    ]
    return found


def without_words(report: WeeklyReport) -> WeeklyReport:
    sections: dict[str, Any] = {
        section: [evolve(item, sample_quotes=()) for item in getattr(report, section)]
        for section in QUOTED_SECTIONS
    }
    recommendations = [
        r if r.source is None else r.without_words() for r in report.actionable_recommendations
    ]
    return evolve(report, **sections, actionable_recommendations=recommendations)


def _place(words: ReportWords) -> tuple[str, int, int]:
    section, *numbers = words.place.split("/")
    expected = 1 if section == RECOMMENDATIONS else 2 if section in QUOTED_SECTIONS else -1
    if len(numbers) != expected or not all(n.isdigit() for n in numbers):
        raise InvalidValue("place", "names no place in a weekly report")
    return section, int(numbers[0]), int(numbers[1]) if expected == 2 else 0


def with_words(report: WeeklyReport, words: Iterable[ReportWords]) -> WeeklyReport:
    """`report` as `without_words` left it, with `words` put back in their places (quotes
    in the order of their numbers); a place beyond the report is refused (`InvalidValue`)."""
    quotes: dict[tuple[str, int], list[tuple[int, SampleQuote]]] = defaultdict(list)
    recommendations = list(report.actionable_recommendations)
    for piece in words:
        section, item, index = _place(piece)
        if item >= len(getattr(report, section)):
            raise InvalidValue("place", "names a place beyond the weekly report")
        if section == RECOMMENDATIONS:
            recommendations[item] = evolve(
                recommendations[item], description=piece.text, source=piece.call_session_id
            )
        else:
            quotes[section, item].append((index, SampleQuote(piece.text, piece.call_session_id)))
    sections: dict[str, Any] = {
        section: [
            evolve(item, sample_quotes=[q for _, q in sorted(quotes[section, n])])
            for n, item in enumerate(getattr(report, section))
        ]
        for section in QUOTED_SECTIONS
    }
    return evolve(report, **sections, actionable_recommendations=recommendations)
