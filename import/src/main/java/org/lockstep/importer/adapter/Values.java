package org.lockstep.importer.adapter;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and conversions of source values, each failure a {@link BadSource} naming the source field. */
final class Values {
    /** Twitter v1.1's {@code created_at}: {@code Tue Mar 08 10:20:00 +0000 2011}, English names whatever the locale. */
    static final DateTimeFormatter TWITTER_V1_TIME = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy",
            Locale.ROOT);
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");
    /** Spreadsheet-style {@code 2015-02-14 10:54:49} (research CSVs), read as UTC when no offset follows. */
    private static final Pattern SPACED = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*");

    private Values() {
    }

    /** A numeric platform id kept as text; ids mangled into floats ({@code 1.2e+18}) by spreadsheets are refused. */
    static String numericId(String field, String v) throws BadSource {
        if (v == null || v.isBlank()) {
            throw new BadSource(field, "required but empty");
        }
        String s = v.strip();
        if (!DIGITS.matcher(s).matches()) {
            throw new BadSource(field, "must be the account's numeric id as digits, not '" + abbreviate(s) + "'");
        }
        return s;
    }

    /** An ISO-8601 time as the dataset format writes it, from Twitter v1.1's form or from ISO-8601 itself. */
    static String twitterV1Time(String field, String v) throws BadSource {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v.strip(), TWITTER_V1_TIME).withOffsetSameInstant(ZoneOffset.UTC).toString();
        } catch (DateTimeParseException e) {
            try {
                return isoTime(field, v);
            } catch (BadSource notIso) {
                throw new BadSource(field, "must be a time such as Tue Mar 08 10:20:00 +0000 2011, not '"
                        + abbreviate(v.strip()) + "'");
            }
        }
    }

    /**
     * An ISO-8601 time, also with a space instead of the {@code T}; a date alone stays a date (precise to the day).
     */
    static String isoTime(String field, String v) throws BadSource {
        if (v == null || v.isBlank()) {
            return null;
        }
        String s = v.strip();
        if (SPACED.matcher(s).matches()) {
            s = s.replaceFirst(" ", "T");
        }
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s).toString();
            }
            try {
                return OffsetDateTime.parse(s).withOffsetSameInstant(ZoneOffset.UTC).toString();
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC).toString();
            }
        } catch (DateTimeParseException e) {
            throw new BadSource(field, "must be an ISO-8601 time such as 2024-05-02 or 2024-05-02T10:15:00Z, not '"
                    + abbreviate(s) + "'");
        }
    }

    /** {@code true}/{@code false} in any case, or the {@code 1}/{@code 0} of CSV flattenings; empty is unknown. */
    static String bool(String field, String v) throws BadSource {
        if (v == null || v.isBlank()) {
            return null;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> "true";
            case "false", "0" -> "false";
            default -> throw new BadSource(field, "must be true or false, not '" + abbreviate(v) + "'");
        };
    }

    /** Values in messages are attacker-written: short and on one line (as the importer quotes them). */
    static String abbreviate(String v) {
        String flat = v.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= 40 ? flat : flat.substring(0, 40) + "...";
    }
}
