package org.lockstep.console;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lockstep.error.InvalidRequestException;

/**
 * A console request checked for shape before Neo4j sees it: one query of at most 100 KB, JSON parameters only,
 * and limits clamped to the maxima.
 *
 * @param query   the query text, unchanged
 * @param params  the parameters as the driver should bind them (whole numbers as long, others as double)
 * @param timeout the timeout after clamping
 * @param maxRows the row cap after clamping
 * @param notices what was clamped, for people
 */
record RequestCheck(String query, Map<String, Object> params, Duration timeout, int maxRows, List<String> notices) {
    private static final int MAX_PARAM_DEPTH = 32;
    private static final int MAX_PARAM_VALUES = 100_000;

    static RequestCheck of(ConsoleRequest request, ConsoleLimits limits) {
        String query = request.query();
        if (query == null || query.isBlank()) {
            throw ConsolePolicy.refuse("Write a Cypher query that reads the graph, e.g. MATCH (a:Account) RETURN a"
                    + " LIMIT 10.");
        }
        int bytes = query.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > ConsolePolicy.MAX_QUERY_BYTES) {
            throw ConsolePolicy.refuse("The query is " + (bytes + 1023) / 1024 + " KB; the console takes at most "
                    + ConsolePolicy.MAX_QUERY_BYTES / 1024 + " KB. Pass data as parameters, or use the import.");
        }
        List<String> notices = new ArrayList<>();
        Duration timeout = request.timeout() == null ? limits.defaultTimeout() : request.timeout();
        if (timeout.isNegative() || timeout.isZero()) {
            throw InvalidRequestException.badValue("timeoutSeconds", "The timeout must be positive, at most "
                    + seconds(limits.maxTimeout()) + ".");
        }
        if (timeout.compareTo(limits.maxTimeout()) > 0) {
            notices.add("The timeout was lowered from " + seconds(timeout) + " to the console's maximum of "
                    + seconds(limits.maxTimeout()) + ".");
            timeout = limits.maxTimeout();
        }
        int maxRows = request.maxRows() == null ? limits.defaultMaxRows() : request.maxRows();
        if (maxRows < 1) {
            throw InvalidRequestException.badValue("maxRows", "maxRows must be at least 1, at most "
                    + limits.maxMaxRows() + ".");
        }
        if (maxRows > limits.maxMaxRows()) {
            notices.add("maxRows was lowered from " + maxRows + " to the console's maximum of " + limits.maxMaxRows()
                    + ".");
            maxRows = limits.maxMaxRows();
        }
        Map<String, Object> params = new LinkedHashMap<>();
        int[] count = {0};
        if (request.params() != null) {
            for (Map.Entry<String, Object> e : request.params().entrySet()) {
                params.put(e.getKey(), param(e.getKey(), e.getValue(), 0, count));
            }
        }
        return new RequestCheck(query, params, timeout, maxRows, List.copyOf(notices));
    }

    /** Copies a JSON value into what the driver binds; anything else (a Java object, a node, a date) is refused. */
    private static Object param(String name, Object value, int depth, int[] count) {
        if (++count[0] > MAX_PARAM_VALUES || depth > MAX_PARAM_DEPTH) {
            throw badParam("Parameter '" + name + "' is too large or too deeply nested: at most " + MAX_PARAM_VALUES
                    + " values and " + MAX_PARAM_DEPTH + " levels.");
        }
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b;
            case Integer i -> i.longValue();
            case Long l -> l;
            case Short s -> s.longValue();
            case Byte b -> b.longValue();
            case Double d -> d;
            case Float f -> f.doubleValue();
            case BigInteger big when big.bitLength() < 64 -> big.longValue();
            case BigDecimal dec -> dec.doubleValue();
            case List<?> list -> {
                List<Object> copy = new ArrayList<>(list.size());
                for (Object item : list) {
                    copy.add(param(name, item, depth + 1, count));
                }
                yield copy;
            }
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    if (!(e.getKey() instanceof String key)) {
                        throw badParam("Parameter '" + name + "' holds a map whose keys are not strings.");
                    }
                    copy.put(key, param(name, e.getValue(), depth + 1, count));
                }
                yield copy;
            }
            default -> throw badParam("Parameter '" + name + "' holds a " + describe(value) + "; the console takes"
                    + " JSON values only: strings, numbers, booleans, null, lists and maps.");
        };
    }

    private static String describe(Object value) {
        return value instanceof BigInteger ? "whole number beyond 64 bits" : value.getClass().getSimpleName();
    }

    private static InvalidRequestException badParam(String message) {
        return InvalidRequestException.badValue("params", message);
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
