package org.lockstep.importer.adapter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lockstep.error.InvalidRequestException;
import org.lockstep.importer.DatasetImporter;
import org.lockstep.importer.FileCount;
import org.lockstep.importer.ImportException;
import org.lockstep.importer.ImportListener;
import org.lockstep.importer.ImportSummary;
import org.lockstep.importer.Reject;
import org.lockstep.query.CypherQuery;
import org.neo4j.driver.Driver;

/**
 * Imports a source in any format {@code lockstep import} reads: a Lockstep dataset as it is, any other source by
 * translating it into a dataset folder in a private temporary folder and importing that with the
 * {@link DatasetImporter}, so every guarantee of the importer (rejects, idempotent merge, the {@code Dataset} record,
 * avatar hashing, progress) holds for it too. Rejects name the source file and line, never the translation.
 */
public final class SourceImporter {
    private static final CypherQuery DATASET = CypherQuery.load("/import/dataset.cypher");
    private static final List<String> ENTITIES = List.of("accounts", "follows", "vendors", "storefronts", "offers");

    private final Driver driver;
    private final DatasetImporter importer;

    public SourceImporter(Driver driver, int batchSize) {
        this.driver = driver;
        this.importer = new DatasetImporter(driver, batchSize);
    }

    /** Imports {@code path} as {@code format}, or as the format detected from its files when that is null. */
    public ImportSummary importSource(Path path, SourceFormat format, SourceOptions options, ImportListener listener) {
        SourceFormat f = format != null ? format : FormatDetector.detect(path);
        if (f == SourceFormat.LOCKSTEP) {
            if (options.dataset() != null) {
                throw InvalidRequestException.badValue("dataset", "--dataset names a translated source; a Lockstep "
                        + "dataset takes its name from its manifest.json");
            }
            return importer.importDataset(path, listener);
        }
        if (!Files.exists(path)) {
            throw new ImportException(path.toString(), 0, null,
                    "not a folder or a file: nothing is at this path, check it");
        }
        long start = System.nanoTime();
        Path work = workFolder();
        try {
            DatasetWriter out = new DatasetWriter(work);
            try (out) {
                SourceAdapter.of(f).translate(path, options, out, listener);
            }
            ImportSummary imported = importer.importDataset(work, listener);
            return inSourceTerms(imported, out, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            delete(work);
        }
    }

    /** The importer's summary with rejects in source terms, the adapter's own rejects counted in, and its time. */
    private ImportSummary inSourceTerms(ImportSummary s, DatasetWriter out, Duration took) {
        List<Reject> rejects = new ArrayList<>(out.rejects());
        s.rejects().stream().map(out::toSource).forEach(rejects::add);
        rejects.sort(Comparator.comparing(Reject::file).thenComparingLong(Reject::line));
        Map<String, FileCount> byEntity = new LinkedHashMap<>();
        for (FileCount c : s.files()) {
            long adapter = out.rejected(entity(c.file()));
            byEntity.put(entity(c.file()), new FileCount(c.file(), c.read() + adapter, c.imported(),
                    c.rejected() + adapter));
        }
        for (String entity : ENTITIES) {
            long adapter = out.rejected(entity);
            if (adapter > 0 && !byEntity.containsKey(entity)) {
                byEntity.put(entity, new FileCount(entity + ".jsonl", adapter, 0, adapter));
            }
        }
        List<FileCount> files = List.copyOf(byEntity.values());
        List<String> warnings = new ArrayList<>(out.warnings());
        warnings.addAll(s.warnings());
        recordCounts(s, files, out);
        return new ImportSummary(s.dataset(), s.platform(), files, List.copyOf(rejects), List.copyOf(warnings), took);
    }

    /** The Dataset node counts the source rows the adapter refused too, as the summary does. */
    private void recordCounts(ImportSummary s, List<FileCount> files, DatasetWriter out) {
        Map<String, Object> counts = new HashMap<>();
        for (FileCount f : files) {
            counts.put(entity(f.file()) + "_read", f.read());
            counts.put(entity(f.file()) + "_imported", f.imported());
            counts.put(entity(f.file()) + "_rejected", f.rejected());
        }
        Map<String, Object> p = new HashMap<>();
        p.put("name", s.dataset());
        p.put("platform", s.platform());
        p.put("collectedAt", out.manifest("collected_at"));
        p.put("source", out.manifest("source"));
        p.put("notes", null);
        p.put("counts", counts);
        p.put("status", "done");
        driver.executableQuery(DATASET.text()).withParameters(p).execute();
    }

    private static String entity(String file) {
        return file.replaceFirst("\\.(csv|jsonl)$", "");
    }

    private static Path workFolder() {
        try {
            // Owner-only on POSIX: the translation holds the same people as the source.
            return Files.createTempDirectory("lockstep-source-").toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the translation: check "
                    + "java.io.tmpdir", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Best effort: the folder is private to this user and under the system's temporary folder.
        }
    }
}
