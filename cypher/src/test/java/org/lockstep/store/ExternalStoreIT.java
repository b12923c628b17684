package org.lockstep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockstep.error.StoreException;
import org.lockstep.stats.StatsService;

/**
 * The external-server path: a Neo4j reached only over Bolt with a user and password. An embedded database with a
 * known password stands in for the server here (issue 8 runs the full suites against a separate process).
 */
class ExternalStoreIT {

    @Test
    void the_same_code_runs_against_a_server_reached_over_bolt(@TempDir Path dir) {
        StoreConfig serverConfig = new StoreConfig(dir, 0, Optional.empty(), "neo4j", "server-secret-1", "100M size");
        try (GraphStore server = GraphStore.open(serverConfig)) {
            server.driver().executableQuery("CREATE (:Account {platform: 'instagram', id: 'x'})").execute();
            StoreConfig client = StoreConfig.external(URI.create(server.boltUri()), "neo4j", "server-secret-1");
            try (GraphStore external = GraphStore.open(client)) {
                assertThat(external.describe()).startsWith("Neo4j server at bolt://127.0.0.1:").doesNotContain("secret");
                assertThat(new StatsService(external).stats().nodeCount("Account")).isEqualTo(1);
            }
            StoreConfig wrong = StoreConfig.external(URI.create(server.boltUri()), "neo4j", "guess");
            assertThatThrownBy(() -> GraphStore.open(wrong)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("check LOCKSTEP_NEO4J_USER and LOCKSTEP_NEO4J_PASSWORD");
        }
    }

    @Test
    void an_unreachable_server_is_a_clear_error() {
        StoreConfig nowhere = StoreConfig.external(URI.create("bolt://127.0.0.1:1"), "neo4j", "x");
        assertThatThrownBy(() -> GraphStore.open(nowhere)).isInstanceOf(StoreException.class)
                .hasMessageContaining("Cannot reach Neo4j at bolt://127.0.0.1:1");
    }
}
