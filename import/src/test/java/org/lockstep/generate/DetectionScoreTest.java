package org.lockstep.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring a hand-made flag set against a hand-made ground truth: the totals, and the breakdown by role. */
class DetectionScoreTest {
    @TempDir
    Path dir;

    @Test
    void aFlagSetIsScoredOverallPerRoleAndOverTheCamouflagedBots() throws IOException {
        Files.writeString(dir.resolve("ground-truth-accounts.csv"), """
                account_id,role,campaign_id,camouflaged
                b1,bot,flood-01,false
                b2,bot,flood-01,true
                b3,bot,flood-02,false
                b4,bot,flood-02,true
                t1,troll,trollfarm-01,false
                t2,troll,trollfarm-01,false
                f1,decoy_fan,,false
                f2,decoy_fan,,false
                f3,decoy_fan,,false
                o1,organic,,false
                o2,organic,,false
                v1,decoy_viral,,false
                """);

        DetectionScore score = DetectionScore.of(dir, Set.of("b1", "b2", "b3", "t1", "f2", "unknown"));

        assertThat(score.flagged()).isEqualTo(6);
        assertThat(score.coordinated()).isEqualTo(4);
        assertThat(score.plantedBots()).isEqualTo(4);
        assertThat(score.botsFound()).isEqualTo(3);
        assertThat(score.decoysFlagged()).isEqualTo(1);
        assertThat(score.precision()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(score.recall()).isEqualTo(0.75);
        assertThat(score.byRole()).containsOnlyKeys("bot", "troll", "decoy_fan", "organic", "decoy_viral");
        assertThat(score.role("bot")).isEqualTo(new DetectionScore.RoleScore(4, 3));
        assertThat(score.role("decoy_fan")).isEqualTo(new DetectionScore.RoleScore(3, 1));
        assertThat(score.role("decoy_fan").share()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(score.role("organic")).isEqualTo(new DetectionScore.RoleScore(2, 0));
        assertThat(score.role("decoy_meme")).isEqualTo(new DetectionScore.RoleScore(0, 0));
        assertThat(score.role("decoy_meme").share()).isZero();
        assertThat(score.trollRecall()).isEqualTo(0.5);
        assertThat(score.camouflaged()).isEqualTo(new DetectionScore.RoleScore(2, 1));
    }

    @Test
    void groundTruthWrittenBeforeTheCamouflagedColumnStillScores() throws IOException {
        Files.writeString(dir.resolve("ground-truth-accounts.csv"), """
                account_id,role,campaign_id
                b1,bot,flood-01
                o1,organic,
                """);

        DetectionScore score = DetectionScore.of(dir, Set.of("b1", "o1"));

        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.decoysFlagged()).isEqualTo(1);
        assertThat(score.role("organic").share()).isEqualTo(1.0);
        assertThat(score.camouflaged()).isEqualTo(new DetectionScore.RoleScore(0, 0));
    }
}
