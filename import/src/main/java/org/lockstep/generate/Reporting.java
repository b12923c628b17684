package org.lockstep.generate;

import static org.lockstep.generate.Times.HOUR;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A campaign's mass-reporting: a share of its accounts reports a few of its targets' posts within a few hours, so that
 * the platform takes them down.
 *
 * @param posts    indices into the scenario's post list
 * @param share    the share of the campaign's accounts that report
 * @param reason   the reason most reports give; the rest pick among the others
 */
record Reporting(int[] posts, long from, long spread, double share, String reason) {
    static final String[] REASONS = {"spam", "hate_speech", "false_information", "violence", "nudity", "scam"};

    static Reporting none() {
        return new Reporting(new int[0], 0, 0, 0, REASONS[0]);
    }

    boolean active() {
        return posts.length > 0;
    }

    /** About half the floods report, always at least one of each vendor's. */
    static List<Reporting> forFloods(List<Flood> floods, List<Post> posts, Population pop, SplittableRandom r) {
        List<Reporting> plans = new ArrayList<>();
        for (Flood f : floods) {
            boolean firstOfVendor = f.number() < Population.VENDORS;
            if (!firstOfVendor && r.nextDouble() < 0.5) {
                plans.add(none());
                continue;
            }
            long from = f.attackFrom() + Rng.between(r, HOUR, 10 * HOUR);
            int[] picked = recentPosts(posts, targetAccounts(f.targets(), pop), from - 6 * HOUR, 1 + r.nextInt(3), r);
            plans.add(new Reporting(picked, from, 3 * HOUR, r.nextDouble(0.3, 0.7), REASONS[r.nextInt(4)]));
        }
        return List.copyOf(plans);
    }

    static int[] targetAccounts(int[] slots, Population pop) {
        return Arrays.stream(slots).map(s -> pop.targetStart + s).toArray();
    }

    /** Up to {@code count} posts of the given accounts created before {@code before}, from the latest ten. */
    static int[] recentPosts(List<Post> posts, int[] accounts, long before, int count, SplittableRandom r) {
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            Post p = posts.get(i);
            if (p.createdAt() < before && Arrays.stream(accounts).anyMatch(a -> a == p.account())) {
                eligible.add(i);
            }
        }
        eligible.sort((a, b) -> Long.compare(posts.get(b).createdAt(), posts.get(a).createdAt()));
        List<Integer> latest = new ArrayList<>(eligible.subList(0, Math.min(10, eligible.size())));
        int[] picked = new int[Math.min(count, latest.size())];
        for (int i = 0; i < picked.length; i++) {
            picked[i] = latest.remove(r.nextInt(latest.size()));
        }
        Arrays.sort(picked);
        return picked;
    }

    String reasonFor(double u, double v) {
        return u < 0.7 ? reason : REASONS[(int) (v * REASONS.length)];
    }
}
