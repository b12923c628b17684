package org.lockstep.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ground truth beside the dataset says exactly what the files hold, so detectors can be scored against it. */
class GroundTruthTest {
    @TempDir
    static Path out;
    static GeneratedScenario scenario;
    static Map<String, Map<String, String>> roles;
    static Map<String, Set<String>> followees = new HashMap<>();

    @BeforeAll
    static void generate() throws IOException {
        scenario = GeneratedScenario.generate(11, Scale.SMALL, out);
        roles = scenario.byKey("../ground-truth-accounts", "account_id");
        for (Map<String, String> f : scenario.rows("follows")) {
            followees.computeIfAbsent(f.get("follower_id"), k -> new TreeSet<>()).add(f.get("target_id"));
        }
    }

    @Test
    void everyAccountHasExactlyOneRoleAndOnlyCampaignMembersHaveACampaign() throws IOException {
        assertThat(roles.keySet()).isEqualTo(scenario.byKey("accounts", "id").keySet());
        Set<String> campaignIds = new HashSet<>();
        scenario.truth.get("campaigns").forEach(c -> campaignIds.add(c.get("id").asText()));
        for (Map<String, String> row : roles.values()) {
            String role = row.get("role");
            assertThat(role).isIn("organic", "target", "celebrity", "honeypot", "bot", "troll", "delivered",
                    "decoy_viral", "decoy_meme", "decoy_fan");
            assertThat(row.get("camouflaged")).as(row.toString()).isIn("true", "false");
            if (!role.equals("bot")) {
                assertThat(row.get("camouflaged")).as(row.toString()).isEqualTo("false");
            }
            if (role.equals("bot") || role.equals("troll")) {
                assertThat(row.get("campaign_id")).as(row.toString()).isIn(campaignIds);
            } else {
                assertThat(row.get("campaign_id")).as(row.toString()).isEmpty();
            }
        }
        assertThat(count("target")).isEqualTo(6);
        assertThat(count("celebrity")).isEqualTo(3);
        assertThat(count("honeypot")).isEqualTo(3);
    }

    @Test
    void everyBotFollowsTheTargetsOfItsCampaignAndOnlyTheCamouflagedOnesFollowOneToFourOrdinaryAccountsMore() {
        Set<String> honeypots = texts(scenario.truth.get("honeypots"));
        Map<String, JsonNode> campaigns = campaigns();
        int bots = 0;
        Map<String, Long> extraFollows = new HashMap<>();
        for (Map<String, String> row : roles.values()) {
            JsonNode campaign = campaigns.get(row.get("campaign_id"));
            Set<String> targets = texts(campaign == null ? null : campaign.get("targets"));
            Set<String> followed = new TreeSet<>(followees.getOrDefault(row.get("account_id"), Set.of()));
            if (row.get("role").equals("bot")) {
                followed.removeAll(honeypots);
                assertThat(followed).as("bot %s", row.get("account_id")).containsAll(targets);
                followed.removeAll(targets);
                if (row.get("camouflaged").equals("true")) {
                    assertThat(followed).as("extra follows of camouflaged bot %s", row.get("account_id"))
                            .hasSizeBetween(1, 4)
                            .allMatch(id -> Set.of("organic", "celebrity", "decoy_viral", "decoy_meme", "decoy_fan")
                                    .contains(roles.get(id).get("role")));
                    extraFollows.merge(row.get("campaign_id"), (long) followed.size(), Long::sum);
                } else {
                    assertThat(followed).as("extra follows of bot %s", row.get("account_id")).isEmpty();
                }
                bots++;
            } else if (row.get("role").equals("troll")) {
                assertThat(followed).as("troll %s", row.get("account_id")).containsAll(targets);
            }
        }
        long planted = 0;
        for (JsonNode c : campaigns.values()) {
            planted += c.get("kind").asText().equals("vendor_flood") ? c.get("size").asLong() : 0;
            assertThat(extraFollows.getOrDefault(c.get("id").asText(), 0L)).as("extra follows in %s", c.get("id"))
                    .isEqualTo(c.get("camouflage_follows").asLong());
        }
        assertThat(bots).isEqualTo(planted).isBetween(1_000, 2_000);
    }

