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

    /**
     * @param churn      per flood, the follows dropped ([0]) and refilled ([1])
     * @param camouflage per flood, the camouflaged bots' extra follows ([0]) and posts ([1])
     */
    static GroundTruth of(Plan plan, Map<String, Long> counts, List<TreeSet<String>> avatarsByCampaign,
            long[][] churn, long[][] camouflage, Avatars avatars, long celebrityFans) {
        Population pop = plan.pop();
        List<GroundTruth.Campaign> campaigns = new ArrayList<>();
        for (Flood f : plan.floods()) {
            long camouflaged = 0;
            for (int k = 0; k < f.size(); k++) {
                camouflaged += plan.camouflage().has(f, k) ? 1 : 0;
            }
            int n = f.number();
            long[] camouflageCounts = {camouflaged, camouflage[0][n], camouflage[1][n]};
            campaigns.add(campaign(plan, n, "vendor_flood", plan.market().vendors().get(f.vendor()).id(),
                    f.targets(), f.firstBot(), f.size(), f.attackFrom(), f.attackTo(), avatarsByCampaign.get(n),
                    plan.floodReports().get(n), churn[0][n], churn[1][n], camouflageCounts,
                    f.vendor() == UniqueFaces.VENDOR));
        }
        TrollFarm farm = plan.trolls();
        campaigns.add(campaign(plan, farm.campaign(), "troll_farm", null, farm.targets(), pop.trollStart,
                pop.trollCount, farm.from(), farm.to(), avatarsByCampaign.get(farm.campaign()), farm.reporting(), 0,
                0, new long[3], false));

        List<String> celebrities = new ArrayList<>();
        for (int i = 0; i < Population.CELEBRITIES; i++) {
            celebrities.add(pop.id(i));
        }
        List<GroundTruth.Decoy> decoys = List.of(
                new GroundTruth.Decoy("viral_spike", "Organic one-day spike on International Women's Day: "
                        + "long-standing users with posts and varied follows, role decoy_viral",
                        pop.id(plan.viralTarget()), null, null, plan.scale().viralFollowers(),
                        Times.iso(Times.VIRAL_DAY), Times.iso(Times.VIRAL_DAY + Times.DAY - 1)),
                new GroundTruth.Decoy("meme_avatar", "One meme image shared by unrelated ordinary users, role "
                        + "decoy_meme", null, null, avatars.memeFile(), plan.scale().memeUsers(), null, null),
                new GroundTruth.Decoy("celebrity_followers", "Many ordinary users follow the same three celebrities "
                        + "(role celebrity), each with an otherwise varied follow set", null, celebrities, null,
                        celebrityFans, null, null),
                new GroundTruth.Decoy("fan_wave", "Fan wave after a TV mention: older ordinary users with varied "
                        + "follow sets all follow one target within half an hour, most in the first minutes (above "
                        + "a vendor burst's rate at the larger scales); role decoy_fan",
                        pop.id(plan.fanWave().target()), null, null, plan.scale().fanFollowers(),
                        Times.iso(plan.fanWave().from()), Times.iso(plan.fanWave().to())));

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

    /** {@code camouflage}: camouflaged bots, their extra follows and their posts. */
    private static GroundTruth.Campaign campaign(Plan plan, int number, String kind, String vendorId, int[] slots,
            int first, int size, long attackFrom, long attackTo, TreeSet<String> avatarFiles, Reporting reporting,
            long unfollowed, long refollowed, long[] camouflage, boolean uniqueAvatars) {
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
                unfollowed, refollowed, camouflage[0], camouflage[1], camouflage[2], uniqueAvatars);
    }
}
