package org.lockstep.importer.adapter;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import org.lockstep.importer.ImportException;

/**
 * Streams the JSON objects of a source file with the line each starts on: a JSON array of objects, one object a
 * line (JSONL), or API pages {@code {"data": [...]}} (either way), one object in memory at a time.
 *
 * <p>In JSONL a line that is not a JSON object is a bad row and the rest still loads; in a JSON document a syntax
 * error stops the file, since nothing after it can be trusted.
 */
final class JsonRecords {
    /** Decimals stay as written ({@code 0.90} stays 0.90), as the importer reads them; duplicate keys are refused. */
    static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(TextLines.MAX_LINE)
                            .maxNestingDepth(100).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /** Hears each object, or each element that is not one. */
    interface Sink {
        void record(long line, JsonNode object);

        void bad(long line, String reason);
    }

    private JsonRecords() {
    }

    /**
     * Reads every object of {@code file}; with {@code pages}, an object holding a {@code data} array (or object) and
     * no {@code id} stands for the objects in it.
     */
    static void read(SourceFile file, SourceFile.Counter counter, boolean pages, Sink sink) {
        if (isJsonlName(file) || startsWithObjectLine(file)) {
            try (TextLines lines = new TextLines(file, file.open(counter))) {
                for (String text = lines.next(); text != null; text = lines.next()) {
                    if (!text.isBlank()) {
                        line(text, lines.line(), pages, sink);
                    }
                }
            }
        } else {
            document(file, counter, pages, sink);
        }
    }

    /** Whether the first line is a whole object: then the file is JSONL (a one-line document reads the same). */
    private static boolean startsWithObjectLine(SourceFile file) {
        try (TextLines lines = new TextLines(file, file.open())) {
            String first = lines.next();
            while (first != null && first.isBlank()) {
                first = lines.next();
            }
            return first != null && first.strip().startsWith("{") && isObjectLine(first);
        } catch (ImportException e) {
            // A first line past the line limit: one big document, which the streaming parser reads.
            return false;
        }
    }

    /** The first object of the file (for telling formats apart), or null when none comes first. */
    static JsonNode first(SourceFile file) {
        JsonNode[] found = new JsonNode[1];
        try {
            read(file, SourceFile.Counter.NONE, true, new Sink() {
                @Override
                public void record(long line, JsonNode object) {
                    found[0] = object;
                    throw new Stop();
                }

                @Override
                public void bad(long line, String reason) {
                    throw new Stop();
                }
            });
        } catch (Stop | ImportException e) {
            // Enough read, or not JSON: either way the answer is what was found.
        }
        return found[0];
    }

    private static boolean isJsonlName(SourceFile file) {
        String name = file.plainName().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    private static boolean isObjectLine(String text) {
        try {
            return JSON.readTree(text).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static void line(String text, long line, boolean pages, Sink sink) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            sink.bad(line, "the line is not a JSON object: " + Values.abbreviate(e.getOriginalMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.bad(line, "the line is not a JSON object");
            return;
        }
        JsonNode data = pages && !node.has("id") ? node.get("data") : null;
        if (data != null && data.isArray()) {
            for (JsonNode element : data) {
                if (element.isObject()) {
                    sink.record(line, element);
                } else {
                    sink.bad(line, "an element of data is not a JSON object");
                }
            }
        } else {
            sink.record(line, data != null && data.isObject() ? data : node);
        }
    }

    private static void document(SourceFile file, SourceFile.Counter counter, boolean pages, Sink sink) {
        try (Reader reader = file.open(counter); JsonParser p = JSON.createParser(reader)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_ARRAY) {
                    elements(file, p, sink);
                } else if (t == JsonToken.START_OBJECT) {
                    topObject(file, p, pages, sink);
                } else {
                    throw new ImportException(file.name(), p.currentTokenLocation().getLineNr(), null,
                            "must hold JSON objects: an array of them, one a line (JSONL), or {\"data\": [...]}");
                }
            }
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportException(file.name(), line, null, "is not valid JSON ("
                    + Values.abbreviate(e.getOriginalMessage()) + "): the rest of the file cannot be read; fix it, or"
                    + " write one object a line (JSONL) so that a bad line is only a reject");
        } catch (IOException e) {
            throw file.unreadable(0, e);
        }
    }

    private static void elements(SourceFile file, JsonParser p, Sink sink) throws IOException {
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            long line = p.currentTokenLocation().getLineNr();
            if (t == JsonToken.START_OBJECT) {
                sink.record(line, bounded(file, p));
            } else {
                p.skipChildren();
                sink.bad(line, "an element of the array is not a JSON object");
            }
        }
    }

    private static void topObject(SourceFile file, JsonParser p, boolean pages, Sink sink) throws IOException {
        long line = p.currentTokenLocation().getLineNr();
        long start = p.currentTokenLocation().getCharOffset();
        ObjectNode rest = JSON.createObjectNode();
        boolean page = false;
        long skipped = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (pages && name.equals("data") && value == JsonToken.START_ARRAY) {
                long from = p.currentTokenLocation().getCharOffset();
                page = true;
                elements(file, p, sink);
                skipped += p.currentLocation().getCharOffset() - from;
            } else {
                rest.set(name, bounded(file, p));
                if (p.currentLocation().getCharOffset() - start - skipped > TextLines.MAX_LINE) {
                    throw tooLong(file, line);
                }
            }
        }
        if (page) {
            return;
        }
        JsonNode data = pages && !rest.has("id") ? rest.get("data") : null;
        sink.record(line, data != null && data.isObject() ? data : rest);
    }

    /** The value at the parser, read into a tree only while it stays within the record limit. */
    private static JsonNode bounded(SourceFile file, JsonParser p) throws IOException {
        long line = p.currentTokenLocation().getLineNr();
        long start = p.currentTokenLocation().getCharOffset();
        try (TokenBuffer buffer = new TokenBuffer(p)) {
            int depth = 0;
            do {
                JsonToken t = p.currentToken();
                buffer.copyCurrentEvent(p);
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                }
                if (p.currentLocation().getCharOffset() - start > TextLines.MAX_LINE) {
                    throw tooLong(file, line);
                }
            } while (depth > 0 && p.nextToken() != null);
            try (JsonParser copy = buffer.asParser(JSON)) {
                return JSON.readTree(copy);
            }
        }
    }

    private static ImportException tooLong(SourceFile file, long line) {
        return new ImportException(file.name(), line, null, "an object longer than " + TextLines.MAX_LINE
                + " characters (16 MiB) starts here, the limit: is this a file of the format?");
    }

    /** Ends a read early once the caller has what it needs. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }
}
