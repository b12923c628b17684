package org.lockstep.detect;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A detector run with the full membership of its findings, as the campaign step needs it.
 *
 * @param run      the run as users see it
 * @param clusters one per finding, in the same order
 */
public record Detection(DetectorRun run, List<Cluster> clusters) {

    /** A run that started at {@code startNanos} ({@link System#nanoTime()}) and found {@code clusters}. */
    public static Detection of(String detector, Map<String, Object> params, long startNanos, List<Cluster> clusters,
            String unavailable) {
        long ms = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        return new Detection(new DetectorRun(detector, params, ms, clusters.stream().map(Cluster::finding).toList(),
                unavailable), clusters);
    }
}
