package org.lockstep.generate;

import java.util.List;

/**
 * Everything decided before the first row is written: the population and its ranges, the floods, the troll farm, the
 * market and the test purchases, the collected posts, the decoys and the hard cases (camouflaged bots, the vendor
 * with unique faces).
 *
 * @param floodReports  per flood, in flood order (inactive where the flood reports nothing)
 * @param targetWeights how popular each target is with ordinary users (relative)
 * @param viralTarget   the account index of the target with the organic spike
 * @param fanWave       the decoy fan wave on another target
 */
record Plan(long seed, Scale scale, Population pop, List<Flood> floods, List<Reporting> floodReports,
        TrollFarm trolls, Market market, List<Purchase> purchases, List<Post> posts, double[] targetWeights,
        int viralTarget, FanWave fanWave, Camouflage camouflage, UniqueFaces uniqueFaces) {

    int campaigns() {
        return floods.size() + 1;
    }

    String campaignId(int campaign) {
        return campaign < floods.size() ? floods.get(campaign).id() : trolls.id();
    }
}
