"""`/api/ai/business`: weekly reports, search, trends, recommendations and the store's context.

The clock starts on Tuesday of week 47 (2026-11-17), when two calls to ICA Nära Årsta are
graded; it then moves to the conftest's NOW, Tuesday of week 48, where one more is graded.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from litestar import Litestar
from litestar.testing import TestClient

from kundrost.adapters.system import ManualClock
from kundrost.container import Container
from kundrost.entrypoints.http import create_app
from kundrost.entrypoints.http.security import issue_token
from kundrost.settings import Settings
from tests.api.conftest import NOW, TokenMaker
from tests.api.test_analysis import (
    BAKERY,
    FULL_CONTEXT_JSON,
    HIGH_BAND_CENTRE,
    OTHER_STORE,
    STORE,
    UNKNOWN,
    FeedbackCalls,
    full_context,
    names_field,
    quiet_container,
)
from tests.api.test_app_basics import assert_envelope

Client = TestClient[Litestar]

BUSINESS = "/api/ai/business"
LAST_WEEK = "2026-11-16"
THIS_WEEK = "2026-11-23"
LAST_TUESDAY = datetime(2026, 11, 17, 10, 0, tzinfo=UTC)

REPORT_FIELDS = {
    "report_id",
    "store_id",
    "analysis_week",
    "status",
    "total_feedback_count",
    "qualifying_feedback_count",
    "qualification_rate",
    "average_quality_score",
    "average_reward_percentage",
    "positive_trends",
    "negative_issues",
    "new_issues",
    "department_insights",
    "historical_comparison",
    "predictive_insights",
    "actionable_recommendations",
    "generated_at",
    "analysis_usage",
}


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(LAST_TUESDAY)


@pytest.fixture
def container(settings: Settings, clock: ManualClock) -> Container:
    return quiet_container(settings, clock)


@pytest.fixture
def calls(api: Client, container: Container, clock: ManualClock) -> FeedbackCalls:
    """Two graded calls last week (one fraudulent), another customer's this week; the clock
    ends at NOW."""
    calls = FeedbackCalls(api, container, clock)
    calls.put_context(full_context())
    calls.graded()
    calls.graded(transaction_time=datetime(2026, 11, 17, 1, 0, tzinfo=UTC))
    clock.set(NOW)
    calls.graded(answers=BAKERY)
    return calls


@pytest.fixture
def admin(token: TokenMaker) -> dict[str, str]:
    return token("admin")


@pytest.fixture
def owner(token: TokenMaker) -> dict[str, str]:
    return token("business", stores=[STORE])


@pytest.fixture
def stranger(token: TokenMaker) -> dict[str, str]:
    return token("business", stores=[OTHER_STORE])


def generate(api: Client, headers: dict[str, str], week: str, **more: Any) -> Any:
    body = {"store_id": str(STORE), "analysis_week": week, **more}
    return api.post(f"{BUSINESS}/reports/generate", json=body, headers=headers)


def quotes_of(report: dict[str, Any]) -> set[str]:
    sections = (*report["negative_issues"], *report["positive_trends"])
    return {quote for item in sections for quote in item["sample_quotes"]}


class TestGenerateReport:
    def test_a_week_is_generated_and_read_back(
        self, api: Client, calls: FeedbackCalls, owner: dict[str, str]
    ) -> None:
        response = generate(api, owner, LAST_WEEK)
        assert response.status_code == 202
        assert response.json()["status"] == "completed"
        report = api.get(f"{BUSINESS}/reports/{response.json()['report_id']}", headers=owner)
        assert report.status_code == 200
        body = report.json()
        assert set(body) == REPORT_FIELDS
        assert body["store_id"] == str(STORE)
        assert body["analysis_week"] == LAST_WEEK
        assert body["total_feedback_count"] == 2
        assert body["qualifying_feedback_count"] == 1
        assert body["qualification_rate"] == 50
        assert 8 <= body["average_reward_percentage"] <= HIGH_BAND_CENTRE
        assert set(body["historical_comparison"]) == {"previous_week", "recent_average"}
        assert body["department_insights"]
        for insight in body["department_insights"]:
            judged = (insight[k] for k in ("positive_count", "negative_count", "mixed_count"))
            assert sum(judged) <= insight["mentions"]
        assert datetime.fromisoformat(body["generated_at"]) == NOW

    def test_a_complete_week_is_generated_once_unless_forced(
        self, api: Client, calls: FeedbackCalls, admin: dict[str, str]
    ) -> None:
        first = generate(api, admin, LAST_WEEK).json()["report_id"]
        again = generate(api, admin, LAST_WEEK)
        assert again.status_code == 409
        assert_envelope(again.json(), "REPORT_EXISTS")
        assert again.json()["details"]["report_id"] == first
        forced = generate(api, admin, LAST_WEEK, force=True)
        assert forced.status_code == 202
        assert forced.json()["report_id"] == first

    def test_generations_of_this_week_and_cancels_at_once_all_answer_as_documented(
        self, api: Client, calls: FeedbackCalls, admin: dict[str, str]
    ) -> None:
        """As an outside tester sent them (four threads; PostgreSQL once answered 500s):
        the week's report is replaced by each, and keeps none of the cancelled calls'
        words, only those of the call it had before them."""
        first = generate(api, admin, THIS_WEEK).json()["report_id"]
        before = quotes_of(api.get(f"{BUSINESS}/reports/{first}", headers=admin).json())
        cancelled = [calls.graded()[0] for _ in range(2)]

        def send(n: int) -> Any:
            if n < len(cancelled):
                return api.delete(f"/api/ai/calls/{cancelled[n]}", headers=admin)
            return generate(api, admin, THIS_WEEK)

        with ThreadPoolExecutor(4) as threads:
            responses = list(threads.map(send, range(22)))

        assert [r.status_code for r in responses] == [200] * 2 + [202] * 20
        assert {r.json()["report_id"] for r in responses[2:]} == {first}
        after = quotes_of(api.get(f"{BUSINESS}/reports/{first}", headers=admin).json())
        assert before
        assert after <= before

    def test_the_service_may_generate(
        self, api: Client, calls: FeedbackCalls, token: TokenMaker
    ) -> None:
        assert generate(api, token("service"), THIS_WEEK).status_code == 202

    @pytest.mark.parametrize(
        ("week", "code"),
        [
            ("2026-11-17", "INVALID_VALUE"),
            ("2026-11-30", "INVALID_VALUE"),
            ("2026-W47", "VALIDATION_ERROR"),
            ("2026-02-30", "VALIDATION_ERROR"),
        ],
    )
    def test_a_week_that_is_not_a_begun_monday_is_400(
        self, api: Client, admin: dict[str, str], week: str, code: str
    ) -> None:
        response = generate(api, admin, week)
        assert response.status_code == 400
        assert_envelope(response.json(), code)
        assert names_field(response.json(), "analysis_week")

    def test_an_unknown_field_is_400(self, api: Client, admin: dict[str, str]) -> None:
        response = generate(api, admin, LAST_WEEK, weeks=2)
        assert response.status_code == 400

    def test_another_store_is_403(self, api: Client, stranger: dict[str, str]) -> None:
        response = generate(api, stranger, LAST_WEEK)
        assert response.status_code == 403
        assert_envelope(response.json(), "FORBIDDEN")


class TestReadReports:
    def test_a_report_of_another_store_is_403_and_an_unknown_one_404(
        self, api: Client, calls: FeedbackCalls, admin: dict[str, str], stranger: dict[str, str]
    ) -> None:
        report_id = generate(api, admin, LAST_WEEK).json()["report_id"]
        foreign = api.get(f"{BUSINESS}/reports/{report_id}", headers=stranger)
        assert foreign.status_code == 403
        unknown = api.get(f"{BUSINESS}/reports/{UNKNOWN}", headers=admin)
        assert unknown.status_code == 404
        assert_envelope(unknown.json(), "NOT_FOUND")

    def test_a_malformed_report_id_is_400(self, api: Client, admin: dict[str, str]) -> None:
        response = api.get(f"{BUSINESS}/reports/report-1", headers=admin)
        assert response.status_code == 400
        assert names_field(response.json(), "report_id")

    def test_the_list_is_newest_first_within_weeks_back(
        self, api: Client, calls: FeedbackCalls, admin: dict[str, str], owner: dict[str, str]
    ) -> None:
        generate(api, admin, LAST_WEEK)
        generate(api, admin, THIS_WEEK)
        listed = api.get(f"{BUSINESS}/reports?store_id={STORE}", headers=owner)
        assert listed.status_code == 200
        weeks = [report["analysis_week"] for report in listed.json()["reports"]]
        assert weeks == [THIS_WEEK, LAST_WEEK]
        recent = api.get(f"{BUSINESS}/reports?store_id={STORE}&weeks_back=1", headers=owner)
        assert [r["analysis_week"] for r in recent.json()["reports"]] == [THIS_WEEK]

    @pytest.mark.parametrize(
        ("query", "field"),
        [
            ("weeks_back=0", "weeks_back"),
            ("weeks_back=105", "weeks_back"),
            ("", "store_id"),
            ("store_id=ica", "store_id"),
        ],
    )
    def test_bad_list_parameters_are_400(
        self, api: Client, admin: dict[str, str], query: str, field: str
    ) -> None:
        if "store_id" not in query and field != "store_id":
            query = f"store_id={STORE}&{query}"
        response = api.get(f"{BUSINESS}/reports?{query}", headers=admin)
        assert response.status_code == 400
        assert names_field(response.json(), field)

    def test_the_list_of_another_store_is_403(self, api: Client, stranger: dict[str, str]) -> None:
        response = api.get(f"{BUSINESS}/reports?store_id={STORE}", headers=stranger)
        assert response.status_code == 403


class TestSearch:
    def test_kept_feedback_is_found_best_first(
        self, api: Client, calls: FeedbackCalls, owner: dict[str, str]
    ) -> None:
        response = api.get(f"{BUSINESS}/search?store_id={STORE}&q=köttdisken", headers=owner)
        assert response.status_code == 200
        body = response.json()
        assert body["total_matches"] >= 2
        assert body["results"]
        scores = [hit["score"] for hit in body["results"]]
        assert scores == sorted(scores, reverse=True)
        for hit in body["results"]:
            assert set(hit) == {"kind", "id", "text", "score", "date", "department"}
            assert hit["kind"] in {"summary", "theme", "action"}
        assert any("Köttdisken" in hit["text"] for hit in body["results"])
        assert isinstance(body["search_time_ms"], int)

    def test_the_limit_and_dates_narrow_the_hits(
        self, api: Client, calls: FeedbackCalls, owner: dict[str, str]
    ) -> None:
        one = api.get(f"{BUSINESS}/search?store_id={STORE}&q=köttdisken&limit=1", headers=owner)
        assert len(one.json()["results"]) == 1
        this_week = api.get(
            f"{BUSINESS}/search?store_id={STORE}&q=köttdisken&start_date=2026-11-23",
            headers=owner,
        ).json()
        assert {hit["date"] for hit in this_week["results"]} == {"2026-11-24"}

    @pytest.mark.parametrize(
        ("query", "field"),
        [
            ("q=", "q"),
            ("q=%20%20", "q"),
            ("", "q"),
            ("q=kassa&limit=0", "limit"),
            ("q=kassa&limit=101", "limit"),
            ("q=kassa&start_date=2026-11-24&end_date=2026-11-01", "start_date"),
            ("q=kassa&end_date=24/11", "end_date"),
        ],
    )
    def test_an_empty_query_or_bad_parameter_is_400(
        self, api: Client, admin: dict[str, str], query: str, field: str
    ) -> None:
        response = api.get(f"{BUSINESS}/search?store_id={STORE}&{query}", headers=admin)
        assert response.status_code == 400
        assert names_field(response.json(), field)

    def test_another_store_is_403(self, api: Client, stranger: dict[str, str]) -> None:
        response = api.get(f"{BUSINESS}/search?store_id={STORE}&q=kassa", headers=stranger)
        assert response.status_code == 403


class TestTrends:
    @pytest.mark.parametrize(("period", "weeks"), [("4_weeks", 4), ("26_weeks", 26)])
    def test_a_period_lists_its_complete_weeks(
        self,
        api: Client,
        calls: FeedbackCalls,
        admin: dict[str, str],
        owner: dict[str, str],
        period: str,
        weeks: int,
    ) -> None:
        generate(api, admin, LAST_WEEK)
        response = api.get(f"{BUSINESS}/trends?store_id={STORE}&period={period}", headers=owner)
        assert response.status_code == 200
        body = response.json()
        assert set(body) == {"weeks", "rising_issues", "improving_areas", "predictive_insights"}
        assert len(body["weeks"]) == weeks
        last = body["weeks"][-1]
        assert last["week"] == "2026-W47"
        assert last["week_start"] == LAST_WEEK
        assert last["feedback_count"] == 2
        assert body["weeks"][0]["feedback_count"] is None

    def test_the_default_period_is_four_weeks(self, api: Client, owner: dict[str, str]) -> None:
        body = api.get(f"{BUSINESS}/trends?store_id={STORE}", headers=owner).json()
        assert len(body["weeks"]) == 4

    def test_an_unknown_period_is_400(self, api: Client, owner: dict[str, str]) -> None:
        response = api.get(f"{BUSINESS}/trends?store_id={STORE}&period=5_weeks", headers=owner)
        assert response.status_code == 400
        assert names_field(response.json(), "period")

    def test_another_store_is_403(self, api: Client, stranger: dict[str, str]) -> None:
        assert api.get(f"{BUSINESS}/trends?store_id={STORE}", headers=stranger).status_code == 403


class TestRecommendations:
    def test_actions_are_ranked_and_counted(
        self, api: Client, calls: FeedbackCalls, owner: dict[str, str]
    ) -> None:
        response = api.get(f"{BUSINESS}/recommendations?store_id={STORE}", headers=owner)
        assert response.status_code == 200
        body = response.json()
        assert body["recommendations"]
        scores = [item["score"] for item in body["recommendations"]]
        assert scores == sorted(scores, reverse=True)
        stats = body["summary_stats"]
        assert stats["total"] == sum(stats["by_priority"].values())
        assert set(stats["by_priority"]) == {"urgent", "high", "medium", "low"}
        assert stats["total"] >= len(body["recommendations"])

    def test_filters_keep_only_what_was_asked(
        self, api: Client, calls: FeedbackCalls, owner: dict[str, str]
    ) -> None:
        everything = api.get(f"{BUSINESS}/recommendations?store_id={STORE}", headers=owner).json()
        category = everything["recommendations"][0]["category"]
        filtered = api.get(
            f"{BUSINESS}/recommendations?store_id={STORE}&category={category}&limit=1",
            headers=owner,
        ).json()
        assert len(filtered["recommendations"]) == 1
        assert filtered["recommendations"][0]["category"] == category
        assert filtered["summary_stats"] == everything["summary_stats"]
        urgent = api.get(
            f"{BUSINESS}/recommendations?store_id={STORE}&priority=urgent", headers=owner
        ).json()
        assert all(item["priority"] == "urgent" for item in urgent["recommendations"])

    @pytest.mark.parametrize(
        ("query", "field"),
        [("priority=critical", "priority"), ("category=weather", "category"), ("limit=0", "limit")],
    )
    def test_an_unknown_filter_is_400(
        self, api: Client, owner: dict[str, str], query: str, field: str
    ) -> None:
        response = api.get(f"{BUSINESS}/recommendations?store_id={STORE}&{query}", headers=owner)
        assert response.status_code == 400
        assert names_field(response.json(), field)


DAYS_OF_2027 = [str(date(2027, 1, 1) + timedelta(days=n)) for n in range(400)]


class TestContext:
    def test_a_full_context_is_stored_complete_and_read_back(
        self, api: Client, owner: dict[str, str], token: TokenMaker
    ) -> None:
        saved = api.put(f"{BUSINESS}/context/{STORE}", json=FULL_CONTEXT_JSON, headers=owner)
        assert saved.status_code == 200
        assert saved.json() == {
            "context_version": 1,
            "completeness_score": 1.0,
            "gaps": [],
            "warnings": [],
        }
        read = api.get(f"{BUSINESS}/context/{STORE}", headers=token("service"))
        assert read.status_code == 200
        body = read.json()
        assert body["context_version"] == 1
        assert body["store_id"] == str(STORE)
        for field, value in FULL_CONTEXT_JSON.items():
            if field in ("current_campaigns", "question_configuration"):
                continue
            assert body[field] == value, field
        assert body["current_campaigns"][0]["name"] == "Julskinka -20 %"
        assert body["question_configuration"][0] == {
            "question": "Vad tyckte du om köttdisken?",
            "priority": "high",
            "frequency": 1,
            "department": "Kött",
        }

    def test_each_put_is_the_next_version(self, api: Client, owner: dict[str, str]) -> None:
        api.put(f"{BUSINESS}/context/{STORE}", json=FULL_CONTEXT_JSON, headers=owner)
        second = api.put(f"{BUSINESS}/context/{STORE}", json=FULL_CONTEXT_JSON, headers=owner)
        assert second.json()["context_version"] == 2

    def test_an_empty_context_is_stored_with_every_gap_warned(
        self, api: Client, owner: dict[str, str]
    ) -> None:
        saved = api.put(f"{BUSINESS}/context/{STORE}", json={}, headers=owner)
        assert saved.status_code == 200
        body = saved.json()
        assert body["completeness_score"] == 0
        assert body["gaps"] == [
            "no_opening_hours",
            "no_departments",
            "fewer_than_3_questions",
            "no_baseline_facts",
        ]
        assert len(body["warnings"]) == 4

    @pytest.mark.parametrize(
        ("change", "field"),
        [
            ({"timezone": "Mars/Olympus"}, "timezone"),
            ({"operating_hours": {"monday": {"open": "8", "close": "20:00"}}}, "open"),
            ({"operating_hours": {"funday": {"open": "08:00", "close": "20:00"}}}, "operating"),
            ({"operating_hours": {"monday": {"open": "08:00", "close": "08:00"}}}, "operating"),
            ({"departments": [{"name": "Kött"}, {"name": "kött"}]}, "departments"),
            ({"closed_dates": ["juldagen"]}, "closed_dates"),
            ({"question_configuration": [{"question": "Hur?", "frequency": 0}]}, "frequency"),
            ({"baseline_facts": [{"statement": ""}]}, "statement"),
            ({"parking": True}, "parking"),
        ],
    )
    def test_a_bad_context_is_400_naming_the_field(
        self, api: Client, owner: dict[str, str], change: dict[str, Any], field: str
    ) -> None:
        response = api.put(
            f"{BUSINESS}/context/{STORE}", json=FULL_CONTEXT_JSON | change, headers=owner
        )
        assert response.status_code == 400
        body = response.json()
        named = [body["details"].get("field", "")] + [
            f"{item['field']} {item['message']}" for item in body["details"].get("fields", [])
        ]
        assert any(field in name for name in named), body

    @pytest.mark.parametrize(
        ("day", "field"),
        [("funday", "operating_hours.funday"), ("+46701234567", "operating_hours")],
    )
    def test_an_unknown_weekday_is_400_naming_it_and_the_weekdays(
        self, api: Client, owner: dict[str, str], day: str, field: str
    ) -> None:
        hours = {"operating_hours": {day: {"open": "08:00", "close": "20:00"}}}
        response = api.put(
            f"{BUSINESS}/context/{STORE}", json=FULL_CONTEXT_JSON | hours, headers=owner
        )

        assert response.status_code == 400
        assert response.json()["details"]["fields"] == [
            {
                "field": field,
                "message": "unknown key; the keys are monday, tuesday, wednesday, thursday, "
                "friday, saturday, sunday",
                "source": "body",
            }
        ]
        assert "46701234567" not in response.text

    @pytest.mark.parametrize(
        ("change", "field", "limit"),
        [
            ({"departments": [{"name": f"Avdelning {n}"} for n in range(101)]}, "departments", 100),
            (
                {"departments": [{"name": "Kött", "aliases": [f"kött {n}" for n in range(21)]}]},
                "departments[0].aliases",
                20,
            ),
            (
                {"current_campaigns": [{"name": f"Kampanj {n}"} for n in range(51)]},
                "current_campaigns",
                50,
            ),
            (
                {"question_configuration": [{"question": f"Fråga {n}?"} for n in range(51)]},
                "question_configuration",
                50,
            ),
            (
                {"baseline_facts": [{"statement": f"Fakta {n}."} for n in range(101)]},
                "baseline_facts",
                100,
            ),
            ({"closed_dates": DAYS_OF_2027[:367]}, "closed_dates", 366),
            (
                {"departments": [{"name": f"Avdelning {n}"} for n in range(5000)]},
                "departments",
                100,
            ),
        ],
    )
    def test_a_list_longer_than_its_limit_is_400_naming_the_list_and_the_limit(
        self, api: Client, owner: dict[str, str], change: dict[str, Any], field: str, limit: int
    ) -> None:
        response = api.put(
            f"{BUSINESS}/context/{STORE}", json=FULL_CONTEXT_JSON | change, headers=owner
        )

        assert response.status_code == 400, response.text
        [named] = response.json()["details"]["fields"]
        assert named["field"] == field
        assert f"length <= {limit}" in named["message"]

    def test_every_list_at_its_limit_is_stored(self, api: Client, owner: dict[str, str]) -> None:
        at_limits: dict[str, list[Any]] = {
            "departments": [
                {"name": f"Avdelning {n}", "aliases": [f"avd {n}:{a}" for a in range(20)]}
                for n in range(100)
            ],
            "current_campaigns": [{"name": f"Kampanj {n}"} for n in range(50)],
            "question_configuration": [{"question": f"Fråga {n}?"} for n in range(50)],
            "baseline_facts": [{"statement": f"Fakta {n}."} for n in range(100)],
            "closed_dates": DAYS_OF_2027[:366],
        }
        saved = api.put(
            f"{BUSINESS}/context/{STORE}", json=FULL_CONTEXT_JSON | at_limits, headers=owner
        )
        read = api.get(f"{BUSINESS}/context/{STORE}", headers=owner)

        assert saved.status_code == 200, saved.text
        assert {key: len(read.json()[key]) for key in at_limits} == {
            key: len(value) for key, value in at_limits.items()
        }

    def test_a_closed_date_listed_twice_is_400_naming_the_second(
        self, api: Client, owner: dict[str, str]
    ) -> None:
        days = {"closed_dates": ["2026-12-24", "2026-12-25", "2026-12-31", "2026-12-25"]}
        response = api.put(
            f"{BUSINESS}/context/{STORE}", json=FULL_CONTEXT_JSON | days, headers=owner
        )

        assert response.status_code == 400, response.text
        assert response.json()["details"]["fields"] == [
            {
                "field": "closed_dates[3]",
                "message": "`closed_dates[3]` 2026-12-25 is listed twice "
                "(first as closed_dates[1])",
                "source": "body",
            }
        ]

    def test_a_store_without_a_context_is_404(self, api: Client, admin: dict[str, str]) -> None:
        response = api.get(f"{BUSINESS}/context/{UNKNOWN}", headers=admin)
        assert response.status_code == 404
        assert_envelope(response.json(), "NOT_FOUND")

    def test_the_service_reads_but_does_not_write(self, api: Client, token: TokenMaker) -> None:
        response = api.put(
            f"{BUSINESS}/context/{STORE}", json=FULL_CONTEXT_JSON, headers=token("service")
        )
        assert response.status_code == 403

    def test_another_store_is_403(self, api: Client, stranger: dict[str, str]) -> None:
        put = api.put(f"{BUSINESS}/context/{STORE}", json=FULL_CONTEXT_JSON, headers=stranger)
        assert put.status_code == 403
        assert api.get(f"{BUSINESS}/context/{STORE}", headers=stranger).status_code == 403

    def test_a_malformed_store_id_is_400(self, api: Client, admin: dict[str, str]) -> None:
        response = api.get(f"{BUSINESS}/context/ica-arsta", headers=admin)
        assert response.status_code == 400
        assert names_field(response.json(), "store_id")


def test_a_switched_off_business_api_is_503(clock: ManualClock) -> None:
    settings = Settings.embedded(business_analysis_enabled=False)
    app = create_app(quiet_container(settings, clock), settings)
    headers = {"Authorization": f"Bearer {issue_token(settings.jwt_secret, 'admin')}"}
    with TestClient(app) as client:
        response = client.get(f"{BUSINESS}/trends?store_id={STORE}", headers=headers)
    assert response.status_code == 503
    assert_envelope(response.json(), "FEATURE_DISABLED")
