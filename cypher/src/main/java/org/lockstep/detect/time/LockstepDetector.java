package org.lockstep.detect.time;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lockstep.detect.AccountIndex;
import org.lockstep.detect.Cluster;
import org.lockstep.detect.Clusters;
import org.lockstep.detect.Detection;
import org.lockstep.detect.Detector;
import org.lockstep.detect.Rows;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;

/** Accounts acting together on several targets in the same unusual bursts, at one or more time scales. */
public final class LockstepDetector implements Detector {
    private static final CypherQuery QUERY = CypherQuery.load("/detectors/lockstep.cypher");

    @Override
    public CypherQuery query() {
        return QUERY;
    }

    @Override
    public Signal signal() {
        return Signal.COORDINATION;
    }

    @Override
    public Detection detect(Driver driver, Map<String, Object> params) {
        List<Duration> windows = windows(params.get("windows"));
        BurstParams p = BurstParams.of(params);
        long start = System.nanoTime();
        AccountIndex index = new AccountIndex();
        TimedEvents minutes = new TimedEvents();
        TimedEvents days = new TimedEvents();
        long rows = Rows.stream(driver, QUERY, params, r -> {
            int target = index.of(r.get("targetPlatform").asString(), r.get("targetId").asString());
            int account = index.of(r.get("platform").asString(), r.get("id").asString());
            long at = r.get("at").asLong();
            days.add(target, account, at);
            if (!r.get("dayOnly").asBoolean()) {
                minutes.add(target, account, at);
            }
        });
        List<Cluster> clusters = new ArrayList<>();
        int[] dayOrder = days.byTargetThenTime();
        int[] minuteOrder = minutes.size() == days.size() ? dayOrder : minutes.byTargetThenTime();
        for (Duration w : windows) {
            boolean subDay = w.compareTo(Duration.ofDays(1)) < 0;
            TimedEvents ev = subDay ? minutes : days;
            List<Burst> bursts = HotWindows.find(ev, subDay ? minuteOrder : dayOrder, w.toSeconds(), p.minBurst(),
                    p.z());
            for (CoActivity.Group g : CoActivity.link(bursts, index.size(), p.minShared(), p.minTargets(),
                    p.minSize())) {
                clusters.add(BurstClusters.cluster(id(), "ls", "followed", w, bursts, g, index, !subDay));
            }
        }
        clusters.sort((a, b) -> Long.compare(b.finding().size(), a.finding().size()));
        List<Cluster> listed = Clusters.named(driver, clusters, p.maxMembers());
        String unavailable = rows == 0 ? "no follow has a time in the data (follows.csv followed_at is empty)"
                : minutes.size() == 0 ? "follow times are known only to the day: scales under a day were skipped"
                : null;
        return Detection.of(id(), params, start, listed, unavailable);
    }

    static List<Duration> windows(Object raw) {
        List<Duration> windows = new ArrayList<>();
        for (Object o : (List<?>) raw) {
            try {
                Duration d = Duration.parse(o.toString().trim());
                if (d.toSeconds() < 60) {
                    throw InvalidRequestException.badValue("windows", "Each window must be at least a minute, not "
                            + o + ".");
                }
                windows.add(d);
            } catch (DateTimeParseException e) {
                throw InvalidRequestException.badValue("windows", "Each window is an ISO-8601 duration such as "
                        + "PT10M or P2D, not '" + o + "'.");
            }
        }
        return windows;
    }
}
