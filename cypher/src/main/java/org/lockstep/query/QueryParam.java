package org.lockstep.query;

/**
 * One {@code $parameter} of a query, as its header declares it.
 *
 * @param name         the parameter name, without the {@code $}
 * @param type         its type
 * @param defaultValue its default as written in the header, or {@code null} when it is required
 * @param description  what it means, for people
 */
public record QueryParam(String name, ParamType type, String defaultValue, String description) {

    public boolean required() {
        return defaultValue == null;
    }
}
