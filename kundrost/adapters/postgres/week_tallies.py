"""Weekly tallies in PostgreSQL: a week of many stores counted in SQL from the report facts
(migration 0240), reading no customer words but the quotes and items a report may show."""

from __future__ import annotations

from base64 import b64decode
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from uuid import UUID

import msgspec
from asyncpg.pool import PoolConnectionProxy

from kundrost.domain.analysis import ActionableItem, Category, Sentiment
from kundrost.domain.analysis_cost import AnalysisUsage
from kundrost.domain.feedback_quotes import FeedbackQuotes
from kundrost.domain.ids import CallSessionId, StoreId
from kundrost.domain.recommendations import RecommendationCount
from kundrost.domain.week_tally import (
    PRIORITIES,
    THEME_SLOTS,
    MentionCount,
    QuoteCandidate,
    QuoteCandidates,
    WeekTally,
)

if TYPE_CHECKING:  # the repository hands itself in, for its openers
    from kundrost.adapters.postgres.assessment_repository import PostgresAssessmentRepository

_THEMES = """
CROSS JOIN LATERAL ROWS FROM (
    jsonb_to_recordset(f.report_themes) AS (s text, lk text, dk text, l text, c text, d text),
    unnest(f.report_ranks)
) WITH ORDINALITY AS t(s, lk, dk, l, c, d, r, n)
"""
_NEWEST = "ORDER BY created_at DESC, place"
_COUNTED = "qualifies AND NOT is_fraudulent"
TALLIES = f"""
SELECT week.store_id, tally.*
FROM unnest($1::uuid[], $2::timestamptz[], $3::timestamptz[]) AS week(store_id, start_at, end_at)
CROSS JOIN LATERAL (
    WITH f AS (
        SELECT id, call_session_id, created_at, qualifies, is_fraudulent, overall,
            reward_percentage, quotes, actionable_items, legacy_actionable_items, report_themes,
            report_items, report_ranks, analysis_metadata,
            row_number() OVER (ORDER BY created_at, id) - 1 AS position
        FROM quality_assessments
        WHERE store_id = week.store_id AND created_at >= week.start_at
            AND created_at < week.end_at
    ), m AS (
        SELECT f.created_at, f.qualifies, t.s, t.lk, t.dk, t.l, t.c, t.d,
            f.position * {THEME_SLOTS} + t.n - 1 AS place,
            CASE WHEN f.report_ranks IS NOT NULL OR f.report_items IS NULL THEN t.r ELSE (
                SELECT max(i.r) FROM jsonb_to_recordset(f.report_items) AS i(c text, r int)
                WHERE i.c = t.c
            ) END AS rank
        FROM f
        {_THEMES}
        WHERE NOT f.is_fraudulent
    ), q AS (
        SELECT s, lk, dk, count(*) AS qualifying, (array_agg(place {_NEWEST}))[1:$4] AS newest
        FROM m
        WHERE qualifies AND s IN ('positive', 'negative')
        GROUP BY s, lk, dk
    )
    SELECT count(*) AS total,
        count(*) FILTER (WHERE NOT is_fraudulent) AS counted,
        count(*) FILTER (WHERE {_COUNTED}) AS qualifying,
        coalesce(sum(overall) FILTER (WHERE {_COUNTED}), 0) AS overall_sum,
        coalesce(sum(reward_percentage) FILTER (WHERE {_COUNTED}), 0) AS reward_sum,
        count(reward_percentage) FILTER (WHERE {_COUNTED}) AS rewards,
        coalesce(sum((analysis_metadata->>'prompt_tokens')::bigint), 0)::bigint
            AS prompt_tokens,
        coalesce(sum((analysis_metadata->>'completion_tokens')::bigint), 0)::bigint
            AS completion_tokens,
        coalesce(sum((analysis_metadata->>'cost_usd')::numeric), 0) AS cost_usd,
        count(*) FILTER (WHERE report_themes IS NULL OR legacy_actionable_items IS NOT NULL)
            AS unready,
        (SELECT json_agg(json_build_array(s, lk, dk, l, c, d, mentions, first, rank))
         FROM (
            SELECT s, lk, dk, l, c, d, count(*) AS mentions, min(place) AS first,
                max(rank) AS rank
            FROM m
            GROUP BY s, lk, dk, l, c, d
         ) AS g) AS mentions,
        (SELECT json_agg(json_build_array(s, lk, dk, qualifying, newest)) FROM q) AS quotes,
        (SELECT json_agg(json_build_array(
            position, call_session_id, encode(quotes, 'base64'), jsonb_array_length(report_themes),
            (analysis_metadata->>'redaction_rules')::int
         ))
         FROM f
         WHERE position IN (SELECT place / {THEME_SLOTS} FROM q, unnest(newest) AS place)
        ) AS quoted,
        (SELECT json_agg(json_build_array(
            c, frequency, -lead[1], last_seen, first,
            json_build_array(l.call_session_id, encode(l.actionable_items, 'base64'), lead[3])
         ))
         FROM (
            SELECT i.c, count(*) AS frequency, max(f.created_at) AS last_seen,
                min(f.position * {THEME_SLOTS} + i.o - 1) AS first,
                min(ARRAY[-i.r, f.position, i.n]) AS lead
            FROM f
            CROSS JOIN LATERAL ROWS FROM (
                jsonb_to_recordset(f.report_items) AS (n int, c text, r int, k text)
            ) WITH ORDINALITY AS i(n, c, r, k, o)
            WHERE NOT f.is_fraudulent AND f.actionable_items IS NOT NULL
            GROUP BY i.k, i.c
         ) AS r
         JOIN f AS l ON l.position = r.lead[2]) AS recommendations
    FROM f
) AS tally
"""
"""Each store's week in one row: counts and sums; its themes counted alike in sentiment,
key and spelling, with the most urgent item of the same category in their feedback (stored
beside the themes, `report_ranks`; looked up among `report_items` in rows stored before
it); the places of each theme group's newest `$4` qualifying mentions (an ordered aggregate
a group, not a window over all the store's mentions), and the call, sealed quotes, theme
count and redaction rules of each feedback they are in (`quoted`, encoded once for all its
groups); its items
counted as recommendations by category and fingerprint, with the most urgent (earliest of
equals) raising's call and sealed items, found as the least (-rank, position, index) and
joined back, so only the lead is encoded.
`unready` rows were stored before their report facts. One index scan a store, with the
store's own bounds; nothing decrypted."""

