"""The OpenAI analyzer against the documented API, answered by respx: no network."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import attrs
import httpx
import pytest
import respx

from kundrost.adapters.openai import OpenAIFeedbackAnalyzer
from kundrost.adapters.openai.prompt import PROMPT_VERSION, SYSTEM_PROMPT
from kundrost.adapters.openai.reply import analysis_schema
from kundrost.domain.analysis import Category, FeedbackAnalysis, FlagKind, Sentiment
from kundrost.domain.priority import Priority
from kundrost.domain.rubric import Reach, Rubric, Stakes
from kundrost.ports.analyzer import AnalyzerError, FeedbackInput
from tests.adapters.openai.fake_openai import (
    BASE_URL,
    MODEL,
    a_rubric,
    an_analysis,
    chat_completion,
    embeddings_reply,
    error_body,
)
from tests.unit.context_builders import a_business_context
from tests.unit.transcript_builders import with_customer_answers

QUICK_RETRY = {"retry-after-ms": "1"}
"""OpenAI's own hint of how long to wait; the SDK honours it, so retries take no time here."""

FEEDBACK = FeedbackInput(
    with_customer_answers(
        "Ja, det går bra.",
        "Surdegsbrödet i bageriet var nybakat och fortfarande varmt vid niotiden.",
        "Kön i kassan var lång, bara en kassa var öppen fast det var lunch.",
    ),
    a_business_context(),
)


def ok(reply: dict[str, Any] | str, **usage: Any) -> httpx.Response:
    content = reply if isinstance(reply, str) else json.dumps(reply)
    return httpx.Response(200, json=chat_completion(content, **usage))


@pytest.fixture
def openai_api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router


def an_analyzer(**changes: Any) -> OpenAIFeedbackAnalyzer:
    return OpenAIFeedbackAnalyzer(api_key="sk-test", **{"max_retries": 2, **changes})


def sent(route: respx.Route, call: int = -1) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(route.calls[call].request.content)
    return body


async def test_a_reply_becomes_the_domain_analysis(openai_api: respx.MockRouter) -> None:
    openai_api.post("/chat/completions").mock(return_value=ok(an_analysis()))
    analysis = await an_analyzer().analyse(FEEDBACK)
    assert isinstance(analysis, FeedbackAnalysis)
    assert analysis.rubric == Rubric(
        observations=2,
        specific_observations=2,
        located_observations=1,
        timed_observations=1,
        causes=1,
        suggestions=1,
        problems=1,
        reach=Reach.RECURRING,
        stakes=Stakes.MEDIUM,
        padding_share=Decimal("0.1"),
    )
    queue = analysis.themes[0]
    assert (queue.sentiment, queue.category, queue.department) == (
        Sentiment.NEGATIVE,
        Category.SERVICE,
        "Kassa",
    )
    assert analysis.themes[1].quote is None
    assert analysis.actionable_items[0].priority is Priority.HIGH
    assert analysis.summary.startswith("Kunden berömde brödet")
    assert analysis.analyzer == "openai"
    assert analysis.model_version == f"{MODEL}/{PROMPT_VERSION}"


async def test_one_request_carries_the_strict_schema_the_context_and_the_transcript(
    openai_api: respx.MockRouter,
) -> None:
    route = openai_api.post("/chat/completions").mock(return_value=ok(an_analysis()))
    await an_analyzer(model="gpt-4o-mini").analyse(FEEDBACK)
    assert route.call_count == 1
    request = route.calls[0].request
    assert request.headers["authorization"] == "Bearer sk-test"
    body = sent(route)
    assert body["model"] == "gpt-4o-mini"
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "feedback_analysis", "strict": True, "schema": analysis_schema()},
    }
    system, user = body["messages"]
    assert system["role"] == "system"
    assert "Bedöm bara det kunden säger" in system["content"]
    assert "Kund: Kön i kassan var lång" in user["content"]
    assert "Samtalet ringdes " in user["content"]


async def test_the_visit_is_placed_on_the_day_and_hour_of_the_purchase(
    openai_api: respx.MockRouter,
) -> None:
    route = openai_api.post("/chat/completions").mock(return_value=ok(an_analysis()))
    bought = datetime(2026, 11, 24, 16, 5, tzinfo=UTC)
    feedback = FeedbackInput(FEEDBACK.transcript, FEEDBACK.context, bought)
    await an_analyzer().analyse(feedback)
    _, user = sent(route)["messages"]
    assert "Köpet gjordes tisdag 2026-11-24 klockan 17:05." in user["content"]
    assert "Assistent:" in user["content"]
    context = a_business_context()
    for department in context.departments:
        assert f"- {department.name}" in user["content"]
    for fact in context.baseline_facts:
        assert fact.statement in user["content"]


