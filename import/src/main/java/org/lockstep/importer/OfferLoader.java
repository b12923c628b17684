package org.lockstep.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Offers: one line of a storefront's price list as seen on one day. */
final class OfferLoader extends FileLoader {
    OfferLoader() {
        super("offers", Set.of("storefront_id", "service", "target_platform", "quantity",
            "price", "currency", "observed_at"), List.of());
    }

    @Override
    public Map<String, Object> toParams(SourceRow row) throws RowException {
        Map<String, Object> p = new HashMap<>();
        p.put("line", row.line());
        p.put("storefront_id", Fields.required(row, "storefront_id"));
        p.put("service", Fields.requiredOneOf(row, "service", Vocabulary.SERVICES));
        p.put("target_platform", Fields.requiredWord(row, "target_platform"));
        p.put("quantity", Fields.requiredCount(row, "quantity"));
        Fields.Decimal price = Fields.requiredDecimal(row, "price");
        p.put("price", price.value());
        p.put("price_text", price.text());
        p.put("currency", Fields.requiredCurrency(row, "currency"));
        Fields.putTime(p, "observed_at", "observed_precision", Fields.requiredTime(row, "observed_at"));
        return p;
    }
}
