package org.lockstep.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

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
