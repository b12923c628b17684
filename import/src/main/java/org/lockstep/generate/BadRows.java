package org.lockstep.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Plants bad rows for the importer to refuse: after a share of the rows of each file, a copy of that row with one
 * field broken (a required field emptied, a time, count, enum, price or currency made invalid). Copies, not edits, so
 * nothing the good rows refer to goes missing and the only rejects are the planted ones.
 */
final class BadRows {
    static final String EXPECTED = "expected-rejects.csv";

    /** Per file, the ways a row can be broken: the field and the bad value. */
    private static final Map<String, String[][]> BREAKS = Map.ofEntries(
            Map.entry("accounts", new String[][] {
                {"id", ""}, {"created_at", "yesterday"}, {"followers", "-3"}, {"is_private", "maybe"},
                {"avatar_sha256", "not-a-hash"}}),
            Map.entry("follows", new String[][] {{"follower_id", ""}, {"followed_at", "last week"}}),
            Map.entry("follower_counts", new String[][] {{"followers", "many"}, {"observed_at", ""}}),
            Map.entry("posts", new String[][] {{"id", ""}, {"created_at", "soon"}}),
            Map.entry("reports", new String[][] {{"reported_at", ""}, {"post_id", ""}}),
            Map.entry("vendors", new String[][] {{"name", ""}}),
            Map.entry("storefronts", new String[][] {{"kind", "shop"}, {"url", ""}}),
            Map.entry("offers", new String[][] {{"currency", "usd"}, {"price", "-1"}, {"service", "hugs"}}),
            Map.entry("purchases", new String[][] {{"quantity", "1.5"}, {"service", "hugs"}}),
            Map.entry("deliveries", new String[][] {{"purchase_id", ""}, {"delivered_at", "later"}}));

    private BadRows() {
    }

    /** Rewrites every entity file of {@code dataset} with its bad copies; lists them in {@code expectedFile}. */
    static long plant(Path dataset, long seed, double rate, Path expectedFile) throws IOException {
        long planted = 0;
        try (CSVPrinter expected = Csv.open(expectedFile, "file", "line", "field")) {
            for (String entity : ScenarioFiles.ENTITIES) {
                planted += plant(dataset.resolve(entity + ".csv"), entity, Rng.stream(seed, "bad-rows-" + entity),
                        rate, expected);
            }
        }
        return planted;
    }

    private static long plant(Path file, String entity, SplittableRandom r, double rate, CSVPrinter expected)
            throws IOException {
        Path original = file.resolveSibling(file.getFileName() + ".clean");
        Files.move(file, original);
        CSVFormat in = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        String[][] breaks = BREAKS.get(entity);
        long planted = 0;
        try (Reader reader = Files.newBufferedReader(original, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, in);
                Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> header = parser.getHeaderNames();
            long line = 1 + write(out, header);
            for (CSVRecord record : parser) {
                List<String> values = new ArrayList<>(record.toList());
                line += write(out, values);
                if (r.nextDouble() < rate) {
                    String[] broken = breaks[r.nextInt(breaks.length)];
                    values.set(header.indexOf(broken[0]), broken[1]);
                    expected.printRecord(file.getFileName().toString(), line, broken[0]);
                    line += write(out, values);
                    planted++;
                }
            }
        }
        Files.delete(original);
        return planted;
    }

    /** Writes one record as the generator's CSV files do; returns how many lines it took. */
    private static long write(Writer out, List<String> values) throws IOException {
        String text = CSVFormat.RFC4180.format(values.toArray());
        out.write(text);
        out.write("\r\n");
        // Quoted fields may hold line breaks; a reader counts \r\n, \r and \n each as one.
        return 1 + text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
    }
}
