package org.lockstep.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Every account of the scenario as contiguous index ranges by group, with the few numbers per account that the
 * streaming passes share (a handful of bytes each, so a million accounts stay small).
 *
 * <p>Indices are internal; files carry platform ids, which grow with creation time as Instagram's do.
 */
final class Population {
    static final int CELEBRITIES = 3;
    static final int VENDORS = 3;
    static final short NO_CAMPAIGN = -1;

    final int targetStart;
    final int targetCount;
    final int honeypotStart;
    final int organicStart;
    final int organicCount;
    final int trollStart;
    final int trollCount;
    final int botStart;
    final int botCount;
    final int deliveredStart;
    final int size;
    /** Bots per flood, in flood order, contiguous from botStart. */
    final int[] floodSizes;
    /** Per vendor: delivered accounts that exist only for the test purchase, contiguous from deliveredStart. */
    final int[] deliveredOnly;
    /** Per vendor: delivered accounts taken from the vendor's first flood. */
    final int[] deliveredFromFlood;

    final int[] created;
    final byte[] role;
    final short[] campaign;
    /** Active follows at collection time, counted while follows are written. */
    final int[] followers;
    final int[] following;
    private final long[] ids;

    Population(Scale scale, SplittableRandom r) {
        targetCount = scale.targets();
        targetStart = CELEBRITIES;
        honeypotStart = targetStart + targetCount;
        int floods = VENDORS * scale.floodsPerVendor();
        botCount = (int) Math.round(scale.accounts() * scale.botShare());
        floodSizes = split(botCount, floods, r);
        deliveredOnly = new int[VENDORS];
        deliveredFromFlood = new int[VENDORS];
        int delivered = 0;
        for (int v = 0; v < VENDORS; v++) {
            int quantity = scale.purchaseQuantity();
            // Vendors over-deliver a little to cover the drop they expect.
            int total = quantity + (int) (quantity * r.nextDouble(0.0, 0.08));
            deliveredFromFlood[v] = Math.max(1, Math.round(total / 10f));
            deliveredOnly[v] = total - deliveredFromFlood[v];
            delivered += deliveredOnly[v];
        }
        trollCount = scale.trolls();
        organicStart = honeypotStart + VENDORS;
        organicCount = scale.accounts() - organicStart - trollCount - botCount - delivered;
        trollStart = organicStart + organicCount;
        botStart = trollStart + trollCount;
        deliveredStart = botStart + botCount;
        size = deliveredStart + delivered;
        created = new int[size];
        role = new byte[size];
        campaign = new short[size];
        Arrays.fill(campaign, NO_CAMPAIGN);
        followers = new int[size];
        following = new int[size];
        ids = new long[size];
        fill(0, targetStart, Role.CELEBRITY);
        fill(targetStart, honeypotStart, Role.TARGET);
        fill(honeypotStart, organicStart, Role.HONEYPOT);
        fill(organicStart, trollStart, Role.ORGANIC);
        fill(trollStart, botStart, Role.TROLL);
        fill(botStart, deliveredStart, Role.BOT);
        fill(deliveredStart, size, Role.DELIVERED);
    }

    /** Splits a total into parts of random, comparable sizes (0.6 to 1.4 of the mean). */
    private static int[] split(int total, int parts, SplittableRandom r) {
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = r.nextDouble(0.6, 1.4);
            sum += weights[i];
        }
        int[] sizes = new int[parts];
        int left = total;
        for (int i = 0; i < parts - 1; i++) {
            sizes[i] = (int) (total * weights[i] / sum);
            left -= sizes[i];
        }
        sizes[parts - 1] = left;
        return sizes;
    }

    private void fill(int from, int to, Role r) {
        Arrays.fill(role, from, to, r.code());
    }

    Role role(int index) {
        return Role.of(role[index]);
    }

    int floodStart(int flood) {
        int start = botStart;
        for (int f = 0; f < flood; f++) {
            start += floodSizes[f];
        }
        return start;
    }

    int deliveredStart(int vendor) {
        int start = deliveredStart;
        for (int v = 0; v < vendor; v++) {
            start += deliveredOnly[v];
        }
        return start;
    }

    /** Targets and honeypots, whose daily follower counts are tracked. */
    boolean isTracked(int index) {
        return index >= targetStart && index < organicStart;
    }

    String id(int index) {
        return Long.toString(ids[index]);
    }

    /**
     * Gives every account a platform id that grows with its creation time, like Instagram's: accounts created in one
     * batch get neighbouring ids, which is a real-world signal an investigator may use.
     */
    void assignIds(SplittableRandom r) {
        long[] order = new long[size];
        for (int i = 0; i < size; i++) {
            order[i] = ((long) created[i] << 32) | i;
        }
        Arrays.sort(order);
        long previous = 0;
        for (long packed : order) {
            int index = (int) packed;
            long id = Math.max(previous + 1 + r.nextInt(40), IdCurve.idAt(packed >>> 32) + r.nextInt(1000));
            ids[index] = id;
            previous = id;
        }
    }
}
