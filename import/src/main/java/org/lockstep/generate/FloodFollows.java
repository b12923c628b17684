package org.lockstep.generate;

import java.io.IOException;

/**
 * The follows of every vendor flood, bot by bot: one arrival on each target per the burst schedule, an unfollow for the
 * churned ones and a new episode for the refilled ones. Nothing is stored: each decision is a hash the planner asked
 * before.
 */
final class FloodFollows {
    private static final long UNFOLLOW_KEY = 0x756e_666fL;

    private FloodFollows() {
    }

    /** Writes the rows; returns per flood the follows dropped ([0][flood]) and the refills ([1][flood]). */
    static long[][] write(Plan plan, FollowSink sink) throws IOException {
        long seed = plan.seed();
        long[][] churn = new long[2][plan.floods().size()];
        for (Flood f : plan.floods()) {
            int[] targets = Reporting.targetAccounts(f.targets(), plan.pop());
            int[][] refillRank = new int[f.waves().size()][targets.length];
            for (Flood.Burst b : f.bursts()) {
                for (int p = 0; p < b.size(); p++) {
                    int k = b.first() + p;
                    int bot = f.firstBot() + k;
                    for (int j = 0; j < targets.length; j++) {
                        long at = b.perTarget()[j].at(p);
                        int wave = f.waveOf(seed, k, j);
                        if (wave < 0) {
                            sink.follow(bot, targets[j], at, 0);
                            continue;
                        }
                        Flood.ChurnWave w = f.waves().get(wave);
                        double u = Rng.unit(seed, UNFOLLOW_KEY + f.number(), k, j);
                        sink.follow(bot, targets[j], at, w.unfollowFrom() + (long) (u * w.spread()));
                        churn[0][f.number()]++;
                        if (f.refills(seed, k, j)) {
                            int rank = refillRank[wave][j]++;
                            Flood.Slot refill = w.refill()[j];
                            if (refill != null) {
                                sink.follow(bot, targets[j], refill.at(rank), 0);
                                churn[1][f.number()]++;
                            }
                        }
                    }
                }
            }
        }
        return churn;
    }
}
