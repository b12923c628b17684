package org.lockstep.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.lockstep.campaign.CampaignDraft;
import org.lockstep.campaign.CampaignStore;
import org.lockstep.campaign.DetectAll;
import org.lockstep.detect.DetectorRun;

/**
 * Campaigns: {@code POST /api/detect-all} builds them, {@code GET /api/campaigns} pages them,
 * {@code GET /api/campaigns/{id}} pages one's accounts, {@code GET /api/campaigns.csv} exports them.
 */
final class CampaignController {
    private final DetectAll detectAll;
    private final CampaignStore store;

    CampaignController(DetectAll detectAll, CampaignStore store) {
        this.detectAll = detectAll;
        this.store = store;
    }

    /**
     * What detect all did, without the members (page them through the campaign endpoints).
     *
     * @param runs        each detector's id, findings count, duration and why it could not run (or null)
     * @param campaigns   each campaign's id and size
     * @param stale       earlier campaigns not found again
     * @param unavailable detector id to the reason its signal could not be computed
     * @param durationMs  wall time
     */
    record Summary(List<RunSummary> runs, List<CampaignSummary> campaigns, long stale, Map<String, String> unavailable,
            long durationMs) {
    }

    /**
     * One detector's part in detect all.
     *
     * @param detector    its id
     * @param findings    how many findings
     * @param durationMs  its wall time
     * @param unavailable why it could not be computed, or null
     */
    record RunSummary(String detector, int findings, long durationMs, String unavailable) {
        static RunSummary of(DetectorRun r) {
            return new RunSummary(r.detector(), r.findings().size(), r.durationMs(), r.unavailable());
        }
    }

    /**
     * One campaign built.
     *
     * @param id      its id
     * @param size    its accounts
     * @param targets how many targets
     * @param signals the detectors it rests on
     */
    record CampaignSummary(String id, int size, int targets, List<String> signals) {
        static CampaignSummary of(CampaignDraft d) {
            return new CampaignSummary(d.id(), d.members().size(), d.targets().size(), d.signals());
        }
    }

    void detectAll(Context ctx) {
        DetectAll.Result r = detectAll.run(Bodies.params(ctx), DetectAll.Listener.NONE);
        ctx.json(new Summary(r.runs().stream().map(RunSummary::of).toList(),
                r.campaigns().stream().map(CampaignSummary::of).toList(), r.stale(), r.unavailable(),
                r.durationMs()));
    }

    void list(Context ctx) {
        Paging page = Paging.of(ctx, 50);
        ctx.json(store.list(page.skip(), page.limit()));
    }

    void one(Context ctx) {
        Paging page = Paging.of(ctx, 100);
        ctx.json(store.members(ctx.pathParam("id"), page.skip(), page.limit()));
    }

    void export(Context ctx) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"lockstep-campaigns.csv\"");
        try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
            store.export(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
