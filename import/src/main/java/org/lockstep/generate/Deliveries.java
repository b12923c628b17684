package org.lockstep.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;

/**
 * deliveries.csv and the honeypot follows behind it: what each test purchase delivered, in a shuffled mix of
 * purchase-only accounts and accounts of the vendor's first flood, spread over the delivery window.
 */
final class Deliveries {
    static final String[] HEADER = {"purchase_id", "account_id", "delivered_at"};

    private Deliveries() {
    }

    static long write(Plan plan, FollowSink sink, Path file) throws IOException {
        Population pop = plan.pop();
        SplittableRandom r = Rng.stream(plan.seed(), "deliveries");
        long rows = 0;
        try (CSVPrinter out = Csv.open(file, HEADER)) {
            for (Purchase p : plan.purchases()) {
                int only = pop.deliveredOnly[p.vendor()];
                int start = pop.deliveredStart(p.vendor());
                Flood flood = plan.floods().get(p.flood());
                int[] accounts = new int[only + p.fromFlood().length];
                for (int i = 0; i < only; i++) {
                    accounts[i] = start + i;
                }
                for (int i = 0; i < p.fromFlood().length; i++) {
                    accounts[only + i] = flood.firstBot() + p.fromFlood()[i];
                }
                shuffle(accounts, r);
                long window = p.deliverTo() - p.deliverFrom();
                for (int i = 0; i < accounts.length; i++) {
                    long at = p.deliverFrom() + window * i / accounts.length + r.nextLong(0, 30);
                    out.printRecord(p.id(), pop.id(accounts[i]), Times.iso(at));
                    sink.follow(accounts[i], p.honeypot(), at, 0);
                    rows++;
                }
            }
        }
        return rows;
    }

    private static void shuffle(int[] values, SplittableRandom r) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }
}
