package org.lockstep.importer;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lockstep.query.CypherQuery;
import org.lockstep.testing.CypherFiles;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.Driver;

@ExtendWith(Neo4jExtension.class)
class ImportQueryFilesIT {

    static Stream<CypherQuery> queries() {
        return CypherFiles.in("import").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void every_import_query_is_valid_cypher_for_this_neo4j(CypherQuery query, Driver driver) {
        assertThatCode(() -> driver.executableQuery("EXPLAIN " + query.text()).execute()).doesNotThrowAnyException();
    }
}
