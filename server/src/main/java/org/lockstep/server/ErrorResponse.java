package org.lockstep.server;

/**
 * The one shape every API error has.
 *
 * @param status  the HTTP status
 * @param code    a stable machine-readable code, e.g. {@code request.invalid}
 * @param message what failed and how to fix it
 * @param field   the request field at fault, or null
 */
public record ErrorResponse(int status, String code, String message, String field) {
}
