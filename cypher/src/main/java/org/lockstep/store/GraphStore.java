package org.lockstep.store;

import org.neo4j.driver.Driver;

/**
 * An open graph store: the one {@link Driver} of the process and, for the embedded default, the database behind it.
 *
 * <p>Everything Lockstep reads or writes goes through {@link #driver()}, so that the same code runs against the
 * embedded database and against an external server or cluster.
 */
public interface GraphStore extends AutoCloseable {

    /** Opens the store that {@code config} names and brings its schema up to date. */
    static GraphStore open(StoreConfig config) {
        GraphStore store = config.isEmbedded() ? EmbeddedStore.start(config) : ExternalStore.connect(config);
        try {
            Migrations.fromClasspath().apply(store.driver());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    Driver driver();

    /** Where the store is, for people: never contains a password. */
    String describe();

    /** The Bolt URI the driver talks to. */
    String boltUri();

    @Override
    void close();
}
