package org.lockstep.importer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;

/**
 * How one entity file of the format turns into graph writes: its known columns, the validation of a row into query
 * parameters, and the {@code UNWIND $rows} query that writes a batch.
 *
 * <p>The query may return {@code line, field, reason} rows for what the graph refuses (a dangling id): those become
 * rejects like any other.
 */
interface EntityLoader {

    /** The file name without extension, e.g. {@code accounts}. */
    String entity();

    Set<String> columns();

    /** Validates a row; the map holds only driver-friendly values and always the row's {@code line}. */
    Map<String, Object> toParams(SourceRow row) throws RowException;

    CypherQuery query();

    /**
     * The fields that identify a row within its file, the id first; empty when rows have no identity (follows). A
     * second row with the same identity and other values is a reject naming the first; an exact copy is not.
     */
    default List<String> identity() {
        return List.of();
    }

    /** Writes what a batch's rows refer to and the loader made itself (avatar images); runs before each batch. */
    default void beforeBatch(Driver driver, Manifest manifest) {
    }
}
