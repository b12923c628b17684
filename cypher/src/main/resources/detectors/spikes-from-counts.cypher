// name: Follower-growth spikes from counter snapshots
// finds: for accounts with no timed follows, their follower counter snapshots in time order, from which the spike detector reads jumps in growth
// param: minSnapshots int = 4 -- accounts with fewer snapshots have no baseline to compare with
// returns: platform string, id string, handle string, displayName string, createdAt datetime, at list<int> (epoch seconds), followers list<int>
// note: read by SpikeDetector after spikes.cypher, so a target with follow times is measured by its follows and never twice
MATCH (t:Account)-[:HAD_COUNT]->(c:CountSnapshot)
WHERE c.followers IS NOT NULL
  AND NOT EXISTS { MATCH (:Account)-[f:FOLLOWS]->(t) WHERE f.followed_at IS NOT NULL }
WITH t, c ORDER BY c.observed_at
WITH t, collect(c.observed_at.epochSeconds) AS at, collect(c.followers) AS followers
WHERE size(at) >= $minSnapshots
RETURN t.platform AS platform, t.id AS id, t.handle AS handle, t.display_name AS displayName,
       t.created_at AS createdAt, at, followers
