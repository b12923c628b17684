package org.lockstep.importer;

/** Hears how an import advances, so the CLI can draw a progress bar and the server can report a job's progress. */
public interface ImportListener {
    ImportListener NONE = new ImportListener() { };

    /** A file starts; {@code entity} is e.g. {@code follows}. */
    default void fileStarted(String file, String entity) {
    }

    /** Rows read so far from the current file and the fraction of its bytes read. */
    default void progress(String file, long rows, double fraction) {
    }

    default void fileDone(String file, FileCount count) {
    }

    /** Something worth telling the user that does not stop the import (an unknown column, an unread file). */
    default void warning(String message) {
    }

    /** Tells both listeners everything, {@code first} first: a progress bar and a collector, say. */
    static ImportListener both(ImportListener first, ImportListener second) {
        return new ImportListener() {
            @Override
            public void fileStarted(String file, String entity) {
                first.fileStarted(file, entity);
                second.fileStarted(file, entity);
            }

            @Override
            public void progress(String file, long rows, double fraction) {
                first.progress(file, rows, fraction);
                second.progress(file, rows, fraction);
            }

            @Override
            public void fileDone(String file, FileCount count) {
                first.fileDone(file, count);
                second.fileDone(file, count);
            }

            @Override
            public void warning(String message) {
                first.warning(message);
                second.warning(message);
            }
        };
    }
}
