package org.lockstep.detect.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lockstep.detect.AccountRef;
import org.lockstep.detect.DetectorCatalog;
import org.lockstep.detect.DetectorRun;
import org.lockstep.detect.Finding;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/**
 * A hand-checked fixture: 12 new accounts follow exactly @t1 and @t2 within 11 minutes (the flood); 12 organic
 * accounts follow @t1 and @t2 and each one other account (so no two share a set); 5 accounts follow only @t3.
 */
@ExtendWith(Neo4jExtension.class)
class SharedFollowersIT {
    private static final OffsetDateTime ATTACK = OffsetDateTime.parse("2024-04-14T09:00:00Z");

    private DetectorCatalog catalog;

    @BeforeEach
    void fixture(Driver driver) {
        driver.executableQuery("""
                UNWIND ['t1', 't2', 't3'] AS t CREATE (:Account {platform: 'instagram', id: t, handle: t})
                """).execute();
        driver.executableQuery("""
                MATCH (t1:Account {id: 't1'}), (t2:Account {id: 't2'}), (t3:Account {id: 't3'})
                UNWIND range(0, 11) AS i
                CREATE (b:Account {platform: 'instagram', id: 'bot' + i, handle: 'xkcd' + i})
                CREATE (b)-[:FOLLOWS {episode: 'e', followed_at: $attack + duration({minutes: i})}]->(t1)
                CREATE (b)-[:FOLLOWS {episode: 'e', followed_at: $attack + duration({minutes: i, seconds: 5})}]->(t2)
                CREATE (o:Account {platform: 'instagram', id: 'org' + i, handle: 'friend' + i})
                CREATE (x:Account {platform: 'instagram', id: 'other' + i})
                CREATE (o)-[:FOLLOWS {episode: 'e', followed_at: $attack - duration({days: i + 2})}]->(t1)
                CREATE (o)-[:FOLLOWS {episode: 'e', followed_at: $attack - duration({days: i + 2})}]->(t2)
                CREATE (o)-[:FOLLOWS {episode: 'e'}]->(x)
                WITH t3, i WHERE i < 5
                CREATE (:Account {platform: 'instagram', id: 'fan' + i})-[:FOLLOWS {episode: 'e'}]->(t3)
                """).withParameters(Map.of("attack", ATTACK)).execute();
        catalog = DetectorCatalog.builtIn(driver);
    }

    @Test
    void the_flood_is_one_finding_with_its_targets_members_and_time_window() {
        DetectorRun run = catalog.run("shared-followers", Map.of());

        assertThat(run.findings()).hasSize(1);
        Finding flood = run.findings().getFirst();
        assertThat(flood.size()).isEqualTo(12);
        assertThat(flood.targets()).extracting(AccountRef::id).containsExactly("t1", "t2");
        assertThat(flood.members()).extracting(AccountRef::id).allMatch(id -> id.startsWith("bot")).hasSize(12);
        assertThat(flood.from()).isEqualTo(ATTACK);
        assertThat(flood.to()).isEqualTo(ATTACK.plusMinutes(11).plusSeconds(5));
        assertThat(flood.evidence()).startsWith("12 accounts follow all of these 2 accounts: 12 of them exactly these "
                + "and no others;")
                .contains("(11 minutes)");
        assertThat(flood.dayOnly()).isFalse();
        assertThat(run.params()).containsEntry("minTargets", 2L).containsEntry("minSize", 10L);
    }

    @Test
    void follow_times_known_only_to_the_day_give_dates_not_invented_minutes(Driver driver) {
        driver.executableQuery("MATCH (:Account {id: 'bot3'})-[f:FOLLOWS]->() SET f.followed_precision = 'day'")
                .execute();
        Finding flood = catalog.run("shared-followers", Map.of()).findings().getFirst();
        assertThat(flood.dayOnly()).isTrue();
        assertThat(flood.evidence()).endsWith("their follows fall between 2024-04-14 and 2024-04-14 (some follow times"
                + " are known only to the day).");
    }