def test_the_schema_asks_for_every_field_the_model_fills_and_nothing_else() -> None:
    schema = analysis_schema()
    assert schema["required"] == [
        "rubric",
        "themes",
        "actionable_items",
        "content_flags",
        "summary",
    ]
    flag = schema["properties"]["content_flags"]["items"]
    assert flag["properties"]["kind"]["enum"] == [kind.value for kind in FlagKind]
    rubric = schema["properties"]["rubric"]
    assert rubric["required"] == [field.name for field in attrs.fields(Rubric)]
    assert rubric["properties"]["observations"]["type"] == "integer"
    assert rubric["properties"]["reward_request"]["type"] == "boolean"
    assert rubric["properties"]["reach"]["enum"] == [reach.value for reach in Reach]
    assert rubric["additionalProperties"] is False
    theme = schema["properties"]["themes"]["items"]
    assert theme["properties"]["department"]["type"] == ["string", "null"]
    assert theme["additionalProperties"] is False


def test_the_prompt_explains_every_rubric_feature_the_schema_asks_for() -> None:
    for field in attrs.fields(Rubric):
        assert f"- {field.name}:" in SYSTEM_PROMPT or f" {field.name}:" in SYSTEM_PROMPT
    for value in [*Reach, *Stakes]:
        assert value.value in SYSTEM_PROMPT


@pytest.mark.parametrize(
    "bad_reply",
    [
        "{not json",
        json.dumps(an_analysis(rubric=a_rubric(padding_share=1.4))),
        json.dumps(an_analysis(rubric=a_rubric(observations=-1))),
        json.dumps(an_analysis(rubric=a_rubric(observations=2.5))),
        json.dumps(an_analysis(rubric=a_rubric(reward_request="no"))),
        json.dumps(an_analysis(themes=[{"label": "x", "sentiment": "furious"}])),
        json.dumps({"rubric": a_rubric()}),
    ],
    ids=[
        "bad json",
        "share above one",
        "negative count",
        "fractional count",
        "text for a boolean",
        "unknown sentiment",
        "missing fields",
    ],
)
async def test_an_invalid_reply_is_asked_for_once_more(
    openai_api: respx.MockRouter, bad_reply: str
) -> None:
    route = openai_api.post("/chat/completions").mock(
        side_effect=[ok(bad_reply), ok(an_analysis())]
    )
    analysis = await an_analyzer().analyse(FEEDBACK)
    assert route.call_count == 2
    assert analysis.rubric.timed_observations == 1


async def test_two_invalid_replies_fail_the_analysis_with_the_reason(
    openai_api: respx.MockRouter,
) -> None:
    route = openai_api.post("/chat/completions").mock(
        side_effect=[ok("{not json"), ok(an_analysis(rubric=a_rubric(causes=-2)))]
    )
    with pytest.raises(AnalyzerError, match=r"no valid analysis in 2 attempts: .*causes"):
        await an_analyzer().analyse(FEEDBACK)
    assert route.call_count == 2


@pytest.mark.parametrize(
    "completion",
    [
        chat_completion(None, refusal="I can't help with that."),
        chat_completion('{"rubric": {"observations": 2, "spec', finish_reason="length"),
    ],
    ids=["refusal", "cut off"],
)
async def test_a_refusal_or_a_cut_off_reply_counts_as_invalid(
    openai_api: respx.MockRouter, completion: dict[str, Any]
) -> None:
    route = openai_api.post("/chat/completions").mock(
        return_value=httpx.Response(200, json=completion)
    )
    with pytest.raises(AnalyzerError, match="no valid analysis"):
        await an_analyzer().analyse(FEEDBACK)
    assert route.call_count == 2


async def test_the_tokens_of_every_attempt_are_counted(openai_api: respx.MockRouter) -> None:
    openai_api.post("/chat/completions").mock(
        side_effect=[
            ok("{not json", prompt_tokens=1000, completion_tokens=50),
            ok(an_analysis(), prompt_tokens=1000, completion_tokens=200),
        ]
    )
    analysis = await an_analyzer().analyse(FEEDBACK)
    used = (getattr(analysis, "prompt_tokens", None), getattr(analysis, "completion_tokens", None))
    assert used == (2000, 250)


async def test_a_rate_limit_is_waited_out_and_retried(openai_api: respx.MockRouter) -> None:
    limited = httpx.Response(
        429,
        headers=QUICK_RETRY,
        json=error_body(
            "Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 500.",
            "requests",
            "rate_limit_exceeded",
        ),
    )
    route = openai_api.post("/chat/completions").mock(side_effect=[limited, ok(an_analysis())])
    analysis = await an_analyzer().analyse(FEEDBACK)
    assert route.call_count == 2
    assert analysis.rubric.observations == 2


async def test_server_errors_are_retried_then_fail_the_analysis(
    openai_api: respx.MockRouter,
) -> None:
    failing = httpx.Response(
        503,
        headers=QUICK_RETRY,
        json=error_body("The server is overloaded or not ready yet.", "server_error"),
    )
    route = openai_api.post("/chat/completions").mock(return_value=failing)
    with pytest.raises(AnalyzerError, match=r"\(503\).*overloaded"):
        await an_analyzer(max_retries=2).analyse(FEEDBACK)
    assert route.call_count == 3


