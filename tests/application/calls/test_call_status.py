"""GetCallStatus: the session and its call quality, for as long as the session may be seen."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from uuid import UUID

import pytest

from kundrost.adapters.system import ManualClock
from kundrost.application.call_status import GetCallStatus
from kundrost.domain.call_quality import CallQualityMetrics, ConnectionQuality
from kundrost.domain.call_status import CallStatus
from kundrost.domain.ids import CallSessionId
from kundrost.domain.session_outline import SessionOutline
from kundrost.ports.errors import NotFound
from kundrost.ports.unit_of_work import UnitOfWorkFactory
from tests.application.calls.records import put
from tests.unit.call_builders import SESSION_ID, a_call_session


async def test_the_status_shows_the_session_and_its_call_quality(
    get_call_status: GetCallStatus, new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    session = a_call_session(CallStatus.COMPLETED)
    metrics = CallQualityMetrics(
        call_session_id=SESSION_ID,
        connection_quality=ConnectionQuality.GOOD,
        audio_clarity_score=Decimal("0.91"),
        latency_ms=180,
        packet_loss_percentage=Decimal("0.4"),
        recorded_at=clock.now(),
    )
    await put(new_uow, session)
    async with new_uow() as uow:
        await uow.quality_metrics.put(metrics)
        await uow.commit()

    view = await get_call_status(SESSION_ID)

    assert view.session == session
    assert view.quality_metrics == metrics


async def test_a_call_not_yet_measured_has_no_quality_metrics(
    get_call_status: GetCallStatus, new_uow: UnitOfWorkFactory
) -> None:
    await put(new_uow, a_call_session(CallStatus.PENDING))

    view = await get_call_status(SESSION_ID)

    assert view.session.status is CallStatus.PENDING
    assert view.quality_metrics is None


async def test_an_unknown_session_is_not_found(get_call_status: GetCallStatus) -> None:
    unknown = CallSessionId(UUID(int=404))

    with pytest.raises(NotFound) as missing:
        await get_call_status(unknown)

    assert missing.value.code == "NOT_FOUND"
    assert missing.value.details == {"kind": "call session", "id": str(unknown)}


async def test_an_expired_session_is_not_found_even_before_it_is_deleted(
    get_call_status: GetCallStatus, new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    session = a_call_session(CallStatus.COMPLETED)
    await put(new_uow, session)
    clock.set(session.expires_at - timedelta(seconds=1))
    assert (await get_call_status(SESSION_ID)).session == session

    clock.set(session.expires_at)

    with pytest.raises(NotFound):
        await get_call_status(SESSION_ID)


async def test_without_the_number_the_status_shows_the_sessions_outline(
    get_call_status: GetCallStatus, new_uow: UnitOfWorkFactory, clock: ManualClock
) -> None:
    session = a_call_session(CallStatus.COMPLETED)
    await put(new_uow, session)

    view = await get_call_status.outline(SESSION_ID)

    assert view.session == SessionOutline.of(session)
    assert not hasattr(view.session, "phone")
    clock.set(session.expires_at)
    with pytest.raises(NotFound):
        await get_call_status.outline(SESSION_ID)
