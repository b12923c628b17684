package org.lockstep.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated dataset keeps the contract of import-format.md, so the importer and outside tools can read it. */
class DatasetFormatTest {
    @TempDir
    static Path out;
    static GeneratedScenario scenario;

    @BeforeAll
    static void generate() throws IOException {
        scenario = GeneratedScenario.generate(7, Scale.SMALL, out);
    }

    /** Per file of import-format.md: the required columns, then the optional ones. */
    static Stream<Arguments> contract() {
        return Stream.of(
                Arguments.of("accounts", "id", "handle display_name bio created_at posts followers following "
                        + "is_private is_verified avatar_file avatar_sha256 avatar_phash avatar_url observed_at"),
                Arguments.of("follows", "follower_id target_id", "followed_at unfollowed_at observed_at"),
                Arguments.of("follower_counts", "account_id observed_at followers", "following"),
                Arguments.of("posts", "id account_id", "created_at url text"),
                Arguments.of("reports", "reporter_id post_id reported_at", "reason"),
                Arguments.of("vendors", "id name", "website country notes"),
                Arguments.of("storefronts", "id vendor_id url", "kind first_seen last_seen"),
                Arguments.of("offers", "storefront_id service target_platform quantity price currency observed_at",
                        ""),
                Arguments.of("purchases", "id storefront_id service quantity placed_at honeypot_id",
                        "price currency"),
                Arguments.of("deliveries", "purchase_id account_id", "delivered_at"));
    }

    @ParameterizedTest(name = "{0}.csv has only contract columns and all required ones")
    @MethodSource("contract")
    void everyFileHasOnlyContractColumnsAndAllRequiredOnes(String file, String required, String optional)
            throws IOException {
        List<String> header = scenario.header(file);
        assertThat(header).containsAll(List.of(required.split(" ")))
                .isSubsetOf(List.of((required + " " + optional).trim().split(" ")));
        assertThat(scenario.rows(file)).isNotEmpty();
        for (Map<String, String> row : scenario.rows(file)) {
            for (String column : required.split(" ")) {
                assertThat(row.get(column)).as("%s.%s", file, column).isNotBlank();
            }
        }
    }

    @Test
    void aSmallScenarioHoldsAboutFiveThousandAccountsAndFiftyThousandFollows() throws IOException {
        assertThat(scenario.rows("accounts")).hasSizeBetween(4_500, 5_500);
        assertThat(scenario.rows("follows")).hasSizeBetween(40_000, 60_000);
        assertThat(scenario.summary.follows()).isEqualTo(scenario.rows("follows").size());
        assertThat(scenario.summary.accounts()).isEqualTo(scenario.rows("accounts").size());
        assertThat(scenario.summary.campaigns()).isEqualTo(7);
    }

    @Test
    void accountAndPostIdsAreUniqueStringsOfDigitsAndHandlesAreUnique() throws IOException {
        assertThat(scenario.byKey("accounts", "id").keySet()).allMatch(id -> id.matches("[1-9][0-9]{5,18}"));
        assertThat(scenario.byKey("posts", "id").keySet()).allMatch(id -> id.matches("[1-9][0-9]{5,18}"));
        assertThat(scenario.byKey("accounts", "handle")).hasSize(scenario.rows("accounts").size());
    }

    @Test
    void everyIdThatOneFileGivesResolvesInTheFileItNames() throws IOException {
        Set<String> accounts = scenario.byKey("accounts", "id").keySet();
        Set<String> posts = scenario.byKey("posts", "id").keySet();
        Set<String> purchases = scenario.byKey("purchases", "id").keySet();
        Set<String> storefronts = scenario.byKey("storefronts", "id").keySet();
        Set<String> vendors = scenario.byKey("vendors", "id").keySet();
        assertThat(column("follows", "follower_id")).isSubsetOf(accounts);
        assertThat(column("follows", "target_id")).isSubsetOf(accounts);
        assertThat(column("follower_counts", "account_id")).isSubsetOf(accounts);
        assertThat(column("posts", "account_id")).isSubsetOf(accounts);
        assertThat(column("reports", "reporter_id")).isSubsetOf(accounts);
        assertThat(column("reports", "post_id")).isSubsetOf(posts);
        assertThat(column("deliveries", "purchase_id")).isSubsetOf(purchases);
        assertThat(column("deliveries", "account_id")).isSubsetOf(accounts);
        assertThat(column("purchases", "honeypot_id")).isSubsetOf(accounts);
        assertThat(column("purchases", "storefront_id")).isSubsetOf(storefronts);
        assertThat(column("offers", "storefront_id")).isSubsetOf(storefronts);
        assertThat(column("storefronts", "vendor_id")).isSubsetOf(vendors);
        Set<String> avatars = column("accounts", "avatar_file");
        avatars.remove("");
        assertThat(avatars).isNotEmpty().allMatch(f -> f.matches("avatars/[0-9a-f]+\\.(png|jpg)")
                && Files.isRegularFile(scenario.dataset.resolve(f)));
    }

    @Test
    void everyTimeIsUtcToTheSecondAndBeforeCollection() throws IOException {
        String[][] columns = {
            {"accounts", "created_at"}, {"accounts", "observed_at"}, {"follows", "followed_at"},
            {"follows", "unfollowed_at"}, {"posts", "created_at"}, {"reports", "reported_at"},
            {"deliveries", "delivered_at"}, {"purchases", "placed_at"}, {"offers", "observed_at"},
            {"follower_counts", "observed_at"}};
        for (String[] c : columns) {
            Set<String> values = column(c[0], c[1]);
            values.remove("");
            assertThat(values).as("%s.%s", c[0], c[1]).isNotEmpty()
                    .allMatch(t -> t.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"))
                    .allMatch(t -> t.compareTo("2024-05-20T00:00:00Z") <= 0);
        }
    }

    @Test
    void theManifestNamesTheScenarioAndItsPlatform() throws IOException {
        JsonNode manifest = new ObjectMapper()
                .readTree(scenario.dataset.resolve("manifest.json").toFile());
        assertThat(manifest.get("name").asText()).isEqualTo("lockstep-demo-small-seed7");
        assertThat(manifest.get("platform").asText()).isEqualTo("instagram");
        assertThat(manifest.get("collected_at").asText()).isEqualTo("2024-05-20T00:00:00Z");
        assertThat(manifest.get("source").asText()).isEqualTo("lockstep generate");
        assertThat(scenario.dataset.resolve("ground-truth.json")).doesNotExist();
        assertThat(scenario.out.resolve("ground-truth-accounts.csv")).isRegularFile();
    }

    @Test
    void refusesToWriteIntoADatasetFolderThatAlreadyHoldsFiles() {
        assertThatThrownBy(() -> ScenarioGenerator.generate(new GeneratorConfig(8, Scale.SMALL, out), n -> { }))
                .isInstanceOf(DirectoryNotEmptyException.class)
                .hasMessageContaining("already holds files");
    }

    private static Set<String> column(String file, String name) throws IOException {
        Set<String> values = new HashSet<>();
        for (Map<String, String> row : scenario.rows(file)) {
            values.add(row.get(name));
        }
        return values;
    }
}