    @Test
    void aQuarterOrSoOfEachFloodIsCamouflagedWithPostsAndFollowsOutsideTheAttack() throws IOException {
        Map<String, Map<String, String>> accounts = scenario.byKey("accounts", "id");
        Map<String, Long> posts = new HashMap<>();
        for (Map<String, String> p : scenario.rows("posts")) {
            Map<String, String> role = roles.get(p.get("account_id"));
            if (role.get("role").equals("bot")) {
                assertThat(role.get("camouflaged")).as("posting bot %s", p.get("account_id")).isEqualTo("true");
                assertThat(p.get("created_at")).isGreaterThan(accounts.get(p.get("account_id")).get("created_at"));
                posts.merge(p.get("account_id"), 1L, Long::sum);
            }
        }
        Set<String> honeypots = texts(scenario.truth.get("honeypots"));
        Map<String, JsonNode> campaigns = campaigns();
        for (Map<String, String> f : scenario.rows("follows")) {
            Map<String, String> bot = roles.get(f.get("follower_id"));
            JsonNode campaign = campaigns.get(bot.get("campaign_id"));
            if (bot.get("role").equals("bot") && !texts(campaign.get("targets")).contains(f.get("target_id"))
                    && !honeypots.contains(f.get("target_id"))) {
                long at = GeneratedScenario.epoch(f.get("followed_at"));
                long attackFrom = GeneratedScenario.epoch(campaign.get("attack_from").asText());
                long attackTo = GeneratedScenario.epoch(campaign.get("attack_to").asText());
                assertThat(at < attackFrom - 3_600 || at > attackTo + 3_600)
                        .as("camouflage follow %s more than an hour outside the attack", f).isTrue();
            }
        }
        long camouflagedTotal = 0;
        long botsTotal = 0;
        for (JsonNode c : campaigns.values()) {
            if (!c.get("kind").asText().equals("vendor_flood")) {
                assertThat(c.get("camouflaged").asLong()).isZero();
                continue;
            }
            String id = c.get("id").asText();
            List<String> members = roles.values().stream()
                    .filter(r -> r.get("campaign_id").equals(id) && r.get("camouflaged").equals("true"))
                    .map(r -> r.get("account_id")).toList();
            assertThat((long) members.size()).isEqualTo(c.get("camouflaged").asLong());
            // 20-30% per flood, drawn bot by bot: a small flood can land a little outside.
            assertThat((double) members.size() / c.get("size").asLong()).as("camouflaged share of %s", c.get("id"))
                    .isBetween(0.1, 0.4);
            long campaignPosts = 0;
            for (String bot : members) {
                long own = posts.getOrDefault(bot, 0L);
                assertThat(own).as("posts of %s", bot).isBetween(1L, 3L)
                        .isEqualTo(Long.parseLong(accounts.get(bot).get("posts")));
                campaignPosts += own;
            }
            assertThat(campaignPosts).isEqualTo(c.get("camouflage_posts").asLong());
            camouflagedTotal += members.size();
            botsTotal += c.get("size").asLong();
        }
        assertThat((double) camouflagedTotal / botsTotal).isBetween(0.2, 0.3);
    }

    @Test
    void theTrollFarmFollowsAllItsTargetsInItsWeekMostlyAtWorkingHoursWithNoTwoFollowsInOneSecond()
            throws IOException {
        JsonNode farm = campaigns().get("trollfarm-01");
        Set<String> targets = texts(farm.get("targets"));
        Map<String, Integer> perSecond = new HashMap<>();
        int follows = 0;
        int workingHours = 0;
        for (Map<String, String> f : scenario.rows("follows")) {
            if (roles.get(f.get("follower_id")).get("role").equals("troll") && targets.contains(f.get("target_id"))) {
                assertThat(f.get("followed_at")).isBetween(farm.get("attack_from").asText(),
                        farm.get("attack_to").asText());
                perSecond.merge(f.get("followed_at"), 1, Integer::sum);
                // 05:30 to 19:00 UTC: 09:00 to 22:30 in Tehran.
                String clock = f.get("followed_at").substring(11, 16);
                workingHours += clock.compareTo("05:30") >= 0 && clock.compareTo("19:00") < 0 ? 1 : 0;
                follows++;
            }
        }
        long trolls = count("troll");
        assertThat(follows).isEqualTo(trolls * targets.size());
        assertThat((double) workingHours / follows).isGreaterThan(0.8);
        assertThat(perSecond.values()).as("follows per second").allMatch(n -> n <= 2);
        long exactlyTheTargets = roles.values().stream().filter(r -> r.get("role").equals("troll"))
                .filter(r -> followees.get(r.get("account_id")).equals(targets)).count();
        assertThat((double) exactlyTheTargets / trolls).as("trolls that follow nothing but the targets")
                .isBetween(0.3, 0.7);
    }

