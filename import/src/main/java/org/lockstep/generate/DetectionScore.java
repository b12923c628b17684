package org.lockstep.generate;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * How well a set of flagged accounts matches what a generated scenario planted, scored against
 * {@code ground-truth-accounts.csv}.
 *
 * <p>Precision counts vendor bots and troll-farm accounts as right (both acted together); recall is over the vendor
 * bots, which every follow-graph detector should find. Decoys are organic accounts that look coordinated but are not.
 *
 * @param flagged       accounts flagged
 * @param coordinated   flagged accounts that are bots or trolls
 * @param plantedBots   vendor bots in the scenario
 * @param botsFound     vendor bots flagged
 * @param decoysFlagged flagged organic, decoy, celebrity, target or honeypot accounts
 * @param precision     coordinated / flagged (1 when nothing is flagged)
 * @param recall        botsFound / plantedBots
 */
public record DetectionScore(long flagged, long coordinated, long plantedBots, long botsFound, long decoysFlagged,
        double precision, double recall) {

    private static final Set<String> COORDINATED = Set.of("bot", "troll");
    private static final Set<String> INNOCENT = Set.of("organic", "decoy_viral", "decoy_meme", "celebrity", "target",
            "honeypot");

    /** Scores {@code flaggedIds} against the ground truth in {@code scenarioDir} (the generator's --out folder). */
    public static DetectionScore of(Path scenarioDir, Set<String> flaggedIds) throws IOException {
        Map<String, String> roles = roles(scenarioDir.resolve(ScenarioGenerator.GROUND_TRUTH_ACCOUNTS));
        long bots = roles.values().stream().filter("bot"::equals).count();
        long coordinated = flaggedIds.stream().filter(id -> COORDINATED.contains(roles.get(id))).count();
        long botsFound = flaggedIds.stream().filter(id -> "bot".equals(roles.get(id))).count();
        long decoys = flaggedIds.stream().filter(id -> INNOCENT.contains(roles.get(id))).count();
        double precision = flaggedIds.isEmpty() ? 1.0 : (double) coordinated / flaggedIds.size();
        double recall = bots == 0 ? 1.0 : (double) botsFound / bots;
        return new DetectionScore(flaggedIds.size(), coordinated, bots, botsFound, decoys, precision, recall);
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
