-- The query SearchApi sent before: documents joined without their estate (so no index could give the newest first).
-- Variables: estate, q (the normalised term).
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT d.*, s.search_text
FROM document_search AS s
JOIN (SELECT * FROM documents WHERE destroyed_at IS NULL) AS d ON s.document_id = d.id
WHERE s.estate_id = :'estate'
  AND (s.search_text ILIKE '%' || :'q' || '%' OR to_tsvector('simple'::regconfig, s.search_text) @@ plainto_tsquery('simple'::regconfig, :'q'))
ORDER BY d.filed_at DESC
LIMIT 50;
