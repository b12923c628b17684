package org.lockstep.importer.adapter;

/** A source row that cannot be translated: it becomes a reject naming the source file, line and field. */
final class BadSource extends Exception {
    private static final long serialVersionUID = 1L;
    private final String field;

    BadSource(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    /** The source field at fault, or empty for the row as a whole. */
    String field() {
        return field;
    }
}
