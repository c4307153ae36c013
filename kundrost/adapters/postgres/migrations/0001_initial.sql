-- kundrost's tables. Unqualified names: `migrate` runs this with search_path set to the
-- configured schema. Personal data (phone numbers, transcript text, summaries, quotes) is
-- stored only as AES-GCM ciphertext (BYTEA); look-ups use keyed fingerprints.

CREATE TABLE call_sessions (
    id                 uuid PRIMARY KEY,
    verification_id    uuid NOT NULL,
    store_id           uuid NOT NULL,
    phone              bytea,
    phone_fingerprint  text,
    transaction_time   timestamptz NOT NULL,
    transaction_value  numeric CHECK (transaction_value >= 0),
    priority           text NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    status             text NOT NULL
        CHECK (status IN ('pending', 'in_progress', 'completed', 'failed', 'abandoned')),
    attempt            integer NOT NULL CHECK (attempt >= 1),
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    connected_at       timestamptz,
    ended_at           timestamptz,
    duration_seconds   integer CHECK (duration_seconds >= 0),
    failure_reason     text CHECK (failure_reason IN ('no_answer', 'busy', 'technical_failure', 'timeout')),
    end_reason         text CHECK (end_reason IN ('completed', 'customer_hangup', 'language_barrier',
                                                  'timeout', 'too_short', 'too_long', 'cancelled',
                                                  'technical_failure')),
    provider_call_id   text,
    expires_at         timestamptz NOT NULL,
    CHECK ((phone IS NULL) = (phone_fingerprint IS NULL))
);
-- one session per verified purchase, also under a race of concurrent initiates
CREATE UNIQUE INDEX call_sessions_verification ON call_sessions (verification_id);
CREATE INDEX call_sessions_store_status ON call_sessions (store_id, status);
CREATE INDEX call_sessions_store_created ON call_sessions (store_id, created_at, id);
CREATE INDEX call_sessions_created ON call_sessions (created_at, id);
CREATE INDEX call_sessions_phone ON call_sessions (phone_fingerprint, created_at)
    WHERE phone_fingerprint IS NOT NULL;
-- retention reads the earliest expiries of ended calls, a batch at a time
CREATE INDEX call_sessions_expiry ON call_sessions (expires_at, id)
    WHERE status NOT IN ('pending', 'in_progress');
CREATE INDEX call_sessions_failed ON call_sessions (id) WHERE status = 'failed';

CREATE TABLE transcripts (
    call_session_id        uuid PRIMARY KEY REFERENCES call_sessions (id) ON DELETE CASCADE,
    id                     uuid NOT NULL UNIQUE,
    total_duration_seconds integer NOT NULL CHECK (total_duration_seconds >= 0),
    recorded_at            timestamptz NOT NULL
);
CREATE INDEX transcripts_recorded ON transcripts (recorded_at, call_session_id);

CREATE TABLE transcript_messages (
    call_session_id   uuid NOT NULL REFERENCES transcripts (call_session_id) ON DELETE CASCADE,
    message_order     integer NOT NULL CHECK (message_order >= 0),
    speaker           text NOT NULL CHECK (speaker IN ('ai', 'customer')),
    content           bytea NOT NULL,
    timestamp_ms      integer NOT NULL CHECK (timestamp_ms >= 0),
    message_type      text CHECK (message_type IN ('question', 'response', 'system', 'error')),
    confidence_score  numeric CHECK (confidence_score BETWEEN 0 AND 1),
    language_detected text,
    PRIMARY KEY (call_session_id, message_order)
);

