package org.lockstep.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zip guards, on archives made to break them; limits are lowered so the tests stay small and fast. */
class ZipDatasetTest {
    private static final byte[] MANIFEST = "{\"name\": \"z\", \"platform\": \"instagram\"}"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] ACCOUNTS = "id\n1\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void the_default_limits_are_the_documented_ones() {
        assertThat(ZipDataset.Limits.DEFAULT).isEqualTo(new ZipDataset.Limits(100_000, 20L << 30, 200, 10L << 20));
    }

    @Test
    void files_at_the_root_or_inside_one_top_folder_are_found_and_the_temporary_copy_is_deleted()
            throws IOException {
        Path root = zip("root.zip", Map.of("manifest.json", MANIFEST, "accounts.csv", ACCOUNTS));
        Path nested = zip("nested.zip", Map.of("export-2024/manifest.json", MANIFEST,
                "export-2024/accounts.csv", ACCOUNTS, "__MACOSX/._manifest.json", new byte[3]));
        for (Path z : new Path[] {root, nested}) {
            Path extracted;
            try (ZipDataset ds = ZipDataset.extract(z, ZipDataset.Limits.DEFAULT)) {
                extracted = ds.datasetDir();
                assertThat(extracted.resolve("accounts.csv")).hasContent("id\n1");
            }
            assertThat(extracted).doesNotExist();
        }
    }

    @Test
    void an_entry_that_climbs_out_of_the_folder_stops_the_import() throws IOException {
        Path z = zip("slip.zip", Map.of("manifest.json", MANIFEST, "../../evil.sh", ACCOUNTS));
        assertThatThrownBy(() -> ZipDataset.extract(z, ZipDataset.Limits.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessage("slip.zip: entry '../../evil.sh' would be written outside the folder it is extracted to:"
                        + " the archive is malformed or hostile (zip-slip); re-create it from the dataset folder");
    }

    @Test
    void an_absolute_entry_stops_the_import() throws IOException {
        Path z = zip("abs.zip", Map.of("/etc/cron.d/evil", ACCOUNTS));
        assertThatThrownBy(() -> ZipDataset.extract(z, ZipDataset.Limits.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("entry '/etc/cron.d/evil' has an absolute path")
                .hasMessageContaining("re-create it from the dataset folder");
    }

    @Test
    void too_many_entries_stop_the_import_before_anything_is_extracted() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 11; i++) {
            entries.put("f" + i + ".txt", new byte[0]);
        }
        Path z = zip("many.zip", entries);
        assertThatThrownBy(() -> ZipDataset.extract(z, new ZipDataset.Limits(10, 1 << 20, 200, 1 << 20)))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("many.zip: holds 11 entries; the limit is 10: zip only the dataset folder");
    }

    @Test
    void more_unpacked_bytes_than_the_limit_stop_the_import_naming_the_entry() throws IOException {
        byte[] random = new byte[3000];
        new SplittableRandom(1).nextBytes(random);
        Path z = zip("big.zip", Map.of("manifest.json", MANIFEST, "follows.csv", random));
        assertThatThrownBy(() -> ZipDataset.extract(z, new ZipDataset.Limits(10, 2000, 200, 1 << 20)))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("big.zip: entry 'follows.csv' takes the unpacked size past 2000 bytes,"
                        + " the limit: unzip it yourself and import the folder, or split the dataset");
    }

    @Test
    void a_big_entry_that_inflates_like_a_zip_bomb_stops_the_import() throws IOException {
        Path z = zip("bomb.zip", Map.of("manifest.json", MANIFEST, "accounts.csv", new byte[4 << 20]));
        assertThatThrownBy(() -> ZipDataset.extract(z, new ZipDataset.Limits(10, 1L << 30, 200, 1 << 20)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("entry 'accounts.csv' inflates more than 200 times its compressed size")
                .hasMessageContaining("as a zip bomb does");
    }

    @Test
    void a_zip_without_a_manifest_or_not_a_zip_at_all_says_what_to_do() throws IOException {
        Path two = zip("two.zip", Map.of("a/manifest.json", MANIFEST, "b/manifest.json", MANIFEST));
        assertThatThrownBy(() -> ZipDataset.extract(two, ZipDataset.Limits.DEFAULT))
                .hasMessage("two.zip: no manifest.json at the root of the zip or inside its one top folder:"
                        + " zip the dataset folder itself (manifest.json, accounts.csv, ...)");
        Path fake = Files.writeString(dir.resolve("fake.zip"), "id,handle\n1,a\n");
        assertThatThrownBy(() -> ZipDataset.extract(fake, ZipDataset.Limits.DEFAULT))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("fake.zip: cannot be read as a zip (");
    }

    @Test
    void an_entry_written_twice_stops_the_import() throws IOException {
        Path z = dir.resolve("twice.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
            put(out, "manifest.json", MANIFEST);
            put(out, "a/accounts.csv", ACCOUNTS);
            put(out, "a/./accounts.csv", ACCOUNTS);
        }
        assertThatThrownBy(() -> ZipDataset.extract(z, ZipDataset.Limits.DEFAULT))
                .hasMessageContaining("entry 'a/./accounts.csv' appears twice");
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path z = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
            for (Map.Entry<String, byte[]> e : new java.util.TreeMap<>(entries).entrySet()) {
                put(out, e.getKey(), e.getValue());
            }
        }
        return z;
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        OutputStream body = out;
        body.write(bytes);
        out.closeEntry();
    }
}
