"""TranscriptRepository and AssessmentRepository contracts: one of each per call session."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
from attrs import evolve

from kundrost.domain.call_session import CallSession
from kundrost.domain.transcript import Transcript
from kundrost.domain.weekly_feedback import WeeklyFeedback
from kundrost.ports.errors import TranscriptAlreadyRecorded
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.storage_builders import (
    DAY,
    MINUTE,
    START,
    a_session,
    a_store,
    a_transcript_of,
    an_assessment_of,
)
from tests.adapters.storage_steps import UowFactory, committed, read, stored


async def recorded(new_uow: UowFactory, *transcripts: Transcript) -> None:
    async def add(uow: UnitOfWork) -> None:
        for transcript in transcripts:
            await uow.transcripts.add(transcript)

    await committed(new_uow, add)


async def sessions_with_transcripts(new_uow: UowFactory, count: int) -> list[CallSession]:
    sessions = [a_session() for _ in range(count)]
    await stored(new_uow, *sessions)
    return sessions


async def test_a_recorded_transcript_reads_back_equal(new_uow: UowFactory) -> None:
    [session] = await sessions_with_transcripts(new_uow, 1)
    transcript = a_transcript_of(session.id)
    await recorded(new_uow, transcript)
    assert await read(new_uow, lambda uow: uow.transcripts.for_session(session.id)) == transcript


async def test_a_second_transcript_for_a_session_is_refused(new_uow: UowFactory) -> None:
    [session] = await sessions_with_transcripts(new_uow, 1)
    await recorded(new_uow, a_transcript_of(session.id))
    async with new_uow() as uow:
        with pytest.raises(TranscriptAlreadyRecorded):
            await uow.transcripts.add(a_transcript_of(session.id))


async def test_of_two_racing_transcripts_for_a_session_exactly_one_is_recorded(
    new_uow: UowFactory,
) -> None:
    [session] = await sessions_with_transcripts(new_uow, 1)
    both_added = asyncio.Barrier(2)

    async def record() -> None:
        async with new_uow() as uow:
            await uow.transcripts.add(a_transcript_of(session.id))
            await both_added.wait()
            await uow.commit()

    outcomes = await asyncio.gather(record(), record(), return_exceptions=True)
    assert sorted(type(o).__name__ for o in outcomes) == ["NoneType", "TranscriptAlreadyRecorded"]


async def test_deleting_a_transcript_says_whether_there_was_one(new_uow: UowFactory) -> None:
    [session] = await sessions_with_transcripts(new_uow, 1)
    await recorded(new_uow, a_transcript_of(session.id))
    async with new_uow() as uow:
        assert await uow.transcripts.delete_for_session(session.id) is True
        assert await uow.transcripts.delete_for_session(session.id) is False
        await uow.commit()
    assert await read(new_uow, lambda uow: uow.transcripts.for_session(session.id)) is None


async def test_sessions_with_transcripts_are_listed_in_id_order_page_by_page(
    new_uow: UowFactory,
) -> None:
    sessions = await sessions_with_transcripts(new_uow, 5)
    await recorded(new_uow, *(a_transcript_of(s.id) for s in sessions[:4]))
    expected = sorted(s.id for s in sessions[:4])
    first_page = await read(new_uow, lambda uow: uow.transcripts.session_ids(limit=3))
    rest = await read(new_uow, lambda uow: uow.transcripts.session_ids(after=first_page[-1]))
    assert first_page == expected[:3]
    assert rest == expected[3:]


async def test_a_stored_assessment_reads_back_by_id_and_by_session(new_uow: UowFactory) -> None:
    session = a_session()
    assessment = an_assessment_of(session)
    await committed(new_uow, lambda uow: uow.assessments.put(assessment))
    assert await read(new_uow, lambda uow: uow.assessments.get(assessment.id)) == assessment
    assert await read(new_uow, lambda uow: uow.assessments.for_session(session.id)) == assessment


async def test_a_later_assessment_of_a_session_replaces_the_earlier_one(
    new_uow: UowFactory,
) -> None:
    session = a_session()
    first = an_assessment_of(session)
    second = an_assessment_of(session, START + MINUTE)
    await committed(new_uow, lambda uow: uow.assessments.put(first))
    await committed(new_uow, lambda uow: uow.assessments.put(second))
    assert await read(new_uow, lambda uow: uow.assessments.for_session(session.id)) == second
    assert await read(new_uow, lambda uow: uow.assessments.get(first.id)) is None


async def test_assessments_put_at_once_read_back_as_put_one_by_one(new_uow: UowFactory) -> None:
    one, two, again = a_session(), a_session(), a_session()
    replaced = an_assessment_of(again)
    await committed(new_uow, lambda uow: uow.assessments.put(replaced))
    batch = [an_assessment_of(one), an_assessment_of(two), an_assessment_of(again, START + MINUTE)]
    await committed(new_uow, lambda uow: uow.assessments.put_many(batch))
    found = await read(
        new_uow, lambda uow: uow.assessments.for_sessions([one.id, two.id, again.id])
    )
    assert found == {assessment.call_session_id: assessment for assessment in batch}
    assert await read(new_uow, lambda uow: uow.assessments.get(replaced.id)) is None


async def test_assessments_for_sessions_maps_the_sessions_that_have_one(
    new_uow: UowFactory,
) -> None:
    graded, ungraded = a_session(), a_session()
    assessment = an_assessment_of(graded)
    await committed(new_uow, lambda uow: uow.assessments.put(assessment))
    found = await read(new_uow, lambda uow: uow.assessments.for_sessions([graded.id, ungraded.id]))
    assert found == {graded.id: assessment}


async def test_assessments_between_are_half_open_oldest_first_and_by_store(
    new_uow: UowFactory,
) -> None:
    mine = a_store()
    end = START + DAY
    made = {
        "before": an_assessment_of(a_session(store_id=mine), START - MINUTE),
        "start": an_assessment_of(a_session(store_id=mine), START),
        "inside": an_assessment_of(a_session(store_id=mine), end - MINUTE),
        "end": an_assessment_of(a_session(store_id=mine), end),
        "elsewhere": an_assessment_of(a_session(), START + MINUTE),
    }

    async def put_all(uow: UnitOfWork) -> None:
        for assessment in made.values():
            await uow.assessments.put(assessment)

    await committed(new_uow, put_all)
    assert await read(new_uow, lambda uow: uow.assessments.between(START, end, store_id=mine)) == [
        made["start"],
        made["inside"],
    ]
    assert await read(new_uow, lambda uow: uow.assessments.between(START, end)) == [
        made["start"],
        made["elsewhere"],
        made["inside"],
    ]


async def test_weekly_feedback_is_what_a_report_sees_of_each_assessment_of_the_store(
    new_uow: UowFactory,
) -> None:
    mine = a_store()
    end = START + DAY
    priced = an_assessment_of(a_session(store_id=mine), START + MINUTE)
    priced = evolve(
        priced,
        analysis_metadata=evolve(
            priced.analysis_metadata,
            prompt_tokens=812,
            completion_tokens=240,
            cost_usd=Decimal("0.000266"),
        ),
    )
    made = [
        an_assessment_of(a_session(store_id=mine), START),
        priced,
        an_assessment_of(a_session(store_id=mine), START + 2 * MINUTE).anonymised(),
        an_assessment_of(a_session(store_id=mine), end),
        an_assessment_of(a_session(), START + MINUTE),
    ]

    async def put_all(uow: UnitOfWork) -> None:
        for assessment in made:
            await uow.assessments.put(assessment)

    await committed(new_uow, put_all)
    found = await read(
        new_uow, lambda uow: uow.assessments.weekly_feedback(START, end, store_id=mine)
    )
    assert found == [WeeklyFeedback.from_assessment(a) for a in made[:3]]
    assert found[0].quotes[0]
    assert found[1].usage.cost_usd == Decimal("0.000266")


async def test_a_turn_cut_off_by_the_other_speaker_reads_back_marked(new_uow: UowFactory) -> None:
    [session] = await sessions_with_transcripts(new_uow, 1)
    transcript = a_transcript_of(session.id)
    first, *rest = transcript.messages
    cut = evolve(transcript, messages=(evolve(first, interrupted=True), *rest))
    await recorded(new_uow, cut)
    found = await read(new_uow, lambda uow: uow.transcripts.for_session(session.id))
    assert found == cut
    assert found is not None
    assert [m.interrupted for m in found.messages] == [True] + [False] * len(rest)
