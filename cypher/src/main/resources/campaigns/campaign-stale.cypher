// name: Mark stale campaigns
// finds: campaigns that the latest detect all did not find again: kept (notes and attributions may point at them) but marked stale
// param: ids list<string> -- the ids the latest run found
// returns: stale int
MATCH (c:Campaign)
WHERE NOT c.id IN $ids AND c.status <> 'stale'
SET c.status = 'stale'
RETURN count(c) AS stale
