package org.lockstep.detect.avatar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Finds the 64-bit hashes within a Hamming distance of 8 of a query without comparing all pairs (multi-index
 * hashing): two hashes that differ in at most 8 bits differ in at most 2 bits in one of their four 16-bit chunks, so
 * probing each chunk's table with every value within 2 bits (137 probes) finds every candidate, which is then checked
 * in full.
 */
final class HammingIndex {
    static final int MAX_DISTANCE = 8;
    private static final int CHUNKS = 4;
    private static final int[] NEIGHBOURS = neighbours();
    private final long[] hashes;
    private final List<Map<Integer, int[]>> tables = new ArrayList<>();

    HammingIndex(long[] hashes) {
        this.hashes = hashes;
        for (int c = 0; c < CHUNKS; c++) {
            Map<Integer, List<Integer>> lists = new HashMap<>();
            for (int i = 0; i < hashes.length; i++) {
                lists.computeIfAbsent(chunk(hashes[i], c), k -> new ArrayList<>()).add(i);
            }
            Map<Integer, int[]> table = new HashMap<>();
            lists.forEach((k, v) -> table.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
            tables.add(table);
        }
    }

    /** Every index j != i whose hash is within {@code maxDistance} (at most 8) of hash i; may repeat a j. */
    void near(int i, int maxDistance, IntConsumer each) {
        long h = hashes[i];
        for (int c = 0; c < CHUNKS; c++) {
            Map<Integer, int[]> table = tables.get(c);
            int base = chunk(h, c);
            for (int flip : NEIGHBOURS) {
                int[] bucket = table.get(base ^ flip);
                if (bucket == null) {
                    continue;
                }
                for (int j : bucket) {
                    if (j != i && Long.bitCount(h ^ hashes[j]) <= maxDistance) {
                        each.accept(j);
                    }
                }
            }
        }
    }

    private static int chunk(long h, int c) {
        return (int) (h >>> (16 * c)) & 0xFFFF;
    }

    /** The 16-bit masks with at most two bits set: 1 + 16 + 120. */
    private static int[] neighbours() {
        List<Integer> masks = new ArrayList<>();
        masks.add(0);
        for (int a = 0; a < 16; a++) {
            masks.add(1 << a);
            for (int b = a + 1; b < 16; b++) {
                masks.add(1 << a | 1 << b);
            }
        }
        return masks.stream().mapToInt(Integer::intValue).toArray();
    }
}
