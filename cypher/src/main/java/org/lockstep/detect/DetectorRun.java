package org.lockstep.detect;

import java.util.List;
import java.util.Map;

/**
 * The result of running a detector: what ran, with which parameters, how long it took and what it found.
 *
 * @param detector    the detector's id
 * @param params      the effective parameters, defaults included, so the run can be reproduced
 * @param durationMs  wall time of the run
 * @param findings    what it found, largest first
 * @param unavailable why the signal could not be computed on this data (e.g. no follow times), or null
 */
public record DetectorRun(String detector, Map<String, Object> params, long durationMs, List<Finding> findings,
        String unavailable) {

    public DetectorRun(String detector, Map<String, Object> params, long durationMs, List<Finding> findings) {
        this(detector, params, durationMs, findings, null);
    }
}
