package org.lockstep.importer.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lockstep.importer.adapter.Samples.path;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.lockstep.importer.ImportException;

class FormatDetectorTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            twitter-v1,                               twitter-v1
            twitter-v1/users.json,                    twitter-v1
            twitter-v1-csv,                           twitter-v1
            twitter-v2,                               twitter-v2
            twitter-v2/users.jsonl,                   twitter-v2
            instaloader,                              instaloader
            instaloader/bidari_women,                 instaloader
            instaloader/bidari_women/bidari_women_2001.json.xz, instaloader
            instaloader/followers_of_bidari_women.txt, instaloader
            smm-panel,                                smm-panel
            smm-panel/services.json,                  smm-panel
            """)
    void every_sample_is_recognised(String sample, String format) {
        assertThat(FormatDetector.detect(path(sample)).id()).isEqualTo(format);
    }

    @Test
    void a_lockstep_dataset_is_recognised_by_its_manifest_or_as_a_zip(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{\"name\": \"x\", \"platform\": \"instagram\"}");
        Files.writeString(dir.resolve("x.zip"), "");

        assertThat(FormatDetector.detect(dir)).isEqualTo(SourceFormat.LOCKSTEP);
        assertThat(FormatDetector.detect(dir.resolve("x.zip"))).isEqualTo(SourceFormat.LOCKSTEP);
    }

    @Test
    void a_folder_of_two_formats_is_ambiguous_and_the_error_names_the_files_of_each(@TempDir Path dir)
            throws IOException {
        Files.copy(path("twitter-v1/users.json"), dir.resolve("users.json"));
        Files.copy(path("twitter-v2/users.jsonl"), dir.resolve("users-v2.jsonl"));
        Files.copy(path("twitter-v1/followers.csv"), dir.resolve("followers.csv"));

        assertThatThrownBy(() -> FormatDetector.detect(dir)).isInstanceOf(ImportException.class)
                .hasMessageContaining("holds files of several formats: twitter-v1 (users.json), twitter-v2 "
                        + "(users-v2.jsonl)")
                .hasMessageContaining("--format twitter-v1|twitter-v2|instaloader|smm-panel|lockstep");
    }

    @Test
    void a_folder_in_no_known_format_is_unknown_and_the_error_lists_the_formats(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "nothing here");
        Files.writeString(dir.resolve("data.json"), "{\"something\": \"else\"}");
        Files.copy(path("twitter-v1/followers.csv"), dir.resolve("edges.csv"));

        assertThatThrownBy(() -> FormatDetector.detect(dir)).isInstanceOf(ImportException.class)
                .hasMessageContaining("cannot tell its format")
                .hasMessageContaining("twitter-v1: Twitter API v1.1 user objects")
                .hasMessageContaining("instaloader: Instaloader profile folders")
                .hasMessageContaining("smm-panel: an SMM panel's API v2 services response")
                .hasMessageContaining("lockstep: a Lockstep dataset folder");
    }

    @Test
    void a_missing_path_is_named() {
        assertThatThrownBy(() -> FormatDetector.detect(Path.of("/no/such/source")))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("not a folder or a file: nothing is at this path");
    }
}
