package org.lockstep.importer;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that refuses a physical line, or a record, longer than a limit, so that no parser above it (Commons CSV
 * building a record, {@code readLine} building a line) ever buffers without bound on a hostile file.
 *
 * <p>The record count restarts whenever the caller says a record starts; parsers read ahead by a buffer or two, so
 * the record limit holds to within those few kilobytes.
 */
final class BoundedReader extends FilterReader {
    /** 16 MiB of characters: no honest line of the format comes near, since a field may hold at most 64 KiB. */
    static final long MAX_LINE = 16L << 20;
    static final long MAX_RECORD = 16L << 20;

    /** A line or record went past its limit; {@code line} is where it starts. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;
        private final long line;
        private final boolean record;

        TooLong(long line, boolean record, long limit) {
            super((record ? "a record" : "a line") + " longer than " + limit + " characters", null);
            this.line = line;
            this.record = record;
        }

        long line() {
            return line;
        }

        boolean record() {
            return record;
        }
    }

    private final long maxLine;
    private final long maxRecord;
    private long line = 1;
    private long lineChars;
    private long recordLine = 1;
    private long recordChars;

    BoundedReader(Reader in, long maxLine, long maxRecord) {
        super(in);
        this.maxLine = maxLine;
        this.maxRecord = maxRecord;
    }

    /** The caller's parser starts a new record at {@code startLine}: its count restarts. */
    void recordStarts(long startLine) {
        recordLine = startLine;
        recordChars = 0;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            count(buffer[i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipping would bypass the count; nothing in the importer skips, so refuse rather than guess.
        throw new IOException("skip is not supported");
    }

    private void count(char c) throws TooLong {
        if (c == '\n') {
            line++;
            lineChars = 0;
        } else if (++lineChars > maxLine) {
            throw new TooLong(line, false, maxLine);
        }
        if (++recordChars > maxRecord) {
            throw new TooLong(recordLine, true, maxRecord);
        }
    }
}
