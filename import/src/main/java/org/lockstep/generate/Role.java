package org.lockstep.generate;

import java.util.Locale;

/** What an account really is in the scenario, as written to ground-truth-accounts.csv. */
enum Role {
    ORGANIC, TARGET, CELEBRITY, HONEYPOT, BOT, TROLL, DELIVERED, DECOY_VIRAL, DECOY_MEME, DECOY_FAN;

    private static final Role[] ALL = values();

    static Role of(byte ordinal) {
        return ALL[ordinal];
    }

    byte code() {
        return (byte) ordinal();
    }

    String csv() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Real people using the platform as usual (the decoys are ordinary users that happen to look suspicious). */
    boolean isOrganic() {
        return this == ORGANIC || this == DECOY_VIRAL || this == DECOY_MEME || this == DECOY_FAN;
    }
}
