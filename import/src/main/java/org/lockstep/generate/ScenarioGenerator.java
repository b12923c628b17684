package org.lockstep.generate;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The scenario generator: writes a dataset of Instagram accounts in spring 2024 with planted vendor floods, a troll
 * farm, test purchases and decoys, plus the ground truth beside it.
 *
 * <p>The output depends on the seed and the scale only: the same pair gives byte-identical files. Rows stream to disk
 * as they are made, so memory stays bounded (tens of bytes per account) at every scale.
 */
public final class ScenarioGenerator {
    static final String DATASET = "dataset";
    static final String GROUND_TRUTH = "ground-truth.json";
    static final String GROUND_TRUTH_ACCOUNTS = "ground-truth-accounts.csv";

    private ScenarioGenerator() {
    }

    /** The manifest name of the scenario a seed and scale generate, e.g. {@code lockstep-demo-small-seed42}. */
    public static String datasetName(long seed, Scale scale) {
        return "lockstep-demo-" + scale.name().toLowerCase(java.util.Locale.ROOT) + "-seed" + seed;
    }

    /**
     * Generates one scenario.
     *
     * @param progress called now and then with the number of follow rows written so far
     * @throws IOException                if a file cannot be written
     * @throws DirectoryNotEmptyException if {@code outDir/dataset} already holds files (nothing is overwritten)
     */
    public static GenerationSummary generate(GeneratorConfig config, LongConsumer progress) throws IOException {
        long started = System.nanoTime();
        Path out = config.outDir();
        Path dataset = out.resolve(DATASET);
        prepare(dataset);
        Plan plan = Planner.plan(config.seed(), config.scale());
        Avatars avatars = Avatars.write(dataset, config.seed(), plan.uniqueFaces().count(),
                config.scale().uniqueFaceFiles());
        Population pop = plan.pop();

        DailyCounts daily = new DailyCounts(pop);
        long follows;
        long celebrityFans;
        long deliveries;
        long[][] churn;
        long[][] camouflage = new long[2][];
        try (FollowSink sink = new FollowSink(dataset.resolve("follows.csv"), pop, daily, progress)) {
            celebrityFans = new OrganicFollows(plan, sink).write();
            TrollFollows.write(plan, sink);
            churn = FloodFollows.write(plan, sink);
            camouflage[0] = plan.camouflage().writeFollows(plan, sink);
            deliveries = Deliveries.write(plan, sink, dataset.resolve("deliveries.csv"));
            follows = sink.rows();
        }
        long reports = Reports.write(plan, dataset.resolve("reports.csv"));
        camouflage[1] = SmallTables.posts(plan, dataset.resolve("posts.csv"));
        long posts = plan.posts().size() + Arrays.stream(camouflage[1]).sum();
        long[] market = SmallTables.market(plan, dataset);
        long followerCounts = SmallTables.followerCounts(plan, daily, dataset.resolve("follower_counts.csv"));
        List<TreeSet<String>> avatarsByCampaign = AccountsWriter.write(plan, avatars,
                dataset.resolve("accounts.csv"), out.resolve(GROUND_TRUTH_ACCOUNTS));

        String name = datasetName(config.seed(), config.scale());
        GroundTruth.write(new GroundTruth.Manifest(name, "instagram", Times.iso(Times.COLLECTED_AT),
                "lockstep generate", "Synthetic scenario: every account, follow and purchase is invented. "
                        + "Ground truth is beside this folder, not in it."), dataset.resolve("manifest.json"));

        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("accounts", (long) pop.size);
        counts.put("follows", follows);
        counts.put("follower_counts", followerCounts);
        counts.put("posts", posts);
        counts.put("reports", reports);
        counts.put("vendors", market[0]);
        counts.put("storefronts", market[1]);
        counts.put("offers", market[2]);
        counts.put("purchases", market[3]);
        counts.put("deliveries", deliveries);
        counts.put("avatars", (long) avatars.files());
        if (config.badRowRate() > 0) {
            BadRows.plant(dataset, config.seed(), config.badRowRate(), out.resolve(BadRows.EXPECTED));
        }
        Path truth = out.resolve(GROUND_TRUTH);
        GroundTruth.write(Truths.of(plan, counts, avatarsByCampaign, churn, camouflage, avatars, celebrityFans), truth);
        return new GenerationSummary(dataset, truth, pop.size, follows, posts, reports, plan.campaigns(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static void prepare(Path dataset) throws IOException {
        if (Files.isDirectory(dataset)) {
            try (Stream<Path> entries = Files.list(dataset)) {
                if (entries.findAny().isPresent()) {
                    throw new DirectoryNotEmptyException(dataset + " already holds files: choose another output "
                            + "folder or empty this one (the generator never overwrites a dataset)");
                }
            }
        }
        Files.createDirectories(dataset);
    }
}
