// name: Shared-follower clusters
// finds: groups of at least $minSize accounts that follow the same set of at least $minTargets accounts: exactly that set, or that set plus a few others (the set is at least $minShare of all they follow): the shape of a bought follower order, camouflage included
// param: minTargets int = 2 -- the smallest followed set that counts; 1 would group every account that follows one account only
// step-param: minSize int = 10 -- the smallest group of exactly equal sets that makes a group
// step-param: minShare float = 0.5 -- an account that follows a group's whole set and a few others joins it when the set is at least this share of what it follows; 1.0 keeps exact sets only
// step-param: maxMembers int = 500 -- how many members each finding lists (its size counts all of them)
// returns: platform string, id string, targets list<list<any>> ([platform, id, epoch seconds of the first follow or null] of every account it ever followed), first datetime, last datetime, dayOnly boolean (some follow times are known only to the day)
// note: a subquery per account streams its followed set, so memory holds one account at a time; the Java step (SharedFollowersDetector) groups equal sets and attaches near ones, linear in the follows
// note: a followed set is every account ever followed, unfollowed ones included, so churn does not split a group
// note: an account with extra follows joins a group only if it followed the group's accounts within a day of the group's own span (when times are known): an ordinary user who followed the same two pages years apart does not
MATCH (a:Account) WHERE COUNT { (a)-[:FOLLOWS]->() } >= $minTargets
CALL (a) {
  MATCH (a)-[f:FOLLOWS]->(t:Account)
  WITH t, min(f.followed_at) AS at, max(CASE WHEN f.followed_precision = 'day' THEN 1 ELSE 0 END) AS day
  RETURN collect([t.platform, t.id, at.epochSeconds]) AS targets, min(at) AS first, max(at) AS last,
         max(day) = 1 AS dayOnly
}
WITH a, targets, first, last, dayOnly WHERE size(targets) >= $minTargets
RETURN a.platform AS platform, a.id AS id, targets, first, last, dayOnly
