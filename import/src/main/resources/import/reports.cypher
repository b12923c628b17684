// name: Import reports
// finds: merges a batch of reports, one REPORTED per (reporter, post, reported_at); refuses unknown accounts and posts
// param: rows list<map> -- validated rows: line, reporter_id, post_id, reported_at, reported_precision, reason
// param: platform string -- the platform of the dataset's ids
// param: dataset string -- the dataset's name, recorded on every report it mentions
// returns: line int, field string, reason string -- one row per refused report
UNWIND $rows AS row
OPTIONAL MATCH (a:Account {platform: $platform, id: row.reporter_id})
OPTIONAL MATCH (p:Post {platform: $platform, id: row.post_id})
CALL (row, a, p) {
  WITH row, a, p WHERE a IS NOT NULL AND p IS NOT NULL
  MERGE (a)-[r:REPORTED {reported_at: row.reported_at}]->(p)
  SET r.reported_precision = row.reported_precision,
      r.reason = coalesce(row.reason, r.reason),
      r.datasets = CASE WHEN $dataset IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $dataset END
}
WITH row, a, p WHERE a IS NULL OR p IS NULL
RETURN row.line AS line,
       CASE WHEN a IS NULL THEN 'reporter_id' ELSE 'post_id' END AS field,
       CASE WHEN a IS NULL
         THEN 'no account ' + row.reporter_id + ' in this dataset or the graph: add it to accounts'
         ELSE 'no post ' + row.post_id + ' in this dataset or the graph: add it to posts'
       END AS reason
