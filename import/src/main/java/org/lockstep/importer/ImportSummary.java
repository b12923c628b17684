package org.lockstep.importer;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of importing one dataset.
 *
 * @param dataset  the manifest's name
 * @param platform the manifest's platform
 * @param files    per-file counts, in import order
 * @param rejects  every refused row with file, line, field and reason
 * @param warnings what the user should know but did not stop the import
 * @param took     wall time
 */
public record ImportSummary(
        String dataset, String platform, List<FileCount> files, List<Reject> rejects, List<String> warnings,
        Duration took) {

    public long imported(String entity) {
        return files.stream().filter(f -> f.file().startsWith(entity + ".")).mapToLong(FileCount::imported).sum();
    }

    public long totalImported() {
        return files.stream().mapToLong(FileCount::imported).sum();
    }

    /** Rows written per second over the whole import. */
    public double rowsPerSecond() {
        double seconds = Math.max(0.001, took.toNanos() / 1e9);
        return totalImported() / seconds;
    }
}
