package org.lockstep.detect;

import java.util.Map;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;

/** A detector: a documented Cypher query and the step that turns its rows into findings. */
public interface Detector {

    CypherQuery query();

    /** Runs with already checked, typed and defaulted parameters. */
    DetectorRun run(Driver driver, Map<String, Object> params);

    default String id() {
        return query().id();
    }
}
