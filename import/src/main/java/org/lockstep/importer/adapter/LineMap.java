package org.lockstep.importer.adapter;

import java.util.Arrays;

/**
 * Where each line of one translated file came from: the source file and line, kept as runs so that a source read
 * line by line (an edge list of millions of rows) costs a few bytes, not a few bytes a row.
 */
final class LineMap {
    /** A source location: the index of the source file (see {@link DatasetWriter}) and the line in it. */
    record Origin(int source, long line) {
    }

    private long[] firstLine = new long[16];
    private int[] source = new int[16];
    private long[] sourceLine = new long[16];
    private int runs;
    private long lastLine;

    /** Records that translated line {@code line} (one more than the last) comes from {@code source:srcLine}. */
    void add(long line, int src, long srcLine) {
        if (runs > 0) {
            int last = runs - 1;
            boolean continues = source[last] == src && sourceLine[last] + (lastLine - firstLine[last]) + 1 == srcLine
                    && line == lastLine + 1;
            if (continues) {
                lastLine = line;
                return;
            }
        }
        if (runs == firstLine.length) {
            firstLine = Arrays.copyOf(firstLine, runs * 2);
            source = Arrays.copyOf(source, runs * 2);
            sourceLine = Arrays.copyOf(sourceLine, runs * 2);
        }
        firstLine[runs] = line;
        source[runs] = src;
        sourceLine[runs] = srcLine;
        runs++;
        lastLine = line;
    }

    /** The origin of a translated line, or null when it was not written through this map. */
    Origin origin(long line) {
        if (runs == 0 || line < firstLine[0] || line > lastLine) {
            return null;
        }
        int i = Arrays.binarySearch(firstLine, 0, runs, line);
        int run = i >= 0 ? i : -i - 2;
        return new Origin(source[run], sourceLine[run] + (line - firstLine[run]));
    }

    /** How many runs are kept: what the map costs. */
    int runs() {
        return runs;
    }
}
