"""SAQ's worker fitted to kundrost: an outage of Redis is one log line, not a traceback a
second, and not a crash of the task that was finishing a job when Redis went."""

from __future__ import annotations

import logging
from typing import Any

from saq import Worker

from kundrost.adapters.redis.connection import AWAY

_QUIETED = frozenset(
    {"Upkeep task failed unexpectedly", "Error processing job %s", "Failed to consume message"}
)


class PatientWorker(Worker[Any]):
    """A job whose end cannot be written because Redis just went stays in the running list,
    and the sweep takes it up once Redis is back (running it again is safe); SAQ's worker
    would let the error escape its task, to be reported by asyncio at garbage collection."""

    async def process(self) -> bool:
        try:
            return await super().process()
        except AWAY:
            return False


class QuietUpkeep(logging.Filter):
    """Drops SAQ's error lines (each with a traceback, every second per upkeep task; per job
    finishing or update listened for as Redis goes) whose cause is Redis being away: the
    worker's dequeue already logs that outage once, and once more when it is over. Any
    other error is kept."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg not in _QUIETED or not record.exc_info:
            return True
        error = record.exc_info[1]
        return not (isinstance(error, AWAY) or isinstance(error and error.__cause__, AWAY))


def quiet_upkeep() -> None:
    """Installs `QuietUpkeep` on SAQ's logger, once per process."""
    saq = logging.getLogger("saq")
    if not any(isinstance(existing, QuietUpkeep) for existing in saq.filters):
        saq.addFilter(QuietUpkeep())
