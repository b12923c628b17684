package org.lockstep.error;

/**
 * The root of Lockstep's own exceptions: every message says what failed and how to fix it.
 *
 * <p>The HTTP layer and the CLI map this hierarchy once, by {@link #code()}, to one error shape.
 */
public abstract class LockstepException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected LockstepException(String message) {
        super(message);
    }

    protected LockstepException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A short stable identifier of the kind of failure, e.g. {@code store.unavailable}. */
    public abstract String code();

    /** Whether the caller (rather than the server or the data store) is at fault. */
    public boolean isClientError() {
        return false;
    }
}
