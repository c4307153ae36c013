-- What a weekly report counts of each assessment (issue 20): its themes as the report groups
-- and spells them, and its items as recommendations count them, worked out by the domain
-- when the assessment is stored (`domain.report_facts`), so the weekly run counts a week in
-- SQL and decrypts only the quotes and items a report shows.
--
-- `report_themes`: one object a theme, in the themes' order: sentiment, normalised label and
-- department, label and department as spelled, category. Labels are the analyzer's, stored
-- in clear like `themes`. `report_items`: one object an item the week counts, in
-- `one_per_feedback`'s order: its index among the sealed items, category, priority rank,
-- and a keyed fingerprint (`Cipher.fingerprint`) of the words that make two items the
-- same action: never the words. Anonymising clears it with the items.
--
-- Rows stored before this file have neither; the weekly run reads such a store's week row
-- by row as before, until the rows are stored again or age out.
ALTER TABLE quality_assessments ADD COLUMN report_themes jsonb;
ALTER TABLE quality_assessments ADD COLUMN report_items jsonb;
ALTER TABLE quality_assessments ADD CONSTRAINT quality_assessments_anonymised_without_item_facts
    CHECK (NOT is_anonymised OR report_items IS NULL);
