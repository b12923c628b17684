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
        FirstSeen seen = loader.identity().isEmpty() ? null : new FirstSeen();
        while (reader.hasNext()) {
            SourceRow row = reader.next();
            read++;
            reportUnknown(file, row.values().keySet(), unknown, listener);
            try {
                String shape = row.get(RowReader.SHAPE_ERROR);
                if (shape != null) {
                    throw row.bad("", "the row " + shape);
                }
                Fields.checkSizes(row);
                Map<String, Object> params = loader.toParams(row);
                if (seen != null) {
                    checkDuplicate(row, seen);
                }
                batch.add(params);
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

    /** The same id twice in one file with other values is a conflict the importer must not settle by order. */
    private void checkDuplicate(SourceRow row, FirstSeen seen) throws RowException {
        List<String> identity = loader.identity();
        StringBuilder key = new StringBuilder();
        for (String field : identity) {
            key.append(Fields.optional(row, field) == null ? "" : row.get(field).strip()).append('\u0000');
        }
        StringBuilder values = new StringBuilder();
        for (String column : new TreeSet<>(loader.columns())) {
            String v = Fields.optional(row, column);
            values.append(v == null ? "" : v.strip()).append('\u0000');
        }
        long first = seen.conflict(key.toString(), FirstSeen.hash(values.toString()), row.line());
        if (first > 0) {
            String id = identity.getFirst();
            throw row.bad(id, id + " " + Fields.abbreviate(row.get(id).strip()) + " first seen at line " + first
                    + " with other values");
        }
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
