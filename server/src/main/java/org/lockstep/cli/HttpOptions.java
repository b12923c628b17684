package org.lockstep.cli;

import org.lockstep.server.ServerConfig;
import picocli.CommandLine.Option;

/** Where the HTTP server listens. */
final class HttpOptions {
    @Option(names = "--host", paramLabel = "ADDR", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to listen on; loopback only (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerConfig.DEFAULT_PORT,
            description = "HTTP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    ServerConfig toConfig() {
        return new ServerConfig(host, port);
    }
}
