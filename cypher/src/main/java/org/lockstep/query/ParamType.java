package org.lockstep.query;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.lockstep.error.InvalidRequestException;

/** The types a query parameter can have; each knows how to read a value given as text or JSON. */
public enum ParamType {
    STRING("string"),
    INT("int"),
    FLOAT("float"),
    BOOLEAN("boolean"),
    DURATION("duration"),
    DATETIME("datetime"),
    STRING_LIST("list<string>"),
    /** Rows handed to an {@code UNWIND} by the application itself; never taken from a request. */
    MAP_LIST("list<map>"),
    /** A map built by Lockstep itself; never taken from a request. */
    MAP("map");

    private final String spelling;

    ParamType(String spelling) {
        this.spelling = spelling;
    }

    /** How the type is written in a query header. */
    public String spelling() {
        return spelling;
    }

    public static ParamType parse(String spelling) {
        for (ParamType t : values()) {
            if (t.spelling.equals(spelling.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown parameter type '" + spelling + "'");
    }

    /**
     * Turns a value from a request (a JSON scalar or a CLI string) into what the driver should bind.
     *
     * @throws InvalidRequestException naming the parameter when the value does not fit the type
     */
    public Object coerce(String param, Object raw) {
        try {
            return switch (this) {
                case STRING -> raw.toString();
                // Exact: 1.5, 1e400 or a number past a long's range is refused, never rounded or wrapped.
                case INT -> new BigDecimal(raw.toString().trim()).longValueExact();
                case FLOAT -> finite(Double.parseDouble(raw.toString().trim()));
                case BOOLEAN -> parseBoolean(raw.toString().trim());
                case DURATION -> Duration.parse(raw.toString().trim());
                case DATETIME -> dateTime(raw.toString().trim());
                case STRING_LIST -> raw instanceof List<?> list
                        ? list.stream().map(Object::toString).toList()
                        : List.of(raw.toString().split(","));
                case MAP_LIST, MAP -> throw InvalidRequestException.badValue(param,
                        "Parameter '" + param + "' is filled by Lockstep itself and cannot be given.");
            };
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            throw InvalidRequestException.badValue(param, "Parameter '" + param + "' must be " + example()
                    + ", not '" + raw + "'.");
        }
    }

    private static double finite(double d) {
        if (!Double.isFinite(d)) {
            throw new NumberFormatException("not finite");
        }
        return d;
    }

    /** As in the dataset format: no offset means UTC. */
    private static OffsetDateTime dateTime(String s) {
        try {
            return OffsetDateTime.parse(s);
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
        }
    }

    private static boolean parseBoolean(String s) {
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(s);
        }
        throw new NumberFormatException(s);
    }

    private String example() {
        return switch (this) {
            case STRING -> "a string";
            case INT -> "a whole number such as 10";
            case FLOAT -> "a number such as 0.8";
            case BOOLEAN -> "true or false";
            case DURATION -> "an ISO-8601 duration such as PT5M";
            case DATETIME -> "an ISO-8601 time such as 2024-05-02T10:15:00Z";
            case STRING_LIST -> "a list of strings";
            case MAP_LIST, MAP -> "filled by Lockstep";
        };
    }
}
