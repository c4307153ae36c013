"""Weekly tallies in PostgreSQL: a week of many stores counted in SQL from the report facts
(migration 0240), reading no customer words but the quotes and items a report may show."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import asyncpg

from kundrost.domain.analysis import ActionableItem, Category, Sentiment
from kundrost.domain.analysis_cost import AnalysisUsage
from kundrost.domain.feedback_quotes import FeedbackQuotes
from kundrost.domain.ids import CallSessionId, StoreId
from kundrost.domain.recommendations import RecommendationCount
from kundrost.domain.week_tally import (
    PRIORITIES,
    THEME_SLOTS,
    GroupKey,
    MentionCount,
    QuoteCandidates,
    WeekTally,
)

if TYPE_CHECKING:  # the repository hands itself in, for its openers
    from kundrost.adapters.postgres.assessment_repository import PostgresAssessmentRepository

_FEEDBACK = """
WITH feedback AS MATERIALIZED (
    SELECT week.store_id, a.*,
        row_number() OVER (PARTITION BY week.store_id ORDER BY a.created_at, a.id) - 1
            AS position
    FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[])
        AS week(store_id, start_at, end_at)
    CROSS JOIN LATERAL (
        SELECT id, call_session_id, created_at, qualifies, is_fraudulent, overall,
            reward_percentage, quotes, actionable_items, legacy_actionable_items,
            report_themes, report_items, analysis_metadata
        FROM quality_assessments
        WHERE store_id = week.store_id AND created_at >= week.start_at
            AND created_at < week.end_at
    ) AS a
)
"""
"""The weeks' rows, each with its position in its store's week (oldest first, ties by id),
through the `(store_id, created_at, id)` index with each store's own bounds."""
_PLACE = f"f.position * {THEME_SLOTS} + t.n - 1"
_THEMES = """
CROSS JOIN LATERAL ROWS FROM (
    jsonb_to_recordset(f.report_themes) AS (s text, lk text, dk text, l text, c text, d text)
) WITH ORDINALITY AS t(s, lk, dk, l, c, d, n)
"""
_COUNTED = "NOT f.is_fraudulent"
TOTALS = f"""{_FEEDBACK}
SELECT store_id, count(*) AS total,
    count(*) FILTER (WHERE NOT is_fraudulent) AS counted,
    count(*) FILTER (WHERE qualifies AND NOT is_fraudulent) AS qualifying,
    coalesce(sum(overall) FILTER (WHERE qualifies AND NOT is_fraudulent), 0) AS overall_sum,
    coalesce(sum(reward_percentage) FILTER (WHERE qualifies AND NOT is_fraudulent), 0)
        AS reward_sum,
    count(reward_percentage) FILTER (WHERE qualifies AND NOT is_fraudulent) AS rewards,
    coalesce(sum((analysis_metadata->>'prompt_tokens')::bigint), 0)::bigint AS prompt_tokens,
    coalesce(sum((analysis_metadata->>'completion_tokens')::bigint), 0)::bigint
        AS completion_tokens,
    coalesce(sum((analysis_metadata->>'cost_usd')::numeric), 0) AS cost_usd,
    count(*) FILTER (WHERE report_themes IS NULL OR legacy_actionable_items IS NOT NULL)
        AS unready
FROM feedback
GROUP BY store_id
"""
"""Each store's counts and sums; `unready` rows were stored before their report facts."""
MENTIONS = f"""{_FEEDBACK}
SELECT f.store_id, t.s, t.lk, t.dk, t.l, t.c, t.d, count(*) AS mentions,
    min({_PLACE}) AS first, max(urgent.rank) AS item_rank
FROM feedback f
{_THEMES}
LEFT JOIN LATERAL (
    SELECT max(i.r) AS rank
    FROM jsonb_to_recordset(f.report_items) AS i(c text, r int)
    WHERE i.c = t.c
) AS urgent ON true
WHERE {_COUNTED}
GROUP BY f.store_id, t.s, t.lk, t.dk, t.l, t.c, t.d
"""
"""`MentionCount`s: themes alike in sentiment, key and spelling, and the most urgent item
of the same category in their feedback."""
_NEWEST = f"ORDER BY f.created_at DESC, {_PLACE}"
QUOTES = f"""{_FEEDBACK}
SELECT f.store_id, t.s, t.lk, t.dk, count(*) AS qualifying,
    (array_agg(f.call_session_id {_NEWEST}))[1:$4] AS calls,
    (array_agg(f.quotes {_NEWEST}))[1:$4] AS quotes,
    (array_agg(jsonb_array_length(f.report_themes) {_NEWEST}))[1:$4] AS themes,
    (array_agg(t.n - 1 {_NEWEST}))[1:$4] AS indexes
FROM feedback f
{_THEMES}
WHERE {_COUNTED} AND f.qualifies AND t.s IN ('positive', 'negative')
GROUP BY f.store_id, t.s, t.lk, t.dk
"""
"""Each theme group's newest `$4` qualifying mentions, their quotes sealed as stored."""
_LEADING = "ORDER BY i.r DESC, f.position"
RECOMMENDATIONS = f"""{_FEEDBACK}
SELECT f.store_id, i.c, count(*) AS frequency, max(i.r) AS rank,
    max(f.created_at) AS last_seen, min(f.position * {THEME_SLOTS} + i.o - 1) AS first,
    (array_agg(f.call_session_id {_LEADING}))[1] AS source,
    (array_agg(f.actionable_items {_LEADING}))[1] AS sealed,
    (array_agg(i.n {_LEADING}))[1] AS lead
FROM feedback f
CROSS JOIN LATERAL ROWS FROM (
    jsonb_to_recordset(f.report_items) AS (n int, c text, r int, k text)
) WITH ORDINALITY AS i(n, c, r, k, o)
WHERE {_COUNTED} AND f.actionable_items IS NOT NULL
GROUP BY f.store_id, i.k, i.c
"""
"""Items counted as recommendations by category and fingerprint: the most urgent (earliest
of equals) raising's call and sealed items, opened only if the report keeps it."""

