"""Steps about who may ask: tokens, roles, feature flags, and many requests at once."""

from __future__ import annotations

from collections import Counter

import httpx
from pytest_bdd import given, parsers, then, when

from tests.features.journey import BUSINESS, CALLS, Journey
from tests.features.service import InProcessService
from tests.features.steps.calls import a_recent_purchase


@then(parsers.parse('the service answers {status:d} with error "{error}"'))
def answers_with_error(journey: Journey, status: int, error: str) -> None:
    assert journey.answer is not None
    body = journey.expect(journey.answer, status)
    assert body["error"] == error, body
    assert body["message"], body


@then(parsers.parse("the service answers {status:d}"))
def answers(journey: Journey, status: int) -> None:
    assert journey.answer is not None
    journey.expect(journey.answer, status)


@then(parsers.parse('the message says "{words}"'))
def message_says(journey: Journey, words: str) -> None:
    assert journey.answer is not None
    message = journey.answer.json()["message"]
    assert words in message, message


@when("someone without a token asks for the call's status")
def no_token(journey: Journey) -> None:
    journey.keep(journey.http.get(f"{CALLS}/{journey.the_call()}/status"))


@when("the store owner asks for the call's transcript")
def owner_reads_transcript(journey: Journey) -> None:
    answer = journey.http.get(
        f"{CALLS}/{journey.the_call()}/transcript", headers=journey.as_owner()
    )
    journey.keep(answer)


@when(parsers.parse('the owner of "{owner}" asks for the weekly report of "{store}"'))
def owner_reads_report(journey: Journey, owner: str, store: str) -> None:
    answer = journey.http.get(
        f"{BUSINESS}/reports/{journey.report(store)}", headers=journey.as_owner(owner)
    )
    journey.keep(answer)


@given("the operator has switched AI calls off")
def ai_calls_off(journey: Journey) -> None:
    service = journey.service
    assert isinstance(service, InProcessService), "only the in-process service changes settings"
    service.reconfigure(ai_calls_enabled=False)


@when(parsers.parse("{count:d} shoppers at the store verify purchases at the same moment"))
def many_purchases(journey: Journey, count: int) -> None:
    bodies = []
    for _ in range(count):
        a_recent_purchase(journey, "149.00", 5)
        bodies.append(journey.the_purchase().initiate_body(journey.store_id()))
    journey.answers = initiate_at_once(journey, bodies)


@when(
    parsers.parse(
        "the verification system asks for a feedback call {count:d} times at the same moment"
    )
)
def one_purchase_many_times(journey: Journey, count: int) -> None:
    body = journey.the_purchase().initiate_body(journey.store_id())
    journey.answers = initiate_at_once(journey, [body] * count)


def initiate_at_once(journey: Journey, bodies: list[dict[str, object]]) -> list[httpx.Response]:
    headers = journey.as_service()
    answers = journey.service.at_once(
        [
            lambda http, body=body: http.post(f"{CALLS}/initiate", json=body, headers=headers)  # type: ignore[misc]
            for body in bodies
        ]
    )
    for answer in answers:
        if answer.status_code == 202:
            journey.accepted(answer)
    return answers


@then(parsers.parse("all {count:d} calls are accepted, each with a call session of its own"))
def all_accepted(journey: Journey, count: int) -> None:
    statuses = Counter(answer.status_code for answer in journey.answers)
    assert statuses == {202: count}, statuses
    assert len({answer.json()["call_session_id"] for answer in journey.answers}) == count


@then(parsers.parse('{accepted:d} call is accepted and {refused:d} are refused with 409 "{error}"'))
def one_accepted(journey: Journey, accepted: int, refused: int, error: str) -> None:
    statuses = Counter(answer.status_code for answer in journey.answers)
    assert statuses == {202: accepted, 409: refused}, statuses
    errors = {answer.json()["error"] for answer in journey.answers if answer.status_code == 409}
    assert errors == {error}, errors


@then("every refusal names the accepted call")
def refusals_name_the_call(journey: Journey) -> None:
    accepted = {a.json()["call_session_id"] for a in journey.answers if a.status_code == 202}
    named = {
        a.json()["details"]["call_session_id"] for a in journey.answers if a.status_code == 409
    }
    assert named == accepted, (named, accepted)
