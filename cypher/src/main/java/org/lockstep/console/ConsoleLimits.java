package org.lockstep.console;

import java.time.Duration;

/**
 * How long a console query may run and how many rows it may return: defaults, and maxima no request can exceed.
 *
 * @param defaultTimeout when the request names none
 * @param maxTimeout     the most any request gets; asking for more is lowered to this, visibly
 * @param defaultMaxRows when the request names none
 * @param maxMaxRows     the most rows any request gets
 */
public record ConsoleLimits(Duration defaultTimeout, Duration maxTimeout, int defaultMaxRows, int maxMaxRows) {

    public ConsoleLimits {
        if (defaultTimeout.isNegative() || defaultTimeout.isZero() || maxTimeout.compareTo(defaultTimeout) < 0) {
            throw new IllegalArgumentException("need 0 < defaultTimeout <= maxTimeout");
        }
        if (defaultMaxRows < 1 || maxMaxRows < defaultMaxRows) {
            throw new IllegalArgumentException("need 1 <= defaultMaxRows <= maxMaxRows");
        }
    }

    /** 10 s by default and 60 s at most; 1,000 rows by default and 10,000 at most. */
    public static ConsoleLimits defaults() {
        return new ConsoleLimits(Duration.ofSeconds(10), Duration.ofSeconds(60), 1_000, 10_000);
    }
}
