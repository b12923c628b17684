package org.lockstep.importer.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lockstep.importer.adapter.Samples.path;
import static org.lockstep.importer.adapter.Samples.rejects;
import static org.lockstep.importer.adapter.Samples.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lockstep.importer.ImportException;

class SmmPanelAdapterTest {

    @Test
    void each_service_line_per_1000_becomes_an_offer_of_the_storefront_on_the_day_of_the_sidecar(@TempDir Path work) {
        DatasetWriter out = Samples.translate(SourceFormat.SMM_PANEL, path("smm-panel"), SourceOptions.NONE, work);

        assertThat(rows(work, "offers")).extracting(o -> String.join(" ", o.get("storefront_id"), o.get("service"),
                o.get("target_platform"), o.get("quantity"), o.get("price"), o.get("currency"), o.get("observed_at")))
                .containsExactly(
                        "growfast-panel followers instagram 1000 0.90 USD 2024-05-02T10:00Z",
                        "growfast-panel likes instagram 1000 0.120 USD 2024-05-02T10:00Z",
                        "growfast-panel views instagram 1000 0.0450 USD 2024-05-02T10:00Z",
                        "growfast-panel reports instagram 1000 12.50 USD 2024-05-02T10:00Z",
                        "growfast-panel followers twitter 1000 2.10 USD 2024-05-02T10:00Z",
                        "growfast-panel followers tiktok 1000 1,20 USD 2024-05-02T10:00Z",
                        "growfast-panel comments instagram 1000 9.00 USD 2024-05-02T10:00Z");
        assertThat(rows(work, "vendors")).singleElement().satisfies(v -> assertThat(v)
                .containsEntry("id", "growfast").containsEntry("name", "GrowFast SMM"));
        assertThat(rows(work, "storefronts")).singleElement().satisfies(s -> assertThat(s)
                .containsEntry("id", "growfast-panel").containsEntry("vendor_id", "growfast")
                .containsEntry("kind", "panel_api").containsEntry("url", "https://growfast.example/api/v2")
                .containsEntry("first_seen", "2024-05-02T10:00Z"));
        assertThat(rejects(out)).containsExactly(
                "services.json:3:service: service 102 is a second instagram followers offer per 1000 on this "
                        + "storefront and day, after service 101 at line 2; the graph keeps one offer per storefront,"
                        + " service, platform, quantity and day",
                "services.json:12:service: required but empty: the panel's id of the service");
        assertThat(out.warnings()).singleElement().asString().startsWith("services.json: 3 services sell something")
                .endsWith("services 107, 108, 109");
        assertThat(out.manifest("name")).isEqualTo("smm-panel-growfast-panel-2024-05-02");
    }

    @Test
    void command_line_options_override_the_sidecar(@TempDir Path work) {
        Samples.translate(SourceFormat.SMM_PANEL, path("smm-panel/services.json"),
                new SourceOptions("my-panel", "2024-06-01", "other-panel", null, "EUR"), work);

        assertThat(rows(work, "offers")).first().satisfies(o -> assertThat(o)
                .containsEntry("storefront_id", "other-panel").containsEntry("currency", "EUR")
                .containsEntry("observed_at", "2024-06-01"));
    }

    @Test
    void a_services_response_without_currency_or_day_is_refused_with_the_option_to_give(@TempDir Path dir)
            throws IOException {
        Files.copy(path("smm-panel/services.json"), dir.resolve("services.json"));

        assertThatThrownBy(() -> Samples.translate(SourceFormat.SMM_PANEL, dir,
                new SourceOptions(null, "2024-05-02", "p", null, null), dir.resolve("w")))
                .isInstanceOf(ImportException.class).hasMessageContaining("give --currency USD");
        assertThatThrownBy(() -> Samples.translate(SourceFormat.SMM_PANEL, dir,
                new SourceOptions(null, null, "p", null, "USD"), dir.resolve("w")))
                .isInstanceOf(ImportException.class).hasMessageContaining("give --observed-at 2024-05-02");
        assertThatThrownBy(() -> Samples.translate(SourceFormat.SMM_PANEL, dir,
                new SourceOptions(null, "2024-05-02", null, null, "USD"), dir.resolve("w")))
                .isInstanceOf(ImportException.class).hasMessageContaining("give --storefront ID");
    }

    @ParameterizedTest(name = "{0} / {1} sells {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Instagram Followers [HQ]           | Instagram             | followers instagram
            Followers - Real                   | Instagram Followers   | followers instagram
            Telegram Channel Members           | Telegram              | followers telegram
            YouTube Subscribers                | YouTube               | followers youtube
            IG Reel Views                      | -                     | views instagram
            Likes                              | TikTok Likes          | likes tiktok
            Instagram Comment Likes            | Instagram             | -
            Instagram Followers + Likes        | Instagram             | -
            Spotify Plays                      | Spotify               | -
            Followers                          | Instagram and TikTok  | -
            Instagrammers Followers            | -                     | -
            """)
    void service_and_platform_are_read_from_whole_words_and_never_guessed(String name, String category,
            String expected) {
        ServiceNames.Sold sold = ServiceNames.read(name, category);
        assertThat(sold == null ? null : sold.service() + " " + sold.platform()).isEqualTo(expected);
    }
}
