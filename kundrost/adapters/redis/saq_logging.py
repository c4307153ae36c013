"""SAQ's own log lines, fitted to kundrost: an outage of Redis is one line, not one a second."""

from __future__ import annotations

import logging

from kundrost.adapters.redis.connection import AWAY


class QuietUpkeep(logging.Filter):
    """Drops SAQ's "Upkeep task failed unexpectedly" (with its traceback, every second per
    upkeep task) when the cause is Redis being away: the worker's dequeue already logs
    that outage once, and once more when it is over."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg != "Upkeep task failed unexpectedly" or not record.exc_info:
            return True
        error = record.exc_info[1]
        return not (isinstance(error, AWAY) or isinstance(error and error.__cause__, AWAY))


def quiet_upkeep() -> None:
    """Installs `QuietUpkeep` on SAQ's logger, once per process."""
    saq = logging.getLogger("saq")
    if not any(isinstance(existing, QuietUpkeep) for existing in saq.filters):
        saq.addFilter(QuietUpkeep())
