package org.lockstep.cli;

import org.lockstep.store.GraphStore;
import org.lockstep.store.StoreConfig;

/** Opens the graph store for a command, so that Ctrl-C or SIGTERM at any point still shuts Neo4j down cleanly. */
final class Stores {
    private Stores() {
    }

    static GraphStore open(StoreConfig config) {
        GraphStore store = GraphStore.open(config);
        Runtime.getRuntime().addShutdownHook(new Thread(store::close, "lockstep-store-close"));
        return store;
    }
}
