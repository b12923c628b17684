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
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planted patterns look like the public case, and the decoys look organic, as a detector would see them. */
class ScenarioShapeTest {
    private static final Map<String, Pattern> VENDOR_HANDLES = Map.of(
            "v1", Pattern.compile("[bcdfghjklmnpqrstvwxz]{7,10}\\d{3,5}"),
            "v2", Pattern.compile("[bcdfghjklmnpqrstvwxz]{3,5}(_[bcdfghjklmnpqrstvwxz]{2,5}){1,2}_\\d{2,4}"),
            "v3", Pattern.compile("([bcdfghjklmnpqrstvwxz]\\d){4,6}[bcdfghjklmnpqrstvwxz]?"));

    @TempDir
    static Path out;
    static GeneratedScenario scenario;
    static Map<String, Map<String, String>> accounts;
    static Map<String, Map<String, String>> roles;

    @BeforeAll
    static void generate() throws IOException {
        scenario = GeneratedScenario.generate(23, Scale.SMALL, out);
        accounts = scenario.byKey("accounts", "id");
        roles = scenario.byKey("../ground-truth-accounts", "account_id");
    }

    @Test
    void botsNeverFollowOneTargetFasterThanAHundredAMinute() throws IOException {
        Map<String, List<Long>> arrivals = new HashMap<>();
        for (Map<String, String> f : scenario.rows("follows")) {
            if (role(f.get("follower_id")).equals("bot")) {
                arrivals.computeIfAbsent(f.get("target_id"), k -> new ArrayList<>())
                        .add(GeneratedScenario.epoch(f.get("followed_at")));
            }
        }
        int busiest = 0;
        for (List<Long> times : arrivals.values()) {
            times.sort(null);
            for (int i = 0, j = 0; i < times.size(); i++) {
                while (times.get(i) - times.get(j) >= 60) {
                    j++;
                }
                busiest = Math.max(busiest, i - j + 1);
            }
        }
        assertThat(busiest).isBetween(80, 100);
    }

    @Test
    void vendorAccountsHaveTheirVendorsHandleSkeletonAndNoOtherAccountHasAny() throws IOException {
        Map<String, String> vendorOfCampaign = new HashMap<>();
        scenario.truth.get("campaigns").forEach(c -> vendorOfCampaign.put(c.get("id").asText(),
                c.get("vendor_id").asText()));
        Map<String, String> vendorOfPurchase = new HashMap<>();
        scenario.truth.get("purchases").forEach(p -> vendorOfPurchase.put(p.get("id").asText(),
                p.get("vendor_id").asText()));
        Map<String, String> vendorOfDelivered = new HashMap<>();
        scenario.rows("deliveries").forEach(d -> vendorOfDelivered.put(d.get("account_id"),
                vendorOfPurchase.get(d.get("purchase_id"))));
        int vendorAccounts = 0;
        for (Map<String, String> account : accounts.values()) {
            String handle = account.get("handle");
            String vendor = switch (role(account.get("id"))) {
                case "bot" -> vendorOfCampaign.get(roles.get(account.get("id")).get("campaign_id"));
                case "delivered" -> vendorOfDelivered.get(account.get("id"));
                default -> null;
            };
            if (vendor == null) {
                assertThat(VENDOR_HANDLES.values()).as(handle).noneMatch(p -> p.matcher(handle).matches());
            } else {
                assertThat(VENDOR_HANDLES.get(vendor).matcher(handle).matches()).as(handle + " of " + vendor).isTrue();
                vendorAccounts++;
            }
        }
        assertThat(vendorAccounts).isGreaterThan(1_000);
    }

