// name: Shared avatars, plain Cypher (benchmark reference)
// finds: groups of at least $minSize accounts with the same avatar SHA-256: the exact half of the shared-avatar detector in plain Cypher (near copies need bit operations Cypher does not have)
// param: minSize int = 5 -- the smallest group
// returns: groups int, accounts int
MATCH (a:Account)
WHERE a.avatar_sha256 IS NOT NULL
WITH a.avatar_sha256 AS sha, count(*) AS n
WHERE n >= $minSize
RETURN count(*) AS groups, sum(n) AS accounts
