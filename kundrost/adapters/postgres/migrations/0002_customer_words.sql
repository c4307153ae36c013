-- The customer's words: sealed everywhere, kept only as long as their call (issue 16).
--
-- Every text derived from what a customer said is stored as Cipher ciphertext (BYTEA), and
-- what a weekly report quotes is kept apart from the report, keyed to its call, so that it
-- goes when the call is cancelled or expires while the report stays. The encryption key is
-- not in the database, so rows of earlier releases that held such text in clear are marked
-- here and sealed by `kundrost migrate` right after this file (docs/storage.md).

-- Actionable items quote the customer: sealed like the summary and the theme quotes. Items
-- of earlier rows wait in `legacy_actionable_items` until they are sealed.
ALTER TABLE quality_assessments RENAME COLUMN actionable_items TO legacy_actionable_items;
ALTER TABLE quality_assessments ALTER COLUMN legacy_actionable_items DROP NOT NULL;
ALTER TABLE quality_assessments ALTER COLUMN legacy_actionable_items DROP DEFAULT;
UPDATE quality_assessments SET legacy_actionable_items = NULL
WHERE is_anonymised OR legacy_actionable_items = '[]'::jsonb;
ALTER TABLE quality_assessments ADD COLUMN actionable_items bytea;
ALTER TABLE quality_assessments ADD CONSTRAINT quality_assessments_anonymised_without_items
    CHECK (NOT is_anonymised OR (actionable_items IS NULL AND legacy_actionable_items IS NULL));
CREATE INDEX quality_assessments_unsealed ON quality_assessments (id)
    WHERE legacy_actionable_items IS NOT NULL;

-- Transcripts carry their store and a keyed signature of the customer's words, so the
-- near-duplicate check reads one index of one store and never decrypts other calls.
ALTER TABLE transcripts ADD COLUMN store_id uuid;
UPDATE transcripts t SET store_id = s.store_id FROM call_sessions s WHERE s.id = t.call_session_id;
ALTER TABLE transcripts ALTER COLUMN store_id SET NOT NULL;
ALTER TABLE transcripts ADD COLUMN signature bytea;
DROP INDEX transcripts_recorded;
CREATE INDEX transcripts_store_signed ON transcripts (store_id, recorded_at, call_session_id)
    WHERE signature IS NOT NULL;
CREATE INDEX transcripts_unsigned ON transcripts (call_session_id) WHERE signature IS NULL;

-- A report's quotes and worded recommendations, each keyed to the call it came from: they go
-- with the call (cancel: deleted; expiry: the cascade), the report itself stays.
CREATE TABLE report_words (
    report_id       uuid NOT NULL REFERENCES weekly_reports (id) ON DELETE CASCADE,
    place           text NOT NULL CHECK (length(place) BETWEEN 1 AND 100),
    call_session_id uuid NOT NULL REFERENCES call_sessions (id) ON DELETE CASCADE,
    words           bytea NOT NULL,
    PRIMARY KEY (report_id, place)
);
CREATE INDEX report_words_session ON report_words (call_session_id);

-- The quotes of earlier reports name no call, so they could never be erased with it: they go.
ALTER TABLE weekly_reports DROP COLUMN quotes;

-- Recommendations of earlier reports may quote a customer in their description, and name no
-- call either: they keep their category, department, priority and rank, and take the neutral
-- description a recommendation has once its words are gone (`Recommendation.without_words`).
UPDATE weekly_reports SET body = jsonb_set(body, '{actionable_recommendations}', (
    SELECT coalesce(jsonb_agg(
        jsonb_set(r, '{description}', to_jsonb(left(
            'Åtgärd inom ' || CASE r ->> 'category'
                WHEN 'product' THEN 'sortiment'
                WHEN 'service' THEN 'service'
                WHEN 'environment' THEN 'butiksmiljö'
                WHEN 'staff' THEN 'personal'
                WHEN 'pricing' THEN 'priser'
                WHEN 'accessibility' THEN 'tillgänglighet'
            END || coalesce(', ' || (r ->> 'department'), ''), 500)))
        ORDER BY n), '[]'::jsonb)
    FROM jsonb_array_elements(body -> 'actionable_recommendations') WITH ORDINALITY AS e(r, n)))
WHERE jsonb_array_length(body -> 'actionable_recommendations') > 0;

-- Live calls are few; those without news are found by this index and given up.
CREATE INDEX call_sessions_live ON call_sessions (id) WHERE status IN ('pending', 'in_progress');