    @Test
    void eachFloodsBotsAreCreatedWithinTwoDaysSomeDaysBeforeTheAttackAndOnlyTheCamouflagedOnesPost()
            throws IOException {
        Map<String, Long> firstFollow = new HashMap<>();
        for (Map<String, String> f : scenario.rows("follows")) {
            firstFollow.merge(f.get("follower_id"), GeneratedScenario.epoch(f.get("followed_at")), Math::min);
        }
        for (JsonNode c : scenario.truth.get("campaigns")) {
            if (!c.get("kind").asText().equals("vendor_flood")) {
                continue;
            }
            long createdFrom = GeneratedScenario.epoch(c.get("created_from").asText());
            long createdTo = GeneratedScenario.epoch(c.get("created_to").asText());
            long attackFrom = GeneratedScenario.epoch(c.get("attack_from").asText());
            assertThat(createdTo - createdFrom).isLessThanOrEqualTo(2 * 86_400);
            assertThat(attackFrom - createdTo).isBetween(2 * 86_400L, 6 * 86_400L);
            for (Map<String, String> row : roles.values()) {
                if (row.get("campaign_id").equals(c.get("id").asText())) {
                    Map<String, String> bot = accounts.get(row.get("account_id"));
                    long created = GeneratedScenario.epoch(bot.get("created_at"));
                    assertThat(created).isBetween(createdFrom, createdTo).isLessThan(firstFollow.get(bot.get("id")));
                    if (row.get("camouflaged").equals("true")) {
                        assertThat(bot.get("posts")).isIn("1", "2", "3");
                    } else {
                        assertThat(bot.get("posts")).isEqualTo("0");
                    }
                }
            }
        }
    }

    @Test
    void theMemeAvatarIsSharedByAtLeastThirtyOrdinaryUsersAndNoOneElse() {
        String meme = null;
        for (JsonNode d : scenario.truth.get("decoys")) {
            meme = d.get("kind").asText().equals("meme_avatar") ? d.get("avatar_file").asText() : meme;
        }
        String file = meme;
        List<String> users = accounts.values().stream().filter(a -> a.get("avatar_file").equals(file))
                .map(a -> role(a.get("id"))).toList();
        assertThat(users).hasSizeGreaterThanOrEqualTo(30).containsOnly("decoy_meme");
    }

    @Test
    void eachVendorPoolHoldsNearDuplicatesThatDifferInBytesAndLooksUnlikeTheOtherPools() throws IOException {
        Map<String, Long> hashes = new HashMap<>();
        Map<String, String> vendorOfFile = new HashMap<>();
        for (JsonNode c : scenario.truth.get("campaigns")) {
            if (c.get("unique_avatars").asBoolean()) {
                continue;
            }
            for (JsonNode f : c.get("avatar_files")) {
                hashes.put(f.asText(), ImageHash.phash(scenario.dataset.resolve(f.asText())));
                vendorOfFile.put(f.asText(), c.get("vendor_id").asText("troll farm"));
            }
        }
        Map<String, Integer> nearDuplicates = new HashMap<>();
        List<String> files = List.copyOf(hashes.keySet());
        for (int i = 0; i < files.size(); i++) {
            for (int j = i + 1; j < files.size(); j++) {
                String a = files.get(i);
                String b = files.get(j);
                int distance = Long.bitCount(hashes.get(a) ^ hashes.get(b));
                if (!vendorOfFile.get(a).equals(vendorOfFile.get(b))) {
                    assertThat(distance).as("%s vs %s", a, b).isGreaterThan(10);
                } else if (distance <= 10) {
                    assertThat(ImageHash.sha256(scenario.dataset.resolve(a)))
                            .isNotEqualTo(ImageHash.sha256(scenario.dataset.resolve(b)));
                    nearDuplicates.merge(vendorOfFile.get(a), 1, Integer::sum);
                }
            }
        }
        assertThat(nearDuplicates).containsOnlyKeys("v1", "v2", "troll farm")
                .allSatisfy((vendor, pairs) -> assertThat(pairs).isGreaterThanOrEqualTo(1));
    }

