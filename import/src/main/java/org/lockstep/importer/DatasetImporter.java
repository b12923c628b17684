package org.lockstep.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * Loads a dataset folder into the graph through the driver, file by file, in {@code UNWIND} batches.
 *
 * <p>Each batch commits on its own, so a crash leaves whole batches behind; importing again merges by id and ends
 * with the same graph as a clean run.
 */
public final class DatasetImporter {
    /** Every entity of the format, in the order their references require. */
    static final List<String> FORMAT_ENTITIES = List.of("accounts", "follows", "follower_counts", "posts", "reports",
            "vendors", "storefronts", "offers", "purchases", "deliveries");
    private static final CypherQuery DATASET = CypherQuery.load("/import/dataset.cypher");

    private final Driver driver;
    private final int batchSize;
    private final ZipDataset.Limits zipLimits;

    public DatasetImporter(Driver driver, int batchSize) {
        this(driver, batchSize, ZipDataset.Limits.DEFAULT);
    }

    DatasetImporter(Driver driver, int batchSize, ZipDataset.Limits zipLimits) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1");
        }
        this.driver = driver;
        this.batchSize = batchSize;
        this.zipLimits = zipLimits;
    }

    /**
     * Imports a dataset folder, or a {@code .zip} of one (the folder's files at the zip's root or inside its one top
     * folder), which is extracted into a private temporary folder first and deleted afterwards.
     */
    public ImportSummary importDataset(Path dir, ImportListener listener) {
        if (ZipDataset.isZip(dir)) {
            try (ZipDataset zip = ZipDataset.extract(dir, zipLimits)) {
                return importFolder(zip.datasetDir(), listener);
            }
        }
        if (!Files.isDirectory(dir)) {
            throw new ImportException(dir.toString(), 0, null, "not a folder: give the dataset folder that holds "
                    + "manifest.json and accounts.csv (or accounts.jsonl), or a .zip of it");
        }
        return importFolder(dir, listener);
    }

    private ImportSummary importFolder(Path dir, ImportListener listener) {
        long start = System.nanoTime();
        Manifest manifest = Manifest.read(dir);
        List<String> warnings = new ArrayList<>();
        ImportListener reporting = withWarnings(listener, warnings);
        checkFiles(dir, reporting);
        if (!Files.exists(dir.resolve("accounts.csv")) && !Files.exists(dir.resolve("accounts.jsonl"))) {
            throw new ImportException(dir.resolve("accounts.csv").toString(), 0, null,
                    "missing: every dataset needs accounts.csv or accounts.jsonl");
        }
        recordDataset(manifest, "running", null);
        List<FileCount> files = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try {
            for (EntityLoader loader : loaders(dir)) {
                try (RowReader reader = RowReader.open(dir, loader.entity())) {
                    if (reader != null) {
                        files.add(new BatchWriter(driver, manifest, loader, batchSize).write(reader, rejects,
                                reporting));
                    }
                }
            }
        } catch (RuntimeException e) {
            // Whole batches stay committed; the Dataset node says the import did not finish, so nobody reads the
            // partial counts as complete. Importing again merges and completes it.
            recordDataset(manifest, "failed", null);
            throw e;
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        files.forEach(f -> {
            String key = f.file().replaceFirst("\\.(csv|jsonl)$", "");
            counts.put(key + "_read", f.read());
            counts.put(key + "_imported", f.imported());
            counts.put(key + "_rejected", f.rejected());
        });
        recordDataset(manifest, "done", counts);
        return new ImportSummary(manifest.name(), manifest.platform(), List.copyOf(files), List.copyOf(rejects),
                List.copyOf(warnings), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Fresh per import: the account loader caches the avatar images of this dataset folder. */
    private static List<EntityLoader> loaders(Path dir) {
        return List.of(new AccountLoader(new AvatarFiles(dir)), new FollowLoader(), new FollowerCountLoader(),
                new PostLoader(), new ReportLoader(), new VendorLoader(), new StorefrontLoader(), new OfferLoader(),
                new PurchaseLoader(), new DeliveryLoader());
    }

    private void checkFiles(Path dir, ImportListener listener) {
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                String entity = name.replaceFirst("\\.(csv|jsonl)$", "");
                boolean entityFile = !entity.equals(name) && FORMAT_ENTITIES.contains(entity);
                if (name.equals(Manifest.FILE) || Files.isDirectory(p) || entityFile) {
                    continue;
                }
                listener.warning(name + ": not a file of the dataset format; ignored");
            }
        } catch (IOException e) {
            throw new ImportException(dir.toString(), 0, null, "cannot list the folder: " + e.getMessage());
        }
    }

    private void recordDataset(Manifest m, String status, Map<String, Object> counts) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", m.name());
        p.put("platform", m.platform());
        p.put("collectedAt", m.collectedAt());
        p.put("source", m.source());
        p.put("notes", m.notes());
        p.put("counts", counts);
        p.put("status", status);
        driver.executableQuery(DATASET.text()).withParameters(p).execute();
    }

    private static ImportListener withWarnings(ImportListener listener, List<String> warnings) {
        return ImportListener.both(listener, new ImportListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        });
    }

    /** Rows the graph refused, as the loader query returns them. */
    static List<Reject> refused(String file, List<Record> records) {
        return records.stream()
                .map(r -> new Reject(file, r.get("line").asLong(), r.get("field").asString(),
                        r.get("reason").asString()))
                .toList();
    }
}
