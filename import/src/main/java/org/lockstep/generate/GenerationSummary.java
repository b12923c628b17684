package org.lockstep.generate;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one generator run wrote: where, how many rows of the main files, and how long it took.
 *
 * @param datasetDir      the dataset folder, ready for import
 * @param groundTruthFile {@code ground-truth.json}, beside the dataset folder
 * @param campaigns       vendor floods plus the troll farm
 * @param took            wall-clock time of the run (the only value here that varies between identical runs)
 */
public record GenerationSummary(Path datasetDir, Path groundTruthFile, long accounts, long follows, long posts,
        long reports, int campaigns, Duration took) {
}
