package org.lockstep.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns accounts as small ints for the Java steps of detectors, which work on arrays of millions of events.
 * Not thread-safe: one per run.
 */
public final class AccountIndex {
    private final Map<AccountKey, Integer> ids = new HashMap<>();
    private final List<AccountKey> keys = new ArrayList<>();

    public int of(String platform, String id) {
        AccountKey key = new AccountKey(platform, id);
        Integer known = ids.get(key);
        if (known != null) {
            return known;
        }
        ids.put(key, keys.size());
        keys.add(key);
        return keys.size() - 1;
    }

    public AccountKey key(int index) {
        return keys.get(index);
    }

    public int size() {
        return keys.size();
    }
}
