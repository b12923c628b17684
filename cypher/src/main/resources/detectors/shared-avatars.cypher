// name: Shared-avatar clusters
// finds: groups of at least $minSize accounts whose profile pictures are the same image (SHA-256) or near copies of one (64-bit perceptual hashes within $maxDistance bits)
// step-param: maxDistance int = 8 -- the largest Hamming distance between perceptual hashes that counts as a copy (0 to 16)
// step-param: minSize int = 5 -- the smallest group reported
// step-param: maxMembers int = 500 -- how many members each finding lists (its size counts all of them)
// returns: platform string, id string, sha256 string, phash string (16 hex digits)
// note: the Java step (SharedAvatarDetector) finds near copies with multi-index hashing (three chunks of 21-22 bits, each searched within 2 bits), never comparing all pairs
// note: a shared picture is an artefact, not coordination: a meme shared by unrelated users groups here too, and campaigns count it only beside a timing or follow signal
MATCH (a:Account)
WHERE a.avatar_sha256 IS NOT NULL OR a.avatar_phash IS NOT NULL
RETURN a.platform AS platform, a.id AS id, a.avatar_sha256 AS sha256, a.avatar_phash AS phash
