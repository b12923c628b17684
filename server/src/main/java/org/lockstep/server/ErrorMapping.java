package org.lockstep.server;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.error.LockstepException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every exception, once, to an {@link ErrorResponse} with a status and a message that says how to fix it. */
final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    private ErrorMapping() {
    }

    static void install(JavalinConfig config) {
        config.routes.exception(LockstepException.class, (e, ctx) -> {
            int status = e instanceof InvalidRequestException ire && ire.isNotFound() ? 404
                    : e.isClientError() ? 400 : 500;
            String field = e instanceof InvalidRequestException ire ? ire.field() : null;
            if (status == 500) {
                LOG.error("{} on {} {}", e.code(), ctx.method(), ctx.path(), e);
            }
            send(ctx, new ErrorResponse(status, e.code(), e.getMessage(), field));
        });
        config.routes.exception(JacksonException.class, (e, ctx) -> send(ctx, new ErrorResponse(400,
                "request.malformed_json", "The request body is not the JSON this endpoint takes ("
                        + e.getOriginalMessage() + "). Send e.g. {\"params\": {\"minSize\": 20}}.", null)));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx,
                new ErrorResponse(e.getStatus(), "http." + e.getStatus(), e.getMessage(), null)));
        config.routes.exception(ServiceUnavailableException.class, (e, ctx) -> send(ctx, new ErrorResponse(503,
                "store.unavailable", "The graph store is not reachable: check that Neo4j runs, then retry.", null)));
        config.routes.exception(Neo4jException.class, (e, ctx) -> {
            LOG.error("Neo4j {} on {} {}", e.code(), ctx.method(), ctx.path(), e);
            int status = e instanceof ClientException ? 400 : 500;
            send(ctx, new ErrorResponse(status, "neo4j." + e.code(), "The graph store refused the query: "
                    + e.getMessage(), null));
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, new ErrorResponse(500, "internal", "Something went wrong inside Lockstep; the server log has"
                    + " the details. Please report it with the log lines.", null));
        });
        config.routes.error(404, ctx -> {
            // Only for unmatched routes: a 404 mapped from an exception above already has its body.
            if (ctx.path().startsWith("/api/") && ctx.resultInputStream() == null) {
                send(ctx, new ErrorResponse(404, "http.404", "No endpoint " + ctx.method() + " " + ctx.path()
                        + ": GET /api/detectors lists what exists.", null));
            }
        });
    }

    private static void send(Context ctx, ErrorResponse error) {
        ctx.status(error.status()).json(error);
    }
}
