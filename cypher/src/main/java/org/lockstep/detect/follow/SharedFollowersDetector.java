package org.lockstep.detect.follow;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lockstep.detect.AccountKey;
import org.lockstep.detect.AccountLookup;
import org.lockstep.detect.AccountRef;
import org.lockstep.detect.Cluster;
import org.lockstep.detect.Detection;
import org.lockstep.detect.Detector;
import org.lockstep.detect.DetectorRun;
import org.lockstep.detect.Finding;
import org.lockstep.detect.Texts;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.Value;

/** Accounts that follow exactly the same set of accounts: the footprint of one bought follower order. */
public final class SharedFollowersDetector implements Detector {
    private static final CypherQuery QUERY = CypherQuery.load("/detectors/shared-followers.cypher");
    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

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
        for (String name : List.of("minTargets", "minSize", "maxMembers")) {
            if (((Long) params.get(name)) < 1) {
                throw InvalidRequestException.badValue(name, "Parameter '" + name + "' must be at least 1.");
            }
        }
        long start = System.nanoTime();
        List<Record> rows = driver.executableQuery(QUERY.text()).withParameters(params).withConfig(READ).execute()
                .records();
        List<Cluster> clusters = rows.stream().map(SharedFollowersDetector::cluster).toList();
        return new Detection(new DetectorRun(id(), params, Duration.ofNanos(System.nanoTime() - start).toMillis(),
                clusters.stream().map(Cluster::finding).toList()), clusters);
    }

    private static Cluster cluster(Record r) {
        List<AccountRef> targets = r.get("targets").asList(AccountLookup::ref);
        List<AccountRef> members = r.get("members").asList(AccountLookup::ref);
        Set<AccountKey> keys = new LinkedHashSet<>(r.get("memberKeys").asList(
                v -> new AccountKey(v.get(0).asString(), v.get(1).asString())));
        long size = r.get("size").asLong();
        OffsetDateTime first = time(r.get("firstFollow"));
        OffsetDateTime last = time(r.get("lastFollow"));
        String key = targets.stream().map(t -> t.platform() + ":" + t.id()).collect(Collectors.joining("\n"));
        boolean dayOnly = r.get("dayOnly").asBoolean(false);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("members", size);
        counts.put("targets", (long) targets.size());
        Finding f = new Finding(Texts.id("sf", key), "shared-followers", size, targets, members, size, first, last,
                dayOnly, counts, evidence(size, targets.size(), first, last, dayOnly));
        Set<AccountKey> targetKeys = new LinkedHashSet<>();
        targets.forEach(t -> targetKeys.add(new AccountKey(t.platform(), t.id())));
        String explains = "follows exactly the same " + targets.size() + " accounts as " + Texts.count(size - 1)
                + " others, and no others";
        return new Cluster(f, keys, targetKeys, explains);
    }

    static String evidence(long size, int targets, OffsetDateTime first, OffsetDateTime last, boolean dayOnly) {
        String base = size + " accounts follow exactly these " + targets + " accounts and no others";
        if (first == null || last == null) {
            return base + "; the follow times are not in the data.";
        }
        if (dayOnly) {
            // Never invent minutes: a date-only time is precise to the day (import-format.md).
            return base + "; their follows fall between " + first.toLocalDate() + " and " + last.toLocalDate()
                    + " (some follow times are known only to the day).";
        }
        Duration span = Duration.between(first, last);
        return base + "; their follows fall between " + first + " and " + last + " (" + Texts.human(span) + ").";
    }

    private static OffsetDateTime time(Value v) {
        return v == null || v.isNull() ? null : v.asOffsetDateTime();
    }
}
