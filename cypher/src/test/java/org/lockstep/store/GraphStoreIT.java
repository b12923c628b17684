package org.lockstep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lockstep.testing.Neo4jExtension;
import org.lockstep.testing.ListeningSockets;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

@ExtendWith(Neo4jExtension.class)
class GraphStoreIT {

    @Test
    void the_embedded_database_listens_on_loopback_only(GraphStore store) throws Exception {
        assertThat(store.boltUri()).startsWith("bolt://127.0.0.1:");
        int port = Integer.parseInt(store.boltUri().replaceFirst(".*:", ""));
        Assumptions.assumeTrue(ListeningSockets.available(), "needs Linux's /proc/net/tcp");
        assertThat(ListeningSockets.addressesListeningOn(port)).isNotEmpty().allMatch(ListeningSockets::isLoopback);
    }

    @Test
    void the_data_folder_is_readable_by_its_owner_only(GraphStore store) throws Exception {
        Path dir = Path.of(store.describe().replaceFirst("^embedded Neo4j in ", ""));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
    }

    @Test
    void every_migration_is_applied_and_recorded_once(GraphStore store) {
        assertThat(Migrations.fromClasspath().apply(store.driver())).isZero();
        List<String> versions = store.driver()
                .executableQuery("MATCH (m:LockstepMigration) RETURN m.version AS v ORDER BY v").execute()
                .records().stream().map(r -> r.get("v").asString()).toList();
        assertThat(versions).containsExactlyElementsOf(
                Migrations.FILES.stream().map(f -> f.replace(".cypher", "")).toList());
    }

    @Test
    void the_account_key_is_enforced(GraphStore store) {
        var driver = store.driver();
        driver.executableQuery("CREATE (:Account {platform: 'instagram', id: '1'})").execute();
        assertThatThrownBy(() -> driver.executableQuery("CREATE (:Account {platform: 'instagram', id: '1'})").execute())
                .hasMessageContaining("already exists");
    }

    @Test
    void bolt_refuses_a_client_without_the_per_start_password(GraphStore store) {
        try (var stranger = GraphDatabase.driver(store.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
            assertThatThrownBy(stranger::verifyConnectivity).isInstanceOf(AuthenticationException.class);
        }
    }
}
