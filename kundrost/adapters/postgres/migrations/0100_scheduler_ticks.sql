-- The scheduler's tick claims: one row per (job, scheduled tick) that some scheduler ran.
-- The primary key makes the claim: of concurrent inserts of one pair exactly one succeeds
-- (`INSERT ... ON CONFLICT DO NOTHING`), so each tick runs on exactly one machine.

CREATE TABLE IF NOT EXISTS scheduler_ticks (
    job         text        NOT NULL CHECK (length(job) BETWEEN 1 AND 100),
    tick_at     timestamptz NOT NULL,
    claimed_by  text        NOT NULL,
    claimed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (job, tick_at)
);

-- forgetting old claims goes by time alone
CREATE INDEX IF NOT EXISTS scheduler_ticks_tick_at ON scheduler_ticks (tick_at);
