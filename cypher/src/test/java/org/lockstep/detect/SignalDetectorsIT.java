package org.lockstep.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.Driver;

/**
 * A hand-checked fixture for the artefact and context detectors: 30 factory accounts (handles kdrt…NN, created
 * within a day, 20 using one picture and 10 near copies of it 3 bits away) that follow @t1 in one hour, report one of
 * its posts within 20 minutes and half of whom unfollow it within an hour, 100 ordinary accounts created one every 11
 * days with natural handles and unrelated pictures, following @t1 at scattered times.
 */
@ExtendWith(Neo4jExtension.class)
class SignalDetectorsIT {
    private static final OffsetDateTime ATTACK = OffsetDateTime.parse("2024-04-14T09:00:00Z");
    private DetectorCatalog catalog;

    @BeforeEach
    void fixture(Driver driver) {
        driver.executableQuery("""
                CREATE (t1:Account {platform: 'instagram', id: 't1', handle: 'women.rights'})
                CREATE (t1)-[:POSTED]->(p:Post {platform: 'instagram', id: 'p1'})
                WITH t1, p
                CALL (t1, p) {
                  UNWIND range(0, 29) AS i
                  CREATE (b:Account {platform: 'instagram', id: 'bot' + i, handle: 'kdrtmwqz' + (10 + i),
                      created_at: $attack - duration({days: 4, minutes: 10 * i}), posts: 0,
                      avatar_sha256: CASE WHEN i < 20 THEN 'aaaa' ELSE 'bbbb' + i END,
                      avatar_phash: CASE WHEN i < 20 THEN 'f0f0f0f0f0f0f0f0' ELSE 'f0f0f0f0f0f0f0f7' END})
                  CREATE (b)-[:FOLLOWS {episode: 'e', followed_at: $attack + duration({minutes: 2 * i}),
                      unfollowed_at: CASE WHEN i % 2 = 0 THEN $attack + duration({days: 5, minutes: i}) END}]->(t1)
                  CREATE (b)-[:REPORTED {reported_at: $attack + duration({hours: 2, seconds: 40 * i}), reason: 'spam'}]->(p)
                }
                CALL (t1) {
                  UNWIND range(0, 99) AS i
                  CREATE (o:Account {platform: 'instagram', id: 'org' + i, handle: 'maria.rezaei' + i,
                      created_at: $attack - duration({days: 2000 - 11 * i}), posts: 20 + i,
                      avatar_sha256: 'org' + i, avatar_phash: $hashes[i]})
                  CREATE (o)-[:FOLLOWS {episode: 'e', followed_at: $attack - duration({hours: 50 * i + 7})}]->(t1)
                }
                """).withParameters(Map.of("attack", ATTACK, "hashes", randomHashes())).execute();
        catalog = DetectorCatalog.builtIn(driver);
    }

    @Test
    void shared_avatars_groups_the_exact_copies_and_the_near_copies_and_nobody_else() {
        Detection d = catalog.detect("shared-avatars", Map.of());
        assertThat(d.clusters()).hasSize(1);
        assertThat(ids(d.clusters().getFirst())).isEqualTo(range("bot", 30));
        assertThat(d.run().findings().getFirst().counts()).containsEntry("images", 11L)
                .containsEntry("largestExactGroup", 20L);

        Detection exactOnly = catalog.detect("shared-avatars", Map.of("maxDistance", 0));
        assertThat(exactOnly.clusters()).hasSize(2);
        assertThat(exactOnly.clusters()).extracting(c -> c.members().size()).containsExactly(20, 10);
    }

    @Test
    void handle_families_group_unlikely_handles_of_one_skeleton_created_together() {
        Detection d = catalog.detect("handle-families", Map.of());
        assertThat(d.clusters()).hasSize(1);
        assertThat(ids(d.clusters().getFirst())).isEqualTo(range("bot", 30));
        assertThat(d.run().findings().getFirst().evidence()).contains("skeleton CD");
    }

