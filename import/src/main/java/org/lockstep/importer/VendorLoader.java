package org.lockstep.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Vendors: the social-media-marketing businesses that sell followers, likes and reports. */
final class VendorLoader extends FileLoader {
    VendorLoader() {
        super("vendors", Set.of("id", "name", "website", "country", "notes"), List.of("id"));
    }

    @Override
    public Map<String, Object> toParams(SourceRow row) throws RowException {
        Map<String, Object> p = new HashMap<>();
        p.put("line", row.line());
        p.put("id", Fields.required(row, "id"));
        p.put("name", Fields.required(row, "name"));
        p.put("website", Fields.optional(row, "website"));
        p.put("country", Fields.optional(row, "country"));
        p.put("notes", Fields.optional(row, "notes"));
        return p;
    }
}
