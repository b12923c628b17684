package org.lockstep.detect.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lockstep.detect.AccountKey;
import org.lockstep.detect.Cluster;
import org.lockstep.detect.Clusters;
import org.lockstep.detect.Detection;
import org.lockstep.detect.Detector;
import org.lockstep.detect.Finding;
import org.lockstep.detect.Rows;
import org.lockstep.detect.Texts;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;

/** Families of unlikely handles with one skeleton, created close together. */
public final class HandleFamilyDetector implements Detector {
    private static final CypherQuery QUERY = CypherQuery.load("/detectors/handle-families.cypher");

    /** One account of a family candidate. */
    private record Member(AccountKey key, long created, double entropy) {
    }

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
        long window = ((Duration) params.get("window")).toSeconds();
        int minSize = Math.toIntExact(Math.max(1, (Long) params.get("minSize")));
        int maxMembers = Math.toIntExact(Math.max(1, (Long) params.get("maxMembers")));
        long start = System.nanoTime();
        Map<String, List<Member>> bySkeleton = new HashMap<>();
        long rows = Rows.stream(driver, QUERY, params, r -> {
            HandleSkeleton s = HandleSkeleton.of(r.get("handle").asString());
            if (s.unlikely()) {
                long created = r.get("created").isNull() ? Long.MIN_VALUE : r.get("created").asLong();
                bySkeleton.computeIfAbsent(s.skeleton(), k -> new ArrayList<>()).add(new Member(
                        new AccountKey(r.get("platform").asString(), r.get("id").asString()), created, s.entropy()));
            }
        });
        List<Cluster> clusters = new ArrayList<>();
        bySkeleton.forEach((skeleton, members) -> {
            members.sort(Comparator.comparingLong(Member::created).thenComparing(Member::key));
            int from = 0;
            for (int i = 1; i <= members.size(); i++) {
                boolean breaks = i == members.size() || members.get(i - 1).created() == Long.MIN_VALUE
                        != (members.get(i).created() == Long.MIN_VALUE)
                        || members.get(i).created() - members.get(i - 1).created() > window;
                if (breaks) {
                    if (i - from >= minSize) {
                        clusters.add(cluster(skeleton, members.subList(from, i), window));
                    }
                    from = i;
                }
            }
        });
        clusters.sort((a, b) -> Long.compare(b.finding().size(), a.finding().size()));
        List<Cluster> named = Clusters.named(driver, clusters, maxMembers);
        String unavailable = rows == 0 ? "no account has a handle in the data" : null;
        return Detection.of(id(), params, start, named, unavailable);
    }

    private Cluster cluster(String skeleton, List<Member> family, long window) {
        Set<AccountKey> keys = new LinkedHashSet<>();
        double entropy = 0;
        for (Member m : family) {
            keys.add(m.key());
            entropy += m.entropy();
        }
        entropy /= family.size();
        boolean timed = family.getFirst().created() != Long.MIN_VALUE;
        OffsetDateTime from = timed ? Texts.utc(family.getFirst().created()) : null;
        OffsetDateTime to = timed ? Texts.utc(family.getLast().created()) : null;
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("members", (long) keys.size());
        counts.put("windowSeconds", window);
        String created = timed ? "created " + Texts.window(from, to, true) : "with no creation time in the data";
        String evidence = Texts.count(keys.size()) + " accounts have handles of the skeleton " + skeleton
                + " (C consonant, V vowel, D digit), " + created + "; mean entropy "
                + String.format(Locale.ROOT, "%.2f", entropy) + " bits per character.";
        String explains = "handle of the skeleton " + skeleton + ", like " + Texts.count(keys.size() - 1L)
                + " others " + (timed ? "created " + Texts.window(from, to, true) : "");
        Finding f = new Finding(Texts.id("hf", skeleton + "|" + (timed ? from.toLocalDate() : "untimed")), id(),
                keys.size(), List.of(), List.of(), keys.size(), from, to, true, counts, evidence);
        return new Cluster(f, keys, Set.of(), explains.strip());
    }
}
