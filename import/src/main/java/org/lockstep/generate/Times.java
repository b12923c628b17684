package org.lockstep.generate;

import java.time.LocalDate;

/** The fixed calendar of the scenario (spring 2024) and a fast ISO-8601 formatter for epoch seconds. */
final class Times {
    static final long MINUTE = 60;
    static final long HOUR = 3_600;
    static final long DAY = 86_400;

    /** When the dataset was collected: every follow, report and account predates it. */
    static final long COLLECTED_AT = epoch(2024, 5, 20);
    /** Organic follows spread over the two years before collection. */
    static final long ORGANIC_FROM = epoch(2022, 5, 20);
    /** The first daily follower_counts snapshot. */
    static final long SPRING_FROM = epoch(2024, 3, 1);
    /** International Women's Day: a plausible organic spike for a women's-rights organisation. */
    static final long VIRAL_DAY = epoch(2024, 3, 8);
    /** The April-May waves of the public case: floods are first planned between these two days. */
    static final long FLOODS_FROM = epoch(2024, 4, 1);
    static final long FLOODS_TO = epoch(2024, 5, 10);
    /** The troll farm's week. */
    static final long TROLLS_FROM = epoch(2024, 4, 22);

    private Times() {
    }

    static long epoch(int year, int month, int day) {
        return LocalDate.of(year, month, day).toEpochDay() * DAY;
    }

    /** {@code 2024-05-02T10:15:00Z}: always to the second, always UTC, as the dataset format asks. */
    static String iso(long epochSecond) {
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, DAY));
        int second = (int) Math.floorMod(epochSecond, DAY);
        char[] c = new char[20];
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        put(c, 0, year / 100);
        put(c, 2, year % 100);
        c[4] = '-';
        put(c, 5, date.getMonthValue());
        c[7] = '-';
        put(c, 8, date.getDayOfMonth());
        c[10] = 'T';
        put(c, 11, second / 3600);
        c[13] = ':';
        put(c, 14, second / 60 % 60);
        c[16] = ':';
        put(c, 17, second % 60);
        c[19] = 'Z';
        return new String(c);
    }

    private static void put(char[] c, int at, int twoDigits) {
        c[at] = (char) ('0' + twoDigits / 10);
        c[at + 1] = (char) ('0' + twoDigits % 10);
    }
}
