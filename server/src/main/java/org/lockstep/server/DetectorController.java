package org.lockstep.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.lockstep.detect.DetectorCatalog;
import org.lockstep.detect.DetectorRun;
import org.lockstep.detect.Finding;

/** The detector catalogue and runs: {@code GET /api/detectors}, {@code POST /api/detectors/{id}/run}. */
final class DetectorController {
    private final DetectorCatalog catalog;

    DetectorController(DetectorCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * One page of a run's findings.
     *
     * @param detector    the detector's id
     * @param params      the effective parameters
     * @param durationMs  wall time of the run
     * @param unavailable why the signal could not be computed on this data, or null
     * @param total       how many findings the run produced
     * @param skip        where the page starts
     * @param limit       the page size asked for
     * @param findings    the page, largest first
     */
    record RunPage(String detector, Map<String, Object> params, long durationMs, String unavailable, long total,
            long skip, long limit, List<Finding> findings) {

        static RunPage of(DetectorRun run, Paging page) {
            List<Finding> all = run.findings();
            int from = (int) Math.min(all.size(), page.skip());
            int to = (int) Math.min(all.size(), page.skip() + page.limit());
            return new RunPage(run.detector(), run.params(), run.durationMs(), run.unavailable(), all.size(),
                    page.skip(), page.limit(), all.subList(from, to));
        }
    }

    void list(Context ctx) {
        ctx.json(catalog.list());
    }

    void run(Context ctx) {
        Paging page = Paging.of(ctx, 1_000);
        ctx.json(RunPage.of(catalog.run(ctx.pathParam("id"), Bodies.params(ctx)), page));
    }
}
