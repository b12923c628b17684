// name: Applied migration
// finds: the checksum recorded when a migration was applied, if it was
// param: version string -- the migration file name without .cypher, e.g. V0001__keys
// returns: checksum string (no row when the migration was never applied)
MATCH (m:LockstepMigration {version: $version})
RETURN m.checksum AS checksum
