"""FeedbackAnalyzer: reads one conversation and says what the customer told the store."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from attrs import field, frozen

from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.transcript import Transcript
from kundrost.domain.validation import aware


@frozen
class FeedbackInput:
    """What an analyzer reads: the conversation, the store's context when it has one (its
    departments, facts and hours are what impossible claims are judged against), and when
    the verified purchase was made (the visit the customer tells of)."""

    transcript: Transcript
    context: BusinessContext | None = None
    purchased_at: datetime | None = field(default=None, validator=aware)


class FeedbackAnalyzer(Protocol):
    """Contract: `analyse` makes one pass over one feedback and returns the rubric's
    features (`domain.rubric`), themes, actionable items, content flags and a summary; it
    applies no rule (scores, fraud and grading are the domain's); it names itself in
    `analyzer` and `model_version`. It raises `AnalyzerError` when it cannot answer, never a
    made-up analysis.
    `embed` returns one vector per text, all of one length, in the texts' order; similar
    texts have a higher cosine similarity than unrelated ones.
    """

    async def analyse(self, feedback: FeedbackInput) -> FeedbackAnalysis: ...

    async def embed(self, texts: Sequence[str]) -> list[tuple[float, ...]]: ...


class AnalyzerError(Exception):
    """The analyzer could not read this feedback (unreachable, refused, malformed answer)."""
