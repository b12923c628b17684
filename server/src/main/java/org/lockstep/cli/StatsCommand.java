package org.lockstep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.concurrent.Callable;
import org.lockstep.server.Json;
import org.lockstep.stats.GraphStats;
import org.lockstep.stats.StatsService;
import org.lockstep.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lockstep stats}: what the graph holds, as a table or JSON. */
@Command(name = "stats", description = "Count nodes per label, relationships per type, and datasets.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "Print JSON (the same as GET /api/stats).")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        try (GraphStore graph = Stores.open(store.toConfig())) {
            GraphStats stats = new StatsService(graph).stats();
            if (json) {
                System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(stats));
                return 0;
            }
            System.out.println(stats.store());
            TextTable counts = new TextTable("kind", "name", "count");
            stats.nodes().forEach(n -> counts.row("node", n.label(), String.format("%,d", n.count())));
            stats.relationships().forEach(r -> counts.row("relationship", r.type(), String.format("%,d", r.count())));
            counts.print(System.out);
            if (!stats.datasets().isEmpty()) {
                System.out.println();
                TextTable datasets = new TextTable("dataset", "platform", "status", "imported at", "accounts",
                        "follows", "rejects");
                stats.datasets().forEach(d -> datasets.row(d.name(), d.platform(), d.status(), d.importedAt(),
                        d.accounts(), d.follows(), d.rejects()));
                datasets.print(System.out);
            }
            return 0;
        }
    }
}
