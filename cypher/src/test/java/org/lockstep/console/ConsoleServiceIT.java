package org.lockstep.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.error.StoreException;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.Driver;

/** What an investigator gets from the console: columns, rows with graph values converted, caps that say so. */
@ExtendWith(Neo4jExtension.class)
class ConsoleServiceIT {
    private ConsoleService console;

    @BeforeEach
    void load(Driver driver) {
        ConsoleFixture.load(driver, 20);
        console = new ConsoleService(driver, ConsoleLimits.defaults());
    }

    @Test
    void a_read_returns_columns_and_rows_with_nodes_relationships_and_times_converted() {
        ConsoleResult result = console.run(new ConsoleRequest("""
                MATCH (a:Account)-[f:FOLLOWS]->(t:Account {handle: $target})
                RETURN a, f, t.handle AS target, f.followed_at AS at, date(f.followed_at) AS day,
                       duration.between(a.created_at, f.followed_at) AS age
                ORDER BY at LIMIT 2
                """, Map.of("target", "womens_voice"), null, null));
        assertThat(result.columns()).containsExactly("a", "f", "target", "at", "day", "age");
        assertThat(result.rowCount()).isEqualTo(2);
        assertThat(result.truncated()).isFalse();
        assertThat(result.queryType()).isEqualTo("READ_ONLY");
        assertThat(result.timeoutMs()).isEqualTo(10_000);
        assertThat(result.maxRows()).isEqualTo(1_000);
        List<Object> first = result.rows().getFirst();
        ConsoleNode follower = (ConsoleNode) first.get(0);
        assertThat(follower.labels()).containsExactly("Account");
        assertThat(follower.properties()).containsEntry("handle", "xkcdvbnm1")
                .containsEntry("created_at", "2024-04-10T00:00:00Z")
                .containsEntry("posts", 0L)
                .containsEntry("display_name", "<img src=x onerror=alert(1)> MATCH (n) DETACH DELETE n");
        ConsoleRelationship follow = (ConsoleRelationship) first.get(1);
        assertThat(follow.type()).isEqualTo("FOLLOWS");
        assertThat(follow.start()).isEqualTo(follower.elementId());
        assertThat(follow.properties()).containsEntry("followed_at", "2024-04-14T09:00:01Z");
        assertThat(first.subList(2, 6)).containsExactly("womens_voice", "2024-04-14T09:00:01Z", "2024-04-14",
                "P0M4DT32401S");
    }

    @Test
    void a_path_becomes_its_nodes_and_relationships() {
        ConsoleResult result = console.run(ConsoleRequest.of(
                "MATCH p = (a:Account {id: 'a3'})-[:FOLLOWS]->(t) RETURN p"));
        ConsolePath path = (ConsolePath) result.rows().getFirst().getFirst();
        assertThat(path.nodes()).extracting(n -> n.properties().get("id")).containsExactly("a3", "t1");
        assertThat(path.relationships()).singleElement()
                .satisfies(r -> assertThat(r.end()).isEqualTo(path.nodes().get(1).elementId()));
    }

    @Test
    void schema_reads_on_the_allow_list_run() {
        ConsoleResult labels = console.run(ConsoleRequest.of("CALL db.labels()"));
        assertThat(labels.columns()).containsExactly("label");
        assertThat(labels.rows()).contains(List.of("Account"));
        ConsoleResult indexes = console.run(ConsoleRequest.of("SHOW INDEXES YIELD name RETURN name ORDER BY name"));
        assertThat(indexes.rowCount()).isPositive();
        ConsoleResult types = console.run(ConsoleRequest.of("CALL db.schema.relTypeProperties()"));
        assertThat(types.rows().toString()).contains("FOLLOWS", "followed_at");
    }

    @Test
    void the_row_cap_cuts_the_result_and_says_so() {
        ConsoleResult result = console.run(new ConsoleRequest("MATCH (a:Account) RETURN a.id AS id", null, null, 5));
        assertThat(result.rowCount()).isEqualTo(5);
        assertThat(result.rows()).hasSize(5);
        assertThat(result.truncated()).isTrue();
        assertThat(result.notices()).containsExactly(
                "Only the first 5 rows are shown; add LIMIT or raise maxRows (at most 10000).");
        ConsoleResult exact = console.run(new ConsoleRequest("MATCH (a:Account) RETURN a.id AS id", null, null, 21));
        assertThat(exact.truncated()).isFalse();
        assertThat(exact.rowCount()).isEqualTo(21);
    }

    @Test
    void a_timeout_beyond_the_maximum_is_clamped_and_the_result_shows_it() {
        ConsoleResult result = console.run(new ConsoleRequest("RETURN 1 AS one", null, Duration.ofSeconds(100_000),
                null));
        assertThat(result.timeoutMs()).isEqualTo(60_000);
        assertThat(result.notices()).containsExactly(
                "The timeout was lowered from 100000 s to the console's maximum of 60 s.");
    }

    @Test
    void a_timeout_is_a_clear_client_error_that_names_the_limits() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> console.run(new ConsoleRequest(
                "MATCH (a),(b),(c),(d),(e),(f),(g),(h) WHERE a.id <> b.id RETURN count(*)", null,
                Duration.ofSeconds(1), null)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("The query ran longer than 1 s and was stopped; narrow it or raise timeoutSeconds up to"
                        + " 60 s.");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(30_000);
    }

    @Test
    void the_memory_limit_stops_a_query_that_hoards_and_says_so() {
        assertThatThrownBy(() -> console.run(new ConsoleRequest("""
                WITH reduce(s = 'x', i IN range(1, 20) | s + s) AS big
                UNWIND range(1, 2000) AS i WITH collect(big + i) AS c RETURN size(c) AS n
                """, null, Duration.ofSeconds(40), null)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("The query needed more memory than one transaction may use");
    }

    @Test
    void a_value_that_neo4j_cannot_interrupt_is_given_up_at_the_deadline_and_keeps_its_slot_until_it_ends(
            Driver driver) throws InterruptedException {
        // One reduce() over 150,000 growing strings: seconds of work inside one expression, which Neo4j's timeout
        // cannot interrupt (it checks between rows).
        var oneSlot = new ConsoleService(driver, new ConsoleLimits(Duration.ofSeconds(1), Duration.ofSeconds(2), 10,
                10), 1, Duration.ofMillis(500));
        long started = System.nanoTime();
        assertThatThrownBy(() -> oneSlot.run(ConsoleRequest.of(
                "RETURN size(reduce(s = '', i IN range(1, 150000) | s + 'x')) AS n")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("ran longer than 1 s and was given up");
        long answeredMs = (System.nanoTime() - started) / 1_000_000;
        assertThat(answeredMs).isLessThan(10_000);
        assertThatThrownBy(() -> oneSlot.run(ConsoleRequest.of("RETURN 1")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("The console is busy");
        ConsoleResult after = null;
        for (int i = 0; i < 120 && after == null; i++) {
            Thread.sleep(500);
            try {
                after = oneSlot.run(ConsoleRequest.of("RETURN 1 AS one"));
            } catch (StoreException busy) {
                // still computing
            }
        }
        assertThat(after).as("the slot comes back when the query ends").isNotNull();
        assertThat(after.rows()).containsExactly(List.of(1L));
    }
}
