package org.lockstep.generate;

import java.util.List;

/**
 * One vendor flood as planned: a batch of bots created together, then poured into every one of its targets in
 * bursts, then partly unfollowing in churn waves and partly following again in refills.
 *
 * @param number      the flood's position (0-based) among all floods; its campaign index
 * @param vendor      the vendor's index
 * @param targets     target slots (0-based among the targets), 2 to 4 of them
 * @param firstBot    the account index of the flood's first bot; its bots are contiguous
 * @param size        how many bots
 * @param createdFrom the creation batch, epoch seconds
 * @param bursts      in bot order; each bot arrives once on every target
 * @param waves       churn waves; empty when the flood ends too close to collection for any
 */
record Flood(int number, int vendor, int[] targets, int firstBot, int size, long createdFrom, long createdTo,
        List<Burst> bursts, List<ChurnWave> waves) {

    /** A share of (bot, target) follows that are dropped later. */
    static final double CHURN = 0.2;
    /** A share of the dropped follows that the vendor refills (a new follow episode). */
    static final double REFILL = 0.5;

    /** Arrivals on one target: the p-th bot of a burst comes {@code floor(p * 60 / perMinute)} seconds in. */
    record Slot(long start, int perMinute) {
        long at(int position) {
            return start + position * Times.MINUTE / perMinute;
        }

        /** Seconds from the first to just past the last of {@code count} arrivals. */
        static long duration(int count, int perMinute) {
            return (Math.max(count, 1) - 1) * Times.MINUTE / perMinute + 1;
        }
    }

    /** The bots {@code [first, first + size)} of the flood (flood-relative), arriving on each target per slot. */
    record Burst(int first, int size, Slot[] perTarget) {
    }

    /**
     * Dropped follows leave within {@code spread} seconds of {@code unfollowFrom}; the refilled ones come back per
     * target slot (null where no refill fits before collection).
     */
    record ChurnWave(long unfollowFrom, long spread, Slot[] refill) {
    }

    /** The same flood with its churn waves completed (the refills need the waves to be counted first). */
    Flood withWaves(List<ChurnWave> planned) {
        return new Flood(number, vendor, targets, firstBot, size, createdFrom, createdTo, bursts, planned);
    }

    String id() {
        return "flood-%02d".formatted(number + 1);
    }

    long attackFrom() {
        long from = Long.MAX_VALUE;
        for (Burst b : bursts) {
            for (Slot s : b.perTarget()) {
                from = Math.min(from, s.start());
            }
        }
        return from;
    }

    long attackTo() {
        long to = Long.MIN_VALUE;
        for (Burst b : bursts) {
            for (Slot s : b.perTarget()) {
                to = Math.max(to, s.at(b.size() - 1));
            }
        }
        return to;
    }

    /** The churn wave of one (bot, target) follow, or -1 when it is kept; decided by hash so it can be asked twice. */
    int waveOf(long seed, int bot, int target) {
        if (waves.isEmpty()) {
            return -1;
        }
        double u = Rng.unit(seed, 0x6368_75726eL + number, bot, target);
        return u < CHURN ? (int) (u / CHURN * waves.size()) : -1;
    }

    boolean refills(long seed, int bot, int target) {
        return Rng.unit(seed, 0x7265_66696cL + number, bot, target) < REFILL;
    }
}
