package org.lockstep.importer.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lockstep.importer.ImportException;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZ;
import org.tukaani.xz.XZOutputStream;

class JsonRecordsTest {

    private static List<String> read(Path file, boolean pages) {
        List<String> seen = new ArrayList<>();
        JsonRecords.read(new SourceFile(file, file.getFileName().toString()), SourceFile.Counter.NONE, pages,
                new JsonRecords.Sink() {
                    @Override
                    public void record(long line, JsonNode object) {
                        seen.add(line + " " + object.path("id").asText() + object.path("rate").toString());
                    }

                    @Override
                    public void bad(long line, String reason) {
                        seen.add(line + " bad: " + reason);
                    }
                });
        return seen;
    }

    @Test
    void an_array_gives_each_object_with_the_line_it_starts_on_and_decimals_as_written(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("a.json");
        Files.writeString(file, "[\n  {\"id\": \"1\",\n   \"rate\": 0.90},\n  7,\n  {\"id\": \"2\"}\n]\n");

        assertThat(read(file, false)).containsExactly("2 10.90", "4 bad: an element of the array is not a JSON object",
                "5 2");
    }

    @Test
    void pages_give_their_data_whether_one_a_line_or_one_pretty_document(@TempDir Path dir) throws IOException {
        Path lines = dir.resolve("p.jsonl");
        Files.writeString(lines, "{\"data\": [{\"id\": \"1\"}, {\"id\": \"2\"}], \"meta\": {}}\n"
                + "{\"data\": {\"id\": \"3\"}}\n");
        Path pretty = dir.resolve("p.json");
        Files.writeString(pretty, "{\n \"meta\": {\"n\": 2},\n \"data\": [\n  {\"id\": \"1\"},\n"
                + "  {\"id\": \"2\"}\n ]\n}\n");

        assertThat(read(lines, true)).containsExactly("1 1", "1 2", "2 3");
        assertThat(read(pretty, true)).containsExactly("4 1", "5 2");
    }

    @Test
    void in_jsonl_a_broken_line_or_a_duplicate_key_is_a_bad_row_and_the_rest_still_reads(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("u.jsonl");
        Files.writeString(file, "{\"id\": \"1\"}\n{\"id\": \"2\", \"name\": \"cut\n\n{\"id\": \"3\", \"id\": \"4\"}\n"
                + "[1]\n{\"id\": \"5\"}\n");

        List<String> seen = read(file, false);
        assertThat(seen).hasSize(5);
        assertThat(seen.get(0)).isEqualTo("1 1");
        assertThat(seen.get(1)).startsWith("2 bad: the line is not a JSON object");
        assertThat(seen.get(2)).startsWith("4 bad: the line is not a JSON object: Duplicate field 'id'");
        assertThat(seen.get(3)).isEqualTo("5 bad: the line is not a JSON object");
        assertThat(seen.get(4)).isEqualTo("6 5");
    }

    @Test
    void a_broken_document_stops_the_file_at_its_line(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.json");
        Files.writeString(file, "[\n {\"id\": \"1\"},\n {\"id\": \"2\" \"x\"}\n]\n");

        assertThatThrownBy(() -> read(file, false)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("a.json:3: is not valid JSON");
    }

    @Test
    void an_xz_file_written_without_a_check_reads_like_its_text(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("p_1.json.xz");
        try (OutputStream out = new XZOutputStream(Files.newOutputStream(file), new LZMA2Options(), XZ.CHECK_NONE)) {
            out.write("{\"node\": {\"id\": \"1\"}}".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(JsonRecords.first(new SourceFile(file, "p_1.json.xz")).at("/node/id").asText()).isEqualTo("1");
    }

    @Test
    void an_xz_file_that_inflates_like_a_bomb_stops_the_import(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bomb_1.json.xz");
        try (OutputStream out = new XZOutputStream(Files.newOutputStream(file), new LZMA2Options(), XZ.CHECK_NONE)) {
            out.write('[');
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 65; i++) {
                out.write(spaces);
            }
        }
        assertThat(Files.size(file)).isLessThan(1 << 20);

        assertThatThrownBy(() -> read(file, false)).isInstanceOf(ImportException.class)
                .hasMessageContaining("inflates past 67108864 bytes");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"u.jsonl", "u.json"})
    void a_line_past_the_limit_stops_the_file_instead_of_filling_memory(String name, @TempDir Path dir)
            throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"id\": \"1\"}\n{\"id\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'a');
            for (int i = 0; i < 17; i++) {
                out.write(chunk);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> read(file, false)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith(name + ":2:");
    }
}
