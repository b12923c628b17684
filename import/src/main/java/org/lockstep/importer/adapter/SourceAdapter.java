package org.lockstep.importer.adapter;

import java.nio.file.Path;
import org.lockstep.importer.ImportListener;

/** Translates one kind of source into a dataset folder through a {@link DatasetWriter}. */
interface SourceAdapter {

    /**
     * Writes the manifest and the entity files for the source at {@code path}; rows it cannot translate are rejects
     * in {@code out}. A source that cannot be read at all is an {@link org.lockstep.importer.ImportException}.
     */
    void translate(Path path, SourceOptions options, DatasetWriter out, ImportListener listener);

    static SourceAdapter of(SourceFormat format) {
        return switch (format) {
            case TWITTER_V1, TWITTER_V2 -> new TwitterAdapter(format);
            case INSTALOADER -> new InstaloaderAdapter();
            case SMM_PANEL -> new SmmPanelAdapter();
            case LOCKSTEP -> throw new IllegalArgumentException("a Lockstep dataset needs no translation");
        };
    }
}
