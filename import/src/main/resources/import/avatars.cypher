// name: Import avatar images
// finds: merges a batch of avatar images by sha256 with their perceptual hash, size and thumbnail
// param: rows list<map> -- hashed images: sha256, phash, width, height, thumbnail_png, file
// param: dataset string -- the dataset's name, recorded on every image it holds
// returns: nothing
// note: runs just before the accounts that use the images; accounts.cypher links them with USES_AVATAR
UNWIND $rows AS row
MERGE (av:Avatar {sha256: row.sha256})
SET av.phash = row.phash,
    av.width = row.width,
    av.height = row.height,
    av.thumbnail_png = row.thumbnail_png,
    av.file = coalesce(av.file, row.file),
    av.datasets = CASE WHEN $dataset IN coalesce(av.datasets, []) THEN av.datasets ELSE coalesce(av.datasets, []) + $dataset END
