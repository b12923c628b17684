package org.lockstep.store;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import inet.ipaddr.IPAddressString;
import org.lockstep.error.StoreException;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Neo4j started inside this process, reached through its own Bolt connector on 127.0.0.1.
 *
 * <p>Auth stays on even on loopback: any local user could otherwise open the port and read activists' data. The
 * password is random per start and lives only in this process's memory.
 */
final class EmbeddedStore implements GraphStore {
    private static final String LOOPBACK = "127.0.0.1";
    /** The most heap one transaction may track; see {@link #settings}. */
    static final long TRANSACTION_MEMORY_MAX = 1024L * 1024 * 1024;

    private final DatabaseManagementService dbms;
    private final Driver driver;
    private final String uri;
    private final Path dataDir;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedStore(DatabaseManagementService dbms, Driver driver, String uri, Path dataDir) {
        this.dbms = dbms;
        this.driver = driver;
        this.uri = uri;
        this.dataDir = dataDir;
    }

    static EmbeddedStore start(StoreConfig config) {
        Path dataDir = config.dataDir().toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
            ownerOnly(dataDir);
        } catch (IOException e) {
            throw new StoreException("store.data_dir", "Cannot create the data folder " + dataDir
                    + " (" + e.getMessage() + "): choose a writable folder with --data.", e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new StoreException("store.data_dir", "The data folder " + dataDir
                    + " is not writable: fix its permissions or choose another with --data.", null);
        }
        int port = config.boltPort() > 0 ? config.boltPort() : freePort();
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(dataDir)
                    .setConfig(settings(port, config.txLogRetention()))
                    .build();
        } catch (RuntimeException e) {
            throw new StoreException("store.start", "Embedded Neo4j did not start in " + dataDir + ": "
                    + rootMessage(e) + ". If another Lockstep uses this folder, stop it or choose another --data;"
                    + " if port " + port + " is taken, choose another --bolt-port.", e);
        }
        // Random unless a caller (a test standing in for an external server) needs to know it.
        String password = config.password().isEmpty() ? randomPassword() : config.password();
        try {
            GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw new StoreException("store.start", "Could not secure the embedded database: " + rootMessage(e), e);
        }
        String uri = "bolt://" + LOOPBACK + ":" + port;
        Driver driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", password),
                Config.builder().withLogging(org.neo4j.driver.Logging.none()).build());
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            dbms.shutdown();
            throw new StoreException("store.start", "The embedded database started but its Bolt port " + port
                    + " did not answer: " + rootMessage(e) + ". Try another --bolt-port.", e);
        }
        return new EmbeddedStore(dbms, driver, uri, dataDir);
    }

    private static Map<org.neo4j.graphdb.config.Setting<?>, Object> settings(int port, String txLogRetention) {
        return Map.ofEntries(
                Map.entry(BoltConnector.enabled, true),
                Map.entry(BoltConnector.listen_address, new SocketAddress(LOOPBACK, port)),
                Map.entry(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED),
                Map.entry(GraphDatabaseSettings.default_listen_address, new SocketAddress(LOOPBACK)),
                Map.entry(HttpConnector.enabled, false),
                Map.entry(HttpsConnector.enabled, false),
                Map.entry(GraphDatabaseSettings.auth_enabled, true),
                // Nothing reaches the file system or the network through Cypher (LOAD CSV from any address).
                Map.entry(GraphDatabaseSettings.allow_file_urls, false),
                Map.entry(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0"))),
                Map.entry(GraphDatabaseSettings.procedure_allowlist, List.of("db.*", "dbms.components")),
                Map.entry(GraphDatabaseSettings.udc_enabled, false),
                // Imports otherwise grow the transaction logs by gigabytes.
                Map.entry(GraphDatabaseSettings.keep_logical_logs, txLogRetention),
                Map.entry(GraphDatabaseSettings.logical_log_rotation_threshold, 64L * 1024 * 1024),
                Map.entry(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(30)),
                // One transaction (an ad-hoc console query above all) may not take the heap from every other user:
                // past this it fails with Neo.TransientError.General.TransactionMemoryLimit. An import batch of
                // 5,000 rows needs a few MB; the widest detector query a few hundred MB at 20k followers.
                Map.entry(GraphDatabaseSettings.memory_transaction_max_size, TRANSACTION_MEMORY_MAX),
                // Bolt's network threads otherwise wait out a multi-second grace period at every shutdown, which
                // makes Ctrl-C and every test JVM ~10 s slower; the driver is closed before this point anyway.
                Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(50)),
                Map.entry(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2)));
    }

    /** The store holds activists' data: no other local user may read it. */
    private static void ownerOnly(Path dir) throws IOException {
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows and other non-POSIX file systems: their ACLs are the user's to set.
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StoreException("store.port", "No free port on " + LOOPBACK + " for Bolt: " + e.getMessage(), e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public Driver driver() {
        return driver;
    }

    @Override
    public String describe() {
        return "embedded Neo4j in " + dataDir;
    }

    @Override
    public String boltUri() {
        return uri;
    }

    /** Safe to call twice: the CLI's shutdown hook and the command's own close may both run. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            driver.close();
            dbms.shutdown();
        }
    }
}
