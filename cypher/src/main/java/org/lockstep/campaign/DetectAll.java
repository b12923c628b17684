package org.lockstep.campaign;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lockstep.detect.Cluster;
import org.lockstep.detect.Detection;
import org.lockstep.detect.Detector;
import org.lockstep.detect.DetectorCatalog;
import org.lockstep.detect.DetectorRun;
import org.lockstep.error.InvalidRequestException;

/**
 * {@code detect all}: runs every detector, merges their findings into campaigns and stores them, saying which
 * signals could not be computed on this data and why.
 */
public final class DetectAll {
    private final DetectorCatalog catalog;
    private final CampaignStore store;
    private final Clock clock;

    public DetectAll(DetectorCatalog catalog, CampaignStore store, Clock clock) {
        this.catalog = catalog;
        this.store = store;
        this.clock = clock;
    }

    /** Hears which detector runs, for a progress bar. */
    public interface Listener {
        void started(String detector, int index, int total);

        void finished(DetectorRun run);

        Listener NONE = new Listener() {
            @Override
            public void started(String detector, int index, int total) {
            }

            @Override
            public void finished(DetectorRun run) {
            }
        };
    }

    /**
     * What detect all did.
     *
     * @param runs       every detector's run, findings included
     * @param campaigns  the campaigns built and saved, largest first
     * @param stale      earlier campaigns not found again (kept, marked stale)
     * @param durationMs wall time
     */
    public record Result(List<DetectorRun> runs, List<CampaignDraft> campaigns, long stale, long durationMs) {

        /** Detector id to why its signal could not be computed, for the detectors that could not. */
        public Map<String, String> unavailable() {
            Map<String, String> why = new LinkedHashMap<>();
            runs.stream().filter(r -> r.unavailable() != null).forEach(r -> why.put(r.detector(), r.unavailable()));
            return why;
        }
    }

    /**
     * Runs everything.
     *
     * @param params {@code detector.param} to value, e.g. {@code lockstep.windows=PT10M}; others take defaults
     */
    public Result run(Map<String, ?> params, Listener listener) {
        long start = System.nanoTime();
        Map<String, Map<String, Object>> byDetector = split(params);
        List<Detector> detectors = catalog.detectors();
        List<DetectorRun> runs = new ArrayList<>();
        List<CampaignBuilder.Input> inputs = new ArrayList<>();
        for (int i = 0; i < detectors.size(); i++) {
            Detector d = detectors.get(i);
            listener.started(d.id(), i, detectors.size());
            Map<String, Object> raw = new LinkedHashMap<>(byDetector.getOrDefault(d.id(), Map.of()));
            // Campaigns need every member, whatever a detector lists for people.
            Detection detection = catalog.detect(d.id(), raw);
            runs.add(detection.run());
            for (Cluster c : detection.clusters()) {
                inputs.add(new CampaignBuilder.Input(c, d.signal()));
            }
            listener.finished(detection.run());
        }
        List<CampaignDraft> campaigns = CampaignBuilder.standard().build(inputs);
        Map<String, Object> used = new LinkedHashMap<>();
        runs.forEach(r -> used.put(r.detector(), r.params()));
        long stale = store.save(campaigns, used.toString(), OffsetDateTime.now(clock));
        return new Result(runs, campaigns, stale, Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    private Map<String, Map<String, Object>> split(Map<String, ?> params) {
        Map<String, Map<String, Object>> byDetector = new LinkedHashMap<>();
        params.forEach((key, value) -> {
            int dot = key.indexOf('.');
            if (dot < 1) {
                throw InvalidRequestException.badValue(key, "With 'all', name parameters DETECTOR.PARAM, e.g. "
                        + "lockstep.windows=PT10M; not '" + key + "'.");
            }
            catalog.detector(key.substring(0, dot));
            byDetector.computeIfAbsent(key.substring(0, dot), k -> new LinkedHashMap<>()).put(key.substring(dot + 1),
                    value);
        });
        return byDetector;
    }
}
