// name: Accounts by key
// finds: the accounts with the given (platform, id) keys, to list a finding's members with their handles
// param: keys list<map> -- {platform, id} pairs
// returns: platform string, id string, handle string, displayName string, createdAt datetime
UNWIND $keys AS k
MATCH (a:Account {platform: k.platform, id: k.id})
RETURN a.platform AS platform, a.id AS id, a.handle AS handle, a.display_name AS displayName,
       a.created_at AS createdAt
