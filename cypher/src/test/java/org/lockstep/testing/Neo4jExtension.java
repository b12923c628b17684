package org.lockstep.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.lockstep.store.GraphStore;
import org.lockstep.store.StoreConfig;
import org.neo4j.driver.Driver;

/**
 * Starts the real embedded Neo4j once per test JVM, empties it before each test, and injects {@link GraphStore} or
 * {@link Driver} into test methods and constructors.
 *
 * <p>Starting Neo4j costs seconds; cleaning it costs milliseconds, so one database serves the whole JVM.
 */
public final class Neo4jExtension implements BeforeEachCallback, ParameterResolver {
    private static GraphStore store;

    /** The shared store, started on first use and closed when the JVM exits. */
    public static synchronized GraphStore store() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("lockstep-it-");
                GraphStore opened = GraphStore.open(StoreConfig.embedded(dir));
                Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "lockstep-test-neo4j-stop"));
                store = opened;
            } catch (IOException e) {
                throw new IllegalStateException("cannot create a temporary folder for the test database", e);
            }
        }
        return store;
    }

    /** Deletes all data but the schema and its migration records. */
    public static void clean() {
        // IN TRANSACTIONS needs an implicit (auto-commit) transaction, hence session.run.
        try (var session = store().driver().session()) {
            session.run("MATCH (n) WHERE NOT n:LockstepMigration "
                    + "CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        clean();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == GraphStore.class || type == Driver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == GraphStore.class ? store() : store().driver();
    }
}
