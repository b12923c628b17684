package org.lockstep.detect;

import java.util.Comparator;

/**
 * The identity of an account across runs and stores: its platform and platform id (the graph's key).
 *
 * @param platform the platform, e.g. {@code instagram}
 * @param id       the platform's id, as text
 */
public record AccountKey(String platform, String id) implements Comparable<AccountKey> {
    private static final Comparator<AccountKey> ORDER =
            Comparator.comparing(AccountKey::platform).thenComparing(AccountKey::id);

    @Override
    public int compareTo(AccountKey o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return platform + ":" + id;
    }
}