    @Test
    void eachTestPurchaseDeliveredTheVendorsAccountsToItsHoneypotAfterItWasPlaced() throws IOException {
        Map<String, Map<String, String>> purchases = scenario.byKey("purchases", "id");
        Map<String, Long> delivered = new HashMap<>();
        Set<String> follows = new HashSet<>();
        for (Map<String, String> f : scenario.rows("follows")) {
            follows.add(f.get("follower_id") + ">" + f.get("target_id") + "@" + f.get("followed_at"));
        }
        for (Map<String, String> d : scenario.rows("deliveries")) {
            Map<String, String> purchase = purchases.get(d.get("purchase_id"));
            assertThat(d.get("delivered_at")).isGreaterThan(purchase.get("placed_at"));
            assertThat(follows).contains(d.get("account_id") + ">" + purchase.get("honeypot_id") + "@"
                    + d.get("delivered_at"));
            assertThat(roles.get(d.get("account_id")).get("role")).isIn("delivered", "bot");
            delivered.merge(d.get("purchase_id"), 1L, Long::sum);
        }
        JsonNode truth = scenario.truth.get("purchases");
        assertThat(truth).hasSize(3);
        for (JsonNode p : truth) {
            assertThat(delivered.get(p.get("id").asText())).isEqualTo(p.get("delivered").asLong());
            assertThat(purchases.get(p.get("id").asText()).get("honeypot_id")).isEqualTo(p.get("honeypot_id").asText());
        }
        long fromFloods = scenario.rows("deliveries").stream()
                .filter(d -> roles.get(d.get("account_id")).get("role").equals("bot")).count();
        assertThat((double) fromFloods / scenario.rows("deliveries").size()).isBetween(0.05, 0.15);
    }

    @Test
    void theCountsInTheGroundTruthAreTheRowsOfTheFiles() throws IOException {
        JsonNode counts = scenario.truth.get("counts");
        for (String file : List.of("accounts", "follows", "follower_counts", "posts", "reports", "vendors",
                "storefronts", "offers", "purchases", "deliveries")) {
            assertThat(counts.get(file).asLong()).as(file).isEqualTo(scenario.rows(file).size());
        }
        assertThat(scenario.truth.get("seed").asLong()).isEqualTo(11);
        assertThat(scenario.truth.get("scale").asText()).isEqualTo("small");
    }

    @Test
    void churnedBotFollowsAreUnfollowedAndAboutHalfFollowAgainAsNewEpisodes() throws IOException {
        Map<String, long[]> churn = new HashMap<>();
        Map<String, Integer> episodes = new HashMap<>();
        for (Map<String, String> f : scenario.rows("follows")) {
            String campaign = roles.get(f.get("follower_id")).get("campaign_id");
            if (!roles.get(f.get("follower_id")).get("role").equals("bot")) {
                continue;
            }
            if (!f.get("unfollowed_at").isEmpty()) {
                assertThat(f.get("unfollowed_at")).isGreaterThan(f.get("followed_at"));
                churn.computeIfAbsent(campaign, k -> new long[2])[0]++;
            }
            if (episodes.merge(f.get("follower_id") + ">" + f.get("target_id"), 1, Integer::sum) == 2) {
                churn.computeIfAbsent(campaign, k -> new long[2])[1]++;
            }
        }
        for (JsonNode c : campaigns().values()) {
            long[] seen = churn.getOrDefault(c.get("id").asText(), new long[2]);
            assertThat(seen[0]).as("unfollowed in %s", c.get("id")).isEqualTo(c.get("unfollowed").asLong());
            assertThat(seen[1]).as("refollowed in %s", c.get("id")).isEqualTo(c.get("refollowed").asLong());
        }
    }

