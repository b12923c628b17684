package org.lockstep.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lockstep.testing.Neo4jExtension;
import org.neo4j.driver.Driver;

@ExtendWith(Neo4jExtension.class)
class DatasetImporterIT {
    private static final String MANIFEST = """
            {"name": "fixture", "platform": "instagram", "collected_at": "2024-05-02T10:00:00Z"}
            """;
    private static final String ACCOUNTS = """
            id,handle,display_name,created_at,posts,followers,observed_at,mood
            1,target_org,"Women's Voice, Tehran",2015-03-01,120,27000,2024-05-01T00:00:00Z,happy
            2,xkcdvbnm8273,"<img src=x onerror=alert(1)>",2024-04-10T08:00:00Z,0,0,2024-05-01T00:00:00Z,
            3,@qzrtplk91,,2024-04-10T09:30:00+03:30,0,0,2024-05-01T00:00:00Z,
            4,broken_count,,2024-04-10,-5,0,,
            ,no_id,,,,,,
            5,bad_time,,yesterday,,,,
            """;
    private static final String FOLLOWS = """
            follower_id,target_id,followed_at,unfollowed_at
            2,1,2024-04-14T09:00:00Z,
            3,1,2024-04-14T09:00:30Z,2024-04-20T00:00:00Z
            3,1,2024-04-22T10:00:00Z,
            99,1,2024-04-14T09:01:00Z,
            2,1,2024-04-15T00:00:00Z,2024-04-14T00:00:00Z
            2,2,2024-04-14T09:00:00Z,
            """;

    private final DatasetImporter importer;

    DatasetImporterIT(Driver driver) {
        this.importer = new DatasetImporter(driver, 2);
    }

    private static Path dataset(Path dir, String accounts, String follows) throws IOException {
        Files.writeString(dir.resolve("manifest.json"), MANIFEST);
        Files.writeString(dir.resolve("accounts.csv"), accounts);
        if (follows != null) {
            Files.writeString(dir.resolve("follows.csv"), follows);
        }
        return dir;
    }

    @Test
    void good_rows_load_and_every_bad_row_is_listed_by_file_line_and_field(@TempDir Path dir, Driver driver)
            throws IOException {
        ImportSummary s = importer.importDataset(dataset(dir, ACCOUNTS, FOLLOWS), ImportListener.NONE);

        assertThat(s.rejects()).extracting(Reject::toString).containsExactlyInAnyOrder(
                "accounts.csv:5:posts: must be a whole number >= 0, not -5",
                "accounts.csv:6:id: required but empty",
                "accounts.csv:7:created_at: must be an ISO-8601 time such as 2024-05-02 or 2024-05-02T10:15:00Z,"
                        + " not 'yesterday'",
                "follows.csv:5:follower_id: no account 99 in this dataset or the graph: add it to accounts",
                "follows.csv:6:unfollowed_at: is before followed_at: an unfollow ends an episode that began earlier",
                "follows.csv:7:target_id: an account cannot follow itself (2)");
        assertThat(s.files()).containsExactly(new FileCount("accounts.csv", 6, 3, 3),
                new FileCount("follows.csv", 6, 3, 3));
        assertThat(s.warnings()).containsExactly("accounts.csv: unknown columns [mood] are not imported");
        assertThat(count(driver, "MATCH (a:Account) RETURN count(a)")).isEqualTo(3);
        assertThat(count(driver, "MATCH ()-[f:FOLLOWS]->() RETURN count(f)")).isEqualTo(3);
    }

    @Test
    void values_keep_their_meaning_handles_lose_the_at_and_day_precision_is_kept(@TempDir Path dir, Driver driver)
            throws IOException {
        importer.importDataset(dataset(dir, ACCOUNTS, FOLLOWS), ImportListener.NONE);

        var hostile = driver.executableQuery("MATCH (a:Account {id: '2'}) RETURN a.display_name AS n").execute()
                .records().getFirst();
        assertThat(hostile.get("n").asString()).isEqualTo("<img src=x onerror=alert(1)>");
        var target = driver.executableQuery("MATCH (a:Account {id: '1'}) RETURN a.created_at AS c, "
                + "a.created_precision AS p, a.datasets AS d").execute().records().getFirst();
        assertThat(target.get("c").asOffsetDateTime().toString()).isEqualTo("2015-03-01T00:00Z");
        assertThat(target.get("p").asString()).isEqualTo("day");
        assertThat(target.get("d").asList()).containsExactly("fixture");
        var tehran = driver.executableQuery("MATCH (a:Account {id: '3'}) RETURN a.handle AS h, a.created_at AS c")
                .execute().records().getFirst();
        assertThat(tehran.get("h").asString()).isEqualTo("qzrtplk91");
        assertThat(tehran.get("c").asOffsetDateTime().toString()).isEqualTo("2024-04-10T06:00Z");
        assertThat(count(driver, "MATCH (:Account {id: '3'})-[f:FOLLOWS]->() RETURN count(f)"))
                .as("follow, unfollow and follow again are two episodes").isEqualTo(2);
    }

    @Test
    void importing_the_same_dataset_twice_changes_nothing(@TempDir Path dir, Driver driver) throws IOException {
        Path ds = dataset(dir, ACCOUNTS, FOLLOWS);
        importer.importDataset(ds, ImportListener.NONE);
        String before = snapshot(driver);
        importer.importDataset(ds, ImportListener.NONE);
        assertThat(snapshot(driver)).isEqualTo(before);
    }

