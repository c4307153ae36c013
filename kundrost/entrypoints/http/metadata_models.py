"""The `analysis_metadata` of an assessment on the wire — who graded it, what it cost, the
rubric features the scores were computed from — and the summed usage of metrics and reports."""

from __future__ import annotations

from typing import Annotated

import msgspec

from kundrost.domain.analysis_cost import AnalysisUsage
from kundrost.domain.assessment import AnalysisMetadata
from kundrost.domain.rubric import Reach, Rubric, Stakes

Count = Annotated[int, msgspec.Meta(ge=0)]


class RubricBody(msgspec.Struct):
    """What the analyzer counted in the customer's words; the scores follow from it by one
    rule for every analyzer (docs/analyzer.md, "The rubric")."""

    observations: Count
    specific_observations: Count
    located_observations: Count
    timed_observations: Count
    causes: Count
    suggestions: Count
    problems: Count
    reach: Reach
    stakes: Stakes
    generic_statements: Count
    padding_share: Annotated[float, msgspec.Meta(ge=0, le=1)]
    reward_request: bool
    off_store_observations: Count
    empty_mentions: Count


class AnalysisMetadataBody(msgspec.Struct):
    """`prompt_tokens` and `completion_tokens` are what the model reported (null for the
    offline analyzer), `cost_usd` their price in US dollars at the configured rates."""

    analyzer: str
    model_version: str
    analysis_duration_ms: int
    prompt_tokens: Count | None = None
    completion_tokens: Count | None = None
    cost_usd: Annotated[float, msgspec.Meta(ge=0, examples=[0.000241])] | None = None
    rubric: RubricBody | None = None


class AnalysisUsageBody(msgspec.Struct):
    """The language model's tokens and their cost in US dollars, summed (0 for the offline
    analyzer, which uses none)."""

    prompt_tokens: Count
    completion_tokens: Count
    cost_usd: Annotated[float, msgspec.Meta(ge=0, examples=[0.84])]


def usage_body(usage: AnalysisUsage) -> AnalysisUsageBody:
    return AnalysisUsageBody(
        prompt_tokens=usage.prompt_tokens,
        completion_tokens=usage.completion_tokens,
        cost_usd=float(usage.cost_usd),
    )


def rubric_body(rubric: Rubric) -> RubricBody:
    return RubricBody(
        observations=rubric.observations,
        specific_observations=rubric.specific_observations,
        located_observations=rubric.located_observations,
        timed_observations=rubric.timed_observations,
        causes=rubric.causes,
        suggestions=rubric.suggestions,
        problems=rubric.problems,
        reach=rubric.reach,
        stakes=rubric.stakes,
        generic_statements=rubric.generic_statements,
        padding_share=float(rubric.padding_share),
        reward_request=rubric.reward_request,
        off_store_observations=rubric.off_store_observations,
        empty_mentions=rubric.empty_mentions,
    )


def metadata_body(metadata: AnalysisMetadata) -> AnalysisMetadataBody:
    return AnalysisMetadataBody(
        analyzer=metadata.analyzer,
        model_version=metadata.model_version,
        analysis_duration_ms=metadata.analysis_duration_ms,
        prompt_tokens=metadata.prompt_tokens,
        completion_tokens=metadata.completion_tokens,
        cost_usd=None if metadata.cost_usd is None else float(metadata.cost_usd),
        rubric=None if metadata.rubric is None else rubric_body(metadata.rubric),
    )
