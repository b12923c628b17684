package org.lockstep.detect;

import java.util.Arrays;

/**
 * Median and median absolute deviation of counts per time bucket, where most buckets are empty: only the non-empty
 * counts are held, the empty ones are implied. A spike stands out against this baseline, which one burst cannot
 * drag up the way it drags a mean.
 *
 * @param median the median count per bucket
 * @param mad    the median absolute deviation, scaled by 1.4826 to estimate a standard deviation
 */
public record RobustBaseline(double median, double mad) {
    private static final double NORMAL_SCALE = 1.4826;
    /**
     * The shortest history a baseline is taken over: when all of a target's events fall in a few buckets (a post
     * reported only in one burst, a page whose only unfollows came in one wave), the quiet buckets around them count.
     */
    public static final long MIN_BUCKETS = 24;

    /** The baseline of {@code buckets} buckets (at least {@link #MIN_BUCKETS}); those not in {@code nonEmpty} hold 0. */
    public static RobustBaseline of(int[] nonEmpty, long buckets) {
        long zeros = Math.max(0, Math.max(buckets, MIN_BUCKETS) - nonEmpty.length);
        int[] sorted = nonEmpty.clone();
        Arrays.sort(sorted);
        double median = quantileWithConstant(sorted, zeros, 0);
        // Deviations from the median: the zeros deviate by the median itself.
        int[] dev = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            dev[i] = (int) Math.round(Math.abs(sorted[i] - median));
        }
        Arrays.sort(dev);
        double mad = quantileWithConstant(dev, zeros, (int) Math.round(median));
        return new RobustBaseline(median, mad * NORMAL_SCALE);
    }

    /** The smallest count that is a spike: {@code z} deviations above the median and at least {@code floor}. */
    public long threshold(double z, long floor) {
        return Math.max(floor, (long) Math.floor(median + z * mad) + 1);
    }

    /** The median of {@code sorted} together with {@code extra} more values equal to {@code constant}. */
    private static double quantileWithConstant(int[] sorted, long extra, int constant) {
        long n = sorted.length + extra;
        if (n == 0) {
            return 0;
        }
        return (at(sorted, extra, constant, (n - 1) / 2) + at(sorted, extra, constant, n / 2)) / 2.0;
    }

    /** The k-th smallest of the merged values. */
    private static int at(int[] sorted, long extra, int constant, long k) {
        int below = lowerBound(sorted, constant);
        if (k < below) {
            return sorted[(int) k];
        }
        if (k < below + extra) {
            return constant;
        }
        return sorted[(int) (k - extra)];
    }

    private static int lowerBound(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
