package org.lockstep.server;

import io.javalin.http.Context;
import java.util.Map;

/** Reads the optional {@code {"params": {...}}} body that runs take. */
final class Bodies {
    private Bodies() {
    }

    /**
     * The body of a run request.
     *
     * @param params parameter name to value; missing ones take the defaults
     */
    record ParamsBody(Map<String, Object> params) {
    }

    static Map<String, Object> params(Context ctx) {
        String body = ctx.body().strip();
        // Javalin's bodyAsClass refuses a JSON null, which a client may send for "no parameters".
        ParamsBody request = body.isEmpty() || body.equals("null") ? null : ctx.bodyAsClass(ParamsBody.class);
        return request == null || request.params() == null ? Map.of() : request.params();
    }
}
