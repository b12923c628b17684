package org.lockstep.detect.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lockstep.detect.AccountKey;
import org.lockstep.detect.Cluster;
import org.lockstep.detect.Detection;
import org.lockstep.detect.DetectorCatalog;
import org.lockstep.detect.UnionFind;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * A hand-checked fixture: 40 bots follow @t1, @t2 and @t3 two seconds apart (10 of them also follow a random
 * account); 30 troll-farm accounts follow @t1 and @t2 at scattered hours over five days; 60 fans follow @pop within
 * 20 minutes; 200 ordinary accounts follow the targets over two years.
 */
@ExtendWith(Neo4jExtension.class)
class LockstepIT {
    private static final OffsetDateTime ATTACK = OffsetDateTime.parse("2024-04-14T09:00:00Z");
    private static final OffsetDateTime FARM = OffsetDateTime.parse("2024-05-06T05:00:00Z");

    private Driver driver;
    private DetectorCatalog catalog;

    @BeforeEach
    void fixture(Driver driver) {
        this.driver = driver;
        driver.executableQuery("""
                UNWIND ['t1', 't2', 't3', 'pop'] AS t CREATE (:Account {platform: 'instagram', id: t, handle: t})
                WITH count(*) AS made
                MATCH (t1:Account {id: 't1'}), (t2:Account {id: 't2'}), (t3:Account {id: 't3'}), (pop:Account {id: 'pop'})
                CALL (t1, t2, t3) {
                  UNWIND range(0, 39) AS i
                  CREATE (b:Account {platform: 'instagram', id: 'bot' + i})
                  CREATE (b)-[:FOLLOWS {episode: 'e', followed_at: $attack + duration({seconds: 2 * i})}]->(t1)
                  CREATE (b)-[:FOLLOWS {episode: 'e', followed_at: $attack + duration({minutes: 7, seconds: 2 * i})}]->(t2)
                  CREATE (b)-[:FOLLOWS {episode: 'e', followed_at: $attack + duration({minutes: 20, seconds: 2 * i})}]->(t3)
                  WITH b, i WHERE i < 10
                  CREATE (b)-[:FOLLOWS {episode: 'e', followed_at: $attack + duration({days: 3 + i})}]->(:Account {platform: 'instagram', id: 'random' + i})
                }
                CALL (t1, t2) {
                  UNWIND range(0, 29) AS i
                  CREATE (f:Account {platform: 'instagram', id: 'troll' + i})
                  CREATE (f)-[:FOLLOWS {episode: 'e', followed_at: $farm + duration({hours: 4 * i, minutes: 7 * i})}]->(t1)
                  CREATE (f)-[:FOLLOWS {episode: 'e', followed_at: $farm + duration({hours: 4 * (29 - i) + 1, minutes: 3 * i})}]->(t2)
                }
                CALL (pop, t1) {
                  UNWIND range(0, 59) AS i
                  CREATE (f:Account {platform: 'instagram', id: 'fan' + i})
                  CREATE (f)-[:FOLLOWS {episode: 'e', followed_at: $attack + duration({hours: 30, seconds: 20 * i})}]->(pop)
                  CREATE (f)-[:FOLLOWS {episode: 'e', followed_at: $attack - duration({days: 10 + 3 * i})}]->(t1)
                }
                CALL (t1, t2, t3) {
                  UNWIND range(0, 199) AS i
                  CREATE (o:Account {platform: 'instagram', id: 'org' + i})
                  WITH o, i, [t1, t2, t3] AS ts
                  UNWIND range(0, i % 3) AS k
                  WITH o, i, k, ts[(i + k) % 3] AS t
                  CREATE (o)-[:FOLLOWS {episode: 'e', followed_at: $attack - duration({hours: 87 * i + 13 * k + 5})}]->(t)
                }
                """).withParameters(Map.of("attack", ATTACK, "farm", FARM)).execute();
        catalog = DetectorCatalog.builtIn(driver);
    }

    @Test
    void the_bots_are_one_minute_scale_cluster_on_all_three_targets() {
        Cluster bots = minuteScale().getFirst();

        assertThat(ids(bots.members())).isEqualTo(range("bot", 40));
        assertThat(ids(bots.targets())).containsExactly("t1", "t2", "t3");
        assertThat(bots.finding().from()).isEqualTo(ATTACK);
        assertThat(bots.finding().counts()).containsEntry("members", 40L).containsEntry("targets", 3L);
        assertThat(bots.finding().evidence()).startsWith("40 accounts each followed at least 2 of these 3 accounts "
                + "inside the same 10-minute bursts");
        assertThat(minuteScale()).hasSize(1);
    }

    @Test
    void the_troll_farm_is_found_by_timing_alone_at_the_day_scale() {
        List<Cluster> days = run().clusters().stream()
                .filter(c -> c.finding().counts().get("windowSeconds") == 3 * 86_400L).toList();

        assertThat(days).extracting(c -> ids(c.members())).contains(range("troll", 30), range("bot", 40));
    }

    @Test
    void a_fan_wave_on_one_page_and_ordinary_followers_are_in_no_cluster() {
        Set<String> flagged = new TreeSet<>();
        run().clusters().forEach(c -> flagged.addAll(ids(c.members())));

        assertThat(flagged).noneMatch(id -> id.startsWith("fan") || id.startsWith("org"));
    }

    @Test
    void the_java_step_agrees_with_the_plain_cypher_pairs_on_the_minute_scale() {
        // The plain formulation: every pair of accounts that followed at least two common targets within 10 minutes
        // of each other, grouped into connected components of at least 10 accounts. Quadratic in a target's
        // followers, so usable on a fixture only.
        List<Record> pairs = driver.executableQuery("""
                MATCH (a:Account)-[f1:FOLLOWS]->(t:Account)<-[f2:FOLLOWS]-(b:Account)
                WHERE a.id < b.id AND abs(f1.followed_at.epochSeconds - f2.followed_at.epochSeconds) <= 600
                WITH a, b, count(DISTINCT t) AS common
                WHERE common >= 2
                RETURN a.id AS a, b.id AS b
                """).execute().records();
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        pairs.forEach(r -> List.of(r.get("a").asString(), r.get("b").asString()).forEach(n -> index.computeIfAbsent(n,
                k -> {
                    names.add(k);
                    return names.size() - 1;
                })));
        UnionFind uf = new UnionFind(names.size());
        pairs.forEach(r -> uf.union(index.get(r.get("a").asString()), index.get(r.get("b").asString())));
        Map<Integer, Set<String>> components = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            components.computeIfAbsent(uf.find(i), k -> new TreeSet<>()).add(names.get(i));
        }
        List<Set<String>> reference = components.values().stream().filter(s -> s.size() >= 10).toList();

        assertThat(minuteScale()).extracting(c -> ids(c.members())).containsExactlyInAnyOrderElementsOf(reference);
    }

    private List<Cluster> minuteScale() {
        return run().clusters().stream().filter(c -> c.finding().counts().get("windowSeconds") == 600L).toList();
    }

    private Detection run() {
        return catalog.detect("lockstep", Map.of());
    }

    private static Set<String> ids(Set<AccountKey> keys) {
        Set<String> ids = new TreeSet<>();
        keys.forEach(k -> ids.add(k.id()));
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
