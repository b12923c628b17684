// name: Follower-growth spikes
// finds: per target, the time windows in which it gained far more followers than usual (median + z MAD per bucket), with how many of them left again
// param: minFollowers int = 20 -- only accounts with at least this many followers are read as targets
// param: bucket duration = PT1H -- the bucket arrivals are counted in, e.g. PT1H or P1D; follows known only to the day count only in buckets of a day or more
// step-param: minArrivals int = 50 -- a bucket is part of a spike when it holds at least this many arrivals ...
// step-param: z float = 6.0 -- ... and this many robust deviations (MAD) above the target's median bucket
// returns: platform string, id string, handle string, displayName string, createdAt datetime, slots list<int> (bucket numbers since the epoch), arrivals list<int>, leftLater list<int> (of those arrivals, how many unfollowed later)
// note: the query counts arrivals per bucket one target at a time (a subquery per target, so memory holds one target's buckets, not the whole graph's); the Java step (SpikeDetector) finds the spikes against each target's own baseline, so a big account's normal day is not a spike
// note: a spike is context, not an accusation: a viral post makes one too; it flags no account
MATCH (t:Account) WHERE COUNT { (t)<-[:FOLLOWS]-() } >= $minFollowers
CALL (t) {
  MATCH (:Account)-[f:FOLLOWS]->(t)
  WHERE f.followed_at IS NOT NULL AND (f.followed_precision IS NULL OR $bucket.days >= 1)
  WITH f.followed_at.epochSeconds / ($bucket.days * 86400 + $bucket.seconds) AS slot, count(*) AS arrivals,
       count(f.unfollowed_at) AS leftLater
  ORDER BY slot
  RETURN collect(slot) AS slots, collect(arrivals) AS arrivals, collect(leftLater) AS leftLater
}
WITH t, slots, arrivals, leftLater WHERE size(slots) > 0
RETURN t.platform AS platform, t.id AS id, t.handle AS handle, t.display_name AS displayName,
       t.created_at AS createdAt, slots, arrivals, leftLater
