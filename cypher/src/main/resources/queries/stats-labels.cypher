// name: Nodes per label
// finds: how many nodes carry each label, from the count store
// returns: label string, count int
CALL db.labels() YIELD label
WHERE label <> 'LockstepMigration'
CALL (label) { MATCH (n:$(label)) RETURN count(n) AS count }
RETURN label, count
ORDER BY label
