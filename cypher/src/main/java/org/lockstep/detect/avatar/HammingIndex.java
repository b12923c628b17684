package org.lockstep.detect.avatar;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Finds the 64-bit hashes within a Hamming distance of 8 of a query without comparing all pairs (multi-index
 * hashing): two hashes that differ in at most 8 bits differ in at most 2 bits in one of their three chunks (21, 21
 * and 22 bits), so probing each chunk's table with every value within 2 bits (about 250 probes) finds every
 * candidate, which is then checked in full.
 *
 * <p>Chunks of about log2(n) bits keep buckets near one hash each at a million hashes (16-bit chunks would hold 15 and
 * check 20 times as many candidates). Each table is laid out flat (bucket offsets, then the hashes of each bucket side
 * by side), so checking a bucket is a tight XOR-and-popcount loop.
 */
final class HammingIndex {
    static final int MAX_DISTANCE = 8;
    private static final int[] WIDTHS = {21, 21, 22};
    private static final int[] SHIFTS = {0, 21, 42};
    private static final int CHUNKS = WIDTHS.length;
    private static final int[][] NEIGHBOURS = {neighbours(21), neighbours(21), neighbours(22)};
    private final long[] hashes;
    private final int[][] starts = new int[CHUNKS][];
    private final long[][] values = new long[CHUNKS][];
    private final int[][] ids = new int[CHUNKS][];

    HammingIndex(long[] hashes) {
        this.hashes = hashes;
        for (int c = 0; c < CHUNKS; c++) {
            int buckets = 1 << WIDTHS[c];
            int[] start = new int[buckets + 1];
            for (long h : hashes) {
                start[chunk(h, c) + 1]++;
            }
            for (int b = 0; b < buckets; b++) {
                start[b + 1] += start[b];
            }
            int[] fill = start.clone();
            long[] v = new long[hashes.length];
            int[] id = new int[hashes.length];
            for (int i = 0; i < hashes.length; i++) {
                int slot = fill[chunk(hashes[i], c)]++;
                v[slot] = hashes[i];
                id[slot] = i;
            }
            starts[c] = start;
            values[c] = v;
            ids[c] = id;
        }
    }

    /** Every index j != i whose hash is within {@code maxDistance} (at most 8) of hash i; may repeat a j. */
    void near(int i, int maxDistance, IntConsumer each) {
        long h = hashes[i];
        for (int c = 0; c < CHUNKS; c++) {
            int[] start = starts[c];
            long[] v = values[c];
            int[] id = ids[c];
            int base = chunk(h, c);
            for (int flip : NEIGHBOURS[c]) {
                int key = base ^ flip;
                for (int s = start[key], e = start[key + 1]; s < e; s++) {
                    if (Long.bitCount(h ^ v[s]) <= maxDistance && id[s] != i) {
                        each.accept(id[s]);
                    }
                }
            }
        }
    }

    /** Hears one near pair. */
    interface PairSink {
        void pair(int i, int j);
    }

    /**
     * Every pair (i &lt; j) within {@code maxDistance} (at most 8), possibly more than once. Queries run in each
     * table's own order, so consecutive queries probe neighbouring buckets and memory stays in cache; the three
     * tables run in parallel, and pairs reach {@code sink} from one thread at a time.
     */
    void forEachPair(int maxDistance, PairSink sink) {
        java.util.stream.IntStream.range(0, CHUNKS).parallel().forEach(c -> {
            int[] start = starts[c];
            long[] v = values[c];
            int[] id = ids[c];
            int[] buffer = new int[2 * 4096];
            int n = 0;
            for (int slot = 0; slot < v.length; slot++) {
                long h = v[slot];
                int i = id[slot];
                int base = chunk(h, c);
                for (int flip : NEIGHBOURS[c]) {
                    int key = base ^ flip;
                    for (int s = start[key], e = start[key + 1]; s < e; s++) {
                        if (id[s] > i && Long.bitCount(h ^ v[s]) <= maxDistance) {
                            buffer[n++] = i;
                            buffer[n++] = id[s];
                            if (n == buffer.length) {
                                flush(sink, buffer, n);
                                n = 0;
                            }
                        }
                    }
                }
            }
            flush(sink, buffer, n);
        });
    }

    private static void flush(PairSink sink, int[] buffer, int n) {
        synchronized (sink) {
            for (int k = 0; k < n; k += 2) {
                sink.pair(buffer[k], buffer[k + 1]);
            }
        }
    }

    private static int chunk(long h, int c) {
        return (int) (h >>> SHIFTS[c]) & ((1 << WIDTHS[c]) - 1);
    }

    /** The masks of {@code width} bits with at most two bits set. */
    private static int[] neighbours(int width) {
        List<Integer> masks = new ArrayList<>();
        masks.add(0);
        for (int a = 0; a < width; a++) {
            masks.add(1 << a);
            for (int b = a + 1; b < width; b++) {
                masks.add(1 << a | 1 << b);
            }
        }
        return masks.stream().mapToInt(Integer::intValue).toArray();
    }
}
