"""How a kundrost `Job` travels as a SAQ job: kind → function name, payload → kwargs, key →
SAQ's job key, `not_before` → SAQ's scheduled second."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from attrs import frozen

from kundrost.adapters.redis.saq_queue import PrefixedJob
from kundrost.ports.job_queue import Job, JobKind

KEY = "kundrost_key"
NOT_BEFORE = "not_before"


@frozen
class SaqJobSettings:
    """What SAQ needs to keep a job alive: `heartbeat` (seconds a running job may go without
    a sign of life before it counts as lost), `timeout` (seconds it may run at all),
    `attempts` (runs in all, lost workers included), `keep` (seconds a finished job's record
    stays readable)."""

    heartbeat: int
    timeout: int
    attempts: int
    keep: int


def saq_job_of(job: Job, now: datetime, settings: SaqJobSettings) -> PrefixedJob:
    """A job without a key gets SAQ's own unique key; SAQ's meta remembers whether it had one,
    so the job reads back exactly as it was enqueued."""
    meta: dict[str, str] = {}
    options: dict[str, Any] = {}
    if job.key is not None:
        meta[KEY] = job.key
        options["key"] = job.key
    if job.not_before is not None:
        meta[NOT_BEFORE] = job.not_before.isoformat()
        if job.not_before > now:
            options["scheduled"] = math.ceil(job.not_before.timestamp())
    return PrefixedJob(
        function=job.kind.value,
        kwargs=dict(job.payload),
        heartbeat=settings.heartbeat,
        timeout=settings.timeout,
        retries=settings.attempts,
        ttl=settings.keep,
        meta=meta,
        **options,
    )


def job_of(kind: JobKind, payload: Mapping[str, str], meta: Mapping[str, Any]) -> Job:
    not_before = meta.get(NOT_BEFORE)
    return Job(
        kind,
        dict(payload),
        key=meta.get(KEY),
        not_before=None if not_before is None else datetime.fromisoformat(not_before),
    )
