package org.lockstep.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.apache.commons.csv.CSVPrinter;

/**
 * accounts.csv and ground-truth-accounts.csv, one row per account in a shuffled order (a scraper's output is not
 * grouped by role), written after the follows so that the follower and following counts are final.
 */
final class AccountsWriter {
    static final String[] HEADER = {
        "id", "handle", "display_name", "bio", "created_at", "posts", "followers", "following", "is_private",
        "is_verified", "avatar_file", "avatar_sha256", "avatar_phash", "observed_at"};
    /** {@code camouflaged} is true for the bots that post and follow a few accounts besides their flood's targets. */
    static final String[] TRUTH_HEADER = {"account_id", "role", "campaign_id", "camouflaged"};

    private AccountsWriter() {
    }

    /** Writes both files; returns, per campaign, the avatar files its accounts use. */
    static List<TreeSet<String>> write(Plan plan, Avatars avatars, Path accountsFile, Path truthFile)
            throws IOException {
        Population pop = plan.pop();
        Profiles profiles = new Profiles(plan, avatars);
        List<TreeSet<String>> avatarsByCampaign = new ArrayList<>();
        for (int c = 0; c < plan.campaigns(); c++) {
            avatarsByCampaign.add(new TreeSet<>());
        }
        String observed = Times.iso(Times.COLLECTED_AT);
        try (CSVPrinter out = Csv.open(accountsFile, HEADER); CSVPrinter truth = Csv.open(truthFile, TRUTH_HEADER)) {
            for (int index : order(pop.size, Rng.stream(plan.seed(), "account-order"))) {
                Profiles.Profile p = profiles.of(index);
                String id = pop.id(index);
                out.printRecord(id, p.handle(), p.displayName(), p.bio(), Times.iso(pop.created[index]), p.posts(),
                        pop.followers[index], pop.following[index], p.isPrivate(), p.verified(), p.avatarFile(),
                        p.sha256(), p.phash(), observed);
                short campaign = pop.campaign[index];
                truth.printRecord(id, pop.role(index).csv(),
                        campaign == Population.NO_CAMPAIGN ? "" : plan.campaignId(campaign),
                        plan.camouflage().has(plan, index));
                if (campaign != Population.NO_CAMPAIGN && !p.avatarFile().isEmpty()) {
                    avatarsByCampaign.get(campaign).add(p.avatarFile());
                }
            }
        }
        return avatarsByCampaign;
    }

    private static int[] order(int size, SplittableRandom r) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
