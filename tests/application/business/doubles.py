"""Test doubles for business analysis: a bag-of-concepts embedder and a unit of work whose
commit takes a turn of the event loop, as a database round trip does."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from kundrost.adapters.memory import MemoryUnitOfWork
from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.similarity import words
from kundrost.ports.analyzer import AnalyzerError, FeedbackInput

CONCEPTS: dict[str, tuple[str, ...]] = {
    "bakery": ("bröd", "bageri", "surdeg", "bulle", "bullar", "kanelbull", "bakverk", "limpa"),
    "queue": ("kö", "kön", "köer", "kassa", "kassor", "vänta", "väntetid"),
    "meat": ("kött", "chark", "entrecôte", "fläsk"),
    "staff": ("personal", "hjälpsam", "trevlig", "bemötande"),
    "cleaning": ("städ", "smuts", "golv"),
}
"""Stems of four letters or more match any word they begin; shorter ones only themselves."""


def _concept_of(word: str, stem: str) -> bool:
    return word == stem or (len(stem) >= 4 and word.startswith(stem))


class ConceptEmbedder:
    """`FeedbackAnalyzer` that only embeds: one dimension per concept, counting the words of
    the text that name it, so texts about the same thing have a cosine near 1 whatever their
    wording, and unrelated ones 0. Analysing is refused, as the port allows."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    async def analyse(self, feedback: FeedbackInput) -> FeedbackAnalysis:
        raise AnalyzerError("this analyzer only embeds")

    async def embed(self, texts: Sequence[str]) -> list[tuple[float, ...]]:
        self.calls.append(len(texts))
        return [
            tuple(
                float(sum(any(_concept_of(w, s) for s in stems) for w in words(text)))
                for stems in CONCEPTS.values()
            )
            for text in texts
        ]


class UnreachableEmbedder:
    """`FeedbackAnalyzer` whose service cannot be reached."""

    async def analyse(self, feedback: FeedbackInput) -> FeedbackAnalysis:
        raise AnalyzerError("analyzer unreachable")

    async def embed(self, texts: Sequence[str]) -> list[tuple[float, ...]]:
        raise AnalyzerError("analyzer unreachable")


class InterleavingUnitOfWork(MemoryUnitOfWork):
    """Commits after one turn of the event loop, so use cases run with `asyncio.gather` all
    read before any of them commits: the race a database sees, not one task after another."""

    async def commit(self) -> None:
        await asyncio.sleep(0)
        await super().commit()
