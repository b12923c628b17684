package org.lockstep.store;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
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
            "V0000__migration_log.cypher",
            "V0001__keys.cypher",
            "V0002__lookup_indexes.cypher",
            "V0003__campaigns.cypher");

    private static final CypherQuery CHECKSUM = CypherQuery.load("/queries/migration-checksum.cypher");
    private static final CypherQuery RECORD = CypherQuery.load("/queries/migration-record.cypher");
    private static final CypherQuery AWAIT_INDEXES = CypherQuery.load("/queries/await-indexes.cypher");

    private final List<CypherQuery> migrations;
    private final Clock clock;

    private Migrations(List<CypherQuery> migrations, Clock clock) {
        this.migrations = migrations;
        this.clock = clock;
    }

    public static Migrations fromClasspath() {
        return fromClasspath(Clock.systemUTC());
    }

    /** With the clock that stamps {@code applied_at}; tests pass a fixed one. */
    public static Migrations fromClasspath(Clock clock) {
        return new Migrations(FILES.stream().map(f -> CypherQuery.load("/migrations/" + f)).toList(), clock);
    }

    /** Applies every migration not yet recorded; returns how many were applied. */
    public int apply(Driver driver) {
        try {
            int applied = 0;
            for (CypherQuery migration : migrations) {
                if (applyOne(driver, migration)) {
                    applied++;
                }
            }
            // Detectors planned against a half-built index would scan; wait (at most 5 min) until all are online.
            driver.executableQuery(AWAIT_INDEXES.text()).execute();
            return applied;
        } catch (Neo4jException e) {
            throw new StoreException("store.migration", "Applying the schema failed (" + e.code() + "): "
                    + e.getMessage() + ". Check that the database is writable and its version is 2026.x.", e);
        }
    }

    private boolean applyOne(Driver driver, CypherQuery migration) {
        String checksum = DigestUtils.sha256Hex(migration.text().getBytes(StandardCharsets.UTF_8));
        var recorded = driver.executableQuery(CHECKSUM.text())
                .withParameters(Map.of("version", migration.id()))
                .execute()
                .records();
        if (!recorded.isEmpty()) {
            String was = recorded.getFirst().get("checksum").asString();
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
        driver.executableQuery(RECORD.text())
                .withParameters(Map.of("version", migration.id(), "name", migration.name(), "checksum", checksum,
                        "appliedAt", OffsetDateTime.now(clock)))
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
