"""The customer's words under contract: transcript signatures, report words keyed to their
calls, and everything derived from a call going with it (cancel, expiry)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from decimal import Decimal

from attrs import evolve

from kundrost.domain.analysis import Category
from kundrost.domain.call_session import CallSession
from kundrost.domain.call_status import CallStatus
from kundrost.domain.ids import CallSessionId, StoreId
from kundrost.domain.priority import Priority
from kundrost.domain.recommendations import Recommendation
from kundrost.domain.report_sections import IssueItem, TrendItem
from kundrost.domain.sample_quote import SampleQuote
from kundrost.domain.similarity import Signature, jaccard, similarity
from kundrost.domain.transcript import Transcript
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import WeeklyReport
from kundrost.ports.unit_of_work import UnitOfWork
from tests.adapters.storage_builders import (
    DAY,
    MINUTE,
    START,
    a_report_of,
    a_session,
    a_store,
    a_transcript_of,
    an_assessment_of,
)
from tests.adapters.storage_steps import UowFactory, committed, read, stored
from tests.unit.transcript_builders import a_message

WEEK = IsoWeek(2026, 10)
PRAISE = "Slaktaren skar upp en entrecôte åt mig och förklarade hur länge den skulle vila."
QUEUE = "Kön i kassan var lång vid lunch och bara en kassa var öppen hela tiden."
WISH = 'Önskemål om kö och väntetid: "Öppna en kassa till vid lunch."'


def saying(session: CallSession, words: str, recorded_at: datetime = START) -> Transcript:
    """A transcript in which the customer says `words` (and the agent asks one question)."""
    question = a_message("Vad tyckte du om besöket?", speaker=a_message().speaker.AI)
    answer = a_message(words, timestamp_ms=4000, message_order=1)
    return evolve(a_transcript_of(session.id, recorded_at), messages=(question, answer))


def transcript_of(
    session_id: CallSessionId,
) -> Callable[[UnitOfWork], Awaitable[Transcript | None]]:
    """The query for one session's transcript, bound to that session now (not in a loop)."""
    return lambda uow: uow.transcripts.for_session(session_id)


def signature_of(session_id: CallSessionId) -> Callable[[UnitOfWork], Awaitable[Signature | None]]:
    """The query for one session's stored signature, bound to that session now."""
    return lambda uow: uow.transcripts.signature(session_id)


async def calls_of(new_uow: UowFactory, store: StoreId, count: int) -> list[CallSession]:
    calls = [evolve(a_session(CallStatus.COMPLETED), store_id=store) for _ in range(count)]
    await stored(new_uow, *calls)
    return calls


async def recorded(new_uow: UowFactory, *transcripts: Transcript) -> None:
    async def add(uow: UnitOfWork) -> None:
        for transcript in transcripts:
            await uow.transcripts.add(transcript)

    await committed(new_uow, add)


def a_quoting_report(store: StoreId, first: CallSession, second: CallSession) -> WeeklyReport:
    """A report quoting both calls, with a recommendation worded by the first."""
    issue = IssueItem(
        "Kö och väntetid",
        Category.SERVICE,
        "Kassa",
        2,
        Priority.HIGH,
        [SampleQuote(QUEUE, first.id), SampleQuote("Långa köer.", second.id)],
    )
    praise = TrendItem("Bemötande", Category.STAFF, "Chark", 2, [SampleQuote(PRAISE, second.id)])
    worded = Recommendation(
        Category.SERVICE, WISH, Priority.HIGH, "Kassa", 2, START, Decimal("0.8"), source=first.id
    )
    return evolve(
        a_report_of(store, WEEK),
        positive_trends=[praise],
        negative_issues=[issue],
        new_issues=[issue],
        actionable_recommendations=[worded],
    )


# --- signatures -------------------------------------------------------------------------


