package org.lockstep.console;

import java.time.Duration;
import java.util.Map;

/**
 * One ad-hoc query for the console.
 *
 * @param query   a single Cypher statement that only reads the graph
 * @param params  its {@code $parameters} as JSON values (strings, numbers, booleans, null, lists, maps); may be null
 * @param timeout how long it may run, or null for the default; more than the maximum is lowered to it
 * @param maxRows how many rows to return at most, or null for the default; more than the maximum is lowered to it
 */
public record ConsoleRequest(String query, Map<String, Object> params, Duration timeout, Integer maxRows) {

    public static ConsoleRequest of(String query) {
        return new ConsoleRequest(query, Map.of(), null, null);
    }
}
