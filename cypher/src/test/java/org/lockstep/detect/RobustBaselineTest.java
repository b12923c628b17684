package org.lockstep.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobustBaselineTest {

    @Test
    void mostlyEmptyBucketsGiveAZeroBaselineSoTheFloorDecides() {
        RobustBaseline b = RobustBaseline.of(new int[] {1, 2, 1, 300}, 1_000);
        assertThat(b.median()).isZero();
        assertThat(b.mad()).isZero();
        assertThat(b.threshold(6, 15)).isEqualTo(15);
    }

    @Test
    void oneBurstDoesNotDragTheBaselineUpTheWayItDragsAMean() {
        int[] counts = new int[100];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = 10 + i % 5; // 10..14 every bucket
        }
        counts[50] = 5_000;
        RobustBaseline b = RobustBaseline.of(counts, counts.length);
        assertThat(b.median()).isEqualTo(12);
        // MAD of |x - 12| over 10..14 is 1, scaled to a standard deviation.
        assertThat(b.mad()).isEqualTo(1.4826);
        assertThat(b.threshold(6, 1)).isEqualTo(21);
    }

    @Test
    void theImpliedZerosCountInTheMedian() {
        // 20 buckets of 10 and 10 empty ones: the median is 10; 20 buckets deviate by 0, ten by 10.
        int[] counts = new int[20];
        java.util.Arrays.fill(counts, 10);
        RobustBaseline b = RobustBaseline.of(counts, 30);
        assertThat(b.median()).isEqualTo(10);
        assertThat(b.mad()).isZero();
    }

    @Test
    void aLoneBurstInAShortHistoryIsStillABurst() {
        // All reports of a post in one bucket: the quiet buckets around it make the baseline.
        RobustBaseline b = RobustBaseline.of(new int[] {15}, 1);
        assertThat(b.median()).isZero();
        assertThat(b.threshold(0, 10)).isEqualTo(10);
    }
}
