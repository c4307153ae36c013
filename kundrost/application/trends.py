"""A store's trends over a period of weeks, as GET /trends shows them."""

from __future__ import annotations

from attrs import field, frozen

from kundrost.application.store_time import store_zone
from kundrost.domain.errors import InvalidValue
from kundrost.domain.ids import StoreId
from kundrost.domain.trend_policy import TrendPolicy
from kundrost.domain.trends import Trends, trends
from kundrost.domain.week import IsoWeek
from kundrost.ports.system import Clock
from kundrost.ports.unit_of_work import UnitOfWorkFactory


def period_name(weeks: int) -> str:
    return f"{weeks}_weeks"


@frozen
class GetTrends:
    """The trends of the period's weeks (`4_weeks` … `26_weeks`, the policy's periods) ending
    with the last complete week in the store's zone: the current week is left out, since
    its report, if any, is partial, and predictions need whole weeks."""

    new_uow: UnitOfWorkFactory
    clock: Clock
    policy: TrendPolicy = field(factory=TrendPolicy)

    def weeks_of(self, period: str) -> int:
        periods = {period_name(weeks): weeks for weeks in self.policy.periods}
        if period not in periods:
            raise InvalidValue("period", f"must be one of {', '.join(periods)}")
        return periods[period]

    async def __call__(self, store_id: StoreId, period: str) -> Trends:
        weeks = self.weeks_of(period)
        async with self.new_uow() as uow:
            until = IsoWeek.of(self.clock.now(), await store_zone(uow, store_id)).previous()
            reports = await uow.reports.for_store(
                store_id, since=until.shifted(1 - weeks), until=until
            )
        return trends(reports, weeks, until, self.policy)
