package org.lockstep.server;

import io.javalin.http.Context;
import org.lockstep.error.InvalidRequestException;

/**
 * The {@code skip} and {@code limit} query parameters of a paged list, checked once.
 *
 * @param skip  items to skip, at least 0
 * @param limit items per page, 1 to {@link #MAX_LIMIT}
 */
record Paging(long skip, long limit) {
    static final long MAX_LIMIT = 10_000;

    static Paging of(Context ctx, long defaultLimit) {
        long skip = number(ctx, "skip", 0);
        long limit = number(ctx, "limit", defaultLimit);
        if (skip < 0) {
            throw InvalidRequestException.badValue("skip", "skip must be 0 or more.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidRequestException.badValue("limit", "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return new Paging(skip, limit);
    }

    private static long number(Context ctx, String name, long fallback) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidRequestException.badValue(name, name + " must be a whole number, not '"
                    + (raw.length() > 20 ? raw.substring(0, 20) + "…" : raw) + "'.");
        }
    }
}
