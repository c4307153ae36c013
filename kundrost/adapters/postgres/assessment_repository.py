"""Assessments in PostgreSQL: scores in columns; summary, quotes and actionable items
encrypted; anonymised in one statement per batch."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

import asyncpg
import msgspec
from attrs import fields

from kundrost.adapters.postgres.converter import CONVERTER
from kundrost.adapters.postgres.queries import created_between
from kundrost.adapters.postgres.transaction import Transaction, positive_limit
from kundrost.adapters.postgres.week_tallies import read_tallies
from kundrost.domain.analysis import ActionableItem, Category, Level, Sentiment, Theme
from kundrost.domain.analysis_cost import AnalysisUsage
from kundrost.domain.assessment import AnalysisMetadata, QualityAssessment
from kundrost.domain.feedback_quotes import FeedbackQuotes
from kundrost.domain.grading import QualityScores
from kundrost.domain.ids import AssessmentId, CallSessionId, StoreId
from kundrost.domain.priority import Priority
from kundrost.domain.report_facts import item_facts, theme_fact, theme_ranks
from kundrost.domain.week_tally import WeekTally, week_tally
from kundrost.domain.weekly_feedback import WeeklyFeedback
from kundrost.ports.cipher import Cipher
from kundrost.ports.tallies import QUALITY_BANDS, AssessmentTally

SUMMARY = "summary"
QUOTES = "assessment_quotes"
ITEMS = "actionable_items"
RECOMMENDATION_KEY = "recommendation_key"
"""Cipher purposes: the analyzer's summary, the customer's words quoted in themes, and the
actionable items (which quote the customer too); the fingerprint of an item's words."""

_COLUMNS = (
    "id, call_session_id, store_id, legitimacy, depth, usefulness, overall, qualifies, "
    "reward_percentage, is_fraudulent, fraud_reasons, summary, themes, quotes, "
    "actionable_items, analysis_metadata, created_at, content_deleted, is_anonymised, "
    "report_themes, report_items, report_ranks"
)
_READ_COLUMNS = f"{_COLUMNS}, legacy_actionable_items"
_UPSERT = f"""
INSERT INTO quality_assessments ({_COLUMNS})
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
    $20, $21, $22)
ON CONFLICT (call_session_id) DO UPDATE SET
    id = excluded.id, store_id = excluded.store_id, legitimacy = excluded.legitimacy,
    depth = excluded.depth, usefulness = excluded.usefulness, overall = excluded.overall,
    qualifies = excluded.qualifies, reward_percentage = excluded.reward_percentage,
    is_fraudulent = excluded.is_fraudulent, fraud_reasons = excluded.fraud_reasons,
    summary = excluded.summary, themes = excluded.themes, quotes = excluded.quotes,
    actionable_items = excluded.actionable_items, legacy_actionable_items = NULL,
    analysis_metadata = excluded.analysis_metadata, created_at = excluded.created_at,
    content_deleted = excluded.content_deleted, is_anonymised = excluded.is_anonymised,
    report_themes = excluded.report_themes, report_items = excluded.report_items,
    report_ranks = excluded.report_ranks
"""
_SELECT = f"SELECT {_READ_COLUMNS} FROM quality_assessments"
WEEKLY_COLUMNS = (
    "id, call_session_id, created_at, qualifies, is_fraudulent, overall, "
    "reward_percentage, themes::text AS themes, quotes, actionable_items, legacy_actionable_items, "
    "(analysis_metadata->>'prompt_tokens')::bigint AS prompt_tokens, "
    "(analysis_metadata->>'completion_tokens')::bigint AS completion_tokens, "
    "(analysis_metadata->>'cost_usd')::numeric AS cost_usd, "
    "(analysis_metadata->>'redaction_rules')::int AS redaction_rules"
)
"""What a weekly report reads of an assessment: no summary, scores but the overall one, or
metadata but the usage and the redaction rules. The themes as text, for `_weekly` to
decode."""
_WEEKLY = f"SELECT {WEEKLY_COLUMNS} FROM quality_assessments"
_WEEKLY_OF = f"""
SELECT week.store_id, feedback.*
FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS week(store_id, start_at, end_at)
CROSS JOIN LATERAL (
    {_WEEKLY}
    WHERE store_id = week.store_id AND created_at >= week.start_at AND created_at < week.end_at
) AS feedback
ORDER BY week.store_id, feedback.created_at, feedback.id
"""
"""The weeks of many stores in one statement, each store's through the
`(store_id, created_at, id)` index with its own bounds."""
ANONYMISED = (
    "summary = NULL, quotes = NULL, actionable_items = NULL, legacy_actionable_items = NULL, "
    "report_items = NULL, report_ranks = NULL, is_anonymised = true"
)
"""What anonymising sets, as `QualityAssessment.anonymised` does: no words stay."""
ANONYMISE = f"""
UPDATE quality_assessments
SET {ANONYMISED}
WHERE ctid = ANY(ARRAY(
    SELECT ctid FROM quality_assessments
    WHERE created_at < $1 AND NOT is_anonymised
    ORDER BY created_at, id
    LIMIT $2
    FOR UPDATE SKIP LOCKED
))
"""

