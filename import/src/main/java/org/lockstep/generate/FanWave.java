package org.lockstep.generate;

import static org.lockstep.generate.Times.DAY;
import static org.lockstep.generate.Times.HOUR;
import static org.lockstep.generate.Times.MINUTE;

import java.util.SplittableRandom;

/**
 * The fan wave, a decoy: after a TV programme mentions one target, ordinary long-standing users (role decoy_fan) all
 * follow it within 20 to 40 minutes, most in the first few: tens a minute at the small scale, above any vendor
 * burst's rate at the larger ones. Each fan otherwise keeps an ordinary, varied follow set, so a detector that goes by
 * one target's arrival rate alone flags innocents.
 *
 * @param target the account index of the target mentioned
 * @param from   the first fan's follow, epoch seconds
 * @param to     the last possible one
 */
record FanWave(int target, long from, long to) {
    /** Arrival offsets are {@code (to - from) * u^SKEW}: about 15% of the fans in the first minute of a half hour. */
    private static final double SKEW = 1.8;

    /**
     * Picks a target other than the one with the viral spike and an evening in the flood season (20:00-22:00 in
     * Tehran), and books the window in the calendar so that no vendor burst on that target overlaps it.
     */
    static FanWave plan(Population pop, int viralTarget, TargetCalendar calendar, SplittableRandom r) {
        int slot;
        do {
            slot = r.nextInt(pop.targetCount);
        } while (pop.targetStart + slot == viralTarget);
        long day = Times.epoch(2024, 3, 25) + r.nextInt(45) * DAY;
        long start = day + Rng.between(r, 16 * HOUR + 30 * MINUTE, 18 * HOUR + 30 * MINUTE);
        long width = Rng.between(r, 20 * MINUTE, 40 * MINUTE);
        long from = calendar.reserve(slot, start, width);
        return new FanWave(pop.targetStart + slot, from, from + width);
    }

    long followTime(SplittableRandom r) {
        return from + (long) ((to - from) * Math.pow(r.nextDouble(), SKEW));
    }
}
