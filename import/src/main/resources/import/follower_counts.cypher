// name: Import follower counts
// finds: merges a batch of counter snapshots, one CountSnapshot per (account, observed_at); refuses unknown accounts
// param: rows list<map> -- validated rows: line, account_id, observed_at, observed_precision, followers, following
// param: platform string -- the platform of the dataset's ids
// param: dataset string -- the dataset's name, recorded on every snapshot and HAD_COUNT it mentions
// returns: line int, field string, reason string -- one row per refused snapshot
// note: a second import of the same (account, observed_at) sets the counts again; an empty following erases nothing
UNWIND $rows AS row
OPTIONAL MATCH (a:Account {platform: $platform, id: row.account_id})
CALL (row, a) {
  WITH row, a WHERE a IS NOT NULL
  MERGE (a)-[h:HAD_COUNT]->(c:CountSnapshot {observed_at: row.observed_at})
  SET c.observed_precision = row.observed_precision,
      c.followers = row.followers,
      c.following = coalesce(row.following, c.following),
      c.datasets = CASE WHEN $dataset IN coalesce(c.datasets, []) THEN c.datasets ELSE coalesce(c.datasets, []) + $dataset END,
      h.datasets = CASE WHEN $dataset IN coalesce(h.datasets, []) THEN h.datasets ELSE coalesce(h.datasets, []) + $dataset END
}
WITH row, a WHERE a IS NULL
RETURN row.line AS line, 'account_id' AS field,
       'no account ' + row.account_id + ' in this dataset or the graph: add it to accounts' AS reason
