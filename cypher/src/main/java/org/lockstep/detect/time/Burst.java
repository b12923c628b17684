package org.lockstep.detect.time;

/**
 * A window in which one target received far more events than its baseline.
 *
 * @param target    the target's account index
 * @param first     the first event's time in the window (epoch seconds)
 * @param last      the last event's time
 * @param events    how many events fell in the window
 * @param accounts  the distinct accounts that acted in it, sorted
 * @param threshold the per-bucket count that made a bucket hot
 * @param median    the target's median count per bucket
 * @param actors    the account of each event in the window, in time order
 * @param times     the time of each event, in the same order
 */
record Burst(int target, long first, long last, int events, int[] accounts, long threshold, double median,
        int[] actors, long[] times) {
}
