package org.lockstep.detect;

import java.util.List;
import org.lockstep.query.CypherQuery;

/**
 * What a detector is, for the catalogue: taken from its query file's header.
 *
 * @param id      the query file name
 * @param name    a short title
 * @param finds   one line on what it finds
 * @param params  its typed parameters
 * @param returns its result columns
 * @param notes   remarks on semantics and scale
 */
public record DetectorInfo(String id, String name, String finds, List<ParamInfo> params, String returns,
        List<String> notes) {

    /**
     * A parameter as the API shows it.
     *
     * @param name         the name without {@code $}
     * @param type         the type's spelling, e.g. {@code int}
     * @param defaultValue the default as text, or null when required
     * @param description  its meaning
     */
    public record ParamInfo(String name, String type, String defaultValue, String description) {
    }

    static DetectorInfo of(CypherQuery q) {
        return new DetectorInfo(q.id(), q.name(), q.finds(),
                q.params().stream().map(p -> new ParamInfo(p.name(), p.type().spelling(), p.defaultValue(),
                        p.description())).toList(),
                q.returns(), q.notes());
    }
}
