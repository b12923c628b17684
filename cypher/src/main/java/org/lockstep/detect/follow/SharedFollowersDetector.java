package org.lockstep.detect.follow;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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
import org.neo4j.driver.Value;

/**
 * Accounts that follow the same set of accounts: the footprint of one bought follower order. Equal sets of at least
 * {@code minSize} accounts form a group; an account that follows a group's whole set and a few others (camouflage)
 * joins it when the set is at least {@code minShare} of what it follows.
 */
public final class SharedFollowersDetector implements Detector {
    private static final CypherQuery QUERY = CypherQuery.load("/detectors/shared-followers.cypher");

    /** A followed set as sorted target indices, usable as a map key. */
    private record SetKey(int[] targets) {
        @Override
        public boolean equals(Object o) {
            return o instanceof SetKey k && Arrays.equals(targets, k.targets);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(targets);
        }
    }

    /** One account as read: its followed set (with each first follow time, or MIN_VALUE) and its span. */
    private record Follower(AccountKey key, int[] targets, long[] times, OffsetDateTime first, OffsetDateTime last,
            boolean dayOnly) {

        /** The time of this account's first follow of target {@code t}, or MIN_VALUE when unknown. */
        long timeOf(int t) {
            return times[Arrays.binarySearch(targets, t)];
        }
    }

    private static final long DAY = 86_400;

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
        double minShare = (Double) params.get("minShare");
        if (minShare <= 0 || minShare > 1) {
            throw InvalidRequestException.badValue("minShare", "minShare must be above 0 and at most 1.");
        }
        long minSize = (Long) params.get("minSize");
        long start = System.nanoTime();
        AccountIndex targetIndex = new AccountIndex();
        List<Follower> followers = new ArrayList<>();
        Map<SetKey, List<Integer>> bySet = new HashMap<>();
        Rows.stream(driver, QUERY, params, r -> {
            List<Value> ts = r.get("targets").asList(v -> v);
            long[] packed = new long[ts.size()];
            Map<Integer, Long> at = new HashMap<>();
            for (int i = 0; i < packed.length; i++) {
                int t = targetIndex.of(ts.get(i).get(0).asString(), ts.get(i).get(1).asString());
                packed[i] = t;
                at.put(t, ts.get(i).get(2).isNull() ? Long.MIN_VALUE : ts.get(i).get(2).asLong());
            }
            Arrays.sort(packed);
            int[] set = new int[packed.length];
            long[] times = new long[packed.length];
            for (int i = 0; i < set.length; i++) {
                set[i] = (int) packed[i];
                times[i] = at.get(set[i]);
            }
            followers.add(new Follower(new AccountKey(r.get("platform").asString(), r.get("id").asString()), set,
                    times, time(r.get("first")), time(r.get("last")), r.get("dayOnly").asBoolean(false)));
            bySet.computeIfAbsent(new SetKey(set), k -> new ArrayList<>()).add(followers.size() - 1);
        });
        List<SetKey> cores = bySet.entrySet().stream().filter(e -> e.getValue().size() >= minSize)
                .map(Map.Entry::getKey).toList();
        Map<Integer, List<Integer>> coresByTarget = new HashMap<>();
        for (int c = 0; c < cores.size(); c++) {
            for (int t : cores.get(c).targets()) {
                coresByTarget.computeIfAbsent(t, k -> new ArrayList<>()).add(c);
            }
        }
        List<List<Integer>> near = new ArrayList<>();
        long[][] spans = new long[cores.size()][];
        for (int c = 0; c < cores.size(); c++) {
            near.add(new ArrayList<>());
            spans[c] = span(bySet.get(cores.get(c)), followers);
        }
        if (minShare < 1) {
            for (int f = 0; f < followers.size(); f++) {
                int[] set = followers.get(f).targets();
                if (bySet.get(new SetKey(set)).size() >= minSize) {
                    continue;
                }
                int best = bestCore(followers.get(f), cores, coresByTarget, spans, minShare);
                if (best >= 0) {
                    near.get(best).add(f);
                }
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int c = 0; c < cores.size(); c++) {
            clusters.add(cluster(cores.get(c), bySet.get(cores.get(c)), near.get(c), followers, targetIndex,
                    minShare));
        }
        clusters.sort((a, b) -> Long.compare(b.finding().size(), a.finding().size()));
        List<Cluster> named = Clusters.named(driver, clusters, Math.toIntExact((Long) params.get("maxMembers")));
        return Detection.of(id(), params, start, named, null);
    }

