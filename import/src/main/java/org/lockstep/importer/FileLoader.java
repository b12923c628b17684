package org.lockstep.importer;

import java.util.List;
import java.util.Set;
import org.lockstep.query.CypherQuery;

/**
 * The common part of every entity loader: its file name, known columns, row identity and the query
 * {@code /import/ENTITY.cypher}. A loader adds only how a row is validated ({@link #toParams}).
 */
abstract class FileLoader implements EntityLoader {
    private final String entity;
    private final Set<String> columns;
    private final List<String> identity;
    private final CypherQuery query;

    FileLoader(String entity, Set<String> columns, List<String> identity) {
        this.entity = entity;
        this.columns = columns;
        this.identity = identity;
        this.query = CypherQuery.load("/import/" + entity + ".cypher");
    }

    @Override
    public final String entity() {
        return entity;
    }

    @Override
    public final Set<String> columns() {
        return columns;
    }

    @Override
    public final List<String> identity() {
        return identity;
    }

    @Override
    public final CypherQuery query() {
        return query;
    }
}
