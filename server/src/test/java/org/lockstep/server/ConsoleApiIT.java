package org.lockstep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lockstep.store.GraphStore;
import org.lockstep.testing.Neo4jExtension;

/** {@code POST /api/console} as a client meets it: a real server on a free port over the real embedded Neo4j. */
@ExtendWith(Neo4jExtension.class)
class ConsoleApiIT {
    private final HttpClient http = HttpClient.newHttpClient();
    private LockstepServer server;
    private GraphStore store;

    @BeforeEach
    void start(GraphStore store) {
        this.store = store;
        store.driver().executableQuery("""
                CREATE (t:Account {platform: 'instagram', id: 't1', handle: 'womens_voice'})
                WITH t
                UNWIND range(1, 300) AS i
                CREATE (b:Account {platform: 'instagram', id: 'b' + i, handle: 'xkcdvbnm' + i,
                                   display_name: '<script>alert(' + i + ')</script>'})
                CREATE (b)-[:FOLLOWS {followed_at: datetime('2024-04-14T09:00:00Z')}]->(t)
                """).execute();
        server = LockstepServer.start(store, new ServerConfig("127.0.0.1", 0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_read_returns_columns_rows_and_graph_values() throws Exception {
        JsonNode result = post("""
                {"query": "MATCH (b:Account)-[f:FOLLOWS]->(t:Account {handle: $target}) RETURN b, f ORDER BY b.id",
                 "params": {"target": "womens_voice"}, "maxRows": 2}""", 200);
        assertThat(result.get("columns")).hasSize(2);
        assertThat(result.at("/columns/0").asText()).isEqualTo("b");
        assertThat(result.at("/rowCount").asLong()).isEqualTo(2);
        assertThat(result.at("/truncated").asBoolean()).isTrue();
        assertThat(result.at("/queryType").asText()).isEqualTo("READ_ONLY");
        assertThat(result.at("/rows/0/0/labels/0").asText()).isEqualTo("Account");
        assertThat(result.at("/rows/0/0/properties/display_name").asText()).isEqualTo("<script>alert(1)</script>");
        assertThat(result.at("/rows/0/1/type").asText()).isEqualTo("FOLLOWS");
        assertThat(result.at("/rows/0/1/start").asText()).isEqualTo(result.at("/rows/0/0/elementId").asText());
        assertThat(result.at("/rows/0/1/properties/followed_at").asText()).isEqualTo("2024-04-14T09:00:00Z");
        assertThat(result.at("/notices/0").asText()).startsWith("Only the first 2 rows are shown");
    }

    @Test
    void a_write_is_refused_with_400_field_query_and_a_message_and_changes_nothing() throws Exception {
        JsonNode error = post("{\"query\": \"MATCH (a:Account) DETACH DELETE a\"}", 400);
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.get("code").asText()).isEqualTo("request.invalid");
        assertThat(error.get("field").asText()).isEqualTo("query");
        assertThat(error.get("message").asText()).isEqualTo("The console is read-only: this query writes (DETACH"
                + " DELETE). Save changes through the import instead.");
        long accounts = store.driver().executableQuery("MATCH (a:Account) RETURN count(a) AS n").execute()
                .records().getFirst().get("n").asLong();
        assertThat(accounts).isEqualTo(301);
    }

    @Test
    void a_runaway_query_times_out_with_a_clear_400() throws Exception {
        long started = System.nanoTime();
        JsonNode error = post("""
                {"query": "MATCH (a),(b),(c),(d),(e) WHERE a.id <> b.id RETURN count(*)", "timeoutSeconds": 1}""",
                400);
        assertThat(error.get("field").asText()).isEqualTo("query");
        assertThat(error.get("message").asText()).isEqualTo("The query ran longer than 1 s and was stopped; narrow it"
                + " or raise timeoutSeconds up to 60 s.");
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(30_000); // cut, not left running: generous for a loaded CI machine
    }

    @Test
    void a_request_that_is_not_json_is_refused_before_anything_runs() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url()).resolve("/api/console"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"RETURN 1\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(415);
        assertThat(Json.mapper().readTree(r.body()).get("message").asText()).contains("application/json");
    }

    private JsonNode post(String body, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url()).resolve("/api/console"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return Json.mapper().readTree(r.body());
    }
}
