"""Schemathesis hooks: the documented rules no JSON schema can state, taught to its generator.

The OpenAPI document states every rule of a single value (types, ranges, patterns, enums,
unknown fields). A few rules relate two values, or a value and the clock, and live in the
operations' descriptions instead: a purchase from the last 7 days, message orders strictly
increasing and 12,000 characters of messages at most, a latency maximum no lower than its
median, a report week's Monday that has begun, a start date on or before the end date,
distinct department names and report recipients, opening and closing times that differ, a
campaign that does not end before it starts. Before each call, these hooks move a *positive*
case (one the document calls valid) onto those rules, so "accepted by the schema, refused
by the server" means a real mismatch. Negative cases are left alone: they must be refused
whatever else they hold.

`tests/api/test_schemathesis.py` imports this module; the command line loads it with
`SCHEMATHESIS_HOOKS=tests.api.schemathesis_hooks` (see `.ci/run`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import schemathesis
from schemathesis import Case, GenerationMode

from kundrost.domain.transcript_limits import MAX_CHARACTERS

STOCKHOLM = ZoneInfo("Europe/Stockholm")
CALENDAR = (date(2000, 1, 1), date(2999, 12, 31))


def _positive(case: Case[Any]) -> bool:
    meta = case.meta
    return meta is None or meta.generation.mode is GenerationMode.POSITIVE


Hook = Callable[..., None]


def _before_call_on(**where: str) -> Callable[[Hook], Hook]:
    """A `before_call` hook for the operations `where` selects (`apply_to`). schemathesis
    types `hook()` as a bare `Callable`; at run time it is a filterable hook."""
    applied: Callable[[Hook], Hook] = schemathesis.hook("before_call").apply_to(  # type: ignore[attr-defined]
        **where
    )
    return applied


def _object(value: object) -> dict[str, Any] | None:
    """A generated JSON object, or None when the value is not one. Its fields are read as the
    document states them (`Any`): the hooks change positive cases, which have that shape."""
    return value if isinstance(value, dict) else None


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _today() -> date:
    return datetime.now(UTC).astimezone(STOCKHOLM).date()


@_before_call_on(method="POST", path="/api/ai/calls/initiate")
def purchase_within_the_window(_ctx: Any, case: Case[Any], **_kwargs: Any) -> None:
    """A purchase from the last 7 days (not more than 5 minutes ahead of the clock)."""
    body = _object(case.body)
    if _positive(case) and body is not None and "transaction_time" in body:
        body["transaction_time"] = (datetime.now(UTC) - timedelta(hours=1)).isoformat()


@_before_call_on(method="POST", path_regex="/transcript$")
def messages_in_order(_ctx: Any, case: Case[Any], **_kwargs: Any) -> None:
    """`message_order` strictly increasing, `timestamp_ms` never decreasing, at most
    12,000 characters of content in all, and a latency maximum no lower than its median."""
    body = _object(case.body)
    messages = body.get("messages") if body is not None else None
    if not _positive(case) or body is None or not isinstance(messages, list):
        return
    stamps = sorted(m["timestamp_ms"] for m in messages if isinstance(m, dict))
    room = MAX_CHARACTERS
    for order, (message, stamp) in enumerate(zip(messages, stamps, strict=False)):
        message["message_order"] = order
        message["timestamp_ms"] = stamp
        share = max(1, room // (len(messages) - order))
        if len(message["content"]) > share:
            message["content"] = message["content"][:share].rstrip() or "ja"
        room -= len(message["content"])
    quality = body.get("final_audio_quality")
    if isinstance(quality, dict):
        median, most = (
            quality.get("response_latency_p50_ms"),
            quality.get("response_latency_max_ms"),
        )
        if isinstance(median, int | float) and isinstance(most, int | float) and most < median:
            quality["response_latency_max_ms"] = median


@_before_call_on(method="POST", path="/api/ai/business/reports/generate")
def a_monday_that_has_begun(_ctx: Any, case: Case[Any], **_kwargs: Any) -> None:
    """`analysis_week` the Monday of a week that has begun (Europe/Stockholm)."""
    body = _object(case.body)
    day = _day(body.get("analysis_week")) if body is not None else None
    if not _positive(case) or body is None or day is None:
        return
    this_monday = _today() - timedelta(days=_today().weekday())
    monday = min(day - timedelta(days=day.weekday()), this_monday)
    if monday < CALENDAR[0]:
        monday += timedelta(weeks=1)
    body["analysis_week"] = monday.isoformat()


@_before_call_on(method="GET", path_regex="/(search|metrics)$")
def start_on_or_before_end(_ctx: Any, case: Case[Any], **_kwargs: Any) -> None:
    """`start_date` on or before `end_date`, which is today when left out."""
    query = case.query if isinstance(case.query, dict) else None
    if not _positive(case) or query is None:
        return
    start, end = _day(query.get("start_date")), _day(query.get("end_date"))
    if start is None:
        return
    last = end or _today()
    if start > last:
        query["end_date"] = start.isoformat()
        if end is not None:
            query["start_date"] = end.isoformat()


@_before_call_on(method="PUT", path_regex="/context/")
def a_consistent_context(_ctx: Any, case: Case[Any], **_kwargs: Any) -> None:
    """Distinct department names and aliases, distinct report recipients, hours that differ,
    campaigns in order."""
    body = _object(case.body)
    if not _positive(case) or body is None:
        return
    if isinstance(body.get("departments"), list):
        body["departments"] = _distinct(body["departments"])
    if isinstance(body.get("report_recipients"), list):
        addresses = {address.casefold(): address for address in body["report_recipients"]}
        body["report_recipients"] = list(addresses.values())
    for hours in body.get("operating_hours", {}).values():
        if hours["open"] == hours["close"]:
            hours["close"] = "23:59" if hours["open"] != "23:59" else "00:00"
    for campaign in body.get("current_campaigns", []):
        starts, ends = _day(campaign.get("starts_on")), _day(campaign.get("ends_on"))
        if starts and ends and ends < starts:
            campaign["starts_on"], campaign["ends_on"] = ends.isoformat(), starts.isoformat()


def _distinct(departments: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The departments whose name is new, each with its aliases that are new, ignoring case."""
    seen: set[str] = set()
    kept = []
    for department in departments:
        if department["name"].casefold() in seen:
            continue
        seen.add(department["name"].casefold())
        aliases = []
        for alias in department.get("aliases", []):
            if alias.casefold() not in seen:
                seen.add(alias.casefold())
                aliases.append(alias)
        kept.append({**department, "aliases": aliases})
    return kept


@schemathesis.hook("before_call")
def empty_lists_still_sent(_ctx: Any, case: Case[Any], **_kwargs: Any) -> None:
    """A *negative* case's query value that the client would not send as generated is sent
    as `name=`, so that the violation reaches the server and a refusing server is not blamed
    for accepting it: an empty list is left out of the URL (1 case in ~7,000 on PostgreSQL),
    and an object is sent as its keys, which can be valid values (`category={"product": 1}`
    goes out as `category=product`, a valid request: once in the in-process suite)."""
    if _positive(case) or not isinstance(case.query, dict):
        return
    for name, value in case.query.items():
        if value == [] or isinstance(value, dict):
            case.query[name] = [""]
