package org.lockstep.detect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lockstep.detect.account.CreationBatchDetector;
import org.lockstep.detect.account.HandleFamilyDetector;
import org.lockstep.detect.avatar.SharedAvatarDetector;
import org.lockstep.detect.follow.SharedFollowersDetector;
import org.lockstep.detect.time.ChurnDetector;
import org.lockstep.detect.time.ReportBurstDetector;
import org.lockstep.detect.time.LockstepDetector;
import org.lockstep.detect.time.SpikeDetector;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.query.QueryParam;
import org.neo4j.driver.Driver;

/**
 * The detectors Lockstep ships, looked up by id, with their parameters checked against the query headers.
 *
 * <p>Parameters arrive as JSON values or CLI strings; each is coerced to the type its header declares, unknown
 * names are refused, and missing ones take the header's default, so a run records exactly what it used.
 */
public final class DetectorCatalog {
    private final Map<String, Detector> detectors = new LinkedHashMap<>();
    private final Driver driver;

    public DetectorCatalog(Driver driver, List<Detector> detectors) {
        this.driver = driver;
        detectors.forEach(d -> this.detectors.put(d.id(), d));
    }

    /** The catalogue of built-in detectors. */
    public static DetectorCatalog builtIn(Driver driver) {
        return new DetectorCatalog(driver, List.of(new SharedFollowersDetector(), new LockstepDetector(),
                new SharedAvatarDetector(), new HandleFamilyDetector(), new CreationBatchDetector(),
                new ReportBurstDetector(), new ChurnDetector(), new SpikeDetector()));
    }

    public List<DetectorInfo> list() {
        return detectors.values().stream().map(d -> DetectorInfo.of(d.query())).toList();
    }

    public DetectorRun run(String id, Map<String, ?> rawParams) {
        return detect(id, rawParams).run();
    }

    /** Runs one detector and keeps the full membership of its findings. */
    public Detection detect(String id, Map<String, ?> rawParams) {
        Detector detector = detector(id);
        return detector.detect(driver, resolve(detector, rawParams == null ? Map.of() : rawParams));
    }

    public Detector detector(String id) {
        Detector detector = detectors.get(id);
        if (detector == null) {
            throw InvalidRequestException.notFound("id", "No detector '" + id + "'. Known detectors: "
                    + String.join(", ", detectors.keySet()) + ".");
        }
        return detector;
    }

    /** Every detector, in the order {@code detect all} runs them. */
    public List<Detector> detectors() {
        return List.copyOf(detectors.values());
    }

    public static Map<String, Object> resolve(Detector detector, Map<String, ?> raw) {
        List<QueryParam> declared = detector.query().params();
        for (String name : raw.keySet()) {
            if (declared.stream().noneMatch(p -> p.name().equals(name))) {
                throw InvalidRequestException.badValue(name, "Detector '" + detector.id() + "' has no parameter '"
                        + name + "'. It takes: " + String.join(", ", declared.stream().map(QueryParam::name).toList())
                        + ".");
            }
        }
        Map<String, Object> resolved = new LinkedHashMap<>();
        for (QueryParam p : declared) {
            Object value = raw.get(p.name());
            if (value == null && p.required()) {
                throw InvalidRequestException.badValue(p.name(), "Parameter '" + p.name() + "' is required: "
                        + p.description());
            }
            resolved.put(p.name(), p.type().coerce(p.name(), value != null ? value : p.defaultValue()));
        }
        return resolved;
    }
}
