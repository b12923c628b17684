package org.lockstep.importer.adapter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lockstep.importer.Reject;

/**
 * Writes the translation of a source as a dataset folder (manifest.json and one {@code ENTITY.jsonl} per entity,
 * one object a line, every value a string) and remembers where each written line came from, so that rejects of the
 * importer can name the source file and line. Rows the adapter itself cannot translate are collected here too.
 */
final class DatasetWriter implements AutoCloseable {
    /** The importer's limit on one field: a longer value is refused here, naming the source field. */
    static final int MAX_FIELD_BYTES = 65536;
    private static final Pattern FIRST_SEEN = Pattern.compile("first seen at line (\\d+)");
    /**
     * One object a line, nothing between them; non-ASCII escaped, so that a lone surrogate (which a JSON source can
     * hold as an escape) reaches the importer exactly as the source had it instead of failing the encoder.
     */
    private static final JsonFactory JSONL = new JsonFactoryBuilder().rootValueSeparator((String) null)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    /** A source file and the names its fields have there, by the dataset field they become. */
    private record Source(String name, Map<String, String> labels) {
    }

    /** One translated entity file: its writer, how many lines it has and where they came from. */
    private static final class Output {
        final JsonGenerator json;
        final LineMap origins = new LineMap();
        long lines;

        Output(JsonGenerator json) {
            this.json = json;
        }
    }

    private final Path dir;
    private final List<Source> sources = new ArrayList<>();
    private final Map<String, Output> outputs = new LinkedHashMap<>();
    private final List<Reject> rejects = new ArrayList<>();
    private final Map<String, Long> rejectedByEntity = new HashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, String> manifest = new LinkedHashMap<>();

    DatasetWriter(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** Registers a source file; {@code labels} names, per dataset field, the source field it is read from. */
    int source(String name, Map<String, String> labels) {
        sources.add(new Source(name, labels));
        return sources.size() - 1;
    }

    String sourceName(int source) {
        return sources.get(source).name();
    }

    /**
     * Writes one row of {@code entity} that came from {@code source:line}; a value longer than the importer takes is
     * a reject naming the source field instead. Null values are left out.
     */
    boolean write(String entity, int source, long line, Map<String, String> row) {
        for (Map.Entry<String, String> e : row.entrySet()) {
            if (e.getValue() != null && e.getValue().length() > MAX_FIELD_BYTES / 3) {
                long bytes = e.getValue().getBytes(StandardCharsets.UTF_8).length;
                if (bytes > MAX_FIELD_BYTES) {
                    reject(entity, source, line, label(source, e.getKey()), "field too long (" + bytes
                            + " bytes; the limit is " + MAX_FIELD_BYTES + ")");
                    return false;
                }
            }
        }
        Output out = output(entity);
        try {
            out.json.writeStartObject();
            for (Map.Entry<String, String> e : row.entrySet()) {
                if (e.getValue() != null) {
                    out.json.writeStringField(e.getKey(), e.getValue());
                }
            }
            out.json.writeEndObject();
            out.json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the translated " + entity + " to " + dir, e);
        }
        out.lines++;
        out.origins.add(out.lines, source, line);
        return true;
    }

    /** A source row of {@code entity} that could not be translated; {@code field} is the source's own name. */
    void reject(String entity, int source, long line, String field, String reason) {
        rejects.add(new Reject(sourceName(source), line, field, reason));
        rejectedByEntity.merge(entity, 1L, Long::sum);
    }

    void warning(String message) {
        warnings.add(message);
    }

    /** Creates {@code ENTITY.jsonl} even when no row goes into it (the importer needs accounts). */
    void touch(String entity) {
        output(entity);
    }

    void manifest(String name, String platform, String collectedAt, String source) {
        manifest.put("name", name);
        manifest.put("platform", platform);
        manifest.put("collected_at", collectedAt);
        manifest.put("source", source);
        try {
            JsonRecords.JSON.writeValue(dir.resolve("manifest.json").toFile(), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the translated manifest to " + dir, e);
        }
    }

    /** The importer's reject of a translated row, told in terms of the source: its file, line and field. */
    Reject toSource(Reject r) {
        Output out = outputs.get(r.file().replaceFirst("\\.jsonl$", ""));
        LineMap.Origin origin = out == null ? null : out.origins.origin(r.line());
        if (origin == null) {
            return r;
        }
        String reason = r.reason();
        Matcher m = FIRST_SEEN.matcher(reason);
        if (m.find()) {
            LineMap.Origin first = out.origins.origin(Long.parseLong(m.group(1)));
            if (first != null) {
                reason = m.replaceFirst(Matcher.quoteReplacement("first seen at " + sourceName(first.source()) + ":"
                        + first.line()));
            }
        }
        String field = r.field().isEmpty() ? "" : label(origin.source(), r.field());
        return new Reject(sourceName(origin.source()), origin.line(), field, reason);
    }

    /** A field of the manifest written, e.g. {@code collected_at}; null when not given. */
    String manifest(String field) {
        return manifest.get(field);
    }

    List<Reject> rejects() {
        return rejects;
    }

    /** Source rows of {@code entity} the adapter refused. */
    long rejected(String entity) {
        return rejectedByEntity.getOrDefault(entity, 0L);
    }

    List<String> warnings() {
        return warnings;
    }

    private String label(int source, String field) {
        return sources.get(source).labels().getOrDefault(field, field);
    }

    private Output output(String entity) {
        return outputs.computeIfAbsent(entity, e -> {
            try {
                Writer w = Files.newBufferedWriter(dir.resolve(e + ".jsonl"), StandardCharsets.UTF_8);
                return new Output(JSONL.createGenerator(w));
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write the translated " + e + " to " + dir, ex);
            }
        });
    }

    @Override
    public void close() {
        for (Output out : outputs.values()) {
            try {
                out.json.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot finish the translated files in " + dir, e);
            }
        }
    }
}
