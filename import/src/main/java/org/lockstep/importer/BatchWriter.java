package org.lockstep.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/** Reads one file's rows, validates them and writes them in batches, each batch one transaction. */
final class BatchWriter {
    private final Driver driver;
    private final Manifest manifest;
    private final EntityLoader loader;
    private final int batchSize;

    BatchWriter(Driver driver, Manifest manifest, EntityLoader loader, int batchSize) {
        this.driver = driver;
        this.manifest = manifest;
        this.loader = loader;
        this.batchSize = batchSize;
    }

    FileCount write(RowReader reader, List<Reject> rejects, ImportListener listener) {
        String file = reader.fileName();
        listener.fileStarted(file, loader.entity());
        Set<String> unknown = new TreeSet<>();
        reportUnknown(file, reader.columns(), unknown, listener);
        long read = 0;
        long rejected = 0;
        List<Map<String, Object>> batch = new ArrayList<>(batchSize);
        while (reader.hasNext()) {
            SourceRow row = reader.next();
            read++;
            reportUnknown(file, row.values().keySet(), unknown, listener);
            try {
                String shape = row.get(RowReader.SHAPE_ERROR);
                if (shape != null) {
                    throw row.bad("", "the row " + shape);
                }
                batch.add(loader.toParams(row));
            } catch (RowException e) {
                rejects.add(new Reject(file, row.line(), e.field(), e.getMessage()));
                rejected++;
            }
            if (batch.size() >= batchSize) {
                rejected += flush(file, batch, rejects);
                listener.progress(file, read, reader.progress());
            }
        }
        rejected += flush(file, batch, rejects);
        listener.progress(file, read, 1.0);
        FileCount count = new FileCount(file, read, read - rejected, rejected);
        listener.fileDone(file, count);
        return count;
    }

    private long flush(String file, List<Map<String, Object>> batch, List<Reject> rejects) {
        if (batch.isEmpty()) {
            return 0;
        }
        loader.beforeBatch(driver, manifest);
        Map<String, Object> params = Map.of("rows", List.copyOf(batch), "platform", manifest.platform(),
                "dataset", manifest.name());
        List<Record> refused = driver.executableQuery(loader.query().text()).withParameters(params).execute()
                .records();
        batch.clear();
        rejects.addAll(DatasetImporter.refused(file, refused));
        return refused.size();
    }

    /** Unknown columns are kept as nothing but reported once per file (import-format.md). */
    private void reportUnknown(String file, Set<String> fields, Set<String> reported, ImportListener listener) {
        Set<String> fresh = new TreeSet<>();
        for (String f : fields) {
            if (!loader.columns().contains(f) && !f.equals(RowReader.SHAPE_ERROR) && reported.add(f)) {
                fresh.add(f);
            }
        }
        if (!fresh.isEmpty()) {
            listener.warning(file + ": unknown columns " + fresh + " are not imported");
        }
    }
}
