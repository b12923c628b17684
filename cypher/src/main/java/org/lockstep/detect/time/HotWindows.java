package org.lockstep.detect.time;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lockstep.detect.RobustBaseline;

/**
 * Finds, per target, the time buckets whose count stands out against that target's own robust baseline
 * (median + z MAD, and at least a floor), merged into windows.
 *
 * <p>A window is widened by one bucket on each side: a burst rarely starts on a bucket boundary, and its head or tail
 * in a neighbouring bucket belongs to it. The cost is linear in the events plus a sort per target.
 */
final class HotWindows {
    private HotWindows() {
    }

    static List<Burst> find(TimedEvents ev, int[] order, long bucket, long floor, double z) {
        List<Burst> bursts = new ArrayList<>();
        int s = 0;
        while (s < order.length) {
            int target = ev.target(order[s]);
            int e = s;
            while (e < order.length && ev.target(order[e]) == target) {
                e++;
            }
            if (e - s >= floor) {
                findIn(ev, order, s, e, bucket, floor, z, bursts);
            }
            s = e;
        }
        return bursts;
    }

    private static void findIn(TimedEvents ev, int[] order, int s, int e, long bucket, long floor, double z,
            List<Burst> out) {
        long[] ids = new long[e - s];
        int[] counts = new int[e - s];
        int runs = 0;
        for (int i = s; i < e; i++) {
            long b = Math.floorDiv(ev.time(order[i]), bucket);
            if (runs > 0 && ids[runs - 1] == b) {
                counts[runs - 1]++;
            } else {
                ids[runs] = b;
                counts[runs++] = 1;
            }
        }
        long span = ids[runs - 1] - ids[0] + 1;
        RobustBaseline baseline = RobustBaseline.of(Arrays.copyOf(counts, runs), span);
        long threshold = baseline.threshold(z, floor);
        int r = 0;
        while (r < runs) {
            if (counts[r] < threshold) {
                r++;
                continue;
            }
            long lo = ids[r];
            long hi = ids[r];
            while (r + 1 < runs && counts[r + 1] >= threshold && ids[r + 1] <= hi + 2) {
                hi = ids[++r];
            }
            r++;
            out.add(window(ev, order, s, e, ev.target(order[s]), (lo - 1) * bucket, (hi + 2) * bucket,
                    threshold, baseline.median()));
        }
    }

    /** The events of one target in {@code [from, to)}. */
    private static Burst window(TimedEvents ev, int[] order, int s, int e, int target, long from, long to,
            long threshold, double median) {
        int a = lowerBound(ev, order, s, e, from);
        int b = lowerBound(ev, order, s, e, to);
        int[] accounts = new int[b - a];
        long[] times = new long[b - a];
        for (int i = a; i < b; i++) {
            accounts[i - a] = ev.account(order[i]);
            times[i - a] = ev.time(order[i]);
        }
        int[] actors = accounts.clone();
        Arrays.sort(accounts);
        int distinct = 0;
        for (int i = 0; i < accounts.length; i++) {
            if (i == 0 || accounts[i] != accounts[i - 1]) {
                accounts[distinct++] = accounts[i];
            }
        }
        return new Burst(target, ev.time(order[a]), ev.time(order[b - 1]), b - a, Arrays.copyOf(accounts, distinct),
                threshold, median, actors, times);
    }

    private static int lowerBound(TimedEvents ev, int[] order, int s, int e, long time) {
        int lo = s;
        int hi = e;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ev.time(order[mid]) < time) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
