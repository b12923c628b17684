// name: Mass-report bursts
// finds: posts reported by at least $minReports accounts inside one $window bucket (or its neighbours): the pattern of a mass-report attack
// step-param: window duration = PT1H -- the bucket reports are counted in
// step-param: minReports int = 10 -- the fewest reports in a bucket that make a burst
// step-param: maxMembers int = 500 -- how many reporters each finding lists (its size counts all of them)
// returns: postPlatform string, postId string, ownerPlatform string, ownerId string, platform string, id string, at int (epoch seconds), reason string
// note: the Java step (ReportBurstDetector) buckets each post's reports and merges neighbouring busy buckets; campaigns show which reporters have other signals
MATCH (r:Account)-[x:REPORTED]->(p:Post)
WHERE x.reported_at IS NOT NULL
OPTIONAL MATCH (owner:Account)-[:POSTED]->(p)
RETURN p.platform AS postPlatform, p.id AS postId, owner.platform AS ownerPlatform, owner.id AS ownerId,
       r.platform AS platform, r.id AS id, x.reported_at.epochSeconds AS at, x.reason AS reason
