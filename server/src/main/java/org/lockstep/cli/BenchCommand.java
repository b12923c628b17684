package org.lockstep.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.lockstep.campaign.CampaignStore;
import org.lockstep.campaign.DetectAll;
import org.lockstep.detect.Detection;
import org.lockstep.detect.Detector;
import org.lockstep.detect.DetectorCatalog;
import org.lockstep.generate.DetectionScore;
import org.lockstep.generate.Scale;
import org.lockstep.importer.DatasetImporter;
import org.lockstep.importer.FileCount;
import org.lockstep.importer.ImportListener;
import org.lockstep.importer.ImportSummary;
import org.lockstep.query.CypherQuery;
import org.lockstep.store.GraphStore;
import org.lockstep.store.StoreConfig;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code lockstep bench}: generate a scenario, load it into a fresh embedded database, re-load it, run every detector
 * several times and score it against the ground truth; prints a Markdown table and writes it under
 * {@code bench-results/}. Figures, not assertions: unit tests never time anything.
 */
@Command(name = "bench", description = "Measure load rates, detector times, precision/recall, heap and store size.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--work", defaultValue = "bench-work", paramLabel = "DIR",
            description = "Scenario and database folder; its data-* folder is emptied first (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--runs", defaultValue = "3", description = "Runs per detector (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--existing", paramLabel = "DIR", description = "Measure this already loaded database folder "
            + "instead of loading a fresh one (the scenario of --seed/--scale gives the ground truth).")
    Path existing;

    @Option(names = "--reference-timeout", defaultValue = "300", paramLabel = "SECONDS",
            description = "Time limit of each plain-Cypher reference query (default: ${DEFAULT-VALUE}).")
    int referenceTimeout;

    @Option(names = "--results", defaultValue = "bench-results", paramLabel = "DIR",
            description = "Where the Markdown result goes (default: ${DEFAULT-VALUE}).")
    Path results;

    @Override
    public Integer call() throws IOException {
        Scale s = scenario.scale;
        long seed = scenario.seed;
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "### %s scale, seed %d, %s, %d cores, max heap %d MB, Java %s",
                s.name().toLowerCase(Locale.ROOT), seed, LocalDateTime.now().withNano(0),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version")));
        lines.add("");
        lines.add("| step | rows | seconds | rows/s | notes |");
        lines.add("|---|---:|---:|---:|---|");

        long t0 = System.nanoTime();
        Path scenarioDir = work.resolve("scenario-" + s.name().toLowerCase(Locale.ROOT) + "-seed" + seed);
        Path dataset = GenerateCommand.generateOrReuse(scenarioDir, seed, s);
        lines.add(row("generate (or reuse)", -1, seconds(t0), ""));

        Path data = existing != null ? existing : work.resolve("data-" + s.name().toLowerCase(Locale.ROOT));
        if (existing == null) {
            deleteTree(data);
        }
        try (GraphStore graph = Stores.open(StoreConfig.embedded(data))) {
            if (existing != null) {
                lines.add(row("load skipped: --existing " + existing, -1, -1, "the store was loaded before"));
            } else {
                load(graph, dataset, lines);
            }
            detectors(graph, scenarioDir, lines);
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Heap peak %d MB; store on disk %d MB; whole run %.1f s.",
                heapPeakBytes() >> 20, sizeBytes(data) >> 20, seconds(t0)));
        return finish(lines, s);
    }

    private void load(GraphStore graph, Path dataset, List<String> lines) {
        Map<String, Double> fileSeconds = new HashMap<>();
        ImportSummary first;
        try (ConsoleProgress progress = new ConsoleProgress()) {
            first = new DatasetImporter(graph.driver(), 5000).importDataset(dataset, timed(progress, fileSeconds));
        }
        for (FileCount f : first.files()) {
            lines.add(row("first load: " + f.file(), f.imported(), fileSeconds.getOrDefault(f.file(), -1.0),
                    "driver, UNWIND batches of 5,000"));
        }
        lines.add(row("first load: total", first.totalImported(), first.took().toNanos() / 1e9,
                "into an empty store, cold JVM"));
        ImportSummary again = ImportCommand.run(graph, dataset, 5000);
        lines.add(row("re-load (all rows present)", again.totalImported(), again.took().toNanos() / 1e9,
                "idempotent MERGE path"));
    }

    /** Every detector, detect all, and the plain-Cypher references on the same graph, side by side. */
    private void detectors(GraphStore graph, Path scenarioDir, List<String> lines) throws IOException {
        DetectorCatalog catalog = DetectorCatalog.builtIn(graph.driver());
        Map<String, Double> seconds = new HashMap<>();
        for (Detector d : catalog.detectors()) {
            long[] ms = new long[runs];
            Detection last = null;
            for (int i = 0; i < runs; i++) {
                last = catalog.detect(d.id(), Map.of());
                ms[i] = last.run().durationMs();
            }
            Arrays.sort(ms);
            Set<String> flagged = new HashSet<>();
            last.clusters().forEach(c -> c.members().forEach(k -> flagged.add(k.id())));
            DetectionScore score = DetectionScore.of(scenarioDir, flagged);
            double median = ms[ms.length / 2] / 1000.0;
            seconds.put(d.id(), median);
            lines.add(row("detector " + d.id() + " (rows = accounts flagged)", flagged.size(), -median,
                    String.format(Locale.ROOT, "median of %d runs (min %d ms); %d findings; precision %.3f, "
                            + "recall %.3f, troll recall %.3f, %d decoys flagged", runs, ms[0],
                            last.run().findings().size(), score.precision(), score.recall(), score.trollRecall(),
                            score.decoysFlagged())));
        }
        long t = System.nanoTime();
        DetectAll.Result all = new DetectAll(catalog, new CampaignStore(graph.driver()), Clock.systemUTC())
                .run(Map.of(), DetectAll.Listener.NONE);
        Set<String> members = new HashSet<>();
        all.campaigns().forEach(c -> c.members().keySet().forEach(k -> members.add(k.id())));
        DetectionScore score = DetectionScore.of(scenarioDir, members);
        lines.add(row("detect all: every detector, campaigns built and stored (rows = members)", members.size(),
                -seconds(t), String.format(Locale.ROOT, "%d campaigns; precision %.3f, recall %.3f, troll recall "
                        + "%.3f, %d decoys flagged", all.campaigns().size(), score.precision(), score.recall(),
                        score.trollRecall(), score.decoysFlagged())));
        reference(graph, "lockstep-plain", Map.of("windowSeconds", 600L), seconds.get("lockstep"), "lockstep",
                lines);
        reference(graph, "shared-avatars-plain", Map.of("minSize", 5L), seconds.get("shared-avatars"),
                "shared-avatars (exact and near)", lines);
    }

    /** Runs a plain-Cypher reference under a timeout and prints its time beside ours, with the ratio. */
    private void reference(GraphStore graph, String name, Map<String, Object> params, double ours, String detector,
            List<String> lines) {
        CypherQuery q = CypherQuery.load("/bench/" + name + ".cypher");
        long t = System.nanoTime();
        String outcome;
        try (Session session = graph.driver().session(SessionConfig.builder()
                .withDefaultAccessMode(AccessMode.READ).build())) {
            Record r = session.executeRead(tx -> tx.run(q.text(), params).single(),
                    TransactionConfig.builder().withTimeout(Duration.ofSeconds(referenceTimeout)).build());
            double took = seconds(t);
            outcome = String.format(Locale.ROOT, "%s; %.2f s against %.2f s for %s: ours %.1fx faster", r.asMap(),
                    took, ours, detector, took / Math.max(ours, 0.001));
        } catch (org.neo4j.driver.exceptions.Neo4jException e) {
            outcome = String.format(Locale.ROOT, "did not finish in %d s (%s) against %.2f s for %s: ours more than "
                    + "%.0fx faster", referenceTimeout, e.code(), ours, detector,
                    referenceTimeout / Math.max(ours, 0.001));
        }
        lines.add(row("plain Cypher: " + name, -1, -seconds(t), outcome));
    }

    private int finish(List<String> lines, Scale s) throws IOException {
        lines.forEach(System.out::println);
        Files.createDirectories(results);
        Path out = results.resolve("bench-" + s.name().toLowerCase(Locale.ROOT) + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.write(out, lines);
        System.out.println("Written to " + out);
        return 0;
    }

    /** Passes events on to the progress bar and notes each file's wall time. */
    private static ImportListener timed(ImportListener inner, Map<String, Double> seconds) {
        return ImportListener.both(inner, new ImportListener() {
            private long started;

            @Override
            public void fileStarted(String file, String entity) {
                started = System.nanoTime();
            }

            @Override
            public void fileDone(String file, FileCount count) {
                seconds.put(file, (System.nanoTime() - started) / 1e9);
            }
        });
    }

    /** A table row; a negative {@code seconds} is shown without a rate (the rows are not what was timed). */
    private static String row(String step, long rows, double seconds, String notes) {
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", step,
                rows < 0 ? "" : String.format("%,d", rows),
                seconds == -1 ? "" : String.format(Locale.ROOT, "%.2f", Math.abs(seconds)),
                rows < 0 || seconds <= 0 ? "" : String.format("%,.0f", rows / seconds), notes);
    }

    private static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    private static long heapPeakBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage).mapToLong(u -> u == null ? 0 : u.getUsed()).sum();
    }

    private static long sizeBytes(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Empties the bench's own database folder, and refuses anything that does not look like one. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.exists(dir.resolve("databases")) && !Files.exists(dir.resolve("data"))) {
            throw new IOException(dir + " exists but is not a Lockstep database folder; remove it by hand");
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
