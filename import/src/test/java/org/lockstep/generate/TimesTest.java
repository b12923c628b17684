package org.lockstep.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fast formatter writes what java.time writes, always with seconds. */
class TimesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            0,          1970-01-01T00:00:00Z
            1716163200, 2024-05-20T00:00:00Z
            1709856000, 2024-03-08T00:00:00Z
            1709942399, 2024-03-08T23:59:59Z
            951782400,  2000-02-29T00:00:00Z
            1325376000, 2012-01-01T00:00:00Z
            """)
    void formatsEpochSecondsAsUtcToTheSecond(long epochSecond, String expected) {
        assertThat(Times.iso(epochSecond)).isEqualTo(expected);
    }

    @Test
    void agreesWithJavaTimeAcrossTheScenariosYears() {
        for (long t = Times.epoch(2010, 1, 1); t < Times.epoch(2025, 1, 1); t += 7_919 * 13) {
            assertThat(Times.iso(t)).isEqualTo(Instant.ofEpochSecond(t).toString());
        }
    }
}