CREATE TABLE quality_assessments (
    id                 uuid PRIMARY KEY,
    call_session_id    uuid NOT NULL UNIQUE,
    store_id           uuid NOT NULL,
    legitimacy         numeric NOT NULL CHECK (legitimacy BETWEEN 0 AND 1),
    depth              numeric NOT NULL CHECK (depth BETWEEN 0 AND 1),
    usefulness         numeric NOT NULL CHECK (usefulness BETWEEN 0 AND 1),
    overall            numeric NOT NULL CHECK (overall BETWEEN 0 AND 1),
    qualifies          boolean NOT NULL,
    reward_percentage  numeric CHECK (reward_percentage BETWEEN 2.00 AND 15.00),
    is_fraudulent      boolean NOT NULL,
    fraud_reasons      text[] NOT NULL DEFAULT '{}',
    summary            bytea,
    themes             jsonb NOT NULL DEFAULT '[]',
    quotes             bytea,
    actionable_items   jsonb NOT NULL DEFAULT '[]',
    analysis_metadata  jsonb NOT NULL,
    created_at         timestamptz NOT NULL,
    content_deleted    boolean NOT NULL,
    is_anonymised      boolean NOT NULL,
    CHECK (qualifies = (reward_percentage IS NOT NULL)),
    CHECK (NOT (qualifies AND is_fraudulent)),
    CHECK (NOT is_anonymised OR (summary IS NULL AND quotes IS NULL))
);
CREATE INDEX quality_assessments_store_created ON quality_assessments (store_id, created_at, id);
CREATE INDEX quality_assessments_created ON quality_assessments (created_at, id);
CREATE INDEX quality_assessments_to_anonymise ON quality_assessments (created_at, id)
    WHERE NOT is_anonymised;

CREATE TABLE fraud_records (
    id              uuid PRIMARY KEY,
    call_session_id uuid NOT NULL,
    store_id        uuid NOT NULL,
    is_fraudulent   boolean NOT NULL,
    confidence      numeric NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    verdict         jsonb NOT NULL,
    created_at      timestamptz NOT NULL
);
CREATE INDEX fraud_records_session ON fraud_records (call_session_id, created_at, id);
CREATE INDEX fraud_records_created ON fraud_records (created_at, id);

CREATE TABLE call_quality_metrics (
    call_session_id        uuid PRIMARY KEY,
    connection_quality     text NOT NULL CHECK (connection_quality IN ('excellent', 'good', 'fair', 'poor')),
    audio_clarity_score    numeric NOT NULL CHECK (audio_clarity_score BETWEEN 0 AND 1),
    latency_ms             integer NOT NULL CHECK (latency_ms >= 0),
    packet_loss_percentage numeric NOT NULL CHECK (packet_loss_percentage BETWEEN 0 AND 100),
    openai_api_latency_ms  integer CHECK (openai_api_latency_ms >= 0),
    recorded_at            timestamptz NOT NULL
);
CREATE INDEX call_quality_metrics_recorded ON call_quality_metrics (recorded_at, call_session_id);

-- every version of a store's context is kept; the highest is the current one
CREATE TABLE business_contexts (
    store_id   uuid NOT NULL,
    version    integer NOT NULL CHECK (version >= 1),
    store_name text,
    body       jsonb NOT NULL,
    stored_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (store_id, version)
);

CREATE TABLE weekly_reports (
    id                        uuid PRIMARY KEY,
    store_id                  uuid NOT NULL,
    iso_year                  integer NOT NULL,
    iso_week                  integer NOT NULL CHECK (iso_week BETWEEN 1 AND 53),
    generated_at              timestamptz NOT NULL,
    status                    text NOT NULL
        CHECK (status IN ('pending', 'generating', 'completed', 'failed')),
    total_feedback_count      integer NOT NULL CHECK (total_feedback_count >= 0),
    qualifying_feedback_count integer NOT NULL CHECK (qualifying_feedback_count >= 0),
    average_quality_score     numeric CHECK (average_quality_score BETWEEN 0 AND 1),
    average_reward_percentage numeric CHECK (average_reward_percentage BETWEEN 0 AND 100),
    body                      jsonb NOT NULL,
    quotes                    bytea,
    CHECK (qualifying_feedback_count <= total_feedback_count)
);
-- one report per store and ISO week
CREATE UNIQUE INDEX weekly_reports_store_week ON weekly_reports (store_id, iso_year, iso_week);

CREATE TABLE analysis_jobs (
    id              uuid PRIMARY KEY,
    call_session_id uuid NOT NULL,
    status          text NOT NULL CHECK (status IN ('queued', 'processing', 'completed', 'failed')),
    stage           text NOT NULL
        CHECK (stage IN ('queued', 'analysing', 'fraud_checks', 'grading', 'done')),
    assessment_id   uuid,
    error_message   text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    sequence        bigserial NOT NULL,
    CHECK ((status = 'completed') = (assessment_id IS NOT NULL)),
    CHECK ((status = 'failed') = (error_message IS NOT NULL))
);
CREATE INDEX analysis_jobs_session ON analysis_jobs (call_session_id, created_at, sequence);
CREATE INDEX analysis_jobs_unfinished ON analysis_jobs (updated_at, id)
    WHERE status IN ('queued', 'processing');
