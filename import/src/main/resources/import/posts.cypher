// name: Import posts
// finds: merges a batch of posts by (platform, id) with a POSTED from their author; refuses unknown or other authors
// param: rows list<map> -- validated rows: line, id, account_id, created_at, created_precision, url, text
// param: platform string -- the platform of the dataset's ids
// param: dataset string -- the dataset's name, recorded on every post and POSTED it mentions
// returns: line int, field string, reason string -- one row per refused post
// note: a post has one author: a row naming another author than the graph holds is refused, not a second POSTED
UNWIND $rows AS row
OPTIONAL MATCH (a:Account {platform: $platform, id: row.account_id})
OPTIONAL MATCH (:Post {platform: $platform, id: row.id})<-[:POSTED]-(author:Account)
WITH row, a, author
CALL (row, a, author) {
  WITH row, a, author WHERE a IS NOT NULL AND (author IS NULL OR author = a)
  MERGE (p:Post {platform: $platform, id: row.id})
  SET p.created_at = coalesce(p.created_at, row.created_at),
      p.created_precision = CASE WHEN p.created_at IS NULL OR p.created_at = row.created_at THEN row.created_precision ELSE p.created_precision END,
      p.url = coalesce(row.url, p.url),
      p.text = coalesce(row.text, p.text),
      p.datasets = CASE WHEN $dataset IN coalesce(p.datasets, []) THEN p.datasets ELSE coalesce(p.datasets, []) + $dataset END
  MERGE (a)-[r:POSTED]->(p)
  SET r.datasets = CASE WHEN $dataset IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $dataset END
}
WITH row, a, author WHERE a IS NULL OR (author IS NOT NULL AND author <> a)
RETURN row.line AS line, 'account_id' AS field,
       CASE WHEN a IS NULL
         THEN 'no account ' + row.account_id + ' in this dataset or the graph: add it to accounts'
         ELSE 'post ' + row.id + ' is already in the graph as posted by account ' + author.id + ', not ' + row.account_id
       END AS reason
