package org.lockstep.importer.adapter;

import java.util.Map;
import java.util.regex.Pattern;
import org.lockstep.importer.ImportListener;

/**
 * Follower/friend edge lists (CSV or TSV) as follows of unknown time: {@code follower_id,target_id}, or
 * {@code source_id,target_id} where the source follows the target, or two columns of numeric ids without a header,
 * the first following the second. Other columns are ignored.
 */
final class FollowEdges {
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,20}");

    /**
     * Which columns hold the follower and the target.
     *
     * @param follower  the follower's column
     * @param target    the followed account's column
     * @param hasHeader whether the first row names columns (else it is data)
     * @param labels    the columns' names for rejects
     */
    record Columns(int follower, int target, boolean hasHeader, Map<String, String> labels) {
    }

    private FollowEdges() {
    }

    /** The columns that the first row names (or implies, when it is two ids), or null when it is no edge list. */
    static Columns columns(SourceCsv.Row first) {
        if (first.cells().size() >= 2 && DIGITS.matcher(first.cells().get(0)).matches()
                && DIGITS.matcher(first.cells().get(1)).matches()) {
            return new Columns(0, 1, false, Map.of("follower_id", "column 1", "target_id", "column 2"));
        }
        Map<String, Integer> header = SourceRecord.header(first.cells());
        Integer target = header.get("target_id");
        Integer follower = header.containsKey("follower_id") ? header.get("follower_id") : header.get("source_id");
        if (target == null || follower == null) {
            return null;
        }
        String followerName = header.containsKey("follower_id") ? "follower_id" : "source_id";
        return new Columns(follower, target, true, Map.of("follower_id", followerName, "target_id", "target_id"));
    }

    /** Writes the follows of one edge list; {@code observedAt} (or null) says when the list was collected. */
    static void read(SourceFile file, String observedAt, DatasetWriter out, ImportListener listener) {
        Progress progress = new Progress(listener, file);
        try (SourceCsv csv = SourceCsv.open(file, progress)) {
            SourceCsv.Row first = csv.next();
            Columns columns = first == null ? null : columns(first);
            if (columns == null) {
                out.warning(file.name() + ": not an edge list (the header must name follower_id,target_id or "
                        + "source_id,target_id); ignored");
                progress.done();
                return;
            }
            int source = out.source(file.name(), columns.labels());
            for (SourceCsv.Row row = columns.hasHeader() ? csv.next() : first; row != null; row = csv.next()) {
                progress.row();
                Map<String, String> follow = new java.util.LinkedHashMap<>();
                follow.put("follower_id", row.cell(columns.follower()));
                follow.put("target_id", row.cell(columns.target()));
                follow.put("observed_at", observedAt);
                if (!out.write("follows", source, row.line(), follow)) {
                    progress.rejected();
                }
            }
        }
        progress.done();
    }
}
