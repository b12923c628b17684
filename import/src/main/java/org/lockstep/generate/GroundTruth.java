package org.lockstep.generate;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * ground-truth.json: what the scenario planted, for scoring detectors (precision and recall) and attribution.
 *
 * @param counts rows per dataset file (and avatar files), by file name without extension
 */
record GroundTruth(long seed, String scale, Map<String, Long> counts, List<Campaign> campaigns, List<Decoy> decoys,
        List<String> honeypots, List<PurchaseTruth> purchases) {

    /**
     * One campaign; {@code vendorId} is null for the troll farm. Times are ISO-8601 UTC. {@code unfollowed} and
     * {@code refollowed} count the churned follow episodes. {@code camouflaged} bots (column {@code camouflaged} of
     * ground-truth-accounts.csv) made {@code camouflageFollows} follows besides the targets and
     * {@code camouflagePosts} posts. With {@code uniqueAvatars}, every account of the campaign has a face of its own
     * (files at the small scale, listed in {@code avatarFiles}; hashes only above it).
     */
    record Campaign(String id, String kind, String vendorId, List<String> targets, int size, String createdFrom,
            String createdTo, String attackFrom, String attackTo, List<String> avatarFiles,
            List<String> reportedPosts, long unfollowed, long refollowed, long camouflaged, long camouflageFollows,
            long camouflagePosts, boolean uniqueAvatars) {
    }

    /**
     * Something that looks coordinated but is not; the fields that do not apply are null. {@code windowFrom} and
     * {@code windowTo} bound the decoy's follows of its target, for the decoys that come in a burst.
     */
    record Decoy(String kind, String description, String targetId, List<String> targetIds, String avatarFile,
            long accounts, String windowFrom, String windowTo) {
    }

    record PurchaseTruth(String id, String vendorId, String honeypotId, long delivered) {
    }

    /** Writes any of the generator's JSON records with snake_case names and LF line ends on every platform. */
    static void write(Object value, Path file) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        ObjectWriter writer = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .writer(printer);
        writer.writeValue(file.toFile(), value);
    }

    /** The dataset's manifest.json. */
    record Manifest(String name, String platform, String collectedAt, String source, String notes) {
    }
}
