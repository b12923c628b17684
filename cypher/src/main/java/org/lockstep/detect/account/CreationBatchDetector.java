package org.lockstep.detect.account;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.lockstep.detect.RobustBaseline;
import org.lockstep.detect.Rows;
import org.lockstep.detect.Texts;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;

/** Windows in which unusually many accounts were created. */
public final class CreationBatchDetector implements Detector {
    private static final CypherQuery QUERY = CypherQuery.load("/detectors/creation-batches.cypher");

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
        long bucket = ((Duration) params.get("bucket")).toSeconds();
        if (bucket < 60) {
            throw InvalidRequestException.badValue("bucket", "The bucket must be at least a minute, e.g. P1D.");
        }
        long minSize = Math.max(1, (Long) params.get("minSize"));
        double z = (Double) params.get("z");
        int maxMembers = Math.toIntExact(Math.max(1, (Long) params.get("maxMembers")));
        long start = System.nanoTime();
        AccountIndex index = new AccountIndex();
        List<long[]> rows = new ArrayList<>();
        Rows.stream(driver, QUERY, params, r -> rows.add(new long[] {r.get("created").asLong(),
                index.of(r.get("platform").asString(), r.get("id").asString()),
                r.get("posts").isNull() ? -1 : r.get("posts").asLong()}));
        rows.sort((a, b) -> Long.compare(a[0], b[0]));
        List<Cluster> clusters = new ArrayList<>();
        if (!rows.isEmpty()) {
            long[] slots = new long[rows.size()];
            int[] counts = new int[rows.size()];
            int n = 0;
            for (long[] row : rows) {
                long slot = Math.floorDiv(row[0], bucket);
                if (n > 0 && slots[n - 1] == slot) {
                    counts[n - 1]++;
                } else {
                    slots[n] = slot;
                    counts[n++] = 1;
                }
            }
            RobustBaseline baseline = RobustBaseline.of(Arrays.copyOf(counts, n), slots[n - 1] - slots[0] + 1);
            long threshold = baseline.threshold(z, minSize);
            int i = 0;
            while (i < n) {
                if (counts[i] < threshold) {
                    i++;
                    continue;
                }
                int j = i;
                while (j + 1 < n && counts[j + 1] >= threshold && slots[j + 1] <= slots[j] + 2) {
                    j++;
                }
                clusters.add(batch(rows, index, slots[i] * bucket, (slots[j] + 1) * bucket, bucket, baseline));
                i = j + 1;
            }
        }
        clusters.sort((a, b) -> Long.compare(b.finding().size(), a.finding().size()));
        List<Cluster> named = Clusters.named(driver, clusters, maxMembers);
        String unavailable = rows.isEmpty() ? "no account has a creation time in the data" : null;
        return Detection.of(id(), params, start, named, unavailable);
    }

    private Cluster batch(List<long[]> rows, AccountIndex index, long from, long to, long bucket,
            RobustBaseline baseline) {
        Set<AccountKey> keys = new LinkedHashSet<>();
        long noPosts = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (long[] row : rows) {
            if (row[0] >= from && row[0] < to) {
                keys.add(index.key((int) row[1]));
                noPosts += row[2] == 0 ? 1 : 0;
                first = Math.min(first, row[0]);
                last = Math.max(last, row[0]);
            }
        }
        OffsetDateTime start = Texts.utc(first);
        OffsetDateTime end = Texts.utc(last);
        boolean dayOnly = bucket >= 86_400;
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("members", (long) keys.size());
        counts.put("withoutPosts", noPosts);
        counts.put("bucketSeconds", bucket);
        String evidence = Texts.count(keys.size()) + " accounts were created " + Texts.window(start, end, dayOnly)
                + ", against a usual " + String.format(Locale.ROOT, "%.1f", baseline.median()) + " per "
                + Texts.human(Duration.ofSeconds(bucket)) + "; " + Texts.count(noPosts) + " of them have no posts.";
        String explains = "created in a batch of " + Texts.count(keys.size()) + " accounts "
                + Texts.window(start, end, true);
        Finding f = new Finding(Texts.id("cb", bucket + "|" + from), id(), keys.size(), List.of(), List.of(),
                keys.size(), start, end, dayOnly, counts, evidence);
        return new Cluster(f, keys, Set.of(), explains);
    }
}
