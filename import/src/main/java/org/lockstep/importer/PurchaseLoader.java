package org.lockstep.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Purchases: controlled test buys from a storefront, pointed at a honeypot account. */
final class PurchaseLoader extends FileLoader {
    PurchaseLoader() {
        super("purchases", Set.of("id", "storefront_id", "service", "quantity", "price",
            "currency", "placed_at", "honeypot_id"), List.of("id"));
    }

    @Override
    public Map<String, Object> toParams(SourceRow row) throws RowException {
        Map<String, Object> p = new HashMap<>();
        p.put("line", row.line());
        p.put("id", Fields.required(row, "id"));
        p.put("storefront_id", Fields.required(row, "storefront_id"));
        p.put("service", Fields.requiredOneOf(row, "service", Vocabulary.SERVICES));
        p.put("quantity", Fields.requiredCount(row, "quantity"));
        Fields.Decimal price = Fields.decimal(row, "price");
        p.put("price", price == null ? null : price.value());
        p.put("price_text", price == null ? null : price.text());
        p.put("currency", Fields.currency(row, "currency"));
        Fields.putTime(p, "placed_at", "placed_precision", Fields.requiredTime(row, "placed_at"));
        p.put("honeypot_id", Fields.required(row, "honeypot_id"));
        return p;
    }
}
