// name: Datasets
// finds: every imported dataset with its import time and row counts
// returns: name string, platform string, status string, importedAt datetime, accounts int, follows int, rejects int
MATCH (d:Dataset)
RETURN d.name AS name, d.platform AS platform, d.status AS status, d.imported_at AS importedAt,
       coalesce(d.accounts_imported, 0) AS accounts, coalesce(d.follows_imported, 0) AS follows,
       coalesce(d.accounts_rejected, 0) + coalesce(d.follows_rejected, 0) AS rejects
ORDER BY d.imported_at DESC, d.name
