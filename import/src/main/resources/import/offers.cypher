// name: Import offers
// finds: merges a batch of price lines, one Offer per (storefront, service, target_platform, quantity, observed_at); refuses unknown storefronts
// param: rows list<map> -- validated rows: line, storefront_id, service, target_platform, quantity, price, price_text, currency, observed_at, observed_precision
// param: dataset string -- the dataset's name, recorded on every offer and OFFERS it mentions
// returns: line int, field string, reason string -- one row per refused offer
// note: price is a float for sorting and sums; price_text keeps the decimal exactly as written
UNWIND $rows AS row
OPTIONAL MATCH (s:Storefront {id: row.storefront_id})
CALL (row, s) {
  WITH row, s WHERE s IS NOT NULL
  MERGE (s)-[r:OFFERS]->(o:Offer {service: row.service, target_platform: row.target_platform,
                                  quantity: row.quantity, observed_at: row.observed_at})
  SET o.observed_precision = row.observed_precision,
      o.price = row.price,
      o.price_text = row.price_text,
      o.currency = row.currency,
      o.datasets = CASE WHEN $dataset IN coalesce(o.datasets, []) THEN o.datasets ELSE coalesce(o.datasets, []) + $dataset END,
      r.datasets = CASE WHEN $dataset IN coalesce(r.datasets, []) THEN r.datasets ELSE coalesce(r.datasets, []) + $dataset END
}
WITH row, s WHERE s IS NULL
RETURN row.line AS line, 'storefront_id' AS field,
       'no storefront ' + row.storefront_id + ' in this dataset or the graph: add it to storefronts' AS reason
