package org.lockstep.generate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVPrinter;

/**
 * follows.csv as it streams out: each row is written at once, counted into the per-account counters and the daily
 * counts, and checked against the rules a dataset must keep (both ends exist before the follow, all before collection).
 */
final class FollowSink implements Closeable {
    static final String[] HEADER = {"follower_id", "target_id", "followed_at", "unfollowed_at"};
    private static final long PROGRESS_EVERY = 100_000;

    private final CSVPrinter out;
    private final Population pop;
    private final DailyCounts daily;
    private final LongConsumer progress;
    private long rows;

    FollowSink(Path file, Population pop, DailyCounts daily, LongConsumer progress) throws IOException {
        this.out = Csv.open(file, HEADER);
        this.pop = pop;
        this.daily = daily;
        this.progress = progress;
    }

    /** One follow episode; {@code until} is the unfollow time, or 0 when the follow still stands. */
    void follow(int follower, int target, long at, long until) throws IOException {
        if (follower == target || at <= pop.created[follower] || at <= pop.created[target]
                || at >= Times.COLLECTED_AT || (until != 0 && (until <= at || until >= Times.COLLECTED_AT))) {
            throw new IllegalStateException("generator bug: impossible follow %d -> %d at %s until %s"
                    .formatted(follower, target, Times.iso(at), until == 0 ? "-" : Times.iso(until)));
        }
        out.print(pop.id(follower));
        out.print(pop.id(target));
        out.print(Times.iso(at));
        out.print(until == 0 ? "" : Times.iso(until));
        out.println();
        if (until == 0) {
            pop.followers[target]++;
            pop.following[follower]++;
        }
        daily.follow(follower, target, at, until);
        if (++rows % PROGRESS_EVERY == 0) {
            progress.accept(rows);
        }
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
        progress.accept(rows);
    }
}
