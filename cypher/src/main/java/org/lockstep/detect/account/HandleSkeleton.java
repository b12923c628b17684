package org.lockstep.detect.account;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The shape of a handle: each character as its class (C consonant, V vowel, D digit, {@code _ .} as themselves,
 * L any other letter), runs collapsed, so {@code kdrtmwqzp4821} and {@code bxtrwq55} are both {@code CD}; and how
 * unlike a name a person picks it is.
 *
 * @param skeleton        the collapsed class sequence
 * @param longestConsonants the longest run of consonants
 * @param vowelShare      vowels among the Latin letters (0 when there are none)
 * @param alternations    how often letters and digits alternate
 * @param entropy         Shannon entropy of the characters, in bits per character
 */
public record HandleSkeleton(String skeleton, int longestConsonants, double vowelShare, int alternations,
        double entropy) {
    private static final String VOWELS = "aeiouy";

    public static HandleSkeleton of(String handle) {
        String h = handle.toLowerCase(Locale.ROOT);
        StringBuilder skeleton = new StringBuilder();
        int run = 0;
        int longest = 0;
        int vowels = 0;
        int letters = 0;
        int alternations = 0;
        char previous = 0;
        Map<Integer, Integer> freq = new HashMap<>();
        for (int i = 0; i < h.length(); i++) {
            char ch = h.charAt(i);
            freq.merge((int) ch, 1, Integer::sum);
            char cls = classOf(ch);
            if (cls == 'V' || cls == 'C') {
                letters++;
            }
            if (cls == 'V') {
                vowels++;
            }
            run = cls == 'C' ? run + 1 : 0;
            longest = Math.max(longest, run);
            if (previous != 0 && isLetter(previous) != isLetter(cls) && (previous == 'D' || cls == 'D')) {
                alternations++;
            }
            if (skeleton.isEmpty() || skeleton.charAt(skeleton.length() - 1) != cls) {
                skeleton.append(cls);
            }
            previous = cls;
        }
        double entropy = 0;
        for (int n : freq.values()) {
            double p = (double) n / h.length();
            entropy -= p * Math.log(p) / Math.log(2);
        }
        return new HandleSkeleton(skeleton.toString(), longest, letters == 0 ? 0 : (double) vowels / letters,
                alternations, entropy);
    }

    /**
     * True when the handle does not read like a name: four or more consonants in a row, almost no vowels, or letters
     * and digits interleaved. Natural handles ({@code maria.rezaei92}) fail all three.
     */
    public boolean unlikely() {
        return longestConsonants >= 5 || (vowelShare < 0.15 && longestConsonants >= 3) || alternations >= 5;
    }

    private static boolean isLetter(char cls) {
        return cls == 'C' || cls == 'V' || cls == 'L';
    }

    private static char classOf(char ch) {
        if (ch >= '0' && ch <= '9') {
            return 'D';
        }
        if (ch >= 'a' && ch <= 'z') {
            return VOWELS.indexOf(ch) >= 0 ? 'V' : 'C';
        }
        if (ch == '_' || ch == '.') {
            return ch;
        }
        return Character.isLetter(ch) ? 'L' : '?';
    }
}
