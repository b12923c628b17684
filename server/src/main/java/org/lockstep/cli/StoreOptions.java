package org.lockstep.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.lockstep.store.StoreConfig;
import picocli.CommandLine.Option;

/** The options every command shares: which graph store to use. */
final class StoreOptions {
    static final Path DEFAULT_DATA = Path.of("lockstep-data");

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the embedded database (default: "
            + "lockstep-data; for demo: DIR/data).")
    Path dataDir;

    @Option(names = "--neo4j-uri", paramLabel = "URI", description = "Use this Neo4j server (bolt://, neo4j://, "
            + "neo4j+s://) instead of the embedded database; credentials from LOCKSTEP_NEO4J_USER and "
            + "LOCKSTEP_NEO4J_PASSWORD.")
    URI neo4jUri;

    @Option(names = "--bolt-port", paramLabel = "PORT", description = "Bolt port of the embedded database on "
            + "127.0.0.1 (default: a free port).", defaultValue = "0")
    int boltPort;

    /** The embedded database folder: --data, or {@code fallback} when it was not given. */
    Path dataDir(Path fallback) {
        return dataDir != null ? dataDir : fallback;
    }

    StoreConfig toConfig() {
        return toConfig(DEFAULT_DATA);
    }

    /** The store to open; {@code fallbackDir} is the embedded folder when --data was not given. */
    StoreConfig toConfig(Path fallbackDir) {
        if (neo4jUri != null) {
            String user = Optional.ofNullable(System.getenv("LOCKSTEP_NEO4J_USER")).orElse("neo4j");
            String password = Optional.ofNullable(System.getenv("LOCKSTEP_NEO4J_PASSWORD")).orElse("");
            return StoreConfig.external(neo4jUri, user, password);
        }
        StoreConfig c = StoreConfig.embedded(dataDir(fallbackDir));
        return new StoreConfig(c.dataDir(), boltPort, c.externalUri(), c.user(), c.password(), c.txLogRetention());
    }
}
