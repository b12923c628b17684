package org.lockstep.generate;

import static org.lockstep.generate.Times.DAY;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * The troll farm's follows: half its members also follow a few ordinary users over their months of existence, then
 * every member follows each of the farm's targets at an irregular hour of the farm's week.
 */
final class TrollFollows {
    private TrollFollows() {
    }

    static void write(Plan plan, FollowSink sink) throws IOException {
        Population pop = plan.pop();
        TrollFarm farm = plan.trolls();
        SplittableRandom r = Rng.stream(plan.seed(), "troll-follows");
        OrganicPicker picker = new OrganicPicker(pop, r);
        int[] targets = Reporting.targetAccounts(farm.targets(), pop);
        int[] chosen = new int[16];
        for (int troll = pop.trollStart; troll < pop.trollStart + pop.trollCount; troll++) {
            if (r.nextBoolean()) {
                int count = 3 + r.nextInt(10);
                int taken = 0;
                for (int i = 0; i < count; i++) {
                    int v = picker.pick(r);
                    if (contains(chosen, taken, v)) {
                        continue;
                    }
                    chosen[taken++] = v;
                    long lo = Math.max(pop.created[troll], pop.created[v]) + DAY;
                    long hi = farm.from() - DAY;
                    if (lo < hi) {
                        sink.follow(troll, v, Rng.between(r, lo, hi), 0);
                    }
                }
            }
            for (int target : targets) {
                sink.follow(troll, target, farm.followTime(r), 0);
            }
        }
    }

    private static boolean contains(int[] values, int count, int v) {
        for (int i = 0; i < count; i++) {
            if (values[i] == v) {
                return true;
            }
        }
        return false;
    }
}
