package org.lockstep.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lockstep.detect.DetectorCatalog;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.Driver;

/**
 * Detect all end to end on a fixture: 40 bots follow @t1, @t2 and @t3 two seconds apart (one with a formula as its
 * handle), 30 farm accounts follow @t1 and @t2 over five days; 100 ordinary accounts follow at scattered times.
 */
@ExtendWith(Neo4jExtension.class)
class CampaignsIT {
    private static final OffsetDateTime ATTACK = OffsetDateTime.parse("2024-04-14T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);

    private Driver driver;
    private DetectAll detectAll;
    private CampaignStore store;

    @BeforeEach
    void fixture(Driver driver) {
        this.driver = driver;
        driver.executableQuery("""
                UNWIND ['t1', 't2', 't3'] AS t CREATE (:Account {platform: 'instagram', id: t, handle: t})
                WITH count(*) AS made
                MATCH (t1:Account {id: 't1'}), (t2:Account {id: 't2'}), (t3:Account {id: 't3'})
                CALL (t1, t2, t3) {
                  UNWIND range(0, 39) AS i
                  CREATE (b:Account {platform: 'instagram', id: 'bot' + i,
                      handle: CASE WHEN i = 0 THEN '=HYPERLINK("http://x","y")' ELSE 'qzxv' + i END})
                  CREATE (b)-[:FOLLOWS {episode: 'e', followed_at: $attack + duration({seconds: 2 * i})}]->(t1)
                  CREATE (b)-[:FOLLOWS {episode: 'e', followed_at: $attack + duration({minutes: 7, seconds: 2 * i})}]->(t2)
                  CREATE (b)-[:FOLLOWS {episode: 'e', followed_at: $attack + duration({minutes: 20, seconds: 2 * i})}]->(t3)
                }
                CALL (t1, t2) {
                  UNWIND range(0, 29) AS i
                  CREATE (f:Account {platform: 'instagram', id: 'troll' + i, handle: 'sara.m' + i})
                  CREATE (f)-[:FOLLOWS {episode: 'e', followed_at: $attack + duration({days: 20, hours: 4 * i, minutes: 7 * i})}]->(t1)
                  CREATE (f)-[:FOLLOWS {episode: 'e', followed_at: $attack + duration({days: 20, hours: 4 * (29 - i) + 1})}]->(t2)
                }
                CALL (t1, t2, t3) {
                  UNWIND range(0, 99) AS i
                  CREATE (o:Account {platform: 'instagram', id: 'org' + i, handle: 'friend' + i})
                  WITH o, i, [t1, t2, t3][i % 3] AS t
                  CREATE (o)-[:FOLLOWS {episode: 'e', followed_at: $attack - duration({hours: 87 * i + 5})}]->(t)
                }
                """).withParameters(Map.of("attack", ATTACK)).execute();
        store = new CampaignStore(driver);
        detectAll = new DetectAll(DetectorCatalog.builtIn(driver), store, CLOCK);
    }

    @Test
    void detect_all_stores_the_flood_and_the_farm_as_campaigns_with_explained_members() {
        DetectAll.Result result = detectAll.run(Map.of(), DetectAll.Listener.NONE);

        assertThat(result.campaigns()).extracting(d -> d.members().size()).containsExactly(40, 30);
        CampaignView.Page page = store.list(0, 10);
        assertThat(page.total()).isEqualTo(2);
        CampaignView flood = page.campaigns().getFirst();
        assertThat(flood.size()).isEqualTo(40);
        assertThat(flood.targets()).extracting(t -> t.id()).containsExactly("t1", "t2", "t3");
        assertThat(flood.signals()).contains("lockstep");
        assertThat(flood.detectedAt()).isEqualTo(OffsetDateTime.parse("2026-11-25T12:00:00Z"));

        CampaignView.MemberPage members = store.members(flood.id(), 10, 5);
        assertThat(members.members()).hasSize(5);
        assertThat(members.members().getFirst().explanation()).contains("followed 3 targets in the same 10-minute "
                + "bursts as 39 others (2024-04-14)");
        assertThat(result.unavailable()).containsKeys("shared-avatars", "report-bursts", "churn")
                .doesNotContainKey("lockstep");
    }

    @Test
    void running_again_updates_the_campaigns_instead_of_duplicating_them() {
        detectAll.run(Map.of(), DetectAll.Listener.NONE);
        detectAll.run(Map.of(), DetectAll.Listener.NONE);

        assertThat(count("MATCH (c:Campaign) RETURN count(c) AS n")).isEqualTo(2);
        assertThat(count("MATCH (:Campaign)-[i:INCLUDES]->() RETURN count(i) AS n")).isEqualTo(70);
        assertThat(count("MATCH (:Campaign)-[i:TARGETS]->() RETURN count(i) AS n")).isEqualTo(5);
    }

    @Test
    void a_campaign_not_found_again_is_kept_as_stale_not_deleted() {
        detectAll.run(Map.of(), DetectAll.Listener.NONE);
        driver.executableQuery("MATCH (a:Account) WHERE a.id STARTS WITH 'troll' DETACH DELETE a").execute();

        DetectAll.Result again = detectAll.run(Map.of(), DetectAll.Listener.NONE);

        assertThat(again.stale()).isEqualTo(1);
        assertThat(store.list(0, 10).total()).isEqualTo(1);
        assertThat(count("MATCH (c:Campaign {status: 'stale'}) RETURN count(c) AS n")).isEqualTo(1);
    }

    @Test
    void the_export_has_one_row_per_campaign_and_account_and_defuses_formulas() {
        detectAll.run(Map.of(), DetectAll.Listener.NONE);
        StringBuilder csv = new StringBuilder();

        assertThat(store.export(csv)).isEqualTo(70);
        String[] lines = csv.toString().split("\r\n");
        assertThat(lines[0]).isEqualTo("campaign_id,platform,account_id,handle,signals,explanation");
        assertThat(lines).hasSize(71);
        assertThat(csv.toString()).contains(",bot0,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",shared-followers;lockstep,");
    }

    @Test
    void without_follow_times_campaigns_still_form_from_follow_sets_and_account_traits() {
        driver.executableQuery("MATCH ()-[f:FOLLOWS]->() REMOVE f.followed_at").execute();

        DetectAll.Result result = detectAll.run(Map.of(), DetectAll.Listener.NONE);

        assertThat(result.unavailable()).containsKeys("lockstep", "spikes", "churn");
        assertThat(result.unavailable().get("lockstep")).contains("no follow has a time");
        // The bots share a follow set and a handle skeleton (all but bot0, whose handle is a formula); the farm's
        // accounts share a follow set too but nothing else once the times are gone, so they are not a campaign.
        assertThat(result.campaigns()).hasSize(1);
        CampaignDraft bots = result.campaigns().getFirst();
        assertThat(bots.members()).hasSize(39);
        assertThat(bots.signals()).containsExactly("shared-followers", "handle-families");
        assertThat(bots.from()).isNull();
    }

    @Test
    void parameters_for_all_name_their_detector_and_pages_are_checked() {
        assertThatThrownBy(() -> detectAll.run(Map.of("minSize", "3"), DetectAll.Listener.NONE))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("DETECTOR.PARAM");
        assertThatThrownBy(() -> detectAll.run(Map.of("lockstep.minSzie", "3"), DetectAll.Listener.NONE))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("has no parameter 'minSzie'");
        assertThatThrownBy(() -> store.members("cmp-nope", 0, 10)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("detect all");
        assertThatThrownBy(() -> store.list(0, 0)).isInstanceOf(InvalidRequestException.class);
    }

    private long count(String query) {
        return driver.executableQuery(query).execute().records().getFirst().get("n").asLong();
    }
}
