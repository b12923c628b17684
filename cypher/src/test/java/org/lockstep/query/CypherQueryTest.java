package org.lockstep.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.testing.CypherFiles;

class CypherQueryTest {

    static Stream<CypherQuery> queries() {
        return Stream.concat(CypherFiles.in("detectors").stream(), CypherFiles.in("queries").stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void every_header_declares_exactly_the_parameters_its_body_uses(CypherQuery query) {
        CypherFiles.assertHeaderMatchesBody(query);
    }

    @Test
    void a_header_is_read_into_typed_parameters_with_defaults() {
        CypherQuery q = CypherQuery.parse("demo", """
                // name: Demo
                // finds: things
                // param: minSize int = 10 -- the smallest group
                // param: since datetime -- the start of the window
                // returns: n int
                MATCH (n) WHERE n.size >= $minSize AND n.at >= $since RETURN count(n) AS n
                """);
        assertThat(q.params()).containsExactly(
                new QueryParam("minSize", ParamType.INT, "10", "the smallest group"),
                new QueryParam("since", ParamType.DATETIME, null, "the start of the window"));
        assertThat(q.usedParameters()).containsExactly("minSize", "since");
    }

    @Test
    void a_malformed_parameter_line_fails_with_the_expected_shape() {
        assertThatThrownBy(() -> CypherQuery.parse("bad", "// name: Bad\n// param: minSize\nRETURN 1"))
                .hasMessageContaining("// param: name type [= default] -- meaning");
    }

    @Test
    void parameters_in_header_comments_are_not_counted_as_used() {
        CypherQuery q = CypherQuery.parse("c", "// name: C\n// note: mentions $ghost\nRETURN $real AS r");
        assertThat(q.usedParameters()).containsExactly("real");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            int,      42,     42
            int,      ' 7 ',  7
            float,    0.5,    0.5
            boolean,  TRUE,   true
            duration, PT5M,   PT5M
            int,      1e3,    1000
            datetime, 2024-05-02T10:15:00, 2024-05-02T10:15Z
            """)
    void request_values_are_coerced_to_the_declared_type(String type, String raw, String expected) {
        Object v = ParamType.parse(type).coerce("p", raw);
        assertThat(v.toString()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            int,      ten
            int,      1.5
            int,      1e400
            int,      18446744073709551617
            float,    lots
            float,    NaN
            float,    Infinity
            boolean,  yes
            duration, 5 minutes
            datetime, yesterday
            """)
    void a_value_of_the_wrong_type_is_refused_naming_the_parameter(String type, String raw) {
        assertThatThrownBy(() -> ParamType.parse(type).coerce("minSize", raw))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("Parameter 'minSize' must be")
                .extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("minSize");
    }

    @Test
    void lists_and_json_numbers_are_accepted() {
        assertThat(ParamType.STRING_LIST.coerce("p", List.of("a", "b"))).isEqualTo(List.of("a", "b"));
        assertThat(ParamType.INT.coerce("p", 12.0)).isEqualTo(12L);
        assertThat(ParamType.DURATION.coerce("p", "PT1H")).isEqualTo(Duration.ofHours(1));
    }
}
