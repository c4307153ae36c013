-- Live calls (the 46elks realtime socket bridged to a realtime model): a shopper may decline
-- the call, an agent's turn may be cut off by the shopper, the bridge measures its timings,
-- and a `hello` finds its pending session by the provider's call id.

ALTER TABLE call_sessions DROP CONSTRAINT IF EXISTS call_sessions_end_reason_check;
ALTER TABLE call_sessions ADD CONSTRAINT call_sessions_end_reason_check
    CHECK (end_reason IN ('completed', 'customer_hangup', 'language_barrier', 'timeout',
                          'too_short', 'too_long', 'cancelled', 'technical_failure',
                          'declined'));

ALTER TABLE transcript_messages ADD COLUMN IF NOT EXISTS interrupted boolean NOT NULL DEFAULT false;

ALTER TABLE call_quality_metrics
    ADD COLUMN IF NOT EXISTS first_audio_ms integer CHECK (first_audio_ms >= 0),
    ADD COLUMN IF NOT EXISTS response_latency_p50_ms integer CHECK (response_latency_p50_ms >= 0),
    ADD COLUMN IF NOT EXISTS response_latency_max_ms integer CHECK (response_latency_max_ms >= 0),
    ADD COLUMN IF NOT EXISTS barge_ins integer CHECK (barge_ins >= 0);

-- a live call's `hello` names the provider's call id of a pending session
CREATE INDEX IF NOT EXISTS call_sessions_pending_provider_call ON call_sessions (provider_call_id)
    WHERE status = 'pending' AND provider_call_id IS NOT NULL;
