package org.lockstep.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lockstep.detect.AccountRef;
import org.lockstep.detect.DetectorCatalog;
import org.lockstep.detect.DetectorRun;
import org.lockstep.detect.Finding;
import org.lockstep.generate.DetectionScore;
import org.lockstep.generate.GenerationSummary;
import org.lockstep.generate.GeneratorConfig;
import org.lockstep.generate.Scale;
import org.lockstep.generate.ScenarioGenerator;
import org.lockstep.importer.DatasetImporter;
import org.lockstep.importer.ImportListener;
import org.lockstep.importer.ImportSummary;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.Driver;

/**
 * End to end on the generated small scenario: import it, run the shared-follower detector, and score what it flags
 * against the ground truth the generator wrote.
 */
@ExtendWith(Neo4jExtension.class)
class PlantedFloodIT {

    @Test
    void the_detector_finds_the_planted_floods_and_leaves_the_decoys_alone(@TempDir Path dir, Driver driver)
            throws IOException {
        GenerationSummary generated = ScenarioGenerator.generate(new GeneratorConfig(42, Scale.SMALL, dir), n -> { });
        ImportSummary imported = new DatasetImporter(driver, 5000).importDataset(generated.datasetDir(),
                ImportListener.NONE);
        assertThat(imported.rejects()).as("the generator writes only valid rows").isEmpty();
        assertThat(imported.imported("follows")).isEqualTo(generated.follows());

        DetectorRun run = DetectorCatalog.builtIn(driver).run("shared-followers", Map.of("maxMembers", 1_000_000));
        Set<String> flagged = new HashSet<>();
        for (Finding f : run.findings()) {
            f.members().stream().map(AccountRef::id).forEach(flagged::add);
        }
        DetectionScore score = DetectionScore.of(dir, flagged);
        System.out.printf("shared-followers on small seed 42: %d findings, %s, %d ms (import %.0f rows/s)%n",
                run.findings().size(), score, run.durationMs(), imported.rowsPerSecond());

        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(0.95);
        // Exact follow sets cannot catch the camouflaged bots (a fifth to a third of each flood), only the others.
        double plainRecall = (double) (score.botsFound() - score.camouflaged().flagged())
                / (score.plantedBots() - score.camouflaged().total());
        assertThat(plainRecall).as("recall over the bots that are not camouflaged").isGreaterThanOrEqualTo(0.90);
        assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(0.65);
        assertThat(score.decoysFlagged()).as("decoys and celebrity followers stay unflagged").isZero();
        for (String decoys : new String[] {"decoy_viral", "decoy_meme", "decoy_fan"}) {
            assertThat(score.role(decoys).share()).as(decoys).isLessThanOrEqualTo(0.01);
        }
    }
}
