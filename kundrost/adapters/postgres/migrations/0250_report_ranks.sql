-- Each theme's item urgency, worked out when the assessment is stored (issue 20): for each
-- theme of `report_themes`, in its order, the priority rank of the most urgent of the
-- feedback's actionable items in the theme's category, null where it has none
-- (`domain.report_facts.theme_ranks`). The weekly run reads it beside the themes instead of
-- looking each theme's category up among `report_items`. Categories and priorities are the
-- analyzer's enums, no customer words; they describe the items, so anonymising clears them
-- with the items.
--
-- Rows stored before this file have none; the weekly run looks their themes' categories up
-- among their `report_items` as before, with equal reports.
ALTER TABLE quality_assessments ADD COLUMN report_ranks smallint[];
ALTER TABLE quality_assessments ADD CONSTRAINT quality_assessments_anonymised_without_ranks
    CHECK (NOT is_anonymised OR report_ranks IS NULL);
