// name: Campaign members
// finds: links a batch of accounts to their campaign with each account's signals and explanation
// param: id string -- the campaign's id
// param: rows list<map> -- platform, id, signals (detector ids), explanation
// returns: linked int
MATCH (c:Campaign {id: $id})
UNWIND $rows AS row
MATCH (a:Account {platform: row.platform, id: row.id})
CREATE (c)-[:INCLUDES {signals: row.signals, explanation: row.explanation}]->(a)
RETURN count(*) AS linked
