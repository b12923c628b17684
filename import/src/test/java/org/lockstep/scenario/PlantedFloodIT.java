package org.lockstep.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lockstep.detect.AccountRef;
import org.lockstep.detect.DetectorCatalog;
import org.lockstep.detect.DetectorRun;
import org.lockstep.detect.Finding;
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
        Map<String, String> roles = roles(generated.groundTruthFile().resolveSibling("ground-truth-accounts.csv"));
        long bots = roles.values().stream().filter("bot"::equals).count();
        // Troll-farm accounts acted together too: flagging them is right, but recall is scored on the vendor floods.
        long coordinated = flagged.stream().filter(id -> Set.of("bot", "troll").contains(roles.get(id))).count();
        long botsFound = flagged.stream().filter(id -> "bot".equals(roles.get(id))).count();
        double precision = (double) coordinated / flagged.size();
        double recall = (double) botsFound / bots;
        System.out.printf("shared-followers on small seed 42: %d findings, %d flagged, %d planted bots, "
                + "precision %.3f, recall %.3f, %d ms (import %.0f rows/s)%n", run.findings().size(), flagged.size(),
                bots, precision, recall, run.durationMs(), imported.rowsPerSecond());

        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.90);
        assertThat(flagged).as("decoys and celebrity followers stay unflagged")
                .noneMatch(id -> Set.of("organic", "decoy_viral", "decoy_meme", "celebrity", "target")
                        .contains(roles.get(id)));
    }

    private static Map<String, String> roles(Path file) throws IOException {
        Map<String, String> roles = new HashMap<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                roles.put(r.get("account_id"), r.get("role"));
            }
        }
        return roles;
    }
}
