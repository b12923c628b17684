package org.lockstep.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** Assembles ground-truth.json from the plan and what the passes counted. */
final class Truths {
    private Truths() {
    }

    static GroundTruth of(Plan plan, Map<String, Long> counts, List<TreeSet<String>> avatarsByCampaign,
            long[][] churn, Avatars avatars, long celebrityFans) {
        Population pop = plan.pop();
        List<GroundTruth.Campaign> campaigns = new ArrayList<>();
        for (Flood f : plan.floods()) {
            campaigns.add(campaign(plan, f.number(), "vendor_flood", plan.market().vendors().get(f.vendor()).id(),
                    f.targets(), f.firstBot(), f.size(), f.attackFrom(), f.attackTo(),
                    avatarsByCampaign.get(f.number()), plan.floodReports().get(f.number()),
                    churn[0][f.number()], churn[1][f.number()]));
        }
        TrollFarm farm = plan.trolls();
        campaigns.add(campaign(plan, farm.campaign(), "troll_farm", null, farm.targets(), pop.trollStart,
                pop.trollCount, farm.from(), farm.to(), avatarsByCampaign.get(farm.campaign()), farm.reporting(), 0,
                0));

        List<String> celebrities = new ArrayList<>();
        for (int i = 0; i < Population.CELEBRITIES; i++) {
            celebrities.add(pop.id(i));
        }
        List<GroundTruth.Decoy> decoys = List.of(
                new GroundTruth.Decoy("viral_spike", "Organic one-day spike on International Women's Day: "
                        + "long-standing users with posts and varied follows, role decoy_viral",
                        pop.id(plan.viralTarget()), null, null, plan.scale().viralFollowers()),
                new GroundTruth.Decoy("meme_avatar", "One meme image shared by unrelated ordinary users, role "
                        + "decoy_meme", null, null, avatars.memeFile(), plan.scale().memeUsers()),
                new GroundTruth.Decoy("celebrity_followers", "Many ordinary users follow the same three celebrities "
                        + "(role celebrity), each with an otherwise varied follow set", null, celebrities, null,
                        celebrityFans));

        List<String> honeypots = new ArrayList<>();
        List<GroundTruth.PurchaseTruth> purchases = new ArrayList<>();
        for (Purchase p : plan.purchases()) {
            honeypots.add(pop.id(p.honeypot()));
            purchases.add(new GroundTruth.PurchaseTruth(p.id(), plan.market().vendors().get(p.vendor()).id(),
                    pop.id(p.honeypot()), p.delivered(pop)));
        }
        return new GroundTruth(plan.seed(), plan.scale().name().toLowerCase(Locale.ROOT), counts,
                List.copyOf(campaigns), decoys, List.copyOf(honeypots), List.copyOf(purchases));
    }

    private static GroundTruth.Campaign campaign(Plan plan, int number, String kind, String vendorId, int[] slots,
            int first, int size, long attackFrom, long attackTo, TreeSet<String> avatarFiles, Reporting reporting,
            long unfollowed, long refollowed) {
        Population pop = plan.pop();
        List<String> targets = Arrays.stream(Reporting.targetAccounts(slots, pop)).mapToObj(pop::id).toList();
        long createdFrom = Long.MAX_VALUE;
        long createdTo = Long.MIN_VALUE;
        for (int i = first; i < first + size; i++) {
            createdFrom = Math.min(createdFrom, pop.created[i]);
            createdTo = Math.max(createdTo, pop.created[i]);
        }
        List<String> reported = Arrays.stream(reporting.posts())
                .mapToObj(p -> Long.toString(plan.posts().get(p).id())).toList();
        return new GroundTruth.Campaign(plan.campaignId(number), kind, vendorId, targets, size, Times.iso(createdFrom),
                Times.iso(createdTo), Times.iso(attackFrom), Times.iso(attackTo), List.copyOf(avatarFiles), reported,
                unfollowed, refollowed);
    }
}
