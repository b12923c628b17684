package org.lockstep.importer;

/** A row failed validation; caught per row and turned into a {@link Reject}. */
final class RowException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String field;

    RowException(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    String field() {
        return field;
    }
}
