package org.lockstep.detect;

import java.util.List;
import java.util.Map;

/**
 * The result of running a detector: what ran, with which parameters, how long it took and what it found.
 *
 * @param detector   the detector's id
 * @param params     the effective parameters, defaults included, so the run can be reproduced
 * @param durationMs wall time of the run
 * @param findings   the clusters, largest first
 */
public record DetectorRun(String detector, Map<String, Object> params, long durationMs, List<Finding> findings) {
}
