// name: Import follows
// finds: merges a batch of follow episodes, one per (follower, target, followed_at); refuses rows whose accounts are unknown
// param: rows list<map> -- validated rows: line, follower_id, target_id, episode, followed_at, followed_precision, unfollowed_at, unfollowed_precision, observed_at
// param: platform string -- the platform of the dataset's ids
// param: dataset string -- the dataset's name, recorded on every follow it mentions
// returns: line int, field string, reason string -- one row per refused follow
// note: an unknown id is a reject, never a silent new node (import-format.md)
UNWIND $rows AS row
OPTIONAL MATCH (f:Account {platform: $platform, id: row.follower_id})
OPTIONAL MATCH (t:Account {platform: $platform, id: row.target_id})
CALL (row, f, t) {
  WITH row, f, t WHERE f IS NOT NULL AND t IS NOT NULL
  MERGE (f)-[r:FOLLOWS {episode: row.episode}]->(t)
  SET r.followed_at = coalesce(r.followed_at, row.followed_at),
      r.followed_precision = coalesce(r.followed_precision, row.followed_precision),
      r.unfollowed_at = coalesce(row.unfollowed_at, r.unfollowed_at),
      r.unfollowed_precision = CASE WHEN row.unfollowed_at IS NULL THEN r.unfollowed_precision ELSE row.unfollowed_precision END,
      r.observed_at = CASE WHEN r.observed_at IS NULL OR row.observed_at > r.observed_at THEN row.observed_at ELSE r.observed_at END,
      r.datasets = CASE WHEN $dataset IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $dataset END
}
WITH row, f, t WHERE f IS NULL OR t IS NULL
RETURN row.line AS line,
       CASE WHEN f IS NULL THEN 'follower_id' ELSE 'target_id' END AS field,
       'no account ' + CASE WHEN f IS NULL THEN row.follower_id ELSE row.target_id END
         + ' in this dataset or the graph: add it to accounts' AS reason