    @Test
    void floodsReportTheirTargetsPostsNamedInTheGroundTruthWithinAFewHours() throws IOException {
        Map<String, Map<String, String>> posts = scenario.byKey("posts", "id");
        Map<String, Map<String, String>> accounts = scenario.byKey("accounts", "id");
        Map<String, List<Long>> times = new HashMap<>();
        for (Map<String, String> r : scenario.rows("reports")) {
            String campaign = roles.get(r.get("reporter_id")).get("campaign_id");
            times.computeIfAbsent(campaign + "/" + r.get("post_id"), k -> new ArrayList<>())
                    .add(GeneratedScenario.epoch(r.get("reported_at")));
            assertThat(r.get("reported_at")).isGreaterThan(posts.get(r.get("post_id")).get("created_at"))
                    .isGreaterThan(accounts.get(r.get("reporter_id")).get("created_at"));
        }
        int reporting = 0;
        for (JsonNode c : campaigns().values()) {
            Set<String> targets = texts(c.get("targets"));
            for (JsonNode post : c.get("reported_posts")) {
                assertThat(targets).contains(posts.get(post.asText()).get("account_id"));
                List<Long> at = times.get(c.get("id").asText() + "/" + post.asText());
                assertThat(at).as("reports of %s by %s", post, c.get("id")).hasSizeGreaterThan(5);
                if (c.get("kind").asText().equals("vendor_flood")) {
                    long span = at.stream().mapToLong(x -> x).max().orElseThrow()
                            - at.stream().mapToLong(x -> x).min().orElseThrow();
                    assertThat(span).isLessThanOrEqualTo(3 * 3600);
                    reporting++;
                }
            }
        }
        assertThat(reporting).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theScoreOfAFlagSetBreaksDownByRoleSoThatEachDecoyGroupCanBeCheckedAlone() throws IOException {
        Set<String> flagged = new HashSet<>();
        String oneFan = null;
        for (Map<String, String> row : roles.values()) {
            switch (row.get("role")) {
                case "bot", "troll" -> flagged.add(row.get("account_id"));
                case "decoy_fan" -> oneFan = oneFan == null ? row.get("account_id") : oneFan;
                default -> { }
            }
        }
        flagged.add(oneFan);

        DetectionScore score = DetectionScore.of(out, flagged);

        assertThat(score.byRole().values().stream().mapToLong(DetectionScore.RoleScore::total).sum())
                .isEqualTo(roles.size());
        assertThat(score.byRole()).containsKeys("bot", "troll", "delivered", "organic", "celebrity", "target",
                "honeypot", "decoy_viral", "decoy_meme", "decoy_fan");
        assertThat(score.role("decoy_fan")).isEqualTo(new DetectionScore.RoleScore(200, 1));
        assertThat(score.role("decoy_fan").share()).isLessThanOrEqualTo(0.01);
        for (String innocent : List.of("organic", "celebrity", "target", "honeypot", "decoy_viral", "decoy_meme")) {
            assertThat(score.role(innocent).flagged()).as(innocent).isZero();
        }
        assertThat(score.decoysFlagged()).isEqualTo(1);
        assertThat(score.recall()).isEqualTo(1.0);
        assertThat(score.trollRecall()).isEqualTo(1.0);
        assertThat(score.camouflaged().total()).isEqualTo(score.camouflaged().flagged()).isEqualTo(
                roles.values().stream().filter(r -> r.get("camouflaged").equals("true")).count());
    }

    static Map<String, JsonNode> campaigns() {
        Map<String, JsonNode> byId = new HashMap<>();
        scenario.truth.get("campaigns").forEach(c -> byId.put(c.get("id").asText(), c));
        return byId;
    }

    static Set<String> texts(JsonNode array) {
        Set<String> values = new TreeSet<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static long count(String role) {
        return roles.values().stream().filter(r -> r.get("role").equals(role)).count();
    }
}
