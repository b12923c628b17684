package org.lockstep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.lockstep.detect.AccountRef;
import org.lockstep.detect.DetectorCatalog;
import org.lockstep.detect.DetectorRun;
import org.lockstep.server.Json;
import org.lockstep.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lockstep detect NAME}: runs one detector and prints its findings. */
@Command(name = "detect", description = "Run a detector, e.g. 'lockstep detect shared-followers -p minSize=20'.")
final class DetectCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "NAME", description = "The detector id (GET /api/detectors lists them).")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A detector parameter; repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print JSON (the same as POST /api/detectors/NAME/run).")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        try (GraphStore graph = Stores.open(store.toConfig())) {
            DetectorRun run = DetectorCatalog.builtIn(graph.driver()).run(name, params);
            if (json) {
                System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(run));
            } else {
                print(run, System.out);
            }
            return 0;
        }
    }

    static void print(DetectorRun run, PrintStream out) {
        out.printf("%s with %s: %d findings in %d ms%n", run.detector(), run.params(), run.findings().size(),
                run.durationMs());
        TextTable table = new TextTable("finding", "size", "targets", "first follow", "last follow");
        run.findings().forEach(f -> table.row(f.id(), f.size(),
                f.targets().stream().map(DetectCommand::label).collect(Collectors.joining(" ")),
                f.firstFollow(), f.lastFollow()));
        table.print(out);
    }

    private static String label(AccountRef a) {
        return a.handle() != null ? "@" + a.handle() : a.id();
    }
}
