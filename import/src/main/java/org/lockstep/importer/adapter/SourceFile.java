package org.lockstep.importer.adapter;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.lockstep.importer.ImportException;

/**
 * One file of a source, named as the user sees it (relative to the path they gave), opened as strict UTF-8 text and
 * decompressed when it ends in {@code .xz}, with the bytes read counted for progress.
 *
 * @param path the file
 * @param name its name relative to the source path, used in rejects and warnings
 */
record SourceFile(Path path, String name) {
    /** An {@code .xz} may inflate to this many bytes: a profile's metadata is kilobytes, a bomb is gigabytes. */
    static final long MAX_INFLATED = 64L << 20;
    /** The decoder's memory for an {@code .xz} dictionary: Python's lzma presets need at most 64 MiB. */
    private static final int XZ_MEMORY_KIB = 96 * 1024;

    boolean isXz() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xz");
    }

    /** The file's name without {@code .xz}, lower case: what its extension says it holds. */
    String plainName() {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.xz$", "");
    }

    long size() {
        try {
            return Math.max(1, Files.size(path));
        } catch (IOException e) {
            return 1;
        }
    }

    /** The text, strictly UTF-8 (a byte-order mark dropped); {@code counter} hears every raw byte read. */
    Reader open(Counter counter) {
        try {
            InputStream raw = new Counting(Files.newInputStream(path), counter);
            InputStream in = isXz() ? new Limited(new XZCompressorInputStream(raw, false, XZ_MEMORY_KIB)) : raw;
            PushbackInputStream bomless = new PushbackInputStream(in, 3);
            byte[] head = bomless.readNBytes(3);
            boolean bom = head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB
                    && head[2] == (byte) 0xBF;
            if (!bom) {
                bomless.unread(head);
            }
            return new InputStreamReader(bomless, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        } catch (IOException e) {
            throw unreadable(0, e);
        }
    }

    Reader open() {
        return open(Counter.NONE);
    }

    /** The error that stops the import for a file that cannot be read on, at {@code line} (0 when unknown). */
    ImportException unreadable(long line, IOException e) {
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return new ImportException(name, line, null, "is not UTF-8 text (binary data or another encoding): "
                    + "re-save it as UTF-8");
        }
        if (e instanceof TooLarge) {
            return new ImportException(name, line, null, e.getMessage());
        }
        String what = isXz() ? "cannot be read as xz-compressed text (" : "cannot be read (";
        return new ImportException(name, line, null, what + Values.abbreviate(String.valueOf(e.getMessage())) + ")");
    }

    /** Hears how many raw bytes have been read. */
    interface Counter {
        Counter NONE = bytes -> { };

        void read(long bytes);
    }

    private static final class Counting extends FilterInputStream {
        private final Counter counter;
        private long count;

        Counting(InputStream in, Counter counter) {
            super(in);
            this.counter = counter;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counter.read(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                counter.read(count);
            }
            return n;
        }
    }

    /** Counts the inflated bytes themselves, never what a header claims. */
    private static final class Limited extends FilterInputStream {
        private long count;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                check(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                check(n);
            }
            return n;
        }

        private void check(int n) throws TooLarge {
            count += n;
            if (count > MAX_INFLATED) {
                throw new TooLarge("inflates past " + MAX_INFLATED + " bytes, the limit for one compressed file,"
                        + " as a decompression bomb does: decompress it yourself (xz -d) if it is really that large");
            }
        }
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }
}
