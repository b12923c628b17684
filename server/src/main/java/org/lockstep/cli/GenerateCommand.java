package org.lockstep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.lockstep.generate.GenerationSummary;
import org.lockstep.generate.GeneratorConfig;
import org.lockstep.generate.Scale;
import org.lockstep.generate.ScenarioGenerator;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.server.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lockstep generate}: writes a scenario dataset with planted floods, decoys and the ground truth. */
@Command(name = "generate", description = "Generate a scenario: OUT/dataset (importable) and OUT/ground-truth.json.")
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws IOException {
        GenerationSummary s = generate(scenario.seed, scenario.scale, out);
        System.out.printf("Generated %,d accounts, %,d follows, %,d posts, %,d reports, %d campaigns in %.1f s%n",
                s.accounts(), s.follows(), s.posts(), s.reports(), s.campaigns(), s.took().toMillis() / 1000.0);
        System.out.println("Dataset: " + s.datasetDir() + "   ground truth: " + s.groundTruthFile());
        System.out.println("Next: lockstep import " + s.datasetDir());
        return 0;
    }

    /** Generates with a progress bar counting follow rows; shared with {@code demo}. */
    static GenerationSummary generate(long seed, Scale scale, Path out) throws IOException {
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("generate").setUnit(" follows", 1)
                .setStyle(ProgressBarStyle.ASCII).setInitialMax(-1).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()) {
            return ScenarioGenerator.generate(new GeneratorConfig(seed, scale, out), bar::stepTo);
        }
    }

    /** Generates the scenario, or reuses the one a previous demo left for the same seed and scale. */
    static Path generateOrReuse(Path scenario, long seed, Scale scale) throws IOException {
        Path dataset = scenario.resolve("dataset");
        Path manifest = dataset.resolve("manifest.json");
        String expected = ScenarioGenerator.datasetName(seed, scale);
        if (Files.exists(manifest)) {
            String found = Json.mapper().readTree(manifest.toFile()).path("name").asText();
            if (!found.equals(expected)) {
                throw InvalidRequestException.badValue("dir", scenario + " holds the scenario '" + found
                        + "', not '" + expected + "': choose another --dir or delete that folder.");
            }
            System.out.println("Reusing the scenario in " + dataset + " (delete it to generate it again).");
            return dataset;
        }
        GenerationSummary generated = generate(seed, scale, scenario);
        System.out.printf("Generated %,d accounts and %,d follows in %s%n", generated.accounts(), generated.follows(),
                generated.datasetDir());
        return generated.datasetDir();
    }

}
