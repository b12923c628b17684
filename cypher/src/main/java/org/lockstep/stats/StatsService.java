package org.lockstep.stats;

import org.lockstep.query.CypherQuery;
import org.lockstep.store.GraphStore;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;

/** Reads {@link GraphStats} from the store. */
public final class StatsService {
    private static final CypherQuery LABELS = CypherQuery.load("/queries/stats-labels.cypher");
    private static final CypherQuery TYPES = CypherQuery.load("/queries/stats-relationships.cypher");
    private static final CypherQuery DATASETS = CypherQuery.load("/queries/datasets.cypher");
    private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private final GraphStore store;

    public StatsService(GraphStore store) {
        this.store = store;
    }

    public GraphStats stats() {
        var driver = store.driver();
        var nodes = driver.executableQuery(LABELS.text()).withConfig(READ).execute().records().stream()
                .map(r -> new GraphStats.LabelCount(r.get("label").asString(), r.get("count").asLong())).toList();
        var rels = driver.executableQuery(TYPES.text()).withConfig(READ).execute().records().stream()
                .map(r -> new GraphStats.TypeCount(r.get("type").asString(), r.get("count").asLong())).toList();
        var datasets = driver.executableQuery(DATASETS.text()).withConfig(READ).execute().records().stream()
                .map(r -> new GraphStats.DatasetInfo(r.get("name").asString(), r.get("platform").asString(null),
                        r.get("status").asString(null),
                        r.get("importedAt").isNull() ? null : r.get("importedAt").asOffsetDateTime(),
                        r.get("accounts").asLong(), r.get("follows").asLong(), r.get("rejects").asLong()))
                .toList();
        return new GraphStats(store.describe(), nodes, rels, datasets);
    }
}
