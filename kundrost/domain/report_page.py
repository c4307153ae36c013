"""What a store owner's pages show: a report with the weeks before it, or a store's weeks."""

from __future__ import annotations

from datetime import tzinfo

from attrs import frozen

from kundrost.domain.ids import StoreId
from kundrost.domain.weekly_report import WeeklyReport


def finished(report: WeeklyReport, zone: tzinfo) -> bool:
    """Whether the report was made after its week ended (else it is a partial report)."""
    return report.generated_at >= report.week.bounds(zone)[1]


@frozen
class ReportPage:
    """A report with the store's reports of the weeks before it (oldest first, weeks without
    a report left out), the store's name when its context gives one, and its zone."""

    report: WeeklyReport
    earlier: tuple[WeeklyReport, ...]
    store_name: str | None
    zone: tzinfo

    @property
    def finished(self) -> bool:
        return finished(self.report, self.zone)


@frozen
class StoreReports:
    """A store's reports, newest week first, with its name when its context gives one, and
    its zone."""

    store_id: StoreId
    store_name: str | None
    reports: tuple[WeeklyReport, ...]
    zone: tzinfo

    def finished(self, report: WeeklyReport) -> bool:
        return finished(report, self.zone)
