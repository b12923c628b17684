package org.lockstep.detect.time;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.lockstep.detect.AccountIndex;
import org.lockstep.detect.AccountKey;
import org.lockstep.detect.Cluster;
import org.lockstep.detect.Finding;
import org.lockstep.detect.Texts;

/** Turns linked bursts into findings with their evidence, for the lockstep and churn detectors. */
final class BurstClusters {
    private BurstClusters() {
    }

    static Cluster cluster(String detector, String prefix, String verb, Duration window, List<Burst> bursts,
            CoActivity.Group g, AccountIndex index, boolean dayOnly) {
        Set<AccountKey> targets = new TreeSet<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long events = 0;
        double median = 0;
        // A target counts when a tenth of the members (and at least two) acted on it in these bursts: a honeypot
        // that a few of a flood's bots also followed is not one of the flood's targets.
        Map<Integer, Integer> onTarget = new HashMap<>();
        for (int w : g.bursts()) {
            Burst b = bursts.get(w);
            int inside = 0;
            for (int a : b.accounts()) {
                inside += Arrays.binarySearch(g.members(), a) >= 0 ? 1 : 0;
            }
            onTarget.merge(b.target(), inside, Integer::sum);
        }
        Set<Integer> kept = new HashSet<>();
        onTarget.forEach((t, n) -> {
            if (n >= Math.max(2, g.members().length / 10)) {
                targets.add(index.key(t));
                kept.add(t);
            }
        });
        // The window and counts are the members' own acts: the widened buckets also hold ordinary arrivals.
        for (int w : g.bursts()) {
            Burst b = bursts.get(w);
            if (!kept.contains(b.target())) {
                continue;
            }
            for (int i = 0; i < b.actors().length; i++) {
                if (Arrays.binarySearch(g.members(), b.actors()[i]) >= 0) {
                    first = Math.min(first, b.times()[i]);
                    last = Math.max(last, b.times()[i]);
                    events++;
                }
            }
            median = Math.max(median, b.median());
        }
        Set<AccountKey> members = new LinkedHashSet<>();
        for (int a : g.members()) {
            members.add(index.key(a));
        }
        OffsetDateTime from = Texts.utc(first);
        OffsetDateTime to = Texts.utc(last);
        String scale = Texts.scale(window);
        String per = Texts.human(window);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("members", (long) members.size());
        counts.put("targets", (long) targets.size());
        counts.put("bursts", (long) g.bursts().length);
        counts.put("events", events);
        counts.put("windowSeconds", window.toSeconds());
        String evidence = Texts.count(members.size()) + " accounts each " + verb + " at least 2 of these "
                + targets.size() + " accounts inside the same " + scale + " bursts: " + g.bursts().length
                + " bursts of " + Texts.count(events) + " " + (verb.equals("followed") ? "follows" : "events")
                + " " + Texts.window(from, to, dayOnly) + ", each far above its target's usual "
                + String.format(Locale.ROOT, "%.1f", median) + " per " + per + ".";
        String explains = verb + " " + targets.size() + " targets in the same " + scale + " bursts as "
                + Texts.count(members.size() - 1L) + " others ("
                + (from.toLocalDate().equals(to.toLocalDate()) ? from.toLocalDate().toString()
                        : from.toLocalDate() + " to " + to.toLocalDate()) + ")";
        String definition = detector + "|" + window + "|" + from + "|"
                + targets.stream().map(AccountKey::toString).collect(Collectors.joining(","));
        Finding f = new Finding(Texts.id(prefix, definition), detector, members.size(), List.of(), List.of(),
                members.size(), from, to, dayOnly, counts, evidence);
        return new Cluster(f, members, new LinkedHashSet<>(targets), explains);
    }
}
