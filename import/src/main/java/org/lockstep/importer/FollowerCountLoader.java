package org.lockstep.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Snapshots of an account's follower and following counters: the growth chart when follows carry no time. */
final class FollowerCountLoader extends FileLoader {
    FollowerCountLoader() {
        super("follower_counts", Set.of("account_id", "observed_at", "followers", "following"), List.of());
    }

    @Override
    public Map<String, Object> toParams(SourceRow row) throws RowException {
        Map<String, Object> p = new HashMap<>();
        p.put("line", row.line());
        p.put("account_id", Fields.required(row, "account_id"));
        Fields.putTime(p, "observed_at", "observed_precision", Fields.requiredTime(row, "observed_at"));
        p.put("followers", Fields.requiredCount(row, "followers"));
        p.put("following", Fields.count(row, "following"));
        return p;
    }
}
