package org.lockstep.generate;

import static org.lockstep.generate.Times.DAY;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The troll farm: paid humans on older, ordinary-looking accounts who follow a few targets over several days at
 * irregular hours and report some of their posts. Detection must rest on coordination, not on account features.
 *
 * @param campaign the campaign index (after the floods)
 * @param targets  target slots
 */
record TrollFarm(int campaign, int[] targets, long from, long to, long createdFrom, long createdTo,
        Reporting reporting) {

    String id() {
        return "trollfarm-01";
    }

    static TrollFarm plan(Population pop, int campaign, List<Post> posts, SplittableRandom r) {
        int[] targets = FloodPlanner.pick(r, pop.targetCount, 2 + r.nextInt(2));
        long from = Times.TROLLS_FROM + Rng.between(r, 0, DAY);
        long to = from + Rng.between(r, 5 * DAY, 8 * DAY);
        long createdFrom = Times.epoch(2023, 8, 1);
        long createdTo = Times.epoch(2023, 12, 15);
        for (int i = pop.trollStart; i < pop.trollStart + pop.trollCount; i++) {
            pop.created[i] = (int) Rng.between(r, createdFrom, createdTo);
            pop.campaign[i] = (short) campaign;
        }
        int[] reported = Reporting.recentPosts(posts, Reporting.targetAccounts(targets, pop), from, 2, r);
        Reporting reporting = new Reporting(reported, from, to - from, 0.3, "false_information");
        return new TrollFarm(campaign, targets, from, to, createdFrom, createdTo, reporting);
    }

    /**
     * A time in the farm's week: mostly Tehran working hours (UTC+3:30), never on a schedule. A time that falls
     * outside the week is drawn again: clamping it would pile follows up on the week's first and last second.
     */
    long followTime(SplittableRandom r) {
        long at;
        do {
            long day = from - Math.floorMod(from, DAY) + r.nextLong(0, (to - from) / DAY + 1) * DAY;
            long second = r.nextDouble() < 0.75
                    ? Rng.between(r, 5 * Times.HOUR + 30 * Times.MINUTE, 19 * Times.HOUR)
                    : r.nextLong(0, DAY);
            at = day + second;
        } while (at < from || at > to);
        return at;
    }
}
