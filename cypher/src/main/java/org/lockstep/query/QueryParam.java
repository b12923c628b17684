package org.lockstep.query;

/**
 * One {@code $parameter} of a query, as its header declares it.
 *
 * @param name         the parameter name, without the {@code $}
 * @param type         its type
 * @param defaultValue its default as written in the header, or {@code null} when it is required
 * @param description  what it means, for people
 * @param step         true for a {@code // step-param:} that the detector's Java step reads, not the query text
 */
public record QueryParam(String name, ParamType type, String defaultValue, String description, boolean step) {

    public QueryParam(String name, ParamType type, String defaultValue, String description) {
        this(name, type, defaultValue, description, false);
    }

    public boolean required() {
        return defaultValue == null;
    }
}
