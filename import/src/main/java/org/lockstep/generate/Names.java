package org.lockstep.generate;

import java.util.Locale;
import java.util.SplittableRandom;

/** Readable handles, display names and bios of ordinary users, made from small word lists. */
final class Names {
    private static final String[] FIRST = words("""
            sara mina neda shirin parisa leila maryam zahra fatemeh nazanin roya yasaman hanieh elham niloofar azadeh
            samira bahar golnar ladan mahsa negin parvaneh sanaz setareh soraya tara yalda ziba arezoo atefeh donya
            ali reza amir hossein mehdi mohammad babak kaveh omid payam pouya ramin saeed siavash farhad dariush navid
            arash behnam kian milad sina hamid majid nima peyman shahin emma olivia sophia mia lucia anna clara julia
            lena nora maya alex daniel david leo noah adam sam jonas elias hugo marco lucas ahmet elif zeynep can deniz
            layla yusuf omar amina karim nadia rami salma hana""");
    private static final String[] LAST = words("""
            ahmadi hosseini karimi rezaei moradi jafari mohammadi rahimi sadeghi kazemi heidari ghasemi sharifi tehrani
            shirazi esfahani tabrizi najafi salehi akbari bagheri rostami farahani mousavi abbasi azizi yazdani kamali
            nouri hashemi rahmani zand soltani amini navabi behzadi keshavarz parsa daneshvar ebrahimi golzar miller
            schmidt rossi garcia martin novak yilmaz demir kaya haddad khalil mansour""");
    private static final String[] WORDS = words("""
            art photo studio daily life travel coffee books music film design garden cook kitchen yoga run bike sea
            mountain sky moon sun rain flower rose tulip cat dog paint draw poem story dream light blue green tea cake
            bake craft knit home style shop vintage street city tehran shiraz tabriz mashhad rasht istanbul berlin
            london paris toronto diary notes world view lens frame color wild free happy little lady girl boy mom dad
            family teacher doctor nurse student coder dev engineer chef baker artist writer singer dancer""");
    private static final String[] PERSIAN_NAMES = words("""
            سارا مینا ندا شیرین پریسا لیلا مریم زهرا نازنین رویا یاسمن
            الهام نیلوفر علی رضا امیر حسین مهدی بابک کاوه امید""");
    private static final String[] BIO_PARTS = {
        "📍 Tehran", "📍 Shiraz", "📍 Berlin", "📍 Toronto", "☕ coffee & books", "Photographer", "Mother of two",
        "Architecture student", "Software engineer", "Nurse 💉", "Teacher of English", "Painter and dreamer",
        "Cat person 🐈", "Runner 🏃‍♀️", "Books, films, long walks", "Love is love", "Home cook", "Gardener 🌱",
        "Opinions my own", "Music is my therapy 🎶", "زن، زندگی، آزادی", "هنر و زندگی", "Traveler ✈️",
        "Small business: handmade jewelry", "Law graduate", "Dentist", "Poetry, mostly Hafez"};

    private Names() {
    }

    private static String[] words(String block) {
        return block.trim().split("\\s+");
    }

    static String first(SplittableRandom r) {
        return FIRST[r.nextInt(FIRST.length)];
    }

    static String last(SplittableRandom r) {
        return LAST[r.nextInt(LAST.length)];
    }

    static String word(SplittableRandom r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    /** A handle a person would pick: names and words, a separator, sometimes a few digits (always has a vowel). */
    static String handle(SplittableRandom r, int attempt) {
        String sep = switch (r.nextInt(4)) {
            case 0 -> ".";
            case 1 -> "_";
            default -> "";
        };
        String base = switch (r.nextInt(6)) {
            case 0, 1 -> first(r) + sep + last(r);
            case 2 -> first(r) + sep + word(r);
            case 3 -> word(r) + sep + first(r);
            case 4 -> "the" + sep + word(r) + sep + first(r);
            default -> first(r) + sep + last(r).charAt(0);
        };
        boolean digits = attempt > 0 || r.nextDouble() < 0.35;
        String handle = digits ? base + digits(r, attempt) : base;
        return handle.length() > 30 ? handle.substring(0, 30) : handle;
    }

    private static String digits(SplittableRandom r, int attempt) {
        return switch (r.nextInt(3)) {
            case 0 -> Integer.toString(1970 + r.nextInt(36));
            case 1 -> Integer.toString(10 + r.nextInt(90));
            default -> Integer.toString(r.nextInt(attempt > 2 ? 100_000 : 1_000));
        };
    }

    static String displayName(SplittableRandom r) {
        double u = r.nextDouble();
        if (u < 0.1) {
            return "";
        }
        if (u < 0.25) {
            return PERSIAN_NAMES[r.nextInt(PERSIAN_NAMES.length)];
        }
        String name = capital(first(r)) + (u < 0.85 ? " " + capital(last(r)) : "");
        return u > 0.95 ? name + " ✨" : name;
    }

    static String bio(SplittableRandom r) {
        int parts = r.nextInt(4);
        StringBuilder bio = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            String part = BIO_PARTS[r.nextInt(BIO_PARTS.length)];
            if (bio.indexOf(part) < 0) {
                bio.append(i == 0 ? "" : " | ").append(part);
            }
        }
        return bio.toString();
    }

    static String capital(String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
