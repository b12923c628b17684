package org.lockstep.console;

import java.util.List;
import java.util.Map;

/**
 * A node in a console result.
 *
 * @param elementId  Neo4j's element id
 * @param labels     its labels
 * @param properties its properties, converted like every console value, sorted by key
 */
public record ConsoleNode(String elementId, List<String> labels, Map<String, Object> properties) {
}
