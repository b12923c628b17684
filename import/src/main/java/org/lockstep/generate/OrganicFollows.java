package org.lockstep.generate;

import static org.lockstep.generate.Times.DAY;
import static org.lockstep.generate.Times.HOUR;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * The follows of real people (ordinary users, celebrities, the targets themselves, honeypots): 5 to 40 each, spread
 * evenly over two years, no bursts. The decoys live here: ordinary users who follow the same celebrities, the
 * organic one-day spike of one target, and the half-hour fan wave on another.
 */
final class OrganicFollows {
    /** Follow counts 5 + 35 * u^SKEW: a mean near 15, a long tail to 40. */
    private static final double SKEW = 2.4;
    private static final double FOLLOWS_A_TARGET = 0.35;
    private static final double[] CELEBRITY_WEIGHTS = {0.5, 0.3, 0.2};
    private static final double UNFOLLOW = 0.03;

    private final Plan plan;
    private final Population pop;
    private final FollowSink sink;
    private final SplittableRandom r;
    private final OrganicPicker picker;
    private final double honeypotChance;
    private final int[] chosen = new int[64];
    private int chosenCount;

    OrganicFollows(Plan plan, FollowSink sink) {
        this.plan = plan;
        this.pop = plan.pop();
        this.sink = sink;
        this.r = Rng.stream(plan.seed(), "organic-follows");
        this.picker = new OrganicPicker(pop, r);
        // A honeypot has a dozen or so real followers of its own.
        this.honeypotChance = 12.0 * Population.VENDORS / pop.organicCount;
    }

    /** Writes the rows; returns how many ordinary users follow at least one celebrity. */
    long write() throws IOException {
        long celebrityFans = 0;
        for (int u = 0; u < pop.trollStart; u++) {
            celebrityFans += account(u);
        }
        return celebrityFans;
    }

    private int account(int u) throws IOException {
        chosenCount = 0;
        Role role = pop.role(u);
        int total;
        int celebrities = 0;
        int targets = 0;
        int honeypot = -1;
        switch (role) {
            case CELEBRITY -> total = 3 + r.nextInt(8);
            case TARGET -> {
                total = 10 + r.nextInt(31);
                targets = 1 + r.nextInt(3);
            }
            case HONEYPOT -> {
                total = 3 + r.nextInt(6);
                celebrities = 1;
            }
            default -> {
                total = 5 + (int) (35 * Math.pow(r.nextDouble(), SKEW));
                if (r.nextDouble() < 0.6) {
                    celebrities = 1 + (r.nextDouble() < 0.35 ? 1 + (r.nextDouble() < 0.3 ? 1 : 0) : 0);
                }
                if (r.nextDouble() < FOLLOWS_A_TARGET) {
                    targets = 1 + (r.nextDouble() < 0.3 ? 1 : 0);
                }
                if (r.nextDouble() < honeypotChance) {
                    honeypot = pop.honeypotStart + r.nextInt(Population.VENDORS);
                }
            }
        }
        if (role == Role.DECOY_VIRAL) {
            long at = Times.VIRAL_DAY + Math.clamp((long) (14 * HOUR + r.nextGaussian() * 3 * HOUR), 0, DAY - 1);
            take(plan.viralTarget());
            sink.follow(u, plan.viralTarget(), at, 0);
        }
        if (role == Role.DECOY_FAN) {
            FanWave wave = plan.fanWave();
            take(wave.target());
            sink.follow(u, wave.target(), wave.followTime(r), 0);
        }
        for (int c = 0; c < celebrities; c++) {
            follow(u, pickWeighted(CELEBRITY_WEIGHTS, 0));
        }
        for (int t = 0; t < targets; t++) {
            follow(u, pickWeighted(plan.targetWeights(), pop.targetStart));
        }
        if (honeypot >= 0) {
            follow(u, honeypot);
        }
        for (int attempts = 0; chosenCount < total && attempts < 4 * total; attempts++) {
            follow(u, picker.pick(r));
        }
        return role.isOrganic() && celebrities > 0 ? 1 : 0;
    }

    private int pickWeighted(double[] weights, int start) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double x = r.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return start + i;
            }
        }
        return start + weights.length - 1;
    }

    /** Follows once per pair, at a time both accounts existed; skips a repeat or an impossible pair. */
    private void follow(int u, int v) throws IOException {
        if (u == v || !take(v)) {
            return;
        }
        long lo = Math.max(Times.ORGANIC_FROM, Math.max(pop.created[u], pop.created[v])) + HOUR;
        long hi = Times.COLLECTED_AT - HOUR;
        if (lo >= hi) {
            return;
        }
        long at = lo + r.nextLong(hi - lo);
        long until = 0;
        if (r.nextDouble() < UNFOLLOW && hi - at > 2 * DAY) {
            until = at + Rng.between(r, DAY, hi - at);
        }
        sink.follow(u, v, at, until);
    }

    private boolean take(int v) {
        for (int i = 0; i < chosenCount; i++) {
            if (chosen[i] == v) {
                return false;
            }
        }
        chosen[chosenCount++] = v;
        return true;
    }
}
