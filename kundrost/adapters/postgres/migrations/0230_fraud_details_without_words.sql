-- A fraud record outlives its call (365 days), so its details never quote the customer
-- (`domain.fraud.Violation`). Earlier releases named an unknown department as the shopper
-- said it ("'Fiskdisken' is not a department of this store."); those details take the
-- neutral wording the domain writes now. Nothing else in a verdict held the customer's words.
UPDATE fraud_records f
SET verdict = jsonb_set(f.verdict, '{checks}', (
    SELECT jsonb_agg(
        jsonb_set(c.check_body, '{violations}', COALESCE((
            SELECT jsonb_agg(
                CASE WHEN v.body ->> 'indicator' = 'unknown_department'
                          AND v.body ->> 'detail' LIKE '%is not a department of this store.'
                     THEN jsonb_set(v.body, '{detail}',
                          to_jsonb('The feedback names a department this store does not list.'::text))
                     ELSE v.body END
                ORDER BY v.n)
            FROM jsonb_array_elements(c.check_body -> 'violations') WITH ORDINALITY AS v(body, n)
        ), '[]'::jsonb))
        ORDER BY c.n)
    FROM jsonb_array_elements(f.verdict -> 'checks') WITH ORDINALITY AS c(check_body, n)
))
WHERE f.verdict::text LIKE '%is not a department of this store.%';
