package org.lockstep.generate;

import java.util.List;
import java.util.SplittableRandom;

/** Decides the whole scenario (who exists when, who attacks whom, what was bought) before any row is written. */
final class Planner {
    private Planner() {
    }

    static Plan plan(long seed, Scale scale) {
        Population pop = new Population(scale, Rng.stream(seed, "layout"));
        created(pop, Rng.stream(seed, "created"));
        SplittableRandom decoys = Rng.stream(seed, "decoys");
        double[] targetWeights = new double[pop.targetCount];
        for (int t = 0; t < targetWeights.length; t++) {
            targetWeights[t] = decoys.nextDouble(0.5, 2.0);
        }
        int viralTarget = pop.targetStart + decoys.nextInt(pop.targetCount);
        mark(pop, Role.DECOY_VIRAL, scale.viralFollowers(), Times.epoch(2022, 1, 1), decoys);
        mark(pop, Role.DECOY_MEME, scale.memeUsers(), Long.MAX_VALUE, decoys);
        mark(pop, Role.DECOY_FAN, scale.fanFollowers(), Times.epoch(2023, 1, 1), decoys);

        TargetCalendar calendar = new TargetCalendar(pop.targetCount);
        // Booked before the floods, so that their bursts keep out of the fan wave's half hour.
        FanWave fanWave = FanWave.plan(pop, viralTarget, calendar, Rng.stream(seed, "fan-wave"));
        List<Flood> floods = FloodPlanner.plan(seed, pop, calendar, Rng.stream(seed, "floods"));
        SplittableRandom bots = Rng.stream(seed, "bot-created");
        for (Flood f : floods) {
            for (int i = f.firstBot(); i < f.firstBot() + f.size(); i++) {
                pop.created[i] = (int) Rng.between(bots, f.createdFrom(), f.createdTo());
                pop.campaign[i] = (short) f.number();
            }
        }
        Market market = Market.plan(Rng.stream(seed, "market"));
        List<Purchase> purchases = Purchase.plan(pop, market, floods, scale, Rng.stream(seed, "purchases"));
        List<Post> posts = Post.plan(pop, scale.postsPerTarget(), Rng.stream(seed, "posts"));
        List<Reporting> reports = Reporting.forFloods(floods, posts, pop, Rng.stream(seed, "flood-reports"));
        TrollFarm trolls = TrollFarm.plan(pop, floods.size(), posts, Rng.stream(seed, "trolls"));
        Camouflage camouflage = Camouflage.plan(seed, floods, Rng.stream(seed, "camouflage"));
        UniqueFaces uniqueFaces = UniqueFaces.plan(pop, floods);
        // Last: ids follow creation times, which are all known only now.
        pop.assignIds(Rng.stream(seed, "ids"));
        return new Plan(seed, scale, pop, floods, reports, trolls, market, purchases, posts, targetWeights,
                viralTarget, fanWave, camouflage, uniqueFaces);
    }

    /** Creation times of everyone but the vendors' accounts, which depend on the flood schedule. */
    private static void created(Population pop, SplittableRandom r) {
        for (int i = 0; i < pop.targetStart; i++) {
            pop.created[i] = (int) Rng.between(r, Times.epoch(2011, 3, 1), Times.epoch(2013, 12, 31));
        }
        for (int i = pop.targetStart; i < pop.honeypotStart; i++) {
            pop.created[i] = (int) Rng.between(r, Times.epoch(2014, 1, 1), Times.epoch(2020, 12, 31));
        }
        for (int i = pop.honeypotStart; i < pop.organicStart; i++) {
            // Investigators set their honeypots up shortly before buying.
            pop.created[i] = (int) Rng.between(r, Times.epoch(2024, 3, 1), Times.epoch(2024, 3, 10));
        }
        for (int i = pop.organicStart; i < pop.trollStart; i++) {
            pop.created[i] = (int) Rng.between(r, Times.epoch(2012, 1, 1), Times.epoch(2023, 12, 31));
        }
    }

    /** Turns {@code count} ordinary users created before {@code before} into decoys of the given role. */
    private static void mark(Population pop, Role role, int count, long before, SplittableRandom r) {
        int marked = 0;
        for (int attempt = 0; marked < count && attempt < 100 * count; attempt++) {
            int i = pop.organicStart + r.nextInt(pop.organicCount);
            if (pop.role(i) == Role.ORGANIC && pop.created[i] < before) {
                pop.role[i] = role.code();
                marked++;
            }
        }
        if (marked < count) {
            throw new IllegalStateException("only " + marked + " of " + count + " " + role.csv() + " decoys found");
        }
    }
}
