package org.lockstep.server;

import io.javalin.http.Context;
import org.lockstep.stats.StatsService;

/** {@code GET /api/stats}: counts per label, relationship type and dataset. */
final class StatsController {
    private final StatsService service;

    StatsController(StatsService service) {
        this.service = service;
    }

    void stats(Context ctx) {
        ctx.json(service.stats());
    }
}