_BAND = f"least(floor(overall * {len(QUALITY_BANDS)}), {len(QUALITY_BANDS) - 1})"
_BAND_COUNTS = ",\n    ".join(
    f"count(*) FILTER (WHERE {_BAND} = {n}) AS band_{n}" for n in range(len(QUALITY_BANDS))
)
TALLY = f"""
SELECT count(*) AS total,
    count(*) FILTER (WHERE qualifies) AS qualifying,
    count(*) FILTER (WHERE is_fraudulent) AS fraudulent,
    coalesce(sum(overall), 0) AS overall_sum,
    coalesce(sum(reward_percentage) FILTER (WHERE qualifies), 0) AS reward_percentage_sum,
    coalesce(sum((analysis_metadata->>'prompt_tokens')::bigint), 0)::bigint AS prompt_tokens,
    coalesce(sum((analysis_metadata->>'completion_tokens')::bigint), 0)::bigint
        AS completion_tokens,
    coalesce(sum((analysis_metadata->>'cost_usd')::numeric), 0) AS cost_usd,
    {_BAND_COUNTS}
FROM quality_assessments
WHERE created_at >= $1 AND created_at < $2
"""
"""Sums of `numeric` columns are `numeric`, exact; the band is `quality_band_index` in SQL;
tokens and cost are read from the metadata's JSON, null where a model reported none."""


_THEME_FIELDS = ("label", "sentiment", "category", "department")
_THEME_KEYS = {*_THEME_FIELDS, "quote"}
_ITEM_KEYS = {f.name for f in fields(ActionableItem)}
_SENTIMENTS = {member.value: member for member in Sentiment}
_CATEGORIES = {member.value: member for member in Category}
_PRIORITIES = {member.value: member for member in Priority}
_LEVELS = {member.value: member for member in Level}
_NO_USAGE = AnalysisUsage()
_JSON = msgspec.json.Decoder()
"""What `_weekly` builds without cattrs: themes as stored (each with its null quote) and
items as sealed, every field named; the enums' members by value. JSON decoded by msgspec
(Litestar's), which does in a fifth of the time what `json.loads` does with these lists."""


def theme_facts_of(themes: Sequence[Theme]) -> list[dict[str, Any]]:
    """Each `theme_fact` as `report_themes` keeps it (migration 0240)."""
    return [
        {"s": s.value, "lk": lk, "dk": dk, "l": label, "c": c.value, "d": department}
        for s, lk, dk, label, c, department in map(theme_fact, themes)
    ]


def item_facts_of(items: Sequence[ActionableItem], cipher: Cipher) -> list[dict[str, Any]] | None:
    """The `item_facts` as `report_items` keeps them, their words fingerprinted."""
    if not items:
        return None
    return [
        {
            "n": fact.index,
            "c": fact.category.value,
            "r": fact.priority.rank,
            "k": cipher.fingerprint(fact.key_words, RECOMMENDATION_KEY),
        }
        for fact in item_facts(items)
    ]


def ranks_of(themes: Sequence[Theme], items: Sequence[ActionableItem]) -> list[int | None] | None:
    """The `theme_ranks` as `report_ranks` keeps them (migration 0250); none without items
    or themes, as anonymised rows keep none."""
    if not items or not themes:
        return None
    return theme_ranks(themes, items)


