package org.lockstep.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.apache.commons.csv.CSVPrinter;

/** The small files of the dataset: posts, the market (vendors, storefronts, offers, purchases), follower counts. */
final class SmallTables {
    static final String[] POSTS = {"id", "account_id", "created_at", "url", "text"};
    static final String[] VENDORS = {"id", "name", "website", "country", "notes"};
    static final String[] STOREFRONTS = {"id", "vendor_id", "url", "kind", "first_seen", "last_seen"};
    static final String[] OFFERS = {
        "storefront_id", "service", "target_platform", "quantity", "price", "currency", "observed_at"};
    static final String[] PURCHASES = {
        "id", "storefront_id", "service", "quantity", "price", "currency", "placed_at", "honeypot_id"};
    static final String[] FOLLOWER_COUNTS = {"account_id", "observed_at", "followers", "following"};

    private SmallTables() {
    }

    /** Writes the planned posts, then the camouflaged bots'; returns per flood how many of those. */
    static long[] posts(Plan plan, Path file) throws IOException {
        try (CSVPrinter out = Csv.open(file, POSTS)) {
            for (Post p : plan.posts()) {
                out.printRecord(p.id(), plan.pop().id(p.account()), Times.iso(p.createdAt()), p.url(), p.text());
            }
            return plan.camouflage().writePosts(plan, out);
        }
    }

    /** Writes the four market files; returns their row counts in that order. */
    static long[] market(Plan plan, Path dir) throws IOException {
        Market m = plan.market();
        try (CSVPrinter out = Csv.open(dir.resolve("vendors.csv"), VENDORS)) {
            for (Market.Vendor v : m.vendors()) {
                out.printRecord(v.id(), v.name(), v.website(), v.country(), v.notes());
            }
        }
        try (CSVPrinter out = Csv.open(dir.resolve("storefronts.csv"), STOREFRONTS)) {
            for (Market.Storefront s : m.storefronts()) {
                out.printRecord(s.id(), m.vendors().get(s.vendor()).id(), s.url(), s.kind(), Times.iso(s.firstSeen()),
                        Times.iso(s.lastSeen()));
            }
        }
        try (CSVPrinter out = Csv.open(dir.resolve("offers.csv"), OFFERS)) {
            for (Market.Offer o : m.offers()) {
                out.printRecord(m.storefronts().get(o.storefront()).id(), o.service(), "instagram", o.quantity(),
                        price(o.cents()), "USD", Times.iso(o.observedAt()));
            }
        }
        try (CSVPrinter out = Csv.open(dir.resolve("purchases.csv"), PURCHASES)) {
            for (Purchase p : plan.purchases()) {
                out.printRecord(p.id(), m.storefronts().get(p.storefront()).id(), "followers", p.quantity(),
                        price(p.cents()), "USD", Times.iso(p.placedAt()), plan.pop().id(p.honeypot()));
            }
        }
        return new long[] {m.vendors().size(), m.storefronts().size(), m.offers().size(), plan.purchases().size()};
    }

    private static String price(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    /** Daily snapshots of every target and honeypot over the spring, consistent with the follow rows. */
    static long followerCounts(Plan plan, DailyCounts daily, Path file) throws IOException {
        Population pop = plan.pop();
        long rows = 0;
        try (CSVPrinter out = Csv.open(file, FOLLOWER_COUNTS)) {
            for (int account = pop.targetStart; account < pop.organicStart; account++) {
                for (long day = Times.SPRING_FROM; day <= Times.COLLECTED_AT; day += Times.DAY) {
                    int[] counts = daily.at(account, day);
                    out.printRecord(pop.id(account), Times.iso(day), counts[0], counts[1]);
                    rows++;
                }
            }
        }
        return rows;
    }
}
