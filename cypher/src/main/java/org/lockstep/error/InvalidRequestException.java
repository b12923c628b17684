package org.lockstep.error;

/** A request named something unknown or gave a value of the wrong shape; the message names the field and the fix. */
public final class InvalidRequestException extends LockstepException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final boolean notFound;

    private InvalidRequestException(String field, String message, boolean notFound) {
        super(message);
        this.field = field;
        this.notFound = notFound;
    }

    public static InvalidRequestException badValue(String field, String message) {
        return new InvalidRequestException(field, message, false);
    }

    public static InvalidRequestException notFound(String field, String message) {
        return new InvalidRequestException(field, message, true);
    }

    /** The request field at fault, or {@code null} when it is the request as a whole. */
    public String field() {
        return field;
    }

    public boolean isNotFound() {
        return notFound;
    }

    @Override
    public String code() {
        return notFound ? "request.not_found" : "request.invalid";
    }

    @Override
    public boolean isClientError() {
        return true;
    }
}
