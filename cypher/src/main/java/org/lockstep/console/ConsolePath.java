package org.lockstep.console;

import java.util.List;

/**
 * A path in a console result.
 *
 * @param nodes         its nodes from start to end
 * @param relationships its relationships in order
 */
public record ConsolePath(List<ConsoleNode> nodes, List<ConsoleRelationship> relationships) {
}
