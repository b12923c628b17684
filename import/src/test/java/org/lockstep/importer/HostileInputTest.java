package org.lockstep.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Limits on what one field, line or record of a file may take, and the ledger of ids seen in a file. */
class HostileInputTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            a,        1
            é,        2
            €,        3
            😀,       4
            a€😀é,    10
            """)
    void utf8_lengths_are_counted_as_bytes(String text, long bytes) {
        assertThat(Fields.utf8Length(text)).isEqualTo(bytes);
    }

    @Test
    void a_field_of_64_KiB_passes_and_one_byte_more_is_refused_naming_the_field() throws RowException {
        Fields.checkSizes(row("bio", "a".repeat(65536)));
        assertThatThrownBy(() -> Fields.checkSizes(row("bio", "a".repeat(65535) + "é")))
                .isInstanceOf(RowException.class)
                .hasMessage("field too long (65537 bytes; the limit is 65536)")
                .extracting(e -> ((RowException) e).field()).isEqualTo("bio");
        assertThatThrownBy(() -> Fields.checkSizes(row("text", "€".repeat(21846))))
                .hasMessage("field too long (65538 bytes; the limit is 65536)");
    }

    @Test
    void the_bounded_reader_stops_a_long_line_at_its_line_number() {
        Reader r = new BoundedReader(new StringReader("ok\nfine\n" + "x".repeat(11) + "\n"), 10, 1000);
        assertThatThrownBy(() -> r.read(new char[100], 0, 100))
                .isInstanceOfSatisfying(BoundedReader.TooLong.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.record()).isFalse();
                });
    }

    @Test
    void the_bounded_reader_stops_a_long_record_at_the_line_it_starts_on() throws IOException {
        BoundedReader r = new BoundedReader(new StringReader("a\nb\n\"c\nc\nc\nc\nc\nc\n"), 10, 8);
        char[] buffer = new char[4];
        assertThat(r.read(buffer, 0, 4)).isEqualTo(4);
        r.recordStarts(3);
        assertThatThrownBy(() -> r.read(new char[100], 0, 100))
                .isInstanceOfSatisfying(BoundedReader.TooLong.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.record()).isTrue();
                });
    }

    @Test
    void a_csv_line_over_16_MiB_stops_the_file_with_its_line(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("accounts.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,bio\n1,short\n2,");
            w.write("b".repeat((16 << 20) + 10));
            w.write("\n3,after\n");
        }
        assertThatThrownBy(() -> readAll(dir, "accounts"))
                .isInstanceOf(ImportException.class)
                .hasMessage("accounts.csv:3: a line longer than 16777216 characters (16 MiB), the limit: a field may"
                        + " hold at most 65536 bytes; is this a file of the format?");
    }

    @Test
    void an_unclosed_quote_swallowing_16_MiB_of_short_lines_stops_at_the_record_it_opened(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("accounts.csv");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,bio\n1,short\n2,\"never closed\n");
            String line = "4,just another line of what should have been rows\n";
            for (long written = 0; written < (17 << 20); written += line.length()) {
                w.write(line);
            }
        }
        assertThatThrownBy(() -> readAll(dir, "accounts"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("accounts.csv:3: a record longer than 16777216 characters (16 MiB) starts"
                        + " here, the limit: an unclosed quote");
    }

    @Test
    void a_jsonl_line_over_16_MiB_stops_the_file_with_its_line(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("posts.jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"id\": \"p1\", \"account_id\": \"1\"}\n{\"id\": \"p2\", \"text\": \"");
            w.write("t".repeat((16 << 20) + 1));
            w.write("\"}\n");
        }
        assertThatThrownBy(() -> readAll(dir, "posts"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("posts.jsonl:2: a line longer than 16777216 characters");
    }

    @Test
    void the_id_ledger_tells_exact_copies_from_conflicts_over_many_ids() {
        FirstSeen seen = new FirstSeen();
        for (int i = 0; i < 200_000; i++) {
            assertThat(seen.conflict("id" + i, i, i + 2)).isZero();
        }
        assertThat(seen.conflict("id7", 7, 500_000)).as("an exact copy").isZero();
        assertThat(seen.conflict("id7", 8, 500_001)).as("the same id with other values").isEqualTo(9);
        assertThat(seen.conflict("id199999", 0, 500_002)).isEqualTo(200_001);
    }

    private static long readAll(Path dir, String entity) {
        long rows = 0;
        try (RowReader reader = RowReader.open(dir, entity)) {
            while (reader.hasNext()) {
                reader.next();
                rows++;
            }
        }
        return rows;
    }

    private static SourceRow row(String field, String value) {
        return new SourceRow("accounts.csv", 2, Map.of("id", "1", field, value));
    }
}
