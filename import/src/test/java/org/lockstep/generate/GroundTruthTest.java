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
                    "decoy_viral", "decoy_meme");
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
    void everyBotFollowsExactlyTheTargetsOfItsCampaignBesidesAnyHoneypot() {
        Set<String> honeypots = texts(scenario.truth.get("honeypots"));
        Map<String, JsonNode> campaigns = campaigns();
        int bots = 0;
        for (Map<String, String> row : roles.values()) {
            JsonNode campaign = campaigns.get(row.get("campaign_id"));
            Set<String> targets = texts(campaign == null ? null : campaign.get("targets"));
            Set<String> followed = new TreeSet<>(followees.getOrDefault(row.get("account_id"), Set.of()));
            if (row.get("role").equals("bot")) {
                followed.removeAll(honeypots);
                assertThat(followed).as("bot %s", row.get("account_id")).isEqualTo(targets);
                bots++;
            } else if (row.get("role").equals("troll")) {
                assertThat(followed).as("troll %s", row.get("account_id")).containsAll(targets);
            }
        }
        long planted = 0;
        for (JsonNode c : campaigns.values()) {
            planted += c.get("kind").asText().equals("vendor_flood") ? c.get("size").asLong() : 0;
        }
        assertThat(bots).isEqualTo(planted).isBetween(1_000, 2_000);
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
