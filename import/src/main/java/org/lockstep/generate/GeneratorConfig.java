package org.lockstep.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to generate: the seed and scale that fix every byte of the output, and the folder to write it to.
 *
 * @param seed       any number; the same seed, scale and bad-row rate give byte-identical files
 * @param scale      the size of the scenario
 * @param outDir     the folder that receives {@code dataset/}, {@code ground-truth.json} and
 *                   {@code ground-truth-accounts.csv}; its {@code dataset/} folder must be absent or empty
 * @param badRowRate the share of rows (0 to 0.5) after which a broken copy is planted for the importer to refuse;
 *                   when above 0, {@code expected-rejects.csv} beside the dataset lists them (file, line, field)
 */
public record GeneratorConfig(long seed, Scale scale, Path outDir, double badRowRate) {
    public GeneratorConfig {
        Objects.requireNonNull(scale, "scale is required: small, medium or large");
        Objects.requireNonNull(outDir, "outDir is required: the folder to write the scenario to");
        if (!(badRowRate >= 0 && badRowRate <= 0.5)) {
            throw new IllegalArgumentException("badRowRate must be between 0 and 0.5, not " + badRowRate);
        }
    }

    /** A clean scenario: no bad rows. */
    public GeneratorConfig(long seed, Scale scale, Path outDir) {
        this(seed, scale, outDir, 0);
    }
}