    @Test
    void a_later_observation_updates_counts_and_an_empty_field_erases_nothing(@TempDir Path dir, Driver driver)
            throws IOException {
        importer.importDataset(dataset(dir, ACCOUNTS, null), ImportListener.NONE);
        Files.writeString(dir.resolve("accounts.csv"), """
                id,followers,display_name,observed_at
                1,70000,,2024-05-02T00:00:00Z
                """);
        importer.importDataset(dir, ImportListener.NONE);
        Files.writeString(dir.resolve("accounts.csv"), """
                id,followers,observed_at
                1,100,2024-01-01T00:00:00Z
                """);
        importer.importDataset(dir, ImportListener.NONE);
        var r = driver.executableQuery("MATCH (a:Account {id: '1'}) RETURN a.followers AS f, a.display_name AS n")
                .execute().records().getFirst();
        assertThat(r.get("f").asLong()).as("an older observation does not win").isEqualTo(70000);
        assertThat(r.get("n").asString()).isEqualTo("Women's Voice, Tehran");
    }

    @Test
    void jsonl_files_load_like_csv(@TempDir Path dir, Driver driver) throws IOException {
        Files.writeString(dir.resolve("manifest.json"), MANIFEST);
        Files.writeString(dir.resolve("accounts.jsonl"), """
                {"id": "1", "handle": "target_org", "followers": 27000}
                {"id": 2, "handle": "bot", "is_private": true}
                not json at all
                """);
        Files.writeString(dir.resolve("follows.jsonl"), """
                {"follower_id": "2", "target_id": "1", "followed_at": "2024-04-14T09:00:00Z"}
                """);
        ImportSummary s = importer.importDataset(dir, ImportListener.NONE);
        assertThat(s.rejects()).extracting(Reject::file, Reject::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("accounts.jsonl", 3L));
        assertThat(count(driver, "MATCH (:Account {id: '2'})-[:FOLLOWS]->(:Account {id: '1'}) RETURN count(*)"))
                .isEqualTo(1);
    }

    @Test
    void an_unparseable_file_stops_the_import_with_its_line(@TempDir Path dir) throws IOException {
        dataset(dir, "id,handle\n1,ok\n2,\"never closed\n3,x\n", null);
        assertThatThrownBy(() -> importer.importDataset(dir, ImportListener.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("accounts.csv:3")
                .hasMessageContaining("unclosed quote");
    }

    @Test
    void a_failed_import_is_recorded_as_failed_on_its_dataset(@TempDir Path dir, Driver driver) throws IOException {
        dataset(dir, "id,handle\n1,ok\n2,\"never closed\n3,x\n", null);
        assertThatThrownBy(() -> importer.importDataset(dir, ImportListener.NONE)).isInstanceOf(ImportException.class);
        assertThat(driver.executableQuery("MATCH (d:Dataset {name: 'fixture'}) RETURN d.status AS s").execute()
                .records().getFirst().get("s").asString()).isEqualTo("failed");
    }

    @Test
    void blank_lines_a_byte_order_mark_and_repeated_columns_are_handled_with_exact_lines(@TempDir Path dir)
            throws IOException {
        dataset(dir, "\uFEFFid,handle,posts\n1,a,1\n\n2,b,many\n", null);
        ImportSummary s = importer.importDataset(dir, ImportListener.NONE);
        assertThat(s.rejects()).extracting(Reject::toString)
                .containsExactly("accounts.csv:4:posts: must be a whole number >= 0, not 'many'");
        assertThat(s.warnings()).isEmpty();
        Files.writeString(dir.resolve("accounts.csv"), "id,handle,id\n1,a,2\n");
        assertThatThrownBy(() -> importer.importDataset(dir, ImportListener.NONE))
                .isInstanceOf(ImportException.class).hasMessageContaining("cannot read the header");
    }

    @Test
    void binary_garbage_is_a_clear_error_not_a_crash(@TempDir Path dir) throws IOException {
        dataset(dir, "id,handle\n", null);
        Files.write(dir.resolve("accounts.csv"), new byte[] {'i', 'd', '\n', (byte) 0xC3, (byte) 0x28, 0, 1, 2});
        assertThatThrownBy(() -> importer.importDataset(dir, ImportListener.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void a_folder_without_a_manifest_says_what_is_missing(@TempDir Path dir) {
        assertThatThrownBy(() -> importer.importDataset(dir, ImportListener.NONE))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("no manifest.json");
    }

    @Test
    void files_outside_the_format_are_named_in_a_warning_and_every_format_file_loads(@TempDir Path dir)
            throws IOException {
        dataset(dir, "id\n1\n", null);
        Files.writeString(dir.resolve("posts.csv"), "id,account_id\np1,1\n");
        Files.writeString(dir.resolve("notes.txt"), "hello");
        Files.writeString(dir.resolve("posts"), "no extension");
        ImportSummary s = importer.importDataset(dir, ImportListener.NONE);
        assertThat(s.warnings()).containsExactly(
                "notes.txt: not a file of the dataset format; ignored",
                "posts: not a file of the dataset format; ignored");
        assertThat(s.files()).extracting(FileCount::file).containsExactly("accounts.csv", "posts.csv");
    }

    private static long count(Driver driver, String query) {
        return driver.executableQuery(query).execute().records().getFirst().get(0).asLong();
    }

    private static String snapshot(Driver driver) {
        return driver.executableQuery("""
                MATCH (a:Account) OPTIONAL MATCH (a)-[f:FOLLOWS]->(t)
                WITH a, f, t ORDER BY a.id, t.id, f.episode
                RETURN collect([a.id, properties(a), t.id, properties(f)]) AS all
                """).execute().records().getFirst().get("all").toString() + Map.of();
    }
}
