package org.lockstep.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Posts: what reports point at, each posted by one account. */
final class PostLoader extends FileLoader {
    PostLoader() {
        super("posts", Set.of("id", "account_id", "created_at", "url", "text"), List.of("id"));
    }

    @Override
    public Map<String, Object> toParams(SourceRow row) throws RowException {
        Map<String, Object> p = new HashMap<>();
        p.put("line", row.line());
        p.put("id", Fields.required(row, "id"));
        p.put("account_id", Fields.required(row, "account_id"));
        Fields.putTime(p, "created_at", "created_precision", Fields.time(row, "created_at"));
        p.put("url", Fields.optional(row, "url"));
        p.put("text", Fields.optional(row, "text"));
        return p;
    }
}
