package org.lockstep.detect.time;

import java.util.Arrays;

/**
 * Timed acts of accounts on targets (a follow, an unfollow), held column-wise so that millions fit in a few arrays.
 * Accounts and targets are indices of one {@link org.lockstep.detect.AccountIndex}.
 */
final class TimedEvents {
    private int size;
    private int[] targets = new int[1 << 16];
    private int[] accounts = new int[1 << 16];
    private long[] times = new long[1 << 16];

    void add(int target, int account, long epochSecond) {
        if (size == targets.length) {
            int grown = size * 2;
            targets = Arrays.copyOf(targets, grown);
            accounts = Arrays.copyOf(accounts, grown);
            times = Arrays.copyOf(times, grown);
        }
        targets[size] = target;
        accounts[size] = account;
        times[size] = epochSecond;
        size++;
    }

    int size() {
        return size;
    }

    int target(int i) {
        return targets[i];
    }

    int account(int i) {
        return accounts[i];
    }

    long time(int i) {
        return times[i];
    }

    /** Event indices ordered by target, then time: each target's timeline is one contiguous run. */
    int[] byTargetThenTime() {
        // Counting sort by target, then a primitive sort of (time, position) packed in a long per target: a
        // comparator sort of boxed indices is several times slower on ten million follows.
        int maxTarget = 0;
        long minTime = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            maxTarget = Math.max(maxTarget, targets[i]);
            minTime = Math.min(minTime, times[i]);
        }
        int[] start = new int[maxTarget + 2];
        for (int i = 0; i < size; i++) {
            start[targets[i] + 1]++;
        }
        for (int t = 0; t <= maxTarget; t++) {
            start[t + 1] += start[t];
        }
        int[] order = new int[size];
        int[] next = Arrays.copyOf(start, start.length);
        for (int i = 0; i < size; i++) {
            order[next[targets[i]]++] = i;
        }
        for (int t = 0; t <= maxTarget; t++) {
            sortByTime(order, start[t], start[t + 1], minTime);
        }
        return order;
    }

    private void sortByTime(int[] order, int from, int to, long minTime) {
        int n = to - from;
        if (n < 2) {
            return;
        }
        if (n >= 1 << 24) {
            throw new IllegalStateException("more than 16M timed events on one account: not supported");
        }
        long[] packed = new long[n];
        for (int k = 0; k < n; k++) {
            packed[k] = (times[order[from + k]] - minTime) << 24 | k;
        }
        Arrays.sort(packed);
        int[] sorted = new int[n];
        for (int k = 0; k < n; k++) {
            sorted[k] = order[from + (int) (packed[k] & 0xFF_FFFF)];
        }
        System.arraycopy(sorted, 0, order, from, n);
    }
}
