package org.lockstep.detect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * Streams a read query's rows to a consumer without holding them all: the Java steps of detectors read millions of
 * rows, which {@code executableQuery} would materialise at once.
 */
public final class Rows {
    private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ)
            .withFetchSize(10_000).build();

    private Rows() {
    }

    /** Runs {@code query} with the parameters its text binds and hands every row to {@code each}, in order. */
    public static long stream(Driver driver, CypherQuery query, Map<String, Object> params, Consumer<Record> each) {
        long rows = 0;
        try (Session session = driver.session(READ)) {
            Result result = session.run(query.text(), queryParams(query, params));
            while (result.hasNext()) {
                each.accept(result.next());
                rows++;
            }
        }
        return rows;
    }

    /** Only the parameters the text uses: the step's own stay in Java. */
    static Map<String, Object> queryParams(CypherQuery query, Map<String, Object> params) {
        Map<String, Object> bound = new LinkedHashMap<>();
        query.queryParams().forEach(p -> bound.put(p.name(), params.get(p.name())));
        return bound;
    }
}