    @Test
    void theThirdVendorGivesEachAccountAFaceOfItsOwnDistinctInBytesAndFarFromEveryOtherImage() throws IOException {
        Map<String, String> vendorOfCampaign = new HashMap<>();
        scenario.truth.get("campaigns").forEach(c -> vendorOfCampaign.put(c.get("id").asText(),
                c.get("vendor_id").asText()));
        Set<String> v3Campaigns = new HashSet<>();
        for (JsonNode c : scenario.truth.get("campaigns")) {
            assertThat(c.get("unique_avatars").asBoolean()).as(c.get("id").asText())
                    .isEqualTo(c.get("vendor_id").asText().equals("v3"));
            if (c.get("unique_avatars").asBoolean()) {
                v3Campaigns.add(c.get("id").asText());
            }
        }
        Set<String> v3Delivered = new HashSet<>();
        scenario.rows("deliveries").forEach(d -> {
            if (d.get("purchase_id").equals("p3") && role(d.get("account_id")).equals("delivered")) {
                v3Delivered.add(d.get("account_id"));
            }
        });
        List<String> faces = new ArrayList<>();
        for (Map<String, String> account : accounts.values()) {
            String id = account.get("id");
            if (v3Campaigns.contains(roles.get(id).get("campaign_id")) || v3Delivered.contains(id)) {
                assertThat(account.get("avatar_file")).as("avatar of v3 account %s", id).isNotEmpty();
                faces.add(account.get("avatar_file"));
            }
        }
        assertThat(faces).hasSizeGreaterThan(400).doesNotHaveDuplicates();

        Set<String> otherFiles = new HashSet<>();
        accounts.values().forEach(a -> otherFiles.add(a.get("avatar_file")));
        otherFiles.remove("");
        otherFiles.removeAll(faces);
        assertThat(otherFiles).hasSizeGreaterThanOrEqualTo(10);
        Map<String, String> sha = new HashMap<>();
        long[] faceHashes = new long[faces.size()];
        for (int i = 0; i < faces.size(); i++) {
            Path file = scenario.dataset.resolve(faces.get(i));
            assertThat(sha.put(ImageHash.sha256(file), faces.get(i))).as("SHA-256 of %s", file).isNull();
            faceHashes[i] = ImageHash.phash(file);
        }
        int closest = 64;
        for (int i = 0; i < faceHashes.length; i++) {
            for (int j = i + 1; j < faceHashes.length; j++) {
                closest = Math.min(closest, Long.bitCount(faceHashes[i] ^ faceHashes[j]));
            }
        }
        assertThat(closest).as("closest two unique faces, in pHash bits").isGreaterThan(16);
        for (String other : otherFiles) {
            long hash = ImageHash.phash(scenario.dataset.resolve(other));
            for (int i = 0; i < faceHashes.length; i++) {
                assertThat(Long.bitCount(hash ^ faceHashes[i])).as("%s vs %s", other, faces.get(i))
                        .isGreaterThan(16);
            }
        }
    }

    @Test
    void theFanWaveBringsOlderOrdinaryUsersToOneTargetWithinFortyMinutesMostInTheFirstFew() throws IOException {
        JsonNode fan = null;
        for (JsonNode d : scenario.truth.get("decoys")) {
            fan = d.get("kind").asText().equals("fan_wave") ? d : fan;
        }
        String target = fan.get("target_id").asText();
        long from = GeneratedScenario.epoch(fan.get("window_from").asText());
        long to = GeneratedScenario.epoch(fan.get("window_to").asText());
        assertThat(to - from).isBetween(20 * 60L, 40 * 60L);
        assertThat(role(target)).isEqualTo("target");

        Map<String, Set<String>> followed = new HashMap<>();
        List<Long> arrivals = new ArrayList<>();
        for (Map<String, String> f : scenario.rows("follows")) {
            if (role(f.get("follower_id")).equals("decoy_fan")) {
                followed.computeIfAbsent(f.get("follower_id"), k -> new HashSet<>()).add(f.get("target_id"));
                if (f.get("target_id").equals(target)) {
                    arrivals.add(GeneratedScenario.epoch(f.get("followed_at")));
                }
            }
        }
        assertThat(followed).hasSize(200);
        assertThat(arrivals).hasSize(200).allMatch(t -> t >= from && t <= to);
        arrivals.sort(null);
        int busiest = 0;
        for (int i = 0, j = 0; i < arrivals.size(); i++) {
            while (arrivals.get(i) - arrivals.get(j) >= 60) {
                j++;
            }
            busiest = Math.max(busiest, i - j + 1);
        }
        assertThat(busiest).as("most fan follows in one minute").isGreaterThan(15);
        long firstQuarter = arrivals.stream().filter(t -> t < from + (to - from) / 4).count();
        assertThat(firstQuarter).as("fan follows in the first quarter of the wave").isGreaterThan(70);

        Set<String> shared = null;
        for (Set<String> set : followed.values()) {
            shared = shared == null ? new HashSet<>(set) : shared;
            shared.retainAll(set);
        }
        assertThat(shared).as("the only account every fan follows").containsExactly(target);
        assertThat(Set.copyOf(followed.values())).as("distinct follow sets").hasSizeGreaterThan(190);
        List<Map<String, String>> fans = followed.keySet().stream().map(accounts::get).toList();
        assertThat(fans).allMatch(a -> a.get("created_at").compareTo("2023-01-01") < 0)
                .allMatch(a -> Integer.parseInt(a.get("following")) >= 3);
        assertThat(fans.stream().map(a -> a.get("created_at").substring(0, 4)).distinct().count())
                .as("creation years").isGreaterThanOrEqualTo(8);
        assertThat(fans.stream().filter(a -> !a.get("posts").equals("0")).count()).isGreaterThan(150);
    }

