package org.lockstep.generate;

import static org.lockstep.generate.Times.DAY;
import static org.lockstep.generate.Times.HOUR;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;

/**
 * Camouflaged bots: in every flood a share of the bots (20-30%, decided per bot by a keyed hash) has one to three
 * posts of its own and one to four extra follows of ordinary users or celebrities, at times spread over the weeks
 * around the attack but never within it. Their followed set is no longer exactly the flood's targets, so a detector
 * that groups identical follow sets misses them; they keep the role bot.
 *
 * <p>Each bot's posts and follows come from its own seeded streams, so the accounts, posts and follows passes agree
 * without storing anything.
 *
 * @param share per flood, the share of its bots that are camouflaged
 */
record Camouflage(long seed, double[] share) {
    private static final long KEY = 0x6361_6d6fL;
    private static final String[] TEXTS = {
        "Good morning ☀️", "Coffee first ☕", "Weekend mood 🌴", "Sunset vibes 🌅", "New day, new goals 💪",
        "Nature is the best therapy 🌿", "Throwback to a great trip ✈️", "Monday again...", "Love this view ❤️",
        "Happy Friday!", "Simple things 🌸", "Dream big ✨"};

    static Camouflage plan(long seed, List<Flood> floods, SplittableRandom r) {
        double[] share = new double[floods.size()];
        for (int f = 0; f < share.length; f++) {
            share[f] = r.nextDouble(0.2, 0.3);
        }
        return new Camouflage(seed, share);
    }

    /** Whether the k-th bot of the flood (flood-relative) is camouflaged. */
    boolean has(Flood flood, int k) {
        return Rng.unit(seed, KEY + flood.number(), k, 0) < share[flood.number()];
    }

    /** Whether the account is a camouflaged bot. */
    boolean has(Plan plan, int index) {
        if (plan.pop().role(index) != Role.BOT) {
            return false;
        }
        Flood flood = plan.floods().get(plan.pop().campaign[index]);
        return has(flood, index - flood.firstBot());
    }

    /** How many posts the account has in posts.csv: 1 to 3 for a camouflaged bot, 0 for any other. */
    int posts(Plan plan, int index) {
        return has(plan, index) ? 1 + postStream(index).nextInt(3) : 0;
    }

    private SplittableRandom postStream(int bot) {
        return Rng.stream(seed, "camouflage-posts", bot);
    }

    /** Writes the camouflaged bots' posts after the planned ones; returns how many per flood. */
    long[] writePosts(Plan plan, CSVPrinter out) throws IOException {
        Population pop = plan.pop();
        long[] written = new long[plan.floods().size()];
        long[] times = new long[3];
        for (Flood f : plan.floods()) {
            for (int k = 0; k < f.size(); k++) {
                if (!has(f, k)) {
                    continue;
                }
                int bot = f.firstBot() + k;
                SplittableRandom r = postStream(bot);
                int count = 1 + r.nextInt(3);
                // A first post some hours after the account exists, then any time until collection.
                long lo = pop.created[bot] + 3 * HOUR;
                long hi = Times.COLLECTED_AT - HOUR;
                for (int i = 0; i < count; i++) {
                    long at;
                    do {
                        at = Rng.between(r, lo, hi);
                    } while (contains(times, i, at));
                    times[i] = at;
                }
                Arrays.sort(times, 0, count);
                for (int i = 0; i < count; i++) {
                    Post post = new Post(Post.streamedId(times[i], r.nextInt(1000), bot), bot, times[i],
                            TEXTS[r.nextInt(TEXTS.length)]);
                    out.printRecord(post.id(), pop.id(bot), Times.iso(post.createdAt()), post.url(), post.text());
                }
                written[f.number()] += count;
            }
        }
        return written;
    }

    /**
     * Writes the camouflaged bots' extra follows: a celebrity now and then, otherwise ordinary users picked the way
     * ordinary users pick them, each at a time between a day after the bot's creation and collection, outside the
     * flood's attack (an hour of margin on either side). Returns how many per flood.
     */
    long[] writeFollows(Plan plan, FollowSink sink) throws IOException {
        Population pop = plan.pop();
        OrganicPicker picker = new OrganicPicker(pop, Rng.stream(seed, "camouflage-picker"));
        long[] written = new long[plan.floods().size()];
        long[] chosen = new long[4];
        for (Flood f : plan.floods()) {
            long before = f.attackFrom() - HOUR;
            long after = f.attackTo() + HOUR;
            long hi = Times.COLLECTED_AT - HOUR;
            for (int k = 0; k < f.size(); k++) {
                if (!has(f, k)) {
                    continue;
                }
                int bot = f.firstBot() + k;
                SplittableRandom r = Rng.stream(seed, "camouflage-follows", bot);
                int count = 1 + r.nextInt(4);
                long lo = pop.created[bot] + DAY;
                long early = Math.max(0, before - lo);
                for (int i = 0; i < count; i++) {
                    int v;
                    do {
                        v = r.nextDouble() < 0.25 ? r.nextInt(Population.CELEBRITIES) : picker.pick(r);
                    } while (contains(chosen, i, v));
                    chosen[i] = v;
                    long x = r.nextLong(early + hi - after);
                    sink.follow(bot, v, x < early ? lo + x : after + x - early, 0);
                }
                written[f.number()] += count;
            }
        }
        return written;
    }

    private static boolean contains(long[] values, int count, long v) {
        for (int i = 0; i < count; i++) {
            if (values[i] == v) {
                return true;
            }
        }
        return false;
    }
}
