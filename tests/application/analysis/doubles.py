"""Test doubles for analysis: an analyzer that answers what the test scripted."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.ports.analyzer import AnalyzerError, FeedbackInput


class ScriptedAnalyzer:
    """`FeedbackAnalyzer` that answers every feedback with the analysis it was given, or
    raises the error it was told to; it records what it was asked to read, and runs
    `while_reading` (if set) before it answers, as a poller would look in meanwhile.
    Embedding is refused with `AnalyzerError`, as the port allows an analyzer that cannot
    answer."""

    def __init__(self, analysis: FeedbackAnalysis) -> None:
        self.analysis = analysis
        self.error: Exception | None = None
        self.read: list[FeedbackInput] = []
        self.while_reading: Callable[[], Awaitable[None]] | None = None

    def answers(self, analysis: FeedbackAnalysis) -> None:
        self.analysis, self.error = analysis, None

    def fails_with(self, error: Exception) -> None:
        self.error = error

    async def analyse(self, feedback: FeedbackInput) -> FeedbackAnalysis:
        self.read.append(feedback)
        if self.while_reading is not None:
            await self.while_reading()
        if self.error is not None:
            raise self.error
        return self.analysis

    async def embed(self, texts: Sequence[str]) -> list[tuple[float, ...]]:
        raise AnalyzerError("this analyzer only analyses")
