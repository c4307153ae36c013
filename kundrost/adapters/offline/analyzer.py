"""OfflineFeedbackAnalyzer: the FeedbackAnalyzer port by deterministic Swedish heuristics.

No network, no model, no randomness: the same transcript and context always give the same
analysis. Only the customer's turns are read. The rubric's features (`features`), which
the domain scores; themes and items (`themes`, `items`), flags (`flags`) and an extractive
summary (`summary`). docs/analyzer.md explains the cues and the limits.
"""

from __future__ import annotations

from collections.abc import Sequence

from kundrost.adapters.offline.departments import store_departments
from kundrost.adapters.offline.echo import echo_words
from kundrost.adapters.offline.embedding import embed_text
from kundrost.adapters.offline.evidence import gather
from kundrost.adapters.offline.features import rubric
from kundrost.adapters.offline.flags import content_flags
from kundrost.adapters.offline.items import actionable_items
from kundrost.adapters.offline.reading import read
from kundrost.adapters.offline.summary import summarise
from kundrost.adapters.offline.themes import mentions, themes
from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.rubric import NOTHING_SAID
from kundrost.ports.analyzer import FeedbackInput

ANALYZER = "offline"
MODEL_VERSION = "offline-28"
_SILENT = "Kunden sa ingenting om besöket."


class OfflineFeedbackAnalyzer:
    """Reads one feedback in about a millisecond; holds only caches of per-store matchers."""

    async def analyse(self, feedback: FeedbackInput) -> FeedbackAnalysis:
        return self.analyse_now(feedback)

    async def embed(self, texts: Sequence[str]) -> list[tuple[float, ...]]:
        return [embed_text(text) for text in texts]

    def analyse_now(self, feedback: FeedbackInput) -> FeedbackAnalysis:
        """The same analysis as `analyse`, for callers outside an event loop."""
        context = feedback.context
        store = store_departments(context.departments if context else ())
        reading = read(feedback.transcript)
        if not reading.tokens:
            return FeedbackAnalysis(
                NOTHING_SAID, summary=_SILENT, analyzer=ANALYZER, model_version=MODEL_VERSION
            )
        echo = echo_words(
            (m.content for m in feedback.transcript.ai_messages()[1:]),
            (q.question for q in context.question_configuration) if context else (),
            (c.name for c in context.current_campaigns) if context else (),
        )
        evidence = gather(reading, store, context.store_name if context else None, echo)
        features = rubric(evidence)
        visit = feedback.purchased_at or feedback.transcript.recorded_at
        flags = content_flags(evidence, store, features, context, visit)
        found = mentions(evidence, store)
        found_themes = themes(evidence, found)
        return FeedbackAnalysis(
            rubric=features,
            themes=found_themes,
            actionable_items=actionable_items(evidence, found),
            content_flags=flags,
            summary=summarise(evidence, found_themes),
            analyzer=ANALYZER,
            model_version=MODEL_VERSION,
        )
