package org.lockstep.generate;

import java.util.SplittableRandom;

/**
 * Picks ordinary users to follow: partly at random, partly by a fixed popularity rank, so that in-degrees are skewed
 * (a few popular users, a long tail) without keeping any per-account state.
 */
final class OrganicPicker {
    /** A prime above any organic count, hence coprime with it: rank -> account is a permutation. */
    private static final long STRIDE = 1_000_003L;

    private final int start;
    private final int count;
    private final long offset;

    OrganicPicker(Population pop, SplittableRandom r) {
        this.start = pop.organicStart;
        this.count = pop.organicCount;
        this.offset = r.nextInt(count);
    }

    int pick(SplittableRandom r) {
        if (r.nextDouble() < 0.35) {
            return start + r.nextInt(count);
        }
        double x = r.nextDouble();
        long rank = (long) (count * x * x * x);
        return start + (int) ((rank * STRIDE + offset) % count);
    }
}
