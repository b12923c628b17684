package org.lockstep.detect;

import java.util.List;

/**
 * A detector run with the full membership of its findings, as the campaign step needs it.
 *
 * @param run      the run as users see it
 * @param clusters one per finding, in the same order
 */
public record Detection(DetectorRun run, List<Cluster> clusters) {
}
