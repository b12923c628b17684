// name: Import purchases
// finds: merges a batch of test purchases by id with BOUGHT_FROM their storefront and FOR_HONEYPOT their account; refuses unknown ones
// param: rows list<map> -- validated rows: line, id, storefront_id, service, quantity, price, price_text, currency, placed_at, placed_precision, honeypot_id
// param: platform string -- the platform of the honeypot's id
// param: dataset string -- the dataset's name, recorded on every purchase and relationship it mentions
// returns: line int, field string, reason string -- one row per refused purchase
// note: a purchase is bought from one storefront for one honeypot: a row naming others than the graph holds is refused
UNWIND $rows AS row
OPTIONAL MATCH (s:Storefront {id: row.storefront_id})
OPTIONAL MATCH (h:Account {platform: $platform, id: row.honeypot_id})
OPTIONAL MATCH (was:Purchase {id: row.id})
OPTIONAL MATCH (was)-[:BOUGHT_FROM]->(wasFrom:Storefront)
OPTIONAL MATCH (was)-[:FOR_HONEYPOT]->(wasFor:Account)
WITH row, s, h, wasFrom, wasFor,
     CASE
       WHEN s IS NULL THEN ['storefront_id', 'no storefront ' + row.storefront_id + ' in this dataset or the graph: add it to storefronts']
       WHEN h IS NULL THEN ['honeypot_id', 'no account ' + row.honeypot_id + ' in this dataset or the graph: add it to accounts']
       WHEN wasFrom IS NOT NULL AND wasFrom <> s THEN ['storefront_id', 'purchase ' + row.id + ' is already in the graph as bought from storefront ' + wasFrom.id + ', not ' + row.storefront_id]
       WHEN wasFor IS NOT NULL AND wasFor <> h THEN ['honeypot_id', 'purchase ' + row.id + ' is already in the graph for honeypot ' + wasFor.id + ', not ' + row.honeypot_id]
     END AS refusal
CALL (row, s, h, refusal) {
  WITH row, s, h, refusal WHERE refusal IS NULL
  MERGE (p:Purchase {id: row.id})
  SET p.service = row.service,
      p.quantity = row.quantity,
      p.price = coalesce(row.price, p.price),
      p.price_text = coalesce(row.price_text, p.price_text),
      p.currency = coalesce(row.currency, p.currency),
      p.placed_at = row.placed_at,
      p.placed_precision = row.placed_precision,
      p.datasets = CASE WHEN $dataset IN coalesce(p.datasets, []) THEN p.datasets ELSE coalesce(p.datasets, []) + $dataset END
  MERGE (p)-[b:BOUGHT_FROM]->(s)
  SET b.datasets = CASE WHEN $dataset IN coalesce(b.datasets, []) THEN b.datasets ELSE coalesce(b.datasets, []) + $dataset END
  MERGE (p)-[f:FOR_HONEYPOT]->(h)
  SET f.datasets = CASE WHEN $dataset IN coalesce(f.datasets, []) THEN f.datasets ELSE coalesce(f.datasets, []) + $dataset END
}
WITH row, refusal WHERE refusal IS NOT NULL
RETURN row.line AS line, refusal[0] AS field, refusal[1] AS reason
