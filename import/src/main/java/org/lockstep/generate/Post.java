package org.lockstep.generate;

import static org.lockstep.generate.Times.DAY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A collected post: the targets' posts of the first months of 2024 (the ones floods report) and the honeypots' few,
 * planned; the camouflaged bots' posts, streamed ({@link Camouflage}).
 *
 * @param id the platform's media id, made the way Instagram makes them (milliseconds, shard, sequence)
 */
record Post(long id, int account, long createdAt, String text) {
    private static final long INSTAGRAM_EPOCH_MS = 1_314_220_021_721L;
    private static final int SHARDS = 8192;
    private static final int SEQUENCES = 1024;
    private static final String SHORTCODE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private static final String[] TARGET_TEXTS = {
        "Statement: we demand the release of the detained students.",
        "Woman, Life, Freedom. زن، زندگی، آزادی",
        "Our legal-aid line is open again this week. Share with anyone who needs it.",
        "Day %d of our campaign for equal rights in family law.",
        "Report: %d women arrested this month for their clothing. Full text in our bio.",
        "Thank you to the %d people who joined yesterday's online meeting.",
        "We will not be silenced. Our account is under attack; please report fake followers.",
        "Interview with a teacher who lost her job for speaking out.",
        "How to document a violation safely: a short guide.",
        "Poster for 8 March: print it, share it."};
    private static final String[] HONEYPOT_TEXTS = {
        "New glaze test, happy with the blue.", "Sunday market finds.", "Morning light in the studio.",
        "Trying a new recipe this week."};

    static List<Post> plan(Population pop, int perTarget, SplittableRandom r) {
        List<Post> posts = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        for (int t = 0; t < pop.targetCount; t++) {
            int count = perTarget / 2 + r.nextInt(perTarget);
            for (int i = 0; i < count; i++) {
                long at = Rng.between(r, Times.epoch(2024, 1, 5), Times.COLLECTED_AT - 2 * DAY);
                String text = TARGET_TEXTS[r.nextInt(TARGET_TEXTS.length)].formatted(2 + r.nextInt(300));
                posts.add(new Post(mediaId(at, pop.targetStart + t, r, ids), pop.targetStart + t, at, text));
            }
        }
        for (int h = 0; h < Population.VENDORS; h++) {
            int account = pop.honeypotStart + h;
            for (int i = 0; i < 2 + r.nextInt(3); i++) {
                long at = pop.created[account] + Rng.between(r, DAY, 10 * DAY);
                String text = HONEYPOT_TEXTS[r.nextInt(HONEYPOT_TEXTS.length)];
                posts.add(new Post(mediaId(at, account, r, ids), account, at, text));
            }
        }
        posts.sort(Comparator.comparingInt(Post::account).thenComparingLong(Post::createdAt));
        return List.copyOf(posts);
    }

    /** A planned post's id: its sequence number is below 512, so it never meets a {@link #streamedId}. */
    private static long mediaId(long at, int account, SplittableRandom r, Set<Long> taken) {
        long millis = at * 1000 + r.nextInt(1000);
        long id;
        do {
            id = mediaId(millis, account % SHARDS, r.nextInt(SEQUENCES / 2));
        } while (!taken.add(id));
        return id;
    }

    /**
     * The id of a post made while streaming, unique without a set of taken ids: shard and sequence (from 512 up) are
     * the account index, so two accounts never share them, and one account's posts differ in their second.
     */
    static long streamedId(long at, int millisecond, int account) {
        if (account >= SHARDS * (SEQUENCES / 2)) {
            throw new IllegalArgumentException("account index too large for a streamed post id: " + account);
        }
        return mediaId(at * 1000 + millisecond, account % SHARDS, SEQUENCES / 2 + account / SHARDS);
    }

    /** Milliseconds since Instagram's epoch, a 13-bit shard and a 10-bit sequence number, as Instagram makes them. */
    private static long mediaId(long epochMillis, int shard, int sequence) {
        return ((epochMillis - INSTAGRAM_EPOCH_MS) << 23) | ((long) shard << 10) | sequence;
    }

    String url() {
        long n = id;
        StringBuilder code = new StringBuilder();
        while (n > 0) {
            code.append(SHORTCODE.charAt((int) (n % 64)));
            n /= 64;
        }
        return "https://www.instagram.com/p/" + code.reverse() + "/";
    }
}
