package org.lockstep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lockstep.campaign.CampaignStore;
import org.lockstep.campaign.DetectAll;
import org.lockstep.detect.DetectorCatalog;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.importer.ImportSummary;
import org.lockstep.server.ServerConfig;
import org.lockstep.stats.GraphStats;
import org.lockstep.stats.StatsService;
import org.lockstep.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lockstep demo}: generate the small scenario, import it, and serve the workbench, in one command.
 *
 * <p>The demo keeps its own folder, and refuses a store that holds real datasets, so it never mixes generated
 * accounts into an investigator's data.
 */
@Command(name = "demo", description = "Generate a small scenario, import it into DIR/data and serve the workbench.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    HttpOptions http;

    @Mixin
    StoreOptions store;

    @Option(names = "--dir", defaultValue = "lockstep-demo", paramLabel = "DIR",
            description = "Folder for the scenario and its database (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Mixin
    ScenarioOptions scenario;

    /** The demo's accounts are invented but look like Instagram's: never merge them into an investigation. */
    static void refuseRealData(GraphStore graph) {
        List<String> real = new StatsService(graph).stats().datasets().stream().map(GraphStats.DatasetInfo::name)
                .filter(name -> !name.startsWith("lockstep-demo-")).toList();
        if (!real.isEmpty()) {
            throw InvalidRequestException.badValue("data", "This store holds real datasets (" + String.join(", ", real)
                    + "); the demo would add invented accounts with Instagram-style ids to them. Run the demo with"
                    + " its own --dir (or an empty --data).");
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        long start = System.nanoTime();
        ServerConfig serverConfig = http.toConfig(); // refuse a bad address before doing any work
        Path datasetDir = GenerateCommand.generateOrReuse(dir.resolve("scenario"), scenario.seed,
                scenario.scale);
        GraphStore graph = Stores.open(store.toConfig(dir.resolve("data")));
        try {
            refuseRealData(graph);
            ImportSummary imported = ImportCommand.run(graph, datasetDir, 5000);
            Path reports = dir.resolve("import-report");
            ImportReport.write(imported, reports);
            ImportReport.print(imported, reports, System.out);
            // Campaigns ready before the first page load: GET /api/campaigns lists them.
            DetectAll.Result all = new DetectAll(DetectorCatalog.builtIn(graph.driver()),
                    new CampaignStore(graph.driver()), Clock.systemUTC()).run(Map.of(), DetectAll.Listener.NONE);
            DetectCommand.summary(all, System.out);
        } catch (RuntimeException e) {
            graph.close();
            throw e;
        }
        System.out.printf("Demo prepared in %.1f s.%n", (System.nanoTime() - start) / 1e9);
        ServeCommand.serveUntilStopped(graph, serverConfig);
        return 0;
    }
}
