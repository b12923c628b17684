package org.lockstep.importer.adapter;

import org.lockstep.importer.FileCount;
import org.lockstep.importer.ImportListener;

/** Tells the listener how the translation of one source file advances: rows read and the share of bytes read. */
final class Progress implements SourceFile.Counter {
    private static final int EVERY = 4096;
    private final ImportListener listener;
    private final String name;
    private final long size;
    private long bytes;
    private long rows;
    private long rejected;

    Progress(ImportListener listener, SourceFile file) {
        this(listener, file.name(), file.size());
    }

    /**
     * Progress over {@code units} of work named {@code name}: bytes of one file, or files of a group (thousands of
     * small profile files make one bar, not thousands); {@link #read} says how many units are done.
     */
    Progress(ImportListener listener, String name, long units) {
        this.listener = listener;
        this.name = name;
        this.size = Math.max(1, units);
        listener.fileStarted(name, "translate");
    }

    @Override
    public void read(long unitsDone) {
        bytes = unitsDone;
    }

    void row() {
        if (++rows % EVERY == 0) {
            listener.progress(name, rows, Math.min(1.0, (double) bytes / size));
        }
    }

    /** A row read was not translated. */
    void rejected() {
        rejected++;
    }

    void done() {
        listener.progress(name, rows, 1.0);
        listener.fileDone(name, new FileCount(name, rows, rows - rejected, rejected));
    }
}
