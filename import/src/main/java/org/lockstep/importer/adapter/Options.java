package org.lockstep.importer.adapter;

import org.lockstep.error.InvalidRequestException;

/** The checks of {@link SourceOptions} that every adapter shares. */
final class Options {
    private Options() {
    }

    /** {@code --observed-at} as the dataset format writes it, or null; a bad value stops before anything is read. */
    static String observedAt(SourceOptions options) {
        try {
            return Values.isoTime("observed-at", options.observedAt());
        } catch (BadSource e) {
            throw InvalidRequestException.badValue("observed-at", "--observed-at " + e.getMessage());
        }
    }

    /** {@code --dataset}, else the name derived from the source. */
    static String dataset(SourceOptions options, String derived) {
        String name = options.dataset() != null && !options.dataset().isBlank() ? options.dataset() : derived;
        return name.strip();
    }
}