async def test_a_store_reads_its_own_newest_signatures_in_the_window_only(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    before, at_since, later, latest = await calls_of(new_uow, store, 4)
    [elsewhere] = await calls_of(new_uow, a_store(), 1)
    texts = [f"{QUEUE} Det hände för {n} veckor sedan." for n in range(5)]
    await recorded(
        new_uow,
        *(
            saying(call, text, START + MINUTE * offset)
            for call, text, offset in zip(
                (before, at_since, later, latest, elsewhere), texts, (-1, 0, 1, 2, 1), strict=True
            )
        ),
    )

    async def signatures(uow: UnitOfWork) -> list[object]:
        return [await uow.transcripts.signature(c.id) for c in (latest, later, at_since)]

    newest_first = await read(new_uow, signatures)
    found = await read(new_uow, lambda uow: uow.transcripts.signatures_since(store, START))
    assert found == newest_first
    assert (
        await read(new_uow, lambda uow: uow.transcripts.signatures_since(store, START, limit=1))
        == newest_first[:1]
    )
    assert (
        await read(
            new_uow,
            lambda uow: uow.transcripts.signatures_since(store, START, excluding=latest.id),
        )
        == newest_first[1:]
    )


async def test_signatures_since_keeps_the_sizes_asked_for_among_the_newest_limit(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    short, long, longer = await calls_of(new_uow, store, 3)
    texts = {short: QUEUE, long: f"{QUEUE} {PRAISE}", longer: f"{QUEUE} {PRAISE} {PRAISE}"}
    await recorded(
        new_uow,
        *(saying(call, text, START + MINUTE * n) for n, (call, text) in enumerate(texts.items())),
    )

    async def sizes(uow: UnitOfWork) -> list[int]:
        found = [await uow.transcripts.signature(c.id) for c in (longer, long, short)]
        return [len(s or ()) for s in found]

    newest_first = await read(new_uow, sizes)
    assert newest_first[0] > newest_first[1] > newest_first[2]

    async def kept(size_range: tuple[int, int | None], limit: int = 1000) -> list[int]:
        found = await read(
            new_uow,
            lambda uow: uow.transcripts.signatures_since(
                store, START, limit=limit, sizes=size_range
            ),
        )
        return [len(s) for s in found]

    assert await kept((newest_first[1], None)) == newest_first[:2]
    assert await kept((0, newest_first[1])) == newest_first[1:]
    assert await kept((newest_first[1], newest_first[1])) == [newest_first[1]]
    assert await kept((0, newest_first[2]), limit=2) == []


async def test_two_signatures_are_exactly_as_alike_as_the_customers_words(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    original, copy, edited, other = await calls_of(new_uow, store, 4)
    words = {
        original: QUEUE,
        copy: QUEUE.upper().replace(".", "!"),
        edited: QUEUE.replace("hela tiden", "hela förmiddagen"),
        other: PRAISE,
    }
    await recorded(new_uow, *(saying(call, text) for call, text in words.items()))

    async def signature_of(call: CallSession) -> frozenset[int]:
        found = await read(new_uow, lambda uow: uow.transcripts.signature(call.id))
        assert found
        return found

    own = await signature_of(original)
    for call in (copy, edited, other):
        assert jaccard(own, await signature_of(call)) == similarity(QUEUE, words[call])
    assert jaccard(own, await signature_of(edited)) < 1


async def test_a_signature_goes_with_its_transcript(new_uow: UowFactory) -> None:
    store = a_store()
    [call] = await calls_of(new_uow, store, 1)
    await recorded(new_uow, saying(call, QUEUE))
    await committed(new_uow, lambda uow: uow.transcripts.delete_for_session(call.id))
    assert await read(new_uow, lambda uow: uow.transcripts.signature(call.id)) is None
    assert await read(new_uow, lambda uow: uow.transcripts.signatures_since(store, START)) == []


# --- report words -----------------------------------------------------------------------


async def test_a_report_with_its_customers_words_reads_back_equal(new_uow: UowFactory) -> None:
    store = a_store()
    first, second = await calls_of(new_uow, store, 2)
    report = a_quoting_report(store, first, second)
    await committed(new_uow, lambda uow: uow.reports.add(report))
    assert await read(new_uow, lambda uow: uow.reports.get(report.id)) == report
    assert await read(new_uow, lambda uow: uow.reports.for_week(store, WEEK)) == report


async def test_erasing_a_calls_words_leaves_the_report_and_the_other_calls_words(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    first, second = await calls_of(new_uow, store, 2)
    report = a_quoting_report(store, first, second)
    await committed(new_uow, lambda uow: uow.reports.add(report))

    await committed(new_uow, lambda uow: uow.reports.erase_words_of(first.id))

    kept = await read(new_uow, lambda uow: uow.reports.get(report.id))
    assert kept is not None
    assert [q.text for q in kept.negative_issues[0].sample_quotes] == ["Långa köer."]
    assert kept.new_issues == kept.negative_issues
    assert [q.text for q in kept.positive_trends[0].sample_quotes] == [PRAISE]
    [recommendation] = kept.actionable_recommendations
    assert recommendation == report.actionable_recommendations[0].without_words()
    assert recommendation.description == "Åtgärd inom service, Kassa"
    counted = ("total_feedback_count", "qualifying_feedback_count", "average_quality_score")
    assert all(getattr(kept, name) == getattr(report, name) for name in counted)


async def test_a_report_stored_after_a_call_was_erased_keeps_none_of_its_words(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    first, second = await calls_of(new_uow, store, 2)
    await committed(new_uow, lambda uow: uow.sessions.save(first.erased()))
    report = a_quoting_report(store, first, second)
    await committed(new_uow, lambda uow: uow.reports.add(report))

    kept = await read(new_uow, lambda uow: uow.reports.get(report.id))
    assert kept is not None
    quoted = {q.call_session_id for item in kept.negative_issues for q in item.sample_quotes}
    assert quoted == {second.id}
    assert kept.actionable_recommendations[0].source is None


async def test_an_erasure_and_a_report_racing_it_keep_no_words_of_the_call(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    first, second = await calls_of(new_uow, store, 2)
    report = a_quoting_report(store, first, second)
    async with new_uow() as cancel, new_uow() as generate:
        await cancel.sessions.get(first.id, for_update=True)
        await cancel.sessions.save(first.erased())
        await cancel.reports.erase_words_of(first.id)
        await generate.reports.add(report)
        await cancel.commit()
        await generate.commit()
    kept = await read(new_uow, lambda uow: uow.reports.get(report.id))
    assert kept is not None
    assert first.id not in {
        q.call_session_id for item in kept.negative_issues for q in item.sample_quotes
    }
    assert kept.actionable_recommendations[0].source is None


async def test_an_expired_call_takes_its_words_along_and_leaves_its_scores(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    [first] = await calls_of(new_uow, store, 1)
    second = evolve(a_session(CallStatus.COMPLETED, created_at=START + DAY), store_id=store)
    await stored(new_uow, second)
    assessment = an_assessment_of(first, created_at=first.expires_at - timedelta(days=1))
    report = a_quoting_report(store, first, second)

    async def record(uow: UnitOfWork) -> None:
        await uow.transcripts.add(saying(first, QUEUE))
        await uow.assessments.put(assessment)
        await uow.reports.add(report)

    await committed(new_uow, record)
    async with new_uow() as uow:
        assert await uow.sessions.delete_expired(first.expires_at, 10) == 1
        await uow.commit()

    assert await read(new_uow, lambda uow: uow.assessments.get(assessment.id)) == (
        assessment.anonymised()
    )
    assert await read(new_uow, lambda uow: uow.transcripts.signature(first.id)) is None
    kept = await read(new_uow, lambda uow: uow.reports.get(report.id))
    assert kept is not None
    assert [q.text for q in kept.negative_issues[0].sample_quotes] == ["Långa köer."]
    assert kept.actionable_recommendations[0].source is None


# --- live calls -------------------------------------------------------------------------


async def test_live_calls_last_changed_before_a_moment_are_listed_in_id_order(
    new_uow: UowFactory,
) -> None:
    old_pending = a_session(CallStatus.PENDING, created_at=START - MINUTE * 10)
    old_talking = a_session(CallStatus.IN_PROGRESS, created_at=START - MINUTE * 10)
    fresh = a_session(CallStatus.PENDING, created_at=START)
    ended = a_session(CallStatus.FAILED, created_at=START - MINUTE * 10)
    await stored(new_uow, old_pending, old_talking, fresh, ended)
    expected = sorted([old_pending, old_talking], key=lambda session: session.id)

    found = await read(new_uow, lambda uow: uow.sessions.live_before(START - MINUTE))
    assert found == expected
    first_page = await read(new_uow, lambda uow: uow.sessions.live_before(START, limit=1))
    assert first_page == expected[:1]
    rest = await read(new_uow, lambda uow: uow.sessions.live_before(START, after=first_page[0].id))
    assert rest == expected[1:]


async def test_transcripts_and_signatures_of_several_sessions_are_read_at_once(
    new_uow: UowFactory,
) -> None:
    store = a_store()
    praised, queued, silent = await calls_of(new_uow, store, 3)
    await recorded(new_uow, saying(praised, PRAISE), saying(queued, QUEUE))
    wanted = [praised.id, silent.id, queued.id]

    transcripts = await read(new_uow, lambda uow: uow.transcripts.for_sessions(wanted))
    signatures = await read(new_uow, lambda uow: uow.transcripts.signatures(wanted))

    for call in (praised, queued):
        one = await read(new_uow, transcript_of(call.id))
        assert transcripts[call.id] == one
        own = await read(new_uow, signature_of(call.id))
        assert signatures[call.id] == own
    assert set(transcripts) == set(signatures) == {praised.id, queued.id}
    assert signatures[praised.id] != signatures[queued.id]
