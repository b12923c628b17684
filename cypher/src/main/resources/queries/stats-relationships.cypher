// name: Relationships per type
// finds: how many relationships have each type, from the count store
// returns: type string, count int
CALL db.relationshipTypes() YIELD relationshipType AS type
CALL (type) { MATCH ()-[r:$(type)]->() RETURN count(r) AS count }
RETURN type, count
ORDER BY type
