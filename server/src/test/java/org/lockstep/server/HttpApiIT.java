package org.lockstep.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.lockstep.error.InvalidRequestException;
import org.lockstep.store.GraphStore;
import org.lockstep.testing.ListeningSockets;
import org.lockstep.testing.Neo4jExtension;

/** The API as a client meets it: a real server on a free port over the real embedded Neo4j. */
@ExtendWith(Neo4jExtension.class)
class HttpApiIT {
    private final HttpClient http = HttpClient.newHttpClient();
    private LockstepServer server;

    @BeforeEach
    void start(GraphStore store) {
        store.driver().executableQuery("""
                CREATE (t1:Account {platform: 'instagram', id: 't1', handle: 'womens_voice'})
                CREATE (t2:Account {platform: 'instagram', id: 't2', handle: 'equal_rights'})
                WITH t1, t2
                UNWIND range(1, 15) AS i
                CREATE (b:Account {platform: 'instagram', id: 'b' + i, handle: 'xkcdvbnm' + i,
                                   display_name: '<script>alert(' + i + ')</script>'})
                CREATE (b)-[:FOLLOWS {episode: 'e', followed_at: datetime('2024-04-14T09:00:00Z')}]->(t1)
                CREATE (b)-[:FOLLOWS {episode: 'e', followed_at: datetime('2024-04-14T09:01:00Z')}]->(t2)
                """).execute();
        server = LockstepServer.start(store, new ServerConfig("127.0.0.1", 0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void stats_count_nodes_and_relationships() throws Exception {
        JsonNode stats = getJson("/api/stats", 200);
        assertThat(stats.at("/store").asText()).startsWith("embedded Neo4j in ");
        assertThat(stats.get("nodes").findValuesAsText("label")).contains("Account");
        assertThat(stats.at("/nodes/0/count").asLong()).isEqualTo(17);
        assertThat(stats.at("/relationships/0/type").asText()).isEqualTo("FOLLOWS");
        assertThat(stats.at("/relationships/0/count").asLong()).isEqualTo(30);
    }

    @Test
    void the_detector_catalogue_describes_parameters_with_types_and_defaults() throws Exception {
        JsonNode detectors = getJson("/api/detectors", 200);
        assertThat(detectors.at("/0/id").asText()).isEqualTo("shared-followers");
        assertThat(detectors.at("/0/params").findValuesAsText("name")).containsExactly("minTargets", "minSize",
                "minShare",
                "maxMembers");
        assertThat(detectors.at("/0/params/1/type").asText()).isEqualTo("int");
        assertThat(detectors.at("/0/params/1/defaultValue").asText()).isEqualTo("10");
    }

    @Test
    void detect_all_builds_campaigns_that_page_and_export() throws Exception {
        // The fixture's targets have 15 followers, under lockstep's default minFollowers of 20.
        JsonNode summary = postJson("/api/detect-all", "{\"params\": {\"lockstep.minFollowers\": 10}}", 200);
        assertThat(summary.at("/campaigns/0/size").asLong()).isEqualTo(15);
        assertThat(summary.at("/campaigns/0/signals").toString()).contains("lockstep");
        assertThat(summary.at("/unavailable/report-bursts").asText()).contains("no report");
        assertThat(summary.get("runs").findValuesAsText("detector")).contains("lockstep", "shared-avatars");

        JsonNode page = getJson("/api/campaigns?limit=1", 200);
        assertThat(page.at("/total").asLong()).isEqualTo(1);
        assertThat(page.at("/campaigns/0/targets").findValuesAsText("handle")).containsExactly("womens_voice",
                "equal_rights");
        String id = page.at("/campaigns/0/id").asText();
        JsonNode members = getJson("/api/campaigns/" + id + "?skip=10&limit=10", 200);
        assertThat(members.at("/members")).hasSize(5);
        assertThat(members.at("/members/0/account/displayName").asText()).startsWith("<script>alert(");
        assertThat(members.at("/members/0/explanation").asText()).contains("in the same 10-minute bursts as 14 others");

        HttpResponse<String> csv = get("/api/campaigns.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(
                "text/csv"));
        assertThat(csv.body().lines()).hasSize(16).first().isEqualTo("campaign_id,platform,account_id,handle,signals,"
                + "explanation");

        JsonNode bad = getJson("/api/campaigns?limit=0", 400);
        assertThat(bad.at("/field").asText()).isEqualTo("limit");
        assertThat(getJson("/api/campaigns?skip=x", 400).at("/message").asText()).contains("whole number");
        assertThat(getJson("/api/campaigns/cmp-none", 404).at("/message").asText()).contains("detect all");
    }

    @Test
    void detector_runs_page_their_findings() throws Exception {
        String body = "{\"params\": {\"minFollowers\": 10}}";
        JsonNode run = postJson("/api/detectors/lockstep/run?limit=1", body, 200);
        assertThat(run.at("/total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(run.at("/findings")).hasSize(1);
        assertThat(run.at("/limit").asLong()).isEqualTo(1);
        assertThat(postJson("/api/detectors/lockstep/run?skip=5", body, 200).at("/findings")).isEmpty();
    }

    @Test
    void running_a_detector_returns_its_findings_with_evidence_and_the_parameters_used() throws Exception {
        JsonNode run = postJson("/api/detectors/shared-followers/run", "{\"params\": {\"minSize\": 5}}", 200);
        assertThat(run.at("/params/minSize").asLong()).isEqualTo(5);
        assertThat(run.at("/params/minTargets").asLong()).isEqualTo(2);
        assertThat(run.at("/findings/0/size").asLong()).isEqualTo(15);
        assertThat(run.at("/findings/0/targets").findValuesAsText("handle")).containsExactly("womens_voice",
                "equal_rights");
        assertThat(run.at("/findings/0/from").asText()).isEqualTo("2024-04-14T09:00:00Z");
        assertThat(run.at("/findings/0/members/0/displayName").asText()).startsWith("<script>alert(");
        assertThat(run.at("/findings/0/evidence").asText()).startsWith(
                "15 accounts follow all of these 2 accounts: 15 of them exactly these");
        assertThat(postJson("/api/detectors/shared-followers/run", "", 200).at("/params/minSize").asLong())
                .isEqualTo(10);
    }

    @Test
    void bad_requests_get_one_error_shape_with_a_message_that_says_how_to_fix_it() throws Exception {
        JsonNode badType = postJson("/api/detectors/shared-followers/run", "{\"params\": {\"minSize\": \"many\"}}", 400);
        assertThat(badType.get("code").asText()).isEqualTo("request.invalid");
        assertThat(badType.get("field").asText()).isEqualTo("minSize");
        assertThat(badType.get("message").asText()).isEqualTo("Parameter 'minSize' must be a whole number such as 10,"
                + " not 'many'.");
        JsonNode unknown = postJson("/api/detectors/bots/run", "{}", 404);
        assertThat(unknown.get("message").asText()).contains("Known detectors: shared-followers");
        JsonNode malformed = postJson("/api/detectors/shared-followers/run", "{\"params\": ", 400);
        assertThat(malformed.get("code").asText()).isEqualTo("request.malformed_json");
        JsonNode extra = postJson("/api/detectors/shared-followers/run", "{\"parms\": {}}", 400);
        assertThat(extra.get("code").asText()).isEqualTo("request.malformed_json");
        JsonNode noRoute = getJson("/api/nothing-here", 404);
        assertThat(noRoute.get("status").asInt()).isEqualTo(404);
    }

    @Test
    void pages_and_api_answers_carry_a_strict_content_security_policy() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Lockstep");
        for (HttpResponse<String> r : new HttpResponse[] {page, get("/api/stats")}) {
            assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(
                    LockstepServer.CONTENT_SECURITY_POLICY);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void requests_addressed_to_another_host_name_are_refused_against_dns_rebinding() throws IOException {
        try (var socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(("GET /api/stats HTTP/1.1\r\nHost: attacker.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 421").contains("addressed to 127.0.0.1, localhost or [::1]")
                    .doesNotContain("womens_voice");
        }
    }

    @Test
    void cross_site_and_non_json_posts_are_refused() throws Exception {
        HttpResponse<String> crossSite = http.send(HttpRequest.newBuilder(
                        URI.create(server.url()).resolve("/api/detectors/shared-followers/run"))
                .header("Content-Type", "application/json").header("Origin", "https://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(
                        URI.create(server.url()).resolve("/api/detectors/shared-followers/run"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(Json.mapper().readTree(form.body()).get("message").asText()).contains("application/json");
        HttpResponse<String> sameSite = http.send(HttpRequest.newBuilder(
                        URI.create(server.url()).resolve("/api/detectors/shared-followers/run"))
                .header("Content-Type", "application/json").header("Origin", server.url().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString("null")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(sameSite.statusCode()).as("a JSON null body means defaults").isEqualTo(200);
    }

    @Test
    void the_http_port_listens_on_loopback_only() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(ListeningSockets.available(), "needs Linux's /proc/net/tcp");
        assertThat(ListeningSockets.addressesListeningOn(server.port())).isNotEmpty()
                .allMatch(ListeningSockets::isLoopback);
    }

    @Test
    void the_server_refuses_to_listen_beyond_loopback() {
        assertThatThrownBy(() -> new ServerConfig("0.0.0.0", 7070))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Refusing to listen on 0.0.0.0");
        assertThat(server.url()).startsWith("http://127.0.0.1:");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode getJson(String path, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return Json.mapper().readTree(r.body());
    }

    private JsonNode postJson(String path, String body, int status) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.url()).resolve(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return Json.mapper().readTree(r.body());
    }
}
