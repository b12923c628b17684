package org.lockstep.importer.adapter;

import java.io.IOException;
import java.io.Reader;
import org.lockstep.importer.ImportException;

/**
 * Reads a source file line by line without ever buffering more than the importer's line limit, so a hostile file
 * with one endless line stops the import instead of filling memory.
 */
final class TextLines implements AutoCloseable {
    /** The importer's limit on one physical line: 16 MiB of characters. */
    static final int MAX_LINE = 16 << 20;

    private final SourceFile file;
    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int end;
    private long line;
    private boolean eof;

    TextLines(SourceFile file, Reader in) {
        this.file = file;
        this.in = in;
    }

    /** The next line without its line end, or null at the end of the file. */
    String next() {
        if (eof && pos >= end) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        line++;
        while (true) {
            if (pos >= end && !fill()) {
                if (text.isEmpty()) {
                    return null;
                }
                break;
            }
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                pos++;
            }
            text.append(buffer, start, pos - start);
            if (text.length() > MAX_LINE) {
                throw new ImportException(file.name(), line, null, "a line longer than " + MAX_LINE
                        + " characters (16 MiB), the limit: is this a file of the format?");
            }
            if (pos < end) {
                pos++;
                break;
            }
        }
        int n = text.length();
        if (n > 0 && text.charAt(n - 1) == '\r') {
            text.setLength(n - 1);
        }
        return text.toString();
    }

    /** The number of the line {@link #next} returned last (1 is the first). */
    long line() {
        return line;
    }

    private boolean fill() {
        try {
            int n = in.read(buffer, 0, buffer.length);
            if (n <= 0) {
                eof = true;
                return false;
            }
            pos = 0;
            end = n;
            return true;
        } catch (IOException e) {
            throw file.unreadable(line, e);
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // Read-only: nothing is lost when closing fails.
        }
    }
}
