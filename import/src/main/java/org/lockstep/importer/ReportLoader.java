package org.lockstep.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reports: an account flagging a post to the platform, the weapon of mass-reporting campaigns. */
final class ReportLoader extends FileLoader {
    ReportLoader() {
        super("reports", Set.of("reporter_id", "post_id", "reported_at", "reason"), List.of());
    }

    @Override
    public Map<String, Object> toParams(SourceRow row) throws RowException {
        Map<String, Object> p = new HashMap<>();
        p.put("line", row.line());
        p.put("reporter_id", Fields.required(row, "reporter_id"));
        p.put("post_id", Fields.required(row, "post_id"));
        Fields.putTime(p, "reported_at", "reported_precision", Fields.requiredTime(row, "reported_at"));
        p.put("reason", Fields.optional(row, "reason"));
        return p;
    }
}
