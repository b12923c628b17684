package org.lockstep.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lockstep.query.CypherQuery;
import org.lockstep.query.QueryParam;
import org.lockstep.testing.CypherFiles;

/** The import queries follow the same header rules as every other query file. */
class ImportQueryFilesTest {
    private static final Pattern ROW_FIELD = Pattern.compile("\\brow\\.(\\w+)");

    static Stream<CypherQuery> queries() {
        return CypherFiles.in("import").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void every_header_declares_exactly_the_parameters_its_body_uses(CypherQuery query) {
        CypherFiles.assertHeaderMatchesBody(query);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void every_row_field_a_query_reads_is_declared_in_its_rows_parameter(CypherQuery query) {
        QueryParam rows = query.param("rows").orElse(null);
        if (rows == null) {
            return;
        }
        List<String> read = ROW_FIELD.matcher(body(query)).results().map(m -> m.group(1)).distinct().toList();
        String declared = rows.description().replaceFirst("^[^:]*:\\s*", "");
        assertThat(List.of(declared.split(",\\s*"))).as("the rows parameter of " + query.id())
                .containsAll(read);
    }

    @Test
    void there_is_one_loader_query_per_entity_of_the_format_plus_the_dataset_and_avatar_records() {
        List<String> ids = queries().map(CypherQuery::id).toList();
        assertThat(ids).containsExactlyInAnyOrderElementsOf(
                Stream.concat(DatasetImporter.FORMAT_ENTITIES.stream(), Stream.of("dataset", "avatars")).toList());
    }

    private static String body(CypherQuery query) {
        return query.text().lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n");
    }
}
