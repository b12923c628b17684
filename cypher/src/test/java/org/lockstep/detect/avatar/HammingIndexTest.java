package org.lockstep.detect.avatar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class HammingIndexTest {

    @Test
    void findsExactlyWhatComparingAllPairsFinds() {
        SplittableRandom r = new SplittableRandom(7);
        long[] hashes = new long[3_000];
        for (int i = 0; i < hashes.length; i++) {
            // Every third hash is a near copy (1 to 10 bits flipped) of an earlier one, the rest are random.
            if (i % 3 == 2) {
                long h = hashes[r.nextInt(i)];
                for (int f = 0, n = 1 + r.nextInt(10); f < n; f++) {
                    h ^= 1L << r.nextInt(64);
                }
                hashes[i] = h;
            } else {
                hashes[i] = r.nextLong();
            }
        }
        HammingIndex index = new HammingIndex(hashes);
        for (int distance : new int[] {0, 3, 8}) {
            Set<Long> fast = new TreeSet<>();
            index.forEachPair(distance, (i, j) -> fast.add((long) i << 32 | j));
            Set<Long> brute = new TreeSet<>();
            for (int i = 0; i < hashes.length; i++) {
                for (int j = i + 1; j < hashes.length; j++) {
                    if (Long.bitCount(hashes[i] ^ hashes[j]) <= distance) {
                        brute.add((long) i << 32 | j);
                    }
                }
            }
            assertThat(fast).as("pairs within %d bits", distance).isEqualTo(brute);
            assertThat(brute).as("the fixture has near pairs at %d bits", distance).isNotEmpty();
        }
        for (int distance : new int[] {0, 3, 8}) {
            for (int i = 0; i < hashes.length; i += 7) {
                TreeSet<Integer> fast = new TreeSet<>();
                index.near(i, distance, fast::add);
                TreeSet<Integer> brute = new TreeSet<>();
                for (int j = 0; j < hashes.length; j++) {
                    if (j != i && Long.bitCount(hashes[i] ^ hashes[j]) <= distance) {
                        brute.add(j);
                    }
                }
                assertThat(fast).as("neighbours of %d within %d bits", i, distance).isEqualTo(brute);
            }
        }
    }
}
