// name: Record a dataset
// finds: creates or updates the Dataset node that every imported node and relationship names in its datasets list
// param: name string -- the dataset's name from manifest.json
// param: platform string -- its platform
// param: collectedAt string -- when it was collected, as written in the manifest, or null
// param: source string -- where it came from, or null
// param: notes string -- free text, or null
// param: counts map -- rows read, imported and rejected per file, or null while the import runs
// param: status string -- running, done or failed
// returns: nothing
MERGE (d:Dataset {name: $name})
SET d.platform = $platform, d.collected_at = $collectedAt, d.source = $source, d.notes = $notes,
    d.status = $status, d.updated_at = datetime(),
    d.imported_at = CASE WHEN $status = 'done' THEN datetime() ELSE d.imported_at END,
    d += coalesce($counts, {})
