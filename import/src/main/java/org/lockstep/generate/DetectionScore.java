package org.lockstep.generate;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * How well a set of flagged accounts matches what a generated scenario planted, scored against
 * {@code ground-truth-accounts.csv}.
 *
 * <p>Precision counts vendor bots and troll-farm accounts as right (both acted together); recall is over the vendor
 * bots, which every follow-graph detector should find. Decoys are organic accounts that look coordinated but are not.
 * {@code byRole} breaks the flags down by role, so that a test can ask for each decoy group separately ("at most 1% of
 * the fan wave flagged") or for the troll farm's recall.
 *
 * @param flagged       accounts flagged
 * @param coordinated   flagged accounts that are bots or trolls
 * @param plantedBots   vendor bots in the scenario
 * @param botsFound     vendor bots flagged
 * @param decoysFlagged flagged organic, decoy, celebrity, target or honeypot accounts
 * @param precision     coordinated / flagged (1 when nothing is flagged)
 * @param recall        botsFound / plantedBots
 * @param byRole        per role of the ground truth ({@code bot}, {@code decoy_fan}, ...), in name order
 * @param camouflaged   the camouflaged bots, which follow a few accounts besides their flood's targets and post
 */
public record DetectionScore(long flagged, long coordinated, long plantedBots, long botsFound, long decoysFlagged,
        double precision, double recall, Map<String, RoleScore> byRole, RoleScore camouflaged) {

    private static final Set<String> COORDINATED = Set.of("bot", "troll");
    private static final Set<String> INNOCENT = Set.of("organic", "decoy_viral", "decoy_meme", "decoy_fan",
            "celebrity", "target", "honeypot");

    /**
     * How many accounts of one group the ground truth holds and how many of them were flagged.
     *
     * @param total   accounts of the group
     * @param flagged of them, flagged
     */
    public record RoleScore(long total, long flagged) {
        /** flagged / total: the recall of a campaign's role, the false-positive rate of a decoy group (0 if empty). */
        public double share() {
            return total == 0 ? 0 : (double) flagged / total;
        }
    }

    public DetectionScore {
        byRole = Collections.unmodifiableMap(new TreeMap<>(byRole));
    }

    /** Scores {@code flaggedIds} against the ground truth in {@code scenarioDir} (the generator's --out folder). */
    public static DetectionScore of(Path scenarioDir, Set<String> flaggedIds) throws IOException {
        Map<String, String> roles = new HashMap<>();
        Set<String> camouflagedIds = new HashSet<>();
        read(scenarioDir.resolve(ScenarioGenerator.GROUND_TRUTH_ACCOUNTS), roles, camouflagedIds);
        long bots = roles.values().stream().filter("bot"::equals).count();
        // An id the ground truth does not know counts as flagged but neither right nor a decoy.
        long coordinated = flaggedIds.stream().filter(id -> COORDINATED.contains(roles.getOrDefault(id, ""))).count();
        long botsFound = flaggedIds.stream().filter(id -> "bot".equals(roles.get(id))).count();
        long decoys = flaggedIds.stream().filter(id -> INNOCENT.contains(roles.getOrDefault(id, ""))).count();
        double precision = flaggedIds.isEmpty() ? 1.0 : (double) coordinated / flaggedIds.size();
        double recall = bots == 0 ? 1.0 : (double) botsFound / bots;
        Map<String, long[]> counts = new TreeMap<>();
        roles.forEach((id, role) -> counts.computeIfAbsent(role, k -> new long[2])[0]++);
        for (String id : flaggedIds) {
            String role = roles.get(id);
            if (role != null) {
                counts.get(role)[1]++;
            }
        }
        Map<String, RoleScore> byRole = new TreeMap<>();
        counts.forEach((role, c) -> byRole.put(role, new RoleScore(c[0], c[1])));
        RoleScore camouflaged = new RoleScore(camouflagedIds.size(),
                flaggedIds.stream().filter(camouflagedIds::contains).count());
        return new DetectionScore(flaggedIds.size(), coordinated, bots, botsFound, decoys, precision, recall,
                byRole, camouflaged);
    }

    /** The flags of one role; an empty group when the ground truth has no account of that role. */
    public RoleScore role(String role) {
        return byRole.getOrDefault(role, new RoleScore(0, 0));
    }

    /** The share of the troll farm's accounts flagged. */
    public double trollRecall() {
        return role("troll").share();
    }

    /** Reads roles and camouflaged bots; ground truth written before the {@code camouflaged} column has none. */
    private static void read(Path file, Map<String, String> roles, Set<String> camouflaged) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                roles.put(r.get("account_id"), r.get("role"));
                if (r.isMapped("camouflaged") && r.get("camouflaged").equals("true")) {
                    camouflaged.add(r.get("account_id"));
                }
            }
        }
    }
}
