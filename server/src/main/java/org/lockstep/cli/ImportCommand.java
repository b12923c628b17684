package org.lockstep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.importer.DatasetImporter;
import org.lockstep.importer.ImportSummary;
import org.lockstep.importer.adapter.SourceFormat;
import org.lockstep.importer.adapter.SourceImporter;
import org.lockstep.importer.adapter.SourceOptions;
import org.lockstep.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lockstep import PATH}: loads a dataset or another source, with a progress bar and a rejects report. */
@Command(name = "import",
        description = "Import a dataset folder or a .zip of it, or a Twitter, Instaloader or SMM-panel source "
                + "(see the import formats in README).")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "PATH", description = "The dataset folder (manifest.json, accounts.csv, ...) or a .zip "
            + "of it, or a file or folder in one of the --format formats.")
    Path datasetDir;

    @Option(names = "--format", paramLabel = "FORMAT", description = "twitter-v1, twitter-v2, instaloader, "
            + "smm-panel or lockstep (default: told from the files; an ambiguous source is refused).")
    String format;

    @Option(names = "--dataset", paramLabel = "NAME", description = "Dataset name for a translated source "
            + "(default: derived from the source, e.g. instaloader-FOLDER).")
    String dataset;

    @Option(names = "--observed-at", paramLabel = "TIME", description = "When the source was collected "
            + "(ISO-8601): the observed_at of its accounts, follows and offers.")
    String observedAt;

    @Option(names = "--storefront", paramLabel = "ID", description = "smm-panel: the storefront whose price list "
            + "this is (overrides panel.json).")
    String storefront;

    @Option(names = "--vendor", paramLabel = "ID", description = "smm-panel: the vendor operating the storefront "
            + "(overrides panel.json).")
    String vendor;

    @Option(names = "--currency", paramLabel = "CODE", description = "smm-panel: ISO 4217 code of the rates "
            + "(overrides panel.json).")
    String currency;

    @Option(names = "--report", paramLabel = "DIR", description = "Where to write summary.json and rejects.csv "
            + "(default: DATA/import-reports/DATASET).")
    Path reportDir;

    @Option(names = "--batch-size", defaultValue = "5000", description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() {
        SourceFormat chosen = chosenFormat();
        try (GraphStore graph = Stores.open(store.toConfig());
                ConsoleProgress progress = new ConsoleProgress()) {
            ImportSummary summary = new SourceImporter(graph.driver(), batchSize).importSource(datasetDir, chosen,
                    new SourceOptions(dataset, observedAt, storefront, vendor, currency), progress);
            progress.close();
            // Beside the embedded database; for an external server there is no local data folder to put them in.
            Path base = store.neo4jUri != null ? Path.of("lockstep-import-reports")
                    : store.dataDir(StoreOptions.DEFAULT_DATA).resolve("import-reports");
            Path reports = reportDir != null ? reportDir : base.resolve(ImportReport.safeName(summary.dataset()));
            ImportReport.write(summary, reports);
            ImportReport.print(summary, reports, System.out);
            return 0;
        }
    }

    private SourceFormat chosenFormat() {
        try {
            return format == null ? null : SourceFormat.named(format);
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.badValue("format", e.getMessage());
        }
    }

    /** Imports a Lockstep dataset with a console progress bar; shared with {@code demo}. */
    static ImportSummary run(GraphStore graph, Path dir, int batchSize) {
        try (ConsoleProgress progress = new ConsoleProgress()) {
            return new DatasetImporter(graph.driver(), batchSize).importDataset(dir, progress);
        }
    }
}
