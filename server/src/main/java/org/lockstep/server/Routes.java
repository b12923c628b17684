package org.lockstep.server;

import io.javalin.config.JavalinConfig;

/** Every route of the API, in one place. */
final class Routes {
    private Routes() {
    }

    static void declare(JavalinConfig c, StatsController stats, DetectorController detectors,
            ConsoleController console, CampaignController campaigns) {
        c.routes.get("/api/stats", stats::stats);
        c.routes.get("/api/detectors", detectors::list);
        c.routes.post("/api/detectors/{id}/run", detectors::run);
        c.routes.post("/api/detect-all", campaigns::detectAll);
        c.routes.get("/api/campaigns", campaigns::list);
        c.routes.get("/api/campaigns.csv", campaigns::export);
        c.routes.get("/api/campaigns/{id}", campaigns::one);
        c.routes.post("/api/console", console::run);
    }
}
