package org.lockstep.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lockstep.query.CypherQuery;

/** Storefronts: the websites, pages, channels and APIs through which one vendor sells. */
final class StorefrontLoader implements EntityLoader {
    private static final CypherQuery QUERY = CypherQuery.load("/import/storefronts.cypher");
    private static final Set<String> COLUMNS = Set.of("id", "vendor_id", "url", "kind", "first_seen", "last_seen");

    @Override
    public String entity() {
        return "storefronts";
    }

    @Override
    public Set<String> columns() {
        return COLUMNS;
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

    @Override
    public List<String> identity() {
        return List.of("id");
    }

    @Override
    public CypherQuery query() {
        return QUERY;
    }
}
