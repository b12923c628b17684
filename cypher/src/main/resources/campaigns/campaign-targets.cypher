// name: Campaign targets
// finds: links a campaign to the accounts it acted on
// param: id string -- the campaign's id
// param: rows list<map> -- platform, id
// returns: linked int
MATCH (c:Campaign {id: $id})
UNWIND $rows AS row
MATCH (t:Account {platform: row.platform, id: row.id})
CREATE (c)-[:TARGETS]->(t)
RETURN count(*) AS linked
