package org.lockstep.generate;

import java.util.SplittableRandom;

/** Seeded randomness: one independent stream per named section, and stateless hashes for per-row decisions. */
final class Rng {
    private Rng() {
    }

    /** The SplitMix64 finaliser: a bijective, well-mixed scramble of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * A stream for one section. Sections are keyed by name (String.hashCode is specified) rather than by order, so
     * that a change in one section never shifts the numbers of another.
     */
    static SplittableRandom stream(long seed, String section) {
        return new SplittableRandom(mix(seed ^ mix(section.hashCode())));
    }

    /** A stream for one item of a section, e.g. one account, so that it can be regenerated on its own. */
    static SplittableRandom stream(long seed, String section, long item) {
        return new SplittableRandom(mix(mix(seed ^ mix(section.hashCode())) + item));
    }

    /**
     * A uniform number in [0, 1) decided by its keys alone: a streaming pass can make the same decision twice (once
     * when planning counts, once when writing rows) without storing it.
     */
    static double unit(long seed, long a, long b, long c) {
        long h = mix(mix(mix(seed + a) ^ b) + c);
        return (h >>> 11) * 0x1.0p-53;
    }

    /** A uniform long in [from, to), or from when the range is empty. */
    static long between(SplittableRandom r, long from, long to) {
        return from >= to ? from : r.nextLong(from, to);
    }

    static String hex(SplittableRandom r, int digits) {
        StringBuilder s = new StringBuilder(digits);
        for (int i = 0; i < digits; i++) {
            s.append(Character.forDigit(r.nextInt(16), 16));
        }
        return s.toString();
    }
}
