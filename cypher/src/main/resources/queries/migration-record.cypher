// name: Record a migration
// finds: writes the record that a migration was applied, with its checksum and time
// param: version string -- the migration file name without .cypher
// param: name string -- its header name
// param: checksum string -- SHA-256 of the file's text
// param: appliedAt datetime -- when it was applied (from the application's clock)
// returns: nothing
CREATE (:LockstepMigration {version: $version, name: $name, checksum: $checksum, applied_at: $appliedAt})
