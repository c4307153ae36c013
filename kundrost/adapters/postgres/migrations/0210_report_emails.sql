-- The weekly reports' e-mails: one row per report whose e-mail was begun. The primary key
-- and the conditional upsert of a claim let one sender at a time hold a report, and none
-- after it was sent, so a rerun of the weekly job never sends a report twice. No address
-- is kept here: the recipients live in the store's business context.

CREATE TABLE IF NOT EXISTS report_emails (
    report_id   uuid        PRIMARY KEY,
    store_id    uuid        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('sending', 'sent', 'failed')),
    attempts    integer     NOT NULL CHECK (attempts >= 1),
    updated_at  timestamptz NOT NULL,
    sent_at     timestamptz,
    last_error  text        CHECK (length(last_error) BETWEEN 1 AND 200)
);

CREATE INDEX IF NOT EXISTS report_emails_store ON report_emails (store_id);
