package org.lockstep.stats;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the graph holds.
 *
 * @param store         where the graph lives, for people
 * @param nodes         nodes per label
 * @param relationships relationships per type
 * @param datasets      the imported datasets, newest first
 */
public record GraphStats(String store, List<LabelCount> nodes, List<TypeCount> relationships, List<DatasetInfo> datasets) {

    /** @param label a node label; @param count its nodes */
    public record LabelCount(String label, long count) {
    }

    /** @param type a relationship type; @param count its relationships */
    public record TypeCount(String type, long count) {
    }

    /**
     * One imported dataset.
     *
     * @param name       its manifest name
     * @param platform   its platform
     * @param status     running, done or failed
     * @param importedAt when its import finished, or null
     * @param accounts   account rows imported
     * @param follows    follow rows imported
     * @param rejects    rows refused
     */
    public record DatasetInfo(String name, String platform, String status, OffsetDateTime importedAt, long accounts,
            long follows, long rejects) {
    }

    public long nodeCount(String label) {
        return nodes.stream().filter(n -> n.label().equals(label)).mapToLong(LabelCount::count).sum();
    }

    public long relationshipCount(String type) {
        return relationships.stream().filter(r -> r.type().equals(type)).mapToLong(TypeCount::count).sum();
    }
}
