package org.lockstep.console;

import java.util.Map;

/**
 * A relationship in a console result.
 *
 * @param elementId  Neo4j's element id
 * @param type       its type
 * @param start      the element id of its start node
 * @param end        the element id of its end node
 * @param properties its properties, converted like every console value, sorted by key
 */
public record ConsoleRelationship(String elementId, String type, String start, String end,
        Map<String, Object> properties) {
}