    @Test
    void creation_batches_find_the_day_the_factory_made_its_accounts() {
        Detection d = catalog.detect("creation-batches", Map.of());
        assertThat(d.clusters()).hasSize(1);
        assertThat(ids(d.clusters().getFirst())).containsAll(range("bot", 30)).hasSizeLessThanOrEqualTo(32);
        assertThat(d.run().findings().getFirst().counts()).containsEntry("withoutPosts", 30L);
    }

    @Test
    void report_bursts_name_the_post_its_owner_and_the_reporters() {
        Detection d = catalog.detect("report-bursts", Map.of());
        assertThat(d.clusters()).hasSize(1);
        assertThat(ids(d.clusters().getFirst())).isEqualTo(range("bot", 30));
        assertThat(d.clusters().getFirst().targets()).containsExactly(new AccountKey("instagram", "t1"));
        assertThat(d.run().findings().getFirst().evidence()).contains("post p1").contains("'spam'");
    }

    @Test
    void churn_finds_the_wave_of_unfollows() {
        Detection d = catalog.detect("churn", Map.of());
        assertThat(d.clusters()).hasSize(1);
        assertThat(ids(d.clusters().getFirst())).hasSize(15).allMatch(id -> id.startsWith("bot"));
        assertThat(d.run().findings().getFirst().counts()).containsEntry("refollowed", 0L);
    }

    @Test
    void spikes_find_the_hour_of_the_flood_against_the_usual_trickle_and_count_who_left() {
        Detection d = catalog.detect("spikes", Map.of("minArrivals", 20));
        assertThat(d.run().findings()).hasSize(1);
        Finding spike = d.run().findings().getFirst();
        assertThat(spike.counts()).containsEntry("arrivals", 30L).containsEntry("unfollowedLater", 15L)
                .containsEntry("net", 15L);
        assertThat(spike.targets()).extracting(AccountRef::handle).containsExactly("women.rights");
        assertThat(d.clusters().getFirst().members()).as("a spike flags nobody").isEmpty();
    }

    @Test
    void without_follow_times_spikes_read_the_jump_in_follower_counter_snapshots(Driver driver) {
        // A page 27,000 strong that went to 70,000 overnight, as in the public case, then kept growing slowly.
        driver.executableQuery("""
                CREATE (p:Account {platform: 'instagram', id: 'page', handle: 'women.page'})
                WITH p
                UNWIND range(0, 19) AS day
                CREATE (p)-[:HAD_COUNT]->(:CountSnapshot {observed_at: $attack + duration({days: day}),
                    followers: 27000 + 20 * day + CASE WHEN day >= 12 THEN 43000 ELSE 0 END})
                """).withParameters(Map.of("attack", ATTACK)).execute();

        List<Finding> spikes = catalog.run("spikes", Map.of("minArrivals", 20)).findings().stream()
                .filter(f -> f.targets().getFirst().id().equals("page")).toList();

        assertThat(spikes).hasSize(1);
        assertThat(spikes.getFirst().counts()).containsEntry("gain", 43_020L).containsEntry("before", 27_220L);
        assertThat(spikes.getFirst().dayOnly()).isTrue();
        assertThat(spikes.getFirst().evidence()).contains("rose from 27,220 to 70,240").contains("by its snapshots");
    }

    @Test
    void a_detector_says_why_it_could_not_run_on_data_without_its_signal(Driver driver) {
        driver.executableQuery("MATCH ()-[r:REPORTED]->() DELETE r").execute();
        assertThat(catalog.run("report-bursts", Map.of()).unavailable()).contains("no report with a time");
    }

    /** Unrelated pictures: random 64-bit hashes are about 32 bits apart. */
    private static List<String> randomHashes() {
        SplittableRandom r = new SplittableRandom(42);
        return java.util.stream.IntStream.range(0, 100).mapToObj(i -> "%016x".formatted(r.nextLong())).toList();
    }

    private static Set<String> ids(Cluster c) {
        Set<String> ids = new TreeSet<>();
        c.members().forEach(k -> ids.add(k.id()));
        return ids;
    }

    private static Set<String> range(String prefix, int n) {
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            ids.add(prefix + i);
        }
        return ids;
    }
}
