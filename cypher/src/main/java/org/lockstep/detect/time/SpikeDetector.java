package org.lockstep.detect.time;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lockstep.detect.AccountKey;
import org.lockstep.detect.AccountLookup;
import org.lockstep.detect.AccountRef;
import org.lockstep.detect.Cluster;
import org.lockstep.detect.Detection;
import org.lockstep.detect.Detector;
import org.lockstep.detect.Finding;
import org.lockstep.detect.RobustBaseline;
import org.lockstep.detect.Rows;
import org.lockstep.detect.Texts;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** Follower-growth spikes per target against the target's own median/MAD baseline, with the later unfollows. */
public final class SpikeDetector implements Detector {
    private static final CypherQuery QUERY = CypherQuery.load("/detectors/spikes.cypher");
    private static final CypherQuery FROM_COUNTS = CypherQuery.load("/detectors/spikes-from-counts.cypher");
    private static final long DAY = 86_400;

    @Override
    public CypherQuery query() {
        return QUERY;
    }

    @Override
    public Signal signal() {
        return Signal.CONTEXT;
    }

    @Override
    public Detection detect(Driver driver, Map<String, Object> params) {
        Duration bucket = (Duration) params.get("bucket");
        if (bucket.toSeconds() < 60) {
            throw InvalidRequestException.badValue("bucket", "The bucket must be at least a minute, e.g. PT1H.");
        }
        long floor = (Long) params.get("minArrivals");
        double z = (Double) params.get("z");
        long start = System.nanoTime();
        List<Cluster> clusters = new ArrayList<>();
        long targets = Rows.stream(driver, QUERY, params, r -> spikes(r, bucket, floor, z, clusters));
        // Accounts without follow times may still have counter snapshots (follower_counts): read growth from those.
        long counted = Rows.stream(driver, FROM_COUNTS, Map.of("minSnapshots", 4L),
                r -> countSpikes(r, floor, z, clusters));
        clusters.sort((a, b) -> Long.compare(b.finding().size(), a.finding().size()));
        String unavailable = targets + counted == 0 ? "no follow has a usable time in the data (follows.csv "
                + "followed_at is empty" + (bucket.toDays() < 1 ? ", or known only to the day: try bucket=P1D" : "")
                + ") and no account has 4 or more follower_counts snapshots" : null;
        return Detection.of(id(), params, start, clusters, unavailable);
    }

    private void spikes(Record r, Duration bucket, long floor, double z, List<Cluster> out) {
        List<Long> slots = r.get("slots").asList(v -> v.asLong());
        List<Long> arrivals = r.get("arrivals").asList(v -> v.asLong());
        List<Long> left = r.get("leftLater").asList(v -> v.asLong());
        int[] counts = arrivals.stream().mapToInt(Long::intValue).toArray();
        long span = slots.getLast() - slots.getFirst() + 1;
        RobustBaseline baseline = RobustBaseline.of(counts, span);
        long threshold = baseline.threshold(z, floor);
        AccountRef target = AccountLookup.ref(r);
        int i = 0;
        while (i < counts.length) {
            if (counts[i] < threshold) {
                i++;
                continue;
            }
            int j = i;
            long sum = counts[i];
            long gone = left.get(i);
            long peak = counts[i];
            while (j + 1 < counts.length && counts[j + 1] >= threshold && slots.get(j + 1) <= slots.get(j) + 2) {
                j++;
                sum += counts[j];
                gone += left.get(j);
                peak = Math.max(peak, counts[j]);
            }
            out.add(cluster(target, bucket, slots.get(i), slots.get(j), sum, gone, peak, baseline));
            i = j + 1;
        }
    }

    /**
     * Jumps between consecutive counter snapshots: the gain per day of each interval against the median/MAD of all
     * of the account's intervals. Snapshots say nothing about who arrived, only how many more there were.
     */
    private void countSpikes(Record r, long floor, double z, List<Cluster> out) {
        List<Long> at = r.get("at").asList(v -> v.asLong());
        List<Long> followers = r.get("followers").asList(v -> v.asLong());
        int n = at.size() - 1;
        int[] perDay = new int[n];
        for (int i = 0; i < n; i++) {
            double days = Math.max(1.0, (at.get(i + 1) - at.get(i)) / (double) DAY);
            perDay[i] = (int) Math.max(0, Math.round((followers.get(i + 1) - followers.get(i)) / days));
        }
        RobustBaseline baseline = RobustBaseline.of(perDay, n);
        long threshold = baseline.threshold(z, 1);
        AccountRef target = AccountLookup.ref(r);
        for (int i = 0; i < n; i++) {
            long gain = followers.get(i + 1) - followers.get(i);
            if (perDay[i] >= threshold && gain >= floor) {
                OffsetDateTime from = Texts.utc(at.get(i));
                OffsetDateTime to = Texts.utc(at.get(i + 1));
                Map<String, Long> counts = new LinkedHashMap<>();
                counts.put("gain", gain);
                counts.put("before", followers.get(i));
                counts.put("after", followers.get(i + 1));
                counts.put("perDay", (long) perDay[i]);
                String name = target.handle() != null ? "@" + target.handle() : target.id();
                String evidence = name + "'s follower counter rose from " + Texts.count(followers.get(i)) + " to "
                        + Texts.count(followers.get(i + 1)) + " " + Texts.window(from, to, true) + " (+"
                        + Texts.count(gain) + ", " + Texts.count(perDay[i]) + " a day against a usual "
                        + String.format(Locale.ROOT, "%.1f", baseline.median()) + "), by its snapshots; who "
                        + "arrived is not in the data.";
                Finding f = new Finding(Texts.id("sp", target.platform() + ":" + target.id() + "|counts|" + at.get(i)),
                        id(), gain, List.of(target), List.of(), 0, from, to, true, counts, evidence);
                out.add(new Cluster(f, Set.of(), Set.of(new AccountKey(target.platform(), target.id())),
                        "followed during a jump of " + Texts.count(gain) + " in " + name + "'s counter"));
            }
        }
    }

    private Cluster cluster(AccountRef target, Duration bucket, long firstSlot, long lastSlot, long arrivals,
            long gone, long peak, RobustBaseline baseline) {
        long b = bucket.toSeconds();
        OffsetDateTime from = Texts.utc(firstSlot * b);
        OffsetDateTime to = Texts.utc((lastSlot + 1) * b);
        boolean dayOnly = bucket.toDays() >= 1;
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("arrivals", arrivals);
        counts.put("unfollowedLater", gone);
        counts.put("net", arrivals - gone);
        counts.put("peakPerBucket", peak);
        counts.put("bucketSeconds", b);
        String name = target.handle() != null ? "@" + target.handle() : target.id();
        String evidence = name + " gained " + Texts.count(arrivals) + " followers " + Texts.window(from, to, dayOnly)
                + ", up to " + Texts.count(peak) + " per " + Texts.human(bucket) + " against a usual "
                + String.format(Locale.ROOT, "%.1f", baseline.median()) + "; " + Texts.count(gone)
                + " of them unfollowed later (net " + Texts.count(arrivals - gone) + ").";
        Finding f = new Finding(Texts.id("sp", target.platform() + ":" + target.id() + "|" + b + "|" + firstSlot),
                id(), arrivals, List.of(target), List.of(), arrivals, from, to, dayOnly, counts, evidence);
        return new Cluster(f, Set.of(), Set.of(new AccountKey(target.platform(), target.id())),
                "arrived during a spike of " + Texts.count(arrivals) + " followers on " + name);
    }
}