    @Test
    void theViralSpikeComesInOneDayFromLongStandingOrdinaryAccountsWithPosts() throws IOException {
        JsonNode viral = null;
        for (JsonNode d : scenario.truth.get("decoys")) {
            viral = d.get("kind").asText().equals("viral_spike") ? d : viral;
        }
        String target = viral.get("target_id").asText();
        List<String> days = new ArrayList<>();
        for (Map<String, String> f : scenario.rows("follows")) {
            if (f.get("target_id").equals(target) && role(f.get("follower_id")).equals("decoy_viral")) {
                days.add(f.get("followed_at").substring(0, 10));
                Map<String, String> follower = accounts.get(f.get("follower_id"));
                assertThat(follower.get("created_at")).isLessThan("2022-01-01");
                assertThat(Integer.parseInt(follower.get("posts"))).isPositive();
                assertThat(Integer.parseInt(follower.get("following"))).isGreaterThanOrEqualTo(3);
            }
        }
        assertThat(days).hasSize(viral.get("accounts").asInt()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(Set.copyOf(days)).hasSize(1);
    }

    @Test
    void theLastDailyCountOfEachTargetIsItsFollowerCountInAccounts() throws IOException {
        Map<String, String> last = new HashMap<>();
        for (Map<String, String> c : scenario.rows("follower_counts")) {
            if (c.get("observed_at").equals("2024-05-20T00:00:00Z")) {
                last.put(c.get("account_id"), c.get("followers"));
            }
        }
        assertThat(last).hasSize(9);
        Map<String, Integer> active = new HashMap<>();
        for (Map<String, String> f : scenario.rows("follows")) {
            if (f.get("unfollowed_at").isEmpty()) {
                active.merge(f.get("target_id"), 1, Integer::sum);
            }
        }
        last.forEach((id, followers) -> {
            assertThat(accounts.get(id).get("followers")).isEqualTo(followers);
            assertThat(active.get(id)).hasToString(followers);
        });
    }

    @Test
    void mostOrdinaryUsersFollowACelebrityAndFollowFiveToFortyAccounts() throws IOException {
        Map<String, Integer> episodes = new HashMap<>();
        Map<String, Boolean> celebrityFan = new HashMap<>();
        for (Map<String, String> f : scenario.rows("follows")) {
            episodes.merge(f.get("follower_id"), 1, Integer::sum);
            if (role(f.get("target_id")).equals("celebrity")) {
                celebrityFan.put(f.get("follower_id"), true);
            }
        }
        List<String> ordinary = roles.values().stream().filter(r -> r.get("role").startsWith("decoy")
                || r.get("role").equals("organic")).map(r -> r.get("account_id")).toList();
        assertThat(ordinary).allMatch(id -> episodes.getOrDefault(id, 0) <= 40);
        double fans = ordinary.stream().filter(celebrityFan::containsKey).count() / (double) ordinary.size();
        assertThat(fans).isBetween(0.5, 0.7);
        double mean = ordinary.stream().mapToInt(id -> episodes.getOrDefault(id, 0)).average().orElseThrow();
        assertThat(mean).isBetween(10.0, 20.0);
    }

    private static String role(String id) {
        return roles.get(id).get("role");
    }
}
