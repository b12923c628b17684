package org.lockstep.generate;

import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * How each vendor's account factory names its accounts: a handle skeleton of consonants and digits (the "long,
 * systematic strings of unintelligible consonants and digits" of the public case), and display-name habits.
 */
enum VendorStyle {
    /** Seven to ten consonants, then three to five digits: {@code kdrtmwqzp4821}. */
    CONSONANTS_DIGITS("[bcdfghjklmnpqrstvwxz]{7,10}[0-9]{3,5}"),
    /** Consonant blocks joined by underscores, then digits: {@code brk_tzm_482}. */
    UNDERSCORE_BLOCKS("[bcdfghjklmnpqrstvwxz]{3,5}(_[bcdfghjklmnpqrstvwxz]{2,5}){1,2}_[0-9]{2,4}"),
    /** Consonants and digits interleaved: {@code k3m8x1p0z}. */
    INTERLEAVED("([bcdfghjklmnpqrstvwxz][0-9]){4,6}[bcdfghjklmnpqrstvwxz]?");

    private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";
    private static final String[] SPAM_BIOS = {
        "DM for promo 💸", "Follow back 100%", "🔥🔥🔥", "Crypto signals in bio link", "Free followers ➡️ link",
        "Hi 👋", "Business inquiries by DM"};
    /** Attacker-written text: the workbench must render and parse it as inert data. */
    static final String[] HOSTILE = {
        "<script>alert('lockstep')</script>", "=HYPERLINK(\"http://attacker.example\",\"open\")",
        "'; MATCH (n) DETACH DELETE n; //", "Line one\r\nline two, with \"quotes\"", "\u202Egpj.exe\u202C",
        "{{7*7}} ${7*7} #{7*7}", "../../../../etc/passwd", "<img src=x onerror=alert(document.cookie)>"};

    private final Pattern pattern;

    VendorStyle(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    static VendorStyle of(int vendor) {
        return values()[vendor];
    }

    /** The skeleton as a regular expression over the whole handle. */
    Pattern pattern() {
        return pattern;
    }

    String handle(SplittableRandom r) {
        return switch (this) {
            case CONSONANTS_DIGITS -> consonants(r, 7 + r.nextInt(4)) + digits(r, 3 + r.nextInt(3));
            case UNDERSCORE_BLOCKS -> {
                StringBuilder h = new StringBuilder(consonants(r, 3 + r.nextInt(3)));
                for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
                    h.append('_').append(consonants(r, 2 + r.nextInt(4)));
                }
                yield h.append('_').append(digits(r, 2 + r.nextInt(3))).toString();
            }
            case INTERLEAVED -> {
                StringBuilder h = new StringBuilder();
                for (int i = 0, n = 4 + r.nextInt(3); i < n; i++) {
                    h.append(consonants(r, 1)).append(digits(r, 1));
                }
                yield r.nextBoolean() ? h.append(consonants(r, 1)).toString() : h.toString();
            }
        };
    }

    String displayName(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.01) {
            return HOSTILE[r.nextInt(HOSTILE.length)];
        }
        return switch (this) {
            case CONSONANTS_DIGITS -> u < 0.6 ? "" : Names.capital(Names.first(r));
            case UNDERSCORE_BLOCKS -> u < 0.3 ? "" : Names.capital(Names.first(r)) + " " + Names.capital(Names.last(r));
            case INTERLEAVED -> u < 0.5 ? "" : Names.displayName(r);
        };
    }

    static String bio(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.02) {
            return HOSTILE[r.nextInt(HOSTILE.length)];
        }
        return u < 0.15 ? SPAM_BIOS[r.nextInt(SPAM_BIOS.length)] : "";
    }

    private static String consonants(SplittableRandom r, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append(CONSONANTS.charAt(r.nextInt(CONSONANTS.length())));
        }
        return s.toString();
    }

    private static String digits(SplittableRandom r, int n) {
        StringBuilder s = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            s.append((char) ('0' + r.nextInt(10)));
        }
        return s.toString();
    }
}