async def test_a_refused_key_fails_at_once(openai_api: respx.MockRouter) -> None:
    route = openai_api.post("/chat/completions").mock(
        return_value=httpx.Response(
            401,
            json=error_body(
                "Incorrect API key provided: sk-test.", "invalid_request_error", "invalid_api_key"
            ),
        )
    )
    with pytest.raises(AnalyzerError, match=r"\(401\)"):
        await an_analyzer().analyse(FEEDBACK)
    assert route.call_count == 1


async def test_a_timeout_is_retried(openai_api: respx.MockRouter) -> None:
    route = openai_api.post("/chat/completions").mock(
        side_effect=[httpx.ReadTimeout("slow"), ok(an_analysis())]
    )
    analysis = await an_analyzer(max_retries=1).analyse(FEEDBACK)
    assert route.call_count == 2
    assert analysis.rubric.suggestions == 1


async def test_timeouts_that_outlast_the_retries_fail_the_analysis(
    openai_api: respx.MockRouter,
) -> None:
    route = openai_api.post("/chat/completions").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(AnalyzerError, match="timed out"):
        await an_analyzer(max_retries=0, timeout=0.5).analyse(FEEDBACK)
    assert route.call_count == 1


async def test_an_unreachable_service_fails_the_analysis(openai_api: respx.MockRouter) -> None:
    openai_api.post("/chat/completions").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(AnalyzerError, match="could not be reached"):
        await an_analyzer(max_retries=0).analyse(FEEDBACK)


async def test_a_gateway_is_used_when_a_base_url_is_set() -> None:
    with respx.mock(base_url="https://gateway.example.se/openai/v1") as gateway:
        route = gateway.post("/chat/completions").mock(return_value=ok(an_analysis()))
        analyzer = an_analyzer(base_url="https://gateway.example.se/openai/v1")
        await analyzer.analyse(FEEDBACK)
        assert route.call_count == 1


async def test_token_usage_is_logged_without_the_words_said(
    openai_api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    openai_api.post("/chat/completions").mock(
        return_value=ok(an_analysis(), prompt_tokens=1234, completion_tokens=210)
    )
    with caplog.at_level(logging.DEBUG, logger="kundrost"):
        await an_analyzer().analyse(FEEDBACK)
    assert "1234 prompt + 210 completion tokens" in caplog.text
    assert "kassan" not in caplog.text


async def test_embeddings_come_back_in_the_order_of_the_texts(
    openai_api: respx.MockRouter,
) -> None:
    reply = embeddings_reply([[0.1, 0.2], [0.3, 0.4], [0.5, 0.6]])
    reply["data"].reverse()
    route = openai_api.post("/embeddings").mock(return_value=httpx.Response(200, json=reply))
    vectors = await an_analyzer(embedding_model="text-embedding-3-large").embed(
        ["Kön var lång.", "", "Brödet var färskt."]
    )
    assert vectors == [(0.1, 0.2), (0.3, 0.4), (0.5, 0.6)]
    body = sent(route)
    assert body["model"] == "text-embedding-3-large"
    assert body["input"] == ["Kön var lång.", " ", "Brödet var färskt."]


async def test_embedding_nothing_asks_nothing(openai_api: respx.MockRouter) -> None:
    route = openai_api.post("/embeddings")
    assert await an_analyzer().embed([]) == []
    assert route.call_count == 0


async def test_an_embeddings_reply_with_too_few_vectors_is_refused(
    openai_api: respx.MockRouter,
) -> None:
    openai_api.post("/embeddings").mock(
        return_value=httpx.Response(200, json=embeddings_reply([[0.1, 0.2]]))
    )
    with pytest.raises(AnalyzerError, match="1 vectors for 2 texts"):
        await an_analyzer().embed(["a", "b"])


async def test_a_failing_embeddings_endpoint_raises_analyzer_error(
    openai_api: respx.MockRouter,
) -> None:
    openai_api.post("/embeddings").mock(
        return_value=httpx.Response(
            500, headers=QUICK_RETRY, json=error_body("boom", "server_error")
        )
    )
    with pytest.raises(AnalyzerError, match=r"embeddings request \(500\)"):
        await an_analyzer(max_retries=1).embed(["a"])


async def test_a_closed_analyzer_sends_nothing_more(openai_api: respx.MockRouter) -> None:
    route = openai_api.post("/embeddings")
    analyzer = an_analyzer()
    await analyzer.start()
    await analyzer.close()
    with pytest.raises(RuntimeError, match="closed"):
        await analyzer.embed(["a"])
    assert route.call_count == 0


async def test_at_most_its_concurrency_of_requests_are_open_at_once(
    openai_api: respx.MockRouter,
) -> None:
    open_now = peak = 0

    async def slowly(request: httpx.Request) -> httpx.Response:
        nonlocal open_now, peak
        open_now += 1
        peak = max(peak, open_now)
        await asyncio.sleep(0.02)
        open_now -= 1
        return ok(an_analysis())

    openai_api.post("/chat/completions").mock(side_effect=slowly)
    analyzer = an_analyzer(concurrency=3, timeout=0.05)
    analyses = await asyncio.gather(*(analyzer.analyse(FEEDBACK) for _ in range(12)))

    assert len(analyses) == 12
    assert peak == 3
