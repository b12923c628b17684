package org.lockstep.generate;

import java.util.Arrays;
import java.util.List;

/**
 * The accounts of the vendor that gives every account a face of its own (no pool, no re-encoded copies), ranked: the
 * bots of its floods in flood order, then the accounts made only for its test purchase. The rank picks the face in
 * {@link Avatars}; detectors cannot group these accounts by avatar, only by handles, creation batches and follows.
 *
 * @param floodFirst  per flood, its first bot's account index
 * @param floodOffset per flood, the rank of its first bot, or -1 for the floods of other vendors
 */
record UniqueFaces(int[] floodFirst, int[] floodOffset, int deliveredFirst, int deliveredCount, int count) {
    /** The third vendor, v3. */
    static final int VENDOR = 2;

    static UniqueFaces plan(Population pop, List<Flood> floods) {
        int[] first = new int[floods.size()];
        int[] offset = new int[floods.size()];
        Arrays.fill(offset, -1);
        int count = 0;
        for (Flood f : floods) {
            first[f.number()] = f.firstBot();
            if (f.vendor() == VENDOR) {
                offset[f.number()] = count;
                count += f.size();
            }
        }
        int delivered = pop.deliveredOnly[VENDOR];
        return new UniqueFaces(first, offset, pop.deliveredStart(VENDOR), delivered, count + delivered);
    }

    /** The account's rank among the vendor's accounts, or -1 when it is not one of them. */
    int rank(Population pop, int index) {
        if (pop.role(index) == Role.BOT) {
            int flood = pop.campaign[index];
            return floodOffset[flood] < 0 ? -1 : floodOffset[flood] + index - floodFirst[flood];
        }
        if (index >= deliveredFirst && index < deliveredFirst + deliveredCount) {
            return count - deliveredCount + index - deliveredFirst;
        }
        return -1;
    }
}