@lru_cache(maxsize=4096)
def _theme(label: Any, sentiment: Any, category: Any, department: Any) -> Theme:
    """A theme without its quote, as stored, built (and validated) once a process for each
    spelling: a week's themes repeat a few labels many times. Stored in clear, unlike quotes."""
    return Theme(label, _SENTIMENTS[sentiment], _CATEGORIES[category], department)


class PostgresAssessmentRepository:
    """`ports.AssessmentRepository` in `quality_assessments`.

    Themes are kept as JSONB without their quotes; the quotes (one entry per theme, null
    where there is none), the summary and the actionable items are stored encrypted, so
    anonymising is clearing three columns, in SQL, exactly as `QualityAssessment.anonymised`.
    Items of rows stored before they were encrypted are read from `legacy_actionable_items`
    until `kundrost migrate` seals them (`sealing.py`).
    """

    def __init__(self, transaction: Transaction, cipher: Cipher) -> None:
        self._transaction = transaction
        self._cipher = cipher

    async def put_many(self, assessments: Sequence[QualityAssessment]) -> None:
        if assessments:
            connection = await self._transaction.connection()
            await connection.executemany(_UPSERT, [self._values(a) for a in assessments])

    def open_quotes(self, sealed: bytes) -> Any:
        """A row's quotes column opened: what `FeedbackQuotes.sealed` calls on first read."""
        return _JSON.decode(self._cipher.decrypt(sealed, QUOTES))

    async def put(self, assessment: QualityAssessment) -> None:
        connection = await self._transaction.connection()
        await connection.execute(_UPSERT, *self._values(assessment))

    async def get(self, assessment_id: AssessmentId) -> QualityAssessment | None:
        found = await self._all("WHERE id = $1", assessment_id)
        return found[0] if found else None

    async def for_session(self, session_id: CallSessionId) -> QualityAssessment | None:
        found = await self._all("WHERE call_session_id = $1", session_id)
        return found[0] if found else None

    async def for_sessions(
        self, session_ids: Sequence[CallSessionId]
    ) -> dict[CallSessionId, QualityAssessment]:
        found = await self._all("WHERE call_session_id = ANY($1::uuid[])", list(session_ids))
        return {assessment.call_session_id: assessment for assessment in found}

    async def between(
        self, start: datetime, end: datetime, *, store_id: StoreId | None = None
    ) -> list[QualityAssessment]:
        return await self._all(*created_between(start, end, store_id))

    async def weekly_feedback(
        self, start: datetime, end: datetime, *, store_id: StoreId
    ) -> list[WeeklyFeedback]:
        connection = await self._transaction.connection()
        where, *arguments = created_between(start, end, store_id)
        rows = await connection.fetch(f"{_WEEKLY} {where}", *arguments)
        return [self._weekly(row) for row in rows]

    async def weekly_feedback_of(
        self, weeks: Mapping[StoreId, tuple[datetime, datetime]]
    ) -> dict[StoreId, list[WeeklyFeedback]]:
        found: dict[StoreId, list[WeeklyFeedback]] = {store_id: [] for store_id in weeks}
        if not weeks:
            return found
        connection = await self._transaction.connection()
        rows = await connection.fetch(
            _WEEKLY_OF,
            list(weeks),
            [start for start, _ in weeks.values()],
            [end for _, end in weeks.values()],
        )
        for row in rows:
            found[StoreId(row["store_id"])].append(self._weekly(row))
        return found

    async def weekly_tallies_of(
        self, weeks: Mapping[StoreId, tuple[datetime, datetime]], *, quote_candidates: int
    ) -> dict[StoreId, WeekTally]:
        """Counted in SQL from the report facts (`week_tallies`); a store with rows stored
        before their facts is read row by row and counted by `week_tally`, as before."""
        if not weeks:
            return {}
        connection = await self._transaction.connection()
        tallies, unready = await read_tallies(connection, self, weeks, quote_candidates)
        if unready:
            rows = await self.weekly_feedback_of(
                {store_id: weeks[store_id] for store_id in unready}
            )
            tallies.update({store_id: week_tally(rows[store_id]) for store_id in unready})
        return {
            store_id: tallies[store_id] if store_id in tallies else week_tally(())
            for store_id in weeks
        }

    async def tally(
        self, start: datetime, end: datetime, *, store_id: StoreId | None
    ) -> AssessmentTally:
        """One aggregate over `quality_assessments_created`, or `..._store_created` for one
        store; nothing encrypted is read."""
        connection = await self._transaction.connection()
        if store_id is None:
            row = await connection.fetchrow(TALLY, start, end)
        else:
            row = await connection.fetchrow(f"{TALLY} AND store_id = $3", start, end, store_id)
        assert row is not None  # an aggregate without GROUP BY returns one row
        return AssessmentTally(
            total=row["total"],
            qualifying=row["qualifying"],
            fraudulent=row["fraudulent"],
            overall_sum=row["overall_sum"],
            reward_percentage_sum=row["reward_percentage_sum"],
            quality_bands=tuple(row[f"band_{n}"] for n in range(len(QUALITY_BANDS))),
            usage=AnalysisUsage(row["prompt_tokens"], row["completion_tokens"], row["cost_usd"]),
        )

    async def anonymise_created_before(self, cutoff: datetime, limit: int) -> int:
        positive_limit(limit)
        connection = await self._transaction.connection()
        status = await connection.execute(ANONYMISE, cutoff, limit)
        return int(status.split()[-1])

    async def _all(self, where: str, *arguments: Any) -> list[QualityAssessment]:
        connection = await self._transaction.connection()
        rows = await connection.fetch(f"{_SELECT} {where}", *arguments)
        return [self._assessment(row) for row in rows]

    def _values(self, a: QualityAssessment) -> tuple[Any, ...]:
        quotes = [theme.quote for theme in a.themes]
        return (
            a.id,
            a.call_session_id,
            a.store_id,
            a.scores.legitimacy,
            a.scores.depth,
            a.scores.usefulness,
            a.scores.overall,
            a.qualifies,
            a.reward_percentage,
            a.is_fraudulent,
            list(a.fraud_reasons),
            None if a.summary is None else self._cipher.encrypt(a.summary, SUMMARY),
            CONVERTER.unstructure([theme.without_quote() for theme in a.themes], list[Theme]),
            self._cipher.encrypt(json.dumps(quotes), QUOTES) if any(quotes) else None,
            self._sealed_items(a.actionable_items),
            CONVERTER.unstructure(a.analysis_metadata),
            a.created_at,
            a.content_deleted,
            a.is_anonymised,
            theme_facts_of(a.themes),
            item_facts_of(a.actionable_items, self._cipher),
            ranks_of(a.themes, a.actionable_items),
        )

    def _sealed_items(self, items: Sequence[ActionableItem]) -> bytes | None:
        if not items:
            return None
        plain = CONVERTER.unstructure(list(items), list[ActionableItem])
        return self._cipher.encrypt(json.dumps(plain, ensure_ascii=False), ITEMS)

    def _items(self, row: asyncpg.Record) -> tuple[ActionableItem, ...]:
        if row["actionable_items"] is not None:
            plain = json.loads(self._cipher.decrypt(row["actionable_items"], ITEMS))
        else:
            plain = row["legacy_actionable_items"] or []
        return tuple(CONVERTER.structure(plain, list[ActionableItem]))

    def _themes(self, row: asyncpg.Record) -> tuple[Theme, ...]:
        plain = row["themes"]
        if row["quotes"] is not None:
            quotes = json.loads(self._cipher.decrypt(row["quotes"], QUOTES))
            plain = [{**t, "quote": q} for t, q in zip(plain, quotes, strict=True)]
        return tuple(CONVERTER.structure(plain, list[Theme]))

    def _weekly(self, row: asyncpg.Record) -> WeeklyFeedback:
        """The report's view of a row. Themes and items the service wrote are built with
        their constructors, which validate them as `CONVERTER.structure` does, without its
        per-field dispatch; other shapes (rows of earlier releases) go through it. The
        quotes stay sealed until the report samples one of them (`FeedbackQuotes`)."""
        spent = (row["prompt_tokens"], row["completion_tokens"], row["cost_usd"])
        themes, quotes = self._weekly_themes(row)
        return WeeklyFeedback(
            assessment_id=AssessmentId(row["id"]),
            call_session_id=CallSessionId(row["call_session_id"]),
            created_at=row["created_at"],
            qualifies=row["qualifies"],
            is_fraudulent=row["is_fraudulent"],
            overall_score=row["overall"],
            reward_percentage=row["reward_percentage"],
            themes=themes,
            actionable_items=self._weekly_items(row),
            usage=_NO_USAGE if spent == (None, None, None) else AnalysisUsage.of([spent]),
            quotes=quotes,
        )

    def _weekly_themes(self, row: asyncpg.Record) -> tuple[tuple[Theme, ...], FeedbackQuotes]:
        """The themes without their quotes, and the quotes: sealed as stored, or as the
        themes of a row without encrypted quotes carry them."""
        plain = _JSON.decode(row["themes"])
        sealed = row["quotes"]
        if not all(theme.keys() == _THEME_KEYS for theme in plain):
            if sealed is not None:  # a shape of an earlier release: opened now, as before
                quotes = self.open_quotes(sealed)
                plain = [{**t, "quote": q} for t, q in zip(plain, quotes, strict=True)]
            structured = CONVERTER.structure(plain, list[Theme])
            return (
                tuple(theme.without_quote() for theme in structured),
                FeedbackQuotes(theme.quote for theme in structured),
            )
        try:
            themes = tuple(
                _theme(t["label"], t["sentiment"], t["category"], t["department"]) for t in plain
            )
        except TypeError:  # JSON where text belongs cannot be hashed: refused as Theme does
            themes = tuple(_theme.__wrapped__(*(t[k] for k in _THEME_FIELDS)) for t in plain)
        rules = row["redaction_rules"]
        if sealed is None:
            return themes, FeedbackQuotes((t["quote"] for t in plain), rules)
        return themes, FeedbackQuotes.sealed(len(themes), sealed, self.open_quotes, rules)

    def _weekly_items(self, row: asyncpg.Record) -> tuple[ActionableItem, ...]:
        if row["actionable_items"] is None:
            return self._items(row)
        return self.open_items(row["actionable_items"])

    def open_items(self, sealed: bytes) -> tuple[ActionableItem, ...]:
        """A row's sealed items, decrypted and built (validated) with their constructor."""
        return tuple(_item(plain) for plain in _JSON.decode(self._cipher.decrypt(sealed, ITEMS)))

    def open_item(self, sealed: bytes, index: int) -> ActionableItem:
        """`open_items(sealed)[index]`, building (and validating) that item only: a
        recommendation's lead is one of its feedback's items."""
        return _item(_JSON.decode(self._cipher.decrypt(sealed, ITEMS))[index])

    def _assessment(self, row: asyncpg.Record) -> QualityAssessment:
        summary = row["summary"]
        return QualityAssessment(
            id=AssessmentId(row["id"]),
            call_session_id=CallSessionId(row["call_session_id"]),
            store_id=StoreId(row["store_id"]),
            scores=QualityScores(
                row["legitimacy"], row["depth"], row["usefulness"], row["overall"]
            ),
            qualifies=row["qualifies"],
            reward_percentage=row["reward_percentage"],
            is_fraudulent=row["is_fraudulent"],
            fraud_reasons=tuple(row["fraud_reasons"]),
            summary=None if summary is None else self._cipher.decrypt(summary, SUMMARY),
            themes=self._themes(row),
            actionable_items=self._items(row),
            analysis_metadata=CONVERTER.structure(row["analysis_metadata"], AnalysisMetadata),
            created_at=row["created_at"],
            content_deleted=row["content_deleted"],
            is_anonymised=row["is_anonymised"],
        )


def _item(plain: Any) -> ActionableItem:
    """A stored item built with its constructor; with other keys, by the converter."""
    if plain.keys() != _ITEM_KEYS:
        return CONVERTER.structure(plain, ActionableItem)
    return ActionableItem(
        _CATEGORIES[plain["category"]],
        plain["description"],
        _PRIORITIES[plain["priority"]],
        plain["department"],
        _LEVELS[plain["estimated_impact"]],
        _LEVELS[plain["implementation_complexity"]],
    )
