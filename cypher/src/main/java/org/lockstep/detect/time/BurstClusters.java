package org.lockstep.detect.time;

import java.time.Duration;
import java.time.OffsetDateTime;
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
        for (int w : g.bursts()) {
            Burst b = bursts.get(w);
            targets.add(index.key(b.target()));
            first = Math.min(first, b.first());
            last = Math.max(last, b.last());
            events += b.events();
            median = Math.max(median, b.median());
        }
        Set<AccountKey> members = new LinkedHashSet<>();
        for (int a : g.members()) {
            members.add(index.key(a));
        }
        OffsetDateTime from = Texts.utc(first);
        OffsetDateTime to = Texts.utc(last);
        String scale = Texts.human(window);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("members", (long) members.size());
        counts.put("targets", (long) targets.size());
        counts.put("bursts", (long) g.bursts().length);
        counts.put("events", events);
        counts.put("windowSeconds", window.toSeconds());
        String evidence = Texts.count(members.size()) + " accounts each " + verb + " at least 2 of these "
                + targets.size() + " accounts inside the same " + scale + " bursts: " + g.bursts().length
                + " bursts of " + Texts.count(events) + " " + (verb.equals("followed") ? "follows" : "events")
                + " " + Texts.window(from, to, dayOnly) + ", each bucket over its account's usual "
                + String.format(java.util.Locale.ROOT, "%.1f", median) + " per " + scale + ".";
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
