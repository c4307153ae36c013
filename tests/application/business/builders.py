"""Builders for business-analysis tests: graded feedback at ICA Kvantum Sollentuna, stored."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from attrs import evolve

from kundrost.domain.analysis import ActionableItem, Theme
from kundrost.domain.assessment import QualityAssessment
from kundrost.domain.business_context import BusinessContext
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus
from kundrost.domain.grading import GradingPolicy
from kundrost.domain.ids import AssessmentId, CallSessionId, StoreId
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.adapters.storage_builders import a_session
from tests.unit.grading_builders import (
    a_clean_verdict,
    a_generic_rubric,
    a_rubric,
    an_analysis,
    metadata,
)
from tests.unit.report_builders import STORE, next_id

CLEAN = a_clean_verdict()
SUMMARY = "Kunden var nöjd med besöket."


def an_assessment(
    when: datetime,
    *themes: Theme,
    items: Iterable[ActionableItem] = (),
    summary: str = SUMMARY,
    store: StoreId = STORE,
    low_grade: bool = False,
) -> QualityAssessment:
    """A graded feedback recorded at `when`; a low-grade one keeps no words."""
    analysis = an_analysis(
        rubric=a_generic_rubric() if low_grade else a_rubric(),
        themes=themes,
        actionable_items=tuple(items),
        summary=summary,
    )
    return QualityAssessment.record(
        AssessmentId(next_id()),
        CallSessionId(next_id()),
        store,
        analysis,
        CLEAN,
        GradingPolicy().grade(analysis, CLEAN),
        metadata(),
        when,
    )


def the_call_of(assessment: QualityAssessment) -> CallSession:
    """The completed call an assessment grades, still holding its words (a report quotes a
    call's words only while the call keeps them)."""
    call = a_session(CallStatus.COMPLETED, created_at=assessment.created_at - timedelta(hours=1))
    return evolve(call, id=assessment.call_session_id, store_id=assessment.store_id)


async def stored(new_uow: UnitOfWorkFactory, *assessments: QualityAssessment) -> None:
    """The assessments with their calls."""
    async with new_uow() as uow:
        for assessment in assessments:
            if await uow.sessions.get(assessment.call_session_id) is None:
                await uow.sessions.add(the_call_of(assessment))
            await uow.assessments.put(assessment)
        await uow.commit()


async def with_context(new_uow: UnitOfWorkFactory, context: BusinessContext) -> None:
    async with new_uow() as uow:
        await uow.contexts.put(context)
        await uow.commit()
