package org.lockstep.detect.time;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lockstep.detect.AccountIndex;
import org.lockstep.detect.AccountKey;
import org.lockstep.detect.Cluster;
import org.lockstep.detect.Clusters;
import org.lockstep.detect.Detection;
import org.lockstep.detect.Detector;
import org.lockstep.detect.Finding;
import org.lockstep.detect.Rows;
import org.lockstep.detect.Texts;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;

/** Waves of unfollows on one target, with the refollows that came after. */
public final class ChurnDetector implements Detector {
    private static final CypherQuery QUERY = CypherQuery.load("/detectors/churn.cypher");

    @Override
    public CypherQuery query() {
        return QUERY;
    }

    @Override
    public Signal signal() {
        return Signal.ARTEFACT;
    }

    @Override
    public Detection detect(Driver driver, Map<String, Object> params) {
        Duration bucket = (Duration) params.get("bucket");
        if (bucket.toSeconds() < 60) {
            throw InvalidRequestException.badValue("bucket", "The bucket must be at least a minute, e.g. PT1H.");
        }
        long minBurst = Math.max(1, (Long) params.get("minBurst"));
        double z = (Double) params.get("z");
        int maxMembers = Math.toIntExact(Math.max(1, (Long) params.get("maxMembers")));
        long start = System.nanoTime();
        AccountIndex index = new AccountIndex();
        TimedEvents unfollows = new TimedEvents();
        Set<Long> refollowed = new HashSet<>();
        long rows = Rows.stream(driver, QUERY, params, r -> {
            int target = index.of(r.get("targetPlatform").asString(), r.get("targetId").asString());
            int account = index.of(r.get("platform").asString(), r.get("id").asString());
            unfollows.add(target, account, r.get("at").asLong());
            if (r.get("refollowed").asBoolean()) {
                refollowed.add((long) target << 32 | account);
            }
        });
        List<Cluster> clusters = new ArrayList<>();
        for (Burst b : HotWindows.find(unfollows, unfollows.byTargetThenTime(), bucket.toSeconds(), minBurst, z)) {
            clusters.add(cluster(b, index, refollowed, bucket));
        }
        clusters.sort((a, b) -> Long.compare(b.finding().size(), a.finding().size()));
        List<Cluster> named = Clusters.named(driver, clusters, maxMembers);
        String unavailable = rows == 0 ? "no unfollow with a time in the data (follows.csv unfollowed_at)" : null;
        return Detection.of(id(), params, start, named, unavailable);
    }

    private Cluster cluster(Burst b, AccountIndex index, Set<Long> refollowed, Duration bucket) {
        Set<AccountKey> members = new LinkedHashSet<>();
        long back = 0;
        for (int a : b.accounts()) {
            members.add(index.key(a));
            back += refollowed.contains((long) b.target() << 32 | a) ? 1 : 0;
        }
        AccountKey target = index.key(b.target());
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("members", (long) members.size());
        counts.put("unfollows", (long) b.events());
        counts.put("refollowed", back);
        counts.put("bucketSeconds", bucket.toSeconds());
        String evidence = Texts.count(members.size()) + " followers of account " + target.id() + " unfollowed it "
                + Texts.window(Texts.utc(b.first()), Texts.utc(b.last()), false) + ", against a usual "
                + String.format(Locale.ROOT, "%.1f", b.median()) + " per " + Texts.human(bucket) + "; "
                + Texts.count(back) + " of them followed again later.";
        String explains = "unfollowed account " + target.id() + " in a wave of " + Texts.count(members.size())
                + " on " + Texts.utc(b.first()).toLocalDate();
        Finding f = new Finding(Texts.id("ch", target + "|" + b.first()), id(), members.size(), List.of(), List.of(),
                members.size(), Texts.utc(b.first()), Texts.utc(b.last()), false, counts, evidence);
        return new Cluster(f, members, Set.of(target), explains);
    }
}
