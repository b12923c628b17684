package org.lockstep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lockstep.importer.DatasetImporter;
import org.lockstep.importer.ImportSummary;
import org.lockstep.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lockstep import DIR}: loads a dataset folder, with a progress bar and a rejects report. */
@Command(name = "import",
        description = "Import a dataset folder or a .zip of it (see the dataset format in README).")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Parameters(paramLabel = "DIR",
            description = "The dataset folder (manifest.json, accounts.csv, ...) or a .zip of it.")
    Path datasetDir;

    @Option(names = "--report", paramLabel = "DIR", description = "Where to write summary.json and rejects.csv "
            + "(default: DATA/import-reports/DATASET).")
    Path reportDir;

    @Option(names = "--batch-size", defaultValue = "5000", description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() {
        try (GraphStore graph = Stores.open(store.toConfig())) {
            ImportSummary summary = run(graph, datasetDir, batchSize);
            // Beside the embedded database; for an external server there is no local data folder to put them in.
            Path base = store.neo4jUri != null ? Path.of("lockstep-import-reports")
                    : store.dataDir(StoreOptions.DEFAULT_DATA).resolve("import-reports");
            Path reports = reportDir != null ? reportDir : base.resolve(ImportReport.safeName(summary.dataset()));
            ImportReport.write(summary, reports);
            ImportReport.print(summary, reports, System.out);
            return 0;
        }
    }

    /** Imports with a console progress bar; shared with {@code demo}. */
    static ImportSummary run(GraphStore graph, Path dir, int batchSize) {
        try (ConsoleProgress progress = new ConsoleProgress()) {
            return new DatasetImporter(graph.driver(), batchSize).importDataset(dir, progress);
        }
    }
}
