package org.lockstep.server;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Map;
import org.lockstep.console.ConsoleRequest;
import org.lockstep.console.ConsoleService;

/** The read-only Cypher console: {@code POST /api/console}. */
final class ConsoleController {
    private final ConsoleService console;

    ConsoleController(ConsoleService console) {
        this.console = console;
    }

    /**
     * The body of a console request.
     *
     * @param query          one Cypher statement that only reads
     * @param params         its parameters as JSON values
     * @param timeoutSeconds how long it may run (default 10, at most 60)
     * @param maxRows        how many rows to return (default 1,000, at most 10,000)
     */
    record ConsoleBody(String query, Map<String, Object> params, Double timeoutSeconds, Integer maxRows) {
    }

    void run(Context ctx) {
        // RequestGuard has refused other sites' requests and non-JSON bodies before this runs.
        ConsoleBody body = ctx.bodyAsClass(ConsoleBody.class);
        Duration timeout = body.timeoutSeconds() == null ? null : seconds(body.timeoutSeconds());
        ctx.json(console.run(new ConsoleRequest(body.query(), body.params(), timeout, body.maxRows())));
    }

    /** Seconds as JSON gives them; nonsense (NaN, zero, negative) becomes zero, which the console refuses. */
    private static Duration seconds(double seconds) {
        if (Double.isNaN(seconds) || seconds <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(Math.round(Math.min(seconds, 1e12) * 1000));
    }
}
