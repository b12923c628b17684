package org.lockstep.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to generate: the seed and scale that fix every byte of the output, and the folder to write it to.
 *
 * @param seed   any number; the same seed and scale give byte-identical files
 * @param scale  the size of the scenario
 * @param outDir the folder that receives {@code dataset/}, {@code ground-truth.json} and
 *               {@code ground-truth-accounts.csv}; its {@code dataset/} folder must be absent or empty
 */
public record GeneratorConfig(long seed, Scale scale, Path outDir) {
    public GeneratorConfig {
        Objects.requireNonNull(scale, "scale is required: small, medium or large");
        Objects.requireNonNull(outDir, "outDir is required: the folder to write the scenario to");
    }
}
