// name: Migration log
// does: one record per applied migration, unique by version, so that each migration file runs once per database
CREATE CONSTRAINT lockstep_migration IF NOT EXISTS FOR (m:LockstepMigration) REQUIRE m.version IS UNIQUE;
