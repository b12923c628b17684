package org.lockstep.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.lockstep.server.LockstepServer;
import org.lockstep.server.ServerConfig;
import org.lockstep.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code lockstep serve}: the web UI and API on loopback until interrupted. */
@Command(name = "serve", description = "Serve the web UI and the HTTP API.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    HttpOptions http;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = http.toConfig(); // refuse a bad address before opening the database
        serveUntilStopped(Stores.open(store.toConfig()), config);
        return 0;
    }

    /** Serves until SIGTERM or Ctrl-C, then stops the server and closes the store cleanly. */
    static void serveUntilStopped(GraphStore graph, ServerConfig config) throws InterruptedException {
        LockstepServer server;
        try {
            server = LockstepServer.start(graph, config);
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            graph.close();
            stopped.countDown();
        }, "lockstep-shutdown"));
        System.out.println("Lockstep is ready at " + server.url() + " (" + graph.describe() + "). Ctrl-C stops it.");
        stopped.await();
    }
}
