package org.lockstep.detect.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HandleSkeletonTest {

    @ParameterizedTest(name = "{0} has skeleton {1} and is unlikely: {2}")
    @CsvSource(textBlock = """
            kdrtmwqzp4821,   CD,        true
            bxtrwq55,        CD,        true
            brk_tzm_482,     C_C_D,     true
            k3m8x1p0z,       CDCDCDCDC, true
            maria.rezaei92,  CVCV.CVCVD, false
            samira.mom1977,  CVCVCV.CVCD, false
            alex.wild,       VCVC.CVC,  false
            KDRTMWQZP4821,   CD,        true
            """)
    void skeletonsCollapseRunsOfOneClass(String handle, String skeleton, boolean unlikely) {
        HandleSkeleton s = HandleSkeleton.of(handle);
        assertThat(s.skeleton()).isEqualTo(skeleton);
        assertThat(s.unlikely()).isEqualTo(unlikely);
    }

    @Test
    void entropyIsHigherForRandomStringsThanForRepeatedLetters() {
        assertThat(HandleSkeleton.of("kdrtmwqzp4821").entropy()).isGreaterThan(HandleSkeleton.of("aaaabbbb").entropy());
        assertThat(HandleSkeleton.of("aaaa").entropy()).isZero();
    }

    @Test
    void nonLatinLettersAreLettersNotNoise() {
        assertThat(HandleSkeleton.of("مریم۱۲").skeleton()).startsWith("L");
    }
}
