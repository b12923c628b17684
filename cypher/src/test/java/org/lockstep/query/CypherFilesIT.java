package org.lockstep.query;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lockstep.testing.CypherFiles;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.Driver;

@ExtendWith(Neo4jExtension.class)
class CypherFilesIT {

    static Stream<CypherQuery> queries() {
        return Stream.of("detectors", "queries", "campaigns").flatMap(folder -> CypherFiles.in(folder).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void every_query_file_is_valid_cypher_for_this_neo4j(CypherQuery query, Driver driver) {
        assertThatCode(() -> driver.executableQuery("EXPLAIN " + query.text()).execute()).doesNotThrowAnyException();
    }
}
