package org.lockstep.generate;

import static org.lockstep.generate.Times.HOUR;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;

/**
 * reports.csv: the floods' mass-reporting bursts, the troll farm's scattered reports, and a trickle of ordinary users'
 * reports against the same posts (the background a burst detector must rise above).
 */
final class Reports {
    static final String[] HEADER = {"reporter_id", "post_id", "reported_at", "reason"};
    private static final long REPORTS_KEY = 0x7265_706fL;
    private static final long POSTS_KEY = 0x7265_7070L;
    private static final long REASON_KEY = 0x7265_6173L << 8;

    private Reports() {
    }

    static long write(Plan plan, Path file) throws IOException {
        Population pop = plan.pop();
        List<Post> posts = plan.posts();
        long seed = plan.seed();
        long rows = 0;
        try (CSVPrinter out = Csv.open(file, HEADER)) {
            for (Flood f : plan.floods()) {
                Reporting rep = plan.floodReports().get(f.number());
                if (!rep.active()) {
                    continue;
                }
                for (int k = 0; k < f.size(); k++) {
                    if (Rng.unit(seed, REPORTS_KEY + f.number(), k, 0) >= rep.share()) {
                        continue;
                    }
                    for (int i = 0; i < rep.posts().length; i++) {
                        double u = Rng.unit(seed, POSTS_KEY + f.number(), k, i);
                        if (u < 0.8) {
                            long at = rep.from() + (long) (u / 0.8 * rep.spread());
                            String reason = rep.reasonFor(Rng.unit(seed, REASON_KEY + f.number(), k, i),
                                    Rng.unit(seed, REASON_KEY - f.number() - 1, k, i));
                            out.printRecord(pop.id(f.firstBot() + k), posts.get(rep.posts()[i]).id(),
                                    Times.iso(at), reason);
                            rows++;
                        }
                    }
                }
            }
            SplittableRandom r = Rng.stream(seed, "reports");
            Reporting rep = plan.trolls().reporting();
            for (int troll = pop.trollStart; troll < pop.trollStart + pop.trollCount; troll++) {
                if (r.nextDouble() < rep.share()) {
                    for (int post : rep.posts()) {
                        out.printRecord(pop.id(troll), posts.get(post).id(), Times.iso(plan.trolls().followTime(r)),
                                rep.reasonFor(r.nextDouble(), r.nextDouble()));
                        rows++;
                    }
                }
            }
            for (int i = 0; i < plan.scale().noiseReports(); i++) {
                int reporter = pop.organicStart + r.nextInt(pop.organicCount);
                Post post = posts.get(r.nextInt(posts.size()));
                long lo = Math.max(post.createdAt(), pop.created[reporter]) + HOUR;
                long at = Rng.between(r, lo, Times.COLLECTED_AT - HOUR);
                String reason = Reporting.REASONS[r.nextInt(Reporting.REASONS.length)];
                out.printRecord(pop.id(reporter), post.id(), Times.iso(at), reason);
                rows++;
            }
        }
        return rows;
    }
}
