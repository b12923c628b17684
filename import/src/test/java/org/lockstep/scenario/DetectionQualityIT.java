package org.lockstep.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lockstep.campaign.CampaignDraft;
import org.lockstep.campaign.CampaignStore;
import org.lockstep.campaign.DetectAll;
import org.lockstep.detect.AccountKey;
import org.lockstep.detect.Cluster;
import org.lockstep.detect.DetectorCatalog;
import org.lockstep.detect.DetectorRun;
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
 * End to end on the generated small scenario: import it, run every detector and detect all, and score what they flag
 * against the ground truth the generator wrote (vendor floods with camouflaged bots, a troll farm, and decoys: a viral
 * spike, a fan wave on one page, a meme avatar, celebrity followers).
 */
@ExtendWith(Neo4jExtension.class)
class DetectionQualityIT {
    private static final String[] DECOYS = {"decoy_viral", "decoy_meme", "decoy_fan", "celebrity", "target"};

    @Test
    void campaigns_find_the_floods_and_the_farm_and_leave_the_decoys_alone(@TempDir Path dir, Driver driver)
            throws IOException {
        GenerationSummary generated = ScenarioGenerator.generate(new GeneratorConfig(42, Scale.SMALL, dir), n -> { });
        ImportSummary imported = new DatasetImporter(driver, 5000).importDataset(generated.datasetDir(),
                ImportListener.NONE);
        assertThat(imported.rejects()).as("the generator writes only valid rows").isEmpty();
        assertThat(imported.imported("follows")).isEqualTo(generated.follows());
        DetectorCatalog catalog = DetectorCatalog.builtIn(driver);

        // Each detector alone, for the record (README and BENCHMARKS quote these lines).
        Map<String, DetectionScore> perDetector = new LinkedHashMap<>();
        for (var d : catalog.detectors()) {
            Set<String> flagged = new HashSet<>();
            var detection = catalog.detect(d.id(), Map.of());
            detection.clusters().forEach(c -> c.members().forEach(k -> flagged.add(k.id())));
            perDetector.put(d.id(), DetectionScore.of(dir, flagged));
            System.out.printf("detector %-17s %3d findings  %s%n", d.id(), detection.run().findings().size(),
                    line(DetectionScore.of(dir, flagged)));
        }

        DetectAll.Result all = new DetectAll(catalog, new CampaignStore(driver), Clock.systemUTC()).run(Map.of(),
                DetectAll.Listener.NONE);
        Set<String> flagged = new HashSet<>();
        for (CampaignDraft c : all.campaigns()) {
            c.members().keySet().forEach(k -> flagged.add(k.id()));
        }
        DetectionScore score = DetectionScore.of(dir, flagged);
        System.out.printf("campaigns %d: %s%n", all.campaigns().size(), line(score));

        assertThat(score.precision()).as("precision of campaign members").isGreaterThanOrEqualTo(0.95);
        assertThat(score.recall()).as("recall of the vendors' bots").isGreaterThanOrEqualTo(0.90);
        assertThat(score.camouflaged().flagged()).as("camouflaged bots found")
                .isGreaterThanOrEqualTo((long) Math.ceil(0.9 * score.camouflaged().total()));
        assertThat(score.trollRecall()).as("troll farm recall").isGreaterThanOrEqualTo(0.9);
        for (String decoys : DECOYS) {
            assertThat(score.role(decoys).share()).as(decoys + " flagged").isLessThanOrEqualTo(0.01);
        }
        // One campaign per planted flood and one for the farm: 3 vendors x 2 floods + 1.
        assertThat(all.campaigns()).hasSize(7);

        // The farm by timing alone: the lockstep detector, no avatar, handle or follow-set signal.
        Set<String> timing = new HashSet<>();
        for (Cluster c : catalog.detect("lockstep", Map.of()).clusters()) {
            c.members().stream().map(AccountKey::id).forEach(timing::add);
        }
        assertThat(DetectionScore.of(dir, timing).trollRecall()).as("troll farm found by lockstep alone")
                .isGreaterThanOrEqualTo(0.9);

        // Camouflaged bots (a fifth to a third of each flood) follow their flood's set plus a few others: most join.
        DetectionScore sets = perDetector.get("shared-followers");
        assertThat(sets.camouflaged().flagged()).as("camouflaged bots joined by shared-followers")
                .isGreaterThanOrEqualTo(sets.camouflaged().total() / 2);
        double plainRecall = (double) (sets.botsFound() - sets.camouflaged().flagged())
                / (sets.plantedBots() - sets.camouflaged().total());
        assertThat(plainRecall).as("shared-followers recall over bots not camouflaged").isGreaterThanOrEqualTo(0.90);
        assertThat(sets.precision()).as("shared-followers precision").isGreaterThanOrEqualTo(0.95);
        DetectionScore lockstep = perDetector.get("lockstep");
        assertThat(lockstep.precision()).as("lockstep precision").isGreaterThanOrEqualTo(0.95);
        assertThat(lockstep.recall()).as("lockstep recall").isGreaterThanOrEqualTo(0.90);
        for (String decoys : DECOYS) {
            assertThat(lockstep.role(decoys).share()).as("lockstep " + decoys).isLessThanOrEqualTo(0.01);
        }
    }

    private static String line(DetectionScore s) {
        StringBuilder decoys = new StringBuilder();
        for (String d : DECOYS) {
            decoys.append(' ').append(d).append(' ').append(s.role(d).flagged()).append('/').append(s.role(d).total());
        }
        return String.format(java.util.Locale.ROOT, "flagged %d precision %.3f recall %.3f camouflaged %d/%d "
                + "trolls %.3f;%s", s.flagged(), s.precision(), s.recall(), s.camouflaged().flagged(),
                s.camouflaged().total(), s.trollRecall(), decoys);
    }
}