    @Test
    void a_bot_with_a_few_extra_follows_joins_its_group_but_a_user_who_followed_the_same_pages_long_ago_does_not(
            Driver driver) {
        driver.executableQuery("""
                MATCH (t1:Account {id: 't1'}), (t2:Account {id: 't2'}), (x:Account {id: 'other0'})
                CREATE (camo:Account {platform: 'instagram', id: 'camo'})
                CREATE (camo)-[:FOLLOWS {episode: 'e', followed_at: $attack + duration({minutes: 3})}]->(t1)
                CREATE (camo)-[:FOLLOWS {episode: 'e', followed_at: $attack + duration({minutes: 4})}]->(t2)
                CREATE (camo)-[:FOLLOWS {episode: 'e', followed_at: $attack + duration({days: 9})}]->(x)
                CREATE (old:Account {platform: 'instagram', id: 'old'})
                CREATE (old)-[:FOLLOWS {episode: 'e', followed_at: $attack - duration({days: 400})}]->(t1)
                CREATE (old)-[:FOLLOWS {episode: 'e', followed_at: $attack - duration({days: 380})}]->(t2)
                CREATE (old)-[:FOLLOWS {episode: 'e', followed_at: $attack - duration({days: 300})}]->(x)
                """).withParameters(Map.of("attack", ATTACK)).execute();

        Finding flood = catalog.run("shared-followers", Map.of("maxMembers", 100)).findings().getFirst();

        assertThat(flood.size()).isEqualTo(13);
        assertThat(flood.members()).extracting(AccountRef::id).contains("camo").doesNotContain("old");
        assertThat(flood.counts()).containsEntry("exactly", 12L).containsEntry("withOthers", 1L);
        assertThat(flood.evidence()).contains("1 a few others besides (these 2 are at least 50% of what they follow)");
        assertThat(catalog.run("shared-followers", Map.of("minShare", 1.0)).findings().getFirst().size())
                .as("minShare 1 keeps exact sets only").isEqualTo(12);
    }

    @Test
    void with_exact_sets_only_the_java_step_agrees_with_the_plain_cypher_grouping(Driver driver) {
        // The plain formulation: group accounts by their whole followed set in one aggregation (what this detector
        // was before it ran out of transaction memory at 10M follows).
        List<Set<String>> reference = driver.executableQuery("""
                MATCH (a:Account)-[:FOLLOWS]->(t:Account)
                WITH a, t ORDER BY t.platform, t.id
                WITH a, collect(DISTINCT t.id) AS followed WHERE size(followed) >= 1
                WITH followed, collect(a.id) AS members WHERE size(members) >= 5
                RETURN members
                """).execute().records().stream()
                .map(r -> (Set<String>) new TreeSet<>(r.get("members").asList(Value::asString))).toList();
        List<Set<String>> ours = catalog.run("shared-followers", Map.of("minTargets", 1, "minSize", 5,
                "minShare", 1.0, "maxMembers", 1000)).findings().stream()
                .map(f -> (Set<String>) new TreeSet<>(f.members().stream().map(AccountRef::id).toList())).toList();

        assertThat(ours).containsExactlyInAnyOrderElementsOf(reference).hasSize(2);
    }

    @Test
    void a_rerun_on_the_same_data_gives_the_same_finding_id() {
        String first = catalog.run("shared-followers", Map.of()).findings().getFirst().id();
        assertThat(catalog.run("shared-followers", Map.of()).findings().getFirst().id()).isEqualTo(first);
    }

    @Test
    void parameters_change_what_is_found() {
        assertThat(catalog.run("shared-followers", Map.of("minSize", 13)).findings()).isEmpty();
        assertThat(catalog.run("shared-followers", Map.of("minTargets", "1", "minSize", "5")).findings())
                .extracting(Finding::size).containsExactly(12L, 5L);
        assertThat(catalog.run("shared-followers", Map.of("maxMembers", 3)).findings().getFirst())
                .satisfies(f -> assertThat(f.members()).hasSize(3))
                .satisfies(f -> assertThat(f.membersTotal()).isEqualTo(12));
    }

    @Test
    void unknown_or_ill_typed_parameters_are_refused_with_the_field() {
        assertThatThrownBy(() -> catalog.run("shared-followers", Map.of("minSzie", 3)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("has no parameter 'minSzie'")
                .hasMessageContaining("minSize");
        assertThatThrownBy(() -> catalog.run("shared-followers", Map.of("minSize", "many")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("must be a whole number");
        assertThatThrownBy(() -> catalog.run("shared-followers", Map.of("minSize", 0)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> catalog.run("no-such-detector", Map.of()))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("Known detectors: shared-followers, lockstep, shared-avatars");
    }
}
