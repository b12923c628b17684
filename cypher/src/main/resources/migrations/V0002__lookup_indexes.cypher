// name: Lookup indexes
// does: indexes for what detectors and the UI look up by: handles, creation dates, avatar hashes, follow times
CREATE INDEX account_handle IF NOT EXISTS FOR (a:Account) ON (a.handle);
CREATE INDEX account_created_at IF NOT EXISTS FOR (a:Account) ON (a.created_at);
CREATE INDEX account_avatar_sha256 IF NOT EXISTS FOR (a:Account) ON (a.avatar_sha256);
CREATE INDEX account_avatar_phash IF NOT EXISTS FOR (a:Account) ON (a.avatar_phash);
CREATE INDEX follows_followed_at IF NOT EXISTS FOR ()-[f:FOLLOWS]-() ON (f.followed_at);
CREATE INDEX reported_at IF NOT EXISTS FOR ()-[r:REPORTED]-() ON (r.reported_at);
