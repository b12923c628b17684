package org.lockstep.generate;

import static org.lockstep.generate.Times.DAY;

/**
 * Follower and following counts of the tracked accounts (targets and honeypots) per day, kept as day deltas while
 * follows stream past: snapshot d counts exactly the follows begun, and not yet ended, before midnight of day d.
 */
final class DailyCounts {
    private static final long BASE = Times.epoch(2022, 1, 1);
    private static final int DAYS = (int) ((Times.COLLECTED_AT - BASE) / DAY) + 2;

    private final Population pop;
    private final int[][] in;
    private final int[][] out;

    DailyCounts(Population pop) {
        this.pop = pop;
        int tracked = pop.organicStart - pop.targetStart;
        in = new int[tracked][DAYS];
        out = new int[tracked][DAYS];
    }

    void follow(int follower, int target, long at, long until) {
        if (pop.isTracked(target)) {
            count(in[target - pop.targetStart], at, until);
        }
        if (pop.isTracked(follower)) {
            count(out[follower - pop.targetStart], at, until);
        }
    }

    private static void count(int[] deltas, long at, long until) {
        deltas[snapshotAfter(at)]++;
        if (until > 0) {
            deltas[snapshotAfter(until)]--;
        }
    }

    /** The first snapshot that sees an event at this time. */
    private static int snapshotAfter(long t) {
        if (t < BASE) {
            throw new IllegalStateException("follow before the tracked period: " + Times.iso(t));
        }
        return (int) ((t - BASE) / DAY) + 1;
    }

    /** Counts at the snapshot instant {@code midnight} (a multiple of a day): [followers, following]. */
    int[] at(int account, long midnight) {
        int day = (int) ((midnight - BASE) / DAY);
        int slot = account - pop.targetStart;
        int followers = 0;
        int following = 0;
        for (int d = 0; d <= day; d++) {
            followers += in[slot][d];
            following += out[slot][d];
        }
        return new int[] {followers, following};
    }
}
