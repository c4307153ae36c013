"""Redis adapters: the shared cache, the job queue (SAQ) and the rate-limit store."""

from kundrost.adapters.redis.connection import RedisConnection, RedisUnavailable
from kundrost.adapters.redis.job_queue import JobFailed, NoHandler, QueueCounts, RedisJobQueue
from kundrost.adapters.redis.session_store import RedisSessionStore
from kundrost.adapters.redis.worker_policy import WorkerPolicy

__all__ = [
    "JobFailed",
    "NoHandler",
    "QueueCounts",
    "RedisConnection",
    "RedisJobQueue",
    "RedisSessionStore",
    "RedisUnavailable",
    "WorkerPolicy",
]
