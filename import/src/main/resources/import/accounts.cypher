// name: Import accounts
// finds: merges a batch of account rows by (platform, id), each linked by USES_AVATAR to its Avatar when its SHA-256 is known
// param: rows list<map> -- validated rows: id, handle, display_name, bio, created_at, created_precision, posts, followers, following, is_private, is_verified, avatar_file, avatar_sha256, avatar_phash, avatar_url, observed_at
// param: platform string -- the platform of the dataset's ids
// param: dataset string -- the dataset's name, recorded on every account it mentions
// returns: nothing
// note: a field missing from a row keeps its value; an older observation only fills fields that were empty
// note: an Avatar of a shipped image was written by avatars.cypher just before; a given hash alone makes a bare Avatar
UNWIND $rows AS row
MERGE (a:Account {platform: $platform, id: row.id})
WITH a, row, (a.observed_at IS NULL OR row.observed_at IS NULL OR row.observed_at >= a.observed_at) AS newer
SET a.handle = CASE WHEN newer THEN coalesce(row.handle, a.handle) ELSE coalesce(a.handle, row.handle) END,
    a.display_name = CASE WHEN newer THEN coalesce(row.display_name, a.display_name) ELSE coalesce(a.display_name, row.display_name) END,
    a.bio = CASE WHEN newer THEN coalesce(row.bio, a.bio) ELSE coalesce(a.bio, row.bio) END,
    a.created_at = coalesce(a.created_at, row.created_at),
    a.created_precision = CASE WHEN a.created_at IS NULL OR a.created_at = row.created_at THEN row.created_precision ELSE a.created_precision END,
    a.posts = CASE WHEN newer THEN coalesce(row.posts, a.posts) ELSE coalesce(a.posts, row.posts) END,
    a.followers = CASE WHEN newer THEN coalesce(row.followers, a.followers) ELSE coalesce(a.followers, row.followers) END,
    a.following = CASE WHEN newer THEN coalesce(row.following, a.following) ELSE coalesce(a.following, row.following) END,
    a.is_private = CASE WHEN newer THEN coalesce(row.is_private, a.is_private) ELSE coalesce(a.is_private, row.is_private) END,
    a.is_verified = CASE WHEN newer THEN coalesce(row.is_verified, a.is_verified) ELSE coalesce(a.is_verified, row.is_verified) END,
    a.avatar_file = CASE WHEN newer THEN coalesce(row.avatar_file, a.avatar_file) ELSE coalesce(a.avatar_file, row.avatar_file) END,
    a.avatar_sha256 = CASE WHEN newer THEN coalesce(row.avatar_sha256, a.avatar_sha256) ELSE coalesce(a.avatar_sha256, row.avatar_sha256) END,
    a.avatar_phash = CASE WHEN newer THEN coalesce(row.avatar_phash, a.avatar_phash) ELSE coalesce(a.avatar_phash, row.avatar_phash) END,
    a.avatar_url = CASE WHEN newer THEN coalesce(row.avatar_url, a.avatar_url) ELSE coalesce(a.avatar_url, row.avatar_url) END,
    a.observed_at = CASE WHEN newer THEN coalesce(row.observed_at, a.observed_at) ELSE a.observed_at END,
    a.datasets = CASE WHEN $dataset IN coalesce(a.datasets, []) THEN a.datasets ELSE coalesce(a.datasets, []) + $dataset END
WITH a, row
CALL (a, row) {
  WITH a, row WHERE row.avatar_sha256 IS NOT NULL
  MERGE (av:Avatar {sha256: row.avatar_sha256})
  SET av.phash = coalesce(av.phash, row.avatar_phash),
      av.datasets = CASE WHEN $dataset IN coalesce(av.datasets, []) THEN av.datasets ELSE coalesce(av.datasets, []) + $dataset END
  MERGE (a)-[u:USES_AVATAR]->(av)
  SET u.datasets = CASE WHEN $dataset IN coalesce(u.datasets, []) THEN u.datasets ELSE coalesce(u.datasets, []) + $dataset END
}
