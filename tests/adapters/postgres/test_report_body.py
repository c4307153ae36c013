"""A weekly report's stored body: the report as `without_words` leaves it, written without
copying the report (`_values` edits the unstructured body)."""

from __future__ import annotations

from kundrost.adapters.crypto.aesgcm import AesGcmCipher
from kundrost.adapters.postgres.converter import CONVERTER
from kundrost.adapters.postgres.report_repository import PostgresWeeklyReportRepository
from kundrost.domain.report_sections import DepartmentInsight
from kundrost.domain.report_words import without_words
from tests.unit.test_report_words import WISH, a_quoting_report


def test_the_stored_body_of_a_report_is_the_report_without_its_words() -> None:
    report = a_quoting_report()
    repository = PostgresWeeklyReportRepository(None, AesGcmCipher(bytes(32)))  # type: ignore[arg-type]
    *_, body = repository._values(report)
    expected = CONVERTER.unstructure(without_words(report))
    for name in (
        "id", "store_id", "generated_at", "status", "total_feedback_count",
        "qualifying_feedback_count", "average_quality_score", "average_reward_percentage", "week",
    ):  # fmt: skip
        expected.pop(name)
    assert body == expected
    assert [item["sample_quotes"] for item in body["negative_issues"]] == [[]]
    assert body["actionable_recommendations"][0]["source"] is None
    assert WISH not in str(body)
    assert "Kön" not in str(body)
    assert CONVERTER.unstructure(report)["actionable_recommendations"][0]["description"] == WISH


def test_a_department_stored_before_mixed_mentions_were_counted_reads_as_none_mixed() -> None:
    stored = {
        "department": "Bageri",
        "mentions": 3,
        "positive_count": 2,
        "negative_count": 1,
        "sentiment_score": "0.33",
        "top_themes": ["bullar"],
    }
    insight = CONVERTER.structure(stored, DepartmentInsight)
    assert (insight.positive_count, insight.negative_count, insight.mixed_count) == (2, 1, 0)
