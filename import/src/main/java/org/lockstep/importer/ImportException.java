package org.lockstep.importer;

import org.lockstep.error.LockstepException;

/**
 * A dataset file cannot be read at all, so the import stops; what was committed before stays consistent.
 *
 * <p>Bad single rows are not exceptions: they become {@link Reject}s and the rest of the file loads.
 */
public final class ImportException extends LockstepException {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final long line;
    private final String field;

    public ImportException(String file, long line, String field, String reason) {
        super(file + (line > 0 ? ":" + line : "") + (field != null ? " (" + field + ")" : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }

    @Override
    public String code() {
        return "import.unreadable";
    }

    @Override
    public boolean isClientError() {
        return true;
    }
}
