package org.lockstep.importer;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * Remembers, for each id of one file, the line that first held it and a fingerprint of that row's values, in 24 bytes
 * per slot (an open-addressing table of 64-bit hashes), so that ten million ids fit in a few hundred megabytes.
 *
 * <p>Ids and fingerprints are compared by 64-bit hash: two different ids collide with a chance of about one in
 * 10^19 per pair, far below any error in the data itself.
 */
final class FirstSeen {
    private long[] keys = new long[1 << 10];
    private long[] lines = new long[1 << 10];
    private long[] prints = new long[1 << 10];
    private int size;

    /**
     * Records {@code id} with its row's {@code fingerprint} at {@code line}.
     *
     * @return 0 when the id is new or was seen with the same values (an exact duplicate), else the line that first
     *         held it with other values
     */
    long conflict(String id, long fingerprint, long line) {
        long key = hash(id);
        int mask = keys.length - 1;
        for (int i = (int) mix(key) & mask; ; i = (i + 1) & mask) {
            if (keys[i] == 0) {
                keys[i] = key;
                lines[i] = line;
                prints[i] = fingerprint;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return 0;
            }
            if (keys[i] == key) {
                return prints[i] == fingerprint ? 0 : lines[i];
            }
        }
    }

    static long hash(String text) {
        long h = MurmurHash3.hash128x64(text.getBytes(StandardCharsets.UTF_8))[0];
        // 0 marks an empty slot.
        return h == 0 ? 1 : h;
    }

    private static long mix(long key) {
        return key ^ (key >>> 32);
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLines = lines;
        long[] oldPrints = prints;
        keys = new long[oldKeys.length * 2];
        lines = new long[keys.length];
        prints = new long[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = (int) mix(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                lines[i] = oldLines[j];
                prints[i] = oldPrints[j];
            }
        }
    }
}
