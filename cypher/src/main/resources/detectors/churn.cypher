// name: Churn waves
// finds: per target, the windows in which far more followers left than usual (median + z MAD per bucket), and how many of them followed again later
// param: minFollowers int = 20 -- only accounts with at least this many followers are read as targets
// step-param: bucket duration = PT1H -- the bucket unfollows are counted in
// step-param: minBurst int = 10 -- a bucket is part of a wave when at least this many followers left in it ...
// step-param: z float = 6.0 -- ... and this many robust deviations (MAD) above the target's median bucket
// step-param: maxMembers int = 500 -- how many members each finding lists (its size counts all of them)
// returns: targetPlatform string, targetId string, platform string, id string, at int (epoch seconds), refollowed boolean
// note: vendors drop and refill followers in waves so the counts keep moving; unfollows known only to the day are left out
MATCH (t:Account) WHERE COUNT { (t)<-[:FOLLOWS]-() } >= $minFollowers
MATCH (a:Account)-[f:FOLLOWS]->(t)
WHERE f.unfollowed_at IS NOT NULL AND f.unfollowed_precision IS NULL
RETURN t.platform AS targetPlatform, t.id AS targetId, a.platform AS platform, a.id AS id,
       f.unfollowed_at.epochSeconds AS at,
       EXISTS { (a)-[g:FOLLOWS]->(t) WHERE g.followed_at > f.unfollowed_at } AS refollowed
