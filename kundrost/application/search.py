"""Searching a store's kept feedback: its summaries, theme labels with quotes, and actions."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo
from decimal import Decimal
from enum import StrEnum

from attrs import field, frozen

from kundrost.application.arguments import whole_number
from kundrost.application.search_scoring import (
    SearchPolicy,
    cosine,
    departments_named,
    lexical,
    terms,
)
from kundrost.application.store_time import INSTANT, moment
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import AssessmentId, StoreId
from kundrost.domain.similarity import words
from kundrost.domain.week import resolve_zone
from kundrost.ports.analyzer import AnalyzerError, FeedbackAnalyzer
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWorkFactory

MAX_LIMIT = 100


class HitKind(StrEnum):
    SUMMARY = "summary"
    THEME = "theme"
    ACTION = "action"


_KIND_ORDER = {kind: index for index, kind in enumerate(HitKind)}


@frozen
class SearchHit:
    """A matching piece of one assessment (`id`); `date` is its day in the store's zone."""

    kind: HitKind
    id: AssessmentId
    text: str
    score: Decimal
    date: date
    department: str | None


@frozen
class SearchResults:
    """The best hits, best first; `total_matches` counts every hit, before the limit."""

    results: tuple[SearchHit, ...]
    total_matches: int
    search_time_ms: int


@frozen
class _Entry:
    kind: HitKind
    assessment: QualityAssessment
    text: str
    department: str | None = None

    @property
    def meaning(self) -> str:
        """What is embedded and matched: the text with its department, part of its sense."""
        return f"{self.department}: {self.text}" if self.department else self.text


def _entries(assessment: QualityAssessment) -> list[_Entry]:
    """What an assessment keeps of the customer's words; never its transcript."""
    found = [_Entry(HitKind.SUMMARY, assessment, assessment.summary)] if assessment.summary else []
    for theme in assessment.themes:
        text = f"{theme.label}: {theme.quote}" if theme.quote else theme.label
        found.append(_Entry(HitKind.THEME, assessment, text, theme.department))
    for item in assessment.actionable_items:
        found.append(_Entry(HitKind.ACTION, assessment, item.description, item.department))
    return found


def _best_first(found: tuple[SearchHit, datetime]) -> tuple[Decimal, float, int, str]:
    """Highest score first, then the newest, then summaries before themes before actions."""
    hit, created_at = found
    return -hit.score, -created_at.timestamp(), _KIND_ORDER[hit.kind], hit.text


@frozen
class SearchFeedback:
    """Finds the store's kept feedback that matches `query`, in assessments created in
    `[start, end)` (dates: whole local days, `end` included; default: the last 90 days).
    Only qualifying feedback keeps words, and only until its call is cancelled or retention
    anonymises it: an anonymised assessment gives no hit at all, not even by its theme
    labels. The transcript is never searched. Scores follow `SearchPolicy`; equal scores
    list the newest first. A query may name a department by any name the store's context
    gives it (see `departments_named`). When the analyzer cannot embed, the search runs on
    words alone."""

    new_uow: UnitOfWorkFactory
    analyzer: FeedbackAnalyzer
    clock: Clock
    policy: SearchPolicy = field(factory=SearchPolicy)

    async def __call__(
        self,
        store_id: StoreId,
        query: str,
        *,
        start: date | datetime | None = None,
        end: date | datetime | None = None,
        limit: int = 20,
    ) -> SearchResults:
        began = self.clock.now()
        query_terms = self._terms(query)
        limit = whole_number("limit", limit, 1, MAX_LIMIT)
        async with self.new_uow() as uow:
            context = await uow.contexts.get(store_id)
            zone = resolve_zone(context.timezone if context else None)
            first, last = self._window(start, end, zone, began)
            assessments = await uow.assessments.between(first, last, store_id=store_id)
        named = departments_named(
            query_terms, context.departments if context else (), self.policy.min_prefix
        )
        corpus = [
            entry
            for a in assessments
            if a.qualifies and not a.is_anonymised
            for entry in _entries(a)
        ]
        similarity = await self._similarities(query, corpus)
        hits: list[tuple[SearchHit, datetime]] = []
        for entry in corpus:
            text_words = words(entry.meaning)
            covered = frozenset(
                term
                for department in named
                if department.concerns(entry.department, text_words, self.policy.min_prefix)
                for term in department.covers
            )
            overlap = lexical(query_terms, text_words, self.policy.min_prefix, covered)
            closeness = similarity.get(entry.meaning, Decimal(0))
            if self.policy.is_hit(overlap, closeness):
                hits.append(
                    (self._hit(entry, overlap, closeness, zone), entry.assessment.created_at)
                )
        hits.sort(key=_best_first)
        elapsed = (self.clock.now() - began) // timedelta(milliseconds=1)
        return SearchResults(tuple(hit for hit, _ in hits[:limit]), len(hits), elapsed)

    def _terms(self, query: str) -> tuple[str, ...]:
        if not isinstance(query, str) or not query.strip():
            raise InvalidValue("q", "must not be empty")
        if len(query) > self.policy.max_query_chars:
            raise InvalidValue("q", f"must be at most {self.policy.max_query_chars} characters")
        found = terms(query)
        if not found:
            raise InvalidValue("q", "must contain a word")
        return found

    def _window(
        self,
        start: date | datetime | None,
        end: date | datetime | None,
        zone: tzinfo,
        now: datetime,
    ) -> tuple[datetime, datetime]:
        last = now + INSTANT if end is None else moment("end_date", end, zone, end=True)
        first = last - self.policy.window if start is None else moment("start_date", start, zone)
        if first >= last:
            raise InvalidValue("start_date", "must be before end_date")
        return first, last

    async def _similarities(self, query: str, corpus: list[_Entry]) -> dict[str, Decimal]:
        """Cosine similarity of the query to each distinct text, embedded in one call."""
        texts = list(dict.fromkeys(entry.meaning for entry in corpus))
        if not texts:
            return {}
        try:
            query_vector, *vectors = await self.analyzer.embed([query, *texts])
        except AnalyzerError:
            return {}
        return {
            text: cosine(query_vector, vector) for text, vector in zip(texts, vectors, strict=True)
        }

    def _hit(self, entry: _Entry, overlap: Decimal, closeness: Decimal, zone: tzinfo) -> SearchHit:
        return SearchHit(
            kind=entry.kind,
            id=entry.assessment.id,
            text=entry.text,
            score=self.policy.score(overlap, closeness),
            date=entry.assessment.created_at.astimezone(zone).date(),
            department=entry.department,
        )
