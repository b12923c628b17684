package org.lockstep.store;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the graph lives: an embedded database in {@code dataDir}, or an external server at {@code externalUri}.
 *
 * @param dataDir      folder of the embedded database (ignored for an external server)
 * @param boltPort     Bolt port of the embedded database on 127.0.0.1; 0 picks a free one
 * @param externalUri  {@code bolt://}, {@code neo4j://} or {@code neo4j+s://} URI of an external server, if any
 * @param user         user for the external server
 * @param password     password for the external server (from the environment, never a flag); empty for the
 *                     embedded default, which then makes a random one per start
 * @param txLogRetention how much transaction log the embedded database keeps, in Neo4j's syntax
 */
public record StoreConfig(
        Path dataDir, int boltPort, Optional<URI> externalUri, String user, String password, String txLogRetention) {

    public static final String DEFAULT_TX_LOG_RETENTION = "256M size";

    public static StoreConfig embedded(Path dataDir) {
        return new StoreConfig(dataDir, 0, Optional.empty(), "neo4j", "", DEFAULT_TX_LOG_RETENTION);
    }

    public static StoreConfig external(URI uri, String user, String password) {
        return new StoreConfig(Path.of("."), 0, Optional.of(uri), user, password, DEFAULT_TX_LOG_RETENTION);
    }

    public boolean isEmbedded() {
        return externalUri.isEmpty();
    }

    @Override
    public String toString() {
        // Never print the password.
        return isEmbedded()
                ? "embedded Neo4j in " + dataDir.toAbsolutePath()
                : "Neo4j server at " + withoutUserInfo(externalUri.get()) + " as " + user;
    }

    private static String withoutUserInfo(URI uri) {
        return uri.getUserInfo() == null ? uri.toString() : uri.toString().replace(uri.getRawUserInfo() + "@", "");
    }
}
