package org.lockstep.importer.adapter;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lockstep.importer.ImportException;

/**
 * The records of a CSV or TSV source file with the line each starts on, read through Commons CSV over a reader that
 * refuses a record longer than the importer's limit (an unclosed quote must not swallow the file into memory).
 */
final class SourceCsv implements AutoCloseable {
    /** One record: the line it starts on and its cells, trimmed. */
    record Row(long line, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i) : null;
        }
    }

    private final SourceFile file;
    private final Bounded bounded;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long nextLine = 1;

    private SourceCsv(SourceFile file, Reader in, char delimiter) {
        this.file = file;
        this.bounded = new Bounded(in);
        try {
            this.parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setTrim(true)
                    .setIgnoreEmptyLines(false).get().parse(bounded);
        } catch (IOException e) {
            throw file.unreadable(1, e);
        }
        this.records = parser.iterator();
    }

    /** Opens the file, tab-separated when its name ends in .tsv or its first line has tabs and no commas. */
    static SourceCsv open(SourceFile file, SourceFile.Counter counter) {
        return new SourceCsv(file, file.open(counter), delimiter(file));
    }

    static char delimiter(SourceFile file) {
        if (file.plainName().endsWith(".tsv")) {
            return '\t';
        }
        try (TextLines lines = new TextLines(file, file.open())) {
            String first = lines.next();
            return first != null && first.indexOf('\t') >= 0 && first.indexOf(',') < 0 ? '\t' : ',';
        } catch (ImportException e) {
            return ',';
        }
    }

    /** The next non-blank record, or null at the end. */
    Row next() {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long start = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                bounded.recordStarts(nextLine);
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                return new Row(start, cells);
            }
            return null;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof Bounded.TooLong tooLong) {
                throw new ImportException(file.name(), tooLong.line, null, "a record longer than "
                        + TextLines.MAX_LINE + " characters (16 MiB) starts here, the limit: an unclosed quote may "
                        + "have swallowed the rest of the file; close it");
            }
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw file.unreadable(nextLine, e.getCause());
            }
            throw new ImportException(file.name(), nextLine, null, "cannot be parsed ("
                    + Values.abbreviate(String.valueOf(e.getCause().getMessage()))
                    + "): check for an unclosed quote near this line");
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // Read-only: nothing is lost when closing fails.
        }
    }

    /** Counts the characters of the current record and stops past the limit, before Commons CSV buffers them. */
    private static final class Bounded extends FilterReader {
        private long recordLine = 1;
        private long chars;

        Bounded(Reader in) {
            super(in);
        }

        void recordStarts(long line) {
            recordLine = line;
            chars = 0;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0 && ++chars > TextLines.MAX_LINE) {
                throw new TooLong(recordLine);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            // Commons CSV reads ahead a buffer or two, so the limit holds to within those few kilobytes.
            if (n > 0 && (chars += n) > TextLines.MAX_LINE + (1 << 17)) {
                throw new TooLong(recordLine);
            }
            return n;
        }

        static final class TooLong extends IOException {
            private static final long serialVersionUID = 1L;
            private final long line;

            TooLong(long line) {
                super("record too long");
                this.line = line;
            }
        }
    }
}
