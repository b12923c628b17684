package org.lockstep.importer;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the rows of one entity file, {@code NAME.csv} (RFC 4180 with a header) or {@code NAME.jsonl}.
 *
 * <p>Streams: only one row is held at a time, so a 10-million-line file reads in constant memory. A file that breaks
 * the format mid-way (an unclosed quote, a line that is not JSON) stops the import with its line.
 */
final class RowReader implements Iterator<SourceRow>, AutoCloseable {
    /** Decimals stay exact ({@code 50.00} reads as the text 50.00, not 50.0): prices keep their written form. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final String fileName;
    private final BufferedReader reader;
    private final BoundedReader bounded;
    private final CSVParser csv;
    private final Iterator<CSVRecord> records;
    private final long sizeBytes;
    private long charsRead;
    private long line;
    private long nextCsvLine = 2;
    private SourceRow next;

    private RowReader(Path file, boolean isCsv) throws IOException {
        this.fileName = file.getFileName().toString();
        this.sizeBytes = Math.max(1, Files.size(file));
        this.bounded = new BoundedReader(new java.io.InputStreamReader(withoutByteOrderMark(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), BoundedReader.MAX_LINE,
                // A JSONL record is one line; only CSV quotes let a record span lines.
                isCsv ? BoundedReader.MAX_RECORD : Long.MAX_VALUE);
        this.reader = new BufferedReader(bounded, 1 << 16);
        if (isCsv) {
            this.csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    // Blank lines come back as records and are skipped below, so line numbers stay exact.
                    .setIgnoreEmptyLines(false).setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
                    .get().parse(reader);
            this.records = csv.iterator();
        } else {
            this.csv = null;
            this.records = null;
        }
    }

    /** Spreadsheet programs start "CSV UTF-8" files with a byte-order mark; it is not part of the first column name. */
    private static InputStream withoutByteOrderMark(Path file) throws IOException {
        PushbackInputStream in = new PushbackInputStream(Files.newInputStream(file), 3);
        byte[] head = in.readNBytes(3);
        boolean bom = head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
        if (!bom) {
            in.unread(head);
        }
        return in;
    }

    /** Opens {@code dir/entity.csv} or {@code dir/entity.jsonl}; null when neither exists. */
    static RowReader open(Path dir, String entity) {
        Path csvFile = dir.resolve(entity + ".csv");
        Path jsonl = dir.resolve(entity + ".jsonl");
        if (Files.exists(csvFile) && Files.exists(jsonl)) {
            throw new ImportException(entity + ".csv", 0, null,
                    "both " + entity + ".csv and " + entity + ".jsonl exist: keep one of them");
        }
        Path file = Files.exists(csvFile) ? csvFile : Files.exists(jsonl) ? jsonl : null;
        if (file == null) {
            return null;
        }
        try {
            return new RowReader(file, file == csvFile);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof CharacterCodingException || cause instanceof BoundedReader.TooLong) {
                throw unreadable(file.getFileName().toString(), 1, cause);
            }
            throw new ImportException(file.getFileName().toString(), 1, null,
                    "cannot read the header (" + e.getMessage() + "): the first line must name the columns, e.g. "
                            + "id,handle,created_at");
        }
    }

    String fileName() {
        return fileName;
    }

    /** The columns the header names (CSV), or the fields seen so far (JSONL). */
    Set<String> columns() {
        return csv == null ? Set.of() : new LinkedHashSet<>(csv.getHeaderNames());
    }

    /** Roughly how much of the file has been read, from 0 to 1. */
    double progress() {
        long chars = charsRead;
        return Math.min(1.0, (double) chars / sizeBytes);
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            next = csv != null ? readCsv() : readJsonl();
        }
        return next != null;
    }

    @Override
    public SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        SourceRow row = next;
        next = null;
        return row;
    }

    private SourceRow readCsv() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            charsRead = record.getCharacterPosition();
            long start = nextCsvLine;
            nextCsvLine = csv.getCurrentLineNumber() + 1;
            bounded.recordStarts(nextCsvLine);
            if (record.size() == 1 && record.get(0).isEmpty()) {
                return readCsv();
            }
            Map<String, String> values = new LinkedHashMap<>();
            List<String> headers = csv.getHeaderNames();
            if (record.size() != headers.size()) {
                values.put(SHAPE_ERROR, "has " + record.size() + " fields where the header names " + headers.size());
            }
            for (int i = 0; i < Math.min(record.size(), headers.size()); i++) {
                String v = record.get(i);
                if (v != null && !v.isEmpty()) {
                    values.put(headers.get(i), v);
                }
            }
            return new SourceRow(fileName, start, values);
        } catch (UncheckedIOException e) {
            throw unreadable(fileName, nextCsvLine, e.getCause());
        }
    }

    private SourceRow readJsonl() {
        try {
            String text;
            do {
                text = reader.readLine();
                if (text == null) {
                    return null;
                }
                line++;
                charsRead += text.length() + 1;
            } while (text.isBlank());
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JsonParseException e) {
                return new SourceRow(fileName, line,
                        Map.of(SHAPE_ERROR, "is not a JSON object: " + e.getOriginalMessage()));
            }
            if (node == null || !node.isObject()) {
                return new SourceRow(fileName, line, Map.of(SHAPE_ERROR, "is not a JSON object"));
            }
            Map<String, String> values = new LinkedHashMap<>();
            node.properties().forEach(e -> {
                JsonNode v = e.getValue();
                if (v != null && !v.isNull()) {
                    String s = v.isBigDecimal() ? v.decimalValue().toPlainString()
                            : v.isValueNode() ? v.asText() : v.toString();
                    if (!s.isEmpty()) {
                        values.put(e.getKey(), s);
                    }
                }
            });
            return new SourceRow(fileName, line, values);
        } catch (IOException e) {
            throw unreadable(fileName, line + 1, e);
        }
    }

    private static ImportException unreadable(String fileName, long at, Throwable cause) {
        if (cause instanceof BoundedReader.TooLong tooLong) {
            return new ImportException(fileName, tooLong.line(), null, tooLong.record()
                    ? "a record longer than " + BoundedReader.MAX_RECORD + " characters (16 MiB) starts here, the"
                            + " limit: an unclosed quote may have swallowed the rest of the file; close it"
                    : "a line longer than " + BoundedReader.MAX_LINE + " characters (16 MiB), the limit: a field may"
                            + " hold at most " + Fields.MAX_FIELD_BYTES + " bytes; is this a file of the format?");
        }
        String why = cause instanceof CharacterCodingException
                ? "is not UTF-8 text (binary data or another encoding): re-save the file as UTF-8"
                : "cannot be parsed (" + cause.getMessage() + "): check for an unclosed quote near this line";
        return new ImportException(fileName, at, null, why);
    }

    /** A pseudo-field that carries a row-shape problem to the validator, which turns it into a reject. */
    static final String SHAPE_ERROR = "\u0000shape";

    @Override
    public void close() {
        try {
            if (csv != null) {
                csv.close();
            }
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
