"""Personal data at rest: a raw read of every table shows no phone number, transcript
sentence, summary, quote or actionable item in clear, and the adapter still reads them back."""

from __future__ import annotations

import asyncpg
from asyncpg.pool import PoolConnectionProxy
from attrs import evolve

from kundrost.adapters.postgres import PostgresDatabase
from kundrost.domain.analysis import Category
from kundrost.domain.priority import Priority
from kundrost.domain.recommendations import Recommendation
from kundrost.domain.sample_quote import SampleQuote
from kundrost.domain.week import IsoWeek
from kundrost.domain.weekly_report import IssueItem, TrendItem
from tests.adapters.storage_builders import (
    a_report_of,
    a_session,
    a_transcript_of,
    an_assessment_of,
)

PHONE = "+46701234567"
PRAISE = "Personalen i bageriet var så trevlig mot mig."
COMPLAINT = "Kön i kassan var alldeles för lång i lördags."
WISH = 'Önskemål om kö: "Öppna en kassa till på lördagar."'


async def dump(connection: asyncpg.Connection | PoolConnectionProxy) -> str:
    """Every row of every table in the schema, as PostgreSQL prints it (bytea as hex)."""
    tables = await connection.fetch(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    )
    assert len(tables) >= 9
    rows = []
    for table in tables:
        name = table["table_name"]
        rows += await connection.fetch(f'SELECT t::text AS row FROM "{name}" t')
    return "\n".join(row["row"] for row in rows)


def in_clear(secret: str, text: str) -> bool:
    """Whether `secret` shows in `text` as characters, or as the hex of its UTF-8 bytes."""
    return secret.lower() in text.lower() or secret.encode().hex() in text


async def test_no_personal_data_is_stored_in_clear(
    database: PostgresDatabase, raw: PoolConnectionProxy
) -> None:
    session = a_session(phone=PHONE)
    transcript = a_transcript_of(session.id)
    assessment = an_assessment_of(session)
    praise, complaint = SampleQuote(PRAISE, session.id), SampleQuote(COMPLAINT, session.id)
    wish = Recommendation(
        Category.SERVICE, WISH, Priority.HIGH, None, 1, session.created_at, source=session.id
    )
    report = evolve(
        a_report_of(session.store_id, IsoWeek(2026, 10)),
        positive_trends=[TrendItem("Trevlig personal", Category.STAFF, "Bageriet", 3, [praise])],
        negative_issues=[
            IssueItem("Kö i kassan", Category.SERVICE, None, 2, sample_quotes=[complaint])
        ],
        actionable_recommendations=[wish],
    )
    async with database.unit_of_work() as uow:
        await uow.sessions.add(session)
        await uow.transcripts.add(transcript)
        await uow.assessments.put(assessment)
        await uow.reports.add(report)
        await uow.commit()

    stored = await dump(raw)

    secrets = [PHONE, PHONE.removeprefix("+46"), PRAISE, COMPLAINT, WISH]
    secrets += [message.content for message in transcript.messages]
    assert assessment.summary is not None
    secrets.append(assessment.summary)
    secrets += [theme.quote for theme in assessment.themes if theme.quote]
    secrets += [item.description for item in assessment.actionable_items]
    assert assessment.actionable_items
    assert len(secrets) > 10
    assert [secret for secret in secrets if in_clear(secret, stored)] == []
    async with database.unit_of_work() as uow:
        assert await uow.sessions.get(session.id) == session
        assert await uow.transcripts.for_session(session.id) == transcript
        assert await uow.assessments.get(assessment.id) == assessment
        assert await uow.reports.get(report.id) == report


async def test_the_non_personal_columns_stay_readable_for_operators(
    database: PostgresDatabase, raw: PoolConnectionProxy
) -> None:
    session = a_session(phone=PHONE)
    assessment = an_assessment_of(session)
    async with database.unit_of_work() as uow:
        await uow.sessions.add(session)
        await uow.assessments.put(assessment)
        await uow.commit()
    row = await raw.fetchrow(
        "SELECT a.reward_percentage, a.themes, s.status FROM quality_assessments a "
        "JOIN call_sessions s ON s.id = a.call_session_id"
    )
    assert row is not None
    assert row["reward_percentage"] == assessment.reward_percentage
    assert [theme["label"] for theme in row["themes"]] == [t.label for t in assessment.themes]
    assert all("quote" not in theme or theme["quote"] is None for theme in row["themes"])
    assert row["status"] == "pending"


async def test_the_same_phone_number_is_stored_as_different_bytes_each_time(
    database: PostgresDatabase, raw: PoolConnectionProxy
) -> None:
    first, second = a_session(phone=PHONE), a_session(phone=PHONE)
    async with database.unit_of_work() as uow:
        await uow.sessions.add(first)
        await uow.sessions.add(second)
        await uow.commit()
    rows = await raw.fetch("SELECT phone, phone_fingerprint FROM call_sessions")
    assert rows[0]["phone"] != rows[1]["phone"]
    assert rows[0]["phone_fingerprint"] == rows[1]["phone_fingerprint"]