_SENTIMENTS = {member.value: member for member in Sentiment}
_CATEGORIES = {member.value: member for member in Category}
_JSON = msgspec.json.Decoder()


async def read_tallies(
    connection: PoolConnectionProxy,
    repository: PostgresAssessmentRepository,
    weeks: Mapping[StoreId, tuple[datetime, datetime]],
    quote_candidates: int,
) -> tuple[dict[StoreId, WeekTally], list[StoreId]]:
    """The tallies of the stores whose rows all have their facts, and the other stores."""
    rows = await connection.fetch(
        TALLIES,
        list(weeks),
        [start for start, _ in weeks.values()],
        [end for _, end in weeks.values()],
        quote_candidates,
    )
    tallies: dict[StoreId, WeekTally] = {}
    unready = []
    open_quotes = repository.open_quotes

    def open_text(sealed: str) -> Sequence[str | None]:  # base64 decoded only when sampled
        opened: Sequence[str | None] = open_quotes(b64decode(sealed))
        return opened

    for row in rows:
        store_id = StoreId(row["store_id"])
        if row["unready"]:
            unready.append(store_id)
            continue
        feedback = _StoreQuotes(_JSON.decode(row["quoted"] or "[]"), open_text)
        quotes = {
            (_SENTIMENTS[s], lk, dk): QuoteCandidates(
                tuple(feedback.candidate(place) for place in newest),
                complete=qualifying <= quote_candidates,
            )
            for s, lk, dk, qualifying, newest in _JSON.decode(row["quotes"] or "[]")
        }
        tallies[store_id] = WeekTally(
            total=row["total"],
            counted=row["counted"],
            qualifying=row["qualifying"],
            overall_sum=Decimal(row["overall_sum"]),
            reward_sum=Decimal(row["reward_sum"]),
            rewards=row["rewards"],
            usage=AnalysisUsage(row["prompt_tokens"], row["completion_tokens"], row["cost_usd"]),
            mentions=tuple(_mention(g) for g in _JSON.decode(row["mentions"] or "[]")),
            quotes=quotes,
            recommendations=tuple(
                _recommendation(r, repository.open_item)
                for r in _JSON.decode(row["recommendations"] or "[]")
            ),
        )
    return tallies, unready


def _mention(group: list[Any]) -> MentionCount:
    sentiment, label_key, department_key, label, category, department, count, first, rank = group
    return MentionCount(
        _SENTIMENTS[sentiment],
        label_key,
        department_key,
        label,
        _CATEGORIES[category],
        department,
        count,
        first,
        None if rank is None else PRIORITIES[rank],
    )


class _StoreQuotes:
    """The feedback a store's quote candidates are in, by position: each one's call (its id's
    text, an id only if sampled) and its quotes as stored, with the redaction rules they
    were kept under, opened once for all its groups."""

    __slots__ = ("_given", "_open", "_opened")

    def __init__(self, quoted: list[list[Any]], open_text: Callable[[str], Sequence[Any]]) -> None:
        self._given = {position: rest for position, *rest in quoted}
        self._open = open_text
        self._opened: dict[int, FeedbackQuotes] = {}

    def candidate(self, place: int) -> QuoteCandidate:
        position, index = divmod(place, THEME_SLOTS)
        call, sealed, count, rules = self._given[position]
        quotes = self._opened.get(position)
        if quotes is None:
            if sealed is None:
                quotes = FeedbackQuotes([None] * count)
            else:
                quotes = FeedbackQuotes.sealed(count, sealed, self._open, rules)
            self._opened[position] = quotes
        return call, quotes, index


def _recommendation(
    counted: list[Any], open_item: Callable[[bytes, int], ActionableItem]
) -> RecommendationCount:
    c, frequency, rank, last_seen, first, (source, sealed, index) = counted
    return RecommendationCount(
        category=_CATEGORIES[c],
        priority=PRIORITIES[rank],
        frequency=frequency,
        last_seen=datetime.fromisoformat(last_seen),
        first=first,
        source=CallSessionId(UUID(source)),
        lead=lambda: open_item(b64decode(sealed), index),
    )
