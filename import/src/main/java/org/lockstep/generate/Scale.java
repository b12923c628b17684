package org.lockstep.generate;

import java.util.Locale;

/**
 * A size of generated scenario: how many accounts, targets, floods and decoy accounts it holds.
 *
 * <p>Follow counts are not set directly: they result from the organic follow counts (5 to 40 each) and the bots per
 * flood, tuned so that SMALL writes about fifty thousand follow rows, MEDIUM about one million and LARGE about ten
 * million.
 */
public enum Scale {
    SMALL(5_000, 6, 2, 0.30, 60, 100, 300, 40, 200, 30, 20),
    MEDIUM(100_000, 8, 3, 0.38, 600, 1_000, 1_500, 70, 1_000, 50, 300),
    LARGE(1_000_000, 10, 4, 0.40, 3_000, 10_000, 5_000, 100, 5_000, 80, 2_000);

    private final int accounts;
    private final int targets;
    private final int floodsPerVendor;
    private final double botShare;
    private final int trolls;
    private final int purchaseQuantity;
    private final int viralFollowers;
    private final int memeUsers;
    private final int fanFollowers;
    private final int postsPerTarget;
    private final int noiseReports;

    Scale(int accounts, int targets, int floodsPerVendor, double botShare, int trolls, int purchaseQuantity,
            int viralFollowers, int memeUsers, int fanFollowers, int postsPerTarget, int noiseReports) {
        this.accounts = accounts;
        this.targets = targets;
        this.floodsPerVendor = floodsPerVendor;
        this.botShare = botShare;
        this.trolls = trolls;
        this.purchaseQuantity = purchaseQuantity;
        this.viralFollowers = viralFollowers;
        this.memeUsers = memeUsers;
        this.fanFollowers = fanFollowers;
        this.postsPerTarget = postsPerTarget;
        this.noiseReports = noiseReports;
    }

    /** Reads a scale name as a user types it ({@code small}, {@code MEDIUM}). */
    public static Scale of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown scale '" + name + "': use small, medium or large", e);
        }
    }

    /** About how many accounts the scenario holds (within a few per cent). */
    public int accounts() {
        return accounts;
    }

    /** How many activist organisations are attacked. */
    public int targets() {
        return targets;
    }

    /** How many follower floods each of the three vendors runs. */
    public int floodsPerVendor() {
        return floodsPerVendor;
    }

    double botShare() {
        return botShare;
    }

    int trolls() {
        return trolls;
    }

    /** Followers bought in each vendor's test purchase (a quantity on the vendors' price lists). */
    int purchaseQuantity() {
        return purchaseQuantity;
    }

    int viralFollowers() {
        return viralFollowers;
    }

    int memeUsers() {
        return memeUsers;
    }

    /** Ordinary users in the fan wave: one target gains them all within half an hour after a TV mention. */
    int fanFollowers() {
        return fanFollowers;
    }

    /**
     * Whether the vendor that gives every account its own face ships those faces as image files. Only at the small
     * scale: painting and checking a hundred thousand images would dominate a large run, so the larger scales write
     * the hashes alone, as a scraper that did not keep the images would.
     */
    boolean uniqueFaceFiles() {
        return this == SMALL;
    }

    int postsPerTarget() {
        return postsPerTarget;
    }

    int noiseReports() {
        return noiseReports;
    }
}
