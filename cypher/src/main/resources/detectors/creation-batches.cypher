// name: Creation batches
// finds: time windows in which far more accounts were created than usual (median + z MAD per bucket, at least $minSize), the accounts a factory made together
// step-param: bucket duration = P1D -- the bucket creation times are counted in
// step-param: minSize int = 20 -- a bucket is part of a batch when at least this many accounts were created in it ...
// step-param: z float = 6.0 -- ... and this many robust deviations (MAD) above the median bucket
// step-param: maxMembers int = 500 -- how many members each finding lists (its size counts all of them)
// returns: platform string, id string, created int (epoch seconds), posts int
// note: the Java step (CreationBatchDetector) counts per bucket and finds the batches; a batch also holds the ordinary accounts created that day, so it is an artefact that campaigns count only beside a timing or follow signal
MATCH (a:Account)
WHERE a.created_at IS NOT NULL
RETURN a.platform AS platform, a.id AS id, a.created_at.epochSeconds AS created, a.posts AS posts
