"""FeedbackAnalyzer contract: what every adapter of ports.FeedbackAnalyzer must do.

Each adapter is listed by name in ANALYZERS; an adapter that needs a provider (OpenAI)
joins with its HTTP calls answered by respx, and the suite stays as it is.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Sequence
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kundrost.adapters.offline import OfflineFeedbackAnalyzer
from kundrost.domain.analysis import FeedbackAnalysis
from kundrost.domain.grading import GradingPolicy
from kundrost.domain.rubric import Rubric
from kundrost.ports.analyzer import FeedbackAnalyzer, FeedbackInput
from tests.adapters.openai.fake_openai import fake_openai_analyzer
from tests.unit.context_builders import a_business_context
from tests.unit.transcript_builders import a_swedish_transcript, with_customer_answers

ANALYZERS: dict[str, Callable[[], FeedbackAnalyzer]] = {
    "offline": OfflineFeedbackAnalyzer,
    "openai": fake_openai_analyzer,
}

each_analyzer = pytest.mark.parametrize("name", sorted(ANALYZERS))
SCORING = GradingPolicy()
"""The domain scores every analyzer's rubric by one rule."""

DETAILED = with_customer_answers(
    "Ja, det går bra.",
    "Surdegsbrödet i bageriet var nybakat och fortfarande varmt vid niotiden.",
    "Kön i kassan var lång, bara en kassa var öppen fast det var lunch.",
    "Jag önskar att ni öppnar en kassa till när det är lunchrusning.",
)
GENERIC = with_customer_answers("Ja.", "Det var bra.", "Nej, inget särskilt.", "Nej tack.")
VOCABULARY = (
    "brödet kassan kön personalen var bra dålig inte trevlig lång fräsch frukten mjölk "
    "jag önskar att ni borde fler kassor eftersom idag igår tio minuter kronor hej ja nej "
    "allt och men det är asdf qwerty elefant flygande 3 200 öh"
)
WORDS = VOCABULARY.split()


def analysed(name: str, feedback: FeedbackInput) -> FeedbackAnalysis:
    return asyncio.run(ANALYZERS[name]().analyse(feedback))


def cosine(first: Sequence[float], second: Sequence[float]) -> float:
    dot = sum(a * b for a, b in zip(first, second, strict=True))
    norms = math.sqrt(sum(a * a for a in first)) * math.sqrt(sum(b * b for b in second))
    return dot / norms if norms else 0.0


@each_analyzer
async def test_an_analysis_counts_the_rubric_that_the_domain_scores(name: str) -> None:
    analysis = await ANALYZERS[name]().analyse(FeedbackInput(DETAILED, a_business_context()))
    assert isinstance(analysis.rubric, Rubric)
    assert analysis.rubric.observations >= 1
    scores = SCORING.scores(analysis)
    for score in (scores.legitimacy, scores.depth, scores.usefulness):
        assert isinstance(score, Decimal)
        assert Decimal(0) <= score <= Decimal(1)


@each_analyzer
async def test_an_analyzer_names_itself_and_its_model(name: str) -> None:
    analysis = await ANALYZERS[name]().analyse(FeedbackInput(a_swedish_transcript()))
    assert analysis.analyzer == name
    assert analysis.model_version
    assert analysis.model_version != "unknown"


@each_analyzer
async def test_detailed_feedback_scores_above_generic_feedback(name: str) -> None:
    analyzer = ANALYZERS[name]()
    context = a_business_context()
    detailed = await analyzer.analyse(FeedbackInput(DETAILED, context))
    generic = await analyzer.analyse(FeedbackInput(GENERIC, context))
    more, less = SCORING.scores(detailed), SCORING.scores(generic)
    assert more.depth > less.depth
    assert more.usefulness > less.usefulness
    assert detailed.rubric.specific_observations > generic.rubric.specific_observations
    assert detailed.themes
    assert detailed.summary.strip()


@each_analyzer
async def test_the_same_feedback_gets_the_same_analysis(name: str) -> None:
    feedback = FeedbackInput(DETAILED, a_business_context())
    first = await ANALYZERS[name]().analyse(feedback)
    second = await ANALYZERS[name]().analyse(feedback)
    assert first == second


@each_analyzer
async def test_embed_gives_one_vector_per_text_all_of_one_length_in_order(name: str) -> None:
    texts = ["Kön i kassan var lång.", "Brödet var färskt.", "", "Personalen var trevlig."]
    analyzer = ANALYZERS[name]()
    vectors = await analyzer.embed(texts)
    assert len(vectors) == len(texts)
    assert len({len(vector) for vector in vectors}) == 1
    assert len(vectors[0]) > 0
    alone = await analyzer.embed([texts[1]])
    assert alone[0] == vectors[1]


@each_analyzer
async def test_similar_texts_are_closer_than_unrelated_ones(name: str) -> None:
    queue, queue_again, parking = await ANALYZERS[name]().embed(
        [
            "Det var alldeles för lång kö i kassan på lördagen.",
            "Kön i kassorna var väldigt lång i lördags.",
            "Parkeringsplatserna vid entrén är för smala för stora bilar.",
        ]
    )
    assert cosine(queue, queue_again) > cosine(queue, parking)


@each_analyzer
async def test_embedding_nothing_gives_no_vectors(name: str) -> None:
    assert await ANALYZERS[name]().embed([]) == []


@each_analyzer
@given(answers=st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=25), max_size=4))
def test_any_customer_speech_gets_a_valid_analysis(name: str, answers: list[list[str]]) -> None:
    transcript = with_customer_answers(*(" ".join(words) + "." for words in answers))
    analysis = analysed(name, FeedbackInput(transcript, a_business_context()))
    scores = SCORING.scores(analysis)
    assert Decimal(0) <= min(scores.legitimacy, scores.depth, scores.usefulness)
    assert max(scores.legitimacy, scores.depth, scores.usefulness) <= Decimal(1)
    assert all(Decimal(0) <= flag.confidence <= Decimal(1) for flag in analysis.content_flags)


@each_analyzer
@given(text=st.text(max_size=300))
def test_any_text_embeds_to_a_vector_of_the_common_length(name: str, text: str) -> None:
    analyzer = ANALYZERS[name]()
    [vector] = asyncio.run(analyzer.embed([text]))
    [reference] = asyncio.run(analyzer.embed(["kön i kassan"]))
    assert len(vector) == len(reference)
    assert all(math.isfinite(value) for value in vector)
