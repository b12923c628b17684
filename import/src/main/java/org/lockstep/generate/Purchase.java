package org.lockstep.generate;

import static org.lockstep.generate.Times.HOUR;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A controlled test buy: followers ordered from a vendor's storefront for an investigator's honeypot account.
 *
 * @param vendor          the vendor's index
 * @param storefront      the storefront's index in the market
 * @param honeypot        the honeypot's account index
 * @param flood           the vendor's first flood, whose creation batch also made the delivered accounts
 * @param fromFlood       flood-relative positions of the flood bots that were delivered too, ascending
 * @param deliverFrom     the first delivery; deliveries spread until {@code deliverTo}
 */
record Purchase(String id, int vendor, int storefront, int quantity, long cents, long placedAt, int honeypot,
        int flood, int[] fromFlood, long deliverFrom, long deliverTo) {

    static List<Purchase> plan(Population pop, Market market, List<Flood> floods, Scale scale, SplittableRandom r) {
        List<Purchase> purchases = new ArrayList<>();
        for (int v = 0; v < Population.VENDORS; v++) {
            Flood first = firstFloodOf(v, floods);
            long placedAt = first.createdTo() + Rng.between(r, 4 * HOUR, 30 * HOUR);
            int storefront = market.firstStorefrontOf(v);
            long cents = market.centsFor(storefront, scale.purchaseQuantity(), placedAt);
            long deliverFrom = placedAt + Rng.between(r, 10 * Times.MINUTE, 2 * HOUR);
            long deliverTo = deliverFrom + Rng.between(r, 6 * HOUR, 30 * HOUR);
            int[] fromFlood = sample(r, first.size(), pop.deliveredFromFlood[v]);
            purchases.add(new Purchase("p" + (v + 1), v, storefront, scale.purchaseQuantity(), cents, placedAt,
                    pop.honeypotStart + v, first.number(), fromFlood, deliverFrom, deliverTo));
            int start = pop.deliveredStart(v);
            for (int i = 0; i < pop.deliveredOnly[v]; i++) {
                // Made in the same factory run as the vendor's first flood.
                pop.created[start + i] = (int) Rng.between(r, first.createdFrom(), first.createdTo());
            }
        }
        return List.copyOf(purchases);
    }

    static Flood firstFloodOf(int vendor, List<Flood> floods) {
        Flood first = null;
        for (Flood f : floods) {
            if (f.vendor() == vendor && (first == null || f.createdTo() < first.createdTo())) {
                first = f;
            }
        }
        if (first == null) {
            throw new IllegalStateException("vendor " + vendor + " runs no flood");
        }
        return first;
    }

    /** {@code count} distinct numbers in [0, of), ascending. */
    private static int[] sample(SplittableRandom r, int of, int count) {
        int[] picked = FloodPlanner.pick(r, of, Math.min(count, of));
        Arrays.sort(picked);
        return picked;
    }

    int delivered(Population pop) {
        return pop.deliveredOnly[vendor] + fromFlood.length;
    }
}
