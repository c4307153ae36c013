"""WorkerPolicy: how the Redis queue's workers run jobs and notice a lost one."""

from __future__ import annotations

from attrs import field, frozen

from kundrost.adapters.job_retries import OutageRetry
from kundrost.adapters.redis.job_mapping import SaqJobSettings


@frozen
class WorkerPolicy:
    """The defaults suit production; tests shorten them to seconds.

    A running job beats every `heartbeat / 4` seconds; a job silent for `heartbeat` seconds
    counts as lost (its worker died), and the next sweep — every `sweep_every` seconds,
    by one worker of the fleet — waits `abort_wait` seconds for a live worker to give it up
    and queues it again, until it has run `attempts` times. A job may run `timeout` seconds.
    A worker runs `concurrency` jobs at once; when it stops, a running job has `grace`
    seconds to finish before it is cancelled and queued again. An idle worker looks for work
    every `idle_poll` seconds at least (it is woken at once when a job arrives). A finished
    job's record is kept `keep` seconds for operators. A job that meets an unavailable
    service waits it out in its worker (`outage_retry`), beating all the while.
    """

    concurrency: int = 10
    heartbeat: int = 20
    sweep_every: int = 10
    abort_wait: float = 5.0
    timeout: int = 600
    attempts: int = 3
    grace: int = 20
    idle_poll: float = 0.25
    keep: int = 3600
    outage_retry: OutageRetry = field(factory=OutageRetry)

    def __attrs_post_init__(self) -> None:
        for name in ("concurrency", "heartbeat", "sweep_every", "timeout", "attempts"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name} must be at least 1, got {getattr(self, name)}")

    @property
    def job_settings(self) -> SaqJobSettings:
        return SaqJobSettings(self.heartbeat, self.timeout, self.attempts, self.keep)

    @property
    def beat_every(self) -> float:
        return self.heartbeat / 4
