package org.lockstep.generate;

import static org.lockstep.generate.Times.DAY;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The three SMM vendors, their storefronts and the price lines seen on them over the spring.
 *
 * <p>Prices follow the public reporting: about $50 for 10,000 followers and $1,500 for a million.
 */
record Market(List<Vendor> vendors, List<Storefront> storefronts, List<Offer> offers) {

    record Vendor(String id, String name, String website, String country, String notes, String[] kinds,
            String pageHandle) {
    }

    record Storefront(String id, int vendor, String url, String kind, long firstSeen, long lastSeen) {
    }

    /** One price line as seen on one day; the price in cents. */
    record Offer(int storefront, String service, int quantity, long cents, long observedAt) {
    }

    private static final List<Vendor> VENDORS = List.of(
            new Vendor("v1", "Kavir Boost SMM", "https://kavirboost.example", "", "Panel advertised in Persian on "
                    + "Instagram and Telegram; cheapest follower packages", new String[] {"website", "instagram_page"},
                    "kavirboost.smm"),
            new Vendor("v2", "NorthStar Follows", "https://northstar-follows.example", "TR", "Reseller panel with an "
                    + "API; also sells reports and comments", new String[] {"panel_api", "website"}, ""),
            new Vendor("v3", "PanelPlus24", "https://panelplus24.example", "AE", "Sells through an Instagram page; "
                    + "payment by crypto", new String[] {"instagram_page"}, "panelplus24.official"));

    private static final int[] QUANTITIES = {100, 1_000, 10_000, 100_000, 1_000_000};
    /** Base prices in cents per vendor and quantity (rows: vendors; columns: QUANTITIES). */
    private static final long[][] FOLLOWER_CENTS = {
        {150, 700, 5_000, 39_000, 150_000},
        {130, 600, 4_500, 42_000, 165_000},
        {180, 800, 5_500, 35_000, 140_000}};
    private static final long[] OBSERVED = {
        Times.epoch(2024, 3, 4), Times.epoch(2024, 3, 25), Times.epoch(2024, 4, 12), Times.epoch(2024, 4, 29),
        Times.epoch(2024, 5, 16)};

    static Market plan(SplittableRandom r) {
        List<Storefront> storefronts = new ArrayList<>();
        List<Offer> offers = new ArrayList<>();
        for (int v = 0; v < VENDORS.size(); v++) {
            Vendor vendor = VENDORS.get(v);
            for (String kind : vendor.kinds()) {
                int index = storefronts.size();
                String url = switch (kind) {
                    case "instagram_page" -> "https://www.instagram.com/" + vendor.pageHandle() + "/";
                    case "panel_api" -> vendor.website() + "/api/v2";
                    default -> vendor.website() + "/instagram-followers";
                };
                long firstSeen = Times.epoch(2024, 2, 20) + Rng.between(r, 0, 10 * DAY);
                storefronts.add(new Storefront("sf" + (index + 1), v, url, kind, firstSeen, Times.epoch(2024, 5, 18)));
                offers(index, v, firstSeen, r, offers);
            }
        }
        return new Market(VENDORS, List.copyOf(storefronts), List.copyOf(offers));
    }

    private static void offers(int storefront, int vendor, long firstSeen, SplittableRandom r, List<Offer> into) {
        double drift = 1.0;
        for (long day : OBSERVED) {
            if (day < firstSeen) {
                continue;
            }
            long at = day + Rng.between(r, 8 * Times.HOUR, 20 * Times.HOUR);
            for (int q = 0; q < QUANTITIES.length; q++) {
                long cents = Math.round(FOLLOWER_CENTS[vendor][q] * drift / 5.0) * 5;
                into.add(new Offer(storefront, "followers", QUANTITIES[q], cents, at));
            }
            into.add(new Offer(storefront, "likes", 1_000, Math.round(300 * drift), at));
            if (vendor != 0) {
                // Two of the vendors openly sell reports: the mass-reporting of the floods is a product.
                into.add(new Offer(storefront, "reports", 100, Math.round(2_500 * drift), at));
            }
            drift *= r.nextDouble(0.94, 1.06);
        }
    }

    /** The price of {@code quantity} followers on a storefront as last seen on or before {@code at}. */
    long centsFor(int storefront, int quantity, long at) {
        Offer latest = null;
        Offer earliest = null;
        for (Offer o : offers) {
            if (o.storefront() != storefront || !o.service().equals("followers") || o.quantity() != quantity) {
                continue;
            }
            if (earliest == null || o.observedAt() < earliest.observedAt()) {
                earliest = o;
            }
            if (o.observedAt() <= at && (latest == null || o.observedAt() > latest.observedAt())) {
                latest = o;
            }
        }
        if (earliest == null) {
            throw new IllegalStateException("no price line for " + quantity + " followers");
        }
        return (latest != null ? latest : earliest).cents();
    }

    int firstStorefrontOf(int vendor) {
        for (int i = 0; i < storefronts.size(); i++) {
            if (storefronts.get(i).vendor() == vendor) {
                return i;
            }
        }
        throw new IllegalStateException("vendor without storefront: " + vendor);
    }
}
