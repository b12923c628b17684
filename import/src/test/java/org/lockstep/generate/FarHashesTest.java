package org.lockstep.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The code behind the hash-only unique faces: every two of its 262,144 codewords differ in at least 22 bits. */
class FarHashesTest {

    @Test
    void theGeneratorPolynomialHasDegree45AndDividesXToThe63PlusOne() {
        long g = FarHashes.generator();
        assertThat(degree(g)).isEqualTo(45);
        // A cyclic code of length 63: g(x) divides x^63 + 1.
        long remainder = 1L << 63 | 1;
        while (remainder != 0 && degree(remainder) >= 45) {
            remainder ^= g << (degree(remainder) - 45);
        }
        assertThat(remainder).isZero();
    }

    @Test
    void everyNonZeroCodewordHasWeightAtLeast22SoEveryTwoCodewordsAreThatFarApart() {
        int lightest = 64;
        for (int m = 1; m < 1 << FarHashes.MESSAGE_BITS; m++) {
            lightest = Math.min(lightest, Long.bitCount(FarHashes.codeword(m)));
        }
        assertThat(lightest).isEqualTo(FarHashes.MIN_DISTANCE);
        // Linear: the distance of two codewords is the weight of the codeword of their messages' sum.
        assertThat(FarHashes.codeword(12_345) ^ FarHashes.codeword(54_321))
                .isEqualTo(FarHashes.codeword(12_345 ^ 54_321));
        assertThat(FarHashes.codeword(0)).isZero();
    }

    @Test
    void aMessageOutsideEighteenBitsIsRefused() {
        assertThatThrownBy(() -> FarHashes.codeword(1 << 18)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int degree(long poly) {
        return 63 - Long.numberOfLeadingZeros(poly);
    }
}
