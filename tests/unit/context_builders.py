"""Builders for business contexts and visits: a small Södermalm grocery by default."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from kundrost.domain.business_context import (
    BaselineFact,
    BusinessContext,
    Campaign,
    Department,
    OpeningHours,
    Question,
    Weekday,
)
from kundrost.domain.conversation import Visit
from kundrost.domain.ids import StoreId
from kundrost.domain.priority import Priority

STORE_ID = StoreId(UUID("5e0d1c1a-7f3b-4c2e-9a51-2f6b8d4c3a10"))
OTHER_STORE_ID = StoreId(UUID("9b7a6c5d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"))
STORE_NAME = "Lindqvists Livs"
UTC = ZoneInfo("UTC")
STOCKHOLM = ZoneInfo("Europe/Stockholm")
HELSINKI = ZoneInfo("Europe/Helsinki")


def at(text: str, zone: ZoneInfo = STOCKHOLM) -> datetime:
    """An aware datetime from "2026-03-03 14:05" as a wall-clock time in `zone`."""
    return datetime.fromisoformat(text).replace(tzinfo=zone)


def hours(opens: str, closes: str) -> OpeningHours:
    return OpeningHours(time.fromisoformat(opens), time.fromisoformat(closes))


def every_day(opens: str = "08:00", closes: str = "20:00") -> dict[Weekday, OpeningHours]:
    return {day: hours(opens, closes) for day in Weekday}


def a_question(
    question: str = "Hur lång var kön i kassan?",
    priority: Priority = Priority.MEDIUM,
    frequency: int = 1,
    department: str | None = None,
) -> Question:
    return Question(question, priority, frequency, department)


def a_campaign(
    name: str = "Kräftpremiär",
    starts_on: date | None = date(2026, 8, 6),
    ends_on: date | None = date(2026, 8, 31),
) -> Campaign:
    return Campaign(name, "Svenska kräftor till kampanjpris", starts_on, ends_on)


DEPARTMENTS = (
    Department("Frukt & grönt", ("grönsaker", "frukt", "fruit and vegetables")),
    Department("Bageriet", ("bröd", "bakery")),
    Department("Kassan", ("kassa", "kassorna", "checkout")),
)

QUESTIONS = (
    a_question("Hur lång var kön i kassan?", Priority.URGENT, department="Kassan"),
    a_question("Hittade du allt du letade efter?", Priority.HIGH),
    a_question("Vad tycker du om vårt surdegsbröd?", Priority.MEDIUM, 3, "Bageriet"),
    a_question("Hur fräsch var frukten?", Priority.LOW, department="Frukt & grönt"),
)

FACTS = (
    BaselineFact("Butiken har ingen fiskdisk.", "fisk"),
    BaselineFact("Butiken har fyra kassor och två självscanningskassor.", "kassor"),
)


def a_business_context(**overrides: Any) -> BusinessContext:
    """A complete context (score 1.00); pass a field to change it."""
    fields: dict[str, Any] = {
        "store_id": STORE_ID,
        "timezone": "Europe/Stockholm",
        "operating_hours": every_day(),
        "closed_dates": frozenset({date(2026, 12, 25), date(2026, 6, 19)}),
        "departments": DEPARTMENTS,
        "current_campaigns": (a_campaign(),),
        "question_configuration": QUESTIONS,
        "baseline_facts": FACTS,
        "store_name": STORE_NAME,
    }
    return BusinessContext(**(fields | overrides))


def an_empty_context(**overrides: Any) -> BusinessContext:
    """What a store has before it fills anything in."""
    return BusinessContext(**({"store_id": STORE_ID} | overrides))


def a_visit(
    transaction_time: datetime | None = None,
    store_id: StoreId = STORE_ID,
    transaction_value: Decimal | None = Decimal("249.50"),
) -> Visit:
    """Tuesday 3 March 2026, 14:05 in Stockholm, unless told otherwise."""
    moment = transaction_time or at("2026-03-03 14:05")
    return Visit(store_id, moment, transaction_value)
