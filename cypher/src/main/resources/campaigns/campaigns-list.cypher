// name: Campaigns
// finds: one page of the current campaigns, largest first, with their targets (or the one campaign $id)
// param: id string -- one campaign's id, or null for all
// param: skip int = 0 -- campaigns to skip
// param: limit int = 50 -- page size
// returns: total int, campaigns list<map> (id, size, from, to, signals, findings, evidence, detectedAt, targets)
MATCH (c:Campaign {status: 'current'})
WHERE $id IS NULL OR c.id = $id
WITH c ORDER BY c.size DESC, c.id
WITH collect(c) AS found
WITH size(found) AS total, found[$skip..$skip + $limit] AS page
CALL (page) {
  UNWIND page AS c
  RETURN collect(c {.id, .size, .from, .to, .signals, .findings, .evidence, detectedAt: c.detected_at,
    targets: COLLECT { MATCH (c)-[:TARGETS]->(t:Account)
                       RETURN t {.platform, .id, .handle, displayName: t.display_name, createdAt: t.created_at}
                       ORDER BY t.platform, t.id }}) AS campaigns
}
RETURN total, campaigns