_SENTIMENTS = {member.value: member for member in Sentiment}
_CATEGORIES = {member.value: member for member in Category}


async def read_tallies(
    connection: asyncpg.Connection,
    repository: PostgresAssessmentRepository,
    weeks: Mapping[StoreId, tuple[datetime, datetime]],
    quote_candidates: int,
) -> tuple[dict[StoreId, WeekTally], list[StoreId]]:
    """The tallies of the stores whose rows all have their facts, and the other stores."""
    arguments = (
        list(weeks),
        [start for start, _ in weeks.values()],
        [end for _, end in weeks.values()],
    )
    totals = await connection.fetch(TOTALS, *arguments)
    mentions: dict[Any, list[MentionCount]] = {}
    for row in await connection.fetch(MENTIONS, *arguments):
        mentions.setdefault(row["store_id"], []).append(_mention(row))
    quotes: dict[Any, dict[GroupKey, QuoteCandidates]] = {}
    sealed: dict[Any, FeedbackQuotes] = {}  # a feedback's quotes opened once for all groups
    for row in await connection.fetch(QUOTES, *arguments, quote_candidates):
        group = (_SENTIMENTS[row["s"]], row["lk"], row["dk"])
        quotes.setdefault(row["store_id"], {})[group] = _candidates(
            row, quote_candidates, sealed, repository.open_quotes
        )
    recommendations: dict[Any, list[RecommendationCount]] = {}
    for row in await connection.fetch(RECOMMENDATIONS, *arguments):
        count = _recommendation(row, repository.open_items)
        recommendations.setdefault(row["store_id"], []).append(count)
    tallies: dict[StoreId, WeekTally] = {}
    unready = []
    for row in totals:
        store_id = row["store_id"]
        if row["unready"]:
            unready.append(StoreId(store_id))
            continue
        tallies[StoreId(store_id)] = WeekTally(
            total=row["total"],
            counted=row["counted"],
            qualifying=row["qualifying"],
            overall_sum=Decimal(row["overall_sum"]),
            reward_sum=Decimal(row["reward_sum"]),
            rewards=row["rewards"],
            usage=AnalysisUsage(row["prompt_tokens"], row["completion_tokens"], row["cost_usd"]),
            mentions=tuple(mentions.get(store_id, ())),
            quotes=quotes.get(store_id, {}),
            recommendations=tuple(recommendations.get(store_id, ())),
        )
    return tallies, unready


def _mention(row: asyncpg.Record) -> MentionCount:
    rank = row["item_rank"]
    return MentionCount(
        _SENTIMENTS[row["s"]],
        row["lk"],
        row["dk"],
        row["l"],
        _CATEGORIES[row["c"]],
        row["d"],
        row["mentions"],
        row["first"],
        None if rank is None else PRIORITIES[rank],
    )


def _candidates(
    row: asyncpg.Record,
    limit: int,
    read: dict[Any, FeedbackQuotes],
    open_quotes: Callable[[bytes], Sequence[Any]],
) -> QuoteCandidates:
    given = []
    for call, sealed, themes, index in zip(
        row["calls"], row["quotes"], row["themes"], row["indexes"], strict=True
    ):
        quotes = read.get(call)
        if quotes is None:
            if sealed is None:
                quotes = FeedbackQuotes([None] * themes)
            else:
                quotes = FeedbackQuotes.sealed(themes, sealed, open_quotes)
            read[call] = quotes
        given.append((CallSessionId(call), quotes, index))
    return QuoteCandidates(tuple(given), complete=row["qualifying"] <= limit)


def _recommendation(
    row: asyncpg.Record, open_items: Callable[[bytes], Sequence[ActionableItem]]
) -> RecommendationCount:
    sealed, lead = row["sealed"], row["lead"]
    return RecommendationCount(
        category=_CATEGORIES[row["c"]],
        priority=PRIORITIES[row["rank"]],
        frequency=row["frequency"],
        last_seen=row["last_seen"],
        first=row["first"],
        source=CallSessionId(row["source"]),
        lead=lambda: open_items(sealed)[lead],
    )
