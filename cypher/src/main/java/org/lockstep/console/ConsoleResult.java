package org.lockstep.console;

import java.util.List;

/**
 * What a console query returned, with the limits it ran under.
 *
 * @param columns    the column names, in order
 * @param rows       the rows, each value JSON-friendly: {@link ConsoleNode}, {@link ConsoleRelationship},
 *                   {@link ConsolePath}, ISO-8601 strings for temporal values, base64 for bytes, lists and maps
 * @param truncated  whether there were more rows than {@code maxRows} (or more values than the console converts)
 * @param rowCount   how many rows {@code rows} holds
 * @param durationMs how long the query ran, in milliseconds
 * @param queryType  what Neo4j says the query does; always {@code READ_ONLY} for an answered query
 * @param timeoutMs  the timeout it ran under, after clamping to the maximum
 * @param maxRows    the row cap it ran under, after clamping to the maximum
 * @param notices    what the console changed or cut (a lowered timeout, a truncated result), for people
 */
public record ConsoleResult(
        List<String> columns, List<List<Object>> rows, boolean truncated, long rowCount, long durationMs,
        String queryType, long timeoutMs, int maxRows, List<String> notices) {
}
