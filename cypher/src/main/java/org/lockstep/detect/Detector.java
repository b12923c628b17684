package org.lockstep.detect;

import java.util.Map;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;

/** A detector: a documented Cypher query and the step that turns its rows into findings. */
public interface Detector {

    CypherQuery query();

    /** Runs with already checked, typed and defaulted parameters; findings list members up to maxMembers. */
    Detection detect(Driver driver, Map<String, Object> params);

    /**
     * The signal this detector contributes to campaigns: {@link Signal#COORDINATION} findings seed campaigns,
     * {@link Signal#ARTEFACT} findings only add evidence to accounts already in one, {@link Signal#CONTEXT} none.
     */
    Signal signal();

    default String id() {
        return query().id();
    }

    /** How a detector's findings count towards a campaign. */
    enum Signal {
        /** Acting together (timing, follow sets): seeds a campaign. */
        COORDINATION,
        /** A shared artefact or trait (avatar, handle skeleton, creation batch, report burst): adds weight. */
        ARTEFACT,
        /** Describes the targets (growth spikes): shown beside campaigns, flags nobody. */
        CONTEXT
    }
}
