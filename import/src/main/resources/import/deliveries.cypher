// name: Import deliveries
// finds: merges a batch of deliveries, one DELIVERED per (purchase, account); refuses unknown purchases and accounts
// param: rows list<map> -- validated rows: line, purchase_id, account_id, delivered_at, delivered_precision
// param: platform string -- the platform of the dataset's ids
// param: dataset string -- the dataset's name, recorded on every delivery it mentions
// returns: line int, field string, reason string -- one row per refused delivery
// note: delivered_at keeps the earliest time any import gave
UNWIND $rows AS row
OPTIONAL MATCH (p:Purchase {id: row.purchase_id})
OPTIONAL MATCH (a:Account {platform: $platform, id: row.account_id})
CALL (row, p, a) {
  WITH row, p, a WHERE p IS NOT NULL AND a IS NOT NULL
  MERGE (p)-[d:DELIVERED]->(a)
  WITH row, d, row.delivered_at IS NOT NULL AND (d.delivered_at IS NULL OR row.delivered_at < d.delivered_at) AS earlier
  SET d.delivered_at = CASE WHEN earlier THEN row.delivered_at ELSE d.delivered_at END,
      d.delivered_precision = CASE WHEN earlier THEN row.delivered_precision ELSE d.delivered_precision END,
      d.datasets = CASE WHEN $dataset IN coalesce(d.datasets, []) THEN d.datasets ELSE coalesce(d.datasets, []) + $dataset END
}
WITH row, p, a WHERE p IS NULL OR a IS NULL
RETURN row.line AS line,
       CASE WHEN p IS NULL THEN 'purchase_id' ELSE 'account_id' END AS field,
       CASE WHEN p IS NULL
         THEN 'no purchase ' + row.purchase_id + ' in this dataset or the graph: add it to purchases'
         ELSE 'no account ' + row.account_id + ' in this dataset or the graph: add it to accounts'
       END AS reason
