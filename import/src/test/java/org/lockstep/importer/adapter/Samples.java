package org.lockstep.importer.adapter;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lockstep.importer.ImportListener;
import org.lockstep.importer.Reject;

/** The sample sources under {@code adapters/} and what their translation wrote, for the adapter tests. */
final class Samples {
    private Samples() {
    }

    /** A sample folder or file, read in place (adapters never write into a source). */
    static Path path(String name) {
        try {
            return Path.of(Samples.class.getResource("/adapters/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Translates {@code source} into {@code work} and returns the writer with the rejects and warnings. */
    static DatasetWriter translate(SourceFormat format, Path source, SourceOptions options, Path work) {
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatasetWriter out = new DatasetWriter(work.toAbsolutePath().normalize());
        try (out) {
            SourceAdapter.of(format).translate(source, options, out, ImportListener.NONE);
        }
        return out;
    }

    /** The rows of a translated entity file, each a map of field to text. */
    static List<Map<String, String>> rows(Path work, String entity) {
        Path file = work.resolve(entity + ".jsonl");
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file)) {
            for (String line : lines.toList()) {
                rows.add(JsonRecords.JSON.readValue(line, new TypeReference<Map<String, String>>() { }));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static Map<String, String> row(List<Map<String, String>> rows, String field, String value) {
        return rows.stream().filter(r -> value.equals(r.get(field))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + field + " = " + value + " in " + rows));
    }

    static List<String> rejects(DatasetWriter out) {
        return out.rejects().stream().map(Reject::toString).toList();
    }
}
