package org.lockstep.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Typed reads of a row's fields by the rules of the dataset format; each failure names the field and the fix. */
final class Fields {
    private Fields() {
    }

    /**
     * A time from the dataset, kept with its precision.
     *
     * @param value   the instant in UTC
     * @param dayOnly true when only the date was given: precise to the day, never to be read as midnight
     */
    record Time(OffsetDateTime value, boolean dayOnly) {
    }

    /**
     * A non-negative decimal as the dataset wrote it.
     *
     * @param value the number, for sorting and sums
     * @param text  the digits as written (stripped), so that no rounding is ever the only record of a price
     */
    record Decimal(double value, String text) {
    }

    /** 64 KiB: a bio or a post is a few kilobytes; beyond this a field is an attack on memory or on the UI. */
    static final int MAX_FIELD_BYTES = 65536;

    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,15}(\\.[0-9]{1,10})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    /** Refuses a row with a field longer than {@value #MAX_FIELD_BYTES} bytes in UTF-8. */
    static void checkSizes(SourceRow row) throws RowException {
        for (Map.Entry<String, String> e : row.values().entrySet()) {
            String v = e.getValue();
            // A char is at most 3 UTF-8 bytes (a surrogate pair 4 for 2 chars): short strings need no count.
            if (v.length() > MAX_FIELD_BYTES / 3) {
                long bytes = utf8Length(v);
                if (bytes > MAX_FIELD_BYTES) {
                    throw row.bad(abbreviate(e.getKey()), "field too long (" + bytes + " bytes; the limit is "
                            + MAX_FIELD_BYTES + ")");
                }
            }
        }
    }

    static long utf8Length(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    static String required(SourceRow row, String field) throws RowException {
        String v = row.get(field);
        if (v == null || v.isBlank()) {
            throw row.bad(field, "required but empty");
        }
        return v.strip();
    }

    static String optional(SourceRow row, String field) {
        String v = row.get(field);
        return v == null || v.isBlank() ? null : v;
    }

    static Long count(SourceRow row, String field) throws RowException {
        String v = optional(row, field);
        if (v == null) {
            return null;
        }
        try {
            long n = Long.parseLong(v.strip());
            if (n < 0) {
                throw row.bad(field, "must be a whole number >= 0, not " + v.strip());
            }
            return n;
        } catch (NumberFormatException e) {
            throw row.bad(field, "must be a whole number >= 0, not '" + abbreviate(v) + "'");
        }
    }

    static long requiredCount(SourceRow row, String field) throws RowException {
        required(row, field);
        return count(row, field);
    }

    /** A value from a closed list (a storefront's kind, a service); the reject lists what is allowed. */
    static String oneOf(SourceRow row, String field, List<String> allowed) throws RowException {
        String v = optional(row, field);
        if (v == null) {
            return null;
        }
        String s = v.strip();
        if (!allowed.contains(s)) {
            throw row.bad(field, "must be one of " + String.join(", ", allowed) + "; not '" + abbreviate(s) + "'");
        }
        return s;
    }

    static String requiredOneOf(SourceRow row, String field, List<String> allowed) throws RowException {
        required(row, field);
        return oneOf(row, field, allowed);
    }

    /** An ISO 4217 code; lower case is refused rather than fixed, since a typo there changes meaning. */
    static String currency(SourceRow row, String field) throws RowException {
        String v = optional(row, field);
        if (v == null) {
            return null;
        }
        if (!CURRENCY.matcher(v.strip()).matches()) {
            throw row.bad(field, "must be a 3-letter ISO 4217 code in capitals such as USD, not '"
                    + abbreviate(v.strip()) + "'");
        }
        return v.strip();
    }

    static String requiredCurrency(SourceRow row, String field) throws RowException {
        required(row, field);
        return currency(row, field);
    }

    /** Plain digits with an optional fraction: no sign, exponent or thousands separator to misread. */
    static Decimal decimal(SourceRow row, String field) throws RowException {
        String v = optional(row, field);
        if (v == null) {
            return null;
        }
        String s = v.strip();
        if (!DECIMAL.matcher(s).matches()) {
            throw row.bad(field, "must be a decimal >= 0 such as 49.99, not '" + abbreviate(s) + "'");
        }
        return new Decimal(Double.parseDouble(s), s);
    }

    static Decimal requiredDecimal(SourceRow row, String field) throws RowException {
        required(row, field);
        return decimal(row, field);
    }

    /** A platform name as the manifest writes it: one lower-case word. */
    static String requiredWord(SourceRow row, String field) throws RowException {
        String v = required(row, field);
        if (!WORD.matcher(v).matches()) {
            throw row.bad(field, "must be one lower-case word such as instagram, not '" + abbreviate(v) + "'");
        }
        return v;
    }

    /** Puts a time and, when only its day is known, {@code precisionKey: 'day'} (never invent minutes). */
    static void putTime(Map<String, Object> params, String key, String precisionKey, Time t) {
        params.put(key, t == null ? null : t.value());
        params.put(precisionKey, t != null && t.dayOnly() ? "day" : null);
    }

    static Boolean bool(SourceRow row, String field) throws RowException {
        String v = optional(row, field);
        if (v == null) {
            return null;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw row.bad(field, "must be true or false, not '" + abbreviate(v) + "'");
        };
    }

    static Time time(SourceRow row, String field) throws RowException {
        String v = optional(row, field);
        return v == null ? null : parseTime(row, field, v.strip());
    }

    static Time requiredTime(SourceRow row, String field) throws RowException {
        return parseTime(row, field, required(row, field));
    }

    private static Time parseTime(SourceRow row, String field, String v) throws RowException {
        try {
            if (v.length() == 10) {
                return new Time(LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC), true);
            }
            try {
                return new Time(OffsetDateTime.parse(v).withOffsetSameInstant(ZoneOffset.UTC), false);
            } catch (DateTimeParseException noOffset) {
                // The format says: no offset means UTC.
                return new Time(LocalDateTime.parse(v).atOffset(ZoneOffset.UTC), false);
            }
        } catch (DateTimeParseException e) {
            throw row.bad(field, "must be an ISO-8601 time such as 2024-05-02 or 2024-05-02T10:15:00Z, not '"
                    + abbreviate(v) + "'");
        }
    }

    /** Values in messages are attacker-written: keep them short and single-line. */
    static String abbreviate(String v) {
        String flat = v.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= 40 ? flat : flat.substring(0, 40) + "...";
    }
}
