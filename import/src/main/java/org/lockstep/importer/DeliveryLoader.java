package org.lockstep.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Deliveries: the accounts a test purchase brought, the ground truth that ties a flood to its vendor. */
final class DeliveryLoader extends FileLoader {
    DeliveryLoader() {
        super("deliveries", Set.of("purchase_id", "account_id", "delivered_at"), List.of());
    }

    @Override
    public Map<String, Object> toParams(SourceRow row) throws RowException {
        Map<String, Object> p = new HashMap<>();
        p.put("line", row.line());
        p.put("purchase_id", Fields.required(row, "purchase_id"));
        p.put("account_id", Fields.required(row, "account_id"));
        Fields.putTime(p, "delivered_at", "delivered_precision", Fields.time(row, "delivered_at"));
        return p;
    }
}
