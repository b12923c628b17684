package org.lockstep.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.lockstep.error.InvalidRequestException;

/**
 * Where the HTTP server listens.
 *
 * @param host the address to bind; loopback only until authentication exists
 * @param port the port; 0 picks a free one
 */
public record ServerConfig(String host, int port) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw InvalidRequestException.badValue("port", "--port must be between 0 and 65535, not " + port + ".");
        }
        if (!isLoopback(host)) {
            // The data describes activists: an open port is a real harm, and there is no login yet.
            throw InvalidRequestException.badValue("host", "Refusing to listen on " + host + ": Lockstep has no"
                    + " authentication yet, so it serves only on loopback (127.0.0.1 or ::1). To reach it from"
                    + " another machine, use an SSH tunnel (ssh -L 7070:127.0.0.1:7070 host).");
        }
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT);
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
