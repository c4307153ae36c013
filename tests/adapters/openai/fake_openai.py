"""A local stand-in for the OpenAI API: the documented response shapes, and a tiny "model".

`chat_completion(...)` and `embeddings_reply(...)` build bodies shaped like the documented
chat-completions (structured output) and embeddings responses. `FakeOpenAI` answers both
endpoints from what it is sent: its "model" reads the customer's turns of the prompt and
scores them by how much was said, which is enough for the analyzer contract (detailed
feedback scores above generic feedback) without pretending to be a real model.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from typing import Any

import httpx
from attrs import define, field

from kundrost.adapters.openai import OpenAIFeedbackAnalyzer

MODEL = "gpt-4o-mini-2024-07-18"
EMBEDDING_MODEL = "text-embedding-3-small"
DIMENSIONS = 64
BASE_URL = "https://api.openai.com/v1"


def chat_completion(
    content: str | None,
    *,
    prompt_tokens: int = 812,
    completion_tokens: int = 164,
    model: str = MODEL,
    finish_reason: str = "stop",
    refusal: str | None = None,
) -> dict[str, Any]:
    """A `chat.completion` object as the API returns it for a structured-output request."""
    return {
        "id": "chatcmpl-AbC123xyz",
        "object": "chat.completion",
        "created": 1764122400,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": content,
                    "refusal": refusal,
                    "annotations": [],
                },
                "logprobs": None,
                "finish_reason": finish_reason,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {
                "reasoning_tokens": 0,
                "audio_tokens": 0,
                "accepted_prediction_tokens": 0,
                "rejected_prediction_tokens": 0,
            },
        },
        "service_tier": "default",
        "system_fingerprint": "fp_0aa8d3e20b",
    }


def embeddings_reply(vectors: list[list[float]], *, model: str = EMBEDDING_MODEL) -> dict[str, Any]:
    """A `list` of `embedding` objects as the embeddings endpoint returns it."""
    return {
        "object": "list",
        "data": [
            {"object": "embedding", "index": index, "embedding": vector}
            for index, vector in enumerate(vectors)
        ],
        "model": model,
        "usage": {"prompt_tokens": 8 * len(vectors), "total_tokens": 8 * len(vectors)},
    }


def error_body(message: str, kind: str, code: str | None = None) -> dict[str, Any]:
    """The API's error object (`{"error": {message, type, param, code}}`)."""
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


def a_rubric(**changes: Any) -> dict[str, Any]:
    """The rubric of a detailed complaint: a long queue at lunch, one till open, a fix."""
    rubric: dict[str, Any] = {
        "observations": 2,
        "specific_observations": 2,
        "located_observations": 1,
        "timed_observations": 1,
        "causes": 1,
        "suggestions": 1,
        "problems": 1,
        "reach": "recurring",
        "stakes": "medium",
        "generic_statements": 0,
        "padding_share": 0.1,
        "reward_request": False,
        "off_store_observations": 0,
        "empty_mentions": 0,
    }
    rubric.update(changes)
    return rubric


def an_analysis(**changes: Any) -> dict[str, Any]:
    """A reply that follows the schema: a detailed complaint about the checkout queue."""
    reply: dict[str, Any] = {
        "rubric": a_rubric(),
        "themes": [
            {
                "label": "Lång kö i kassan",
                "sentiment": "negative",
                "category": "service",
                "department": "Kassa",
                "quote": "Kön i kassan var lång, bara en kassa var öppen.",
            },
            {
                "label": "Nybakat bröd",
                "sentiment": "positive",
                "category": "product",
                "department": "Bageri",
                "quote": None,
            },
        ],
        "actionable_items": [
            {
                "category": "service",
                "description": "Öppna en kassa till vid lunchrusningen.",
                "priority": "high",
                "department": "Kassa",
                "estimated_impact": "high",
                "implementation_complexity": "low",
            }
        ],
        "content_flags": [],
        "summary": "Kunden berömde brödet men tyckte att kön i kassan var för lång vid lunch.",
    }
    reply.update(changes)
    return reply


def customer_turns(prompt: str) -> list[str]:
    return [line[len("Kund: ") :] for line in prompt.splitlines() if line.startswith("Kund: ")]


def read_like_a_model(prompt: str) -> dict[str, Any]:
    """A rubric from how much the customer said: enough to tell detail from "det var bra"."""
    said = " ".join(customer_turns(prompt))
    words = re.findall(r"\w+", said.casefold())
    seen = min(4, len(words) // 12)
    quote = max(customer_turns(prompt), key=len, default="")
    themes = (
        [
            {
                "label": "Besöket",
                "sentiment": "mixed",
                "category": "service",
                "department": None,
                "quote": quote[:500] or None,
            }
        ]
        if len(words) > 12
        else []
    )
    return an_analysis(
        rubric=a_rubric(
            observations=seen,
            specific_observations=seen,
            located_observations=min(seen, 1),
            timed_observations=0,
            causes=0,
            suggestions=0,
            problems=0,
            reach="none",
            stakes="low",
            generic_statements=0 if seen else 1,
            padding_share=0.2 if seen else 1.0,
        ),
        themes=themes,
        actionable_items=[],
        summary=f"Kunden sa {len(words)} ord om besöket.",
    )


def trigram_vector(text: str) -> list[float]:
    """Hashed character trigrams, normalised: similar wording gives nearby vectors."""
    vector = [0.0] * DIMENSIONS
    padded = f"  {text.casefold()}  "
    for start in range(len(padded) - 2):
        digest = hashlib.blake2b(padded[start : start + 3].encode(), digest_size=2).digest()
        vector[int.from_bytes(digest, "big") % DIMENSIONS] += 1.0
    norm = math.sqrt(sum(value * value for value in vector)) or 1.0
    return [value / norm for value in vector]


@define
class FakeOpenAI:
    """Answers `/chat/completions` and `/embeddings` as a transport handler, and keeps
    every request body it was sent."""

    requests: list[dict[str, Any]] = field(factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        self.requests.append(body)
        if request.url.path.endswith("/chat/completions"):
            schema = body["response_format"]["json_schema"]
            assert body["response_format"]["type"] == "json_schema"
            assert schema["strict"] is True
            prompt = body["messages"][-1]["content"]
            return httpx.Response(200, json=chat_completion(json.dumps(read_like_a_model(prompt))))
        if request.url.path.endswith("/embeddings"):
            texts = body["input"]
            if any(text == "" for text in texts):
                return httpx.Response(
                    400, json=error_body("'$.input' is invalid.", "invalid_request_error")
                )
            return httpx.Response(200, json=embeddings_reply([trigram_vector(t) for t in texts]))
        return httpx.Response(404, json=error_body("Unknown endpoint", "invalid_request_error"))


def fake_openai_analyzer() -> OpenAIFeedbackAnalyzer:
    """The OpenAI adapter talking to `FakeOpenAI` instead of the network."""
    return OpenAIFeedbackAnalyzer(
        api_key="sk-test", max_retries=0, transport=httpx.MockTransport(FakeOpenAI())
    )
