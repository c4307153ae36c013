"""Summaries of qualifying feedback at three lengths, cut between sentences or words."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kundrost.adapters.system import ManualClock
from kundrost.application.cleanup import Cleanup
from kundrost.application.request_analysis import RequestAnalysis
from kundrost.application.run_analysis import RunAnalysis
from kundrost.application.summarize import ELLIPSIS, Summarize, shortened
from kundrost.domain.analysis import Category, Sentiment
from kundrost.domain.call_session import CallSession
from kundrost.domain.errors import InvalidValue, NotQualifying
from kundrost.ports.errors import NotFound
from tests.application.analysis.builders import Calls
from tests.application.analysis.doubles import ScriptedAnalyzer
from tests.unit.grading_builders import a_low_grade_analysis, a_theme, an_analysis

SENTENCES = (
    "Kunden berömde köttdisken och personalens kunskap om styckdetaljer.",
    "Kön i kassan vid femtiden var lång eftersom bara en kassa var öppen.",
    "Bageriets surdegsbröd beskrevs som riktigt gott, men bananerna var omogna.",
    "Kunden föreslog fler skyltar vid torrvarorna, t.ex. vid havregrynen.",
    "Självscanningen krånglade två gånger under besöket kl. 17.",
    "Kunden handlar i butiken varje vecka och är på det hela taget nöjd.",
)
LONG_SUMMARY = " ".join(SENTENCES)
THEMES = (
    a_theme(),
    a_theme("Kassan", label="Kö i kassan", sentiment=Sentiment.NEGATIVE),
    a_theme("Bageriet", label="Surdegsbröd", category=Category.PRODUCT),
    a_theme(None, label="Skyltning", sentiment=Sentiment.NEUTRAL, category=Category.ENVIRONMENT),
)


@pytest.fixture
async def analysed(
    calls: Calls,
    analyzer: ScriptedAnalyzer,
    request_analysis: RequestAnalysis,
    run_analysis: RunAnalysis,
) -> CallSession:
    analyzer.answers(an_analysis(summary=LONG_SUMMARY, themes=THEMES))
    session = await calls.recorded()
    await run_analysis((await request_analysis(session.id)).id)
    return session


async def test_a_brief_summary_is_its_opening_sentences_within_160_characters(
    analysed: CallSession, summarize: Summarize
) -> None:
    summary = await summarize(analysed.id, "brief")

    assert summary.summary_text == f"{SENTENCES[0]} {SENTENCES[1]}"
    assert len(summary.summary_text) <= 160
    assert summary.key_insights == (
        "Köttdisken (positive, Kött)",
        "Kö i kassan (negative, Kassan)",
    )


async def test_a_standard_summary_keeps_whole_sentences_within_400_characters(
    analysed: CallSession, summarize: Summarize
) -> None:
    summary = await summarize(analysed.id)

    assert summary.summary_text == " ".join(SENTENCES[:5])
    assert len(summary.summary_text) <= 400
    assert len(summary.key_insights) == 3


async def test_a_detailed_summary_is_all_of_it_with_every_insight_and_action(
    analysed: CallSession, summarize: Summarize
) -> None:
    summary = await summarize(analysed.id, "detailed")

    assert summary.summary_text == LONG_SUMMARY
    assert summary.key_insights[-1] == "Skyltning (neutral)"
    assert len(summary.key_insights) == len(THEMES)
    assert summary.actionable_items == an_analysis().actionable_items


async def test_an_unknown_length_is_refused(analysed: CallSession, summarize: Summarize) -> None:
    with pytest.raises(InvalidValue) as refused:
        await summarize(analysed.id, "epic")
    assert refused.value.code == "INVALID_VALUE"
    assert refused.value.field == "target_length"


async def test_a_call_without_an_assessment_is_not_found(
    calls: Calls, summarize: Summarize
) -> None:
    session = await calls.recorded()

    with pytest.raises(NotFound) as refused:
        await summarize(session.id)
    assert refused.value.code == "NOT_FOUND"


async def test_low_grade_feedback_has_nothing_to_summarise(
    calls: Calls,
    analyzer: ScriptedAnalyzer,
    request_analysis: RequestAnalysis,
    run_analysis: RunAnalysis,
    summarize: Summarize,
) -> None:
    analyzer.answers(a_low_grade_analysis())
    session = await calls.recorded()
    await run_analysis((await request_analysis(session.id)).id)

    with pytest.raises(NotQualifying) as refused:
        await summarize(session.id)
    assert refused.value.code == "NOT_QUALIFYING"


async def test_a_summary_anonymised_by_retention_is_gone(
    analysed: CallSession, summarize: Summarize, cleanup: Cleanup, clock: ManualClock
) -> None:
    clock.advance(timedelta(days=91))
    await cleanup()

    with pytest.raises(NotQualifying) as refused:
        await summarize(analysed.id, "detailed")
    assert refused.value.code == "NOT_QUALIFYING"


def test_a_first_sentence_too_long_is_cut_after_a_whole_word() -> None:
    text = "Kunden " + "tyckte mycket om " * 20 + "köttdisken."

    short = shortened(text, 60)

    assert short == "Kunden tyckte mycket om tyckte mycket om tyckte mycket om…"
    assert len(short) <= 60


prose = st.lists(st.text(alphabet="abcåäö", min_size=1, max_size=12), min_size=1, max_size=60).map(
    " ".join
)


@given(text=prose, limit=st.integers(min_value=13, max_value=400))
def test_a_shortened_text_fits_and_is_made_of_the_texts_own_words(text: str, limit: int) -> None:
    short = shortened(text, limit)

    assert len(short) <= limit
    kept = short.removesuffix(ELLIPSIS).split()
    assert kept == text.split()[: len(kept)]
    assert short == text or short.endswith(ELLIPSIS)
