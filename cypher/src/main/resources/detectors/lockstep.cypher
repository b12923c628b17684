// name: Lockstep clusters
// finds: accounts that follow the same targets inside the same unusual bursts (the SynchroTrap/CopyCatch idea): at least $minTargets targets each, with at least $minShared accounts in common between the bursts
// param: minFollowers int = 20 -- only accounts with at least this many followers are read as targets
// step-param: windows list<string> = PT10M,P3D -- time scales, ISO-8601 durations: minutes catch scripted bursts, days catch a troll farm's working week
// step-param: minBurst int = 15 -- a bucket is a burst when it holds at least this many follows ...
// step-param: z float = 6.0 -- ... and this many robust deviations (MAD) above the target's median bucket
// step-param: minShared int = 10 -- bursts on two targets are linked when at least this many accounts are in both
// step-param: minTargets int = 2 -- a member follows at least this many of the linked targets inside their bursts
// step-param: minSize int = 10 -- the smallest cluster reported
// step-param: maxMembers int = 500 -- how many members each finding lists (its size counts all of them)
// returns: targetPlatform string, targetId string, platform string, id string, at int (epoch seconds), dayOnly boolean
// note: the query reads the timed follows; the Java step (LockstepDetector) buckets them per target, finds bursts against a median/MAD baseline, and links bursts through shared accounts, so the work grows with the follows, never with pairs of accounts
// note: a follow known only to the day takes part at day scales and is left out of scales under a day
// note: one target alone never makes a cluster: a viral post or a fan wave brings one page many followers at once, but not the same accounts onto several pages in the same minutes
MATCH (t:Account) WHERE COUNT { (t)<-[:FOLLOWS]-() } >= $minFollowers
MATCH (a:Account)-[f:FOLLOWS]->(t)
WHERE f.followed_at IS NOT NULL
RETURN t.platform AS targetPlatform, t.id AS targetId, a.platform AS platform, a.id AS id,
       f.followed_at.epochSeconds AS at, coalesce(f.followed_precision = 'day', false) AS dayOnly
