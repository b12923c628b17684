package org.lockstep.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lockstep.error.InvalidRequestException;

/** The request's shape, before Neo4j sees it: size, parameters and clamped limits. */
class ConsoleRequestCheckTest {
    private final ConsoleLimits limits = ConsoleLimits.defaults();

    @Test
    void limits_above_the_maxima_are_lowered_and_say_so() {
        var checked = RequestCheck.of(new ConsoleRequest("RETURN 1", null, Duration.ofSeconds(100_000), 50_000),
                limits);
        assertThat(checked.timeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(checked.maxRows()).isEqualTo(10_000);
        assertThat(checked.notices()).containsExactly(
                "The timeout was lowered from 100000 s to the console's maximum of 60 s.",
                "maxRows was lowered from 50000 to the console's maximum of 10000.");
        var defaults = RequestCheck.of(ConsoleRequest.of("RETURN 1"), limits);
        assertThat(defaults.timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.maxRows()).isEqualTo(1_000);
        assertThat(defaults.notices()).isEmpty();
    }

    @Test
    void non_positive_limits_are_refused_with_their_field() {
        assertThatThrownBy(() -> RequestCheck.of(new ConsoleRequest("RETURN 1", null, Duration.ZERO, null), limits))
                .extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("timeoutSeconds");
        assertThatThrownBy(() -> RequestCheck.of(new ConsoleRequest("RETURN 1", null, null, 0), limits))
                .extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("maxRows");
    }

    @Test
    void a_query_over_100_kb_or_blank_is_refused() {
        String big = "RETURN 1 // " + "x".repeat(100 * 1024);
        assertThatThrownBy(() -> RequestCheck.of(ConsoleRequest.of(big), limits))
                .hasMessageContaining("the console takes at most 100 KB");
        assertThatThrownBy(() -> RequestCheck.of(ConsoleRequest.of("  "), limits))
                .hasMessageContaining("Write a Cypher query");
    }

    @Test
    void json_parameters_are_bound_and_anything_else_is_refused() {
        var checked = RequestCheck.of(new ConsoleRequest("RETURN $a", Map.of("a", List.of(1, 2.5, "x",
                Map.of("k", true))), null, null), limits);
        assertThat(checked.params()).isEqualTo(Map.of("a", List.of(1L, 2.5, "x", Map.of("k", true))));
        for (Object bad : List.of(LocalDate.of(2024, 1, 1), new byte[] {1}, BigInteger.TEN.pow(30), new Object())) {
            assertThatThrownBy(() -> RequestCheck.of(new ConsoleRequest("RETURN $a", Map.of("a", List.of(bad)), null,
                    null), limits))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("the console takes JSON values only")
                    .extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("params");
        }
    }

    @Test
    void values_become_json_friendly() {
        Values values = new Values(100);
        assertThat(values.convert(new byte[] {1, 2, 3})).isEqualTo("AQID");
        assertThat(values.convert(Double.NaN)).isEqualTo("NaN");
        assertThat(values.convert(java.time.ZonedDateTime.parse("2024-04-14T09:00:00Z"))).isEqualTo(
                "2024-04-14T09:00:00Z");
        assertThat(values.convert(java.time.ZonedDateTime.parse("2024-04-14T09:00:00+02:00[Europe/Berlin]")))
                .isEqualTo("2024-04-14T09:00:00+02:00[Europe/Berlin]");
        assertThat(values.convert(List.of(LocalDate.of(2024, 4, 14), Map.of("t", java.time.LocalTime.of(9, 0)))))
                .isEqualTo(List.of("2024-04-14", Map.of("t", "09:00:00")));
        Values small = new Values(3);
        assertThatThrownBy(() -> small.convert(List.of(1, 2, 3))).isInstanceOf(Values.BudgetSpent.class);
    }
}
