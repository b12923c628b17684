package org.lockstep.detect;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.apache.commons.codec.digest.DigestUtils;

/** How findings word numbers, times and durations: neutral, exact, and never more precise than the data. */
public final class Texts {
    private Texts() {
    }

    public static String human(Duration d) {
        if (d.toDays() >= 2) {
            return d.toDays() + " days";
        }
        if (d.toHours() >= 2) {
            return d.toHours() + " hours";
        }
        if (d.toHours() == 1 && d.toMinutesPart() == 0) {
            return "hour";
        }
        if (d.toMinutes() >= 1) {
            return d.toMinutes() + (d.toMinutes() == 1 ? " minute" : " minutes");
        }
        return d.toSeconds() + " seconds";
    }

    /** A duration as an adjective: {@code 10-minute}, {@code 3-day}, {@code 1-hour}. */
    public static String scale(Duration d) {
        if (d.toDays() >= 1 && d.toHoursPart() == 0 && d.toMinutesPart() == 0) {
            return d.toDays() + "-day";
        }
        if (d.toHours() >= 1 && d.toMinutesPart() == 0 && d.toSecondsPart() == 0) {
            return d.toHours() + "-hour";
        }
        return d.toMinutes() + "-minute";
    }

    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static OffsetDateTime utc(long epochSecond) {
        return OffsetDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    /** A window as text: to the minute, or to the day when the times are known only to the day. */
    public static String window(OffsetDateTime from, OffsetDateTime to, boolean dayOnly) {
        if (from == null || to == null) {
            return "at times not in the data";
        }
        if (dayOnly) {
            return from.toLocalDate().equals(to.toLocalDate()) ? "on " + from.toLocalDate()
                    : "between " + from.toLocalDate() + " and " + to.toLocalDate();
        }
        return "between " + from + " and " + to + " (" + human(Duration.between(from, to)) + ")";
    }

    /** A short stable id: a prefix and the first hex digits of the SHA-256 of what defines the finding. */
    public static String id(String prefix, String definition) {
        return prefix + "-" + DigestUtils.sha256Hex(definition.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }
}
