"""Steps about stores: their business context, as the store owner puts and reads it."""

from __future__ import annotations

from typing import Any

from pytest_bdd import given, parsers, then, when

from tests.features.journey import BUSINESS, STOCKHOLM, Journey

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def full_context(name: str, opens: str, closes: str) -> dict[str, Any]:
    """A grocery store that has told kundrost everything it can use, open every day."""
    return {
        "timezone": "Europe/Stockholm",
        "operating_hours": {day: {"open": opens, "close": closes} for day in WEEKDAYS},
        "departments": [
            {"name": "Kött", "aliases": ["köttdisken", "chark", "meat section", "meat counter"]},
            {"name": "Kassan", "aliases": ["kassa", "kassorna", "checkout"]},
            {"name": "Bageriet", "aliases": ["bröd", "bakery"]},
            {"name": "Frukt och grönt", "aliases": ["frukt", "grönsaker", "produce"]},
        ],
        "question_configuration": [
            {"question": "Vad tyckte du om köttdisken?", "priority": "high", "department": "Kött"},
            {"question": "Hur var bemötandet från personalen?"},
            {"question": "Hur lång var kön i kassan?", "department": "Kassan"},
        ],
        "baseline_facts": [{"statement": "Butiken har ingen fiskdisk.", "topic": "fisk"}],
        "store_name": name,
    }


def put_context(journey: Journey, name: str, context: dict[str, Any]) -> dict[str, Any]:
    store_id = journey.use_store(name)
    answer = journey.http.put(
        f"{BUSINESS}/context/{store_id}", json=context, headers=journey.as_owner(name)
    )
    return journey.expect(answer, 200)


def open_now(journey: Journey) -> tuple[str, str]:
    """Twelve opening hours a day around the service's present hour (Stockholm time), so a
    purchase made minutes ago was made while the store was open, whenever QA runs."""
    opens = journey.service.now().astimezone(STOCKHOLM).hour - 4
    return f"{opens % 24:02d}:00", f"{(opens + 12) % 24:02d}:00"


@given(parsers.parse('the store "{name}" is open now and has a full business context'))
def a_full_context(journey: Journey, name: str) -> None:
    put_context(journey, name, full_context(name, *open_now(journey)))


@given(parsers.parse("the store is open from {opens} to {closes} every day"))
def open_every_day(journey: Journey, opens: str, closes: str) -> None:
    name = journey.store_name or "ICA Nära Årsta"
    put_context(journey, name, full_context(name, opens, closes))


@when(parsers.parse('the owner of "{name}" describes the store with only its opening hours:'))
def only_opening_hours(journey: Journey, name: str, datatable: list[list[str]]) -> None:
    header, *rows = datatable
    assert [cell.strip() for cell in header] == ["day", "open", "close"], header
    hours = {day.strip(): {"open": o.strip(), "close": c.strip()} for day, o, c in rows}
    put_context(journey, name, {"operating_hours": hours})


def stored_context(journey: Journey) -> dict[str, Any]:
    assert journey.answer is not None
    body: dict[str, Any] = journey.answer.json()
    return body


@then(parsers.parse("the context is stored as version {version:d}"))
def stored_as_version(journey: Journey, version: int) -> None:
    assert stored_context(journey)["context_version"] == version
    store_id = journey.store_id()
    read = journey.http.get(f"{BUSINESS}/context/{store_id}", headers=journey.as_owner())
    assert journey.expect(read, 200)["context_version"] == version


@then(parsers.parse("its completeness is below {limit:f}"))
def completeness_below(journey: Journey, limit: float) -> None:
    score = stored_context(journey)["completeness_score"]
    assert score < limit, f"completeness {score} is not below {limit}"


@then(parsers.parse("its completeness is {score:f}"))
def completeness_is(journey: Journey, score: float) -> None:
    assert stored_context(journey)["completeness_score"] == score


@then(parsers.parse('it has a warning that mentions "{words}"'))
def a_warning_mentions(journey: Journey, words: str) -> None:
    warnings = stored_context(journey)["warnings"]
    assert any(words.casefold() in warning.casefold() for warning in warnings), warnings


@then("it has no warnings")
def no_warnings(journey: Journey) -> None:
    context = stored_context(journey)
    assert context["warnings"] == [], context["warnings"]
    assert context["gaps"] == [], context["gaps"]
