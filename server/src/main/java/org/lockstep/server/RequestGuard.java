package org.lockstep.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps other web sites out of the local API: a page the investigator visits may send requests to 127.0.0.1, and
 * through DNS rebinding may even read the answers. Lockstep answers only requests addressed to a loopback name,
 * refuses state-changing requests from another origin, and takes only JSON bodies (a cross-site form cannot send
 * {@code application/json} without the browser asking first).
 */
final class RequestGuard {
    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

    private RequestGuard() {
    }

    static void check(Context ctx, int port) {
        String host = ctx.header("Host");
        if (host == null || !isLoopback(host, port)) {
            throw new HttpResponseException(421, "Lockstep answers only requests addressed to 127.0.0.1, localhost or"
                    + " [::1] on port " + port + "; open http://127.0.0.1:" + port + "/ instead.");
        }
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !isLoopback(origin.replaceFirst("^https?://", ""), port)) {
            throw new HttpResponseException(403, "Cross-site request refused: Lockstep's API takes changes only from"
                    + " its own page.");
        }
        String type = ctx.contentType();
        boolean json = type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
        if (!ctx.body().isEmpty() && !json) {
            throw new HttpResponseException(415, "Send the body as JSON with the header"
                    + " 'Content-Type: application/json'.");
        }
    }

    private static boolean isLoopback(String hostAndPort, int port) {
        String h = hostAndPort.toLowerCase(Locale.ROOT);
        for (String name : LOOPBACK_NAMES) {
            if (h.equals(name + ":" + port) || (port == 80 && h.equals(name))) {
                return true;
            }
        }
        return false;
    }
}
