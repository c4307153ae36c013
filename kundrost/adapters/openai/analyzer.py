"""OpenAIFeedbackAnalyzer: the FeedbackAnalyzer port by an OpenAI chat model with strict
structured output, and the embeddings endpoint for search.

One chat completion per feedback. The SDK's own retries (with backoff, honouring
`Retry-After`) cover 429 and 5xx answers, timeouts and dropped connections; what is left
after them becomes `AnalyzerError`. A reply that is not a valid analysis (bad JSON, a shape
the schema should have prevented, a value the domain refuses) is asked for once more, then
refused with `AnalyzerError`: there is no fallback grader, so a job fails visibly instead
of being graded by something else.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from typing import Any

import httpx
import openai

from kundrost.adapters.openai.prompt import PROMPT_VERSION, SYSTEM_PROMPT, user_message
from kundrost.adapters.openai.reply import InvalidReply, analysis_from_reply, response_format
from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.ports.analyzer import AnalyzerError, FeedbackInput

log = logging.getLogger("kundrost.analyzer.openai")

ANALYZER = "openai"
REPLY_ATTEMPTS = 2
"""A malformed reply is asked for once more: models slip rarely and not twice in a row."""
EMBEDDING_BATCH = 2048
"""The embeddings endpoint takes at most 2048 inputs per request."""
_BLANK = " "
"""The embeddings endpoint refuses an empty string; a blank text is embedded as one space."""


class OpenAIFeedbackAnalyzer:
    """Holds one SDK client (and its connection pool) for the life of the process.

    The SDK runs on an `httpx.AsyncClient` of our own making, so the whole project speaks
    HTTP through one library (and its test double); `transport` replaces the network, for
    tests and local fakes. At most `concurrency` requests are open at once and the rest wait
    their turn without a deadline: a worker runs many analyses at once, and a request that
    waited for a pooled connection would time out as a failed analysis.
    """

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str | None = None,
        model: str = "gpt-4o-mini",
        embedding_model: str = "text-embedding-3-small",
        timeout: float = 20.0,
        max_retries: int = 2,
        concurrency: int = 16,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be at least 1, got {concurrency}")
        self.model = model
        self.concurrency = concurrency
        self._turns = asyncio.Semaphore(concurrency)
        self.embedding_model = embedding_model
        self._http = httpx.AsyncClient(
            timeout=timeout,
            transport=transport,
            limits=httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency),
        )
        self._client = openai.AsyncOpenAI(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            # The SDK's types name its own httpx fork; it accepts an httpx client as well.
            http_client=self._http,  # type: ignore[arg-type]
        )

    async def start(self) -> None:
        """Nothing to open: connections are made on first use and pooled."""

    async def close(self) -> None:
        await self._client.close()
        await self._http.aclose()

    async def analyse(self, feedback: FeedbackInput) -> FeedbackAnalysis:
        messages = [
            {"role": "system", "content": SYSTEM_PROMPT},
            {
                "role": "user",
                "content": user_message(
                    feedback.transcript, feedback.context, feedback.purchased_at
                ),
            },
        ]
        problem = ""
        used = [0, 0]  # prompt and completion tokens of every attempt: all of them are paid for
        for attempt in range(1, REPLY_ATTEMPTS + 1):
            began = time.perf_counter()
            completion = await self._complete(messages)
            took_ms = round((time.perf_counter() - began) * 1000)
            usage = completion.usage
            if usage is not None:
                used = [used[0] + usage.prompt_tokens, used[1] + usage.completion_tokens]
            log.info(
                "analysis attempt %d: %s, %s prompt + %s completion tokens, %d ms",
                attempt,
                completion.model,
                usage.prompt_tokens if usage else "?",
                usage.completion_tokens if usage else "?",
                took_ms,
            )
            try:
                return analysis_from_reply(
                    _content(completion),
                    analyzer=ANALYZER,
                    model_version=f"{completion.model or self.model}/{PROMPT_VERSION}",
                    prompt_tokens=used[0] if usage else None,
                    completion_tokens=used[1] if usage else None,
                )
            except InvalidReply as invalid:
                problem = str(invalid)
                log.warning("analysis attempt %d: invalid reply: %s", attempt, problem)
        raise AnalyzerError(
            f"{self.model} gave no valid analysis in {REPLY_ATTEMPTS} attempts: {problem}"
        )

    async def embed(self, texts: Sequence[str]) -> list[tuple[float, ...]]:
        vectors: list[tuple[float, ...]] = []
        for start in range(0, len(texts), EMBEDDING_BATCH):
            batch = [
                text if text.strip() else _BLANK for text in texts[start : start + EMBEDDING_BATCH]
            ]
            try:
                async with self._turns:
                    reply = await self._client.embeddings.create(
                        model=self.embedding_model, input=batch, encoding_format="float"
                    )
            except openai.APIError as error:
                raise AnalyzerError(_explain("embeddings", error)) from None
            ordered = sorted(reply.data, key=lambda item: item.index)
            if [item.index for item in ordered] != list(range(len(batch))):
                raise AnalyzerError(
                    f"the embeddings reply has {len(ordered)} vectors for {len(batch)} texts"
                )
            vectors.extend(tuple(float(value) for value in item.embedding) for item in ordered)
        return vectors

    async def _complete(self, messages: list[dict[str, str]]) -> Any:
        try:
            async with self._turns:
                return await self._client.chat.completions.create(  # type: ignore[call-overload]
                    model=self.model,
                    messages=messages,
                    response_format=response_format(),
                    temperature=0,
                )
        except openai.APIError as error:
            raise AnalyzerError(_explain("analysis", error)) from None


def _content(completion: Any) -> str | None:
    """The reply's JSON text; a refusal or a cut-off reply is an invalid reply."""
    if not completion.choices:
        raise InvalidReply("the reply has no choices")
    choice = completion.choices[0]
    if getattr(choice.message, "refusal", None):
        raise InvalidReply(f"the model refused: {choice.message.refusal}")
    if choice.finish_reason == "length":
        raise InvalidReply("the reply was cut off at the token limit")
    content: str | None = choice.message.content
    return content


def _explain(what: str, error: openai.APIError) -> str:
    """The provider's own message, after the SDK's retries; never the request's content."""
    if isinstance(error, openai.APITimeoutError):
        return f"OpenAI {what} request timed out"
    if isinstance(error, openai.APIConnectionError):
        return f"OpenAI could not be reached for {what}"
    if isinstance(error, openai.APIStatusError):
        return f"OpenAI refused the {what} request ({error.status_code}): {error.message}"
    return f"OpenAI {what} request failed: {error.message}"
