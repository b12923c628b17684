package org.lockstep.error;

/** The graph store could not be started, reached or written; the message says how to recover. */
public final class StoreException extends LockstepException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public StoreException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
