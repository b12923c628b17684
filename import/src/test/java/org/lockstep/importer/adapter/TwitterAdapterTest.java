package org.lockstep.importer.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lockstep.importer.adapter.Samples.path;
import static org.lockstep.importer.adapter.Samples.rejects;
import static org.lockstep.importer.adapter.Samples.row;
import static org.lockstep.importer.adapter.Samples.rows;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockstep.importer.ImportException;

class TwitterAdapterTest {

    @Test
    void v1_user_objects_become_accounts_with_iso_times_and_their_bad_rows_are_named_by_source_line(
            @TempDir Path work) {
        DatasetWriter out = Samples.translate(SourceFormat.TWITTER_V1, path("twitter-v1"),
                new SourceOptions(null, "2024-05-02T10:00:00Z", null, null, null), work);

        List<Map<String, String>> accounts = rows(work, "accounts");
        assertThat(accounts).extracting(a -> a.get("id"))
                .containsExactly("1001", "1002", "1003", "1004", "1007", "1008", "1009");
        Map<String, String> target = row(accounts, "id", "1001");
        assertThat(target).containsEntry("handle", "bidari_women")
                .containsEntry("display_name", "Bidari Women's Collective")
                .containsEntry("bio", "Women's rights, Tehran. بیداری")
                .containsEntry("created_at", "2011-03-08T10:20Z")
                .containsEntry("followers", "27000").containsEntry("following", "310").containsEntry("posts", "1204")
                .containsEntry("is_verified", "true").containsEntry("is_private", "false")
                .containsEntry("avatar_url", "https://pbs.example/profile_images/1001/a_normal.jpg")
                .containsEntry("observed_at", "2024-05-02T10:00Z");
        assertThat(row(accounts, "id", "1002")).containsEntry("display_name", "<img src=x onerror=alert(1)>");
        assertThat(row(accounts, "id", "1007")).containsEntry("is_private", "true");
        assertThat(rejects(out)).containsExactly(
                "users.json:33:created_at: must be a time such as Tue Mar 08 10:20:00 +0000 2011, not 'yesterday'",
                "users.json:34:id_str: required but empty");
    }

    @Test
    void v1_edge_lists_give_follows_of_unknown_time_from_source_to_target(@TempDir Path work) {
        Samples.translate(SourceFormat.TWITTER_V1, path("twitter-v1"), SourceOptions.NONE, work);

        List<Map<String, String>> follows = rows(work, "follows");
        assertThat(follows).extracting(f -> f.get("follower_id") + ">" + f.get("target_id")).containsExactly(
                "1002>1001", "1003>1001", "1004>1001", "1007>1001", "9999>1001", "1009>1009", "1002>1001",
                "1008>1001", "1008>1009");
        assertThat(follows).allSatisfy(f -> assertThat(f).doesNotContainKeys("followed_at", "observed_at"));
    }

    @Test
    void a_research_csv_flattening_keeps_multi_line_bios_reads_1_and_0_and_the_crawl_time(@TempDir Path work) {
        DatasetWriter out = Samples.translate(SourceFormat.TWITTER_V1, path("twitter-v1-csv"), SourceOptions.NONE,
                work);

        List<Map<String, String>> accounts = rows(work, "accounts");
        assertThat(row(accounts, "id", "3001")).containsEntry("bio", "Line one of a bio\nline two, with a comma")
                .containsEntry("is_verified", "true").containsEntry("is_private", "false")
                .containsEntry("created_at", "2010-11-05T12:00Z").containsEntry("observed_at", "2015-02-14T10:54:49Z")
                .containsEntry("avatar_url", "http://a0.example/3001.png");
        assertThat(row(accounts, "id", "3002")).containsEntry("display_name", "<script>alert('x')</script>");
        assertThat(rejects(out)).containsExactly(
                "users.csv:6:id: must be the account's numeric id as digits, not '1.2e+18'",
                "users.csv:7:verified: must be true or false, not 'maybe'",
                "users.csv:8: the row has 6 fields where the header names 13");
        assertThat(rows(work, "follows")).extracting(f -> f.get("follower_id") + ">" + f.get("target_id"))
                .containsExactly("3002>3001", "3003>3001", "3005>3001", "3002>3003");
    }

    @Test
    void v2_objects_and_pages_become_accounts_and_a_broken_json_line_is_only_a_reject(@TempDir Path work) {
        DatasetWriter out = Samples.translate(SourceFormat.TWITTER_V2, path("twitter-v2"), SourceOptions.NONE, work);

        List<Map<String, String>> accounts = rows(work, "accounts");
        assertThat(accounts).extracting(a -> a.get("id")).containsExactly("4001", "4002", "4003", "4004", "4006",
                "4008");
        assertThat(row(accounts, "id", "4001")).containsEntry("handle", "bidari_women")
                .containsEntry("followers", "70112").containsEntry("following", "310").containsEntry("posts", "1204")
                .containsEntry("created_at", "2011-03-08T10:20Z")
                .containsEntry("avatar_url", "https://pbs.example/4001_normal.jpg");
        assertThat(row(accounts, "id", "4004")).containsEntry("created_at", "2024-04-10T08:00:19Z");
        assertThat(row(accounts, "id", "4006")).containsEntry("followers", "many");
        assertThat(rejects(out)).hasSize(2).first().asString().startsWith("users.jsonl:4: the line is not a JSON");
        assertThat(rejects(out).get(1)).isEqualTo("users.jsonl:6:created_at: must be an ISO-8601 time such as "
                + "2024-05-02 or 2024-05-02T10:15:00Z, not 'last week'");
        assertThat(out.warnings()).isEmpty();
    }

    @Test
    void a_translated_reject_maps_back_to_the_source_line_and_field(@TempDir Path work) {
        DatasetWriter out = Samples.translate(SourceFormat.TWITTER_V2, path("twitter-v2"), SourceOptions.NONE, work);

        // accounts.jsonl line 5 is user 4006 (source line 5); the importer would refuse its followers count.
        assertThat(out.toSource(new org.lockstep.importer.Reject("accounts.jsonl", 5, "followers",
                "must be a whole number >= 0, not 'many'")).toString())
                .isEqualTo("users.jsonl:5:public_metrics.followers_count: must be a whole number >= 0, not 'many'");
        assertThat(out.toSource(new org.lockstep.importer.Reject("accounts.jsonl", 4, "id",
                "id 4004 first seen at line 3 with other values")).toString())
                .isEqualTo("users.jsonl:3:id: id 4004 first seen at users.jsonl:3 with other values");
        assertThat(out.toSource(new org.lockstep.importer.Reject("follows.jsonl", 5, "follower_id",
                "no account 4010 in this dataset or the graph: add it to accounts")).toString())
                .isEqualTo("following.csv:6:follower_id: no account 4010 in this dataset or the graph: add it to"
                        + " accounts");
    }

    @Test
    void an_unclosed_quote_in_a_csv_stops_at_its_line_before_the_record_fills_memory(@TempDir Path dir)
            throws IOException {
        Path users = dir.resolve("users.csv");
        try (Writer w = Files.newBufferedWriter(users)) {
            w.write("id,screen_name,description\n1,ok,fine\n2,open,\"never closed\n");
            String line = "x".repeat(1023) + "\n";
            for (int i = 0; i < 17 * 1024; i++) {
                w.write(line);
            }
        }

        assertThatThrownBy(() -> Samples.translate(SourceFormat.TWITTER_V1, users, SourceOptions.NONE,
                dir.resolve("work"))).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("users.csv:3: a record longer than 16777216 characters");
    }
}
