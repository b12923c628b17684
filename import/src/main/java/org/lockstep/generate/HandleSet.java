package org.lockstep.generate;

/**
 * The handles already given, as 64-bit fingerprints in an open-addressing table: about 16 bytes per account instead
 * of a string set's hundred. A fingerprint clash only makes the caller draw another handle, so it never lets a
 * duplicate through.
 */
final class HandleSet {
    private final long[] slots;
    private final int mask;

    HandleSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
    }

    /** Adds the handle; false when it (or a fingerprint twin) is already taken. */
    boolean add(String handle) {
        long h = fingerprint(handle);
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (slots[i] != 0) {
            if (slots[i] == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
        slots[i] = h;
        return true;
    }

    private static long fingerprint(String s) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        h = Rng.mix(h);
        return h == 0 ? 1 : h;
    }
}