    /** The earliest and latest follow time of a group's members, or null when none is known. */
    private static long[] span(List<Integer> group, List<Follower> followers) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (int f : group) {
            for (long t : followers.get(f).times()) {
                if (t != Long.MIN_VALUE) {
                    from = Math.min(from, t);
                    to = Math.max(to, t);
                }
            }
        }
        return from == Long.MAX_VALUE ? null : new long[] {from, to};
    }

    /**
     * The largest core wholly inside the follower's set that is at least {@code minShare} of it and whose accounts it
     * followed within a day of the core group's own span (when the times are known), or -1.
     */
    private static int bestCore(Follower follower, List<SetKey> cores, Map<Integer, List<Integer>> coresByTarget,
            long[][] spans, double minShare) {
        int[] set = follower.targets();
        int best = -1;
        Set<Integer> seen = new TreeSet<>();
        for (int t : set) {
            for (int c : coresByTarget.getOrDefault(t, List.of())) {
                if (!seen.add(c)) {
                    continue;
                }
                int[] core = cores.get(c).targets();
                if (core.length < minShare * set.length || core.length >= set.length) {
                    continue;
                }
                boolean inside = Arrays.stream(core).allMatch(x -> Arrays.binarySearch(set, x) >= 0);
                if (inside && spans[c] != null) {
                    long[] span = spans[c];
                    inside = Arrays.stream(core).allMatch(x -> {
                        long at = follower.timeOf(x);
                        return at == Long.MIN_VALUE || at >= span[0] - DAY && at <= span[1] + DAY;
                    });
                }
                if (inside && (best < 0 || core.length > cores.get(best).targets().length)) {
                    best = c;
                }
            }
        }
        return best;
    }

    private Cluster cluster(SetKey core, List<Integer> exact, List<Integer> near, List<Follower> followers,
            AccountIndex targetIndex, double minShare) {
        Set<AccountKey> members = new LinkedHashSet<>();
        OffsetDateTime first = null;
        OffsetDateTime last = null;
        boolean dayOnly = false;
        for (List<Integer> part : List.of(exact, near)) {
            for (int f : part) {
                Follower follower = followers.get(f);
                members.add(follower.key());
                first = first == null || follower.first() != null && follower.first().isBefore(first)
                        ? follower.first() : first;
                last = last == null || follower.last() != null && follower.last().isAfter(last) ? follower.last()
                        : last;
                dayOnly |= follower.dayOnly();
            }
        }
        Set<AccountKey> targets = new TreeSet<>();
        for (int t : core.targets()) {
            targets.add(targetIndex.key(t));
        }
        long size = members.size();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("members", size);
        counts.put("targets", (long) targets.size());
        counts.put("exactly", (long) exact.size());
        counts.put("withOthers", (long) near.size());
        String definition = targets.stream().map(AccountKey::toString).collect(Collectors.joining("\n"));
        Finding f = new Finding(Texts.id("sf", definition), id(), size, List.of(), List.of(), size, first, last,
                dayOnly, counts, evidence(exact.size(), near.size(), targets.size(), first, last, dayOnly, minShare));
        String explains = "follows the same " + targets.size() + " accounts as " + Texts.count(size - 1)
                + " others (" + Texts.count(exact.size()) + " of them no others)";
        return new Cluster(f, members, new LinkedHashSet<>(targets), explains);
    }

    static String evidence(long exact, long near, int targets, OffsetDateTime first, OffsetDateTime last,
            boolean dayOnly, double minShare) {
        String base = (exact + near) + " accounts follow all of these " + targets + " accounts: " + exact
                + " of them exactly these and no others"
                + (near == 0 ? "" : ", " + near + " a few others besides (these " + targets + " are at least "
                        + Math.round(minShare * 100) + "% of what they follow)");
        if (first == null || last == null) {
            return base + "; the follow times are not in the data.";
        }
        if (dayOnly) {
            // Never invent minutes: a date-only time is precise to the day (import-format.md).
            return base + "; their follows fall between " + first.toLocalDate() + " and " + last.toLocalDate()
                    + " (some follow times are known only to the day).";
        }
        return base + "; their follows fall between " + first + " and " + last + " ("
                + Texts.human(Duration.between(first, last)) + ").";
    }

    private static OffsetDateTime time(Value v) {
        return v == null || v.isNull() ? null : v.asOffsetDateTime();
    }
}
