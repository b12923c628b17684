package org.lockstep.detect.time;

import java.util.List;
import java.util.Map;
import org.lockstep.error.InvalidRequestException;

/** The burst and linking parameters shared by the lockstep and churn detectors, checked once. */
record BurstParams(long minBurst, double z, int minShared, int minTargets, int minSize, int maxMembers) {

    static BurstParams of(Map<String, Object> params) {
        for (String name : List.of("minBurst", "minShared", "minTargets", "minSize", "maxMembers")) {
            if ((Long) params.get(name) < 1) {
                throw InvalidRequestException.badValue(name, "Parameter '" + name + "' must be at least 1.");
            }
        }
        if ((Double) params.get("z") < 0) {
            throw InvalidRequestException.badValue("z", "Parameter 'z' must be 0 or more (deviations above the median).");
        }
        return new BurstParams((Long) params.get("minBurst"), (Double) params.get("z"),
                Math.toIntExact((Long) params.get("minShared")), Math.toIntExact((Long) params.get("minTargets")),
                Math.toIntExact((Long) params.get("minSize")), Math.toIntExact((Long) params.get("maxMembers")));
    }
}
