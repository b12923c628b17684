package org.lockstep.importer.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lockstep.importer.adapter.Samples.path;
import static org.lockstep.importer.adapter.Samples.rejects;
import static org.lockstep.importer.adapter.Samples.row;
import static org.lockstep.importer.adapter.Samples.rows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lockstep.importer.ImportException;

class InstaloaderAdapterTest {

    @Test
    void profiles_from_json_and_json_xz_become_accounts_with_their_counts_and_hostile_text_kept_as_data(
            @TempDir Path work) {
        Samples.translate(SourceFormat.INSTALOADER, path("instaloader"), SourceOptions.NONE, work);

        List<Map<String, String>> accounts = rows(work, "accounts");
        assertThat(accounts).extracting(a -> a.get("handle")).containsExactlyInAnyOrder("bidari_women", "xkqzr8812",
                "mnbtr4410", "hostile_one", "plkm0041", "trvb0042");
        assertThat(row(accounts, "id", "2001")).containsEntry("handle", "bidari_women")
                .containsEntry("display_name", "Bidari Women's Collective")
                .containsEntry("bio", "Women's rights, Tehran.\nبیداری")
                .containsEntry("followers", "70112").containsEntry("following", "301").containsEntry("posts", "512")
                .containsEntry("is_private", "false").containsEntry("is_verified", "false")
                .containsEntry("avatar_url", "https://scontent.example/v/t51/bidari_women_hd.jpg");
        assertThat(row(accounts, "id", "2004")).containsEntry("display_name", "<img src=x onerror=alert(1)>")
                .containsEntry("bio", "\u202eevil bio\r\nsecond line ${jndi:ldap://x}")
                .containsEntry("is_private", "true").doesNotContainKey("avatar_file");
        assertThat(row(accounts, "id", "2007")).containsEntry("followers", "-1");
    }

    @Test
    void the_newest_profile_picture_beside_the_metadata_is_copied_for_hashing(@TempDir Path work) throws IOException {
        Samples.translate(SourceFormat.INSTALOADER, path("instaloader"), SourceOptions.NONE, work);

        List<Map<String, String>> accounts = rows(work, "accounts");
        String newest = "bidari_women/2024-04-01_10-00-00_UTC_profile_pic.jpg";
        assertThat(row(accounts, "id", "2001")).containsEntry("avatar_file", newest);
        assertThat(work.resolve(newest)).hasSameBinaryContentAs(path("instaloader").resolve(newest));
        assertThat(work.resolve("bidari_women/2019-01-01_00-00-00_UTC_profile_pic.jpg")).doesNotExist();
        assertThat(row(accounts, "id", "2002")).containsEntry("avatar_file",
                "xkqzr8812/2024-04-10_08-00-00_UTC_profile_pic.jpg");
        // The flat layout: two profiles in one folder, each picture named after its username.
        assertThat(row(accounts, "id", "2006")).containsEntry("avatar_file",
                "flat/plkm0041_2024-04-10_08-02-00_UTC_profile_pic.jpg");
        assertThat(row(accounts, "id", "2007")).doesNotContainKey("avatar_file");
        assertThat(Files.readAllBytes(work.resolve("flat/plkm0041_2024-04-10_08-02-00_UTC_profile_pic.jpg")))
                .isEqualTo(Files.readAllBytes(work.resolve("xkqzr8812/2024-04-10_08-00-00_UTC_profile_pic.jpg")));
    }

    @Test
    void a_follower_list_gives_follows_of_unknown_time_and_names_each_unusable_line(@TempDir Path work) {
        DatasetWriter out = Samples.translate(SourceFormat.INSTALOADER, path("instaloader"),
                new SourceOptions(null, "2024-05-02", null, null, null), work);

        assertThat(rows(work, "follows")).extracting(f -> f.get("follower_id") + ">" + f.get("target_id")
                + "@" + f.get("observed_at")).containsExactly("2002>2001@2024-05-02", "2003>2001@2024-05-02",
                "2004>2001@2024-05-02", "2006>2001@2024-05-02", "2007>2001@2024-05-02");
        assertThat(rows(work, "follows")).allSatisfy(f -> assertThat(f).doesNotContainKey("followed_at"));
        assertThat(rejects(out)).containsExactly(
                "broken_id/broken_id_2005.json:1:node.id: must be the account's numeric id as digits, not '20o5'",
                "followers_of_bidari_women.txt:8:username: no profile metadata for unknown_user99 in this import, so"
                        + " its Instagram id is unknown: download its profile (instaloader --no-posts unknown_user99)"
                        + " into this folder",
                "followers_of_bidari_women.txt:9:username: is not an Instagram username (letters, digits, . and _,"
                        + " at most 30): 'bad name!'",
                "followers_of_bidari_women.txt:10:username: no profile metadata for broken_id in this import, so its"
                        + " Instagram id is unknown: download its profile (instaloader --no-posts broken_id) into"
                        + " this folder");
        assertThat(out.toSource(new org.lockstep.importer.Reject("follows.jsonl", 5, "follower_id",
                "no account 2007 in this dataset or the graph: add it to accounts")).toString())
                .startsWith("followers_of_bidari_women.txt:6:username: no account 2007");
    }

    @Test
    void a_folder_without_profile_metadata_is_refused_with_what_to_download(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("followers_of_someone.txt"), "a\nb\n");

        assertThatThrownBy(() -> Samples.translate(SourceFormat.INSTALOADER, dir, SourceOptions.NONE,
                dir.resolve("work"))).isInstanceOf(ImportException.class)
                .hasMessageContaining("holds no Instaloader profile metadata");
    }
}
