// name: Import storefronts
// finds: merges a batch of storefronts by id with an OPERATES from their vendor; refuses unknown or other vendors
// param: rows list<map> -- validated rows: line, id, vendor_id, url, kind, first_seen, first_seen_precision, last_seen, last_seen_precision
// param: dataset string -- the dataset's name, recorded on every storefront and OPERATES it mentions
// returns: line int, field string, reason string -- one row per refused storefront
// note: first_seen keeps the earliest sighting and last_seen the latest, over every import
UNWIND $rows AS row
OPTIONAL MATCH (v:Vendor {id: row.vendor_id})
OPTIONAL MATCH (:Storefront {id: row.id})<-[:OPERATES]-(owner:Vendor)
WITH row, v, owner
CALL (row, v, owner) {
  WITH row, v, owner WHERE v IS NOT NULL AND (owner IS NULL OR owner = v)
  MERGE (s:Storefront {id: row.id})
  WITH row, v, s,
       row.first_seen IS NOT NULL AND (s.first_seen IS NULL OR row.first_seen < s.first_seen) AS earlier,
       row.last_seen IS NOT NULL AND (s.last_seen IS NULL OR row.last_seen > s.last_seen) AS later
  SET s.url = coalesce(row.url, s.url),
      s.kind = coalesce(row.kind, s.kind),
      s.first_seen = CASE WHEN earlier THEN row.first_seen ELSE s.first_seen END,
      s.first_seen_precision = CASE WHEN earlier THEN row.first_seen_precision ELSE s.first_seen_precision END,
      s.last_seen = CASE WHEN later THEN row.last_seen ELSE s.last_seen END,
      s.last_seen_precision = CASE WHEN later THEN row.last_seen_precision ELSE s.last_seen_precision END,
      s.datasets = CASE WHEN $dataset IN coalesce(s.datasets, []) THEN s.datasets ELSE coalesce(s.datasets, []) + $dataset END
  MERGE (v)-[r:OPERATES]->(s)
  SET r.datasets = CASE WHEN $dataset IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $dataset END
}
WITH row, v, owner WHERE v IS NULL OR (owner IS NOT NULL AND owner <> v)
RETURN row.line AS line, 'vendor_id' AS field,
       CASE WHEN v IS NULL
         THEN 'no vendor ' + row.vendor_id + ' in this dataset or the graph: add it to vendors'
         ELSE 'storefront ' + row.id + ' is already in the graph as operated by vendor ' + owner.id + ', not ' + row.vendor_id
       END AS reason
