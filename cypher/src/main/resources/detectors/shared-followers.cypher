// name: Shared-follower clusters
// finds: groups of accounts that follow exactly the same set of accounts, at least $minTargets of them: the shape of a bought follower order
// param: minTargets int = 2 -- the smallest followed set that counts; 1 would group every account that follows one account only
// param: minSize int = 10 -- the smallest group reported
// param: maxMembers int = 500 -- how many members each finding lists (its size counts all of them)
// returns: targets list<map>, size int, members list<map>, memberKeys list<list<string>> (every member's [platform, id]), firstFollow datetime, lastFollow datetime, dayOnly boolean (some follow times are known only to the day)
// note: a followed set is every account ever followed, unfollowed ones included, so churn does not split a group
// note: one pass over the FOLLOWS relationships, linear in their number; near-identical sets are the lockstep detector's job
MATCH (a:Account)-[f:FOLLOWS]->(t:Account)
WITH a, t, min(f.followed_at) AS firstAt, max(CASE WHEN f.followed_precision = 'day' THEN 1 ELSE 0 END) AS dayOnly
ORDER BY t.platform, t.id
WITH a, collect(t) AS followed, min(firstAt) AS accountFirst, max(firstAt) AS accountLast, max(dayOnly) AS dayOnly
WHERE size(followed) >= $minTargets
WITH [t IN followed | elementId(t)] AS key, followed, a, accountFirst, accountLast, dayOnly
WITH key, head(collect(followed)) AS followed, count(a) AS size, collect(a) AS members,
     min(accountFirst) AS firstFollow, max(accountLast) AS lastFollow, max(dayOnly) = 1 AS dayOnly
WHERE size >= $minSize
RETURN [t IN followed | {id: t.id, platform: t.platform, handle: t.handle, displayName: t.display_name}] AS targets,
       size,
       [m IN members[..$maxMembers] | {id: m.id, platform: m.platform, handle: m.handle, displayName: m.display_name, createdAt: m.created_at}] AS members,
       [m IN members | [m.platform, m.id]] AS memberKeys,
       firstFollow, lastFollow, dayOnly
ORDER BY size DESC, firstFollow
