// name: Lockstep, plain Cypher (benchmark reference)
// finds: every pair of accounts that followed at least two common targets within $windowSeconds of each other: the textbook formulation the lockstep detector is measured against
// param: windowSeconds int = 600 -- how close two follows of one target must be
// returns: pairs int
// note: quadratic in each target's followers; the bench runs it under a transaction timeout and reports when it does not finish
MATCH (a:Account)-[f1:FOLLOWS]->(t:Account)<-[f2:FOLLOWS]-(b:Account)
WHERE elementId(a) < elementId(b) AND f1.followed_at IS NOT NULL AND f2.followed_at IS NOT NULL
  AND abs(f1.followed_at.epochSeconds - f2.followed_at.epochSeconds) <= $windowSeconds
WITH a, b, count(DISTINCT t) AS common
WHERE common >= 2
RETURN count(*) AS pairs
