package org.lockstep.console;

import java.util.Map;
import org.neo4j.driver.Driver;

/** A small flood: one activist target, {@code size} fresh followers with attacker-written names, timed follows. */
final class ConsoleFixture {
    private ConsoleFixture() {
    }

    static void load(Driver driver, int size) {
        driver.executableQuery("""
                CREATE (t:Account {platform: 'instagram', id: 't1', handle: 'womens_voice',
                                   created_at: datetime('2019-03-01T00:00:00Z')})
                WITH t
                UNWIND range(1, $size) AS i
                CREATE (a:Account {platform: 'instagram', id: 'a' + i, handle: 'xkcdvbnm' + i,
                                   display_name: '<img src=x onerror=alert(' + i + ')> MATCH (n) DETACH DELETE n',
                                   created_at: datetime('2024-04-10T00:00:00Z'), posts: 0})
                CREATE (a)-[:FOLLOWS {episode: 'e1', followed_at: datetime('2024-04-14T09:00:00Z') + duration({seconds: i})}]->(t)
                """).withParameters(Map.of("size", size)).execute();
    }
}
