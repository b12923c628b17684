package org.lockstep.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Storefronts: the websites, pages, channels and APIs through which one vendor sells. */
final class StorefrontLoader extends FileLoader {
    StorefrontLoader() {
        super("storefronts", Set.of("id", "vendor_id", "url", "kind", "first_seen", "last_seen"), List.of("id"));
    }

    @Override
    public Map<String, Object> toParams(SourceRow row) throws RowException {
        Map<String, Object> p = new HashMap<>();
        p.put("line", row.line());
        p.put("id", Fields.required(row, "id"));
        p.put("vendor_id", Fields.required(row, "vendor_id"));
        p.put("url", Fields.required(row, "url"));
        p.put("kind", Fields.oneOf(row, "kind", Vocabulary.STOREFRONT_KINDS));
        Fields.Time first = Fields.time(row, "first_seen");
        Fields.Time last = Fields.time(row, "last_seen");
        if (first != null && last != null && last.value().isBefore(first.value())) {
            throw row.bad("last_seen", "is before first_seen: a storefront is last seen after it is first seen");
        }
        Fields.putTime(p, "first_seen", "first_seen_precision", first);
        Fields.putTime(p, "last_seen", "last_seen_precision", last);
        return p;
    }
}
