"""`kundrost demo`: a simulated week of three stores, on the embedded adapters, in seconds."""

from __future__ import annotations

import argparse
import asyncio
import logging
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from kundrost.domain import WeeklyReport
from kundrost.entrypoints.cli.demo_pages import pages_folder, write_pages
from kundrost.entrypoints.cli.demo_run import CallRow, DemoResult, simulate_week, total_reward
from kundrost.entrypoints.cli.demo_stores import DemoStore
from kundrost.entrypoints.cli.demo_week import plan_week


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "demo", help="a simulated week of feedback calls for three stores, run end to end"
    )
    parser.add_argument("--seed", type=int, default=47, help="replays the same week (47)")
    parser.add_argument(
        "--pages",
        metavar="FOLDER",
        help="where to write the stores' report pages (default: a new temporary folder)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    logging.getLogger("kundrost").setLevel(logging.WARNING)
    console = Console(width=None if Console().is_terminal else 132)
    console.print(
        "[bold]kundrost demo[/] — one week (ISO week 47, 2026) of verified purchases in three "
        "stores, each called, analysed, checked for fraud and graded; then the weekly reports."
    )
    with Progress(
        TextColumn("Calling shoppers"), BarColumn(), MofNCompleteColumn(), console=console
    ) as progress:
        task = progress.add_task("calls", total=len(plan_week(args.seed)))
        result = asyncio.run(simulate_week(args.seed, lambda: progress.advance(task)))
    console.print(_calls_table(result))
    console.print(_totals(result))
    for store, report in result.reports:
        console.print(_report_table(store, report))
    paths = write_pages(result, pages_folder(args.pages))
    console.print("The weekly report pages a store owner reads (open them in a browser):")
    for path in paths:
        console.print(f"  {path}", highlight=False, soft_wrap=True)
    return 0


def _percent(value: object) -> str:
    return "" if value is None else f"{value} %"


def _calls_table(result: DemoResult) -> Table:
    table = Table(title=f"Calls in week {result.week}", title_justify="left")
    for column in ("when", "store", "shopper", "outcome", "try", "quality", "reward"):
        table.add_column(column, no_wrap=True)
    table.add_column("fraud indicators", overflow="fold")
    for row in result.calls:
        table.add_row(*_cells(row))
    return table


def _cells(row: CallRow) -> list[str]:
    session, assessment = row.session, row.assessment
    local = row.purchase.bought_at.astimezone(row.purchase.store.context.zone)
    outcome = session.status.value
    reason = session.failure_reason or session.end_reason
    if reason is not None and reason.value != "completed":
        outcome += f": {reason.value}"
    quality = f"{assessment.scores.overall:.2f}" if assessment else ""
    fraudulent = assessment is not None and assessment.is_fraudulent
    indicators = escape(", ".join(row.fraud_indicators))
    return [
        local.strftime("%a %H:%M"),
        escape(row.purchase.store.short_name),
        row.purchase.shopper.value,
        outcome,
        str(session.attempt),
        quality,
        _percent(assessment.reward_percentage) if assessment else "",
        f"[red]{indicators}[/]" if fraudulent else f"[dim]{indicators}[/]",
    ]


def _totals(result: DemoResult) -> str:
    rows = result.calls
    graded = [row.assessment for row in rows if row.assessment]
    qualifying = sum(1 for a in graded if a.qualifies)
    fraud = sum(1 for a in graded if a.is_fraudulent)
    abandoned = sum(1 for row in rows if row.session.status.value == "abandoned")
    return (
        f"{len(rows)} calls: {len(graded)} graded, {qualifying} qualified for cashback "
        f"({total_reward(rows)} kr in all), {fraud} caught as fraud, {abandoned} abandoned. "
        "Transcripts of everything that did not qualify were deleted at once."
    )


def _report_table(store: DemoStore, report: WeeklyReport) -> Table:
    table = Table(
        title=escape(f"Weekly report — {store.name}, week {report.week}"),
        title_justify="left",
        show_header=False,
    )
    table.add_column("section", style="bold")
    table.add_column("content", overflow="fold")
    table.add_row(
        "feedback",
        f"{report.total_feedback_count} graded, {report.qualifying_feedback_count} qualifying; "
        f"average quality {report.average_quality_score or '–'}, "
        f"average reward {_percent(report.average_reward_percentage) or '–'}",
    )
    table.add_row("going well", _themes(report.positive_trends))
    table.add_row("issues", _themes(report.negative_issues))
    table.add_row("new this week", _themes(report.new_issues))
    departments = [
        f"{d.department}: {d.positive_count}+ / {d.negative_count}− / {d.mixed_count}±"
        for d in report.department_insights
    ]
    table.add_row("departments", "; ".join(departments) or "–")
    actions = [
        escape(f"[{r.priority.value}] {r.description}")
        for r in report.actionable_recommendations[:4]
    ]
    table.add_row("recommendations", "\n".join(actions) or "–")
    return table


def _themes(items: Any) -> str:
    shown = [escape(f"{item.label} ({item.mentions})") for item in items[:4]]
    return ", ".join(shown) or "–"
