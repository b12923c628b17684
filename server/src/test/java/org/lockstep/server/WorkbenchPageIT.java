package org.lockstep.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lockstep.generate.DetectionScore;
import org.lockstep.generate.GenerationSummary;
import org.lockstep.generate.GeneratorConfig;
import org.lockstep.generate.Scale;
import org.lockstep.generate.ScenarioGenerator;
import org.lockstep.importer.DatasetImporter;
import org.lockstep.importer.ImportListener;
import org.lockstep.store.GraphStore;
import org.lockstep.testing.Neo4jExtension;

/**
 * The workbench page as an investigator meets it, in Debian's Chromium: the demo scenario imported, the page opened,
 * the planted flood shown as the top cluster with its graph, and attacker-written text rendered as text.
 */
@ExtendWith(Neo4jExtension.class)
class WorkbenchPageIT {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static Browser launch(Playwright playwright) {
        assertThat(Path.of("/usr/bin/chromium")).as("browser tests need Debian's Chromium: apt-get install -y chromium")
                .exists();
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @Test
    void the_page_shows_counts_the_planted_flood_as_top_cluster_and_its_graph(@TempDir Path dir, GraphStore store)
            throws Exception {
        GenerationSummary generated = ScenarioGenerator.generate(new GeneratorConfig(42, Scale.SMALL, dir), n -> { });
        new DatasetImporter(store.driver(), 5000).importDataset(generated.datasetDir(), ImportListener.NONE);
        // An attacker-written display name on the largest cluster's first member: it must show as text.
        String hostile = "<img src=x onerror=\"document.body.dataset.pwned='yes'\">";
        JsonNode expected;
        try (LockstepServer server = LockstepServer.start(store, new ServerConfig("127.0.0.1", 0))) {
            expected = runDetector(server);
            Set<String> topMembers = new HashSet<>();
            expected.at("/findings/0/members").forEach(m -> topMembers.add(m.get("id").asText()));
            DetectionScore topScore = DetectionScore.of(dir, topMembers);
            assertThat(topScore.precision()).as("the top cluster is a planted flood: " + topScore).isEqualTo(1.0);
            assertThat(topScore.botsFound()).isEqualTo(topMembers.size());
            String firstMember = expected.at("/findings/0/members/0/id").asText();
            store.driver().executableQuery("MATCH (a:Account {id: $id}) SET a.display_name = $name")
                    .withParameters(Map.of("id", firstMember, "name", hostile)).execute();

            try (Playwright playwright = Playwright.create(); Browser browser = launch(playwright)) {
                Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
                List<String> dialogs = new ArrayList<>();
                List<String> consoleErrors = new ArrayList<>();
                page.onDialog(d -> {
                    dialogs.add(d.message());
                    d.dismiss();
                });
                page.onConsoleMessage(m -> {
                    if (m.type().equals("error")) {
                        consoleErrors.add(m.text());
                    }
                });
                page.navigate(server.url());
                page.waitForSelector("body[data-state=ready]");

                assertThat(page.locator("#node-counts").innerText()).contains("Account")
                        .contains(String.format(Locale.US, "%,d", generated.accounts()));
                assertThat(page.locator("#datasets").innerText()).contains("lockstep-demo-small-seed42");

                Locator rows = page.locator("#clusters tbody tr[data-finding-id]");
                assertThat(rows.count()).isEqualTo(expected.get("findings").size());
                Locator top = rows.first();
                assertThat(top.getAttribute("data-finding-id")).isEqualTo(expected.at("/findings/0/id").asText());
                assertThat(top.innerText()).contains(String.format(Locale.US, "%,d", expected.at("/findings/0/size").asLong()));
                for (JsonNode target : expected.at("/findings/0/targets")) {
                    assertThat(top.innerText()).contains(target.get("handle").asText());
                }
                long total = expected.at("/findings/0/membersTotal").asLong();
                assertThat(page.locator("#graph-caption").innerText())
                        .isEqualTo("showing " + Math.min(200, total) + " of " + String.format(Locale.US, "%,d", total)
                                + " accounts");
                assertThat(page.locator("#cluster-graph canvas").count()).isPositive();

                assertThat(page.locator("#members").innerText()).contains(hostile);
                assertThat(page.locator("#members img").count()).isZero();

                // Campaigns: none stored yet; Detect all builds the planted floods and the farm, and explains each.
                assertThat(page.locator("#campaigns-empty").isVisible()).isTrue();
                page.locator("#detect-all").click();
                page.waitForSelector("#campaign-members tbody tr", new Page.WaitForSelectorOptions().setTimeout(120_000));
                page.waitForSelector("body[data-state=ready]");
                assertThat(page.locator("#campaigns tbody tr[data-campaign-id]").count()).isEqualTo(7);
                assertThat(page.locator("#campaigns tbody tr.selected").innerText()).contains("lockstep");
                assertThat(page.locator("#campaign-evidence li").count()).isPositive();
                assertThat(page.locator("#campaign-members").innerText()).contains("bursts as").contains("others");
                assertThat(page.locator("#campaign-members img").count()).isZero();
                assertThat(page.evaluate("document.body.dataset.pwned")).isNull();
                assertThat(dialogs).isEmpty();
                assertThat(consoleErrors).as("console errors (CSP violations show up here)").isEmpty();

                Files.createDirectories(SCREENSHOTS);
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("workbench.png"))
                        .setFullPage(true));
            }
        }
    }

    private static JsonNode runDetector(LockstepServer server) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.url() + "api/detectors/shared-followers/run"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode run = Json.mapper().readTree(r.body());
        assertThat(run.get("findings").size()).as("the planted floods are found").isPositive();
        return run;
    }
}
