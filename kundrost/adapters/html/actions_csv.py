"""The week's recommendations as CSV, for a spreadsheet: one row per action, most urgent first."""

from __future__ import annotations

import csv
import io
from datetime import tzinfo

from kundrost.adapters.html import swedish
from kundrost.domain.weekly_report import WeeklyReport

HEADER = (
    "Rang",
    "Prioritet",
    "Kategori",
    "Avdelning",
    "Åtgärd",
    "Antal kunder",
    "Senast nämnd",
    "Effekt",
    "Att genomföra",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is a formula to a spreadsheet; the descriptions come
from what customers said, so such a cell is written with a leading apostrophe."""


def _cell(text: str) -> str:
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def actions_csv(report: WeeklyReport, zone: tzinfo) -> str:
    """RFC 4180 text (comma, CRLF) with a byte-order mark, so spreadsheet programs read the
    Swedish letters right; dates are the store's local days."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for rank, item in enumerate(report.actionable_recommendations, 1):
        writer.writerow(
            (
                rank,
                swedish.PRIORITIES[item.priority],
                swedish.CATEGORIES[item.category],
                _cell(item.department or ""),
                _cell(item.description),
                item.frequency,
                item.last_seen.astimezone(zone).date().isoformat(),
                swedish.IMPACT[item.estimated_impact],
                swedish.EFFORT[item.implementation_complexity],
            )
        )
    return out.getvalue()


def csv_filename(report: WeeklyReport) -> str:
    return f"kundrost-atgarder-{report.week}-{str(report.store_id)[:8]}.csv"
