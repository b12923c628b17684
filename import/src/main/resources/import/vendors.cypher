// name: Import vendors
// finds: merges a batch of vendors by id; a field missing from a row keeps its value
// param: rows list<map> -- validated rows: line, id, name, website, country, notes
// param: dataset string -- the dataset's name, recorded on every vendor it mentions
// returns: nothing
// note: vendor ids are global, not per platform: two datasets that use one id mean one vendor
UNWIND $rows AS row
MERGE (v:Vendor {id: row.id})
SET v.name = coalesce(row.name, v.name),
    v.website = coalesce(row.website, v.website),
    v.country = coalesce(row.country, v.country),
    v.notes = coalesce(row.notes, v.notes),
    v.datasets = CASE WHEN $dataset IN coalesce(v.datasets, []) THEN v.datasets ELSE coalesce(v.datasets, []) + $dataset END
