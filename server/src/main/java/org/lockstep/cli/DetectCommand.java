package org.lockstep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.lockstep.campaign.CampaignDraft;
import org.lockstep.campaign.CampaignStore;
import org.lockstep.campaign.DetectAll;
import org.lockstep.detect.AccountRef;
import org.lockstep.detect.DetectorCatalog;
import org.lockstep.detect.DetectorRun;
import org.lockstep.server.Json;
import org.lockstep.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lockstep detect NAME|all}: runs one detector, or all of them and builds campaigns. */
@Command(name = "detect", description = {"Run a detector, e.g. 'lockstep detect lockstep -p minSize=20',",
    "or all of them with 'lockstep detect all', which also builds and stores campaigns."})
final class DetectCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "NAME", description = "A detector id (GET /api/detectors lists them), or 'all'.")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A detector parameter; repeatable. "
            + "With 'all', DETECTOR.NAME=VALUE, e.g. lockstep.windows=PT10M.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--json", description = "Print JSON (the same as the HTTP API).")
    boolean json;

    @Option(names = "--export", paramLabel = "FILE.csv", description = "With 'all': write one row per (campaign, "
            + "account) with the account's signals and explanation.")
    Path export;

    @Override
    public Integer call() throws IOException {
        if (export != null && !name.equals("all")) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--export works with 'detect all', which builds the campaigns it writes.");
        }
        try (GraphStore graph = Stores.open(store.toConfig())) {
            DetectorCatalog catalog = DetectorCatalog.builtIn(graph.driver());
            if (name.equals("all")) {
                return all(catalog, new CampaignStore(graph.driver()));
            }
            DetectorRun run = catalog.run(name, params);
            if (json) {
                System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(run));
            } else {
                print(run, System.out);
            }
            return 0;
        }
    }

    private int all(DetectorCatalog catalog, CampaignStore campaigns) throws IOException {
        DetectAll.Result result;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("detect all").setInitialMax(
                catalog.detectors().size()).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            result = new DetectAll(catalog, campaigns, Clock.systemUTC()).run(params, new DetectAll.Listener() {
                @Override
                public void started(String detector, int index, int total) {
                    bar.setExtraMessage(detector);
                }

                @Override
                public void finished(DetectorRun run) {
                    bar.step();
                }
            });
        }
        if (json) {
            System.out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
        } else {
            summary(result, System.out);
        }
        if (export != null) {
            try (Writer out = Files.newBufferedWriter(export, StandardCharsets.UTF_8)) {
                long rows = campaigns.export(out);
                System.out.printf("Wrote %,d rows to %s%n", rows, export);
            }
        }
        return 0;
    }

    static void summary(DetectAll.Result result, PrintStream out) {
        TextTable detectors = new TextTable("detector", "findings", "ms", "note");
        result.runs().forEach(r -> detectors.row(r.detector(), r.findings().size(), r.durationMs(),
                r.unavailable() == null ? "" : "not computed: " + r.unavailable()));
        detectors.print(out);
        out.println();
        out.printf("%d campaigns (%d earlier ones not found again, kept as stale) in %d ms%n",
                result.campaigns().size(), result.stale(), result.durationMs());
        TextTable table = new TextTable("campaign", "accounts", "targets", "from", "to", "signals");
        for (CampaignDraft c : result.campaigns()) {
            table.row(c.id(), c.members().size(), c.targets().size(), c.from(), c.to(), String.join(" ", c.signals()));
        }
        table.print(out);
        if (!result.campaigns().isEmpty()) {
            CampaignDraft first = result.campaigns().getFirst();
            out.println();
            out.println("Example, one account of " + first.id() + ": " + Terminal.safe(
                    first.members().values().iterator().next().explanation()));
        }
    }

    static void print(DetectorRun run, PrintStream out) {
        out.printf("%s with %s: %d findings in %d ms%n", run.detector(), run.params(), run.findings().size(),
                run.durationMs());
        if (run.unavailable() != null) {
            out.println("Not computed: " + run.unavailable());
        }
        TextTable table = new TextTable("finding", "size", "targets", "from", "to");
        run.findings().forEach(f -> table.row(f.id(), f.size(),
                f.targets().stream().map(DetectCommand::label).collect(Collectors.joining(" ")),
                f.from(), f.to()));
        table.print(out);
    }

    private static String label(AccountRef a) {
        return a.handle() != null ? "@" + a.handle() : a.id();
    }
}
