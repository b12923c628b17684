package org.lockstep.server;

import io.javalin.http.Context;
import java.util.Map;
import org.lockstep.detect.DetectorCatalog;

/** The detector catalogue and runs: {@code GET /api/detectors}, {@code POST /api/detectors/{id}/run}. */
final class DetectorController {
    private final DetectorCatalog catalog;

    DetectorController(DetectorCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * The body of a run request.
     *
     * @param params parameter name to value; missing ones take the detector's defaults
     */
    record RunRequest(Map<String, Object> params) {
    }

    void list(Context ctx) {
        ctx.json(catalog.list());
    }

    void run(Context ctx) {
        String id = ctx.pathParam("id");
        String body = ctx.body().strip();
        // Javalin's bodyAsClass refuses a JSON null, which a client may send for "no parameters".
        RunRequest request = body.isEmpty() || body.equals("null") ? null : ctx.bodyAsClass(RunRequest.class);
        ctx.json(catalog.run(id, request == null || request.params() == null ? Map.of() : request.params()));
    }
}
