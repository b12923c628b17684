package org.lockstep.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.lockstep.error.StoreException;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The schema as ordered {@code .cypher} migration files, applied once each and recorded in the graph.
 *
 * <p>Statements use {@code IF NOT EXISTS}, so a half-applied migration (a crash between two statements) is simply
 * applied again. A recorded migration whose file has since changed stops the start: schema history is not rewritten.
 */
public final class Migrations {
    /** In order. A unit test checks that this lists every file in {@code resources/migrations}. */
    public static final List<String> FILES = List.of(
            "V0001__keys.cypher",
            "V0002__lookup_indexes.cypher");

    private final List<CypherQuery> migrations;

    private Migrations(List<CypherQuery> migrations) {
        this.migrations = migrations;
    }

    public static Migrations fromClasspath() {
        return new Migrations(FILES.stream().map(f -> CypherQuery.load("/migrations/" + f)).toList());
    }

    /** Applies every migration not yet recorded; returns how many were applied. */
    public int apply(Driver driver) {
        try {
            driver.executableQuery("CREATE CONSTRAINT lockstep_migration IF NOT EXISTS "
                    + "FOR (m:LockstepMigration) REQUIRE m.version IS UNIQUE").execute();
            int applied = 0;
            for (CypherQuery migration : migrations) {
                if (applyOne(driver, migration)) {
                    applied++;
                }
            }
            driver.executableQuery("CALL db.awaitIndexes(300)").execute();
            return applied;
        } catch (Neo4jException e) {
            throw new StoreException("store.migration", "Applying the schema failed (" + e.code() + "): "
                    + e.getMessage() + ". Check that the database is writable and its version is 2026.x.", e);
        }
    }

    private static boolean applyOne(Driver driver, CypherQuery migration) {
        String checksum = DigestUtils.sha256Hex(migration.text().getBytes(StandardCharsets.UTF_8));
        var recorded = driver.executableQuery("MATCH (m:LockstepMigration {version: $version}) RETURN m.checksum AS c")
                .withParameters(Map.of("version", migration.id()))
                .execute()
                .records();
        if (!recorded.isEmpty()) {
            String was = recorded.getFirst().get("c").asString();
            if (!was.equals(checksum)) {
                throw new StoreException("store.migration_changed", "Migration " + migration.id()
                        + " was applied to this database with different content. Restore the original file and add"
                        + " the change as a new migration.", null);
            }
            return false;
        }
        for (String statement : statements(migration.text())) {
            driver.executableQuery(statement).execute();
        }
        driver.executableQuery("CREATE (:LockstepMigration {version: $version, name: $name, checksum: $checksum,"
                        + " applied_at: datetime()})")
                .withParameters(Map.of("version", migration.id(), "name", migration.name(), "checksum", checksum))
                .execute();
        return true;
    }

    /** Splits a migration file into statements: comment lines dropped, split at {@code ;} ending a line. */
    static List<String> statements(String text) {
        String body = Arrays.stream(text.split("\\R"))
                .filter(l -> !l.strip().startsWith("//"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(body.split(";\\s*\\n"))
                .map(String::strip)
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
