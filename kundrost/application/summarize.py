"""Summarize: a qualifying feedback's summary, insights and actions, at the length asked for."""

from __future__ import annotations

import re
from enum import StrEnum

from attrs import frozen

from kundrost.domain.analysis import ActionableItem, Theme
from kundrost.domain.errors import InvalidValue, NotQualifying
from kundrost.domain.ids import CallSessionId
from kundrost.ports.errors import NotFound
from kundrost.ports.unit_of_work import UnitOfWorkFactory

ELLIPSIS = "…"
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[\"'“”«(]?[A-ZÅÄÖÉÜ])")
"""A sentence ends at . ! ? or … before a capital, so "kl. 17" or "t.ex. bröd" stay whole."""


class SummaryLength(StrEnum):
    BRIEF = "brief"
    STANDARD = "standard"
    DETAILED = "detailed"


_MAX_CHARACTERS: dict[SummaryLength, int | None] = {
    SummaryLength.BRIEF: 160,
    SummaryLength.STANDARD: 400,
    SummaryLength.DETAILED: None,
}
_MAX_INSIGHTS: dict[SummaryLength, int | None] = {
    SummaryLength.BRIEF: 2,
    SummaryLength.STANDARD: 3,
    SummaryLength.DETAILED: None,
}


@frozen
class FeedbackSummary:
    summary_text: str
    key_insights: tuple[str, ...]
    actionable_items: tuple[ActionableItem, ...]


def summary_length(value: str | SummaryLength) -> SummaryLength:
    try:
        return SummaryLength(value)
    except ValueError as error:
        allowed = ", ".join(SummaryLength)
        raise InvalidValue("target_length", f"must be one of {allowed}") from error


def shortened(text: str, limit: int | None) -> str:
    """Whole sentences from the start while they fit in `limit` characters; a first sentence
    longer than that is cut after its last whole word that fits, and ends with "…" (a
    single word longer than the limit is kept whole rather than cut)."""
    text = " ".join(text.split())
    if limit is None or len(text) <= limit:
        return text
    kept = ""
    for sentence in _SENTENCE_END.split(text):
        longer = f"{kept} {sentence}" if kept else sentence
        if len(longer) > limit:
            break
        kept = longer
    if kept:
        return kept
    cut = text[:limit]
    head = cut[: cut.rfind(" ")].rstrip(" ,;:–-") if " " in cut else text.split(" ", 1)[0]
    return f"{head}{ELLIPSIS}"


def insight(theme: Theme) -> str:
    """What was talked about, how it felt and where: "Kö i kassan (negative, Kassan)"."""
    where = f", {theme.department}" if theme.department else ""
    return f"{theme.label} ({theme.sentiment.value}{where})"


@frozen
class Summarize:
    """The stored summary of a qualifying feedback: `brief` is its opening sentence(s) within
    160 characters with up to 2 insights, `standard` within 400 with up to 3, `detailed` all
    of it. Text is cut between sentences, or between words, never inside a word.

    Only qualifying feedback keeps content; once it is gone (not qualifying, or anonymised
    after the retention period) there is nothing to summarise: `NotQualifying`.
    """

    new_uow: UnitOfWorkFactory

    async def __call__(
        self, session_id: CallSessionId, target_length: str | SummaryLength = SummaryLength.STANDARD
    ) -> FeedbackSummary:
        length = summary_length(target_length)
        async with self.new_uow() as uow:
            assessment = await uow.assessments.for_session(session_id)
        if assessment is None:
            raise NotFound("assessment", session_id)
        if not assessment.qualifies or assessment.content_deleted or assessment.is_anonymised:
            raise NotQualifying(
                "the feedback did not qualify or its content is gone",
                call_session_id=str(session_id),
                qualifies=assessment.qualifies,
            )
        insights = tuple(insight(theme) for theme in assessment.themes)
        return FeedbackSummary(
            summary_text=shortened(assessment.summary or "", _MAX_CHARACTERS[length]),
            key_insights=insights[: _MAX_INSIGHTS[length]],
            actionable_items=assessment.actionable_items,
        )
